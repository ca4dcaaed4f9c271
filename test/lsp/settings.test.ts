/**
 * The language server takes its settings as the CLI does: in lint mode the nearest .kubegrade.yaml
 * in the workspace folder or above it, re-read when it changes on disk or is saved; grade mode
 * never reads one. Driven over stdio by a JSON-RPC client, as an editor would.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { writeTree } from '../support/cli.js';
import { startClient as startLspClient, stopClients } from './client.js';

const job = `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      automountServiceAccountToken: false\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n`;
const cronJob = `apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          automountServiceAccountToken: false\n          containers:\n            - name: nightly\n              image: alpine:3.8\n`;

afterEach(stopClients);

/** Diagnostics without the debounce, so each change is answered at once. */
const startClient = (root: string, initializationOptions: object = {}, workspaceFolders?: string[]) =>
  startLspClient(root, { debounceMs: 0, ...initializationOptions }, workspaceFolders);

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]);

describe('grade lsp --stdio with a .kubegrade.yaml', () => {
  it("applies the config file's rule settings, and re-reads it when the editor reports it changed", async () => {
    const root = writeTree({ '.kubegrade.yaml': 'rules:\n  job-restart-policy: off\n' });
    const client = await startClient(root);
    const uri = client.open('job.yaml', job);
    expect(await client.diagnostics(uri)).toEqual([]);

    writeFileSync(path.join(root, '.kubegrade.yaml'), 'rules:\n  job-restart-policy: warning\n');
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(root, '.kubegrade.yaml')).href, type: 2 }],
    });
    expect(summary(await client.diagnostics(uri, (diagnostics) => diagnostics.length > 0))).toEqual([['job-restart-policy', 2, 7, 21]]);
  });

  it('takes the Kubernetes version of the nearest config file above the folder, and re-reads it on save', async () => {
    const parent = writeTree({ '.kubegrade.yaml': 'kubernetesVersion: "1.21"\n' });
    const root = path.join(parent, 'project');
    mkdirSync(root);
    const client = await startClient(root);
    const uri = client.open('cron.yaml', cronJob);
    // Served (deprecated) in 1.21: a warning. In the newest bundled version it is gone: an error.
    expect(summary(await client.diagnostics(uri))).toEqual([['api-version', 2, 0, 12]]);

    const config = path.join(parent, '.kubegrade.yaml');
    writeFileSync(config, 'kubernetesVersion: "1.30"\n');
    void client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: pathToFileURL(config).href, languageId: 'yaml', version: 1, text: 'kubernetesVersion: "1.30"\n' },
    });
    void client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: pathToFileURL(config).href } });
    const after = await client.diagnostics(uri, (diagnostics) => diagnostics[0]?.severity === 1);
    expect(summary(after)).toEqual([['api-version', 1, 0, 12]]);
    expect(after[0]!.message).toMatch(/^Kubernetes 1\.30 does not serve CronJob as batch\/v1beta1/);
  });

  it('lets the editor settings win over the file, as command-line options do', async () => {
    const root = writeTree({ '.kubegrade.yaml': 'kubernetesVersion: "1.30"\n' });
    const client = await startClient(root, { kubeVersion: '1.21' });
    expect(summary(await client.diagnostics(client.open('cron.yaml', cronJob)))).toEqual([['api-version', 2, 0, 12]]);
  });

  it("reads the file the 'config' setting names instead, as --config, and re-reads it on save", async () => {
    const root = writeTree({ '.kubegrade.yaml': 'rules:\n  job-restart-policy: warning\n', 'settings/lint.yaml': 'rules:\n  job-restart-policy: off\n' });
    const client = await startClient(root, { config: 'settings/lint.yaml' });
    const uri = client.open('job.yaml', job);
    expect(await client.diagnostics(uri)).toEqual([]);
    writeFileSync(path.join(root, 'settings', 'lint.yaml'), 'rules:\n  job-restart-policy: info\n');
    // Editors save open buffers: the config file is opened (with its saved text), then saved.
    client.open('settings/lint.yaml', 'rules:\n  job-restart-policy: info\n');
    void client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: pathToFileURL(path.join(root, 'settings', 'lint.yaml')).href } });
    expect(summary(await client.diagnostics(uri, (diagnostics) => diagnostics.length > 0))).toEqual([['job-restart-policy', 3, 7, 21]]);
  });

  it('reads no config file in grade mode: nothing in the answers may switch a check off', async () => {
    const root = writeTree({ '.kubegrade.yaml': 'rules:\n  job-restart-policy: off\n' });
    const client = await startClient(root, { mode: 'grade' });
    const diagnostics = await client.diagnostics(client.open('job.yaml', job));
    expect(summary(diagnostics)).toContainEqual(['job-restart-policy', 1, 7, 21]);
  });

  it('shows the problems of a config file it cannot use in that file, and checks with the defaults', async () => {
    const root = writeTree({ '.kubegrade.yaml': 'rules:\n  job-restart-polcy: off\n' });
    const client = await startClient(root);
    const configUri = pathToFileURL(path.join(root, '.kubegrade.yaml')).href;
    const uri = client.open('job.yaml', job);
    const problems = await client.diagnostics(configUri);
    expect(problems.map((d) => [d.code, d.severity, d.range.start, d.message])).toEqual([
      ['config', 1, { line: 1, character: 2 }, '"job-restart-polcy" is not a kubegrade rule; did you mean "job-restart-policy"?'],
    ]);
    expect(summary(await client.diagnostics(uri))).toEqual([['job-restart-policy', 1, 7, 21]]);
  });

  it('gives each workspace folder its own config file', async () => {
    const parent = writeTree({
      'quiet/.kubegrade.yaml': 'rules:\n  job-restart-policy: off\n',
      'strict/.kubegrade.yaml': 'rules:\n  job-restart-policy: error\n',
    });
    const client = await startClient(parent, {}, [path.join(parent, 'quiet'), path.join(parent, 'strict')]);
    const quiet = client.open('quiet/job.yaml', job);
    const strict = client.open('strict/job.yaml', job);
    expect(await client.diagnostics(quiet)).toEqual([]);
    expect(summary(await client.diagnostics(strict))).toEqual([['job-restart-policy', 1, 7, 21]]);
  });
});
