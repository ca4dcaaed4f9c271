/** Puts the reviewed enum table into one version's strict bundle, after holding it against the field descriptions. */
import { compareKubeVersions } from '../../src/schema/versions.js';
import { enumValuesInDescription } from './enum-descriptions.js';
import { enumTypes, type EnumField, type EnumType } from './enums.js';
import { isRef, type JsonSchema } from './model.js';

/** "<definition>.<property>" -> value -> the version it appeared in: the values this version does not have yet. */
export type LaterEnumValues = Record<string, Record<string, string>>;

function valuesIn(type: EnumType, version: string): string[] {
  return Object.keys(type.values).filter((value) => compareKubeVersions(type.values[value]!, version) <= 0);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** Where the schema of a field's values is: the property itself, or its items for a list. */
function valueSchema(property: JsonSchema, list: boolean, where: string): JsonSchema {
  const target = list ? (property.items as JsonSchema | undefined) : property;
  if (list && property.type !== 'array') throw new Error(`${where}: the enum table says list, the schema says ${String(property.type)}`);
  // Beside a $ref, draft-07 ignores other keywords: an enum there would check nothing.
  if (!target || isRef(target) || target.type !== 'string') throw new Error(`${where}: an enum needs an inline string schema here`);
  return target;
}

/**
 * Adds `enum` to every field of the table that this version has (mutating `definitions`), and
 * returns the values that appear only in later versions, for the "exists from" message. Throws
 * when a description lists other values than the table and the table does not say why.
 */
export function applyEnums(version: string, rawDefinitions: Record<string, JsonSchema>, definitions: Record<string, JsonSchema>, seen: Set<EnumField>): LaterEnumValues {
  const later: LaterEnumValues = {};
  const problems: string[] = [];
  for (const type of enumTypes) {
    const values = valuesIn(type, version);
    if (values.length === 0) continue;
    for (const field of type.fields) {
      for (const name of Object.keys(definitions).sort()) {
        if (!field.definition.test(name)) continue;
        const properties = definitions[name]!.properties as Record<string, JsonSchema> | undefined;
        const property = properties?.[field.property];
        if (!properties || !property) continue;
        seen.add(field);
        const where = `v${version} ${name}.${field.property}`;
        const rawProperty = (rawDefinitions[name]?.properties as Record<string, JsonSchema> | undefined)?.[field.property];
        for (const stated of enumValuesInDescription(rawProperty?.description as string | undefined)) {
          if (!sameSet(stated, values) && !type.descriptionDiffers?.[version] && !type.descriptionDiffers?.['*']) {
            problems.push(`${where}: the description lists ${stated.join(', ')}; the table (${type.type}) has ${values.join(', ')}`);
          }
        }
        const target = valueSchema(property, type.list === true, where);
        // A single value may be left empty: the API server defaults it (restartPolicy: Always) or reads it as unset.
        target.enum = type.list ? values : [...values, ''];
        const missing = Object.keys(type.values).filter((value) => !values.includes(value));
        if (missing.length > 0) later[`${name}.${field.property}`] = Object.fromEntries(missing.map((value) => [value, type.values[value]!]));
      }
    }
  }
  if (problems.length > 0) throw new Error(`enum table and descriptions disagree (fix scripts/schemas/enums.ts or document it in descriptionDiffers):\n${problems.join('\n')}`);
  return later;
}

/** A table entry that matches no field of any version is a typo, not a rule. */
export function checkEveryFieldFound(seen: Set<EnumField>): void {
  const unused = enumTypes.flatMap((type) => type.fields.filter((field) => !seen.has(field)).map((field) => `${type.type}: ${String(field.definition)} ${field.property}`));
  if (unused.length > 0) throw new Error(`enum table entries match no bundled field:\n${unused.join('\n')}`);
}
