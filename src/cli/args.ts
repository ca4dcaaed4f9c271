import { parseArgs } from 'node:util';
import { suggestName } from '../k8s/did-you-mean.js';
import { UsageError } from '../errors.js';

/** One command-line option: what it takes and what `--help` says about it. */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'boolean' | 'string';
  /** The value's placeholder in --help (FILE, N, ...). */
  value?: string;
  /** --no-NAME turns it off. */
  negatable?: boolean;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** How it is called, for --help and for the "needs" messages. */
  usage: string;
  description: string;
  /** Names of its positional arguments, all required. */
  positionals: string[];
  options: readonly OptionSpec[];
}

const help: OptionSpec = { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' };
const version: OptionSpec = { name: 'version', short: 'v', type: 'boolean', description: 'Print the version' };
const debug: OptionSpec = { name: 'debug', type: 'boolean', description: 'Show stack traces for internal errors' };

/** The options of a grading or linting run (`grade [PATH...]`). */
export const checkOptionSpecs: readonly OptionSpec[] = [
  { name: 'lint', type: 'boolean', description: 'Lint only: no rubric, no score' },
  { name: 'rubric', type: 'string', value: 'FILE', description: 'Grade against this rubric file instead of the built-in day-2 workshop' },
  { name: 'pass-score', type: 'string', value: 'N|N%', description: 'Exit 0 when the score reaches N points (or N% of the maximum), whatever else was found' },
  { name: 'format', short: 'f', type: 'string', value: 'FORMAT', description: 'Output format (default stylish); repeatable, each with its own -o' },
  { name: 'output-file', short: 'o', type: 'string', value: 'FILE', description: 'Write the --format just before it to FILE instead of the terminal' },
  { name: 'config', short: 'c', type: 'string', value: 'FILE', description: 'Configuration file (default: the nearest .kubegrade.yaml, in --lint mode)' },
  { name: 'quiet', short: 'q', type: 'boolean', description: 'Report errors only' },
  { name: 'max-warnings', type: 'string', value: 'N', description: 'Exit 1 when there are more than N warnings' },
  { name: 'color', type: 'boolean', negatable: true, description: 'Force colours on or off (--no-color); NO_COLOR and FORCE_COLOR are honoured' },
  {
    name: 'ignore-pattern',
    type: 'string',
    value: 'PATTERN',
    description: 'gitignore-style pattern of files to skip (repeatable); .github/ is always skipped',
  },
  { name: 'ext', type: 'string', value: 'EXT', description: 'Also search folders for this extension, e.g. json (repeatable; yaml and yml always)' },
  { name: 'error-on-unmatched-pattern', type: 'boolean', negatable: true, description: 'Allow a PATH without manifests (by default a usage error, exit 2)' },
  { name: 'stdin-filename', type: 'string', value: 'NAME', description: 'Name used for stdin (PATH -) in findings' },
  { name: 'max-file-size', type: 'string', value: 'SIZE', description: 'Files larger than this (e.g. 5MB, 512KB) are reported, not read; default 5MB' },
  {
    name: 'kube-version',
    type: 'string',
    value: 'VERSION',
    description: "Kubernetes version to validate against (default: the config's kubernetesVersion, else the newest bundled)",
  },
  { name: 'strict-kinds', type: 'boolean', description: 'Report kinds without a bundled schema (custom resources) as errors instead of skipping them' },
  {
    name: 'crd',
    type: 'string',
    value: 'PATH',
    description:
      'Validate custom resources against the CustomResourceDefinitions in this file or folder (repeatable; CRDs among the checked files are used too)',
  },
  {
    name: 'schema-location',
    type: 'string',
    value: 'DIR',
    description:
      'Folder of JSON schemas, {kind}-{group}-{version}.json (kubeconform) or {group}/{kind}_{version}.json (CRDs-catalog), for kinds the bundled schemas lack (repeatable; never fetched)',
  },
  {
    name: 'watch',
    short: 'w',
    type: 'boolean',
    description: 'Check again on every save, re-reading only the files that changed (Ctrl-C stops)',
  },
  { name: 'fix', type: 'boolean', description: 'Apply the fixes of the problems found (comments and untouched lines kept), then report what remains' },
  { name: 'fix-dry-run', type: 'boolean', description: 'Print what --fix would change as a unified diff (secret values redacted), and change nothing' },
  { name: 'jobs', short: 'j', type: 'string', value: 'N', description: 'Threads that read and parse files (default: one per core but one; 1 for none)' },
  {
    name: 'each',
    type: 'string',
    value: 'PATTERN',
    description: "Grade every folder matching PATTERN (quoted: --each 'submissions/*') as one student's answers",
  },
  { name: 'gradebook', type: 'string', value: 'FILE', description: 'With --each: write the class gradebook (CSV, one row per folder) to FILE (or -o FILE)' },
  { name: 'reports-dir', type: 'string', value: 'DIR', description: "With --each: write each student's JSON report into DIR" },
  debug,
  help,
  version,
];

export const commands: readonly CommandSpec[] = [
  {
    name: 'rules',
    usage: 'grade rules [-f text|json]',
    description: 'List every rule with its id, default severity and description',
    positionals: [],
    options: [{ name: 'format', short: 'f', type: 'string', value: 'FORMAT', description: 'text (default) or json' }, debug, help],
  },
  { name: 'explain', usage: 'grade explain RULE', description: "Print a rule's documentation", positionals: ['RULE'], options: [debug, help] },
  {
    name: 'schemas',
    usage: 'grade schemas [--kube-version VERSION]',
    description: "List the bundled Kubernetes versions and their kinds; with --kube-version, that version's apiVersion/kind pairs",
    positionals: [],
    options: [{ name: 'kube-version', type: 'string', value: 'VERSION', description: 'List the apiVersion/kind pairs of this version' }, debug, help],
  },
  {
    name: 'lsp',
    usage: 'grade lsp --stdio',
    description: 'Run the language server (diagnostics as you type, quick fixes) for an editor, over stdin and stdout',
    positionals: [],
    options: [{ name: 'stdio', type: 'boolean', description: 'Speak the Language Server Protocol over stdin and stdout (the only transport)' }, debug, help],
  },
  {
    name: 'rubric',
    usage: 'grade rubric check FILE',
    description: 'Validate a rubric, printing "ok" or its problems at their lines',
    positionals: ['check', 'FILE'],
    options: [debug, help],
  },
];

/** A --format or --output-file in the order written, so each -o pairs with its --format. */
export interface OutputFlag {
  kind: 'format' | 'output';
  value: string | undefined;
}

export interface CommandLine {
  /** 'check' for `grade [PATH...]`. */
  command: string;
  /** Option values by long name, in the order given (the last one wins for single-valued options). */
  values: Map<string, (string | boolean)[]>;
  positionals: string[];
  outputFlags: OutputFlag[];
}

const allSpecs = (): OptionSpec[] => {
  const byName = new Map<string, OptionSpec>();
  for (const spec of [...checkOptionSpecs, ...commands.flatMap((command) => command.options)]) if (!byName.has(spec.name)) byName.set(spec.name, spec);
  return [...byName.values()];
};

const optionName = (spec: OptionSpec) => `--${spec.name}`;

function unknownOption(raw: string, specs: readonly OptionSpec[], command: string): UsageError {
  const names = specs.flatMap((spec) => [optionName(spec), ...(spec.negatable ? [`--no-${spec.name}`] : [])]);
  const typed = raw.startsWith('--') ? raw : raw.length === 2 ? raw : `--${raw.replace(/^-+/, '')}`;
  const guess = suggestName(typed, names);
  const elsewhere = command !== 'check' && checkOptionSpecs.some((spec) => optionName(spec) === typed);
  if (elsewhere) return new UsageError(`${raw} does not apply to \`grade ${command}\`; it is an option of \`grade [PATH...]\``);
  return new UsageError(
    `unknown option ${raw}${guess ? `; did you mean ${guess}?` : ''} (grade${command === 'check' ? '' : ` ${command}`} --help lists the options)`,
  );
}

/**
 * Reads the command line with node:util's parseArgs, then checks every option against the
 * command it was given to: an unknown one is a usage error with the nearest known name.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const specs = allSpecs();
  const config = Object.fromEntries(specs.map((spec) => [spec.name, { type: spec.type, multiple: true, ...(spec.short ? { short: spec.short } : {}) }]));
  const { tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  for (const token of tokens) if (token.kind === 'positional') positionals.push(token.value);
  const first = tokens.find((token) => token.kind === 'positional' || token.kind === 'option-terminator');
  const named = first?.kind === 'positional' ? commands.find((command) => command.name === first.value) : undefined;
  const command = named?.name ?? 'check';
  if (named) positionals.shift();
  const allowed = named?.options ?? checkOptionSpecs;
  const values = new Map<string, (string | boolean)[]>();
  const outputFlags: OutputFlag[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    let spec = allowed.find((candidate) => candidate.name === token.name || candidate.short === token.name);
    let value: string | boolean | undefined = token.value;
    if (!spec && token.name.startsWith('no-')) {
      const base = allowed.find((candidate) => candidate.name === token.name.slice(3) && candidate.negatable);
      if (base && token.value === undefined) [spec, value] = [base, false];
    }
    if (!spec) throw unknownOption(token.rawName.startsWith('--') ? `--${token.name}` : token.rawName, allowed, command);
    const flag = spec.short && token.rawName === `-${spec.short}` ? `-${spec.short}` : optionName(spec);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${flag} takes no value (given "${token.value}")`);
      value ??= true;
    } else if (value === undefined || value === '') {
      throw new UsageError(`${optionName(spec)} needs a value${spec.value ? ` (${spec.value})` : ''}`);
    }
    if (spec.name === 'format' || spec.name === 'output-file') outputFlags.push({ kind: spec.name === 'format' ? 'format' : 'output', value: value as string });
    values.set(spec.name, [...(values.get(spec.name) ?? []), value]);
  }
  return { command, values, positionals, outputFlags };
}

/** The last value given for an option, or undefined. */
export function lastValue<T extends string | boolean>(line: CommandLine, name: string): T | undefined {
  const list = line.values.get(name);
  return list?.[list.length - 1] as T | undefined;
}

export function allValues(line: CommandLine, name: string): string[] {
  return (line.values.get(name) ?? []).map(String);
}

/** A whole number option (--jobs 4, --max-warnings 0), or a usage error saying what it takes. */
export function wholeNumber(name: string, text: string | undefined, min: number, what: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim()) || Number(text) < min) throw new UsageError(`--${name} takes ${what}, not "${text}"`);
  return Number(text);
}

