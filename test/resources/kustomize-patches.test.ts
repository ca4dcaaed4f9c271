import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFolder } from '../../src/pipeline/run.js';
import { patchFilesOf } from '../../src/resources/kustomize.js';

const root = mkdtempSync(path.join(tmpdir(), 'kubegrade-kustomize-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

const deployment =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: { app: web }\n  template:\n    metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';
const replicasPatch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n';

describe('kustomize patches are checked for what they contain, not what they leave out', () => {
  write({
    'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n',
    'base/deployment.yaml': deployment,
    'overlay/kustomization.yaml':
      'resources: [../base]\npatches:\n  - path: replicas.yaml\n  - path: ops.yaml\n    target: { kind: Deployment, name: web }\n  - patch: |-\n      - op: replace\n        path: /spec/replicas\n        value: 2\npatchesStrategicMerge:\n  - wrong.yaml\n  - delete.yaml\n',
    'overlay/replicas.yaml': replicasPatch,
    'overlay/wrong.yaml': replicasPatch.replace('replicas: 3', 'replicas: three'),
    'overlay/delete.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n$patch: delete\n',
    'overlay/ops.yaml': '- op: replace\n  path: /spec/replicas\n  value: 2\n',
    'overlay/unlisted.yaml': replicasPatch,
  });

  it('reports only what a patch gets wrong; an unlisted partial file is still checked as a manifest', async () => {
    const { report } = await lintFolder({ inputs: [root], toolVersion: '0.0.0' });
    const seen = report.findings
      .filter((f) => f.severity !== 'info' || f.ruleId === 'not-a-manifest')
      .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.path ?? ''}`);
    expect(seen).toEqual([
      'base/kustomization.yaml:1:1 info not-a-manifest ',
      'overlay/kustomization.yaml:1:1 info not-a-manifest ',
      'overlay/ops.yaml:1:1 info not-a-manifest ',
      'overlay/unlisted.yaml:5:1 error schema spec',
      'overlay/unlisted.yaml:5:1 error schema spec',
      'overlay/wrong.yaml:6:13 error schema spec.replicas',
    ]);
  });
});

describe('patchFilesOf', () => {
  it('lists patches, strategic-merge patches and JSON 6902 patches beside the kustomization, not inline patches', () => {
    expect(
      patchFilesOf('apps/web/kustomization.yaml', {
        patches: [{ path: 'a.yaml' }, { patch: 'kind: Deployment\nmetadata: {}' }, { path: '../shared/b.yaml' }],
        patchesStrategicMerge: ['c.yaml', 'kind: Deployment\nmetadata:\n  name: x\n'],
        patchesJson6902: [{ path: 'ops.yaml', target: { kind: 'Deployment' } }],
      }),
    ).toEqual(['apps/web/c.yaml', 'apps/web/a.yaml', 'apps/shared/b.yaml', 'apps/web/ops.yaml']);
  });

  it('leaves out paths that leave the root', () => {
    expect(patchFilesOf('kustomization.yaml', { patches: [{ path: '../outside.yaml' }] })).toEqual([]);
  });
});
