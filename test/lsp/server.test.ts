import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver/node';
import { repoRoot, writeTree } from '../support/cli.js';
import { startClient, stopClients } from './client.js';

const job = (policy: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: ${policy}\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n      automountServiceAccountToken: false\n`;

const configMap = (keys: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: target-google\ndata:\n${keys}`;

const jobReadingKey = (key: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      automountServiceAccountToken: false\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          env:\n            - name: MAX_HOPS\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: ${key}\n`;

afterEach(stopClients);

const docsHref = (id: string) => pathToFileURL(path.join(repoRoot, 'docs', 'rules', `${id}.md`)).href;

describe('grade lsp --stdio', () => {
  it("publishes the unsaved text's findings at their exact ranges, and none once it is fixed", async () => {
    const root = writeTree({ 'job.yaml': job('Never') });
    const client = await startClient(root);
    const uri = client.open('job.yaml', job('Always'));
    const [diagnostic, ...others] = await client.diagnostics(uri);
    expect(others).toEqual([]);
    expect(diagnostic).toEqual({
      range: { start: { line: 7, character: 21 }, end: { line: 7, character: 27 } },
      severity: 1,
      code: 'job-restart-policy',
      codeDescription: { href: docsHref('job-restart-policy') },
      source: 'kubegrade',
      message:
        "A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.\nChange it to restartPolicy: Never (or OnFailure).",
    });
    client.change(uri, 2, job('OnFailure'));
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  it("offers a finding's suggestions as code actions, none of them preferred (the author chooses)", async () => {
    const root = writeTree({});
    const client = await startClient(root);
    const uri = client.open('job.yaml', job('Always'));
    const [diagnostic] = await client.diagnostics(uri);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 7, character: 23 }, end: { line: 7, character: 23 } },
      context: { diagnostics: [diagnostic] },
    });
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred, action.edit])).toEqual([
      [
        'Change restartPolicy to Never',
        'quickfix',
        undefined,
        { changes: { [uri]: [{ range: { start: { line: 7, character: 21 }, end: { line: 7, character: 27 } }, newText: 'Never' }] } },
      ],
      [
        'Change restartPolicy to OnFailure',
        'quickfix',
        undefined,
        { changes: { [uri]: [{ range: { start: { line: 7, character: 21 }, end: { line: 7, character: 27 } }, newText: 'OnFailure' }] } },
      ],
    ]);
    const elsewhere: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
      context: { diagnostics: [] },
    });
    expect(elsewhere).toEqual([]);
  });

  it("offers the schema's did-you-mean as a rename of the key, and the enum's case fix", async () => {
    const root = writeTree({});
    const client = await startClient(root);
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selektor:\n    app: web\n  ports:\n    - port: 80\n      protocol: tcp\n';
    const uri = client.open('service.yaml', service);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ['schema', 5, 2, 10],
      ['schema', 9, 16, 19],
    ]);
    const whole = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: whole,
      context: { diagnostics },
    });
    expect(actions.map((action) => [action.title, action.isPreferred, action.edit!.changes![uri]])).toEqual([
      ['Rename selektor to selector', true, [{ range: { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } }, newText: 'selector' }]],
      ['Change tcp to TCP', true, [{ range: { start: { line: 9, character: 16 }, end: { line: 9, character: 19 } }, newText: 'TCP' }]],
    ]);
  });

  it('offers a fix made of several edits (fields moved one level down) as one workspace edit', async () => {
    const root = writeTree({});
    const client = await startClient(root);
    const cronJob =
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: beat\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      restartPolicy: Never # keep\n      containers:\n        - name: beat\n          image: alpine:3.8\n';
    const uri = client.open('cronjob.yaml', cronJob);
    const diagnostics = await client.diagnostics(uri);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 8, character: 6 }, end: { line: 8, character: 6 } },
      context: { diagnostics },
    });
    expect(actions.map((action) => [action.title, action.isPreferred, action.edit!.changes![uri]])).toEqual([
      [
        'Move restartPolicy and containers under spec.jobTemplate.spec.template.spec',
        true,
        [
          { range: { start: { line: 8, character: 0 }, end: { line: 9, character: 0 } }, newText: '' },
          {
            range: { start: { line: 9, character: 0 }, end: { line: 12, character: 0 } },
            newText:
              '      template:\n        spec:\n          restartPolicy: Never # keep\n          containers:\n            - name: beat\n              image: alpine:3.8\n',
          },
        ],
      ],
    ]);
  });

  it('offers no quick fix in grade mode when the rubric says allowFix: false', async () => {
    const rubric = readFileSync(path.join(repoRoot, 'rubrics', 'k8s-for-users-day2.yaml'), 'utf8').replace(/^exercises:/m, 'allowFix: false\nexercises:');
    const rubricFile = path.join(writeTree({ 'no-fix.yaml': rubric }), 'no-fix.yaml');
    const root = writeTree({});
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      protocol: tcp\n';
    const whole = { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } };
    const actionsIn = async (settings: Record<string, unknown>) => {
      const client = await startClient(root, settings);
      const uri = client.open('service.yaml', service);
      const diagnostics = await client.diagnostics(uri);
      expect(diagnostics.map((d) => d.code)).toContain('schema');
      const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: whole,
        context: { diagnostics },
      });
      return actions.map((action) => action.title);
    };
    expect(await actionsIn({ mode: 'grade' })).toEqual(['Change tcp to TCP']);
    expect(await actionsIn({ mode: 'grade', rubric: rubricFile })).toEqual([]);
  });

  it('checks references against the other manifests on disk, the open buffers winning', async () => {
    const root = writeTree({ 'configmap.yaml': configMap('  target: google.com\n  max-hops: "15"\n') });
    const client = await startClient(root);
    const uri = client.open('job.yaml', jobReadingKey('max_hops'));
    const [diagnostic, ...others] = await client.diagnostics(uri);
    expect(others).toEqual([]);
    expect(diagnostic!.code).toBe('config-ref');
    expect(diagnostic!.range).toEqual({ start: { line: 17, character: 23 }, end: { line: 17, character: 31 } });
    expect(diagnostic!.message).toMatch(/^ConfigMap target-google has no key "max_hops" \(did you mean "max-hops"\?\)/);
    // The ConfigMap's unsaved buffer has the key now: the Job's finding goes as the other file is typed in.
    client.open('configmap.yaml', configMap('  target: google.com\n  max_hops: "15"\n'));
    expect(await client.diagnostics(uri, (diagnostics) => diagnostics.length === 0)).toEqual([]);
  });

  it('honours kubegrade-disable comments in lint mode only, as the CLI does', async () => {
    const root = writeTree({});
    const text = job('Always  # kubegrade-disable-line job-restart-policy');
    const lint = await startClient(root);
    expect(await lint.diagnostics(lint.open('job.yaml', text))).toEqual([]);
    const grade = await startClient(root, { mode: 'grade' });
    const graded = await grade.diagnostics(grade.open('job.yaml', text));
    expect(graded.map((d) => [d.code, d.range.start.line, d.range.start.character])).toContainEqual(['job-restart-policy', 7, 21]);
  });
  it('shows the schema description and the allowed values of the key under the cursor', async () => {
    const root = writeTree({});
    const client = await startClient(root, { kubeVersion: '1.30' });
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n      protocol: TCP\n';
    const uri = client.open('service.yaml', service);
    await client.diagnostics(uri);
    const hover = (line: number, character: number) =>
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<{
        contents: { kind: string; value: string };
      } | null>;
    const protocol = await hover(7, 8);
    expect(protocol!.contents.kind).toBe('markdown');
    expect(protocol!.contents.value.split('\n')[0]).toBe('**protocol** (string): Service v1, Kubernetes 1.30');
    expect(protocol!.contents.value).toMatch(/\n\nAllowed values: `TCP`, `UDP`, `SCTP`$/);
    expect(protocol!.contents.value).toContain('The IP protocol for this port.');
    expect((await hover(5, 3))!.contents.value.split('\n')[0]).toBe('**ports** (array): Service v1, Kubernetes 1.30');
    // On a value, or on nothing: no hover.
    expect(await hover(7, 18)).toBeNull();
    expect((await hover(4, 2))!.contents.value.split('\n')[0]).toBe('**spec** (ServiceSpec): Service v1, Kubernetes 1.30');
    expect(await hover(4, 5)).toBeNull();
  });
});
