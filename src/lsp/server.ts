/**
 * `grade lsp --stdio`: the Language Server Protocol over stdin and stdout. Diagnostics come from
 * the unsaved text of every open buffer plus the other manifests of the workspace folder (read
 * once, then re-read only when the editor says a file changed), through the same pipeline as
 * `grade --lint` (src/pipeline/texts.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import {
  createConnection,
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type Range as LspRange,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, FindingFix, Severity } from '../types.js';
import { discoverFiles } from '../load/discover.js';
import { defaultReadLimits, readSourceSync } from '../load/read.js';
import type { FileOutcome } from '../pipeline/file-check.js';
import { checkText, findingsOfTexts, type TextSetOptions } from '../pipeline/texts.js';
import { loadBuiltinRubric, loadRubricOrThrow } from '../pipeline/run.js';
import { packageRoot } from '../paths.js';
import { isBundledKubeVersion, newestKubeVersion } from '../schema/versions.js';
import { hoverText } from './hover.js';

/** What the editor may set, in initializationOptions or the `kubegrade` configuration section. */
export interface LspSettings {
  /** lint (default): every rule, suppressions honoured; grade: the rubric's checks too. */
  mode?: 'lint' | 'grade';
  kubeVersion?: string;
  /** Grade mode: a rubric file (relative to the workspace folder); default the built-in day-2 rubric. */
  rubric?: string;
  strictKinds?: boolean;
  /** Milliseconds between the last change and the check (default 150; the benchmark sets 0). */
  debounceMs?: number;
}

