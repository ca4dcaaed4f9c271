/**
 * Cron schedules compared by when they fire, as the CronJob controller reads them: "* * * * *",
 * "*\/1 * * * *" and "0-59 * * * *" are the same schedule. The parser is the Kubernetes kit's.
 */
export { parseSchedule, sameSchedule, type Schedule } from '../k8s/cron.js';
