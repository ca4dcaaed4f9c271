/**
 * Every fenced sh, yaml and json snippet in README.md is run or validated, so the documentation
 * cannot drift from the code: commands run against the fixtures (a pipe from helm or kustomize gets
 * a rendered manifest on stdin instead), configuration files go through the config loader,
 * rubrics through the rubric parser, workflows through the Action's input reader.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { commands } from '../../src/cli/args.js';
import { parseConfig } from '../../src/pipeline/config.js';
import { main } from '../../src/cli/main.js';
import { allRuleMeta } from '../../src/pipeline/rule-set.js';
import { formatNames } from '../../src/format/index.js';
import { parseRubric } from '../../src/grade/index.js';
import { repoRoot } from '../support/cli.js';

interface Snippet {
  lang: string;
  line: number;
  text: string;
}

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const snippets: Snippet[] = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
  lang: match[1]!,
  line: readme.slice(0, match.index).split('\n').length,
  text: match[2]!,
}));
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const rendered = readFileSync(path.join(repoRoot, 'fixtures', 'answers', 'ex2', 'traceroute.yaml'));

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder with the names the snippets use: answers/, k8s/, submissions/<student>/. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubegrade-readme-'));
  made.push(dir);
  const answers = path.join(repoRoot, 'fixtures', 'answers');
  cpSync(answers, path.join(dir, 'answers'), { recursive: true });
  cpSync(answers, path.join(dir, 'k8s'), { recursive: true });
  for (const student of ['ann', 'bob']) cpSync(answers, path.join(dir, 'submissions', student), { recursive: true });
  mkdirSync(path.join(dir, 'reports'));
  return dir;
}

/** Shell words, with '...' and "..." quoting (all the snippets use). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** The synopsis' placeholders, filled with something real. */
const placeholders: Record<string, string[]> = {
  '[PATH...]': ['answers'],
  '[options]': [],
  'RULE-ID': ['job-restart-policy'],
  FILE: [path.join(repoRoot, 'rubrics', 'k8s-for-users-day2.yaml')],
  '[-f': ['-f'],
  'json]': ['json'],
  '--stdio': ['--help'],
}; // the server would wait for an editor: its --help runs instead

async function grade(args: string[], cwd: string, stdin = new Uint8Array()) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => stdin,
    env: { NO_COLOR: '1' },
    cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Runs one line of a sh snippet: kubegrade's own commands for real, npm scripts by name. */
async function runLine(raw: string, cwd: string): Promise<void> {
  const line = raw.replace(/\s{2,}#.*$/, '').trim();
  if (line === '') return;
  for (const part of line.split(' && ')) {
    let argv = words(part);
    let stdin = new Uint8Array();
    const pipe = argv.indexOf('|');
    if (pipe >= 0) {
      // helm template / kustomize build are not installed here: what they print is a manifest stream.
      expect(['helm', 'kustomize'], part).toContain(argv[0]);
      stdin = rendered;
      argv = argv.slice(pipe + 1);
    }
    const [command, ...rest] = argv;
    if (command === 'npm' && (rest[0] === 'test' || rest[0] === 'ci')) {
      if (rest[0] === 'test') expect(packageJson.scripts.test, part).toBeDefined();
      continue;
    }
    if (command === 'npm' && rest[0] === 'run') {
      expect(packageJson.scripts[rest[1]!], part).toBeDefined();
      continue;
    }
    // Setting up other tools for the lint-staged recipe; its kubegrade command is run from the json snippet.
    if ((command === 'npm' && rest[0] === 'install') || command === 'npx' || command === 'echo') continue;
    const args = command === 'node' && rest[0] === 'bin/grade.js' ? rest.slice(1) : command === 'grade' || command === 'kubegrade' ? rest : undefined;
    expect(args, `an unknown command in README.md: ${part}`).toBeDefined();
    const filled = args!.flatMap((arg) => placeholders[arg] ?? [arg]);
    const run = await grade(filled, command === 'node' ? repoRoot : cwd, stdin);
    // --each reports progress on stderr; nothing else may be there.
    expect(
      run.stderr.split('\n').filter((text) => text !== '' && !/^\[\d+\/\d+\] /.test(text)),
      part,
    ).toEqual([]);
    expect([0, 1], part).toContain(run.code);
  }
}

describe('README.md snippets', () => {
  it('has the snippets this test knows how to check', () => {
    expect(snippets.filter((snippet) => ['sh', 'yaml', 'json'].includes(snippet.lang)).length).toBeGreaterThanOrEqual(14);
  });

  for (const snippet of snippets.filter((s) => s.lang === 'sh')) {
    it(`sh at line ${snippet.line} runs`, async () => {
      const cwd = workspace();
      for (const line of snippet.text.split('\n')) await runLine(line, cwd);
    });
  }

  it('the synopsis names every command', () => {
    const synopsis = snippets.find((snippet) => snippet.text.startsWith('grade [PATH...]'))!;
    for (const command of commands) expect(synopsis.text).toMatch(new RegExp(`^grade ${command.name}\\b`, 'm'));
  });

  for (const snippet of snippets.filter((s) => s.lang === 'yaml')) {
    it(`yaml at line ${snippet.line} is valid`, async () => {
      const first = snippet.text.split('\n')[0]!;
      const value = parse(snippet.text) as Record<string, unknown>;
      expect(value).toBeTypeOf('object');
      if (first === '# .kubegrade.yaml') {
        const { config, problems } = await parseConfig('.kubegrade.yaml', snippet.text, { rules: allRuleMeta(), formatNames });
        expect(problems).toEqual([]);
        expect(config!.kubernetesVersion).toBeDefined();
      } else if (first.startsWith('# .github/workflows/')) {
        const steps = Object.values(value.jobs as Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>).flatMap((job) => job.steps);
        const ours = steps.filter((step) => step.uses?.startsWith('kubegrade/kubegrade@'));
        expect(ours.length).toBeGreaterThan(0);
        const actionInputs = Object.keys((parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
        for (const step of ours) {
          for (const name of Object.keys(step.with ?? {})) expect(actionInputs).toContain(name);
          const env = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, input]) => [`INPUT_${name.toUpperCase()}`, String(input)]));
          expect(() => readInputs(env)).not.toThrow();
        }
      } else if (first === '# .pre-commit-config.yaml') {
        const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
        const ids = (value.repos as { hooks: { id: string }[] }[]).flatMap((repo) => repo.hooks.map((hook) => hook.id));
        for (const id of ids) expect(hooks.map((hook) => hook.id)).toContain(id);
      } else if (value.version === 1 && value.exercises) {
        const parsed = parseRubric(snippet.text, 'README.md', allRuleMeta());
        expect(parsed.problems).toEqual([]);
      } else {
        // A fragment of a manifest (the suppression comments): it parses, and names real rules.
        for (const id of snippet.text.matchAll(/kubegrade-disable(?:-next)?-line ([\w-]+)/g)) expect(allRuleMeta().map((meta) => meta.id)).toContain(id[1]);
      }
    });
  }

  for (const snippet of snippets.filter((s) => s.lang === 'json')) {
    it(`json at line ${snippet.line}: its kubegrade command runs`, async () => {
      const value = JSON.parse(snippet.text) as { 'lint-staged': Record<string, string> };
      const cwd = workspace();
      for (const command of Object.values(value['lint-staged'])) await runLine(`${command} answers/ex2/traceroute.yaml`, cwd);
    });
  }
});
