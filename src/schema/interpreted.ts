/**
 * Custom schemas validated by walking the value beside its converted schema, without compiling.
 *
 * A custom resource is small and its CRD schema large (Argo CD's ApplicationSet repeats the whole
 * Application template under a dozen generators), so ajv's compile step cost far more than the
 * validation it bought: here the work is proportional to the value. The errors are ajv's, one for
 * one: the same keywords in the order ajv's generated code runs them (with allErrors, as
 * createAjv sets), the same instancePath and params. Only schemaPath is left empty: no finding reads it.
 * A schema that uses anything beyond the keywords below (or a keyword value ajv would reject) is
 * not interpretable, and the caller compiles it with ajv as before.
 */
import { dateTime, kubernetesBase64 } from './ajv-setup.js';
import type { Definitions, SchemaError, SchemaNode, ValidateFunction } from './bundle.js';

/** A schema node as JSON gives it: any object that is not an array. */
export type Raw = Record<string, unknown>;
type JsonType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'integer' | 'string';

const jsonTypes = new Set<unknown>(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);

/** The formats createAjv adds; ajv (strict off) ignores any other. */
const knownFormats: Record<string, RegExp> = { 'date-time': dateTime, byte: kubernetesBase64 };

/** ajv's keyword groups for one data type, in ajv's rule order (its RULES), restricted to what is interpreted here. */
const untypedKeywords = ['enum', 'not', 'anyOf', 'oneOf', 'allOf'] as const;
const numberKeywords = ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'] as const;
const stringKeywords = ['maxLength', 'minLength', 'pattern', 'format'] as const;
const arrayKeywords = ['maxItems', 'minItems', 'items'] as const;
const objectKeywords = ['maxProperties', 'minProperties', 'required', 'additionalProperties', 'properties'] as const;

/** Keywords whose value must be a finite number. */
const numericValued = new Set<string>([...numberKeywords.slice(0, 5), 'maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties', 'minProperties']);
/** The keywords interpreted: a schema with any other is compiled by ajv instead. */
const interpretedKeywords = new Set<string>([
  'type',
  ...untypedKeywords,
  '$ref',
  ...numberKeywords,
  ...stringKeywords,
  ...arrayKeywords,
  ...objectKeywords,
  // Annotations, not rules: ajv ignores them.
  'description',
]);

/** ajv's loopRequired and loopEnum: from this length on ajv switches to a loop with other semantics. */
const maxListLength = 200;

/** Patterns compiled once per run (CRDs repeat theirs), as ajv reads them: with the u flag; undefined when JavaScript cannot. */
const patterns = new Map<string, RegExp | null>();

export function unicodePattern(pattern: string): RegExp | undefined {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    // An editor session may see many; the cache only saves time.
    if (patterns.size >= 10_000) patterns.clear();
    try {
      compiled = new RegExp(pattern, 'u');
    } catch {
      compiled = null;
    }
    patterns.set(pattern, compiled);
  }
  return compiled ?? undefined;
}

export function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A name ajv's code would find on any object (data[name] !== undefined), or filter out ("__proto__"). */
export function inheritedName(name: string): boolean {
  return name in Object.prototype;
}

const definitionPrefix = '#/definitions/';

/** Whether every node reachable from the root (through $ref into `definitions` too) is interpretable. */
function interpretable(node: unknown, definitions: Definitions, seen: Set<unknown>): boolean {
  if (!isRaw(node)) return false;
  if (seen.has(node)) return true;
  seen.add(node);
  for (const keyword in node) {
    if (!interpretedKeywords.has(keyword)) return false;
    const value = node[keyword];
    if (value === undefined) continue;
    if (!keywordInterpretable(keyword, value, node, definitions, seen)) return false;
  }
  return true;
}

/** Whether a keyword whose value is not a schema has a value the interpreter reads as ajv would (and ajv compiles). */
export function keywordValueInterpretable(keyword: string, value: unknown): boolean {
  if (numericValued.has(keyword)) return isFiniteNumber(value);
  switch (keyword) {
    case 'description':
      return true;
    case 'type':
      return typeof value === 'string'
        ? jsonTypes.has(value)
        : Array.isArray(value) && value.length > 0 && value.every((type) => jsonTypes.has(type)) && new Set(value).size === value.length;
    case 'enum':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.length < maxListLength &&
        value.every((member) => member === null || ['string', 'number', 'boolean'].includes(typeof member))
      );
    case 'format':
      return typeof value === 'string';
    case 'pattern':
      return typeof value === 'string' && unicodePattern(value) !== undefined;
    case 'required':
      return Array.isArray(value) && value.length < maxListLength && value.every((name) => typeof name === 'string' && !inheritedName(name));
    default:
      return false;
  }
}

