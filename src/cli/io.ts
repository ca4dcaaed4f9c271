/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  /** Resolves once stdout has taken what was written (a pipe fills; a report written in pieces must not pile up in memory). */
  stdoutDrained?: () => Promise<void>;
  stderr: (text: string) => void;
  /** Reads stdin, stopping after `maxBytes` bytes (a caller gives the file size limit plus one). */
  readStdin: (maxBytes: number) => Promise<Uint8Array>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** The terminal's width, for --help. */
  columns?: number;
}
