import type { JsonPath, Resource } from '../types.js';
import { pickRange } from './source-map.js';

/** "ex1/data.yaml:27": where another resource's field is, for messages that point at a second place. */
export function fileAndLine(resource: Resource, path: JsonPath = ['metadata', 'name']): string {
  const range = pickRange(resource.map.locate(path), 'value');
  return range ? `${resource.file}:${range.line}` : resource.file;
}
