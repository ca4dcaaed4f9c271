import type { RuleMeta } from './rule.js';
import { apiVersionMeta, schemaMeta } from '../schema/messages.js';

/** Reports suppression comments and annotations that do nothing (lint mode; see src/lint/suppress.ts). */
export const suppressionRuleMeta = {
  id: 'unused-suppression',
  description: 'A kubegrade-disable comment or kubegrade.io/ignore annotation that names an unknown rule or silences nothing (lint mode only).',
  severity: 'warning',
  messages: {
    unused: '{{ruleId}} reports nothing on {{where}}, so this suppression silences nothing.',
    unknown: '"{{ruleId}}" is not a kubegrade rule, so this suppression silences nothing{{suggestion}}.',
    noRule: 'This {{directive}} comment names no rule, so it silences nothing.',
    unknownDirective: '"{{directive}}" is not a kubegrade directive, so this comment silences nothing.',
  },
  hints: {
    unused: 'Remove {{ruleId}} from it (or the whole suppression), so it cannot hide a future problem.',
    unknown: 'Use a rule id from `grade rules`.',
    noRule: 'Name the rules it silences, e.g. # {{directive}} image-tag -- why this is fine.',
    unknownDirective: 'Write kubegrade-disable-line or kubegrade-disable-next-line.',
  },
  docs: {
    rationale:
      'In lint mode, `# kubegrade-disable-next-line RULE-ID -- reason` silences a rule on the next line, `# kubegrade-disable-line RULE-ID` on its own line, and the annotation `kubegrade.io/ignore: RULE-ID,RULE-ID` inside one resource. A suppression with a misspelt rule id, or one whose problem has since been fixed, silences nothing today but would hide a new problem tomorrow, so it is reported. Grading ignores every suppression: a scored check cannot be switched off from inside the answers.',
    incorrect:
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n# kubegrade-disable-next-line job-restart-policy -- not a Job\ndata:\n  mode: fast\n',
    correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
  },
} as const satisfies RuleMeta;

