import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The real-world manifests (../shared/corpus/real): reference data that a user's clone does not have. */
export const corpusDir = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');

/** Every .yaml and .yml file under dir, folder by folder in name order, as full paths. */
export function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry)) found.push(full);
    }
  };
  walk(dir);
  return found;
}
