/** Thrown by the first rule stage's index (rule-stages.ts): this rule needs every resource, so it runs later. */
export class NeedsResourceSet extends Error {
  constructor() {
    super('this rule looks at other resources; it runs once every file is read');
  }
}

/** One instance, thrown every time: building an Error (and its stack) per deferred rule would cost more than the rule. */
export const needsResourceSet = new NeedsResourceSet();
