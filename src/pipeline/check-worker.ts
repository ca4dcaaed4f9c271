import { checkSourceFile, toPortable, type FileCheckOptions } from './file-check.js';
import type { FileTask } from './parallel.js';
import { poolData, serveTasks } from './worker-pool.js';

/** Worker thread of src/pipeline/parallel.ts: reads, parses and checks files from the shared queue. */
const options = poolData<FileCheckOptions>();
serveTasks((task: FileTask) => toPortable(checkSourceFile(task.displayPath, task.absolutePath, options)));
