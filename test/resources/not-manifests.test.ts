import { describe, expect, it } from 'vitest';
import { checkSourceText } from '../../src/pipeline/file-check.js';
import { newestKubeVersion } from '../../src/schema/versions.js';

/** Every finding of one file through the per-file pipeline (parse, recognise, schema, per-file rules). */
function check(file: string, text: string): string[] {
  const outcome = checkSourceText(file, text, { schema: { kubeVersion: newestKubeVersion, strictKinds: false, tolerate: [] }, ownRules: {} });
  return outcome.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
}

const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\npatches:\n  - path: patch.yaml\n';

const cases: { name: string; file: string; text: string; what: string; line?: number }[] = [
  { name: 'kustomization.yaml', file: 'app/kustomization.yaml', text: kustomization, what: 'a Kustomization' },
  { name: 'a Kustomization under another name, by its apiVersion group', file: 'app/kust.yaml', text: kustomization, what: 'a Kustomization', line: 1 },
  {
    name: 'a kustomize Component',
    file: 'components/x/kustomization.yml',
    text: 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
    what: 'a Kustomization',
  },
  {
    name: 'skaffold.yaml',
    file: 'skaffold.yaml',
    text: 'apiVersion: skaffold/v4beta6\nkind: Config\nmanifests:\n  rawYaml: [k8s/*.yaml]\n',
    what: 'a Skaffold configuration',
  },
  {
    name: 'a Skaffold config under another name',
    file: 'build/skaffold-dev.yaml',
    text: 'apiVersion: skaffold/v2beta29\nkind: Config\nbuild:\n  artifacts: []\n',
    what: 'a Skaffold configuration',
    line: 1,
  },
  {
    name: 'a kind cluster config',
    file: 'kind.yaml',
    text: 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  - role: control-plane\n',
    what: 'a kind cluster configuration',
    line: 2,
  },
  {
    name: 'a kubeadm config',
    file: 'kubeadm.yaml',
    text: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n',
    what: 'a kubeadm configuration',
    line: 1,
  },
  {
    name: 'a *.config.k8s.io component config',
    file: 'kubelet.yaml',
    text: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: systemd\n',
    what: 'a Kubernetes component configuration (KubeletConfiguration)',
    line: 1,
  },
  {
    name: 'an admission configuration',
    file: 'admission.yaml',
    text: 'apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins: []\n',
    what: 'a Kubernetes component configuration (AdmissionConfiguration)',
    line: 1,
  },
  {
    name: 'an audit policy',
    file: 'audit-policy.yaml',
    text: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n',
    what: 'a Kubernetes component configuration (Policy)',
    line: 1,
  },
  {
    name: 'a kubeconfig',
    file: 'config.yaml',
    text: 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n',
    what: 'a kubeconfig file',
    line: 1,
  },
  {
    name: 'an IstioOperator for istioctl',
    file: 'iop.yaml',
    text: 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  profile: demo\n',
    what: 'an istioctl install configuration',
    line: 1,
  },
  {
    name: 'a Helm chart template',
    file: 'chart/templates/deployment.yaml',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n  {{- if .Values.selector }}\n  selector: {{ toYaml .Values.selector | nindent 4 }}\n  {{- end }}\n',
    what: 'a Helm chart template',
  },
  {
    name: 'a template outside templates/ that opens with a Go template action',
    file: 'deploy/job.yaml',
    text: '{{- if .Values.job.enabled }}\napiVersion: batch/v1\nkind: Job\n{{- end }}\n',
    what: 'a Helm chart template',
  },
  { name: 'Chart.yaml', file: 'chart/Chart.yaml', text: 'apiVersion: v2\nname: app\nversion: 0.1.0\n', what: 'Helm chart metadata (Chart.yaml)' },
  { name: 'values.yaml', file: 'chart/values.yaml', text: 'replicaCount: 1\nimage:\n  repository: nginx\n', what: 'Helm chart values' },
  { name: 'values-prod.yaml', file: 'chart/values-prod.yaml', text: 'replicaCount: 3\n', what: 'Helm chart values' },
  {
    name: 'docker-compose.yml',
    file: 'docker-compose.yml',
    text: 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n',
    what: 'a Docker Compose file',
  },
  {
    name: 'docker-compose.override.yml',
    file: 'docker-compose.override.yml',
    text: 'services:\n  web:\n    environment: [DEBUG=1]\n',
    what: 'a Docker Compose file',
  },
  {
    name: 'a GitHub workflow',
    file: '.github/workflows/ci.yaml',
    text: 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
    what: 'GitHub configuration (.github/)',
  },
  {
    name: 'a GitHub config deeper in a repository',
    file: 'repo/.github/dependabot.yml',
    text: 'version: 2\nupdates: []\n',
    what: 'GitHub configuration (.github/)',
  },
  {
    name: 'a pre-commit config',
    file: '.pre-commit-config.yaml',
    text: 'repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.5.0\n',
    what: 'a CI or tool configuration',
  },
];

