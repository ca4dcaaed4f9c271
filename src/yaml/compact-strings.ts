/**
 * Strings kept for the whole run (values of every resource) should not pin the file they came
 * from: V8 represents a substring of 13+ characters as a slice that keeps its parent text alive.
 * Short values repeat across resources (http, v1, IfNotPresent) and are shared instead.
 */
const shared = new Map<string, string>();
const maxShared = 100_000;
const maxSharedLength = 48;
const minSliceLength = 13;

export function compactString(value: string): string {
  if (value.length <= maxSharedLength) {
    const known = shared.get(value);
    if (known !== undefined) return known;
    const own = value.length >= minSliceLength ? unslice(value) : value;
    // Bounded, so a file of a million distinct values cannot grow it without end.
    if (shared.size < maxShared) shared.set(own, own);
    return own;
  }
  return unslice(value);
}

/** A copy that owns its characters (flattening a fresh concatenation copies them). */
function unslice(value: string): string {
  return (' ' + value).slice(1);
}
