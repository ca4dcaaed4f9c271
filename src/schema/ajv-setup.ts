import { Ajv, type Options } from 'ajv';

/** The ajv settings shared by the build (precompiled validators) and the runtime (lazy compile). */
const ajvOptions: Options = {
  // Students should see every problem at once.
  allErrors: true,
  // Findings are written from keyword and params; ajv's own English is never shown.
  messages: false,
  strict: true,
  // Int-or-string and Quantity are type unions.
  allowUnionTypes: true,
  // Every definition becomes one function, shared by the kinds that reference it.
  inlineRefs: false,
};

/** The $id under which a version's definitions bundle is registered. */
export const bundleId = 'kubernetes';

/** []byte fields as Go's base64.StdEncoding reads them: padding required, line breaks ignored anywhere. */
export const kubernetesBase64 = /^[\r\n]*(?:(?:[A-Za-z0-9+/][\r\n]*){4})*(?:(?:[A-Za-z0-9+/][\r\n]*){2}=[\r\n]*=|(?:[A-Za-z0-9+/][\r\n]*){3}=)?[\r\n]*$/;

/** RFC 3339 date-time (the pattern ajv-formats' "fast" mode uses); a RegExp is inlined into precompiled code, so the validators need no module at run time. */
export const dateTime = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;

/** A configured ajv instance for Kubernetes definitions bundles. */
export function createAjv(extra: Options = {}): Ajv {
  const ajv = new Ajv({ ...ajvOptions, ...extra });
  ajv.addFormat('date-time', dateTime);
  ajv.addFormat('byte', kubernetesBase64);
  return ajv;
}
