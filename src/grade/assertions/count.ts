import { isObject } from '../../k8s/pod-spec.js';
import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'count',
  doc: { usage: '`count: N` or `{ min, max }`', passes: 'the path selects that many nodes' },
  schema: {
    type: ['integer', 'object'],
    minimum: 0,
    additionalProperties: false,
    properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
  },
  compile(value, { at, problems }) {
    const min = typeof value === 'number' ? value : isObject(value) && typeof value.min === 'number' ? value.min : 0;
    const max = typeof value === 'number' ? value : isObject(value) && typeof value.max === 'number' ? value.max : Number.POSITIVE_INFINITY;
    if (min <= max) return { name: 'count', min, max };
    problems.push({ path: at, target: 'value', message: `count min (${min}) is larger than max (${max})` });
    return undefined;
  },
});