/** Words wrapped to `width` columns, never split inside a word. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Two columns (term, description), the description wrapped to what is left of `width`. */
function table(rows: readonly [string, string][], width: number): string {
  const termWidth = Math.min(Math.max(...rows.map(([term]) => term.length)), 34);
  const left = 2 + termWidth + 2;
  const room = width - left;
  const out: string[] = [];
  for (const [term, description] of rows) {
    if (room < 30) {
      out.push(`  ${term}`, ...wrapWords(description, Math.max(20, width - 6)).map((line) => `      ${line}`));
      continue;
    }
    const lines = wrapWords(description, room);
    if (term.length > termWidth) out.push(`  ${term}`, ...lines.map((line) => `${' '.repeat(left)}${line}`));
    else out.push(`  ${term.padEnd(termWidth)}  ${lines[0] ?? ''}`, ...lines.slice(1).map((line) => `${' '.repeat(left)}${line}`));
  }
  return out.join('\n');
}

const optionTerm = (spec: OptionSpec) =>
  `${spec.short ? `-${spec.short}, ` : '    '}--${spec.negatable && spec.name === 'error-on-unmatched-pattern' ? 'no-' : ''}${spec.name}${spec.value ? ` ${spec.value}` : ''}`;

/** `grade --help` (or `grade COMMAND --help`), wrapped to the terminal's width. */
export function helpText(command: string, width: number, formatNames: readonly string[]): string {
  const spec = commands.find((candidate) => candidate.name === command);
  if (spec) {
    return `Usage: ${spec.usage}\n\n${wrapWords(spec.description, width).join('\n')}\n\nOptions:\n${table(
      spec.options.map((option) => [optionTerm(option), option.description]),
      width,
    )}\n`;
  }
  const intro = wrapWords(
    'Grades Kubernetes manifests against the day-2 workshop rubric, or lints them with --lint. PATH is a file or a folder (default: the current folder); - reads stdin.',
    width,
  ).join('\n');
  const options = checkOptionSpecs.map((option): [string, string] => [
    optionTerm(option),
    option.name === 'format' ? `${option.description}: ${formatNames.join(', ')}` : option.description,
  ]);
  return [
    'Usage: grade [PATH...] [options]',
    '',
    intro,
    '',
    'Commands:',
    table(
      commands.map((command) => [command.usage, command.description]),
      width,
    ),
    '',
    'Options:',
    table(options, width),
    '',
    wrapWords('Exit codes: 0 passed, 1 findings (or a score below --pass-score), 2 usage or internal error.', width).join('\n'),
    '',
  ].join('\n');
}