export interface ServerOptions {
  input: Readable;
  output: Writable;
  /** Milliseconds between the last keystroke and the check (default 150). */
  debounceMs?: number;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A finding's 1-based, end-exclusive UTF-16 range as an LSP range (0-based, end-exclusive, UTF-16 by default). */
export function lspRange(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): LspRange {
  const line = Math.max(0, (finding.line ?? 1) - 1);
  const character = Math.max(0, (finding.column ?? 1) - 1);
  const endLine = finding.endLine === undefined ? line : Math.max(line, finding.endLine - 1);
  const endCharacter = finding.endColumn === undefined ? character : Math.max(0, finding.endColumn - 1);
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

const docsLinks = new Map<string, string | undefined>();

/** The rule's page in the installed package (docs/rules/<id>.md), read offline. */
function docsHref(ruleId: string): string | undefined {
  if (!docsLinks.has(ruleId)) {
    const file = path.join(packageRoot(), 'docs', 'rules', `${ruleId}.md`);
    docsLinks.set(ruleId, existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return docsLinks.get(ruleId);
}

export function toDiagnostic(finding: Finding): Diagnostic {
  const href = docsHref(finding.ruleId);
  return {
    range: lspRange(finding),
    severity: severities[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'kubegrade',
    message: finding.hint ? `${finding.message}\n${finding.hint}` : finding.message,
  };
}

/** A fix's edits as LSP text edits (the finding's 1-based ranges become 0-based ones). */
function lspEdits(fix: FindingFix): TextEdit[] {
  return fix.edits.map((edit) => ({ range: lspRange(edit), newText: edit.text }));
}

/** The code actions of one finding: its fix (preferred), then its suggestions; none when the rubric forbids fixes. */
export function codeActionsOf(finding: Finding, uri: string): CodeAction[] {
  const diagnostics = [toDiagnostic(finding)];
  const action = (fix: FindingFix, preferred: boolean): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [uri]: lspEdits(fix) } },
  });
  const usable = (fix: FindingFix | undefined): fix is FindingFix => (fix?.edits?.length ?? 0) > 0;
  return [...(usable(finding.fix) ? [action(finding.fix, true)] : []), ...(finding.suggestions ?? []).filter(usable).map((fix) => action(fix, false))];
}

const overlaps = (a: LspRange, b: LspRange) =>
  !(
    a.end.line < b.start.line ||
    (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line ||
    (b.end.line === a.start.line && b.end.character < a.start.character)
  );

/** The workspace's manifests on disk, each checked once and kept until the editor reports a change. */
class Workspace {
  private files: Map<string, string> | undefined;
  private readonly outcomes = new Map<string, FileOutcome>();

  constructor(readonly root: string | undefined) {}

  /** Absolute path -> display path, found once (and again when files appear or go). */
  async list(): Promise<Map<string, string>> {
    if (this.files) return this.files;
    const files = new Map<string, string>();
    if (this.root) {
      const found = await discoverFiles([this.root], { cwd: this.root, ignorePatterns: ['.kubegrade.yaml', '.kubegrade.yml', '.github/', 'node_modules/'] });
      for (const candidate of found.candidates) files.set(candidate.absolutePath, candidate.displayPath);
    }
    this.files = files;
    return files;
  }

  displayPath(absolute: string): string {
    if (this.root && (absolute === this.root || absolute.startsWith(this.root + path.sep))) return path.relative(this.root, absolute).split(path.sep).join('/');
    return absolute.split(path.sep).join('/');
  }

  outcome(absolute: string, display: string, options: TextSetOptions): FileOutcome {
    let outcome = this.outcomes.get(absolute);
    if (!outcome) {
      const read = readSourceSync(display, absolute, defaultReadLimits);
      outcome = read.ok ? checkText(display, read.text, options) : { path: display, documents: 0, resources: [], findings: [read.finding] };
      this.outcomes.set(absolute, outcome);
    }
    return outcome;
  }

  changed(absolute: string, created: boolean): void {
    this.outcomes.delete(absolute);
    if (created || !existsSync(absolute)) this.files = undefined;
  }

  /** Settings changed: every file is checked again. */
  reset(): void {
    this.outcomes.clear();
    this.files = undefined;
  }
}

function absoluteOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** Starts a server on the given streams; resolves when the client asks it to exit. */
export function startServer(options: ServerOptions): { connection: Connection; exited: Promise<void> } {
  const connection = createConnection(new StreamMessageReader(options.input), new StreamMessageWriter(options.output));
  const documents = new TextDocuments(TextDocument);
  let workspace = new Workspace(undefined);
  let initSettings: LspSettings = {};
  let settings: LspSettings = {};
  let canReadConfiguration = false;
  let textOptions: Promise<TextSetOptions> | undefined;
  /** Per open buffer: its version's own checks. */
  const bufferOutcomes = new Map<string, { version: number; outcome: FileOutcome }>();
  /** Per open buffer: the findings last published, for code actions. */
  const published = new Map<string, Finding[]>();
  let timer: NodeJS.Timeout | undefined;
  let fixesForbidden = false;

  const resolveOptions = (): Promise<TextSetOptions> => {
    textOptions ??= (async () => {
      const kubeVersion = settings.kubeVersion && isBundledKubeVersion(settings.kubeVersion) ? settings.kubeVersion : undefined;
      if (settings.kubeVersion && !kubeVersion)
        connection.window.showWarningMessage(`kubegrade: Kubernetes ${settings.kubeVersion} is not bundled; using the newest`);
      const base: TextSetOptions = { kubeVersion, strictKinds: settings.strictKinds ?? false };
      if (settings.mode !== 'grade') return base;
      const rubric = settings.rubric
        ? await loadRubricOrThrow(path.resolve(workspace.root ?? process.cwd(), settings.rubric), settings.rubric)
        : await loadBuiltinRubric();
      fixesForbidden = rubric.allowFix === false;
      return { ...base, rubric };
    })();
    return textOptions;
  };

  const bufferOutcome = (document: TextDocument, display: string, textSetOptions: TextSetOptions): FileOutcome => {
    const cached = bufferOutcomes.get(document.uri);
    if (cached && cached.version === document.version) return cached.outcome;
    const outcome = checkText(display, document.getText(), textSetOptions);
    bufferOutcomes.set(document.uri, { version: document.version, outcome });
    return outcome;
  };

  /** Checks every open buffer with the workspace around it, and publishes each one's findings. */
  const validate = async (): Promise<void> => {
    const textSetOptions = await resolveOptions();
    const files = await workspace.list();
    const open = new Map<string, { document: TextDocument; display: string }>();
    for (const document of documents.all()) {
      const absolute = absoluteOf(document.uri);
      open.set(absolute ?? document.uri, { document, display: absolute ? workspace.displayPath(absolute) : document.uri });
    }
    const outcomes: FileOutcome[] = [];
    for (const [absolute, display] of files) if (!open.has(absolute)) outcomes.push(workspace.outcome(absolute, display, textSetOptions));
    for (const { document, display } of open.values()) outcomes.push(bufferOutcome(document, display, textSetOptions));
    const findings = findingsOfTexts(outcomes, textSetOptions);
    const byFile = new Map<string, Finding[]>();
    for (const finding of findings) if (finding.file !== undefined) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    for (const { document, display } of open.values()) {
      const own = byFile.get(display) ?? [];
      published.set(document.uri, own);
      await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: own.map(toDiagnostic) });
    }
  };

