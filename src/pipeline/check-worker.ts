import { checkSourceFile, toPortable } from './file-check.js';
import type { CheckWorkerData, FileTask } from './parallel.js';
import { poolData, serveTasks } from './worker-pool.js';
import { compileForShortRun, heapSizing } from './v8-flags.js';

/** Worker thread of src/pipeline/parallel.ts: reads, parses and checks files from the shared queue. */
const { bigRun, ...options } = poolData<CheckWorkerData>();
// Starting this thread reset V8's flags (process-wide) to the defaults.
compileForShortRun();
heapSizing(bigRun);
serveTasks((task: FileTask) => toPortable(checkSourceFile(task.displayPath, task.absolutePath, options)));
