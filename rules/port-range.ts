import { defineRule, type RuleContext } from '../src/lint/rule.js';
import { containersOf, get, isObject, podSpecOf, podSpecPaths } from '../src/k8s/pod-spec.js';
import { portNameProblem } from '../src/k8s/names.js';
import type { JsonPath, PlainValue } from '../src/types.js';
import { hasPlaceholder } from '../src/k8s/placeholders.js';

/** kube-apiserver's default --service-node-port-range; clusters may configure another. */
const nodePortRange = { min: 30000, max: 32767 };

function isPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

function listOf(value: PlainValue | undefined): PlainValue[] {
  return Array.isArray(value) ? value : [];
}

type Report = RuleContext['report'];

function checkContainerPorts(report: Report, ports: PlainValue | undefined, path: JsonPath): void {
  listOf(ports).forEach((port, index) => {
    if (!isObject(port)) return;
    const portPath = [...path, index];
    const { containerPort, hostPort, name } = port;
    if (typeof containerPort === 'number' && !isPortNumber(containerPort))
      report({ path: [...portPath, 'containerPort'], messageId: 'containerPort', data: { value: containerPort } });
    // hostPort 0 means "no host port".
    if (typeof hostPort === 'number' && hostPort !== 0 && !isPortNumber(hostPort))
      report({ path: [...portPath, 'hostPort'], messageId: 'hostPort', data: { value: hostPort } });
    const problem = typeof name === 'string' && name !== '' ? portNameProblem(name) : undefined;
    if (problem) report({ path: [...portPath, 'name'], messageId: 'portName', data: { name: String(name), problem } });
  });
}

function checkServicePorts(report: Report, spec: PlainValue | undefined): void {
  if (!isObject(spec)) return;
  const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
  listOf(spec.ports).forEach((port, index) => {
    if (!isObject(port)) return;
    const portPath = ['spec', 'ports', index];
    const { port: number, targetPort, nodePort } = port;
    if (typeof number === 'number' && !isPortNumber(number)) report({ path: [...portPath, 'port'], messageId: 'servicePort', data: { value: number } });
    // targetPort 0 or "" is replaced by port.
    if (typeof targetPort === 'number' && targetPort !== 0 && !isPortNumber(targetPort))
      report({ path: [...portPath, 'targetPort'], messageId: 'targetPort', data: { value: targetPort } });
    if (typeof targetPort === 'string' && targetPort !== '' && !hasPlaceholder(targetPort)) {
      if (/^\d+$/.test(targetPort)) report({ path: [...portPath, 'targetPort'], messageId: 'targetPortQuoted', data: { value: targetPort } });
      else {
        const problem = portNameProblem(targetPort);
        if (problem) report({ path: [...portPath, 'targetPort'], messageId: 'targetPortName', data: { value: targetPort, problem } });
      }
    }
    // nodePort 0 means "let Kubernetes choose".
    if (typeof nodePort !== 'number' || nodePort === 0) return;
    if (type === 'ClusterIP') report({ path: [...portPath, 'nodePort'], messageId: 'nodePortType', target: 'key', data: { type } });
    else if (type !== 'NodePort' && type !== 'LoadBalancer') return;
    else if (!isPortNumber(nodePort)) report({ path: [...portPath, 'nodePort'], messageId: 'nodePort', data: { value: nodePort } });
    else if (nodePort < nodePortRange.min || nodePort > nodePortRange.max)
      report({ path: [...portPath, 'nodePort'], messageId: 'nodePortRange', severity: 'warning', data: { value: nodePort } });
  });
}

export default defineRule({
  meta: {
    id: 'port-range',
    description: 'Container and Service ports are 1-65535, port names are valid IANA service names, and a nodePort sits in 30000-32767.',
    severity: 'error',
    kinds: [...Object.keys(podSpecPaths), 'Service'],
    messages: {
      containerPort: 'containerPort {{value}} is not a valid port; ports run from 1 to 65535.',
      hostPort: 'hostPort {{value}} is not a valid port; ports run from 1 to 65535.',
      portName: 'The port name "{{name}}" is not valid: {{problem}}.',
      servicePort: 'port {{value}} is not a valid port; ports run from 1 to 65535.',
      targetPort: 'targetPort {{value}} is not a valid port; ports run from 1 to 65535.',
      targetPortQuoted: 'targetPort "{{value}}" is a string, so Kubernetes reads it as a port name, and a port name needs a letter; the API server rejects it.',
      targetPortName: 'targetPort "{{value}}" is not a valid port name: {{problem}}.',
      nodePort: 'nodePort {{value}} is not a valid port; ports run from 1 to 65535.',
      nodePortRange: 'nodePort {{value}} is outside 30000-32767, the default node port range, so most clusters reject it.',
      nodePortType: 'nodePort is set, but this Service has type {{type}}, which opens no node ports; the API server rejects it.',
    },
    hints: {
      containerPort: 'Use the port the program listens on, between 1 and 65535.',
      hostPort: 'Use a port between 1 and 65535, or leave hostPort out.',
      portName: 'A port name has at most 15 lower-case letters, digits and "-", with at least one letter, e.g. http or metrics.',
      servicePort: 'Use a port between 1 and 65535.',
      targetPort: 'Use the containerPort of the pods, between 1 and 65535.',
      targetPortQuoted: 'Remove the quotes: targetPort: {{value}}.',
      targetPortName: 'Use the containerPort number, or the name given to that port in the pod (ports[].name).',
      nodePort: 'Pick a port from 30000-32767, or leave nodePort out and let Kubernetes choose one.',
      nodePortRange: 'Pick a port from 30000-32767 (unless your cluster sets another --service-node-port-range), or leave nodePort out.',
      nodePortType: 'Add type: NodePort (or LoadBalancer) to the Service spec, or remove nodePort.',
    },
    docs: {
      rationale:
        'Ports are numbers from 1 to 65535, and the API server rejects anything else. A port can also be referred to by name; names follow the IANA service name rules (at most 15 lower-case letters, digits and "-", with a letter), so a quoted number such as targetPort: "8080" is an invalid name. A nodePort must fall in the cluster\'s node port range, 30000-32767 by default, and only exists on NodePort and LoadBalancer Services.',
      incorrect:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: vote\nspec:\n  type: NodePort\n  selector:\n    app: vote\n  ports:\n    - port: 80\n      targetPort: "80"\n      nodePort: 80000\n',
      correct:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: vote\nspec:\n  type: NodePort\n  selector:\n    app: vote\n  ports:\n    - port: 80\n      targetPort: 80\n      nodePort: 31000\n',
    },
  },
  check({ resource, value, report }) {
    if (resource.kind === 'Service') {
      checkServicePorts(report, value.spec);
      return;
    }
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { path, container, list } of containersOf(pod)) {
      if (list !== 'ephemeralContainers') checkContainerPorts(report, get(container, ['ports']), [...path, 'ports']);
    }
  },
});
