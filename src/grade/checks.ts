import type { JsonPath, PlainValue, Resource } from '../types.js';
import { formatPath, get, isObject } from '../k8s/pod-spec.js';
import { suggestName } from '../k8s/did-you-mean.js';
import { decodeStandardBase64 } from '../k8s/base64.js';
import { holdsRedacted, mustRedact, redactedMark } from '../k8s/redact.js';
import type { Assertion, AssertionFunction } from './rubric.js';
import { describeSegment, scalarText, selectPath, type Miss, type Selected } from './select.js';
import { commandWords, containerCommand, isOneItemCommandLine, sameCommand, showCommand } from './command-line.js';
import { parseSchedule, sameSchedule, type Schedule } from './cron.js';
import { sameImage } from '../k8s/image-ref.js';

/** Why an assertion failed, at the node a student should look at. */
export interface AssertionFailure {
  path: JsonPath;
  target: 'key' | 'value';
  message: string;
  /** Anchored on a near miss (a misspelt key or name): the most useful failure to show. */
  near?: boolean;
}

export interface AssertionResult {
  passed: boolean;
  failures: AssertionFailure[];
}

/** How a check decides what its messages may show (src/engine/redact.ts). */
export interface CheckContext {
  /** The rubric expects a secret here: its resource is a Secret (in any spelling) or the check compares base64. */
  secretExpected?: boolean;
}

/** Whether a value, or anything inside it, must stay out of messages. */
function hidden(resource: Resource, path: JsonPath, value: PlainValue | undefined, context: CheckContext): boolean {
  return holdsRedacted(resource, path, value, context);
}

/** A value as a message shows it: strings quoted, structures compact. */
export function show(value: PlainValue | undefined): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
const showValue = show;

