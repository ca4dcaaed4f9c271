/** Hover on a key: its schema description and allowed values for the Kubernetes version in force. */
import type { JsonPath, PlainValue, Range, Resource } from '../types.js';
import { bundledSchemaSource } from '../schema/bundle.js';
import { schemaAt, shortName } from '../schema/schema-at.js';

const inside = (range: Range, line: number, column: number) =>
  (line > range.line || (line === range.line && column >= range.column)) && (line < range.endLine || (line === range.endLine && column <= range.endColumn));

/** The path of the key written at (line, column), 1-based, or undefined when no key is there. */
export function keyPathAt(resource: Resource, line: number, column: number): JsonPath | undefined {
  const walk = (value: PlainValue, path: JsonPath): JsonPath | undefined => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = walk(value[i]!, [...path, i]);
        if (found) return found;
      }
      return undefined;
    }
    if (value === null || typeof value !== 'object') return undefined;
    for (const [key, child] of Object.entries(value)) {
      const location = resource.map.locate([...path, key]);
      if (location.exact && location.key && inside(location.key, line, column)) return [...path, key];
      const found = walk(child, [...path, key]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(resource.value, []);
}

/** Markdown about the key at (line, column) of one of these resources, or undefined. */
export function hoverText(resources: readonly Resource[], line: number, column: number, kubeVersion: string): string | undefined {
  for (const resource of resources) {
    const path = keyPathAt(resource, line, column);
    if (!path) continue;
    const source = bundledSchemaSource(kubeVersion);
    const definition = resource.apiVersion && resource.kind ? source.index.kinds[resource.apiVersion]?.[resource.kind] : undefined;
    if (!definition) return undefined;
    const at = schemaAt(source.definitions(), definition, path, resource.value);
    if (!at) return undefined;
    const name = String(path[path.length - 1]);
    const type = shortName(at.definition) ?? (Array.isArray(at.schema.type) ? at.schema.type.join(' | ') : at.schema.type);
    const lines = [`**${name}**${type ? ` (${type})` : ''}: ${resource.kind} ${resource.apiVersion}, Kubernetes ${kubeVersion}`];
    if (at.description) lines.push('', at.description);
    const allowed = (at.schema.enum ?? []).filter((value) => value !== '');
    if (allowed.length > 0) lines.push('', `Allowed values: ${allowed.map((value) => `\`${String(value)}\``).join(', ')}`);
    return lines.join('\n');
  }
  return undefined;
}
