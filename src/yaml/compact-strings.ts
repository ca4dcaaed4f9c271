/**
 * Strings kept for the whole run (values of every resource) should not pin the file they came
 * from: V8 represents a substring of 13+ characters as a slice that keeps its parent text alive.
 * Short values repeat across resources (http, v1, IfNotPresent) and are shared instead.
 */
const maxShared = 100_000;
const maxSharedLength = 48;
const minSliceLength = 13;

/** Per process: a file cannot be written so that its keys all land in one slot of the table (ids, not hashes, reach any output). */
const hashSeed = (Math.random() * 0x100000000) | 0;

/** FNV-1a over UTF-16 units, from a random basis, the same for a range of a text and for a string. */
export function hashRange(text: string, start: number, end: number): number {
  // As an int32 from the start: an empty range must hash to what the Int32Array of hashes holds.
  let hash = (0x811c9dc5 ^ hashSeed) | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** A copy that owns its characters (flattening a fresh concatenation copies them). */
function unslice(value: string): string {
  return (' ' + value).slice(1);
}

/**
 * Distinct strings by content, each with a small id (its index in `strings`), found from a range
 * of a text without slicing it: the scanner looks up most keys and values without making a string.
 * Open addressing over a power-of-two slot array. Every string held is one that owns its characters.
 */
export class StringTable {
  /** The strings, by id. */
  readonly strings: string[] = [];
  private hashes: Int32Array;
  /** id + 1 per slot, 0 for an empty slot; kept at most half full. */
  private slots: Int32Array;
  private mask: number;

  /** `maxEntries`: past it, `add` refuses (a file of a million distinct values cannot grow it without end). */
  constructor(private readonly maxEntries = Infinity) {
    // Each field written twice: V8 then never takes them for constants, which a rehash would undo in every optimized caller.
    this.hashes = this.slots = new Int32Array(0);
    this.mask = 0;
    this.hashes = new Int32Array(1024);
    this.slots = new Int32Array(2048);
    this.mask = 2047;
  }

  get size(): number {
    return this.strings.length;
  }

  /** The id of text[start, end) (its hash given), or -1 when absent. */
  findRange(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const strings = this.strings;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash) {
        const known = strings[entry]!;
        if (known.length === length && text.startsWith(known, start)) return entry;
      }
    }
  }

  /** The id of text[start, end), added when absent; -1 when absent and the table is full. */
  idOfRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const found = this.findRange(text, start, end, hash);
    if (found >= 0 || this.strings.length >= this.maxEntries) return found;
    const slice = text.slice(start, end);
    return this.add(end - start >= minSliceLength ? unslice(slice) : slice, hash);
  }

  /** The id of `value`, added (as a copy that owns its characters) when absent; -1 when absent and full. */
  idOf(value: string): number {
    const hash = hashRange(value, 0, value.length);
    const found = this.findRange(value, 0, value.length, hash);
    if (found >= 0 || this.strings.length >= this.maxEntries) return found;
    return this.add(value.length >= minSliceLength ? unslice(value) : value, hash);
  }

  private add(own: string, hash: number): number {
    const id = this.strings.length;
    this.strings.push(own);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    else this.place(id, hash);
    return id;
  }

  private place(id: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) this.place(id, this.hashes[id]!);
  }
}

/** Short values shared by every file (and every path: the scanner's, yaml's). */
export const sharedValues = new StringTable(maxShared);

/** Whether a value of this length is looked up in sharedValues. */
export function isShareable(length: number): boolean {
  return length <= maxSharedLength;
}

export function compactString(value: string): string {
  if (value.length <= maxSharedLength) {
    const id = sharedValues.idOf(value);
    if (id >= 0) return sharedValues.strings[id]!;
    return value.length >= minSliceLength ? unslice(value) : value;
  }
  return unslice(value);
}

/** text[start, end) as a string of its own (shared when short): what compactString(text.slice(start, end)) gives, without the slice when known. */
export function compactRange(text: string, start: number, end: number): string {
  if (end - start <= maxSharedLength) {
    const id = sharedValues.idOfRange(text, start, end);
    if (id >= 0) return sharedValues.strings[id]!;
  }
  return compactString(text.slice(start, end));
}