/** The input-layer checks: built into the pipeline, documented like rules. */
export const builtinRules: readonly RuleMeta[] = [
  suppressionRuleMeta,
  {
    id: 'too-many-findings',
    description: 'A file with more than 200 findings: the rest are summed up in one note (errors are listed first).',
    severity: 'info',
    messages: {},
    docs: {
      rationale:
        'A pasted or generated file can produce thousands of findings, and one YAML mistake can cause many more. The first 200 of a file are listed (errors before warnings) and one note says how many were left out, with the severity of the worst of them, so the exit code still tells the truth. Fix what is shown and run again.',
      incorrect: '# (a file with 201 or more problems)\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
    },
  },
  {
    id: 'file-unreadable',
    description:
      'A file that cannot be read as YAML text: binary, not UTF-8, too large, unreadable, or a symbolic link leading outside the graded folder; and, as an info, a file that is not read because of its name.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'kubectl can only apply text files. A file saved in another encoding, a binary file with a .yaml name, or a link to a file outside the folder being graded is reported once and skipped; every other file is still checked. A file in a searched folder whose name is not read (kubectl apply -f DIR reads .yaml, .yml and .json; lint mode reads .yaml and .yml unless --ext adds more) is named in an info at its first line, so a job.txt is never silently left out: in grade mode every such file except dot files, in lint mode those whose first lines look like a manifest (apiVersion and kind).',
      incorrect: '# (a file saved as UTF-16, or a symlink to /etc/passwd named secret.yaml)\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
    },
  },
  {
    id: 'yaml-syntax',
    description:
      'Every error the YAML parser reports (tabs, bad indentation, a missing "- " or space after ":", unquoted special characters, unclosed quotes and brackets, two resources without "---", alias limits), in plain words, once per mistake, at its own position.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'A document with a YAML error cannot be read reliably: the parser guesses, and a guess can silently move a field to another level. Such a document is reported at the exact position of each mistake and not checked further, so fix these first. Messages name the key and say how to fix it; they never repeat the text of a value, which may be a password.',
      incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: settings\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n',
    },
  },
  {
    id: 'yaml-portability',
    description:
      'YAML that kubectl accepts but stricter YAML 1.2 parsers reject: lone CR line ends, a multi-line double-quoted value continued no deeper than its key.',
    severity: 'warning',
    messages: {},
    docs: {
      rationale:
        'kubectl reads YAML with go-yaml (through sigs.k8s.io/yaml), which is more lenient than the YAML 1.2 specification in two ways that turn up in real repositories: it takes a lone CR (old Mac line ends) as a line break, and it accepts a double-quoted value whose continuation lines are indented no deeper than its key. The manifest applies, so it is checked as kubectl reads it, but editors, linters and other tools built on a strict parser reject the file: one warning names the place.',
      incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  motd: "Welcome to the\n  workshop"\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  motd: "Welcome to the\n    workshop"\n',
    },
  },
  {
    id: 'yaml-duplicate-key',
    description: 'A mapping key given twice; kubectl rejects the file. The other checks read the last value.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'When a key appears twice in the same mapping, kubectl refuses the file (its YAML-to-JSON conversion fails on the repeated key). This usually means a block was pasted twice or a field was meant to go one level deeper. The rest of the document is still checked, reading the last value as a reader of the file would.',
      incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n  mode: slow\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: slow\n',
    },
  },
  {
    id: 'manifest-shape',
    description: 'A document that is not a mapping, or lacks apiVersion, kind or metadata.name.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'Every Kubernetes object needs apiVersion and kind (which API it belongs to) and metadata.name (what it is called). Without them the API server cannot even tell what the document is meant to be.',
      incorrect: 'kind: Job\nmetadata:\n  name: traceroute\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\n',
    },
  },
  {
    id: 'not-a-manifest',
    description:
      'A YAML file or document that is not a Kubernetes API object (a Kustomization, a Helm template, Chart.yaml or values.yaml, a Skaffold, kind or kubeadm config, a *.config.k8s.io component config, docker-compose, .github/, pre-commit): one note, and it is not checked as a manifest.',
    severity: 'info',
    messages: {},
    docs: {
      rationale:
        "Repositories keep tool configuration next to their manifests, often in YAML with an apiVersion and a kind of its own. kubectl never applies these files, so shape and schema errors on them are noise. They are recognised by file name (kustomization.yaml, Chart.yaml, values.yaml, skaffold.yaml, docker-compose.yml, .pre-commit-config.yaml, anything under .github/), by Helm template syntax ({{ .Values.x }}, {{- if }} in a chart's templates/ folder) and by apiVersion group (kustomize.config.k8s.io, skaffold/, kind.x-k8s.io, kubeadm.k8s.io, audit.k8s.io, any *.config.k8s.io), never by a field that is missing: a Job without apiVersion is still a manifest with a mistake. Lint what they produce instead, e.g. `kustomize build DIR | grade --lint -` or `helm template CHART | grade --lint -`. In lint mode, a .json file (with --ext json) is read only when it is an object with apiVersion and kind.",
      incorrect:
        '# (not reported: a file that kubectl never applies)\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
    },
  },
  {
    id: 'unrendered-template',
    description:
      'A manifest that still holds a template placeholder (${VAR}, ${VAR:-default}, {{ .Values.x }}): one warning per document, and no type errors for the placeholder values.',
    severity: 'warning',
    messages: {},
    docs: {
      rationale:
        'Manifests meant for envsubst, Helm or another template tool hold placeholders that are replaced before kubectl sees them. Applied as they are, the API server stores the placeholder text or rejects it (a port of "${PORT}" is not a number). One warning per document says that a placeholder is left; schema type, enum and format errors on the placeholder values themselves are not reported, since the rendered value is what counts. Placeholders inside command, args, ConfigMap and Secret data, annotations and multi-line strings are left alone: there ${VAR} is usually a shell variable.',
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${REPLICAS:-1}\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
    },
  },
  schemaMeta,
  apiVersionMeta,
  {
    id: 'rubric',
    description:
      'A graded check of the rubric that fails: a resource the exercise asks for is missing, or a field does not have the value the exercise text asks for (grade mode only).',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'When grading, every check of the rubric (the built-in day-2 workshop, or --rubric FILE) looks at the resource the exercise asks for. A failed check is reported at the line that decides it, with the exercise and check it belongs to and a hint from the rubric: "no ConfigMap named not-secret-config; did you mean not-secret-conifg?", or "the container runs echo Jeff, but the exercise asks for ls -al /etc/not-secret; cat /etc/not-secret/username". Nothing inside the answers can switch a check off.',
      incorrect:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:latest\n          command: ["traceroute", "google.com"]\n',
      correct:
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n',
    },
  },
];
