import type { PlainValue } from '../types.js';

/** A kustomization's file names: kustomize reads the first of these in a folder. */
export const kustomizationFileNames: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function isKustomizationFile(file: string): boolean {
  return kustomizationFileNames.includes(file.slice(file.lastIndexOf('/') + 1));
}

/** `a/b/../c` -> `a/c`; null when the path leaves the root. */
function normalize(segments: readonly string[]): string | null {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

/**
 * The patch files a kustomization lists (`patches[].path`, `patchesStrategicMerge`,
 * `patchesJson6902[].path`), as display paths beside the kustomization's own. Inline patches (a
 * string holding YAML) and paths that leave the root are left out.
 */
export function patchFilesOf(kustomizationFile: string, value: PlainValue | undefined): string[] {
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return [];
  const folder = kustomizationFile.includes('/') ? kustomizationFile.slice(0, kustomizationFile.lastIndexOf('/')) : '';
  const listed: string[] = [];
  const entries = (key: string): PlainValue[] => (Array.isArray(value[key]) ? (value[key] as PlainValue[]) : []);
  for (const entry of entries('patchesStrategicMerge')) if (typeof entry === 'string') listed.push(entry);
  for (const entry of [...entries('patches'), ...entries('patchesJson6902')]) {
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.path === 'string') listed.push(entry.path);
  }
  return listed
    .filter((file) => !file.includes('\n') && !/^[a-z]+:\/\//i.test(file))
    .map((file) => normalize([...folder.split('/'), ...file.split('/')]))
    .filter((file): file is string => file !== null && file !== '');
}
