/** The metadata of the schema checks (`schema`, `api-version`): their message templates are the printed messages. */
import type { RuleMeta } from '../messages.js';

export const schemaMeta = {
  id: 'schema',
  description:
    'Strict validation against the Kubernetes schema of the target version (--kube-version): unknown fields (with "did you mean"), wrong types, missing required fields, values outside an enum.',
  severity: 'error',
  messages: {
    'unknown-field': 'Unknown field "{{field}}" in {{where}}; did you mean "{{suggestion}}"?',
    'unknown-field/added-later': 'Unknown field "{{field}}" in {{where}}: Kubernetes {{version}} does not have it yet; Kubernetes {{addedIn}} does.',
    'unknown-field/no-such-field': 'Unknown field "{{field}}" in {{where}}: {{owner}} has no such field, so the API server rejects it.',
    'wrong-type': '{{path}} must be {{expected}}, not {{actual}}.',
    required: '{{where}} is missing the required field "{{field}}".',
    enum: '{{path}} must be {{allowed}}, not {{actual}}.',
    'enum/suggestion': '{{path}} must be {{allowed}}, not {{actual}}.',
    'enum/added-later': '{{path}} must be {{allowed}} in Kubernetes {{version}}, not "{{value}}": it exists from Kubernetes {{addedIn}}.',
    format: '{{path}} must be a date and time such as 2024-01-31T12:00:00Z, not {{actual}}.',
    'format/byte': '{{path}} must be base64-encoded, and this value is not valid base64.',
    pattern: '{{path}} must match the pattern {{pattern}}, and {{actual}} does not.',
    'out-of-range': '{{path}} must be {{bound}}, not {{actual}}.',
    invalid: '{{path}} does not satisfy the schema ({{keyword}}).',
    'no-schema': 'No schema for {{apiVersion}} {{kind}} in Kubernetes {{version}}; not validated.',
    'no-schema/unreadable': 'The schema for {{apiVersion}} {{kind}} in {{source}} could not be read; not validated.',
    'no-schema/crd-version': 'The CustomResourceDefinition of {{kind}} ({{origin}}) has no schema for {{version}}; not validated.',
  },
  hints: {
    'unknown-field': 'Rename it to {{suggestion}}.{{about}}',
    'unknown-field/added-later': 'Remove it for Kubernetes {{version}}, or check against a newer version with --kube-version.',
    'unknown-field/no-such-field': 'Remove it, or check its spelling and indentation. Fields allowed here: {{allowedFields}}.',
    'wrong-type': '{{fix}}{{about}}',
    required: 'Add {{field}}: {{place}}.{{about}}',
    enum: 'Use {{allowed}} (values are case-sensitive).{{about}}',
    'enum/suggestion': 'Did you mean {{suggestion}}? Values are case-sensitive.{{about}}',
    'enum/added-later': 'Use {{allowed}}, or choose Kubernetes {{addedIn}} or newer with --kube-version.{{about}}',
    format: 'Write it in RFC 3339 form: date, T, time and a time zone (Z for UTC).{{about}}',
    'format/byte': "Encode the value with base64 (echo -n 'text' | base64).",
    'format/byte-secret': "Encode the value with base64 (echo -n 'text' | base64), or put plain text under stringData instead.",
    'format/byte-configmap': "Encode the value with base64 (echo -n 'text' | base64), or put text under data instead.",
    pattern: 'Change the value to match the pattern.{{about}}',
    'out-of-range': '{{about}}',
    invalid: 'About {{field}}: {{description}}',
    'no-schema/strict': 'Only built-in kinds are allowed here (--strict-kinds); check apiVersion and kind.',
    'no-schema/custom': 'A custom resource: the CustomResourceDefinition installed in the cluster decides which fields it accepts.',
    'no-schema/unreadable': 'Check that file: its schema must be an OpenAPI v3 / JSON schema object.',
  },
  docs: {
    rationale:
      'The API server rejects a manifest with a field it does not know (kubectl apply --validate=strict, the default since 1.25), a value of the wrong type, or a missing required field. A misspelt field is the most common beginner mistake: without strict validation it would be dropped silently and the object would not do what you meant. Each problem is reported where it is: an unknown field on its key, a wrong value on the value, a missing field on the key of the object that lacks it. Schemas for Kubernetes 1.10, 1.13, 1.21, 1.25 and 1.30 are bundled (grade schemas lists them; --kube-version picks one); nothing is downloaded. A field that only a newer version has is reported as such ("Kubernetes 1.10 does not have it yet; Kubernetes 1.21 does"). Custom resources (kinds from a CustomResourceDefinition) have no bundled schema: each gets one info finding, or an error with --strict-kinds. Numbers that the API reads as text (`cpu: 1`, `port: http`) and `null` values (`creationTimestamp: null`) are accepted, as the API server accepts them.',
    incorrect:
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: "3"\n  template:\n    spec:\n      restartpolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n',
    correct:
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  backoffLimit: 3\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n',
  },
} as const satisfies RuleMeta;

