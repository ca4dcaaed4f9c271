import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pipeline/check.js';
import { folderMatcher, matchResources } from '../../src/grade/match.js';
import type { Resource } from '../../src/types.js';
import { day2Rubric } from './support.js';

const job = (name: string, command: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: c
          image: alpine:3.8
          command: ${command}
`;

function resources(files: Record<string, string>): Resource[] {
  return Object.entries(files).flatMap(([file, text]) => checkText(file, text).resources);
}

async function matched(files: Record<string, string>) {
  const rubric = await day2Rubric();
  const matching = matchResources(resources(files), rubric);
  const byId = (exerciseId: string, specId: string) => {
    const exercise = rubric.exercises.find((e) => e.id === exerciseId)!;
    const match = matching.get(exercise)!.get(specId)!;
    return { status: match.status, name: match.resource?.name, file: match.resource?.file, message: match.message, anchor: match.anchor };
  };
  return byId;
}

describe('folderMatcher', () => {
  const ex2 = folderMatcher('ex2');
  it.each(['ex2/job.yaml', 'answers/ex2/job.yaml', 'Exercise 02/job.yaml', 'exercise-2/a.yml', 'EX2/x.yaml', 'ex2.yaml', 'ex2-traceroute.yaml'])(
    '%s is in ex2',
    (file) => {
      expect(ex2(file)).toBe(true);
    },
  );
  it.each(['ex20/job.yaml', 'ex1/solution/v2/data.yaml', 'job.yaml', 'ex12.yaml'])('%s is not', (file) => {
    expect(ex2(file)).toBe(false);
  });
  it('takes a plain folder name for ids without a number', () => {
    expect(folderMatcher('intro')('Intro/a.yaml')).toBe(true);
    expect(folderMatcher('intro')('introduction/a.yaml')).toBe(false);
  });
});

describe('matchResources', () => {
  it("finds ex2's unnamed Job by what it runs, never one of ex3's named Jobs, in one file", async () => {
    const all = [
      job('traceroute-google', '["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]'),
      job('ping-google', '["/bin/sh", "-c", "ping -W $(TTW) -w 30 $(TARGET)"]'),
      job('hello-environment', '["ping", "google.com"]'),
      job('tracert', '["traceroute", "google.com"]'),
    ].join('---\n');
    const byId = await matched({ 'answers.yaml': all });
    expect(byId('ex2', 'job')).toMatchObject({ status: 'matched', name: 'tracert' });
    expect(byId('ex3', 'traceroute')).toMatchObject({ status: 'matched', name: 'traceroute-google' });
    expect(byId('ex3', 'ping')).toMatchObject({ status: 'matched', name: 'ping-google' });
  });

  it("prefers a candidate under the exercise's folder, for named and unnamed resources", async () => {
    const byId = await matched({
      'ex3/traceroute-google.yaml': job('traceroute-google', '["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]'),
      'ex2/job.yaml': job('traceroute-google', '["traceroute", "google.com"]'),
      'a-other.yaml': job('trace', '["traceroute", "google.com"]'),
    });
    expect(byId('ex3', 'traceroute')).toMatchObject({ status: 'matched', file: 'ex3/traceroute-google.yaml' });
    expect(byId('ex2', 'job')).toMatchObject({ status: 'matched', file: 'ex2/job.yaml' });
  });

  it('grades the Job in ex2/ even when its command is wrong, so the command check can say why', async () => {
    const byId = await matched({ 'ex2/job.yaml': job('tr', '["tracert", "google.com"]') });
    expect(byId('ex2', 'job')).toMatchObject({ status: 'matched', name: 'tr' });
  });

  it('outside the folder, a partial match is only mentioned', async () => {
    const byId = await matched({ 'all.yaml': job('tr', '["ping", "google.com"]') });
    expect(byId('ex2', 'job')).toMatchObject({
      status: 'missing',
      name: undefined,
      message: 'no Job that runs traceroute google.com in the answers (the closest is Job tr in all.yaml:4, which does not match).',
    });
  });

  it('recognises a kind written in the wrong case, at the name', async () => {
    const byId = await matched({ 'ex4/cm.yaml': 'apiVersion: v1\nkind: Configmap\nmetadata:\n  name: not-secret-config\ndata:\n  username: Jeff\n' });
    expect(byId('ex4', 'config')).toMatchObject({
      status: 'near',
      name: 'not-secret-config',
      message:
        'no ConfigMap named not-secret-config; did you mean the Configmap not-secret-config (kind is ConfigMap, and kinds are case-sensitive) in ex4/cm.yaml:4?',
      anchor: { file: 'ex4/cm.yaml', range: { line: 4, column: 9, endLine: 4, endColumn: 26 } },
    });
  });

  it("takes the only resource of the kind in the exercise's folder as a near miss of a named one", async () => {
    const byId = await matched({
      'ex6/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: token-reader\nspec:\n  containers:\n    - name: a\n      image: alpine:3.8\n',
    });
    expect(byId('ex6', 'pod')).toMatchObject({
      status: 'near',
      name: 'token-reader',
      message: 'no Pod named peek; did you mean token-reader in ex6/pod.yaml:4?',
    });
  });

  it('says what is missing without a file when nothing is close', async () => {
    const byId = await matched({});
    expect(byId('ex5', 'secret')).toEqual({
      status: 'missing',
      name: undefined,
      file: undefined,
      message: 'no Secret named pretty-secret-config in the answers.',
      anchor: undefined,
    });
  });
});
