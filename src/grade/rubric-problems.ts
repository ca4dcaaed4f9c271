import type { JsonPath } from '../types.js';
import { suggestName } from '../k8s/did-you-mean.js';
import type { AjvWording } from '../schema/validated-yaml.js';

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

const typeWords: Readonly<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  'string or array': 'a name or a list of names',
  'object or array': 'a mapping or a list of them',
  'integer or object': 'a whole number or { min, max }',
};

/** What ajv errors mean for a rubric author, worded per keyword (placed by describeAjvError). */
export const rubricWording: AjvWording = {
  if: () => undefined,
  format: () => undefined,
  additionalProperties: ({ where, name, allowed }) => {
    const guess = suggestName(name, allowed);
    return `unknown field "${name}" in this ${nounOf(where)}${guess ? `; did you mean "${guess}"?` : allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : ''}`;
  },
  required: ({ where, name }) => `this ${nounOf(where)} needs "${name}"`,
  type: ({ where, error }) => {
    const type = String(error.params.type).replace(',', ' or ');
    return `${lastName(where)} must be ${typeWords[type] ?? `a ${type}`}`;
  },
  enum: ({ where, error }) => `${lastName(where)} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
  const: ({ where, error }) => `${lastName(where)} must be ${JSON.stringify(error.params.allowedValue)}`,
  pattern: ({ where }) => `${lastName(where)} may contain only letters, digits, "-" and "_"${where.length === 1 ? ' (lower case for the rubric id)' : ''}`,
  minLength: ({ where }) => `${lastName(where)} must not be empty`,
  minItems: ({ where, error }) => `${lastName(where)} must list at least ${String(error.params.limit)}`,
  minProperties: ({ where }) => `${lastName(where)} must have at least one field`,
  minimum: ({ where, error }) => `${lastName(where)} must be at least ${String(error.params.limit)}`,
  default: ({ where, error }) => `${lastName(where)} ${error.message ?? 'is not valid'}`,
};