describe('not-a-manifest: files that are not API objects get exactly one info', () => {
  it.each(cases)('$name', ({ file, text, what, line = 1 }) => {
    const findings = check(file, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(new RegExp(`^${line}:1 info not-a-manifest This is ${what.replace(/[().*]/g, '\\$&')}, not a Kubernetes API object`));
  });

  it('advises how to lint what a Kustomization renders', () => {
    expect(check('kustomization.yaml', kustomization)[0]).toContain('lint its rendered output with `kustomize build DIR | grade --lint -`');
  });

  it('recognises a tool-config document and still checks the manifests beside it', () => {
    const findings = check('setup.yaml', 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\n---\nkind: Job\nmetadata:\n  name: hello\n');
    expect(findings).toEqual([
      '1:1 info not-a-manifest This is a kind cluster configuration, not a Kubernetes API object, so it is not checked as a manifest: it is read by `kind create cluster --config`, not kubectl.',
      expect.stringMatching(/^4:1 error manifest-shape This document is missing apiVersion/),
    ]);
  });
});

describe('not-a-manifest never hides a real mistake', () => {
  it('a Job without apiVersion is still an error', () => {
    expect(
      check(
        'job.yaml',
        'kind: Job\nmetadata:\n  name: hello\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: a, image: "busybox:1.36" }]\n',
      ),
    ).toEqual([expect.stringMatching(/^1:1 error manifest-shape This document is missing apiVersion;/)]);
  });

  it('a values.yaml that is a manifest (top-level kind) is checked as one', () => {
    expect(check('values.yaml', 'kind: Job\nmetadata:\n  name: hello\n')).toEqual([expect.stringMatching(/^1:1 error manifest-shape/)]);
  });

  it('a ConfigMap holding Go templates (alert templates) is still a manifest', () => {
    expect(
      check(
        'alerts.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerts\ndata:\n  msg.tmpl: |\n    {{ range .Alerts }}{{ .Labels.alertname }}{{ end }}\n',
      ),
    ).toEqual([]);
  });
});

describe('JSON files: only manifests are read', () => {
  it('package.json is not reported', () => {
    expect(check('package.json', '{ "name": "app", "version": "1.0.0", "scripts": {} }')).toEqual([]);
  });

  it('tsconfig.json (a list or any non-manifest object) is not reported', () => {
    expect(check('tsconfig.json', '{ "compilerOptions": { "strict": true } }')).toEqual([]);
    expect(check('list.json', '[1, 2, 3]')).toEqual([]);
  });

  it('a JSON manifest is checked like any other', () => {
    expect(check('cm.json', '{ "apiVersion": "v1", "kind": "ConfigMap", "metadata": { "name": "x" }, "data": { "port": 80 } }')).toEqual([
      '1:91 error schema data.port must be a string, not the number 80.',
      expect.stringMatching(/^1:91 error configmap-data The value of port is a number/),
    ]);
  });
});
