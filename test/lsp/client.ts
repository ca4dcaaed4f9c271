/** A JSON-RPC client driving `grade lsp --stdio` as an editor would, for the language server's tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { gradeBin, repoRoot } from '../support/cli.js';

export interface Client {
  connection: MessageConnection;
  /** Resolves with the next diagnostics published for uri that satisfy the test. */
  diagnostics(uri: string, test?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  open(file: string, text: string): string;
  change(uri: string, version: number, text: string): void;
}

const children: ChildProcess[] = [];

/** Ends every server started since the last call (each test file calls it after each test). */
export function stopClients(): void {
  for (const child of children.splice(0)) child.kill();
}

export async function startClient(root: string, initializationOptions: object = {}, workspaceFolders?: string[]): Promise<Client> {
  const child = spawn(process.execPath, [gradeBin, 'lsp', '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received: PublishDiagnosticsParams[] = [];
  const waiting: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    received.push(params);
    for (const wake of waiting.splice(0)) wake();
  });
  // The server's warnings (a config file it cannot use) are shown by editors; here they are accepted and dropped.
  connection.onNotification('window/showMessage', () => {});
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    ...(workspaceFolders ? { workspaceFolders: workspaceFolders.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })) } : {}),
    capabilities: {},
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    async diagnostics(uri, test = () => true) {
      for (;;) {
        const index = received.findIndex((params) => params.uri === uri && test(params.diagnostics));
        if (index >= 0) return received.splice(0, index + 1).at(-1)!.diagnostics;
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
    },
    open(file, text) {
      const uri = pathToFileURL(path.join(root, file)).href;
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      return uri;
    },
    change(uri, version, text) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
  };
}