function keywordInterpretable(keyword: string, value: unknown, node: Raw, definitions: Definitions, seen: Set<unknown>): boolean {
  switch (keyword) {
    case 'properties':
      if (!isRaw(value)) return false;
      for (const name in value) if (inheritedName(name) || !interpretable(value[name], definitions, seen)) return false;
      return true;
    case 'additionalProperties':
      return typeof value === 'boolean' || interpretable(value, definitions, seen);
    case 'items':
    case 'not':
      return interpretable(value, definitions, seen);
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
      return Array.isArray(value) && value.length > 0 && value.every((branch) => interpretable(branch, definitions, seen));
    case '$ref': {
      // Only a $ref alone (annotations aside): beside other rules ajv would run them all.
      if (typeof value !== 'string' || !value.startsWith(definitionPrefix)) return false;
      if (Object.keys(node).some((other) => other !== '$ref' && other !== 'description')) return false;
      const name = value.slice(definitionPrefix.length);
      return Object.hasOwn(definitions, name) && interpretable(definitions[name], definitions, seen);
    }
    default:
      return keywordValueInterpretable(keyword, value);
  }
}

/** What ajv decides once per schema node at compile time. */
interface Plan {
  /** The target of a $ref that stands alone. */
  ref?: Raw;
  types: JsonType[];
  /** Types checked before any keyword (ajv: unless the one type has its own keyword group, which checks it). */
  typesFirst: boolean;
  /** The one type whose group reports a wrong type instead. */
  typeInGroup?: JsonType;
  /** Whether it has enum, not, anyOf, oneOf or allOf. */
  untyped: boolean;
  number: boolean;
  string: boolean;
  array: boolean;
  object: boolean;
  pattern?: RegExp;
  format?: RegExp;
  /** Names in properties (ajv skips those whose schema has no rule; checking them finds nothing either). */
  properties?: string[];
  /** Their instancePath segments. */
  segments?: string[];
  /** additionalProperties when it can fail: false, or a schema with rules. */
  additional?: false | Raw;
}

/** ajv's alwaysValidSchema: true, or an object with no rule keyword. */
function alwaysValid(schema: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isRaw(schema)) return false;
  for (const keyword in schema) if (keyword !== 'description') return false;
  return true;
}

function uses(node: Raw, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => node[keyword] !== undefined);
}

/** ajv's ucs2length: string length in code points. */
function codePoints(text: string): number {
  const length = text.length;
  let count = 0;
  let position = 0;
  while (position < length) {
    count++;
    const unit = text.charCodeAt(position++);
    if (unit >= 0xd800 && unit <= 0xdbff && position < length && (text.charCodeAt(position) & 0xfc00) === 0xdc00) position++;
  }
  return count;
}

