import { describe, expect, it } from 'vitest';
import { checkSourceText } from '../../src/pipeline/file-check.js';
import { newestKubeVersion } from '../../src/schema/versions.js';
import { findPlaceholder, hasPlaceholder } from '../../src/k8s/placeholders.js';
import { compareFindings } from '../../src/findings.js';
import type { JsonPath, PlainValue } from '../../src/types.js';

function check(file: string, text: string): string[] {
  const outcome = checkSourceText(file, text, { schema: { kubeVersion: newestKubeVersion, strictKinds: false, tolerate: [] }, ownRules: {} });
  return outcome.findings.sort(compareFindings).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.path ?? ''}`);
}

const deployment = (replicas: string, image: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ${image}
${extra}`;

describe('unrendered-template', () => {
  it('one warning per document, and no type error for the placeholder value', () => {
    expect(
      check(
        'web.yaml',
        deployment('${REPLICAS:-1}', 'nginx:1.27', '          imagePullPolicy: ${PULL_POLICY}\n          ports:\n            - containerPort: ${PORT}\n'),
      ),
    ).toEqual(['6:13 warning unrendered-template spec.replicas']);
  });

  it('a quoted Helm value placeholder outside a chart', () => {
    expect(check('web.yaml', deployment('"{{ .Values.replicaCount }}"', 'nginx:1.27'))).toEqual(['6:13 warning unrendered-template spec.replicas']);
  });

  it('each document gets its own warning', () => {
    const text = `${deployment('1', '${IMAGE}')}---\n${deployment('"${N}"', 'nginx:1.27')}`;
    expect(check('web.yaml', text)).toEqual([
      '15:18 warning unrendered-template spec.template.spec.containers[0].image',
      '22:13 warning unrendered-template spec.replicas',
    ]);
  });

  it('a real type error beside a placeholder is still reported', () => {
    expect(check('web.yaml', deployment('"three"', '${IMAGE}'))).toEqual([
      '6:13 error schema spec.replicas',
      '15:18 warning unrendered-template spec.template.spec.containers[0].image',
    ]);
  });

  it('shell variables in command and args, ConfigMap data and Kubernetes $(VAR) are not placeholders', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: busybox:1.36\n      command: ["sh", "-c", "echo ${HOME}"]\n      args: ["$(GREETING)"]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  run.sh: echo ${USER}\n';
    expect(check('p.yaml', pod).filter((f) => f.includes('unrendered-template'))).toEqual([]);
  });

  it.each([
    ['${VAR}', true],
    ['${VAR:-default}', true],
    ['gcr.io/${PROJECT_ID}/app:v1', true],
    ['{{ .Values.image.tag }}', true],
    ['{{- include "x" . }}', true],
    ['$(VAR)', false],
    ['{{inputs.parameters.message}}', false],
    ['$(params.url)', false],
    ['price: $5', false],
    ['line one ${A}\nline two', false],
  ])('hasPlaceholder(%j) is %s', (text, expected) => {
    expect(hasPlaceholder(text)).toBe(expected);
  });

  it("{{ }} in a custom resource is the controller's own template (ApplicationSet), ${VAR} is still a placeholder", () => {
    const appSet =
      "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: apps\nspec:\n  template:\n    metadata:\n      name: '{{.path.basename}}'\n";
    expect(check('appset.yaml', appSet)).toEqual(['2:7 info schema kind']);
    expect(check('appset.yaml', appSet.replace('apps\n', '${APPS}\n'))).toEqual(['2:7 info schema kind', '4:9 warning unrendered-template metadata.name']);
  });

  // Files without "${" or "{{" in their text skip the value walk (textMayHoldPlaceholder): these build one from other characters.
  it.each([
    ['a \\x escape', '"$\\x7bIMAGE}"', 18],
    ['a \\u escape', '"{\\u007b .Values.image }}"', 18],
    ['a \\U escape', '"$\\U0000007bIMAGE}"', 18],
    ['an escaped line break', '"$\\\n            {IMAGE}"', 18],
    ['a !!binary value', '!!binary JHtJTUFHRX0=', 27],
    ['a verbatim binary tag', '!<tag:yaml.org,2002:binary> JHtJTUFHRX0=', 46],
  ])('a placeholder written with %s is found', (_, image, column) => {
    expect(check('web.yaml', deployment('1', image))).toEqual([`15:${column} warning unrendered-template spec.template.spec.containers[0].image`]);
  });

  it('findPlaceholder finds keys too, skipping free-text fields', () => {
    expect(findPlaceholder({ metadata: { annotations: { a: '${X}' }, labels: { '${KEY}': 'v' } } })).toEqual(['metadata', 'labels', '${KEY}']);
  });

  it.each<{ name: string; value: PlainValue; found: JsonPath | undefined }>([
    {
      name: 'the first in document order, through lists',
      value: { spec: { containers: [{ image: 'a' }, { env: [{ name: 'A', value: '${A}' }] }], x: '${B}' } },
      found: ['spec', 'containers', 1, 'env', 0, 'value'],
    },
    { name: 'a key before its own value', value: { '${K}': { v: '${V}' } }, found: ['${K}'] },
    { name: 'data is skipped at the top level only', value: { data: { a: '${A}' }, spec: { data: { b: '${B}' } } }, found: ['spec', 'data', 'b'] },
    { name: 'free-text fields are skipped at any depth', value: { spec: { command: ['${A}'], args: ['${B}'], script: '${C}' } }, found: undefined },
    { name: 'a multi-line string is text, not a placeholder', value: { spec: { text: '${A}\nmore' } }, found: undefined },
    { name: 'no placeholder after a dead end: the path is not left dirty', value: { a: [{ b: 'x' }, ['y']], c: { d: '{{ .Values.d }}' } }, found: ['c', 'd'] },
    { name: 'numbers, booleans and null hold none', value: { a: 1, b: true, c: null as unknown as PlainValue, d: [2, false] }, found: undefined },
  ])('findPlaceholder: $name', ({ value, found }) => {
    expect(findPlaceholder(value)).toEqual(found);
  });

  it('findPlaceholder starts from the given path, and leaves it as it was', () => {
    const path = ['items', 2] as const;
    expect(findPlaceholder({ data: { a: '${A}' } }, path)).toEqual(['items', 2, 'data', 'a']);
    expect(path).toEqual(['items', 2]);
    expect(findPlaceholder({ spec: '{{ .x }}' }, [], false)).toBeUndefined();
    expect(findPlaceholder({ spec: '${X}' }, [], false)).toEqual(['spec']);
  });
});
