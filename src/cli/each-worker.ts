import { poolData, serveTasks } from '../pipeline/worker-pool.js';
import { gradeSubmission, type SubmissionSettings, type SubmissionTask } from '../pipeline/submission.js';

/** Worker thread of `grade --each`: grades student folders from the shared queue, one at a time. */
const settings = poolData<SubmissionSettings>();
serveTasks((task: SubmissionTask) => gradeSubmission(task, settings));
