import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  answersDir,
  applyEdit,
  copyAnswers,
  day2Rubric,
  exercise,
  explaining,
  failedChecks,
  gradeFolder,
  removeDir,
  sharedDay2,
  totals,
  type Edit,
} from './support.js';
import { brokenCases } from './day2-cases.js';

const fullMarks = { score: 55, maxScore: 55 };
const made: string[] = [];
afterAll(() => made.forEach(removeDir));

function fresh(edits: Edit[] = []): string {
  const dir = copyAnswers();
  made.push(dir);
  for (const edit of edits) applyEdit(dir, edit);
  return dir;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .sort();
}

describe('the day-2 rubric on fixtures/answers', () => {
  it('gives full marks and reports no error', async () => {
    const result = await gradeFolder(answersDir);
    expect(failedChecks(result)).toEqual([]);
    expect(totals(result)).toEqual(fullMarks);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.rubric).toEqual({ id: 'k8s-for-users-day2', title: 'Kubernetes for Users, day 2: Jobs, Persistent State, Configuration, and Secrets' });
    expect(result.exercises.map((e) => [e.id, e.score, e.maxScore])).toEqual([
      ['ex1', 9, 9],
      ['ex2', 5, 5],
      ['ex3', 12, 12],
      ['ex4', 11, 11],
      ['ex5', 12, 12],
      ['ex6', 6, 6],
    ]);
  });

  it('grades any layout: one multi-document file, flat files, other folder names, namespaces', async () => {
    const texts = yamlFiles(answersDir).map((file) => readFileSync(path.join(answersDir, file), 'utf8'));
    const oneFile = mkdtempSync(path.join(tmpdir(), 'kubegrade-one-'));
    writeFileSync(path.join(oneFile, 'answers.yaml'), texts.join('\n---\n'));
    const flat = mkdtempSync(path.join(tmpdir(), 'kubegrade-flat-'));
    for (const file of yamlFiles(answersDir)) cpSync(path.join(answersDir, file), path.join(flat, path.basename(file)));
    const renamed = mkdtempSync(path.join(tmpdir(), 'kubegrade-renamed-'));
    for (const n of [1, 2, 3, 4, 5, 6]) cpSync(path.join(answersDir, `ex${n}`), path.join(renamed, `Exercise 0${n}`), { recursive: true });
    const namespaced = fresh();
    for (const file of yamlFiles(namespaced)) {
      const target = path.join(namespaced, file);
      writeFileSync(target, readFileSync(target, 'utf8').replace(/^metadata:\n/gm, 'metadata:\n  namespace: workshop-day2\n'));
    }
    made.push(oneFile, flat, renamed);
    for (const dir of [oneFile, flat, renamed, namespaced]) {
      const result = await gradeFolder(dir);
      expect(failedChecks(result), dir).toEqual([]);
      expect(totals(result)).toEqual(fullMarks);
    }
  });

  const K = 'ex5/login-heartbeat.yaml';
  const accepted: { name: string; edits: Edit[] }[] = [
    { name: 'the CronJob in batch/v1beta1, as the text says', edits: [{ file: K, from: 'apiVersion: batch/v1', to: 'apiVersion: batch/v1beta1' }] },
    { name: 'schedule "* * * * *"', edits: [{ file: K, from: '"*/1 * * * *"', to: "'* * * * *'" }] },
    { name: 'the CronJob with restartPolicy Never', edits: [{ file: K, from: 'restartPolicy: OnFailure', to: 'restartPolicy: Never' }] },
    { name: 'the secret mounted at /run/secret/', edits: [{ file: K, from: 'mountPath: /run/secret', to: 'mountPath: /run/secret/' }] },
    {
      name: 'ex2 with OnFailure and a sh -c command',
      edits: [
        { file: 'ex2/traceroute.yaml', from: 'restartPolicy: Never', to: 'restartPolicy: OnFailure' },
        {
          file: 'ex2/traceroute.yaml',
          from: 'command:\n            - traceroute\n          args:\n            - google.com',
          to: 'command: ["/bin/sh", "-c", "traceroute google.com"]',
        },
      ],
    },
    {
      name: 'ex2 Job with another name and container name',
      edits: [
        { file: 'ex2/traceroute.yaml', from: 'name: traceroute\n', to: 'name: tracert\n' },
        { file: 'ex2/traceroute.yaml', from: 'name: trace\n', to: 'name: tr\n' },
      ],
    },
    {
      name: 'ping-google without MAX_HOPS (its command does not use it)',
      edits: [
        {
          file: 'ex3/jobs.yaml',
          from: '            - name: MAX_HOPS\n              valueFrom:\n                configMapKeyRef:\n                  name: target-google\n                  key: max-hops\n---',
          to: '---',
        },
      ],
    },
    {
      name: 'ex4 command split over command and args',
      edits: [
        {
          file: 'ex4/volume-mount-explorer.yaml',
          from: '          command:\n            - /bin/sh\n            - -c\n            - ls',
          to: '          command: [/bin/sh, -c]\n          args:\n            - ls',
        },
      ],
    },
  ];

  for (const { name, edits } of accepted) {
    it(`accepts ${name}`, async () => {
      const result = await gradeFolder(fresh(edits));
      expect(failedChecks(result)).toEqual([]);
      expect(totals(result)).toEqual(fullMarks);
      expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    });
  }

  it('reports the batch/v1beta1 CronJob as a warning that names batch/v1, never an error', async () => {
    const result = await gradeFolder(fresh([{ file: K, from: 'apiVersion: batch/v1', to: 'apiVersion: batch/v1beta1' }]));
    const apiFindings = result.findings.filter((f) => f.ruleId === 'api-version');
    expect(apiFindings.map((f) => [f.severity, f.file, f.line, f.column, f.exercise])).toEqual([['warning', K, 1, 13, 'ex5']]);
    expect(apiFindings[0]!.message).toContain('batch/v1 ');
  });

  it('leaves ex6 out of the maximum when it is not attempted, with no finding', async () => {
    const result = await gradeFolder(fresh([{ file: 'ex6/peek.yaml', to: null }]));
    expect(exercise(result, 'ex6')).toMatchObject({ attempted: false, optional: true, score: 0 });
    expect(totals(result)).toEqual({ score: 49, maxScore: 49 });
    expect(result.findings.filter((f) => f.exercise === 'ex6')).toEqual([]);
  });
});

