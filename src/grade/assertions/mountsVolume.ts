import { isObject } from '../../k8s/pod-spec.js';
import { defineAssertion } from './types.js';

export default defineAssertion({
  name: 'mountsVolume',
  doc: { usage: "`mountsVolume: { from: { field: value }, at: [paths] }`", passes: "on a pod spec: a volume whose fields equal `from` is mounted by a container at one of `at` (a trailing `/` does not matter)" },
  schema: {"description": "On a pod spec: a volume whose fields equal `from` is mounted by a container at one of `at`.", "type": "object", "additionalProperties": false, "required": ["from", "at"], "properties": {"from": {"type": "object", "minProperties": 1, "additionalProperties": {"type": "string"}}, "at": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}}},
  compile(value, { at, problems }) {
    if (!isObject(value) || !isObject(value.from) || !Array.isArray(value.at)) return undefined;
    const from: { field: string[]; value: string }[] = [];
    for (const [field, expected] of Object.entries(value.from)) {
      if (!/^[^.[\]\s]+(\.[^.[\]\s]+)*$/.test(field)) problems.push({ path: [...at, 'from', field], target: 'key', message: `"${field}" is not a dotted field path such as secret.secretName` });
      from.push({ field: field.split('.'), value: String(expected) });
    }
    return { name: 'mountsVolume', from, at: value.at.map(String) };
  },
});
