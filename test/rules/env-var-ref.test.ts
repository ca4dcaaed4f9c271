import rule from '../../rules/env-var-ref.js';
import { testRule } from '../support/rule-tester.js';

/** A Job with one container: the command line and env lines are the variable parts. */
const job = (command: string, env: string, extra = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: traceroute-google
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: traceroute
          image: alpine:3.8
          command: ${command}
${extra}          env:
${env}`;

const envVar = (name: string, value: string) => `            - name: ${name}\n              value: "${value}"\n`;
const traceroute = '["/bin/sh", "-c", "traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)"]';

/** A ConfigMap holding TTW and MAX_HOPS (for envFrom), in a namespace or none. */
const hops = (namespace: string | null, keys = '  TTW: "4"\n  MAX_HOPS: "15"\n') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hops\n${namespace ? `  namespace: ${namespace}\n` : ''}data:\n${keys}---\n`;
const inNamespace = (manifest: string, namespace: string) =>
  manifest.replace('  name: traceroute-google\n', `  name: traceroute-google\n  namespace: ${namespace}\n`);
const fromHops = '          envFrom:\n            - configMapRef:\n                name: hops\n';

// Whole manifests are in fixtures/rules/env-var-ref/ (invalid ones with their expected findings beside them).
testRule(rule, {
  valid: [
    {
      name: 'shell command substitution is not a reference (exercise 5)',
      code: job('["/bin/sh", "-c", "echo $(cat /run/secret/username) has logged into $(cat /run/secret/endpoint)"]', envVar('A', 'b')),
    },
    { name: '$$(VAR) is an escape for a literal $(VAR)', code: job('["echo", "$$(NOT_A_VAR)"]', envVar('A', 'b')) },
    { name: 'lowercase shell command like $(date) or $(hostname)', code: job('["/bin/sh", "-c", "echo $(date) on $(hostname)"]', envVar('TARGET', 'x')) },
    { name: 'an unclosed $( is left alone', code: job('["/bin/sh", "-c", "echo $(MISSING"]', envVar('A', 'b')) },
    { name: 'env value refers to an earlier env var', code: job('["env"]', envVar('HOST', 'example.com') + envVar('URL', 'https://$(HOST)/')) },
    {
      name: 'service env vars come from the cluster',
      code: job('["/bin/sh", "-c", "redis-cli -h $(REDIS_SERVICE_HOST) -p $(REDIS_SERVICE_PORT)"]', envVar('A', 'b')),
    },
    {
      name: 'envFrom something not among the files: unknown, not flagged',
      code: job(traceroute, envVar('TARGET', 'x'), '          envFrom:\n            - secretRef:\n                name: elsewhere\n'),
    },
    {
      name: "envFrom a ConfigMap of the pod's namespace: its keys are env vars",
      code: hops('ws') + inNamespace(job(traceroute, envVar('TARGET', 'x'), fromHops), 'ws'),
    },
    {
      name: 'envFrom a ConfigMap that names no namespace: they meet if applied together (config-ref warns), so its keys count',
      code: hops(null) + inNamespace(job(traceroute, envVar('TARGET', 'x'), fromHops), 'ws'),
    },
    {
      name: 'envFrom a ConfigMap only in another namespace: the pod cannot use it (config-ref says so once); its keys are unknown, not flagged here',
      code: hops('other', '  TTW: "4"\n') + inNamespace(job(traceroute, envVar('TARGET', 'x'), fromHops), 'ws'),
    },
  ],
  invalid: [
    {
      name: "envFrom reads the ConfigMap of the pod's namespace, not a same-named one elsewhere that has the key",
      code: hops('other') + hops('ws', '  TTW: "4"\n') + inNamespace(job(traceroute, envVar('TARGET', 'x'), fromHops), 'ws'),
      errors: [{ messageId: 'unknown', line: 30, column: 38, message: '$(MAX_HOPS) names no env var of container "traceroute"' }],
    },
    {
      name: 'a typo in the reference',
      code: job('["/bin/sh", "-c", "ping -W $(TTW) $(TARGT)"]', envVar('TARGET', 'google.com') + envVar('TTW', '4')),
      errors: [{ messageId: 'typo', line: 12, column: 38, endColumn: 63, message: 'did you mean $(TARGET)?' }],
    },
    {
      name: 'an uppercase name nothing resembles',
      code: job('["/bin/sh", "-c", "echo $(HOSTNAME)"]', envVar('TARGET', 'google.com')),
      errors: [{ messageId: 'unknown', line: 12, column: 38, endColumn: 56, message: '"HOSTNAME: not found"' }],
    },
    {
      name: 'without a shell the program gets the literal text',
      code: job('["ping", "$(TARGET)"]', envVar('TTW', '4')),
      errors: [{ messageId: 'unknown', line: 12, column: 29, endColumn: 40, message: 'The program receives the literal text $(TARGET)' }],
    },
    {
      name: 'args run by the shell in command',
      code: job('["/bin/sh"]', envVar('TTW', '4'), '          args: ["-c", "ping -W $(TW) google.com"]\n'),
      errors: [{ messageId: 'typo', line: 13, column: 24, endColumn: 50, message: 'command substitution' }],
    },
    {
      name: 'env value uses a variable defined further down',
      code: job('["env"]', envVar('URL', 'https://$(HOST)/') + envVar('HOST', 'example.com')),
      errors: [{ messageId: 'definedLater', line: 15, column: 22, endLine: 15, endColumn: 40, message: 'defined after URL' }],
    },
    {
      name: 'env value refers to itself without an earlier definition',
      code: job('["env"]', envVar('PATH', '/opt/bin:$(PATH)')),
      errors: [{ messageId: 'selfReference', line: 15, column: 22, endColumn: 40 }],
    },
  ],
});
