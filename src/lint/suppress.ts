import { Lexer } from 'yaml';
import type { Finding, Range, Resource } from '../types.js';
import { isObject } from '../k8s/pod-spec.js';
import { suggestName } from '../k8s/did-you-mean.js';
import { findingAt } from '../yaml/locate.js';
import { lineStartsOf, offsetsToRange } from '../yaml/positions.js';
import { translate } from './rule.js';
import { suppressionRuleMeta } from './builtin-rules.js';

/** The annotation that silences rules inside one resource (lint mode only). */
export const ignoreAnnotation = 'kubegrade.io/ignore';

export interface NamedRule {
  id: string;
  /** Where the id is written, for "unused" and "unknown" reports. */
  range: Range;
}

/** A `# kubegrade-disable-line` or `# kubegrade-disable-next-line` comment. */
export interface LineDirective {
  file: string;
  kind: 'line' | 'next-line';
  /** The line whose findings it silences. */
  targetLine: number;
  rules: NamedRule[];
  /** The whole comment, for a comment that names no rule. */
  range: Range;
}

/** A comment that starts like a directive but is none (a typo must not silently do nothing). */
export interface MalformedDirective {
  file: string;
  directive: string;
  range: Range;
}

export interface Directives {
  lines: LineDirective[];
  malformed: MalformedDirective[];
}

// yaml's lexer marks document starts, flow ends and scalars with these zero-width tokens.
const lexerMarkers = new Set(['\x02', '\x18', '\x1f']);
const directivePattern = /^#\s*(kubegrade-[A-Za-z-]*)(.*)$/s;
const knownDirectives: Record<string, LineDirective['kind']> = {
  'kubegrade-disable-line': 'line',
  'kubegrade-disable-next-line': 'next-line',
};

/** Rule ids in "a, b c -- reason", with their offsets inside `list`. */
function namedRules(list: string): { id: string; offset: number }[] {
  const reasonAt = list.search(/\s--(\s|$)/);
  const names = reasonAt >= 0 ? list.slice(0, reasonAt) : list;
  return [...names.matchAll(/[^\s,]+/g)].map((match) => ({ id: match[0], offset: match.index ?? 0 }));
}

/**
 * Finds suppression comments with yaml's own lexer, so a "#" inside a quoted string or a block
 * scalar is never mistaken for a comment. Positions match the parser's (BOM removed).
 */
export function findDirectives(file: string, source: string): Directives {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const directives: Directives = { lines: [], malformed: [] };
  if (!text.includes('kubegrade-')) return directives;
  const starts = lineStartsOf(text);
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (lexerMarkers.has(token)) continue;
    const start = offset;
    offset += token.length;
    if (token[0] !== '#') continue;
    const match = directivePattern.exec(token.trimEnd());
    if (!match) continue;
    const directive = match[1]!;
    const kind = knownDirectives[directive];
    const commentRange = offsetsToRange(starts, start, start + token.trimEnd().length);
    if (!kind) {
      directives.malformed.push({ file, directive, range: commentRange });
      continue;
    }
    const listStart = start + token.indexOf(directive) + directive.length;
    const rules = namedRules(match[2] ?? '').map(({ id, offset: at }) => ({ id, range: offsetsToRange(starts, listStart + at, listStart + at + id.length) }));
    const targetLine = commentRange.line + (kind === 'next-line' ? 1 : 0);
    directives.lines.push({ file, kind, targetLine, rules, range: commentRange });
  }
  return directives;
}

interface AnnotationSuppression {
  resource: Resource;
  ids: string[];
  firstLine: number;
  lastLine: number;
}

function annotationSuppressions(resources: readonly Resource[]): AnnotationSuppression[] {
  const out: AnnotationSuppression[] = [];
  for (const resource of resources) {
    const metadata = resource.value.metadata;
    const annotations = isObject(metadata) ? metadata.annotations : undefined;
    const value = isObject(annotations) ? annotations[ignoreAnnotation] : undefined;
    if (typeof value !== 'string') continue;
    const whole = resource.map.locate([]).value;
    if (!whole) continue;
    const ids = value.split(/[\s,]+/).filter(Boolean);
    out.push({ resource, ids, firstLine: whole.line, lastLine: whole.endLine });
  }
  return out;
}

