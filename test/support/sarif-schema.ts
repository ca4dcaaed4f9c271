import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it (schemastore's sarif-2.1.0-rtm.5.json,
 * in the devDependency @microsoft/sarif-matcher-utils). It is written in draft-04, whose only keyword this
 * schema uses that later drafts spell differently is the top-level "id"; it is dropped before compiling.
 */
export function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@microsoft/sarif-matcher-utils/package.json'));
  const schema = JSON.parse(readFileSync(path.join(packageDir, 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  // The schema's `language` pattern has a stray ']', legal only without the regex `u` flag that ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
