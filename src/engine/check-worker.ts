import { parentPort, workerData } from 'node:worker_threads';
import { checkSourceFile, toPortable, type FileCheckOptions } from './file-check.js';
import type { FileTask } from './parallel.js';

/** Worker thread of src/engine/parallel.ts: reads and parses the files it is sent, one answer per file. */
const options = workerData as FileCheckOptions;
parentPort?.on('message', ({ index, task }: { index: number; task: FileTask }) => {
  const outcome = checkSourceFile(task.displayPath, task.absolutePath, options);
  parentPort!.postMessage({ index, result: toPortable(outcome) });
});
