// VS Code side of mpls: starts `mpls serve` over stdio and keeps it in step with the settings.
// The decisions (which binary, which settings) live in ./config.ts, which has unit tests.
// It runs on VS Code 1.46 and later (WeChat DevTools offers that API): no API newer than 1.46
// (@types/vscode is pinned to it), vscode-languageclient 6, and ES2019 for 1.46's Node 12.

import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  DocumentSelector,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient';
import { tagToClose } from './autoclose';
import { configurationItem, mapSettings, resolveServerBinary, serverArgs, ServerSettings, TEMPLATE_LANGUAGES } from './config';
import { commandArguments, markdownOf, NOTE_COMMANDS, NoteCommand } from './notes';

const CLIENT_ID = 'mpls';

let client: LanguageClient | undefined;
let clientRunning = false;
let output: Log;
// Starts and stops run one after another, never interleaved.
let queue: Promise<void> = Promise.resolve();

function enqueue(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task, task).catch((err) => {
    output.error(`mpls: ${err instanceof Error ? err.message : String(err)}`);
  });
  return queue;
}

/** A plain output channel with log levels (LogOutputChannel needs VS Code 1.66). */
interface Log {
  channel: vscode.OutputChannel;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  show(preserveFocus: boolean): void;
}

function createLog(name: string): Log {
  const channel = vscode.window.createOutputChannel(name);
  const line = (level: string, msg: string) => channel.appendLine(`${new Date().toISOString()} [${level}] ${msg}`);
  return {
    channel,
    info: (msg) => line('info', msg),
    warn: (msg) => line('warning', msg),
    error: (msg) => line('error', msg),
    show: (preserveFocus) => channel.show(preserveFocus),
  };
}

function firstWorkspaceFolder(): string | undefined {
  const f = vscode.workspace.workspaceFolders?.[0];
  return f && f.uri.scheme === 'file' ? f.uri.fsPath : undefined;
}

function currentSettings(): ServerSettings {
  const cfg = vscode.workspace.getConfiguration('mpls');
  const { settings, warnings } = mapSettings(
    {
      platform: cfg.get('platform'),
      locale: cfg.get('locale'),
      profile: cfg.get('profile'),
      rules: cfg.get('rules'),
      lexicon: cfg.get('lexicon'),
      ignore: cfg.get('ignore'),
    },
    vscode.env.language,
  );
  for (const w of warnings) {
    output.warn(w);
  }
  return settings;
}

