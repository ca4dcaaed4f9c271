/**
 * Yes/no validators (`<chunk>.check.cjs`): the same verdict as the ajv validators of the chunk, without
 * building error objects, instance paths or options objects. Most resources are valid, so the runtime asks
 * these first and loads a chunk's ajv code only for a resource they reject (to learn why). The generated
 * definitions use a small subset of JSON Schema; any other keyword stops the build rather than being ignored.
 */
import { dateTime, kubernetesBase64 } from '../../src/schema/ajv-setup.js';
import { isPlainObject, isRef, refPrefix, type JsonSchema } from './model.js';

const formats: Record<string, RegExp> = { 'date-time': dateTime, byte: kubernetesBase64 };
const keywords = new Set(['$ref', 'description', 'type', 'enum', 'format', 'anyOf', 'properties', 'required', 'additionalProperties', 'items']);

/** ajv's type tests (strictNumbers: integers and numbers are finite). */
function typeTest(type: string, v: string): string {
  switch (type) {
    case 'string':
    case 'boolean':
      return `typeof ${v}==="${type}"`;
    case 'integer':
      return `(typeof ${v}==="number"&&!(${v}%1)&&!isNaN(${v})&&isFinite(${v}))`;
    case 'number':
      return `(typeof ${v}==="number"&&isFinite(${v}))`;
    case 'object':
      return `(${v}&&typeof ${v}==="object"&&!Array.isArray(${v}))`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'null':
      return `${v}===null`;
    default:
      throw new Error(`check code: unknown type ${type}`);
  }
}

function referenced(schema: JsonSchema & { $ref: string }): string {
  if (!schema.$ref.startsWith(refPrefix)) throw new Error(`check code: reference ${schema.$ref} is not to a definition`);
  return schema.$ref.slice(refPrefix.length);
}

