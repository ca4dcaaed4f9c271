import type { JsonPath } from '../types.js';
import { suggestName } from '../k8s/did-you-mean.js';
import { pointerToPath, type AjvError, type Problem } from '../schema/validated-yaml.js';

export type { Problem } from '../schema/validated-yaml.js';

const nouns: Readonly<Record<string, string>> = {
  exercises: 'exercise',
  checks: 'check',
  resources: 'resource',
  where: 'assertion',
  assert: 'assertion',
  tolerate: 'tolerate entry',
};

/** "check ex2.checks[1]"-style noun for the object at `where`, for messages. */
function nounOf(where: JsonPath): string {
  for (let i = where.length - 1; i >= 0; i--) {
    const segment = where[i];
    if (typeof segment === 'string') return nouns[segment] ?? (i === where.length - 1 ? segment : 'field');
  }
  return 'rubric';
}

function lastName(where: JsonPath): string {
  const last = where[where.length - 1];
  return typeof last === 'string' ? last : nounOf(where);
}

/** Says what an ajv error means for a rubric author, on the key or value to change. */
export function describeSchemaError(error: AjvError, root: unknown): Problem | undefined {
  const where: JsonPath = pointerToPath(error.instancePath, root);
  const params = error.params;
  switch (error.keyword) {
    case 'if':
    case 'format':
      return undefined;
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      const guess = suggestName(name, allowed);
      return {
        path: [...where, name],
        target: 'key',
        message: `unknown field "${name}" in this ${nounOf(where)}${guess ? `; did you mean "${guess}"?` : allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : ''}`,
      };
    }
    case 'required':
      return { path: where, target: 'key', message: `this ${nounOf(where)} needs "${String(params.missingProperty)}"` };
    case 'type': {
      const type = String(params.type).replace(',', ' or ');
      const words: Record<string, string> = {
        object: 'a mapping',
        array: 'a list',
        'string or array': 'a name or a list of names',
        'object or array': 'a mapping or a list of them',
        'integer or object': 'a whole number or { min, max }',
      };
      return { path: where, target: 'value', message: `${lastName(where)} must be ${words[type] ?? `a ${type}`}` };
    }
    case 'enum':
      return {
        path: where,
        target: 'value',
        message: `${lastName(where)} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { path: where, target: 'value', message: `${lastName(where)} must be ${JSON.stringify(params.allowedValue)}` };
    case 'pattern':
      return {
        path: where,
        target: 'value',
        message: `${lastName(where)} may contain only letters, digits, "-" and "_"${where.length === 1 ? ' (lower case for the rubric id)' : ''}`,
      };
    case 'minLength':
      return { path: where, target: 'value', message: `${lastName(where)} must not be empty` };
    case 'minItems':
      return { path: where, target: 'value', message: `${lastName(where)} must list at least ${String(params.limit)}` };
    case 'minProperties':
      return { path: where, target: 'value', message: `${lastName(where)} must have at least one field` };
    case 'minimum':
      return { path: where, target: 'value', message: `${lastName(where)} must be at least ${String(params.limit)}` };
    default:
      return { path: where, target: 'value', message: `${lastName(where)} ${error.message ?? 'is not valid'}` };
  }
}
