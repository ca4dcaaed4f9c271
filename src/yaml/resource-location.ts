import type { JsonPath, Resource } from '../types.js';
import { rangeAt } from './locate.js';

/** "ex1/data.yaml:27": where another resource's field is, for messages that point at a second place. */
export function fileAndLine(resource: Resource, path: JsonPath = ['metadata', 'name']): string {
  const range = rangeAt(resource.map, path);
  return range ? `${resource.file}:${range.line}` : resource.file;
}
