/** Every rubric assertion function, one module each; the order is the README table's and the schema's. */
import exists from './exists.js';
import equals from './equals.js';
import oneOf from './oneOf.js';
import matches from './matches.js';
import contains from './contains.js';
import count from './count.js';
import imageEquals from './imageEquals.js';
import base64Equals from './base64Equals.js';
import cronEquivalent from './cronEquivalent.js';
import commandEquals from './commandEquals.js';
import commandMatches from './commandMatches.js';
import mountsVolume from './mountsVolume.js';
import type { AnyAssertionModule } from './types.js';

export type { AnyAssertionModule, AssertionModule, CompileContext } from './types.js';

export const assertionModules: readonly AnyAssertionModule[] = [
  exists,
  equals,
  oneOf,
  matches,
  contains,
  count,
  imageEquals,
  base64Equals,
  cronEquivalent,
  commandEquals,
  commandMatches,
  mountsVolume,
];

const byName = new Map<string, AnyAssertionModule>(assertionModules.map((module) => [module.name, module]));

export function assertionModule(name: string): AnyAssertionModule | undefined {
  return byName.get(name);
}
