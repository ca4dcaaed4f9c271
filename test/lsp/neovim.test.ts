/**
 * A real editor client: Neovim (0.7+, the Debian package; .ci/run installs it) run headless with
 * its built-in LSP client, set up by README.md's own init.lua snippet, against `kubegrade lsp
 * --stdio` (a `kubegrade` on PATH that runs bin/grade.js); test/lsp/neovim-client.lua drives it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeBin, repoRoot, writeTree } from '../support/cli.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNeovim = nvim.status === 0;

const job =
  'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: traceroute\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers:\n        - name: traceroute\n          image: alpine:3.8\n          command: ["traceroute", "google.com"]\n      automountServiceAccountToken: false\n';

describe.skipIf(!hasNeovim)('Neovim with its built-in LSP client', () => {
  it('shows the diagnostic, applies the quick fix, and the diagnostic goes', () => {
    const dir = writeTree({ 'job.yaml': job });
    const out = path.join(dir, 'out.json');
    // The README's snippet, as a user pastes it into init.lua, and the `kubegrade` command it runs.
    const snippets = [...readFileSync(path.join(repoRoot, 'README.md'), 'utf8').matchAll(/^```lua\n([\s\S]*?)^```$/gm)];
    expect(snippets).toHaveLength(1);
    writeFileSync(path.join(dir, 'init.lua'), snippets[0]![1]!);
    const bin = writeTree({ kubegrade: `#!/bin/sh\nexec "${process.execPath}" "${gradeBin}" "$@"\n` });
    chmodSync(path.join(bin, 'kubegrade'), 0o755);
    const run = spawnSync(
      'nvim',
      ['--headless', '-u', path.join(dir, 'init.lua'), '-c', `luafile ${path.join(repoRoot, 'test', 'lsp', 'neovim-client.lua')}`],
      {
        cwd: dir,
        env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, KUBEGRADE_FILE: path.join(dir, 'job.yaml'), KUBEGRADE_OUT: out },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.error).toBeUndefined();
    expect(result.attached).toBe(true);
    expect(result.before).toEqual([
      {
        lnum: 7,
        col: 21,
        end_lnum: 7,
        end_col: 27,
        severity: 1,
        code: 'job-restart-policy',
        source: 'kubegrade',
        message:
          "A Job's pod template cannot use restartPolicy Always: a Job's pods must be allowed to finish.\nChange it to restartPolicy: Never (or OnFailure).",
      },
    ]);
    expect(result.actions).toEqual(['Change restartPolicy to Never', 'Change restartPolicy to OnFailure']);
    expect(result.line_after_fix).toBe('      restartPolicy: Never');
    expect(result.cleared).toBe(true);
    expect(result.after).toEqual([]);
  });
});