describe("a beginner's single mistake fails the check it breaks, at its line; every other check keeps its points", () => {
  for (const broken of brokenCases) {
    it(broken.name, async () => {
      const rubric = await day2Rubric();
      const result = await gradeFolder(fresh(broken.edits));
      expect(failedChecks(result)).toEqual(broken.failed);
      const lost = broken.failed.reduce((sum, id) => {
        const [exerciseId, checkId] = id.split('/');
        return sum + rubric.exercises.find((e) => e.id === exerciseId)!.checks.find((c) => c.id === checkId)!.points;
      }, 0);
      const ex6Present = !broken.edits.some((edit) => edit.file === 'ex6/peek.yaml' && edit.to === null);
      const skipped = (broken.notAttempted ?? []).reduce(
        (sum, id) => sum + rubric.exercises.find((e) => e.id === id)!.checks.reduce((points, c) => points + c.points, 0),
        0,
      );
      expect(result.exercises.filter((e) => e.attempted === false && !e.optional).map((e) => e.id)).toEqual(broken.notAttempted ?? []);
      expect(totals(result)).toEqual({
        score: fullMarks.score - lost - skipped - (ex6Present ? 0 : 6),
        maxScore: fullMarks.maxScore - skipped - (ex6Present ? 0 : 6),
      });
      const shown = broken.failed.flatMap((id) => {
        const [exerciseId, checkId] = id.split('/') as [string, string];
        return explaining(result, exerciseId, checkId).map((f) => [id, ...f]);
      });
      expect(shown.sort()).toEqual([...broken.findings].sort());
      // Every failed check says why: a located finding, or (for a resource that is missing) the missing-resource finding.
      for (const id of broken.failed) {
        const [exerciseId, checkId] = id.split('/') as [string, string];
        const check = rubric.exercises.find((e) => e.id === exerciseId)!.checks.find((c) => c.id === checkId)!;
        expect(check.hint, id).toBeTruthy();
      }
    });
  }

  it('says what is missing, with did-you-mean, and never prints a Secret value', async () => {
    const conifg = await gradeFolder(fresh([{ file: 'ex4/not-secret-config.yaml', from: 'name: not-secret-config', to: 'name: not-secret-conifg' }]));
    expect(conifg.findings.find((f) => f.check === 'configmap' && f.exercise === 'ex4')?.message).toBe(
      'ex4: no ConfigMap named not-secret-config; did you mean not-secret-conifg in ex4/not-secret-config.yaml:4?',
    );
    const noSecret = await gradeFolder(fresh([{ file: 'ex5/pretty-secret-config.yaml', to: null }]));
    expect(noSecret.findings.find((f) => f.check === 'secret')).toMatchObject({
      ruleId: 'rubric',
      message: 'ex5: no Secret named pretty-secret-config in the answers.',
      file: 'ex5/login-heartbeat.yaml',
      line: 23,
      column: 29,
    });
    const plain = await gradeFolder(
      fresh([
        {
          file: 'ex5/pretty-secret-config.yaml',
          from: 'username: SmVmZg==\n  password: VGVhY2hlc1RoaXNDbGFzcw==',
          to: 'username: Jeff\n  password: TeachesThisClass',
        },
      ]),
    );
    const text = JSON.stringify(plain.findings.filter((f) => f.file === 'ex5/pretty-secret-config.yaml'));
    for (const value of ['Jeff', 'TeachesThisClass', 'SmVmZg', 'VGVhY2hlc1RoaXNDbGFzcw']) expect(text).not.toContain(value);
  });

  it('explains a file that could not be read where the missing resource may be', async () => {
    const result = await gradeFolder(fresh([{ file: 'ex4/not-secret-config.yaml', from: 'password: TeachesThisClass', to: 'password: "TeachesThisClass' }]));
    const missing = result.findings.find((f) => f.exercise === 'ex4' && f.check === 'configmap')!;
    expect(missing).toMatchObject({
      file: 'ex4/not-secret-config.yaml',
      line: 8,
      column: 39,
      message:
        'ex4: ex4/not-secret-config.yaml could not be read; fix its syntax first (line 8: The value of "password" opens a double quote that is never closed). It may hold the ConfigMap not-secret-config.',
    });
    // Said once for the exercise, not once per check that waits for the ConfigMap.
    expect(result.findings.filter((f) => f.exercise === 'ex4' && f.ruleId === 'rubric')).toHaveLength(1);
    for (const id of ['ex1', 'ex2', 'ex3', 'ex5', 'ex6']) expect(exercise(result, id).passed, id).toBe(true);
  });
});

