#!/usr/bin/env node
import { statSync } from 'node:fs';

// The one-file bundle (npm run build writes it after the module tree) loads several times faster;
// a bundle older than the tree is stale (the bundling step did not run) and is passed over. The
// published package has the bundle only (no tree, no dependencies).
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const args = process.argv.slice(2);
// `grade lsp --stdio` is its own entry point (src/lsp/main.ts): the CLI never imports the server.
const lsp = args[0] === 'lsp' && args.includes('--stdio') && !args.includes('--help') && !args.includes('-h');
const [bundleName, treeName] = lsp ? ['lsp.js', 'lsp/main.js'] : ['grade.js', 'cli/main.js'];
const bundle = new URL(`../build/bundle/${bundleName}`, import.meta.url);
const tree = new URL(`../build/src/${treeName}`, import.meta.url);
const { main } = await import(modified(bundle) >= modified(tree) ? bundle.href : tree.href);

// A reader that stops early (`grade ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(args);
