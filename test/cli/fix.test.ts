import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { repoRoot, runGrade, writeTree } from '../support/cli.js';

// The done-when: a quoted-number ConfigMap, a misspelt field, protocol: tcp and a CronJob nested one level off.
const answers = {
  'configmap.yaml': `# what the tracer reads
apiVersion: v1
kind: ConfigMap
metadata:
  name: target-google # the target
data:
  target: google.com
  ttw: 4 # seconds to wait
  max-hops: 15
`,
  'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  restartpolicy: Always # typo
  automountServiceAccountToken: false
  containers:
    - name: web
      image: nginx:1.25
      ports:
        - containerPort: 80
          protocol: tcp # lower case
`,
  'cronjob.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      # the pod
      restartPolicy: Never
      automountServiceAccountToken: false
      containers:
        - name: heartbeat # one container
          image: alpine:3.8
`,
};

const fixed = {
  'configmap.yaml': answers['configmap.yaml'].replace('ttw: 4', 'ttw: "4"').replace('max-hops: 15', 'max-hops: "15"'),
  'pod.yaml': answers['pod.yaml'].replace('restartpolicy:', 'restartPolicy:').replace('protocol: tcp', 'protocol: TCP'),
  'cronjob.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: login-heartbeat
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      # the pod
      template:
        spec:
          restartPolicy: Never
          automountServiceAccountToken: false
          containers:
            - name: heartbeat # one container
              image: alpine:3.8
`,
};

const expectedDiff = `--- a/configmap.yaml
+++ b/configmap.yaml
@@ -5,5 +5,5 @@
   name: target-google # the target
 data:
   target: google.com
-  ttw: 4 # seconds to wait
-  max-hops: 15
+  ttw: "4" # seconds to wait
+  max-hops: "15"
--- a/cronjob.yaml
+++ b/cronjob.yaml
@@ -7,8 +7,10 @@
   jobTemplate:
     spec:
       # the pod
-      restartPolicy: Never
-      automountServiceAccountToken: false
-      containers:
-        - name: heartbeat # one container
-          image: alpine:3.8
+      template:
+        spec:
+          restartPolicy: Never
+          automountServiceAccountToken: false
+          containers:
+            - name: heartbeat # one container
+              image: alpine:3.8
--- a/pod.yaml
+++ b/pod.yaml
@@ -3,11 +3,11 @@
 metadata:
   name: web
 spec:
-  restartpolicy: Always # typo
+  restartPolicy: Always # typo
   automountServiceAccountToken: false
   containers:
     - name: web
       image: nginx:1.25
       ports:
         - containerPort: 80
-          protocol: tcp # lower case
+          protocol: TCP # lower case
`;

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
const hasGit = spawnSync('git', ['--version']).status === 0;

describe('grade --fix and --fix-dry-run', () => {
  it('--fix-dry-run prints the diff, changes nothing, and exits 1 (there is something to fix)', () => {
    const root = writeTree(answers);
    const run = runGrade(['--lint', '--fix-dry-run', '.'], { cwd: root });
    expect(run.stdout).toBe(expectedDiff);
    expect(run.stderr).toBe('grade: --fix would fix 5 problems in 3 files\n');
    expect(run.status).toBe(1);
    for (const [file, text] of Object.entries(answers)) expect(read(root, file)).toBe(text);
  });

  it('--fix leaves no error, keeps every comment, changes only the fixed lines, and reports what remains', () => {
    const root = writeTree(answers);
    const run = runGrade(['--lint', '--fix', '.', '-f', 'json'], { cwd: root });
    expect(run.stderr).toBe('grade: fixed 5 problems in 3 files\n');
    for (const [file, text] of Object.entries(fixed)) expect(read(root, file)).toBe(text);
    const report = JSON.parse(run.stdout);
    expect(report.summary.errors).toBe(0);
    expect(run.status).toBe(0);
    // Nothing left to fix: the dry run is empty and exits 0.
    const again = runGrade(['--lint', '--fix-dry-run', '.'], { cwd: root });
    expect([again.status, again.stdout, again.stderr]).toEqual([0, '', 'grade: --fix would change nothing\n']);
  });

  it.skipIf(!hasGit)('git diff after --fix is the dry run diff', () => {
    const root = writeTree(answers);
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'core.autocrlf=false', ...args], { cwd: root, encoding: 'utf8' });
    git('init', '-q', '.');
    git('add', '-A');
    git('commit', '-qm', 'answers');
    const dry = runGrade(['--lint', '--fix-dry-run', '.'], { cwd: root });
    runGrade(['--lint', '--fix', '.'], { cwd: root });
    const diff = git('diff', '--no-color', '--no-prefix').stdout;
    // git's headers and hunk headers differ in form; the changed lines are the same.
    const changes = (text: string) => text.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changes(diff)).toEqual(changes(dry.stdout));
  });

  it('grade mode fixes too, with the same engine', () => {
    const root = writeTree({ 'cm.yaml': answers['configmap.yaml'] });
    const run = runGrade(['--fix', '.'], { cwd: root });
    expect(run.stderr).toBe('grade: fixed 2 problems in 1 file\n');
    expect(read(root, 'cm.yaml')).toBe(fixed['configmap.yaml']);
  });

  it('refuses in grade mode when the rubric sets allowFix: false (exit 2), and writes nothing', () => {
    const rubric = readFileSync(path.join(repoRoot, 'rubrics', 'k8s-for-users-day2.yaml'), 'utf8').replace(/^exercises:/m, 'allowFix: false\nexercises:');
    const rubricFile = path.join(writeTree({ 'no-fix.yaml': rubric }), 'no-fix.yaml');
    const root = writeTree(answers);
    for (const flag of ['--fix', '--fix-dry-run']) {
      const run = runGrade([flag, '--rubric', rubricFile, '.'], { cwd: root });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/does not allow --fix \(allowFix: false\): make the changes yourself/);
    }
    for (const [file, text] of Object.entries(answers)) expect(read(root, file)).toBe(text);
    // The report of such a rubric carries no fix either.
    const report = JSON.parse(runGrade(['--rubric', rubricFile, '.', '-f', 'json'], { cwd: root }).stdout);
    expect(report.findings.filter((finding: { fix?: unknown; suggestions?: unknown }) => finding.fix || finding.suggestions)).toEqual([]);
  });

  it.each([
    [['--fix', '--fix-dry-run', '.'], '--fix writes the fixes and --fix-dry-run only shows them: use one or the other'],
    [['--lint', '--fix', '-'], '--fix works on files: it cannot fix stdin (-)'],
    [['--fix', '--each', 'x/*'], "--each grades students' folders, and --fix would change them: use one or the other"],
    [['--lint', '--fix-dry-run', 'nowhere'], 'no such file or folder: nowhere'],
  ])('is a usage error: %j', (args, message) => {
    const run = runGrade(args, { cwd: writeTree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('never writes through a symlink out of the graded root', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'kubegrade-outside-'));
    writeFileSync(path.join(outside, 'cm.yaml'), answers['configmap.yaml']);
    const root = writeTree({ 'inside.yaml': answers['configmap.yaml'] });
    symlinkSync(path.join(outside, 'cm.yaml'), path.join(root, 'linked.yaml'));
    runGrade(['--lint', '--fix', '.'], { cwd: root });
    expect(read(outside, 'cm.yaml')).toBe(answers['configmap.yaml']);
    expect(read(root, 'inside.yaml')).toBe(fixed['configmap.yaml']);
  });

  it('keeps a byte-order mark', () => {
    const root = writeTree({});
    writeFileSync(path.join(root, 'cm.yaml'), `\uFEFF${answers['configmap.yaml']}`);
    runGrade(['--lint', '--fix', '.'], { cwd: root });
    expect(readFileSync(path.join(root, 'cm.yaml'))).toEqual(Buffer.from(`\uFEFF${fixed['configmap.yaml']}`));
  });

  it('the dry run never prints a Secret value; the JSON report says only that its fix is redacted', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ndata:\n  password: TeachesThisClass\n';
    const root = writeTree({ 'secret.yaml': secret });
    const dry = runGrade(['--lint', '--fix-dry-run', '.'], { cwd: root });
    expect(dry.stdout).toBe(
      '--- a/secret.yaml\n+++ b/secret.yaml\n@@ -3,4 +3,4 @@\n metadata:\n   name: creds\n data:\n-  password: <redacted>\n+  password: <redacted>\n',
    );
    const json = runGrade(['--lint', '.', '-f', 'json'], { cwd: root }).stdout;
    for (const text of [dry.stdout, dry.stderr, json]) {
      expect(text).not.toContain('TeachesThisClass');
      expect(text).not.toContain('VGVhY2hlc1RoaXNDbGFzcw');
    }
    const finding = JSON.parse(json).findings.find((candidate: { ruleId: string }) => candidate.ruleId === 'secret-data');
    expect(finding.fix).toEqual({ title: 'Encode the value of password in base64', redacted: true });
    runGrade(['--lint', '--fix', '.'], { cwd: root });
    expect(read(root, 'secret.yaml')).toBe(secret.replace('TeachesThisClass', 'VGVhY2hlc1RoaXNDbGFzcw=='));
  });
});

describe('the JSON report carries fix and suggestions', () => {
  const job =
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: t\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      automountServiceAccountToken: false\n      containers:\n        - name: t\n          image: alpine:3.8\n          ports:\n            - containerPort: 80\n              protocol: tcp\n';

  it('as edits, validating against schemas/report.schema.json', () => {
    const root = writeTree({ 'job.yaml': job });
    const run = runGrade(['--lint', '.', '-f', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'report.schema.json'), 'utf8'));
    expect(ajv.validate(schema, report), JSON.stringify(ajv.errors)).toBe(true);
    const byRule = (id: string) => report.findings.find((finding: { ruleId: string }) => finding.ruleId === id);
    expect(byRule('job-restart-policy').fix).toBeUndefined();
    expect(byRule('job-restart-policy').suggestions).toEqual([
      { title: 'Change restartPolicy to Never', edits: [{ line: 8, column: 22, endLine: 8, endColumn: 28, text: 'Never' }] },
      { title: 'Change restartPolicy to OnFailure', edits: [{ line: 8, column: 22, endLine: 8, endColumn: 28, text: 'OnFailure' }] },
    ]);
    expect(byRule('schema').fix).toEqual({ title: 'Change tcp to TCP', edits: [{ line: 15, column: 25, endLine: 15, endColumn: 28, text: 'TCP' }] });
    expect(byRule('schema').suggestions).toBeUndefined();
  });
});
