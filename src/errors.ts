/** A mistake in how the tool was called: one clear line on stderr and exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
