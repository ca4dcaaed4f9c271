/** The GitHub Action's entry, bundled into dist/index.js by `npm run build:action`. */
import { runAction } from './run.js';
import { coreToolkit } from './toolkit.js';
import { workflowCommand } from '../format/github.js';

try {
  process.exitCode = await runAction(process.env, (text) => process.stdout.write(text), coreToolkit());
} catch (error) {
  process.stdout.write(`${workflowCommand('error', [['title', 'kubegrade']], `internal error: ${(error as Error).message}`)}\n`);
  process.exitCode = 2;
}
