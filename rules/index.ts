import type { Rule } from '../src/engine/rule.js';
import jobRestartPolicy from './job-restart-policy.js';

/** Every rule, in id order. `npm run new-rule ID` adds an entry here. */
export const rules: readonly Rule[] = [
  jobRestartPolicy,
];
