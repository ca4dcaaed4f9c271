import { describe, expect, it } from 'vitest';
import { findingsOfFile, fixText } from '../../src/pipeline/fix.js';
import { fixDiff } from '../../src/pipeline/fix-diff.js';

const lines = (...text: string[]) => text.map((line) => `${line}\n`).join('');

interface FixCase {
  name: string;
  before: string;
  after: string;
  /** Titles of the fixes applied, in order. */
  applied: string[];
}

const configMap = (...data: string[]) =>
  lines('# tracer settings', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: target # the target', 'data:', ...data);
const pod = (...spec: string[]) => lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  automountServiceAccountToken: false', ...spec);

// Exact bytes before and after: comments, quoting style, indentation and every other line kept.
const cases: FixCase[] = [
  {
    name: 'a number in ConfigMap data is quoted as written, its comment kept',
    before: configMap('  target: google.com', '  ttw: 4 # seconds', '  ratio: 0.50'),
    after: configMap('  target: google.com', '  ttw: "4" # seconds', '  ratio: "0.50"'),
    applied: ['Put the value of ttw in quotes', 'Put the value of ratio in quotes'],
  },
  {
    name: 'a YAML 1.1 boolean in ConfigMap data is quoted as written',
    before: configMap('  verbose: yes', '  debug: false'),
    after: configMap('  verbose: "yes"', '  debug: "false"'),
    applied: ['Put the value of verbose in quotes', 'Put the value of debug in quotes'],
  },
  {
    name: 'a number as an env value is quoted',
    before: pod('  containers:', '    - name: web', '      image: nginx:1.25', '      env:', '        - name: PORT', '          value: 8080 # http'),
    after: pod('  containers:', '    - name: web', '      image: nginx:1.25', '      env:', '        - name: PORT', '          value: "8080" # http'),
    applied: ['Put the value in quotes'],
  },
  {
    name: 'a misspelt field with one close match is renamed, the rest of its line kept',
    before: pod('  restartpolicy: Never   # typo', '  containers:', '    - name: web', '      image: nginx:1.25'),
    after: pod('  restartPolicy: Never   # typo', '  containers:', '    - name: web', '      image: nginx:1.25'),
    applied: ['Rename restartpolicy to restartPolicy'],
  },
  {
    name: 'an enum value in the wrong case is corrected, in its own quotes',
    before: pod(
      '  containers:',
      '    - name: web',
      '      image: nginx:1.25',
      '      ports:',
      '        - containerPort: 80',
      "          protocol: 'tcp' # lower",
      '        - containerPort: 81',
      '          protocol: udp',
    ),
    after: pod(
      '  containers:',
      '    - name: web',
      '      image: nginx:1.25',
      '      ports:',
      '        - containerPort: 80',
      "          protocol: 'TCP' # lower",
      '        - containerPort: 81',
      '          protocol: UDP',
    ),
    applied: ['Change tcp to TCP', 'Change udp to UDP'],
  },
  {
    name: "a CronJob's pod spec fields one level up move under template.spec together, re-indented, comments with them",
    before: lines(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: beat',
      'spec:',
      '  schedule: "* * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      # pods must finish',
      '      restartPolicy: Never',
      '      containers:',
      '        - name: beat # the only one',
      '          image: alpine:3.8',
      '          command: ["echo", "hi"]',
      '      automountServiceAccountToken: false',
    ),
    after: lines(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: beat',
      'spec:',
      '  schedule: "* * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      # pods must finish',
      '      template:',
      '        spec:',
      '          restartPolicy: Never',
      '          containers:',
      '            - name: beat # the only one',
      '              image: alpine:3.8',
      '              command: ["echo", "hi"]',
      '          automountServiceAccountToken: false',
    ),
    applied: ['Move restartPolicy, containers and automountServiceAccountToken under spec.jobTemplate.spec.template.spec'],
  },
  {
    name: "a Job's containers directly under spec move into an existing template.spec",
    before: lines(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: trace',
      'spec:',
      '    containers:',
      '      - name: trace',
      '        image: alpine:3.8',
      '    template:',
      '        spec:',
      '            restartPolicy: Never',
      '            automountServiceAccountToken: false',
    ),
    after: lines(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: trace',
      'spec:',
      '    template:',
      '        spec:',
      '            restartPolicy: Never',
      '            automountServiceAccountToken: false',
      '            containers:',
      '              - name: trace',
      '                image: alpine:3.8',
    ),
    applied: ['Move containers under spec.template.spec'],
  },
  {
    name: 'plain text under Secret data is base64-encoded in place',
    before: lines('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: creds', 'data:', '  username: Jeff', '  password: "TeachesThisClass" # hush'),
    after: lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: creds',
      'data:',
      '  username: SmVmZg==',
      '  password: "VGVhY2hlc1RoaXNDbGFzcw==" # hush',
    ),
    applied: ['Encode the value of username in base64', 'Encode the value of password in base64'],
  },
  {
    name: 'a CRLF file keeps its line ends',
    before: 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: x\r\ndata:\r\n  a: 1\r\n',
    after: 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: x\r\ndata:\r\n  a: "1"\r\n',
    applied: ['Put the value of a in quotes'],
  },
  {
    name: 'a file without a final line break gets none',
    before: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: 1',
    after: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"',
    applied: ['Put the value of a in quotes'],
  },
];

