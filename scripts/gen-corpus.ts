/**
 * Writes a synthetic, deterministic corpus of Kubernetes manifests for benchmarks and scale tests.
 *
 *   npx tsx scripts/gen-corpus.ts --resources 5000 --out .bench/corpus-5k [--seed 1]
 *   npx tsx scripts/gen-corpus.ts --from fixtures/answers --copies 40 --out .bench/corpus-fixtures
 *   npx tsx scripts/gen-corpus.ts --class 200 --out .bench/class-200   (student folders for grade --each)
 *
 * Realistic templates (an app = ConfigMap + Secret + Deployment + Service, plus Jobs, CronJobs,
 * StatefulSets, Ingresses, ...), several documents per file, and about one resource in fifty
 * carries a typical beginner mistake so that rules and locations have work to do.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Small seeded PRNG (mulberry32): the same seed writes the same bytes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const images = ['nginx:1.25', 'redis:7-alpine', 'postgres:16', 'alpine:3.19', 'busybox:1.36', 'ghcr.io/acme/api:2.4.1', 'python:3.12-slim'];
const teams = ['payments', 'search', 'checkout', 'catalog', 'identity', 'billing'];

interface Doc {
  text: string;
  resources: number;
}

function labels(app: string, indent: string): string {
  return `${indent}app: ${app}\n${indent}app.kubernetes.io/part-of: shop\n`;
}

function configMap(app: string, mistake: boolean): Doc {
  const key = mistake ? 'max-hops' : 'maxHops';
  return {
    resources: 1,
    text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  labels:
${labels(app, '    ')}data:
  LOG_LEVEL: info
  TARGET: "example.com"
  ${key}: "15"
  settings.json: |
    {
      "retries": 3,
      "timeoutSeconds": 30
    }
`,
  };
}

function secret(app: string): Doc {
  return {
    resources: 1,
    text: `apiVersion: v1
kind: Secret
metadata:
  name: ${app}-credentials
type: Opaque
data:
  username: YWRtaW4=
  password: c3VwZXItc2VjcmV0LXZhbHVl
`,
  };
}

function container(app: string, image: string, random: Random, mistake: string | undefined): string {
  const probeField = mistake === 'misspelt-field' ? 'readinesProbe' : 'readinessProbe';
  const ref = mistake === 'missing-ref' ? `${app}-settings` : `${app}-config`;
  return `        - name: ${app}
          image: ${image}
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: ${8000 + Math.floor(random() * 100)}
          env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: ${ref}
                  key: LOG_LEVEL
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${app}-credentials
                  key: password
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          ${probeField}:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          volumeMounts:
            - name: config
              mountPath: /etc/${app}
              readOnly: true
`;
}

function deployment(app: string, random: Random, mistake: string | undefined): Doc {
  const replicas = mistake === 'string-replicas' ? '"3"' : String(1 + Math.floor(random() * 4));
  const templateApp = mistake === 'selector-mismatch' ? `${app}-web` : app;
  return {
    resources: 1,
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${pick(random, teams)}
  labels:
${labels(app, '    ')}spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${templateApp}
    spec:
      serviceAccountName: ${app}
      containers:
${container(app, pick(random, images), random, mistake)}      volumes:
        - name: config
          configMap:
            name: ${app}-config
`,
  };
}

function service(app: string): Doc {
  return {
    resources: 1,
    text: `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  labels:
${labels(app, '    ')}spec:
  type: ClusterIP
  selector:
    app: ${app}
  ports:
    - name: http
      port: 80
      targetPort: http
`,
  };
}

function job(app: string, random: Random, mistake: string | undefined): Doc {
  const policy = mistake === 'job-always' ? 'Always' : pick(random, ['Never', 'OnFailure']);
  return {
    resources: 1,
    text: `apiVersion: batch/v1
kind: Job
metadata:
  name: ${app}-migrate
spec:
  backoffLimit: 4
  template:
    spec:
      restartPolicy: ${policy}
      containers:
        - name: migrate
          image: ${pick(random, images)}
          command: ["sh", "-c", "echo migrating $(TARGET)"]
          env:
            - name: TARGET
              valueFrom:
                configMapKeyRef:
                  name: ${app}-config
                  key: TARGET
`,
  };
}

function cronJob(app: string, mistake: string | undefined): Doc {
  // A tab-indented line is the classic beginner YAML error.
  const indent = mistake === 'tab-indent' ? '\t' : '  ';
  return {
    resources: 1,
    text: `apiVersion: batch/v1
kind: CronJob
metadata:
${indent}name: ${app}-heartbeat
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: heartbeat
              image: alpine:3.19
              command: ["sh", "-c", "cat /run/secret/username"]
              volumeMounts:
                - name: credentials
                  mountPath: /run/secret/
          volumes:
            - name: credentials
              secret:
                secretName: ${app}-credentials
`,
  };
}

function statefulSet(app: string, mistake: string | undefined): Doc {
  const duplicate = mistake === 'duplicate-key' ? '  replicas: 2\n' : '';
  return {
    resources: 1,
    text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${app}-db
spec:
  serviceName: ${app}-db
  replicas: 1
${duplicate}  selector:
    matchLabels:
      app: ${app}-db
  template:
    metadata:
      labels:
        app: ${app}-db
    spec:
      containers:
        - name: db
          image: postgres:16
          ports:
            - containerPort: 5432
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        storageClassName: standard
        resources:
          requests:
            storage: 1Gi
`,
  };
}

function ingress(app: string): Doc {
  return {
    resources: 1,
    text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${app}
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
spec:
  ingressClassName: nginx
  rules:
    - host: ${app}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${app}
                port:
                  name: http
`,
  };
}

function serviceAccount(app: string): Doc {
  return { resources: 1, text: `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${app}\nautomountServiceAccountToken: false\n` };
}

const mistakes = ['misspelt-field', 'missing-ref', 'string-replicas', 'selector-mismatch', 'job-always', 'tab-indent', 'duplicate-key'] as const;

/** One application's files: each file holds one to four documents. */
function application(index: number, random: Random, mistakeRate: number): { files: Record<string, string>; resources: number } {
  const app = `app-${String(index).padStart(5, '0')}`;
  const mistake = random() < mistakeRate ? pick(random, mistakes) : undefined;
  const groups: Doc[][] = [
    [configMap(app, false), secret(app), serviceAccount(app)],
    [deployment(app, random, mistake), service(app)],
    [job(app, random, mistake), cronJob(app, mistake)],
  ];
  if (random() < 0.3) groups.push([statefulSet(app, mistake)]);
  if (random() < 0.4) groups.push([ingress(app)]);
  const files: Record<string, string> = {};
  let resources = 0;
  groups.forEach((docs, i) => {
    files[`${app}/${['config', 'web', 'batch', 'db', 'ingress'][i]}.yaml`] = docs.map((doc) => doc.text).join('---\n');
    resources += docs.reduce((sum, doc) => sum + doc.resources, 0);
  });
  return { files, resources };
}

