import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKubernetesSchemas } from '../../scripts/schemas/generate.js';
import { swaggerPackage } from '../../scripts/schemas/sources.js';
import { bundledSchemaSource, type SchemaNode } from '../../src/schema/bundle.js';
import { bundledKubeVersions } from '../../src/schema/versions.js';

const root = path.join(import.meta.dirname, '..', '..');
const schemaDir = path.join(root, 'schemas', 'kubernetes');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    })
    .sort();
}

/** Every subschema, with its place (not the property names: JSONSchemaProps has properties called "format" and "$ref"). */
function* subschemas(schema: SchemaNode, where: string): Generator<[SchemaNode, string]> {
  yield [schema, where];
  for (const [name, property] of Object.entries(schema.properties ?? {})) yield* subschemas(property, `${where}.${name}`);
  if (typeof schema.additionalProperties === 'object') yield* subschemas(schema.additionalProperties, `${where}{}`);
  if (schema.items) yield* subschemas(schema.items, `${where}[]`);
  for (const branch of schema.anyOf ?? []) yield* subschemas(branch, `${where}|`);
}

describe('the committed Kubernetes schemas', () => {
  it('hold exactly the bundled versions', () => {
    const folders = readdirSync(schemaDir).filter((name) => statSync(path.join(schemaDir, name)).isDirectory());
    expect(folders.sort()).toEqual(bundledKubeVersions.map((version) => `v${version}`).sort());
  });

  it('come with their attribution and licence', () => {
    const readme = readFileSync(path.join(schemaDir, 'README.md'), 'utf8');
    expect(readme).toMatch(/Apache License 2\.0/);
    expect(readme).toMatch(/kubernetes-client@9\.0\.0/);
    expect(readme).toMatch(/npm run build:schemas/);
  });

  describe.each(bundledKubeVersions)('v%s', (version) => {
    const source = bundledSchemaSource(version);
    const definitions = source.definitions();

    it('is strict: every object with properties closes them, and no vendor keyword is left', () => {
      const loose: string[] = [];
      for (const [name, definition] of Object.entries(definitions)) {
        for (const [schema, where] of subschemas(definition, name)) {
          if (schema.properties && schema.additionalProperties !== false) loose.push(where);
          if (Object.keys(schema).some((keyword) => keyword.startsWith('x-'))) loose.push(`${where} (x- keyword)`);
          if (schema.format !== undefined && !['date-time', 'byte'].includes(schema.format)) loose.push(`${where} (format ${schema.format})`);
        }
      }
      expect(loose).toEqual([]);
    });

    it('indexes every kind to a definition, and every precompiled chunk exists', () => {
      for (const kinds of Object.values(source.index.kinds))
        for (const definition of Object.values(kinds)) expect(definitions[definition], definition).toBeDefined();
      for (const chunk of new Set(Object.values(source.index.validators ?? {})))
        expect(existsSync(path.join(schemaDir, `v${version}`, 'validators', `${chunk}.cjs`)), chunk).toBe(true);
    });

    it('has no legacy io.k8s.kubernetes.pkg aliases', () => {
      expect(Object.keys(definitions).filter((name) => name.startsWith('io.k8s.kubernetes.pkg.'))).toEqual([]);
    });
  });

  it('keep every field the 1.13 swagger has, where the same definition still exists (kubernetes-types loses some)', () => {
    const old = bundledSchemaSource('1.13').definitions();
    // Removed from the API itself, not lost by the declarations.
    const removedUpstream = new Set([
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta.initializers',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta.clusterName',
      'io.k8s.api.core.v1.EventSeries.state',
      'io.k8s.api.events.v1beta1.EventSeries.state',
    ]);
    for (const version of ['1.21', '1.25', '1.30']) {
      const now = bundledSchemaSource(version).definitions();
      const lost: string[] = [];
      for (const [name, schema] of Object.entries(old)) {
        const current = now[name];
        if (!current?.properties || !schema.properties) continue;
        for (const field of Object.keys(schema.properties))
          if (!(field in current.properties) && !removedUpstream.has(`${name}.${field}`)) lost.push(`${name}.${field}`);
      }
      expect(lost, version).toEqual([]);
    }
  });
});

/** The registry is needed to regenerate; CI has it, an offline laptop does not. */
function registryReachable(): boolean {
  const run = spawnSync('npm', ['view', swaggerPackage.spec, 'dist.integrity'], { encoding: 'utf8', timeout: 8000 });
  return run.status === 0 && run.stdout.trim() === swaggerPackage.integrity;
}

describe.skipIf(!registryReachable())('npm run build:schemas', () => {
  it('regenerates byte-identical files from the pinned inputs', async () => {
    const generated = await generateKubernetesSchemas(root);
    const committed = filesUnder(schemaDir)
      .map((file) => path.relative(schemaDir, file).split(path.sep).join('/'))
      .filter((file) => file !== 'README.md');
    expect(committed).toEqual([...generated.files.keys()].sort());
    for (const [file, content] of generated.files) {
      expect(readFileSync(path.join(schemaDir, file), 'utf8') === content, `${file} differs from a fresh generation: run npm run build:schemas`).toBe(true);
    }
  }, 180_000);
});
