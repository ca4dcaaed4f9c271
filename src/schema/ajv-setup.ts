import { Ajv, type Options } from 'ajv';
import { fastFormats } from 'ajv-formats/dist/formats.js';

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

/** ajv-formats' RFC 3339 date-time pattern; a RegExp is inlined into precompiled code, so the validators need no module at run time. */
const dateTime = (fastFormats['date-time'] as { validate: RegExp }).validate;

/** A configured ajv instance for Kubernetes definitions bundles. */
export function createAjv(extra: Options = {}): Ajv {
  const ajv = new Ajv({ ...ajvOptions, ...extra });
  ajv.addFormat('date-time', dateTime);
  ajv.addFormat('byte', kubernetesBase64);
  return ajv;
}