export interface GeneratedCorpus {
  files: Record<string, string>;
  resources: number;
}

/** At least `target` resources (stops at the first application that reaches it). */
export function generateCorpus(target: number, seed = 1, mistakeRate = 0.02): GeneratedCorpus {
  const random = seededRandom(seed);
  const files: Record<string, string> = {};
  let resources = 0;
  for (let index = 0; resources < target; index++) {
    const app = application(index, random, mistakeRate);
    // Folders of 100 apps keep directories a realistic size.
    const prefix = `team-${String(Math.floor(index / 100)).padStart(3, '0')}/`;
    for (const [name, text] of Object.entries(app.files)) files[prefix + name] = text;
    resources += app.resources;
  }
  return { files, resources };
}

/** Copies of every YAML file under `from`, one folder per copy, resource names suffixed per copy. */
export function replicateFolder(from: string, copies: number): GeneratedCorpus {
  const sources: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry)) sources.push([path.relative(from, full).split(path.sep).join('/'), readFileSync(full, 'utf8')]);
    }
  };
  walk(from);
  const files: Record<string, string> = {};
  let resources = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const [name, text] of sources) {
      files[`copy-${String(copy).padStart(4, '0')}/${name}`] = text.replace(/^(\s*name:\s*)([a-z0-9][-a-z0-9.]*)\s*$/gm, `$1$2-c${copy}`);
      resources += (text.match(/^kind:/gm) ?? []).length;
    }
  }
  return { files, resources };
}

function filesUnder(from: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry)) found.push([path.relative(from, full).split(path.sep).join('/'), readFileSync(full, 'utf8')]);
    }
  };
  walk(from);
  return found;
}

/** Names that must not break a gradebook: a comma, a quote, a leading formula character. */
const awkwardNames = ['o\'brien, "pat"', '=HYPERLINK("evil")', '+1 student', '@home', '-dash'];

/**
 * A class of student folders from the fixture answer sets: per exercise the correct answer (70%),
 * the broken one (20%) or nothing (10%); plus a few hostile submissions (an alias bomb, a 50 MB
 * junk file, a binary file) that must cost their own row only.
 */
export function generateClass(count: number, seed = 1, junkMegabytes = 50, fixtures = path.join(import.meta.dirname, '..', 'fixtures')): GeneratedCorpus {
  const random = seededRandom(seed);
  const correct = filesUnder(path.join(fixtures, 'answers'));
  const broken = new Map(filesUnder(path.join(fixtures, 'broken', 'one-per-exercise')));
  const exercises = [...new Set(correct.map(([name]) => name.split('/')[0]!))];
  const files: Record<string, string> = {};
  let resources = 0;
  for (let i = 0; i < count; i++) {
    const student = i < awkwardNames.length ? awkwardNames[i]! : `student-${String(i).padStart(3, '0')}`;
    for (const exercise of exercises) {
      const roll = random();
      if (roll >= 0.9) continue;
      for (const [name, text] of correct.filter(([file]) => file.startsWith(`${exercise}/`))) {
        const chosen = roll >= 0.7 ? (broken.get(name) ?? text) : text;
        files[`${student}/${name}`] = chosen;
        resources += (chosen.match(/^kind:/gm) ?? []).length;
      }
    }
  }
  const bomb = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: lol',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    '',
  ].join('\n');
  if (count > 8) {
    files['student-006/ex2/bomb.yaml'] = bomb;
    files['student-007/ex3/junk.yaml'] = `# ${'junk '.repeat(19)}\n`.repeat(junkMegabytes * 10_486);
    files['student-008/ex4/image.yaml'] = '\u0000PNG binary';
  }
  return { files, resources };
}

export function writeCorpus(out: string, corpus: GeneratedCorpus): void {
  rmSync(out, { recursive: true, force: true });
  for (const [name, text] of Object.entries(corpus.files)) {
    const target = path.join(out, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = argument('out');
  if (!out) {
    console.error('usage: tsx scripts/gen-corpus.ts --out DIR (--resources N [--seed S] | --from DIR --copies N)');
    process.exit(2);
  }
  const from = argument('from');
  const students = argument('class');
  const seed = Number(argument('seed') ?? 1);
  const corpus = students
    ? generateClass(Number(students), seed)
    : from
      ? replicateFolder(from, Number(argument('copies') ?? 10))
      : generateCorpus(Number(argument('resources') ?? 1000), seed);
  writeCorpus(out, corpus);
  console.log(`${out}: ${Object.keys(corpus.files).length} files, ${corpus.resources} resources`);
}