const cronJobV1beta1 = lines(
  'apiVersion: batch/v1beta1 # old',
  'kind: CronJob',
  'metadata:',
  '  name: beat',
  'spec:',
  '  schedule: "* * * * *"',
  '  jobTemplate:',
  '    spec:',
  '      template:',
  '        spec:',
  '          restartPolicy: OnFailure',
  '          automountServiceAccountToken: false',
  '          containers:',
  '            - name: beat',
  '              image: alpine:3.8',
);

describe('fixText', () => {
  it.each(cases)('$name', ({ before, after, applied }) => {
    const result = fixText('answer.yaml', before, {});
    expect(result.text).toBe(after);
    expect(result.applied.map((fix) => fix.title)).toEqual(applied);
    expect(findingsOfFile('answer.yaml', result.text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('replaces a removed apiVersion whose replacement takes the same fields (batch/v1beta1 CronJob -> batch/v1)', () => {
    const result = fixText('cronjob.yaml', cronJobV1beta1, {});
    expect(result.text).toBe(cronJobV1beta1.replace('batch/v1beta1 # old', 'batch/v1 # old'));
    expect(result.applied).toEqual([{ ruleId: 'api-version', title: 'Change apiVersion to batch/v1', line: 1, sensitive: false }]);
  });

  it('leaves a removed apiVersion the rubric tolerates (what the course teaches) as it is', () => {
    const result = fixText('cronjob.yaml', cronJobV1beta1, { lint: false, tolerate: [{ apiVersion: 'batch/v1beta1', kind: 'CronJob' }] });
    expect(result.text).toBe(cronJobV1beta1);
  });

  it('applies in passes: the apiVersion fix appears only once the misplaced fields are where batch/v1 takes them', () => {
    const before = lines(
      'apiVersion: batch/v1beta1',
      'kind: CronJob',
      'metadata:',
      '  name: beat',
      'spec:',
      '  schedule: "* * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      restartPolicy: Never',
      '      automountServiceAccountToken: false',
      '      containers:',
      '        - name: beat',
      '          image: alpine:3.8',
    );
    const first = findingsOfFile('cronjob.yaml', before).find((finding) => finding.ruleId === 'api-version');
    expect(first?.fix).toBeUndefined();
    const result = fixText('cronjob.yaml', before, {});
    expect(result.passes).toBe(2);
    expect(result.applied.map((fix) => fix.title)).toEqual([
      'Move restartPolicy, automountServiceAccountToken and containers under spec.jobTemplate.spec.template.spec',
      'Change apiVersion to batch/v1',
    ]);
    expect(result.text.startsWith('apiVersion: batch/v1\nkind: CronJob\n')).toBe(true);
    expect(findingsOfFile('cronjob.yaml', result.text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('stops after maxPasses', () => {
    const before = lines(
      'apiVersion: batch/v1beta1',
      'kind: CronJob',
      'metadata:',
      '  name: beat',
      'spec:',
      '  schedule: "* * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      restartPolicy: Never',
      '      automountServiceAccountToken: false',
      '      containers:',
      '        - name: beat',
      '          image: alpine:3.8',
    );
    const result = fixText('cronjob.yaml', before, { maxPasses: 1 });
    expect(result.passes).toBe(1);
    expect(result.text.startsWith('apiVersion: batch/v1beta1\n')).toBe(true);
  });

  it('does not apply a fix whose result has a new error (a rename onto a key that is already there)', () => {
    const before = pod('  restartPolicy: Always', '  restartpolicy: Never', '  containers:', '    - name: web', '      image: nginx:1.25');
    const findings = findingsOfFile('pod.yaml', before);
    expect(findings.find((finding) => finding.fix)?.fix?.title).toBe('Rename restartpolicy to restartPolicy');
    const result = fixText('pod.yaml', before, {});
    expect(result.text).toBe(before);
    expect(result.applied).toEqual([]);
    expect(result.rejected).toBe(1);
  });

  it('keeps the good fixes of a pass when one of them is rejected', () => {
    const before = pod(
      '  restartPolicy: Always',
      '  restartpolicy: Never',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.25',
      '      ports:',
      '        - containerPort: 80',
      '          protocol: tcp',
    );
    const result = fixText('pod.yaml', before, {});
    expect(result.text).toBe(before.replace('protocol: tcp', 'protocol: TCP'));
    expect(result.applied.map((fix) => fix.title)).toEqual(['Change tcp to TCP']);
    expect(result.rejected).toBe(1);
  });

  it.each([
    ['restartPolicy Always in a Job: Never or OnFailure is a choice (suggestions)', 'Always'],
    ['a near-miss enum value that is not just the case (TCPP): a suggestion', 'TCPP'],
  ])('never applies suggestions: %s', (_name, value) => {
    const before =
      value === 'Always'
        ? lines(
            'apiVersion: batch/v1',
            'kind: Job',
            'metadata:',
            '  name: t',
            'spec:',
            '  template:',
            '    spec:',
            '      restartPolicy: Always',
            '      containers:',
            '        - name: t',
            '          image: alpine:3.8',
          )
        : pod('  containers:', '    - name: web', '      image: nginx:1.25', '      ports:', '        - containerPort: 80', `          protocol: ${value}`);
    const finding = findingsOfFile('answer.yaml', before).find((candidate) => candidate.suggestions);
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.length).toBeGreaterThan(0);
    expect(fixText('answer.yaml', before, {}).text).toBe(before);
  });

  it('leaves flow-style text alone (no fix it could not make cleanly)', () => {
    const before = lines(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata: {name: t}',
      'spec: {containers: [{name: t, image: alpine}], template: {spec: {restartPolicy: Never}}}',
    );
    const result = fixText('job.yaml', before, {});
    expect(result.text).toBe(before);
  });

  it('does not fix a finding silenced by a kubegrade-disable comment in lint mode', () => {
    const before = configMap('  ttw: 4 # kubegrade-disable-line configmap-data, schema');
    expect(fixText('cm.yaml', before, { lint: true }).text).toBe(before);
  });
});

describe('suggestions', () => {
  it('offers a volume for a mount that names none, as an entry added to the pod volumes', () => {
    const before = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.25',
      '      volumeMounts:',
      '        - name: cache',
      '          mountPath: /cache',
      '  volumes:',
      '    - name: config',
      '      configMap:',
      '        name: web',
    );
    const finding = findingsOfFile('pod.yaml', before).find((candidate) => candidate.ruleId === 'volume-mount-ref');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions).toEqual([
      {
        title: "Add an emptyDir volume named cache to the pod's volumes",
        edits: [{ line: 16, column: 1, endLine: 16, endColumn: 1, text: '    - name: cache\n      emptyDir: {}\n' }],
      },
    ]);
  });

  it('creates the volumes list when the pod has none', () => {
    const before = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.25',
      '      volumeMounts:',
      '        - name: cache',
      '          mountPath: /cache',
    );
    const finding = findingsOfFile('pod.yaml', before).find((candidate) => candidate.ruleId === 'volume-mount-ref');
    expect(finding?.suggestions?.map((fix) => fix.edits)).toEqual([
      [{ line: 12, column: 1, endLine: 12, endColumn: 1, text: '  volumes:\n    - name: cache\n      emptyDir: {}\n' }],
    ]);
  });
});

describe('fixDiff', () => {
  it('prints a unified diff with three lines of context', () => {
    const before = configMap('  target: google.com', '  ttw: 4 # seconds');
    const after = fixText('ex1/cm.yaml', before, {}).text;
    expect(fixDiff('ex1/cm.yaml', before, after)).toBe(
      [
        '--- a/ex1/cm.yaml',
        '+++ b/ex1/cm.yaml',
        '@@ -5,4 +5,4 @@',
        '   name: target # the target',
        ' data:',
        '   target: google.com',
        '-  ttw: 4 # seconds',
        '+  ttw: "4" # seconds',
        '',
      ].join('\n'),
    );
    expect(fixDiff('ex1/cm.yaml', before, before)).toBe('');
  });

  it('never prints a Secret value, plain or encoded: the changed lines show <redacted>', () => {
    const before = lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: creds',
      'data:',
      '  username: Jeff',
      '  password: TeachesThisClass # hush',
      'type: Opaque',
    );
    const after = fixText('secret.yaml', before, {}).text;
    expect(after).toContain('VGVhY2hlc1RoaXNDbGFzcw==');
    const diff = fixDiff('secret.yaml', before, after);
    expect(diff).toBe(
      [
        '--- a/secret.yaml',
        '+++ b/secret.yaml',
        '@@ -3,6 +3,6 @@',
        ' metadata:',
        '   name: creds',
        ' data:',
        '-  username: <redacted>',
        '-  password: <redacted>',
        '+  username: <redacted>',
        '+  password: <redacted>',
        ' type: Opaque',
        '',
      ].join('\n'),
    );
    for (const secret of ['Jeff', 'SmVmZg', 'TeachesThisClass', 'VGVhY2hlc1RoaXNDbGFzcw']) expect(diff).not.toContain(secret);
  });

  it('redacts a credential-like env value it quotes', () => {
    const before = pod('  containers:', '    - name: web', '      image: nginx:1.25', '      env:', '        - name: DB_PASSWORD', '          value: 123456');
    const after = fixText('pod.yaml', before, {}).text;
    expect(after).toContain('value: "123456"');
    const diff = fixDiff('pod.yaml', before, after);
    expect(diff).toContain('-          value: <redacted>\n+          value: <redacted>\n');
    expect(diff).not.toContain('123456');
  });
});