export const apiVersionMeta = {
  id: 'api-version',
  description:
    'An apiVersion/kind the target Kubernetes version does not serve (removed, or not yet there: error) or serves but deprecates (warning), naming the version and the replacement.',
  severity: 'error',
  messages: {
    removed: 'Kubernetes {{version}} does not serve {{kind}} as {{apiVersion}}: {{instead}}{{apiVersion}} was removed in {{removedIn}}.',
    'removed/inexact':
      'Kubernetes {{version}} does not serve {{kind}} as {{apiVersion}}: {{instead}}Kubernetes {{lastServedIn}} is the newest bundled version that serves it.',
    'removed/formerly': 'Kubernetes {{version}} has no {{kind}}: {{formerly}} {{kind}} was removed in {{removedIn}}, and {{apiVersion}} never served it.',
    'removed/formerly-inexact':
      'Kubernetes {{version}} has no {{kind}}: {{formerly}} {{kind}} was last served by the bundled version before {{removedIn}}, and {{apiVersion}} never served it.',
    'not-yet': '{{apiVersion}} {{kind}} only exists from Kubernetes {{since}}; Kubernetes {{version}} serves {{kind}} as {{servedAs}}.',
    'not-yet/inexact':
      '{{apiVersion}} {{kind}} is not served by Kubernetes {{version}} (the oldest bundled version that serves it is {{since}}); Kubernetes {{version}} serves {{kind}} as {{servedAs}}.',
    'not-yet/no-kind': '{{apiVersion}} {{kind}} only exists from Kubernetes {{since}}; Kubernetes {{version}} has no {{kind}}.',
    'not-yet/inexact-no-kind':
      '{{apiVersion}} {{kind}} is not served by Kubernetes {{version}} (the oldest bundled version that serves it is {{since}}); Kubernetes {{version}} has no {{kind}}.',
    deprecated: '{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecatedIn}}{{removal}}: use {{replacement}}{{available}}.',
    'deprecated/no-replacement': '{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecatedIn}}{{removal}}.',
    'other-api-version': 'Kubernetes {{version}} has no {{kind}} in {{apiVersion}}: {{kind}} is served as {{servedAs}}.',
    'unknown-kind': 'Kubernetes {{version}} has no kind "{{kind}}" in {{apiVersion}}; did you mean {{suggestedKind}}?',
    'unknown-kind/other-group': 'Kubernetes {{version}} has no kind "{{kind}}" in {{apiVersion}}; did you mean {{suggestedKind}} (in {{suggestedApiVersion}})?',
    'unknown-kind/no-suggestion': 'Kubernetes {{version}} has no kind "{{kind}}" in {{apiVersion}}.',
    'not-served': 'The CustomResourceDefinition of {{kind}} ({{origin}}) has no version {{version}}; it serves {{served}}.',
    'not-served/defined': 'The CustomResourceDefinition of {{kind}} ({{origin}}) defines {{version}} but does not serve it; it serves {{served}}.',
  },
  hints: {
    removed: 'Change apiVersion to {{replacement}}.{{note}}',
    'removed/no-replacement': '{{note}}',
    'not-yet': 'Change apiVersion to {{servedAs}}, or choose a newer version with --kube-version.',
    'not-yet/no-kind': 'Choose a newer version with --kube-version.',
    deprecated: 'Change apiVersion to {{replacement}}{{beforeRemoval}}.{{note}}',
    'deprecated/no-replacement': '{{note}}',
    'other-api-version': 'Change apiVersion to {{servedAs}}.',
    'unknown-kind': 'Write kind: {{suggestedKind}} (kinds are case-sensitive).',
    'unknown-kind/other-group': 'Write kind: {{suggestedKind}} with apiVersion: {{suggestedApiVersion}} (kinds are case-sensitive).',
    'unknown-kind/no-suggestion':
      'Check the spelling (kinds are CamelCase, such as Deployment or ConfigMap); if {{kind}} was added in a later Kubernetes version, choose it with --kube-version.',
    'not-served': 'Change apiVersion to {{replacement}}.',
    'not-served/none': 'Set served: true on a version of the CustomResourceDefinition.',
  },
  docs: {
    rationale:
      'APIs move: CronJob was batch/v1beta1 until Kubernetes 1.21 made it batch/v1, and 1.25 removed the beta. A manifest written for an older cluster is rejected by a newer one with "no matches for kind", and one written for a newer cluster by an older one. The finding sits on the apiVersion value and names the version that removed it (or first served it) and what to use instead; a deprecated API that still works is a warning. The manifest is still checked against the schema of the newest version that served it, so typos inside it are reported too. A rubric can tolerate a removed API (the day-2 workshop accepts batch/v1beta1 CronJob): the finding is then a warning.',
    incorrect: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n',
    correct: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
  },
} as const satisfies RuleMeta;
