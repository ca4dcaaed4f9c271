import type { JsonPath, PlainValue } from '../types.js';

/**
 * Template placeholders left in a manifest that a tool (envsubst, Helm) was meant to replace:
 * `${VAR}`, `${VAR:-default}`, `{{ .Values.x }}`. Argo's `{{inputs.x}}`, Tekton's `$(params.x)`
 * and Kubernetes' own `$(VAR)` are not placeholders: the controller expands them.
 */
const envsubst = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=?+])[^{}]*)?\}/;
const goTemplate = /\{\{-?\s*(?:\.[A-Za-z$]|\$|(?:include|template|tpl|default|required|toYaml|quote)\s)[^{}]*\}\}/;

/** Whether a one-line string holds a template placeholder; `goTemplates: false` counts only `${VAR}`. */
export function hasPlaceholder(text: string, goTemplates = true): boolean {
  return !text.includes('\n') && (envsubst.test(text) || (goTemplates && goTemplate.test(text)));
}

/**
 * Whether `{{ .x }}` in this API group is a template tool's placeholder. Custom resources often
 * render Go templates themselves (Argo CD ApplicationSet, ExternalSecret, SPIRE), the built-in
 * API groups (core, apps, batch, *.k8s.io) never do.
 */
export function goTemplatesArePlaceholders(apiVersion: string | null): boolean {
  const group = apiVersion?.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return !group.includes('.') || group.endsWith('.k8s.io');
}

/** Fields where `${VAR}` is usually the program's or the shell's own variable, not a template's. */
const freeText = new Set(['command', 'args', 'script', 'annotations']);
const dataFields = new Set(['data', 'stringData', 'binaryData']);

/** The first path (in document order) whose value or key is an unrendered placeholder, if any. */
export function findPlaceholder(value: PlainValue, path: JsonPath = [], goTemplates = true): JsonPath | undefined {
  if (typeof value === 'string') return hasPlaceholder(value, goTemplates) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findPlaceholder(value[i]!, [...path, i], goTemplates);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (freeText.has(key) || (path.length === 0 && dataFields.has(key))) continue;
    if (hasPlaceholder(key, goTemplates)) return [...path, key];
    const found = findPlaceholder(item, [...path, key], goTemplates);
    if (found) return found;
  }
  return undefined;
}
