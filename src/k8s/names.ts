import { isObject } from './pod-spec.js';
import type { PlainValue, RuleReport } from '../types.js';
/** Kubernetes' own name and key formats (k8s.io/apimachinery/pkg/util/validation), shared by several rules. */

const configKeyMaxLength = 253;
const configKeyPattern = /^[-._a-zA-Z0-9]+$/;

export type ConfigKeyProblem = 'empty' | 'tooLong' | 'characters' | 'dots';

/** Why a ConfigMap or Secret key is rejected (IsConfigMapKey), or undefined when it is valid. */
export function configKeyProblem(key: string): ConfigKeyProblem | undefined {
  if (key.length === 0) return 'empty';
  if (key.length > configKeyMaxLength) return 'tooLong';
  if (!configKeyPattern.test(key)) return 'characters';
  // A key becomes a file name in a volume, so it must not climb out of the mount.
  if (key === '.' || key.startsWith('..')) return 'dots';
  return undefined;
}

/** The characters of a key that a ConfigMap or Secret key may not contain, quoted and listed once each. */
export function invalidKeyCharacters(key: string): string {
  const bad = [...new Set([...key].filter((char) => !configKeyPattern.test(char)))];
  return bad.map((char) => (char === ' ' ? 'a space' : `"${char}"`)).join(', ');
}

/** Why a port name is not an IANA_SVC_NAME (IsValidPortName), or undefined when it is one. */
export function portNameProblem(name: string): string | undefined {
  if (name.length > 15) return 'it is longer than 15 characters';
  if (!/^[-a-z0-9]+$/.test(name)) return 'only lower-case letters, digits and "-" are allowed';
  if (!/[a-z]/.test(name)) return 'it needs at least one letter';
  if (name.includes('--')) return 'it must not contain "--"';
  if (name.startsWith('-') || name.endsWith('-')) return 'it must not begin or end with "-"';
  return undefined;
}

/** A DNS-1123 subdomain: what most object names (ConfigMap, Secret) must be. */
export function isDns1123Subdomain(name: string): boolean {
  return name.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);
}

/** Message ids that ConfigMap and Secret rules use for each key problem. */
export const configKeyMessageIds = { empty: 'keyEmpty', tooLong: 'keyTooLong', characters: 'keyCharacters', dots: 'keyDots' } as const;

/** Reports a bad ConfigMap/Secret key on the key itself; the rule supplies the four messages above. */
export function reportConfigKey(report: (report: RuleReport) => void, section: string, key: string): void {
  const problem = configKeyProblem(key);
  if (!problem) return;
  report({
    path: [section, key],
    messageId: configKeyMessageIds[problem],
    target: 'key',
    data: { key, chars: invalidKeyCharacters(key), suggestion: key.replace(/[^-._a-zA-Z0-9]+/g, '-'), length: key.length, start: key.slice(0, 40) },
  });
}

/** "list", "map", "number", ... for messages about a value of the wrong type. */
export function valueTypeName(value: PlainValue): string {
  if (Array.isArray(value)) return 'list';
  if (isObject(value)) return 'map';
  return typeof value;
}