function documentSelector(): DocumentSelector {
  const selector: DocumentSelector = [];
  for (const lang of TEMPLATE_LANGUAGES) {
    selector.push({ scheme: 'file', language: lang.id });
    selector.push({ scheme: 'untitled', language: lang.id });
  }
  // Scripts and JSON configs of a mini-program project.
  selector.push({ scheme: 'file', language: 'wxs' }, { scheme: 'file', language: 'sjs' });
  for (const language of ['javascript', 'typescript', 'json', 'jsonc']) {
    selector.push({ scheme: 'file', language });
  }
  return selector;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('mpls');
  const resolved = resolveServerBinary({
    configuredPath: cfg.get<string>('path'),
    extensionPath: context.extensionPath,
    workspaceFolder: firstWorkspaceFolder(),
  });
  if (!resolved.ok) {
    output.error(resolved.message);
    if (resolved.tried.length > 0) {
      output.info(`Looked for: ${resolved.tried.slice(0, 12).join(', ')}${resolved.tried.length > 12 ? ', …' : ''}`);
    }
    // A notification, not a modal dialog; not awaited so activation never blocks on it.
    void vscode.window.showErrorMessage(resolved.message, 'Open Settings', 'Show Log').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'mpls.path');
      } else if (choice === 'Show Log') {
        output.show(true);
      }
    });
    return;
  }

  const args = serverArgs(cfg.get<string>('trace.server'));
  output.info(`Starting ${resolved.path} ${args.join(' ')} (from ${resolved.source})`);

  const serverOptions: ServerOptions = {
    command: resolved.path,
    args,
    transport: TransportKind.stdio,
    options: { cwd: firstWorkspaceFolder() },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    initializationOptions: () => currentSettings(),
    outputChannel: output.channel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const settings = currentSettings();
          const answers: unknown[] = new Array(params.items.length);
          const rest: number[] = [];
          params.items.forEach((item, i) => {
            const r = configurationItem(item.section, settings);
            if (r.handled) {
              answers[i] = r.value;
            } else {
              rest.push(i);
            }
          });
          if (rest.length > 0) {
            const other = await next({ items: rest.map((i) => params.items[i]) }, token);
            if (Array.isArray(other)) {
              rest.forEach((i, k) => (answers[i] = other[k]));
            }
          }
          return answers;
        },
      },
    },
  };

  const c = new LanguageClient(CLIENT_ID, 'mpls', serverOptions, clientOptions);
  client = c;
  try {
    c.start();
    await c.onReady();
    clientRunning = client === c;
  } catch (err) {
    const msg = `mpls: the server at ${resolved.path} did not start: ${err instanceof Error ? err.message : String(err)}`;
    output.error(msg);
    void vscode.window.showErrorMessage(msg, 'Show Log').then((choice) => {
      if (choice) {
        output.show(true);
      }
    });
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  clientRunning = false;
  if (c) {
    try {
      // languageclient 6 has no stop timeout: a hung server must not block a restart.
      await Promise.race([
        c.stop(),
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('no answer to shutdown in 5 s')), 5000)),
      ]);
    } catch (err) {
      output.warn(`mpls: stopping the server: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Asks the server for a Markdown document (the active file's mini-program, else every one in
 * the workspace) and opens it in a new untitled Markdown tab. */
async function showMarkdown(cmd: NoteCommand): Promise<void> {
  try {
    // A start still under way (the command activated the extension) is waited for.
    await queue;
    const c = client;
    if (!c || !clientRunning) {
      throw new Error('the language server is not running (see the mpls output)');
    }
    const active = vscode.window.activeTextEditor;
    const uri = active ? active.document.uri : undefined;
    const args = commandArguments(uri && { scheme: uri.scheme, uri: c.code2ProtocolConverter.asUri(uri) });
    const result = await c.sendRequest(ExecuteCommandRequest.type, { command: cmd.server, arguments: args });
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdownOf(cmd.server, result) });
    await vscode.window.showTextDocument(doc, { preview: false });
  } catch (err) {
    const msg = `mpls: ${cmd.server}: ${err instanceof Error ? err.message : String(err)}`;
    output.error(msg);
    void vscode.window.showErrorMessage(msg);
  }
}

const TEMPLATE_IDS = new Set(TEMPLATE_LANGUAGES.map((l) => l.id));

/** Inserts `</tag>` after the cursor when `>` ends a start tag in a template. */
function autoCloseTag(e: vscode.TextDocumentChangeEvent): void {
  if (!TEMPLATE_IDS.has(e.document.languageId) || e.contentChanges.length !== 1) {
    return;
  }
  // e.reason (TextDocumentChangeReason: Undo 1, Redo 2) exists from VS Code 1.64; older hosts
  // leave it undefined, and the enum itself is missing there, so compare the numbers.
  const reason = (e as { reason?: number }).reason;
  if (reason === 1 || reason === 2) {
    return;
  }
  const change = e.contentChanges[0];
  if (change.text !== '>' || change.rangeLength !== 0) {
    return;
  }
  if (!vscode.workspace.getConfiguration('mpls', e.document).get<boolean>('autoCloseTags', true)) {
    return;
  }
  const doc = e.document;
  const version = doc.version;
  const after = change.range.start.translate(0, 1);
  // The editor's selection moves after the change event: look once it has settled, and only
  // if nothing else was typed meanwhile.
  setTimeout(() => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== doc || doc.version !== version || editor.selections.length !== 1) {
      return;
    }
    if (!editor.selection.isEmpty || !editor.selection.active.isEqual(after)) {
      return;
    }
    const from = doc.positionAt(Math.max(0, doc.offsetAt(after) - 4000));
    const before = doc.getText(new vscode.Range(from, after));
    const rest = doc.getText(new vscode.Range(after, doc.lineAt(after.line).range.end));
    const name = tagToClose(before, rest);
    if (name) {
      void editor.insertSnippet(new vscode.SnippetString(`$0</${name}>`), after, { undoStopBefore: false, undoStopAfter: false });
    }
  }, 0);
}

export function activate(context: vscode.ExtensionContext): void {
  output = createLog('mpls');
  context.subscriptions.push(output.channel);
  context.subscriptions.push(vscode.workspace.onDidChangeTextDocument(autoCloseTag));

  context.subscriptions.push(
    vscode.commands.registerCommand('mpls.restart', () =>
      enqueue(async () => {
        await stopClient();
        await startClient(context);
      }),
    ),
    vscode.commands.registerCommand('mpls.showOutput', () => output.show(true)),
    ...NOTE_COMMANDS.map((cmd) => vscode.commands.registerCommand(cmd.id, () => showMarkdown(cmd))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('mpls')) {
        return;
      }
      if (e.affectsConfiguration('mpls.path')) {
        output.info('mpls.path changed: restarting the server.');
        void enqueue(async () => {
          await stopClient();
          await startClient(context);
        });
        return;
      }
      const c = client;
      if (c && clientRunning) {
        // Push the new settings; the server may also pull them with workspace/configuration.
        void c.sendNotification(DidChangeConfigurationNotification.type, { settings: { mpls: currentSettings() } });
      }
    }),
  );

  void enqueue(() => startClient(context));
}

export function deactivate(): Thenable<void> {
  return enqueue(stopClient);
}
