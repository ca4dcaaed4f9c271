import { where, showValue, orList, stripSlash, type NodeTest } from './support.js';
import { mustRedact, redactedMark } from '../../k8s/redact.js';
import { get, isObject } from '../../k8s/pod-spec.js';
import { scalarText } from '../select.js';
import type { PlainValue, JsonPath } from '../../types.js';
import { defineAssertion, type AssertionFunction } from './types.js';

function mountsVolumeTest(fn: Extract<AssertionFunction, { name: 'mountsVolume' }>): NodeTest {
  const source = fn.from.map(({ field, value }) => `${field.join('.')}: ${value}`).join(', ');
  const wantedPaths = fn.at.map(stripSlash);
  const atText = orList(fn.at);
  return ({ path, value }, resource, context) => {
    if (!isObject(value)) return { path, target: 'key', message: `${where(path)} should be a pod spec.` };
    // Volume names and mount paths are only shown from a resource whose values may be shown.
    const show = (shown: PlainValue | undefined) => (mustRedact(resource, path, context) ? redactedMark : showValue(shown));
    const volumes = Array.isArray(value.volumes) ? value.volumes : [];
    const fieldIs = (volume: PlainValue, field: string[], expected: string) => {
      const actual = get(volume, field);
      return actual !== undefined && scalarText(actual) === expected;
    };
    const sources = volumes.flatMap((volume, i) =>
      isObject(volume) && fn.from.every(({ field, value: expected }) => fieldIs(volume, field, expected)) ? [{ i, name: volume.name }] : [],
    );
    const mounts = (Array.isArray(value.containers) ? value.containers : []).flatMap((container, c) =>
      isObject(container) && Array.isArray(container.volumeMounts)
        ? container.volumeMounts.flatMap((mount, m) =>
            isObject(mount) ? [{ path: [...path, 'containers', c, 'volumeMounts', m] as JsonPath, name: mount.name, mountPath: mount.mountPath }] : [],
          )
        : [],
    );
    if (sources.length === 0) {
      // A volume of the right type that names another source: point at the name it gives.
      for (const [i, volume] of volumes.entries()) {
        if (!isObject(volume) || !fn.from.every(({ field }) => get(volume, field) !== undefined)) continue;
        const wrong = fn.from.find(({ field, value: expected }) => scalarText(get(volume, field)!) !== expected)!;
        return {
          path: [...path, 'volumes', i, ...wrong.field],
          target: 'value',
          message: `The volume ${show(volume.name)} takes its data from ${wrong.field.join('.')}: ${show(get(volume, wrong.field))}, but the exercise asks for ${show(wrong.value)}.`,
        };
      }
      const at: JsonPath = value.volumes !== undefined ? [...path, 'volumes'] : path;
      return { path: at, target: 'key', message: `No volume in ${where(path)} takes its data from ${source}.` };
    }
    for (const volume of sources) {
      for (const mount of mounts) {
        if (mount.name === volume.name && typeof mount.mountPath === 'string' && wantedPaths.includes(stripSlash(mount.mountPath))) return undefined;
      }
    }
    const volume = sources[0]!;
    const ofVolume = mounts.find((mount) => sources.some((s) => s.name === mount.name));
    if (ofVolume)
      return {
        path: [...ofVolume.path, 'mountPath'],
        target: 'value',
        message: `The volume ${show(ofVolume.name)} (${source}) is mounted at ${show(ofVolume.mountPath)}, but the exercise asks for ${atText}.`,
      };
    const atWantedPath = mounts.find((mount) => typeof mount.mountPath === 'string' && wantedPaths.includes(stripSlash(mount.mountPath)));
    if (atWantedPath) {
      return {
        path: [...atWantedPath.path, 'name'],
        target: 'value',
        message: `The volumeMount at ${show(atWantedPath.mountPath)} names ${show(atWantedPath.name)}, but the volume with ${source} is named ${show(volume.name)}: a mount finds its volume by name.`,
      };
    }
    return {
      path: [...path, 'volumes', volume.i, 'name'],
      target: 'value',
      message: `The volume ${show(volume.name)} (${source}) is not mounted by any container; mount it at ${atText}.`,
    };
  };
}

export default defineAssertion({
  name: 'mountsVolume',
  doc: {
    usage: '`mountsVolume: { from: { field: value }, at: [paths] }`',
    passes: 'on a pod spec: a volume whose fields equal `from` is mounted by a container at one of `at` (a trailing `/` does not matter)',
  },
  schema: {
    description: 'On a pod spec: a volume whose fields equal `from` is mounted by a container at one of `at`.',
    type: 'object',
    additionalProperties: false,
    required: ['from', 'at'],
    properties: {
      from: { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
      at: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    },
  },
  compile(value, { at, problems }) {
    if (!isObject(value) || !isObject(value.from) || !Array.isArray(value.at)) return undefined;
    const from: { field: string[]; value: string }[] = [];
    for (const [field, expected] of Object.entries(value.from)) {
      if (!/^[^.[\]\s]+(\.[^.[\]\s]+)*$/.test(field))
        problems.push({ path: [...at, 'from', field], target: 'key', message: `"${field}" is not a dotted field path such as secret.secretName` });
      from.push({ field: field.split('.'), value: String(expected) });
    }
    return { name: 'mountsVolume', from, at: value.at.map(String) };
  },
  test: (fn) => mountsVolumeTest(fn),
});
