import type { RuleMeta } from './rule.js';

/** The input-layer checks: built into the pipeline, documented like rules. */
export const builtinRules: readonly RuleMeta[] = [
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
    description: 'Every error the YAML parser reports (tabs, bad indentation, unclosed brackets, alias limits), at its own position.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'A document with a YAML error cannot be read reliably: the parser guesses, and a guess can silently move a field to another level. Such a document is reported at the exact position of each error and not checked further, so fix these first.',
      incorrect: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: settings\n',
      correct: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n',
    },
  },
  {
    id: 'yaml-duplicate-key',
    description: 'A mapping key given twice; kubectl silently keeps only the last one.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'When a key appears twice in the same mapping, kubectl keeps the last value without a word, so the first one is silently lost. This usually means a block was pasted twice or a field was meant to go one level deeper.',
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
    id: 'schema',
    description: 'Strict validation against the Kubernetes schema of the target version: unknown fields (with "did you mean"), wrong types, missing required fields, values outside an enum.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'The API server rejects a manifest with a field it does not know (kubectl apply --validate=strict, the default since 1.25), a value of the wrong type, or a missing required field. A misspelt field is the most common beginner mistake: without strict validation it would be dropped silently and the object would not do what you meant.',
      incorrect: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: "3"\n  template:\n    spec:\n      restartpolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n',
      correct: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: 3\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n',
    },
  },
  {
    id: 'api-version',
    description: 'An apiVersion/kind the target Kubernetes version does not serve (removed: error) or serves but deprecates (warning), naming the replacement.',
    severity: 'error',
    messages: {},
    docs: {
      rationale:
        'APIs move: CronJob was batch/v1beta1 until Kubernetes 1.21 made it batch/v1, and 1.25 removed the beta. A manifest written for an older cluster is rejected by a newer one with "no matches for kind". The finding names the version that removed it and what to use instead.',
      incorrect: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n',
      correct: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
    },
  },
];
