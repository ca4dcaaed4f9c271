/** The `grade lsp --stdio` entry point (bin/grade.js starts it; src/cli lists the command in --help). */
import { startServer } from './server.js';

export async function main(argv: string[]): Promise<number> {
  const rest = argv.filter((arg) => arg !== 'lsp');
  const unknown = rest.filter((arg) => arg !== '--stdio');
  if (unknown.length > 0 || !rest.includes('--stdio')) {
    process.stderr.write(`grade: lsp speaks over stdio only: grade lsp --stdio${unknown.length > 0 ? ` (unknown: ${unknown.join(' ')})` : ''}\n`);
    return 2;
  }
  const { exited } = startServer({ input: process.stdin, output: process.stdout });
  await exited;
  return 0;
}
