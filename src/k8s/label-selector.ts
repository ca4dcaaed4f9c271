import type { JsonPath, PlainObject, PlainValue } from '../types.js';
import { isObject } from './pod-spec.js';

export type Labels = Readonly<Record<string, string>>;

/** Labels as strings (a YAML `version: 1` is the label "1" once quoted, which the schema asks for). */
export function labelsOf(value: PlainValue | undefined): Labels {
  const labels: Record<string, string> = {};
  if (!isObject(value)) return labels;
  for (const [key, label] of Object.entries(value)) {
    if (typeof label === 'string' || typeof label === 'number' || typeof label === 'boolean') labels[key] = String(label);
  }
  return labels;
}

/** One requirement of a label selector, with where it is written. */
export type SelectorRequirement =
  { type: 'label'; key: string; value: string; path: JsonPath } | { type: 'expression'; key: string; operator: string; values: string[]; path: JsonPath };

/** The requirements of a metav1.LabelSelector (matchLabels and matchExpressions) at `path`. */
export function selectorRequirements(selector: PlainObject, path: JsonPath): SelectorRequirement[] {
  const requirements: SelectorRequirement[] = [];
  for (const [key, value] of Object.entries(labelsOf(selector.matchLabels))) {
    requirements.push({ type: 'label', key, value, path: [...path, 'matchLabels', key] });
  }
  const expressions = selector.matchExpressions;
  if (Array.isArray(expressions)) {
    expressions.forEach((expression, index) => {
      if (!isObject(expression) || typeof expression.key !== 'string' || typeof expression.operator !== 'string') return;
      const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
      requirements.push({ type: 'expression', key: expression.key, operator: expression.operator, values, path: [...path, 'matchExpressions', index] });
    });
  }
  return requirements;
}

/** Whether labels satisfy one requirement; an unknown operator counts as satisfied (the schema reports it). */
export function satisfies(labels: Labels, requirement: SelectorRequirement): boolean {
  const present = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const actual = labels[requirement.key];
  if (requirement.type === 'label') return actual === requirement.value;
  switch (requirement.operator) {
    case 'In':
      return present && requirement.values.includes(actual!);
    case 'NotIn':
      return !present || !requirement.values.includes(actual!);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default:
      return true;
  }
}

/** A requirement as kubectl would write it: app=web, tier in (a,b), !debug */
export function describeRequirement(requirement: SelectorRequirement): string {
  if (requirement.type === 'label') return `${requirement.key}=${requirement.value}`;
  switch (requirement.operator) {
    case 'In':
      return `${requirement.key} in (${requirement.values.join(',')})`;
    case 'NotIn':
      return `${requirement.key} notin (${requirement.values.join(',')})`;
    case 'Exists':
      return requirement.key;
    case 'DoesNotExist':
      return `!${requirement.key}`;
    default:
      return `${requirement.key} ${requirement.operator}`;
  }
}

/** app=web, tier=db — or "(no labels)". */
export function describeLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '(no labels)' : entries.map(([key, value]) => `${key}=${value}`).join(', ');
}