/** CommonJS source exporting `definition -> (value) => boolean` for `roots` and, unexported, everything they reference. */
export function buildCheckCode(definitions: Record<string, JsonSchema>, roots: readonly string[]): string {
  const names = new Map<string, string>();
  const pending: string[] = [];
  const nameOf = (definition: string): string => {
    let name = names.get(definition);
    if (!name) {
      if (!definitions[definition]) throw new Error(`check code: no definition ${definition}`);
      name = `c${names.size}`;
      names.set(definition, name);
      pending.push(definition);
    }
    return name;
  };
  const constants: string[] = [];
  const functions: string[] = [];
  const usedFormats = new Set<string>();
  let branchCount = 0;

  /** Statements that `return false` when `v` fails `schema`; `fresh` names a new local variable. */
  const check = (schema: JsonSchema, v: string, fresh: () => string): string => {
    for (const keyword of Object.keys(schema)) if (!keywords.has(keyword)) throw new Error(`check code: keyword ${keyword} is not supported`);
    if (isRef(schema)) {
      if (Object.keys(schema).some((keyword) => keyword !== '$ref' && keyword !== 'description')) throw new Error('check code: a keyword beside $ref');
      return `if(!${nameOf(referenced(schema))}(${v}))return false;`;
    }
    let code = '';
    const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (types.length > 0) code += `if(!(${types.map((type) => typeTest(type, v)).join('||')}))return false;`;
    if (schema.enum !== undefined) {
      const values = schema.enum as unknown[];
      if (values.some((value) => typeof value === 'object' && value !== null)) throw new Error('check code: an enum of objects');
      code += `if(!(${values.map((value) => `${v}===${JSON.stringify(value)}`).join('||')}))return false;`;
    }
    if (schema.format !== undefined) {
      const format = schema.format as string;
      if (!formats[format]) throw new Error(`check code: format ${format} is not known`);
      usedFormats.add(format);
      code += `if(typeof ${v}==="string"&&!${formatName(format)}.test(${v}))return false;`;
    }
    if (schema.anyOf !== undefined) {
      const branches = (schema.anyOf as JsonSchema[]).map((branch) => {
        const name = `a${branchCount++}`;
        functions.push(functionOf(name, branch));
        return `${name}(${v})`;
      });
      code += `if(!(${branches.join('||')}))return false;`;
    }
    let objectCode = '';
    const properties = isPlainObject(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : undefined;
    for (const name of (schema.required as string[] | undefined) ?? []) objectCode += `if(${v}[${JSON.stringify(name)}]===undefined)return false;`;
    const additional = schema.additionalProperties;
    const known = Object.keys(properties ?? {});
    const closed = additional === false;
    const additionalSchema = isPlainObject(additional) && Object.keys(additional).some((keyword) => keyword !== 'description') ? additional : undefined;
    // A name Object.prototype has (constructor, toString) is seen by a lookup but not by for-in: those objects keep one lookup per property.
    const byKey = !known.some((name) => name in Object.prototype) && (closed || additionalSchema !== undefined || known.length > 0);
    if (byKey) {
      // One pass over the keys the value has, as ajv's additionalProperties loop does; a property is checked only where present.
      const key = fresh();
      const onUnknown = closed
        ? 'return false;'
        : additionalSchema
          ? (() => {
              const value = fresh();
              return `{const ${value}=${v}[${key}];${check(additionalSchema, value, fresh)}}`;
            })()
          : '';
      let cases = '';
      const many = known.length > 8;
      known.forEach((name, index) => {
        const value = fresh();
        const inner = check(properties![name]!, value, fresh);
        cases += `case ${many ? index : JSON.stringify(name)}:${inner ? `{const ${value}=${v}[${key}];if(${value}!==undefined){${inner}}}` : ''}break;`;
      });
      let selector = key;
      if (many) {
        selector = `k${constants.length}.get(${key})`;
        constants.push(`const k${constants.length}=new Map(${JSON.stringify(known.map((name, index) => [name, index]))});`);
      }
      if (!cases) objectCode += onUnknown ? `for(const ${key} in ${v}){${onUnknown}}` : '';
      else objectCode += `for(const ${key} in ${v}){switch(${selector}){${cases}${onUnknown ? `default:${onUnknown}` : ''}}}`;
    } else {
      if (closed || additionalSchema) throw new Error(`check code: a closed object with a property named like an Object.prototype member (${known.join(', ')})`);
      for (const name of known) {
        const value = fresh();
        const inner = check(properties![name]!, value, fresh);
        if (inner) objectCode += `{const ${value}=${v}[${JSON.stringify(name)}];if(${value}!==undefined){${inner}}}`;
      }
    }
    if (objectCode) code += types.length === 1 && types[0] === 'object' ? objectCode : `if(${typeTest('object', v)}){${objectCode}}`;
    if (isPlainObject(schema.items)) {
      const index = fresh();
      const item = fresh();
      const inner = check(schema.items as JsonSchema, item, fresh);
      if (inner) {
        const loop = `for(let ${index}=0;${index}<${v}.length;${index}++){const ${item}=${v}[${index}];${inner}}`;
        code += types.length === 1 && types[0] === 'array' ? loop : `if(Array.isArray(${v})){${loop}}`;
      }
    }
    return code;
  };
  const functionOf = (name: string, schema: JsonSchema): string => {
    let count = 0;
    return `function ${name}(v){${check(schema, 'v', () => `x${count++}`)}return true;}`;
  };

  const exported = [...roots].sort().map((root) => `exports[${JSON.stringify(root)}]=${nameOf(root)};`);
  while (pending.length > 0) {
    const definition = pending.shift()!;
    functions.push(functionOf(names.get(definition)!, definitions[definition]!));
  }
  const formatConstants = [...usedFormats].sort().map((format) => `const ${formatName(format)}=${formats[format]!.toString()};`);
  return `"use strict";${formatConstants.join('')}${constants.join('')}${functions.join('\n')}\n${exported.join('')}\n`;
}

function formatName(format: string): string {
  return `f_${format.replace(/[^a-z]/g, '')}`;
}