  const run = () => {
    validate().catch((error: unknown) => connection.console.error(`kubegrade: ${(error as Error).stack ?? String(error)}`));
  };
  const schedule = (delay = settings.debounceMs ?? options.debounceMs ?? 150) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delay);
  };

  const readSettings = async () => {
    let fromClient: LspSettings = {};
    if (canReadConfiguration) {
      try {
        fromClient = ((await connection.workspace.getConfiguration('kubegrade')) as LspSettings | null) ?? {};
      } catch {
        fromClient = {};
      }
    }
    settings = { ...initSettings, ...fromClient };
    textOptions = undefined;
    bufferOutcomes.clear();
    workspace.reset();
  };

  connection.onInitialize((params: InitializeParams) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspace = new Workspace(folder ? absoluteOf(folder) : undefined);
    initSettings = (params.initializationOptions as LspSettings | undefined) ?? {};
    settings = { ...initSettings };
    canReadConfiguration = Boolean(params.capabilities.workspace?.configuration);
    const watch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    connection.onInitialized(async () => {
      if (watch) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,json}' }] });
      if (canReadConfiguration) {
        await readSettings();
        if (documents.all().length > 0) schedule(0);
      }
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'kubegrade' },
    };
  });

  documents.onDidOpen(() => schedule(0));
  documents.onDidChangeContent(() => schedule());
  documents.onDidClose((event) => {
    bufferOutcomes.delete(event.document.uri);
    published.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    // Its saved text is what the other buffers see now.
    const absolute = absoluteOf(event.document.uri);
    if (absolute) workspace.changed(absolute, false);
    schedule();
  });
  documents.onDidSave((event) => {
    const absolute = absoluteOf(event.document.uri);
    if (absolute) workspace.changed(absolute, true);
  });
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const absolute = absoluteOf(change.uri);
      if (absolute) workspace.changed(absolute, change.type !== FileChangeType.Changed);
    }
    schedule();
  });
  connection.onDidChangeConfiguration(async () => {
    await readSettings();
    schedule(0);
  });

  connection.onCodeAction((params): CodeAction[] => {
    const findings = published.get(params.textDocument.uri) ?? [];
    // A course that wants students to make the change themselves (rubric allowFix: false) gets no quick fix.
    if (settings.mode === 'grade' && fixesForbidden) return [];
    const actions: CodeAction[] = [];
    for (const finding of findings) {
      if (!overlaps(lspRange(finding), params.range)) continue;
      actions.push(...codeActionsOf(finding, params.textDocument.uri));
    }
    return actions;
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const textSetOptions = await resolveOptions();
    const absolute = absoluteOf(document.uri);
    const outcome = bufferOutcome(document, absolute ? workspace.displayPath(absolute) : document.uri, textSetOptions);
    // The protocol's positions are 0-based; the source map's are 1-based.
    const text = hoverText(outcome.resources, params.position.line + 1, params.position.character + 1, textSetOptions.kubeVersion ?? newestKubeVersion);
    return text ? { contents: { kind: 'markdown', value: text } } : null;
  });

  const exited = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  documents.listen(connection);
  connection.listen();
  return { connection, exited };
}
