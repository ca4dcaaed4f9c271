import type { PlainValue } from '../types.js';

/**
 * Files and documents that are YAML but not Kubernetes API objects: build and tool configuration
 * that `kubectl apply` never sees. They get one `not-a-manifest` info each instead of shape and
 * schema errors. Recognition is by file name, by template syntax, and by apiVersion group, never
 * by a field that is missing, so a manifest with a real mistake (a Job without apiVersion) is
 * still checked as a manifest.
 */
export interface NotManifest {
  /** What the file is, e.g. "a Kustomization". */
  what: string;
  /** How to check it instead. */
  advice: string;
}

const kustomization: NotManifest = { what: 'a Kustomization', advice: 'lint its rendered output with `kustomize build DIR | grade --lint -`' };
const helmTemplate: NotManifest = { what: 'a Helm chart template', advice: 'lint the rendered chart with `helm template CHART | grade --lint -`' };
const helmChart: NotManifest = { what: 'Helm chart metadata (Chart.yaml)', advice: 'lint the rendered chart with `helm template CHART | grade --lint -`' };
const helmValues: NotManifest = { what: 'Helm chart values', advice: 'lint the rendered chart with `helm template CHART | grade --lint -`' };
const skaffold: NotManifest = { what: 'a Skaffold configuration', advice: 'lint the manifests it deploys, or `skaffold render | grade --lint -`' };
const compose: NotManifest = { what: 'a Docker Compose file', advice: 'it is read by docker compose, not kubectl' };
const github: NotManifest = { what: 'GitHub configuration (.github/)', advice: 'it is read by GitHub, not kubectl' };
const ciConfig: NotManifest = { what: 'a CI or tool configuration', advice: 'it is read by its own tool, not kubectl' };
const kubeconfig: NotManifest = { what: 'a kubeconfig file', advice: 'it is read by kubectl as its configuration, not applied' };

/** Exact base names of files that are never Kubernetes manifests. */
const byBaseName = new Map<string, NotManifest>([
  ['kustomization.yaml', kustomization],
  ['kustomization.yml', kustomization],
  ['Kustomization', kustomization],
  ['Chart.yaml', helmChart],
  ['Chart.yml', helmChart],
  ['values.yaml', helmValues],
  ['values.yml', helmValues],
  ['skaffold.yaml', skaffold],
  ['skaffold.yml', skaffold],
  ['docker-compose.yaml', compose],
  ['docker-compose.yml', compose],
  ['compose.yaml', compose],
  ['compose.yml', compose],
  ['.pre-commit-config.yaml', ciConfig],
  ['.pre-commit-config.yml', ciConfig],
  ['.pre-commit-hooks.yaml', ciConfig],
  ['.gitlab-ci.yml', ciConfig],
  ['.travis.yml', ciConfig],
  ['.golangci.yml', ciConfig],
  ['.golangci.yaml', ciConfig],
  ['.goreleaser.yml', ciConfig],
  ['.goreleaser.yaml', ciConfig],
  ['.yamllint', ciConfig],
  ['.yamllint.yaml', ciConfig],
  ['mkdocs.yml', ciConfig],
  ['codecov.yml', ciConfig],
]);

/** Go template actions as Helm writes them: `{{ .Values.x }}`, `{{- include "..." . }}`, `{{ if ... }}`. */
const helmAction =
  /\{\{-?\s*(?:\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|(?:include|template|if|else|end|range|with|define|toYaml|tpl|required|default|\$)\b|-?\s*\/\*)/;

/**
 * What a file is, from its path and text, when no document in it can be a manifest. A chart template
 * is a file in templates/ with Helm actions, or one whose line opens with a control action at the margin
 * (an indented `{{ range }}` is text inside a block scalar, such as an alert template).
 */
export function recognizeFile(file: string, text: string): NotManifest | undefined {
  const segments = file.split('/');
  const base = segments[segments.length - 1] ?? file;
  const known = byBaseName.get(base);
  // A values.yaml with a top-level kind is a manifest someone named so: check it.
  if (known && !(known === helmValues && /^kind\s*:/m.test(text))) return known;
  if (/^(docker-)?compose[.-].*\.ya?ml$/.test(base)) return compose;
  if (/^values[.-].*\.ya?ml$/.test(base) && !/^kind\s*:/m.test(text)) return helmValues;
  if (segments.slice(0, -1).includes('.github')) return github;
  if (helmAction.test(text) && (segments.slice(0, -1).includes('templates') || /^\{\{-?\s*(?:if|range|with|define|include|template|\/\*)/m.test(text)))
    return helmTemplate;
  return undefined;
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** What a parsed document is, from its apiVersion and kind, when it is tool configuration rather than an API object. */
export function recognizeDocument(value: PlainValue | undefined): NotManifest | undefined {
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
  const kind = typeof value.kind === 'string' ? value.kind : '';
  if (!apiVersion) return undefined;
  const group = groupOf(apiVersion);
  if (group === 'kustomize.config.k8s.io') return kustomization;
  if (group === 'skaffold') return skaffold;
  if (group === 'kind.x-k8s.io') return { what: 'a kind cluster configuration', advice: 'it is read by `kind create cluster --config`, not kubectl' };
  if (group === 'kubeadm.k8s.io') return { what: 'a kubeadm configuration', advice: 'it is read by `kubeadm --config`, not kubectl' };
  if (group === 'k3d.io' || group === 'ctlptl.dev') return { what: 'a local cluster configuration', advice: 'it is read by its own tool, not kubectl' };
  if (group === 'install.istio.io' && kind === 'IstioOperator')
    return { what: 'an istioctl install configuration', advice: 'it is read by `istioctl install -f`, not kubectl' };
  if (group === 'audit.k8s.io' || group.endsWith('.config.k8s.io') || group === 'apiserver.k8s.io') {
    return {
      what: `a Kubernetes component configuration (${kind || apiVersion})`,
      advice: 'it is read by a cluster component from a file, not applied with kubectl',
    };
  }
  if (apiVersion === 'v1' && kind === 'Config') return kubeconfig;
  return undefined;
}

/** The one info finding's message for a recognised file or document. */
export function notManifestMessage(found: NotManifest): string {
  return `This is ${found.what}, not a Kubernetes API object, so it is not checked as a manifest: ${found.advice}.`;
}
