/**
 * `grade lsp --stdio`: the Language Server Protocol over stdin and stdout. Diagnostics come from
 * the unsaved text of every open buffer plus the other manifests of its workspace folder (read
 * once, then re-read only when the editor says a file changed), through the same pipeline as
 * `grade --lint` (src/pipeline/texts.ts), with the settings the CLI would use there: in lint mode
 * the nearest .kubegrade.yaml in the folder or above it, re-read when it changes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import {
  createConnection,
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
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
import { configFileNames, findConfigFile, parseConfig, type LoadedConfig } from '../pipeline/config.js';
import { allRuleMeta } from '../pipeline/rule-set.js';
import { formatNames } from '../format/index.js';
import { UsageError } from '../errors.js';
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
  /** Lint mode: this configuration file (relative to the workspace folder) instead of the nearest .kubegrade.yaml, as --config. */
  config?: string;
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

/** What a workspace folder's settings came to: the pipeline's options, and the configuration file behind them. */
interface FolderOptions {
  text: TextSetOptions;
  ignorePatterns: string[];
  /** The configuration file in force (lint mode), or the one that could not be used. */
  configFile?: string;
  /** Its problems, located, when it could not be used (the CLI stops with exit 2; here the defaults apply). */
  configProblems: Finding[];
}

const isConfigFile = (file: string) => configFileNames.includes(path.basename(file));

/** A configuration file that cannot be read at all: one finding at its start. */
function unreadableConfig(file: string, error: unknown): Finding[] {
  const message = error instanceof UsageError ? error.message : `cannot read ${file}`;
  return [{ ruleId: 'config', severity: 'error', message, file, line: 1, column: 1 }];
}

/** A workspace folder: its manifests on disk, each checked once and kept until the editor reports a change, and its settings. */
class Workspace {
  private files: Map<string, string> | undefined;
  private readonly outcomes = new Map<string, FileOutcome>();
  private folderOptions: Promise<FolderOptions> | undefined;
  /** The configuration file the settings were last read from (a `config` setting may give it any name). */
  configFile: string | undefined;

  constructor(readonly root: string | undefined) {}

  /** Settings as the CLI would take them in this folder: the editor's first, then the configuration file (lint mode only, as `grade --lint`). */
  options(settings: LspSettings, warn: (message: string) => void): Promise<FolderOptions> {
    this.folderOptions ??= (async () => {
      const base = this.root ?? process.cwd();
      let config: LoadedConfig | undefined;
      let configFile: string | undefined;
      let configProblems: Finding[] = [];
      if (settings.mode !== 'grade') {
        configFile = settings.config ? path.resolve(base, settings.config) : this.root ? findConfigFile(this.root) : undefined;
        this.configFile = configFile;
        if (configFile) {
          const displayPath = this.displayPath(configFile);
          try {
            ({ config, problems: configProblems } = await parseConfig(configFile, await readFile(configFile, 'utf8'), {
              rules: allRuleMeta(),
              formatNames,
              displayPath,
            }));
          } catch (error) {
            configProblems = unreadableConfig(displayPath, error);
          }
          if (configProblems.length > 0) {
            warn(`kubegrade: ${displayPath} cannot be used (${configProblems.length} problem${configProblems.length === 1 ? '' : 's'}); the defaults apply`);
          }
        }
      }
      const wanted = settings.kubeVersion ?? config?.kubernetesVersion;
      const kubeVersion = wanted && isBundledKubeVersion(wanted) ? wanted : undefined;
      if (wanted && !kubeVersion) warn(`kubegrade: Kubernetes ${wanted} is not bundled; using the newest`);
      const text: TextSetOptions = { kubeVersion, strictKinds: settings.strictKinds ?? false };
      if (settings.mode === 'grade') {
        const rubric = settings.rubric ? await loadRubricOrThrow(path.resolve(base, settings.rubric), settings.rubric) : await loadBuiltinRubric();
        return { text: { ...text, rubric }, ignorePatterns: [], configProblems };
      }
      return { text: { ...text, ruleSettings: config?.ruleSettings }, ignorePatterns: config?.ignorePatterns ?? [], configFile, configProblems };
    })();
    return this.folderOptions;
  }

