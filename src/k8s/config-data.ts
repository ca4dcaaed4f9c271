import type { Resource } from '../types.js';
import { isObject } from './pod-spec.js';

/** Keys a ConfigMap or Secret provides: data and binaryData (ConfigMap), data and stringData (Secret). Never values. */
export function configDataKeys(resource: Resource): string[] {
  const sections = resource.kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData'];
  const keys = new Set<string>();
  for (const section of sections) {
    const data = resource.value[section];
    if (isObject(data)) for (const key of Object.keys(data)) keys.add(key);
  }
  return [...keys].sort();
}

/** Keys envFrom turns into env vars: a ConfigMap's data, a Secret's data and stringData (binaryData is never used). */
export function envFromKeys(resource: Resource): string[] {
  const sections = resource.kind === 'Secret' ? ['data', 'stringData'] : ['data'];
  const keys = new Set<string>();
  for (const section of sections) {
    const data = resource.value[section];
    if (isObject(data)) for (const key of Object.keys(data)) keys.add(key);
  }
  return [...keys].sort();
}