function escapePointer(name: string): string {
  return name.includes('~') || name.includes('/') ? name.replace(/~/g, '~0').replace(/\//g, '~1') : name;
}

/** ajv's checkDataType without strictNumbers (strict is off for custom schemas, so Infinity counts as an integer). */
function hasType(type: JsonType, data: unknown): boolean {
  switch (type) {
    case 'null':
      return data === null;
    case 'array':
      return Array.isArray(data);
    case 'object':
      return isObjectData(data);
    case 'integer':
      return typeof data === 'number' && !(data % 1) && !isNaN(data);
    case 'number':
      return typeof data === 'number';
    default:
      return typeof data === type;
  }
}

function isObjectData(data: unknown): data is Raw {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

class Interpreter {
  private readonly plans = new Map<Raw, Plan>();

  constructor(private readonly definitions: Definitions) {}

  private plan(node: Raw): Plan {
    let plan = this.plans.get(node);
    if (plan) return plan;
    const type = node.type;
    const types = (type === undefined ? [] : Array.isArray(type) ? type : [type]) as JsonType[];
    const groups = {
      number: uses(node, numberKeywords),
      string: uses(node, stringKeywords),
      array: uses(node, arrayKeywords),
      object: uses(node, objectKeywords),
    };
    const single = types.length === 1 ? types[0]! : undefined;
    const typeHasGroup = single !== undefined && single in groups && groups[single as keyof typeof groups];
    plan = {
      types,
      typesFirst: types.length > 0 && !typeHasGroup,
      typeInGroup: typeHasGroup ? single : undefined,
      untyped: uses(node, untypedKeywords),
      ...groups,
    };
    if (typeof node.$ref === 'string') plan.ref = this.definitions[node.$ref.slice(definitionPrefix.length)] as Raw;
    if (typeof node.pattern === 'string') plan.pattern = unicodePattern(node.pattern);
    if (typeof node.format === 'string' && Object.hasOwn(knownFormats, node.format)) plan.format = knownFormats[node.format];
    // Names only: reading a property's schema would convert it (see structural.ts), and most are never needed.
    if (isRaw(node.properties)) {
      plan.properties = Object.keys(node.properties);
      plan.segments = plan.properties.map((name) => `/${escapePointer(name)}`);
    }
    if (node.additionalProperties !== undefined && !alwaysValid(node.additionalProperties)) plan.additional = node.additionalProperties as false | Raw;
    this.plans.set(node, plan);
    return plan;
  }

  check(node: Raw, data: unknown, path: string, errors: SchemaError[]): void {
    const plan = this.plan(node);
    if (plan.ref) {
      this.check(plan.ref, data, path, errors);
      return;
    }
    if (plan.typesFirst && !plan.types.some((type) => hasType(type, data))) errors.push(error(path, 'type', { type: node.type }));

    // ajv's untyped group: enum, not, anyOf, oneOf, allOf.
    if (plan.untyped) this.untypedKeywords(node, data, path, errors);
    if (plan.number) {
      if (typeof data === 'number') numberKeywordsOf(node, data, path, errors);
      else if (plan.typeInGroup === 'number') errors.push(error(path, 'type', { type: node.type }));
    }
    if (plan.string) {
      if (typeof data === 'string') {
        if (node.maxLength !== undefined && codePoints(data) > (node.maxLength as number)) errors.push(error(path, 'maxLength', { limit: node.maxLength }));
        if (node.minLength !== undefined && codePoints(data) < (node.minLength as number)) errors.push(error(path, 'minLength', { limit: node.minLength }));
        if (plan.pattern && !plan.pattern.test(data)) errors.push(error(path, 'pattern', { pattern: node.pattern }));
        if (plan.format && !plan.format.test(data)) errors.push(error(path, 'format', { format: node.format }));
      } else if (plan.typeInGroup === 'string') errors.push(error(path, 'type', { type: node.type }));
    }
    if (plan.array) {
      if (Array.isArray(data)) {
        if (node.maxItems !== undefined && data.length > (node.maxItems as number)) errors.push(error(path, 'maxItems', { limit: node.maxItems }));
        if (node.minItems !== undefined && data.length < (node.minItems as number)) errors.push(error(path, 'minItems', { limit: node.minItems }));
        if (node.items !== undefined && data.length > 0 && !alwaysValid(node.items)) {
          const items = node.items as Raw;
          for (let index = 0; index < data.length; index++) this.check(items, data[index], `${path}/${index}`, errors);
        }
      } else if (plan.typeInGroup === 'array') errors.push(error(path, 'type', { type: node.type }));
    }
    if (plan.object) {
      if (isObjectData(data)) this.objectKeywords(node, plan, data, path, errors);
      else if (plan.typeInGroup === 'object') errors.push(error(path, 'type', { type: node.type }));
    }
  }

  private untypedKeywords(node: Raw, data: unknown, path: string, errors: SchemaError[]): void {
    if (node.enum !== undefined && !(node.enum as unknown[]).some((member) => member === data)) errors.push(error(path, 'enum', { allowedValues: node.enum }));
    if (node.not !== undefined) {
      const inner: SchemaError[] = [];
      this.check(node.not as Raw, data, path, inner);
      if (inner.length === 0) errors.push(error(path, 'not', {}));
    }
    if (node.anyOf !== undefined) this.anyOf(node.anyOf as Raw[], data, path, errors);
    if (node.oneOf !== undefined) this.oneOf(node.oneOf as Raw[], data, path, errors);
    if (node.allOf !== undefined) for (const branch of node.allOf as Raw[]) this.check(branch, data, path, errors);
  }

  private objectKeywords(node: Raw, plan: Plan, data: Raw, path: string, errors: SchemaError[]): void {
    if (node.maxProperties !== undefined && Object.keys(data).length > (node.maxProperties as number))
      errors.push(error(path, 'maxProperties', { limit: node.maxProperties }));
    if (node.minProperties !== undefined && Object.keys(data).length < (node.minProperties as number))
      errors.push(error(path, 'minProperties', { limit: node.minProperties }));
    if (node.required !== undefined)
      for (const name of node.required as string[]) if (data[name] === undefined) errors.push(error(path, 'required', { missingProperty: name }));
    const additional = plan.additional;
    if (additional !== undefined) {
      // No property is named like anything on Object.prototype (see keywordInterpretable), so own names are ajv's "defined" ones.
      const named = node.properties as Raw | undefined;
      // ajv walks the data's keys with for...in.
      for (const key in data) {
        if (named !== undefined && Object.hasOwn(named, key)) continue;
        if (additional === false) errors.push(error(path, 'additionalProperties', { additionalProperty: key }));
        else this.check(additional, data[key], `${path}/${escapePointer(key)}`, errors);
      }
    }
    if (plan.properties) {
      const properties = node.properties as Record<string, Raw>;
      const names = plan.properties;
      for (let index = 0; index < names.length; index++) {
        const value = data[names[index]!];
        if (value !== undefined) this.check(properties[names[index]!]!, value, path + plan.segments![index]!, errors);
      }
    }
  }

  /** ajv's anyOf: branches in order until one passes; if one does, their errors are dropped. */
  private anyOf(branches: Raw[], data: unknown, path: string, errors: SchemaError[]): void {
    const start = errors.length;
    for (const branch of branches) {
      const before = errors.length;
      this.check(branch, data, path, errors);
      if (errors.length === before) {
        errors.length = start;
        return;
      }
    }
    errors.push(error(path, 'anyOf', {}));
  }

  /** ajv's oneOf: stops at the second passing branch; passingSchemas is null, or the two that passed. */
  private oneOf(branches: Raw[], data: unknown, path: string, errors: SchemaError[]): void {
    const start = errors.length;
    let valid = false;
    let passing: number | [number | null, number] | null = null;
    for (let index = 0; index < branches.length; index++) {
      const before = errors.length;
      this.check(branches[index]!, data, path, errors);
      const passed = errors.length === before;
      if (index > 0 && passed && valid) {
        valid = false;
        passing = [passing as number, index];
        break;
      }
      if (passed) {
        valid = true;
        passing = index;
      }
    }
    if (valid) errors.length = start;
    else errors.push(error(path, 'oneOf', { passingSchemas: passing }));
  }
}

function numberKeywordsOf(node: Raw, data: number, path: string, errors: SchemaError[]): void {
  const { maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf } = node as Record<string, number | undefined>;
  if (maximum !== undefined && (data > maximum || isNaN(data))) errors.push(error(path, 'maximum', { comparison: '<=', limit: maximum }));
  if (minimum !== undefined && (data < minimum || isNaN(data))) errors.push(error(path, 'minimum', { comparison: '>=', limit: minimum }));
  if (exclusiveMaximum !== undefined && (data >= exclusiveMaximum || isNaN(data)))
    errors.push(error(path, 'exclusiveMaximum', { comparison: '<', limit: exclusiveMaximum }));
  if (exclusiveMinimum !== undefined && (data <= exclusiveMinimum || isNaN(data)))
    errors.push(error(path, 'exclusiveMinimum', { comparison: '>', limit: exclusiveMinimum }));
  if (multipleOf !== undefined) {
    const ratio = data / multipleOf;
    // ajv's test, parseInt of the number's text included (1e21 is "1e+21", read as 1).
    if (multipleOf === 0 || ratio !== parseInt(ratio as unknown as string)) errors.push(error(path, 'multipleOf', { multipleOf }));
  }
}

function error(instancePath: string, keyword: string, params: Record<string, unknown>): SchemaError {
  return { instancePath, schemaPath: '', keyword, params };
}

/**
 * A validator for a converted custom schema that interprets it (see the file's comment), or
 * undefined when the schema needs ajv. `definitions` are what its `#/definitions/...` references name.
 */
export function interpretedValidator(root: SchemaNode, definitions: Definitions): ValidateFunction | undefined {
  return interpretable(root, definitions, new Set()) ? interpreterFor(root, definitions) : undefined;
}

/** Whether the bundled definition a converted custom schema refers to is interpretable, with what it refers to. */
export function definitionInterpretable(definitions: Definitions, name: string): boolean {
  return Object.hasOwn(definitions, name) && interpretable(definitions[name], definitions, new Set());
}

/** The interpreted validator of a schema already known to be interpretable (the caller checked it, e.g. before converting it). */
export function interpreterFor(root: SchemaNode, definitions: Definitions): ValidateFunction {
  const interpreter = new Interpreter(definitions);
  const validate: ValidateFunction = (data: unknown) => {
    const errors: SchemaError[] = [];
    interpreter.check(root as Raw, data, '', errors);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
