import { parentPort, workerData } from 'node:worker_threads';
import { gradeSubmission, type SubmissionSettings, type SubmissionTask } from './submission.js';

/** Worker thread of `grade --each`: grades the student folders it is sent, one at a time. */
const settings = workerData as SubmissionSettings;
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', ({ index, task }: { index: number; task: SubmissionTask }) => {
  // One at a time, so the pool's time budget applies to the student being graded.
  previous = previous.then(async () => {
    parentPort!.postMessage({ index, result: await gradeSubmission(task, settings) });
  });
});
