import type { RuleMeta } from './rule.js';

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
    incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n# kubegrade-disable-next-line job-restart-policy -- not a Job\ndata:\n  mode: fast\n',
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
    description: 'A file that cannot be read as YAML text: binary, not UTF-8, too large, unreadable, or a symbolic link leading outside the graded folder.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'kubectl can only apply text files. A file saved in another encoding, a binary file with a .yaml name, or a link to a file outside the folder being graded is reported once and skipped; every other file is still checked.',
      incorrect: '# (a file saved as UTF-16, or a symlink to /etc/passwd named secret.yaml)\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
    },
  },
  {
    id: 'yaml-syntax',
    description: 'Every error the YAML parser reports (tabs, bad indentation, a missing "- " or space after ":", unquoted special characters, unclosed quotes and brackets, two resources without "---", alias limits), in plain words, once per mistake, at its own position.',
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
    description: 'YAML that kubectl accepts but stricter YAML 1.2 parsers reject: lone CR line ends, a multi-line double-quoted value continued no deeper than its key.',
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
    description: 'A YAML file or document that is not a Kubernetes API object (a Kustomization, a Helm template, Chart.yaml or values.yaml, a Skaffold, kind or kubeadm config, a *.config.k8s.io component config, docker-compose, .github/, pre-commit): one note, and it is not checked as a manifest.',
    severity: 'info',
    messages: {},
    docs: {
      rationale:
        'Repositories keep tool configuration next to their manifests, often in YAML with an apiVersion and a kind of its own. kubectl never applies these files, so shape and schema errors on them are noise. They are recognised by file name (kustomization.yaml, Chart.yaml, values.yaml, skaffold.yaml, docker-compose.yml, .pre-commit-config.yaml, anything under .github/), by Helm template syntax ({{ .Values.x }}, {{- if }} in a chart\'s templates/ folder) and by apiVersion group (kustomize.config.k8s.io, skaffold/, kind.x-k8s.io, kubeadm.k8s.io, audit.k8s.io, any *.config.k8s.io), never by a field that is missing: a Job without apiVersion is still a manifest with a mistake. Lint what they produce instead, e.g. `kustomize build DIR | grade --lint -` or `helm template CHART | grade --lint -`. In lint mode, a .json file (with --ext json) is read only when it is an object with apiVersion and kind.',
      incorrect: '# (not reported: a file that kubectl never applies)\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n',
    },
  },
  {
    id: 'unrendered-template',
    description: 'A manifest that still holds a template placeholder (${VAR}, ${VAR:-default}, {{ .Values.x }}): one warning per document, and no type errors for the placeholder values.',
    severity: 'warning',
    messages: {},
    docs: {
      rationale:
        'Manifests meant for envsubst, Helm or another template tool hold placeholders that are replaced before kubectl sees them. Applied as they are, the API server stores the placeholder text or rejects it (a port of "${PORT}" is not a number). One warning per document says that a placeholder is left; schema type, enum and format errors on the placeholder values themselves are not reported, since the rendered value is what counts. Placeholders inside command, args, ConfigMap and Secret data, annotations and multi-line strings are left alone: there ${VAR} is usually a shell variable.',
      incorrect: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${REPLICAS:-1}\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
      correct: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
    },
  },
  {
    id: 'schema',
    description: 'Strict validation against the Kubernetes schema of the target version (--kube-version): unknown fields (with "did you mean"), wrong types, missing required fields, values outside an enum.',
    severity: 'error',
    messages: {
      'unknown-field': 'Unknown field "{{field}}" in {{where}}; did you mean "{{suggestion}}"? (Without a close match: "{{where}}: a {{type}} has no such field".)',
      'wrong-type': '{{path}} must be {{expected}}, not {{actual}}.',
      required: '{{where}} is missing the required field "{{field}}".',
      enum: '{{path}} must be one of {{allowed}}, not "{{value}}". (A value a later Kubernetes has: "... in Kubernetes {{version}}, not "{{value}}": it exists from Kubernetes {{since}}".)',
      format: '{{path}} must be base64-encoded (Secret data, ConfigMap binaryData), or a date and time such as 2024-01-31T12:00:00Z.',
      'no-schema': 'No schema for {{apiVersion}} {{kind}} in Kubernetes {{version}}; not validated. (An info; an error with --strict-kinds.)',
    },
    hints: {
      'unknown-field': 'Rename it to {{suggestion}}, or remove it; the hint gives the field\'s description.',
      'wrong-type': 'Remove the quotes around a number, quote a value that must be a string, or write a list with "- ".',
      required: 'Add {{field}}: under {{where}}.',
      enum: 'Did you mean {{suggestion}}? (the close allowed value, same spelling in another case first; values are case-sensitive), or use one of the allowed values.',
      format: 'Encode the value with base64, or put plain text under stringData.',
    },
    docs: {
      rationale:
        'The API server rejects a manifest with a field it does not know (kubectl apply --validate=strict, the default since 1.25), a value of the wrong type, or a missing required field. A misspelt field is the most common beginner mistake: without strict validation it would be dropped silently and the object would not do what you meant. Each problem is reported where it is: an unknown field on its key, a wrong value on the value, a missing field on the key of the object that lacks it. Schemas for Kubernetes 1.10, 1.13, 1.21, 1.25 and 1.30 are bundled (grade schemas lists them; --kube-version picks one); nothing is downloaded. A field that only a newer version has is reported as such ("Kubernetes 1.10 does not have it yet; Kubernetes 1.21 does"). Custom resources (kinds from a CustomResourceDefinition) have no bundled schema: each gets one info finding, or an error with --strict-kinds. Numbers that the API reads as text (`cpu: 1`, `port: http`) and `null` values (`creationTimestamp: null`) are accepted, as the API server accepts them.',
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: "3"\n  template:\n    spec:\n      restartpolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: 3\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n',
    },
  },
  {
    id: 'api-version',
    description: 'An apiVersion/kind the target Kubernetes version does not serve (removed, or not yet there: error) or serves but deprecates (warning), naming the version and the replacement.',
    severity: 'error',
    messages: {
      removed: 'Kubernetes {{version}} does not serve {{kind}} as {{apiVersion}}: use {{replacement}} (available since {{since}}); {{apiVersion}} was removed in {{removedIn}}.',
      'not-yet': '{{apiVersion}} {{kind}} only exists from Kubernetes {{since}}; Kubernetes {{version}} serves {{kind}} as {{servedAs}}.',
      deprecated: '{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecatedIn}} and removed in {{removedIn}}: use {{replacement}} (available since {{since}}).',
      'other-api-version': 'Kubernetes {{version}} has no {{kind}} in {{apiVersion}}: {{kind}} is served as {{servedAs}}.',
      'unknown-kind': 'Kubernetes {{version}} has no kind "{{kind}}" in {{apiVersion}}; did you mean {{suggestion}}?',
    },
    hints: {
      removed: 'Change apiVersion to {{replacement}}.',
      'not-yet': 'Change apiVersion to {{servedAs}}, or choose a newer version with --kube-version.',
      deprecated: 'Change apiVersion to {{replacement}} before moving to Kubernetes {{removedIn}}.',
      'other-api-version': 'Change apiVersion to {{servedAs}}.',
      'unknown-kind': 'Write kind: {{suggestion}} (kinds are case-sensitive).',
    },
    docs: {
      rationale:
        'APIs move: CronJob was batch/v1beta1 until Kubernetes 1.21 made it batch/v1, and 1.25 removed the beta. A manifest written for an older cluster is rejected by a newer one with "no matches for kind", and one written for a newer cluster by an older one. The finding sits on the apiVersion value and names the version that removed it (or first served it) and what to use instead; a deprecated API that still works is a warning. The manifest is still checked against the schema of the newest version that served it, so typos inside it are reported too. A rubric can tolerate a removed API (the day-2 workshop accepts batch/v1beta1 CronJob): the finding is then a warning.',
      incorrect: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n',
      correct: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
    },
  },
  {
    id: 'rubric',
    description: 'A graded check of the rubric that fails: a resource the exercise asks for is missing, or a field does not have the value the exercise text asks for (grade mode only).',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'When grading, every check of the rubric (the built-in day-2 workshop, or --rubric FILE) looks at the resource the exercise asks for. A failed check is reported at the line that decides it, with the exercise and check it belongs to and a hint from the rubric: "no ConfigMap named not-secret-config; did you mean not-secret-conifg?", or "the container runs echo Jeff, but the exercise asks for ls -al /etc/not-secret; cat /etc/not-secret/username". Nothing inside the answers can switch a check off.',
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:latest\n          command: ["traceroute", "google.com"]\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n',
    },
  },
];
