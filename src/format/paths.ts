import path from 'node:path';
import type { Report } from '../report.js';
import type { FormatContext } from './types.js';

/** Where the graded root sits, as a '/'-separated path ('.' when it is the working directory). */
export function rootPath(report: Report, context: Pick<FormatContext, 'rootPath'>): string {
  return context.rootPath ?? report.root;
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/** A finding's file as the user (or CI) can open it: the graded root joined with the root-relative path. */
export function repositoryPath(report: Report, context: Pick<FormatContext, 'rootPath'>, file: string): string {
  const root = rootPath(report, context);
  if (root === '' || root === '.') return file;
  return path.posix.join(root, file);
}

const encodeSegment = (segment: string) => encodeURIComponent(segment);

/**
 * A SARIF artifact URI: relative (to the repository, uriBaseId %SRCROOT%) or, for an absolute root, a file: URI.
 * Every path segment is percent-encoded so spaces, '#', '?', ':' and non-ASCII names stay one valid URI.
 */
export function artifactUri(report: Report, context: Pick<FormatContext, 'rootPath'>, file: string): { uri: string; relative: boolean } {
  const full = repositoryPath(report, context, file);
  if (isAbsolutePath(full)) {
    const segments = full.split('/').map((segment, index) => (index === 0 || (index === 1 && /^[A-Za-z]:$/.test(segment)) ? segment : encodeSegment(segment)));
    return { uri: `file://${full.startsWith('/') ? '' : '/'}${segments.join('/')}`, relative: false };
  }
  return { uri: full.split('/').map(encodeSegment).join('/'), relative: true };
}
