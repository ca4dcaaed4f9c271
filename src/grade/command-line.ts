import type { PlainValue } from '../types.js';
import { isObject } from '../k8s/pod-spec.js';

/**
 * What a container runs, compared by meaning rather than spelling: command and args joined (as
 * for an image without an ENTRYPOINT, such as alpine), a `sh -c "..."` wrapper unwrapped into the
 * words the shell would run, quotes removed, program paths reduced to their names (/bin/cat = cat)
 * and short flags sorted (-al = -la). ["traceroute", "google.com"] and
 * ["/bin/sh", "-c", "traceroute google.com"] are the same command.
 */

const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const operators = [';;', '&&', '||', ';', '|', '&'];

export interface ContainerCommand {
  /** command followed by args, as written. */
  argv: string[];
  /** True when command or args is there but is not a list of strings. */
  malformed: boolean;
}

export function containerCommand(container: PlainValue | undefined): ContainerCommand {
  if (!isObject(container)) return { argv: [], malformed: false };
  let malformed = false;
  const words = (value: PlainValue | undefined): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      malformed = true;
      return [];
    }
    return value.map((item) => (typeof item === 'string' ? item : item === null ? '' : String(item)));
  };
  const argv = [...words(container.command), ...words(container.args)];
  return { argv, malformed };
}

function basename(program: string): string {
  const slash = program.lastIndexOf('/');
  return slash >= 0 && slash < program.length - 1 ? program.slice(slash + 1) : program;
}

function isShellWrapper(argv: readonly string[]): boolean {
  return argv.length >= 3 && shells.has(basename(argv[0]!)) && /^-[a-z]*c$/.test(argv[1]!);
}

/** Splits a shell script into words and operators the way sh reads it (enough for one-liners). */
export function shellWords(script: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const flush = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < script.length) {
    const char = script[i]!;
    if (char === '\n') {
      flush();
      words.push(';');
      i++;
      continue;
    }
    if (/\s/.test(char)) {
      flush();
      i++;
      continue;
    }
    const operator = operators.find((op) => script.startsWith(op, i));
    if (operator) {
      flush();
      words.push(operator);
      i += operator.length;
      continue;
    }
    inWord = true;
    if (char === '\\' && i + 1 < script.length) {
      word += script[i + 1];
      i += 2;
    } else if (char === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      word += script.slice(i + 1, stop);
      i = stop + 1;
    } else if (char === '"') {
      i++;
      while (i < script.length && script[i] !== '"') {
        if (script.startsWith('$(', i)) {
          const end = substitutionEnd(script, i);
          word += normalizeSubstitution(script.slice(i, end));
          i = end;
        } else if (script[i] === '\\' && i + 1 < script.length && '"\\$`'.includes(script[i + 1]!)) {
          word += script[i + 1];
          i += 2;
        } else word += script[i++];
      }
      i++;
    } else if (script.startsWith('$(', i)) {
      const end = substitutionEnd(script, i);
      word += normalizeSubstitution(script.slice(i, end));
      i = end;
    } else {
      word += char;
      i++;
    }
  }
  flush();
  return words;
}

/** Index just past the ")" closing the "$(" at `start`, counting nested parentheses. */
function substitutionEnd(script: string, start: number): number {
  let depth = 0;
  for (let i = start + 1; i < script.length; i++) {
    if (script[i] === '(') depth++;
    else if (script[i] === ')' && --depth === 0) return i + 1;
  }
  return script.length;
}

/** "$( cat  /run/secret/username )" and "$(cat /run/secret/username)" run the same thing. */
function normalizeSubstitution(text: string): string {
  if (!text.endsWith(')')) return text;
  const inner = text.slice(2, -1);
  // $(VAR) is Kubernetes' own expansion, already done before the shell sees it: keep it exact.
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(inner)) return text;
  return `$(${normalizeWords(shellWords(inner)).join(' ')})`;
}

function normalizeWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let commandStart = true;
  for (const word of words) {
    if (operators.includes(word)) {
      out.push(word);
      commandStart = true;
      continue;
    }
    if (commandStart) {
      out.push(basename(word));
      commandStart = false;
    } else if (/^-[A-Za-z]{2,}$/.test(word)) out.push(`-${[...word.slice(1)].sort().join('')}`);
    else out.push(word);
  }
  while (out.length > 0 && (out[out.length - 1] === ';' || out[out.length - 1] === '&')) out.pop();
  return out;
}

/** The words a command runs, normalised for comparison. */
export function commandWords(argv: readonly string[]): string[] {
  if (isShellWrapper(argv)) return normalizeWords(shellWords(argv[2]!));
  return normalizeWords(argv);
}

export function sameCommand(a: readonly string[], b: readonly string[]): boolean {
  const left = commandWords(a);
  const right = commandWords(b);
  return left.length === right.length && left.every((word, i) => word === right[i]);
}

/** A command line for a message: the words separated by spaces. */
export function showCommand(argv: readonly string[]): string {
  if (isShellWrapper(argv)) return argv[2]!;
  return argv.map((word) => (/\s/.test(word) || word === '' ? JSON.stringify(word) : word)).join(' ');
}

/**
 * The classic slip: the whole command line as ONE list item, which makes the kubelet look for a
 * program whose name contains spaces.
 */
export function isOneItemCommandLine(argv: readonly string[], expected: readonly string[]): boolean {
  if (isShellWrapper(argv) || argv.length === 0 || !/\s/.test(argv[0]!)) return false;
  return sameCommand(['/bin/sh', '-c', argv.join(' ')], expected);
}
