import type { Resource } from '../types.js';
import { get, isObject } from '../k8s/pod-spec.js';
import { suggestName } from '../k8s/did-you-mean.js';
import type { Assertion, AssertionFunction } from './rubric.js';
import { describeSegment, selectPath, type Miss } from './select.js';
import { assertionModule } from './assertions/index.js';
import { hidden, show, where, type AssertionFailure, type AssertionResult, type CheckContext, type NodeTest } from './assertions/support.js';

export { show, type AssertionFailure, type AssertionResult, type CheckContext } from './assertions/support.js';

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
      if (near !== undefined)
        return {
          path: [...parent, near],
          target: 'key',
          message: `${where([...parent, key])} is not set; there is ${near} instead: did you mean ${key}?`,
          near: true,
        };
      return { path: parent, target: 'key', message: `${where([...parent, key])} is not set.` };
    }
    case 'index':
      return { path: parent, target: 'key', message: `${where(parent)} has no ${describeSegment(segment)}.` };
    case 'wildcard':
      return { path: parent, target: 'key', message: parentValue === undefined ? `${where(parent)} is not set.` : `${where(parent)} is empty.` };
    case 'filter': {
      const field = segment.field.join('.');
      if (!Array.isArray(parentValue))
        return { path: parent, target: 'key', message: `${where(parent)} should be a list with an entry whose ${field} is ${show(segment.value)}.` };
      const found = parentValue
        .map((item, i) => ({ i, value: get(item, segment.field) }))
        .filter((x) => typeof x.value === 'string' || typeof x.value === 'number');
      const near = suggestName(
        segment.value,
        found.map((x) => String(x.value)),
      );
      const nearItem = found.find((x) => String(x.value) === near);
      if (nearItem) {
        const nearPath = [...parent, nearItem.i, ...segment.field];
        const there = hidden(resource, nearPath, nearItem.value, context) ? 'one that is close' : show(nearItem.value);
        return {
          path: nearPath,
          target: 'value',
          message: `${where(parent)} has no entry whose ${field} is ${show(segment.value)}; there is ${there}: did you mean ${show(segment.value)}?`,
          near: true,
          fix: { value: segment.value },
        };
      }
      return { path: parent, target: 'key', message: `${where(parent)} has no entry whose ${field} is ${show(segment.value)}.` };
    }
  }
}

function nodeTest(fn: AssertionFunction): NodeTest | undefined {
  return assertionModule(fn.name)?.test?.(fn);
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

/** The one value that makes a node pass, for the functions that name it. */
function fixOf(fn: Assertion['fn']): AssertionFailure['fix'] {
  if (fn.name === 'equals' || fn.name === 'imageEquals') return { value: fn.expected };
  if (fn.name === 'oneOf') return { value: fn.expected[0]! };
  return undefined;
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
    const anchor: AssertionFailure =
      matches.length > 0
        ? { path: matches[0]!.path.slice(0, -1), target: 'key', message: '' }
        : misses[0]
          ? missFailure(misses[0], resource, context)
          : { path: [], target: 'key', message: '' };
    const listPath = matches.length > 0 ? matches[0]!.path.slice(0, -1) : (misses[0]?.parent ?? []);
    return {
      passed: false,
      failures: [
        {
          path: anchor.path,
          target: anchor.target,
          message: `${where(listPath)} has ${n} matching ${n === 1 ? 'entry' : 'entries'} (${assertion.path}); the exercise asks for ${countText(fn.min, fn.max)}.`,
        },
      ],
    };
  }

  if (fn.name === 'exists') {
    if (fn.expected) {
      if (assertion.match === 'any')
        return matches.length > 0
          ? { passed: true, failures: [] }
          : { passed: false, failures: mostUseful(misses.map((miss) => missFailure(miss, resource, context))) };
      const passed = matches.length > 0 && misses.length === 0;
      return { passed, failures: passed ? [] : dedupe(misses.map((miss) => missFailure(miss, resource, context))) };
    }
    return {
      passed: matches.length === 0,
      failures: matches.map(({ path }) => ({ path, target: 'key' as const, message: `${where(path)} should not be set.` })),
    };
  }

  const test = nodeTest(fn)!;
  if (matches.length === 0) {
    if (assertion.optional) return { passed: true, failures: [] };
    const failures = misses.map((miss) => missFailure(miss, resource, context));
    return { passed: false, failures: assertion.match === 'any' ? mostUseful(failures) : dedupe(failures) };
  }
  const fix = fixOf(fn);
  const results = matches.map((node) => {
    const failure = test(node, resource, context);
    return failure && fix && failure.target === 'value' && failure.path === node.path ? { ...failure, fix } : failure;
  });
  const failing = results.filter((failure): failure is AssertionFailure => failure !== undefined);
  if (assertion.match === 'any') {
    const passed = failing.length < results.length;
    return { passed, failures: passed ? [] : failing.slice(0, 1) };
  }
  const missFailures = assertion.optional ? [] : misses.map((miss) => missFailure(miss, resource, context));
  const failures = dedupe([...failing, ...missFailures]);
  return { passed: failures.length === 0, failures };
}