  contains(absolute: string): boolean {
    return this.root !== undefined && (absolute === this.root || absolute.startsWith(this.root + path.sep));
  }

  /** Absolute path -> display path, found once (and again when files appear or go). */
  async list(ignorePatterns: readonly string[]): Promise<Map<string, string>> {
    if (this.files) return this.files;
    const files = new Map<string, string>();
    if (this.root) {
      const found = await discoverFiles([this.root], { cwd: this.root, ignorePatterns: [...configFileNames, '.github/', 'node_modules/', ...ignorePatterns] });
      for (const candidate of found.candidates) files.set(candidate.absolutePath, candidate.displayPath);
    }
    this.files = files;
    return files;
  }

  displayPath(absolute: string): string {
    if (this.root && this.contains(absolute)) return path.relative(this.root, absolute).split(path.sep).join('/');
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

  /** A file changed on disk. A configuration file (the one in force, or a new one that may now be nearest) means new settings. */
  changed(absolute: string, created: boolean): void {
    if (isConfigFile(absolute)) return this.reset();
    this.outcomes.delete(absolute);
    if (created || !existsSync(absolute)) this.files = undefined;
  }

  /** Settings changed: every file is checked again. */
  reset(): void {
    this.outcomes.clear();
    this.files = undefined;
    this.folderOptions = undefined;
  }
}

function absoluteOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** Starts a server on the given streams; resolves when the client asks it to exit. */
export function startServer(options: ServerOptions): { connection: Connection; exited: Promise<void> } {
  const connection = createConnection(new StreamMessageReader(options.input), new StreamMessageWriter(options.output));
  const documents = new TextDocuments(TextDocument);
  /** The workspace folders, deepest first (a file belongs to the deepest that holds it); `loose` holds files outside them all. */
  let folders: Workspace[] = [];
  const loose = new Workspace(undefined);
  const workspaceOf = (absolute: string | undefined): Workspace => (absolute ? folders.find((folder) => folder.contains(absolute)) : undefined) ?? loose;
  /** A .kubegrade.yaml anywhere (it may be the nearest now), or the file a `config` setting names. */
  const isSettingsFile = (absolute: string) => isConfigFile(absolute) || [...folders, loose].some((folder) => folder.configFile === absolute);
  const resetAll = () => {
    for (const folder of [...folders, loose]) folder.reset();
    bufferOutcomes.clear();
  };
  let initSettings: LspSettings = {};
  let settings: LspSettings = {};
  let canReadConfiguration = false;
  /** Per open buffer: its version's own checks, with the options they were made with. */
  const bufferOutcomes = new Map<string, { version: number; options: TextSetOptions; outcome: FileOutcome }>();
  /** Per open buffer: the findings last published, for code actions. */
  const published = new Map<string, Finding[]>();
  /** Per workspace folder: the configuration file whose problems were last published, and the settings they belong to. */
  const configPublished = new Map<Workspace, { uri: string | undefined; options: FolderOptions }>();
  let timer: NodeJS.Timeout | undefined;
  // A notification, not showWarningMessage's request: nothing waits on (or fails with) the client's answer.
  const warn = (message: string) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });

  const folderOptions = (folder: Workspace) => folder.options(settings, warn);

  const bufferOutcome = (document: TextDocument, display: string, textSetOptions: TextSetOptions): FileOutcome => {
    const cached = bufferOutcomes.get(document.uri);
    if (cached && cached.version === document.version && cached.options === textSetOptions) return cached.outcome;
    const outcome = checkText(display, document.getText(), textSetOptions);
    bufferOutcomes.set(document.uri, { version: document.version, options: textSetOptions, outcome });
    return outcome;
  };

  /** A configuration file that cannot be used shows its problems in place (the CLI would stop with them); once fixed, they go. */
  const publishConfig = async (folder: Workspace, options: FolderOptions) => {
    const last = configPublished.get(folder);
    if (last?.options === options) return;
    const uri = options.configFile ? pathToFileURL(options.configFile).href : undefined;
    if (last?.uri && last.uri !== uri) await connection.sendDiagnostics({ uri: last.uri, diagnostics: [] });
    configPublished.set(folder, { uri, options });
    if (uri) await connection.sendDiagnostics({ uri, diagnostics: options.configProblems.map(toDiagnostic) });
  };

  /** Checks the open buffers of one workspace folder with the folder around them, and publishes each one's findings. */
  const validateFolder = async (folder: Workspace, documentsHere: readonly TextDocument[]): Promise<void> => {
    const options = await folderOptions(folder);
    await publishConfig(folder, options);
    const textSetOptions = options.text;
    const files = await folder.list(options.ignorePatterns);
    const open = new Map<string, { document: TextDocument; display: string }>();
    for (const document of documentsHere) {
      const absolute = absoluteOf(document.uri);
      // A configuration file is never a manifest (its problems are published by publishConfig).
      if (absolute && isConfigFile(absolute)) continue;
      open.set(absolute ?? document.uri, { document, display: absolute ? folder.displayPath(absolute) : document.uri });
    }
    const outcomes: FileOutcome[] = [];
    for (const [absolute, display] of files) if (!open.has(absolute)) outcomes.push(folder.outcome(absolute, display, textSetOptions));
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

  /** Checks every open buffer, folder by folder. */
  const validate = async (): Promise<void> => {
    const byFolder = new Map<Workspace, TextDocument[]>();
    for (const document of documents.all()) {
      const folder = workspaceOf(absoluteOf(document.uri));
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), document]);
    }
    for (const [folder, documentsHere] of byFolder) await validateFolder(folder, documentsHere);
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
    resetAll();
  };

  connection.onInitialize((params: InitializeParams) => {
    const roots = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots
      .map(absoluteOf)
      .filter((root): root is string => root !== undefined)
      .sort((a, b) => b.length - a.length)
      .map((root) => new Workspace(root));
    initSettings = (params.initializationOptions as LspSettings | undefined) ?? {};
    settings = { ...initSettings };
    canReadConfiguration = Boolean(params.capabilities.workspace?.configuration);
    const watch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    connection.onInitialized(async () => {
      if (watch)
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/.kubegrade.{yaml,yml}' }],
        });
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
    fileChanged(absoluteOf(event.document.uri), false);
    schedule();
  });
  documents.onDidSave((event) => {
    const absolute = absoluteOf(event.document.uri);
    fileChanged(absolute, true);
    // A saved configuration file is new settings for the open buffers (editors without file watching too).
    if (absolute && isSettingsFile(absolute)) schedule(0);
  });
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) fileChanged(absoluteOf(change.uri), change.type !== FileChangeType.Changed);
    schedule();
  });
  /** A file changed on disk: its folder forgets it; a configuration file (maybe above the folders) resets them all. */
  function fileChanged(absolute: string | undefined, created: boolean): void {
    if (!absolute) return;
    if (isSettingsFile(absolute)) resetAll();
    else workspaceOf(absolute).changed(absolute, created);
  }
  connection.onDidChangeConfiguration(async () => {
    await readSettings();
    schedule(0);
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const findings = published.get(params.textDocument.uri) ?? [];
    // A course that wants students to make the change themselves (rubric allowFix: false) gets no quick fix.
    const { rubric } = (await folderOptions(workspaceOf(absoluteOf(params.textDocument.uri)))).text;
    if (rubric?.allowFix === false) return [];
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
    const absolute = absoluteOf(document.uri);
    const folder = workspaceOf(absolute);
    const textSetOptions = (await folderOptions(folder)).text;
    const outcome = bufferOutcome(document, absolute ? folder.displayPath(absolute) : document.uri, textSetOptions);
    // The protocol's positions are 0-based; the source map's are 1-based.
    const text = hoverText(outcome.resources, params.position.line + 1, params.position.character + 1, textSetOptions.kubeVersion ?? newestKubeVersion);
    return text ? { contents: { kind: 'markdown', value: text } } : null;
  });

  const exited = new Promise<void>((resolve) => connection.onExit(() => resolve()));
  documents.listen(connection);
  connection.listen();
  return { connection, exited };
}
