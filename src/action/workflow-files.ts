import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';

/**
 * One entry for the GITHUB_OUTPUT file: `name=value`, or for a value with a line break the
 * heredoc form `name<<DELIMITER`, with a random delimiter that the value cannot contain.
 */
export function outputEntry(name: string, value: string): string {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Step outputs go to the file named by GITHUB_OUTPUT (absent outside a runner: nothing to do). */
export async function appendOutputs(file: string | undefined, outputs: Readonly<Record<string, string>>): Promise<void> {
  if (!file) return;
  await appendFile(
    file,
    Object.entries(outputs)
      .map(([name, value]) => outputEntry(name, value))
      .join(''),
    'utf8',
  );
}

/** The job summary is Markdown appended to the file named by GITHUB_STEP_SUMMARY (the formatter keeps it under 1 MiB). */
export async function appendSummary(file: string | undefined, markdown: string): Promise<void> {
  if (!file) return;
  await appendFile(file, markdown, 'utf8');
}
