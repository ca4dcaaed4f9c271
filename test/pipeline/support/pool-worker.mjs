// A worker for the worker-pool tests, built on the pool's own serveTasks: echoes tasks, hangs on
// "hang", dies on "die", and fails to load when told to.
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../../../build/src/pipeline/worker-pool.js';

if (workerData?.data?.failToLoad) throw new Error('cannot load');
serveTasks((task) => {
  if (task === 'hang') for (;;);
  if (task === 'die') process.exit(3);
  return `done ${task}`;
});