function suggestionFor(id: string, knownIds: readonly string[]): string {
  const best = suggestName(id, knownIds);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

function problem(messageId: keyof typeof suppressionRuleMeta.messages, data: Record<string, string | number>, where: Pick<Finding, 'file'> & Range): Finding {
  const meta = suppressionRuleMeta;
  const { message, hint } = translate(meta, { messageId, data });
  return {
    ruleId: meta.id,
    severity: meta.severity,
    message,
    messageId,
    ...where,
    ...(hint ? { hint } : {}),
  };
}

/**
 * Lint mode only: drops the findings that a comment or a `kubegrade.io/ignore` annotation
 * silences, and reports every suppression that names an unknown rule or silences nothing.
 */
export function applySuppressions(
  findings: readonly Finding[],
  directives: Directives,
  resources: readonly Resource[],
  knownIds: readonly string[],
): Finding[] {
  const known = new Set(knownIds);
  const used = new Set<NamedRule | string>();
  const byLine = new Map<string, LineDirective[]>();
  for (const directive of directives.lines) {
    const key = `${directive.file}\u0000${directive.targetLine}`;
    byLine.set(key, [...(byLine.get(key) ?? []), directive]);
  }
  const annotations = annotationSuppressions(resources);

  const silenced = (finding: Finding): boolean => {
    if (finding.file === undefined || finding.line === undefined) return false;
    for (const directive of byLine.get(`${finding.file}\u0000${finding.line}`) ?? []) {
      const named = directive.rules.find((rule) => rule.id === finding.ruleId);
      if (named) {
        used.add(named);
        return true;
      }
    }
    for (const annotation of annotations) {
      if (annotation.resource.file !== finding.file || finding.line < annotation.firstLine || finding.line > annotation.lastLine) continue;
      if (annotation.ids.includes(finding.ruleId)) {
        used.add(`${annotation.resource.file}\u0000${annotation.firstLine}\u0000${finding.ruleId}`);
        return true;
      }
    }
    return false;
  };

  const kept = findings.filter((finding) => !silenced(finding));
  const problems: Finding[] = [];
  for (const directive of directives.lines) {
    const comment = `kubegrade-disable-${directive.kind}`;
    if (directive.rules.length === 0) {
      problems.push(problem('noRule', { directive: comment }, { file: directive.file, ...directive.range }));
      continue;
    }
    for (const rule of directive.rules) {
      const where = { file: directive.file, ...rule.range };
      if (!known.has(rule.id)) problems.push(problem('unknown', { ruleId: rule.id, suggestion: suggestionFor(rule.id, knownIds) }, where));
      else if (!used.has(rule)) problems.push(problem('unused', { ruleId: rule.id, where: `line ${directive.targetLine}` }, where));
    }
  }
  for (const annotation of annotations) {
    const path = ['metadata', 'annotations', ignoreAnnotation];
    for (const id of annotation.ids) {
      const located = findingAt(annotation.resource, { ruleId: suppressionRuleMeta.id, severity: suppressionRuleMeta.severity, message: '', path });
      const where = { file: located.file, line: located.line!, column: located.column!, endLine: located.endLine!, endColumn: located.endColumn! };
      if (!known.has(id)) problems.push(problem('unknown', { ruleId: id, suggestion: suggestionFor(id, knownIds) }, where));
      else if (!used.has(`${annotation.resource.file}\u0000${annotation.firstLine}\u0000${id}`))
        problems.push(problem('unused', { ruleId: id, where: 'this resource' }, where));
    }
  }
  for (const malformed of directives.malformed) {
    problems.push(problem('unknownDirective', { directive: malformed.directive }, { file: malformed.file, ...malformed.range }));
  }
  return [...kept, ...problems];
}
