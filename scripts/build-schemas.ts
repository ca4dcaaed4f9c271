/** Regenerates schemas/kubernetes/ from the pinned npm inputs. Run: npm run build:schemas */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateKubernetesSchemas } from './schemas/generate.js';

const root = path.join(import.meta.dirname, '..');
const outDir = path.join(root, 'schemas', 'kubernetes');
const generated = await generateKubernetesSchemas(root);
// Stale chunks of an earlier generation must not survive.
for (const { version } of generated.versions) await rm(path.join(outDir, `v${version}`), { recursive: true, force: true });
for (const [relative, content] of generated.files) {
  const target = path.join(outDir, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
}
for (const { version, source, kindCount } of generated.versions) {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const sizeOf = (prefix: string) =>
    [...generated.files].filter(([name]) => name.startsWith(prefix)).reduce((sum, [, content]) => sum + Buffer.byteLength(content), 0);
  console.log(
    `v${version}: ${kindCount} kinds; definitions.json ${kb(sizeOf(`v${version}/definitions.json`))}, index.json ${kb(sizeOf(`v${version}/index.json`))}, validators/ ${kb(sizeOf(`v${version}/validators/`))}  (${source})`,
  );
}
