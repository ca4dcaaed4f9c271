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
  // Both kinds of placeholder hold a "{": most strings are ruled out by one scan.
  return text.includes('{') && !text.includes('\n') && (envsubst.test(text) || (goTemplates && goTemplate.test(text)));
}

/**
 * Whether YAML text can hold a placeholder at all. Each needs "${" or "{{" as written: only a
 * double-quoted escape (\x7b, \u007b, \U0000007b, an escaped line break) or a tag (!!binary
 * decodes base64) makes one from other characters. Most files have none of these, and their
 * values need no walk (a backslash alone is common: regular expressions in CRD patterns).
 */
export function textMayHoldPlaceholder(text: string): boolean {
  return (
    text.includes('${') ||
    text.includes('{{') ||
    (text.includes('\\') && characterEscape.test(text)) ||
    text.includes('!!') ||
    text.includes('!<') ||
    text.includes('%TAG')
  );
}

const characterEscape = /\\[xuU\r\n]/;

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
  const at = [...path];
  return searchPlaceholder(value, at, goTemplates) ? at : undefined;
}

/** Depth-first search that keeps one path, pushed and popped: true leaves the found place in `at`. */
function searchPlaceholder(value: PlainValue, at: (string | number)[], goTemplates: boolean): boolean {
  if (typeof value === 'string') return hasPlaceholder(value, goTemplates);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      if (searchPlaceholder(value[i]!, at, goTemplates)) return true;
      at.pop();
    }
    return false;
  }
  const topLevel = at.length === 0;
  for (const key of Object.keys(value)) {
    if (freeText.has(key) || (topLevel && dataFields.has(key))) continue;
    at.push(key);
    if (hasPlaceholder(key, goTemplates) || searchPlaceholder(value[key]!, at, goTemplates)) return true;
    at.pop();
  }
  return false;
}
