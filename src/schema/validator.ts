import type { Ajv } from 'ajv';
import { bundleId, createAjv } from './ajv-setup.js';
import type { SchemaSource, ValidateFunction } from './bundle.js';

/** Validators per definition of one Kubernetes version: precompiled when the build made one, else compiled once, lazily. */
export class DefinitionValidators {
  private readonly cache = new Map<string, ValidateFunction>();
  private ajv: Ajv | undefined;

  constructor(private readonly source: SchemaSource) {}

  get(definition: string): ValidateFunction {
    let validate = this.cache.get(definition);
    if (!validate) {
      validate = this.source.precompiled(definition) ?? this.compile(definition);
      this.cache.set(definition, validate);
    }
    return validate;
  }

  private compile(definition: string): ValidateFunction {
    if (!this.ajv) {
      // Only kinds without a precompiled validator (a List kind whose items is no list) get here.
      this.ajv = createAjv({ validateSchema: false });
      this.ajv.addSchema({ $id: bundleId, definitions: this.source.definitions() });
    }
    return this.ajv.compile({ $ref: `${bundleId}#/definitions/${definition}` }) as unknown as ValidateFunction;
  }
}