describe('grading cannot be gamed from inside the answers', () => {
  const noRestartPolicy: Edit = { file: 'ex2/traceroute.yaml', from: '      restartPolicy: Never\n', to: '' };

  it('ignores a suppression comment, an ignore annotation and a config file', async () => {
    const dir = fresh([
      noRestartPolicy,
      { file: 'ex2/traceroute.yaml', from: '  template:\n', to: '  template:\n    # kubegrade-disable-next-line job-restart-policy\n' },
      {
        file: 'ex2/traceroute.yaml',
        from: 'metadata:\n  name: traceroute\n',
        to: 'metadata:\n  name: traceroute\n  annotations:\n    kubegrade.io/ignore: job-restart-policy,rubric\n',
      },
      { file: '.kubegrade.yaml', to: 'rules:\n  job-restart-policy: off\n' },
    ]);
    const result = await gradeFolder(dir);
    expect(failedChecks(result)).toEqual(['ex2/restart-policy']);
    expect(explaining(result, 'ex2', 'restart-policy').map((f) => f[0])).toEqual(['job-restart-policy']);
  });

  it('gives no points for output written into the manifest instead of the command', async () => {
    const dir = fresh([
      {
        file: 'ex2/traceroute.yaml',
        from: 'command:\n            - traceroute\n          args:\n            - google.com',
        to: 'command: ["echo", "traceroute to google.com (142.250.74.46), 30 hops max, 46 byte packets"]',
      },
      {
        file: 'ex4/volume-mount-explorer.yaml',
        from: '            - /bin/sh\n            - -c\n            - ls -al /etc/not-secret; cat /etc/not-secret/username',
        to: '            - echo\n            - Jeff',
      },
    ]);
    const result = await gradeFolder(dir);
    expect(failedChecks(result)).toEqual(['ex2/command', 'ex4/command']);
  });
});

describe.skipIf(!existsSync(sharedDay2))("the instructor's solutions", () => {
  it('get full marks and no error finding, despite their extra resources', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-instructor-'));
    made.push(dir);
    for (const file of readdirSync(sharedDay2, { recursive: true, encoding: 'utf8' })) {
      // ex1 is graded from solution/v2/data.yaml (the image change); solution/data.yaml is the starting point.
      if (!file.endsWith('.yaml') || !file.includes('solution') || file === path.join('ex1', 'solution', 'data.yaml')) continue;
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      cpSync(path.join(sharedDay2, file), path.join(dir, file));
    }
    const result = await gradeFolder(dir);
    expect(failedChecks(result)).toEqual([]);
    expect(totals(result)).toEqual({ score: 49, maxScore: 49 });
    expect(exercise(result, 'ex6').attempted).toBe(false);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([]);
    // The CronJob is batch/v1beta1: a warning naming batch/v1.
    expect(result.findings.filter((f) => f.ruleId === 'api-version').map((f) => [f.severity, f.file])).toEqual([
      ['warning', 'ex5/solution/login-heartbeat.yaml'],
    ]);
  });
});
