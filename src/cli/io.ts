/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}