function orList(values: readonly PlainValue[]): string {
  const shown = values.map(show);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function where(path: JsonPath): string {
  return formatPath(path) || 'the resource';
}

/** Describes a branch of the selection that found nothing, anchored where the student can act. */
function missFailure(miss: Miss, resource: Resource, context: CheckContext): AssertionFailure {
  const { parent, parentValue, segment } = miss;
  switch (segment.type) {
    case 'key':
    case 'pod': {
      const key = segment.type === 'key' ? segment.key : 'spec';
      if (parentValue !== undefined && !isObject(parentValue)) {
        const actual = Array.isArray(parentValue) ? 'a list' : hidden(resource, parent, parentValue, context) ? 'a single value' : show(parentValue);
        return { path: parent, target: 'value', message: `${where(parent)} should be a mapping with ${key} in it, but it is ${actual}.` };
      }
      const near = isObject(parentValue) ? suggestName(key, Object.keys(parentValue)) : undefined;
      if (near !== undefined) return { path: [...parent, near], target: 'key', message: `${where([...parent, key])} is not set; there is ${near} instead: did you mean ${key}?`, near: true };
      return { path: parent, target: 'key', message: `${where([...parent, key])} is not set.` };
    }
    case 'index':
      return { path: parent, target: 'key', message: `${where(parent)} has no ${describeSegment(segment)}.` };
    case 'wildcard':
      return { path: parent, target: 'key', message: parentValue === undefined ? `${where(parent)} is not set.` : `${where(parent)} is empty.` };
    case 'filter': {
      const field = segment.field.join('.');
      if (!Array.isArray(parentValue)) return { path: parent, target: 'key', message: `${where(parent)} should be a list with an entry whose ${field} is ${show(segment.value)}.` };
      const found = parentValue.map((item, i) => ({ i, value: get(item, segment.field) })).filter((x) => typeof x.value === 'string' || typeof x.value === 'number');
      const near = suggestName(segment.value, found.map((x) => String(x.value)));
      const nearItem = found.find((x) => String(x.value) === near);
      if (nearItem) {
        const nearPath = [...parent, nearItem.i, ...segment.field];
        const there = hidden(resource, nearPath, nearItem.value, context) ? 'one that is close' : show(nearItem.value);
        return { path: nearPath, target: 'value', message: `${where(parent)} has no entry whose ${field} is ${show(segment.value)}; there is ${there}: did you mean ${show(segment.value)}?`, near: true };
      }
      return { path: parent, target: 'key', message: `${where(parent)} has no entry whose ${field} is ${show(segment.value)}.` };
    }
  }
}

/** Test one selected node; undefined means it passes. */
type NodeTest = (node: Selected, resource: Resource, context: CheckContext) => AssertionFailure | undefined;

/** A right value of the wrong type (ttw: 4 for "4"), said without printing a sensitive value. */
function typeSlip(actual: PlainValue, expected: PlainValue, sensitive: boolean): string | undefined {
  if (typeof expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean') && String(actual) === expected) {
    return sensitive ? `is a ${typeof actual}, but it must be a string: put the value in quotes` : `is the ${typeof actual} ${String(actual)}, but it must be the string ${show(expected)}: put it in quotes`;
  }
  if ((typeof expected === 'number' || typeof expected === 'boolean') && typeof actual === 'string' && actual === String(expected)) {
    return sensitive ? `is a string, but it must be a ${typeof expected}: remove the quotes` : `is the string ${show(actual)}, but it must be the ${typeof expected} ${String(expected)}: remove the quotes`;
  }
  return undefined;
}

function deepEqual(a: PlainValue | undefined, b: PlainValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}

function stripSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function equalsTest(expected: PlainValue): NodeTest {
  return ({ path, value }, resource, context) => {
    if (deepEqual(value, expected)) return undefined;
    const sensitive = hidden(resource, path, value, context);
    const slip = typeSlip(value, expected, sensitive);
    if (slip) return { path, target: 'value', message: `${where(path)} ${slip}.` };
    if (sensitive) return { path, target: 'value', message: `${where(path)} does not have the value the exercise asks for.` };
    return { path, target: 'value', message: `${where(path)} is ${show(value)}, but the exercise asks for ${show(expected)}.` };
  };
}

function oneOfTest(expected: readonly PlainValue[]): NodeTest {
  return ({ path, value }, resource, context) => {
    if (expected.some((option) => deepEqual(value, option))) return undefined;
    const sensitive = hidden(resource, path, value, context);
    const slip = expected.map((option) => typeSlip(value, option, sensitive)).find(Boolean);
    if (slip) return { path, target: 'value', message: `${where(path)} ${slip}.` };
    if (sensitive) return { path, target: 'value', message: `${where(path)} does not have a value the exercise accepts.` };
    return { path, target: 'value', message: `${where(path)} is ${show(value)}; the exercise accepts ${orList(expected)}.` };
  };
}

function matchesTest(pattern: RegExp): NodeTest {
  return ({ path, value }, resource, context) => {
    const text = scalarText(value);
    if (text !== undefined && pattern.test(text)) return undefined;
    if (hidden(resource, path, value, context)) return { path, target: 'value', message: `${where(path)} does not have the form the exercise asks for.` };
    return { path, target: 'value', message: text === undefined ? `${where(path)} should be a single value, not ${Array.isArray(value) ? 'a list' : 'a mapping'}.` : `${where(path)} is ${show(value)}, which is not what the exercise asks for (it should match ${String(pattern)}).` };
  };
}

function imageEqualsTest(expected: string): NodeTest {
  return ({ path, value }) => {
    if (typeof value === 'string' && sameImage(value, expected)) return undefined;
    return { path, target: 'value', message: `${where(path)} is ${show(value)}, but the exercise asks for the image ${show(expected)}.` };
  };
}

function containsTest(expected: PlainValue): NodeTest {
  return ({ path, value }, resource, context) => {
    if (Array.isArray(value) && value.some((item) => deepEqual(item, expected))) return undefined;
    if (hidden(resource, path, value, context)) return { path, target: 'value', message: `${where(path)} does not include the value the exercise asks for.` };
    if (!Array.isArray(value)) return { path, target: 'value', message: `${where(path)} should be a list that includes ${show(expected)}.` };
    return { path, target: 'value', message: `${where(path)} does not include ${show(expected)}.` };
  };
}

function base64Test(expected: string): NodeTest {
  // Never print the value, encoded or decoded: say what kind of mistake it is.
  return ({ path, value }) => {
    if (typeof value !== 'string') return { path, target: 'value', message: `${where(path)} must be a base64 string.` };
    if (value === expected) return { path, target: 'value', message: `${where(path)} holds the plain text, not its base64 encoding; the API server rejects it or stores the wrong bytes.` };
    const bytes = decodeStandardBase64(value);
    if (!bytes) return { path, target: 'value', message: `${where(path)} is not valid base64 (standard alphabet, with = padding).` };
    const decoded = Buffer.from(bytes).toString('utf8');
    if (decoded === expected) return undefined;
    if (decoded === `${expected}\n`) return { path, target: 'value', message: `${where(path)} decodes to the right text plus a line break at the end (echo adds one).` };
    return { path, target: 'value', message: `${where(path)} does not decode to the value the exercise gives.` };
  };
}

function cronTest(expected: string, wanted: Schedule): NodeTest {
  return ({ path, value }, resource, context) => {
    const schedule = typeof value === 'string' ? parseSchedule(value) : undefined;
    if (schedule && sameSchedule(schedule, wanted)) return undefined;
    if (mustRedact(resource, path, context)) return { path, target: 'value', message: `${where(path)} is not the schedule the exercise asks for.` };
    if (typeof value !== 'string') return { path, target: 'value', message: `${where(path)} must be a quoted string such as ${show(expected)}.` };
    if (!schedule) return { path, target: 'value', message: `${where(path)} ${show(value)} is not a schedule the CronJob controller accepts (five fields: minute hour day-of-month month day-of-week).` };
    return { path, target: 'value', message: `${where(path)} ${show(value)} does not fire at the same times as ${show(expected)}.` };
  };
}

function commandAnchor(path: JsonPath, container: PlainValue): JsonPath {
  if (isObject(container) && container.command !== undefined) return [...path, 'command'];
  if (isObject(container) && container.args !== undefined) return [...path, 'args'];
  return path;
}

function commandEqualsTest(expected: readonly string[]): NodeTest {
  const wanted = showCommand(expected);
  return ({ path, value }, resource, context) => {
    const { argv, malformed } = containerCommand(value);
    const anchor = commandAnchor(path, value);
    if (mustRedact(resource, anchor, context) && !sameCommand(argv, expected)) return { path: anchor, target: 'value', message: `${where(anchor)} is not the command the exercise asks for.` };
    if (malformed) return { path: anchor, target: 'value', message: `${where(anchor)} must be a list of strings, such as ${JSON.stringify(expected)}.` };
    if (argv.length === 0) return { path, target: 'key', message: `${where(path)} sets no command, so the image's default command runs instead of "${wanted}".` };
    if (sameCommand(argv, expected)) return undefined;
    if (isOneItemCommandLine(argv, expected)) {
      return { path: anchor, target: 'value', message: `The whole command line is one list item, so the container would look for a program named ${show(argv[0])}; give each word its own item (${JSON.stringify(commandWords(expected))}) or run it with ["/bin/sh", "-c", "${wanted}"].` };
    }
    return { path: anchor, target: 'value', message: `The container runs "${showCommand(argv)}", but the exercise asks for "${wanted}".` };
  };
}

function commandMatchesTest(pattern: RegExp): NodeTest {
  return ({ path, value }, resource, context) => {
    const { argv } = containerCommand(value);
    const line = commandWords(argv).join(' ');
    if (pattern.test(line)) return undefined;
    const anchor = commandAnchor(path, value);
    if (mustRedact(resource, anchor, context)) return { path: anchor, target: anchor === path ? 'key' : 'value', message: `${where(anchor)} is not the command the exercise asks for.` };
    return { path: anchor, target: anchor === path ? 'key' : 'value', message: argv.length === 0 ? `${where(path)} sets no command.` : `The container runs "${showCommand(argv)}", which is not the command the exercise asks for.` };
  };
}

function mountsVolumeTest(fn: Extract<AssertionFunction, { name: 'mountsVolume' }>): NodeTest {
  const source = fn.from.map(({ field, value }) => `${field.join('.')}: ${value}`).join(', ');
  const wantedPaths = fn.at.map(stripSlash);
  const atText = orList(fn.at);
  return ({ path, value }, resource, context) => {
    if (!isObject(value)) return { path, target: 'key', message: `${where(path)} should be a pod spec.` };
    // Volume names and mount paths are only shown from a resource whose values may be shown.
    const show = (shown: PlainValue | undefined) => (mustRedact(resource, path, context) ? redactedMark : showValue(shown));
    const volumes = Array.isArray(value.volumes) ? value.volumes : [];
    const fieldIs = (volume: PlainValue, field: string[], expected: string) => {
      const actual = get(volume, field);
      return actual !== undefined && scalarText(actual) === expected;
    };
    const sources = volumes.flatMap((volume, i) => (isObject(volume) && fn.from.every(({ field, value: expected }) => fieldIs(volume, field, expected)) ? [{ i, name: volume.name }] : []));
    const mounts = (Array.isArray(value.containers) ? value.containers : []).flatMap((container, c) =>
      isObject(container) && Array.isArray(container.volumeMounts) ? container.volumeMounts.flatMap((mount, m) => (isObject(mount) ? [{ path: [...path, 'containers', c, 'volumeMounts', m] as JsonPath, name: mount.name, mountPath: mount.mountPath }] : [])) : [],
    );
    if (sources.length === 0) {
      // A volume of the right type that names another source: point at the name it gives.
      for (const [i, volume] of volumes.entries()) {
        if (!isObject(volume) || !fn.from.every(({ field }) => get(volume, field) !== undefined)) continue;
        const wrong = fn.from.find(({ field, value: expected }) => scalarText(get(volume, field)!) !== expected)!;
        return { path: [...path, 'volumes', i, ...wrong.field], target: 'value', message: `The volume ${show(volume.name)} takes its data from ${wrong.field.join('.')}: ${show(get(volume, wrong.field))}, but the exercise asks for ${show(wrong.value)}.` };
      }
      const at: JsonPath = value.volumes !== undefined ? [...path, 'volumes'] : path;
      return { path: at, target: 'key', message: `No volume in ${where(path)} takes its data from ${source}.` };
    }
    for (const volume of sources) {
      for (const mount of mounts) {
        if (mount.name === volume.name && typeof mount.mountPath === 'string' && wantedPaths.includes(stripSlash(mount.mountPath))) return undefined;
      }
    }
    const volume = sources[0]!;
    const ofVolume = mounts.find((mount) => sources.some((s) => s.name === mount.name));
    if (ofVolume) return { path: [...ofVolume.path, 'mountPath'], target: 'value', message: `The volume ${show(ofVolume.name)} (${source}) is mounted at ${show(ofVolume.mountPath)}, but the exercise asks for ${atText}.` };
    const atWantedPath = mounts.find((mount) => typeof mount.mountPath === 'string' && wantedPaths.includes(stripSlash(mount.mountPath)));
    if (atWantedPath) {
      return { path: [...atWantedPath.path, 'name'], target: 'value', message: `The volumeMount at ${show(atWantedPath.mountPath)} names ${show(atWantedPath.name)}, but the volume with ${source} is named ${show(volume.name)}: a mount finds its volume by name.` };
    }
    return { path: [...path, 'volumes', volume.i, 'name'], target: 'value', message: `The volume ${show(volume.name)} (${source}) is not mounted by any container; mount it at ${atText}.` };
  };
}

function nodeTest(fn: AssertionFunction): NodeTest | undefined {
  switch (fn.name) {
    case 'equals':
      return equalsTest(fn.expected);
    case 'oneOf':
      return oneOfTest(fn.expected);
    case 'imageEquals':
      return imageEqualsTest(fn.expected);
    case 'matches':
      return matchesTest(fn.pattern);
    case 'contains':
      return containsTest(fn.expected);
    case 'base64Equals':
      return base64Test(fn.expected);
    case 'cronEquivalent':
      return cronTest(fn.expected, fn.schedule);
    case 'commandEquals':
      return commandEqualsTest(fn.expected);
    case 'commandMatches':
      return commandMatchesTest(fn.pattern);
    case 'mountsVolume':
      return mountsVolumeTest(fn);
    default:
      return undefined;
  }
}

function dedupe(failures: AssertionFailure[]): AssertionFailure[] {
  const seen = new Set<string>();
  return failures.filter((failure) => {
    const key = `${JSON.stringify(failure.path)}\u0000${failure.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** With match: any, one failure says it all: a near miss if there is one, else the first. */
function mostUseful(failures: AssertionFailure[]): AssertionFailure[] {
  const best = failures.find((failure) => failure.near) ?? failures[0];
  return best ? [best] : [];
}

function countText(min: number, max: number): string {
  if (min === max) return `exactly ${min}`;
  if (max === Number.POSITIVE_INFINITY) return `at least ${min}`;
  return `${min} to ${max}`;
}

/** Applies one assertion to one resource: select, then test every selected node. */
export function evaluateAssertion(resource: Resource, assertion: Assertion, context: CheckContext = {}): AssertionResult {
  const { matches, misses } = selectPath(resource, assertion.segments);
  const { fn } = assertion;
  // A value checked against base64 is secret data, whatever resource holds it.
  if (fn.name === 'base64Equals') context = { ...context, secretExpected: true };

  if (fn.name === 'count') {
    const n = matches.length;
    if (n >= fn.min && n <= fn.max) return { passed: true, failures: [] };
    const anchor: AssertionFailure = matches.length > 0 ? { path: matches[0]!.path.slice(0, -1), target: 'key', message: '' } : misses[0] ? missFailure(misses[0], resource, context) : { path: [], target: 'key', message: '' };
    const listPath = matches.length > 0 ? matches[0]!.path.slice(0, -1) : (misses[0]?.parent ?? []);
    return { passed: false, failures: [{ path: anchor.path, target: anchor.target, message: `${where(listPath)} has ${n} matching ${n === 1 ? 'entry' : 'entries'} (${assertion.path}); the exercise asks for ${countText(fn.min, fn.max)}.` }] };
  }

  if (fn.name === 'exists') {
    if (fn.expected) {
      if (assertion.match === 'any') return matches.length > 0 ? { passed: true, failures: [] } : { passed: false, failures: mostUseful(misses.map((miss) => missFailure(miss, resource, context))) };
      const passed = matches.length > 0 && misses.length === 0;
      return { passed, failures: passed ? [] : dedupe(misses.map((miss) => missFailure(miss, resource, context))) };
    }
    return { passed: matches.length === 0, failures: matches.map(({ path }) => ({ path, target: 'key' as const, message: `${where(path)} should not be set.` })) };
  }

  const test = nodeTest(fn)!;
  if (matches.length === 0) {
    if (assertion.optional) return { passed: true, failures: [] };
    const failures = misses.map((miss) => missFailure(miss, resource, context));
    return { passed: false, failures: assertion.match === 'any' ? mostUseful(failures) : dedupe(failures) };
  }
  const results = matches.map((node) => test(node, resource, context));
  const failing = results.filter((failure): failure is AssertionFailure => failure !== undefined);
  if (assertion.match === 'any') {
    const passed = failing.length < results.length;
    return { passed, failures: passed ? [] : failing.slice(0, 1) };
  }
  const missFailures = assertion.optional ? [] : misses.map((miss) => missFailure(miss, resource, context));
  const failures = dedupe([...failing, ...missFailures]);
  return { passed: failures.length === 0, failures };
}
