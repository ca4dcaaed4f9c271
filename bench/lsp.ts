/**
 * The language server's keystroke figure: from a didChange of a 200-line manifest in a 100-file
 * workspace to its publishDiagnostics, over stdio as an editor sees it (debounce set to 0: an
 * editor adds its 150 ms on top, by design).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { generateCorpus } from '../scripts/gen-corpus.js';

/** A workspace of `files` generated manifests, and one more manifest of at least `lines` lines to edit. */
export function lspWorkspace(dir: string, files = 100, lines = 200): { root: string; edited: string; text: string } {
  rmSync(dir, { recursive: true, force: true });
  const generated = Object.entries(generateCorpus(files * 4).files);
  for (const [name, text] of generated.slice(0, files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const documents: string[] = [];
  for (const [, text] of generated.slice(files)) {
    documents.push(text.replace(/\n*$/, '\n'));
    if (documents.join('---\n').split('\n').length > lines) break;
  }
  const edited = path.join(dir, 'edited.yaml');
  const text = documents.join('---\n');
  writeFileSync(edited, text);
  return { root: dir, edited, text };
}

/** Milliseconds from each change to its diagnostics, after one cold check (the workspace read). */
export async function keystrokeLatencies(
  grade: string,
  workspace: { root: string; edited: string; text: string },
  changes: number,
): Promise<{ coldMs: number; samples: number[]; lines: number }> {
  const child = spawn(process.execPath, [grade, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let wake: ((params: PublishDiagnosticsParams) => void) | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => wake?.(params));
  connection.listen();
  const next = (version: number) => new Promise<void>((resolve) => (wake = (params) => params.version === version && resolve()));
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace.root).href,
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(workspace.edited).href;
  let start = performance.now();
  let published = next(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: workspace.text } });
  await published;
  const coldMs = performance.now() - start;
  const samples: number[] = [];
  for (let version = 2; version < changes + 2; version++) {
    // A keystroke: the whole text with one comment character more, as a full-text change.
    const text = `${workspace.text}#${'x'.repeat(version)}\n`;
    published = next(version);
    start = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    await published;
    samples.push(performance.now() - start);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
  return { coldMs, samples, lines: workspace.text.split('\n').length - 1 };
}
