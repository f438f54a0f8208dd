// Pure logic of the extension: finding the server binary and turning VS Code settings into
// the settings object mpls reads. Nothing here imports 'vscode', so the unit tests run on
// plain node (`npm test`).

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const PLATFORMS = ['wechat', 'douyin', 'alipay', 'baidu', 'qq'] as const;
export const LOCALES = ['zh-CN', 'en'] as const;
export const SEVERITIES = ['off', 'error', 'warning', 'information', 'hint'] as const;

export type Platform = (typeof PLATFORMS)[number];
export type Locale = (typeof LOCALES)[number];
export type Severity = (typeof SEVERITIES)[number];

/** The template languages this extension registers, with their file extensions. */
export const TEMPLATE_LANGUAGES: ReadonlyArray<{ id: string; extension: string; platform: Platform }> = [
  { id: 'wxml', extension: '.wxml', platform: 'wechat' },
  { id: 'ttml', extension: '.ttml', platform: 'douyin' },
  { id: 'axml', extension: '.axml', platform: 'alipay' },
  { id: 'swan', extension: '.swan', platform: 'baidu' },
  { id: 'qml', extension: '.qml', platform: 'qq' },
];

// ---------------------------------------------------------------------------------------------
// Binary resolution

export interface ResolveInput {
  /** The `mpls.path` setting, possibly empty. */
  configuredPath?: string;
  /** Folder the extension is installed in (holds `bin/mpls` when a binary is bundled). */
  extensionPath: string;
  /** First workspace folder, for relative `mpls.path` values and `${workspaceFolder}`. */
  workspaceFolder?: string;
  /** process.platform; defaults to the current one. */
  platform?: NodeJS.Platform;
  /** Environment (PATH, PATHEXT, HOME); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Whether a path is an executable file; defaults to a real file-system check. */
  isExecutable?: (file: string) => boolean;
}

export type BinarySource = 'setting' | 'bundled' | 'PATH';

export type ResolveResult =
  | { ok: true; path: string; source: BinarySource }
  | { ok: false; message: string; tried: string[] };

export function defaultIsExecutable(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) {
      return false;
    }
    if (process.platform === 'win32') {
      return true;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Expands `~`, `${workspaceFolder}`, `${userHome}` and `${env:NAME}` in a configured path. */
export function expandPath(value: string, workspaceFolder: string | undefined, env: NodeJS.ProcessEnv): string {
  const home = env.HOME || env.USERPROFILE || os.homedir();
  let out = value.trim();
  out = out.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => env[name] ?? '');
  out = out.replace(/\$\{userHome\}/g, home);
  if (workspaceFolder) {
    out = out.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  }
  if (out === '~') {
    out = home;
  } else if (out.startsWith('~/') || out.startsWith('~\\')) {
    out = path.join(home, out.slice(2));
  }
  return out;
}

function executableNames(base: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform !== 'win32') {
    return [base];
  }
  const exts = (env.PATHEXT || '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean);
  if (exts.some((e) => base.toLowerCase().endsWith(e.toLowerCase()))) {
    return [base];
  }
  return exts.map((e) => base + e.toLowerCase());
}

/**
 * Finds the mpls binary: the `mpls.path` setting, else `bin/mpls` inside the extension, else
 * `mpls` on PATH. A configured path that does not exist is an error (not a silent fallback),
 * so a typo in the setting is reported instead of running some other mpls.
 */
export function resolveServerBinary(input: ResolveInput): ResolveResult {
  const platform = input.platform ?? process.platform;
  const env = input.env ?? process.env;
  const isExec = input.isExecutable ?? defaultIsExecutable;
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const tried: string[] = [];

  const configured = (input.configuredPath ?? '').trim();
  if (configured !== '') {
    let p = expandPath(configured, input.workspaceFolder, env);
    const hasDir = p.includes('/') || (platform === 'win32' && p.includes('\\'));
    if (!hasDir) {
      // A bare command name such as "mpls" or "mpls-dev": look it up on PATH.
      const found = searchPath(p, platform, env, isExec, tried);
      if (found) {
        return { ok: true, path: found, source: 'setting' };
      }
      return {
        ok: false,
        tried,
        message: `mpls: the setting "mpls.path" is "${configured}", but no such executable was found on PATH.`,
      };
    }
    if (!pathApi.isAbsolute(p) && input.workspaceFolder) {
      p = pathApi.join(input.workspaceFolder, p);
    }
    for (const candidate of executableNames(p, platform, env)) {
      tried.push(candidate);
      if (isExec(candidate)) {
        return { ok: true, path: candidate, source: 'setting' };
      }
    }
    return {
      ok: false,
      tried,
      message: `mpls: the setting "mpls.path" points to "${p}", which is not an executable file. Fix the setting or clear it to use the bundled binary or mpls on PATH.`,
    };
  }

  const bundledBase = pathApi.join(input.extensionPath, 'bin', 'mpls');
  for (const candidate of executableNames(bundledBase, platform, env)) {
    tried.push(candidate);
    if (isExec(candidate)) {
      return { ok: true, path: candidate, source: 'bundled' };
    }
  }

  const onPath = searchPath('mpls', platform, env, isExec, tried);
  if (onPath) {
    return { ok: true, path: onPath, source: 'PATH' };
  }

  return {
    ok: false,
    tried,
    message:
      'mpls: no language server binary found (no "mpls.path" setting, no binary bundled with the extension, no mpls on PATH). ' +
      'Build it in the mpls repository with `go build -o bin/mpls ./cmd/mpls` and put it on PATH, or set "mpls.path" to its location.',
  };
}

function searchPath(
  name: string,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  isExec: (f: string) => boolean,
  tried: string[],
): string | undefined {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const sep = platform === 'win32' ? ';' : ':';
  const pathVar = env.PATH ?? env.Path ?? '';
  for (const dir of pathVar.split(sep)) {
    if (!dir) {
      continue;
    }
    for (const candidate of executableNames(pathApi.join(dir, name), platform, env)) {
      tried.push(candidate);
      if (isExec(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/** Arguments for the server process. */
export function serverArgs(trace: string | undefined): string[] {
  const args = ['serve'];
  if (trace === 'verbose') {
    args.push('--log-level', 'debug');
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// Settings mapping

/** What `vscode.workspace.getConfiguration('mpls')` gives, as plain values. */
export interface RawSettings {
  platform?: unknown;
  locale?: unknown;
  profile?: unknown;
  rules?: unknown;
  lexicon?: unknown;
  ignore?: unknown;
}

/** The settings object mpls reads (initializationOptions and configuration section `mpls`). */
export interface ServerSettings {
  platform?: Platform;
  locale: Locale;
  /** "strict": the letter of the rulebook; left out for the default (recommended). */
  profile?: 'strict';
  rules: Record<string, Severity>;
  lexicon: { add: Record<string, string[]>; allow: string[] };
  ignore: string[];
}

export interface MapResult {
  settings: ServerSettings;
  /** Human-readable notes about values that were dropped or corrected. */
  warnings: string[];
}

const SEVERITY_ALIASES: Record<string, Severity> = {
  off: 'off',
  none: 'off',
  false: 'off',
  disabled: 'off',
  error: 'error',
  err: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
};

/** Maps a VS Code display language (vscode.env.language, e.g. "zh-cn", "en-us") to a locale. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined): Locale {
  const l = (displayLanguage ?? '').toLowerCase();
  return l === 'zh' || l.startsWith('zh-') || l.startsWith('zh_') ? 'zh-CN' : 'en';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown): string[] {
  if (typeof v === 'string') {
    return v.trim() ? [v.trim()] : [];
  }
  if (!Array.isArray(v)) {
    return [];
  }
  return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
}

/**
 * Turns the `mpls.*` settings into what the server reads. Unknown values are dropped (with a
 * warning) rather than passed on, so a typo never makes the server reject its whole config.
 */
export function mapSettings(raw: RawSettings, displayLanguage?: string): MapResult {
  const warnings: string[] = [];

  let platform: Platform | undefined;
  if (typeof raw.platform === 'string' && raw.platform !== '' && raw.platform !== 'auto') {
    const p = raw.platform.toLowerCase();
    if ((PLATFORMS as readonly string[]).includes(p)) {
      platform = p as Platform;
    } else {
      warnings.push(`mpls.platform: unknown platform "${raw.platform}" (expected ${PLATFORMS.join(', ')} or auto); detecting it instead.`);
    }
  }

  let locale: Locale;
  const rawLocale = typeof raw.locale === 'string' ? raw.locale.trim() : '';
  if (rawLocale === '' || rawLocale === 'auto') {
    locale = localeFromDisplayLanguage(displayLanguage);
  } else if (rawLocale.toLowerCase().startsWith('zh')) {
    locale = 'zh-CN';
  } else if (rawLocale.toLowerCase().startsWith('en')) {
    locale = 'en';
  } else {
    locale = localeFromDisplayLanguage(displayLanguage);
    warnings.push(`mpls.locale: unknown locale "${rawLocale}" (expected zh-CN, en or auto); using ${locale}.`);
  }

  let strict = false;
  const rawProfile = typeof raw.profile === 'string' ? raw.profile.trim().toLowerCase() : '';
  if (rawProfile === 'strict') {
    strict = true;
  } else if (rawProfile !== '' && rawProfile !== 'recommended') {
    warnings.push(`mpls.profile: unknown profile "${String(raw.profile)}" (expected recommended or strict); using recommended.`);
  }

  const rules: Record<string, Severity> = {};
  if (isPlainObject(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      const key = typeof value === 'string' ? value.trim().toLowerCase() : value === false ? 'off' : '';
      const sev = Object.prototype.hasOwnProperty.call(SEVERITY_ALIASES, key) ? SEVERITY_ALIASES[key] : undefined;
      if (sev) {
        rules[id] = sev;
      } else {
        warnings.push(`mpls.rules: "${id}" has severity ${JSON.stringify(value)}; expected one of ${SEVERITIES.join(', ')}. Ignored.`);
      }
    }
  } else if (raw.rules !== undefined && raw.rules !== null) {
    warnings.push('mpls.rules must be an object of rule id → severity. Ignored.');
  }

  const lexicon: ServerSettings['lexicon'] = { add: {}, allow: [] };
  if (isPlainObject(raw.lexicon)) {
    const add = raw.lexicon.add;
    if (isPlainObject(add)) {
      for (const [list, words] of Object.entries(add)) {
        const ws = stringList(words);
        if (ws.length > 0) {
          lexicon.add[list] = ws;
        }
      }
    }
    lexicon.allow = stringList(raw.lexicon.allow);
  }

  const ignore = stringList(raw.ignore);

  const settings: ServerSettings = { locale, rules, lexicon, ignore };
  if (platform) {
    settings.platform = platform;
  }
  if (strict) {
    settings.profile = 'strict';
  }
  return { settings, warnings };
}

/**
 * Answers a `workspace/configuration` request: `mpls` (or a sub-key such as `mpls.rules`) gets
 * the mapped settings; anything else gets the value VS Code gives (`fallback`).
 */
export function configurationItem(section: string | undefined, settings: ServerSettings): { handled: boolean; value?: unknown } {
  if (section === 'mpls') {
    return { handled: true, value: settings };
  }
  if (section && section.startsWith('mpls.')) {
    let cur: unknown = settings;
    for (const part of section.slice('mpls.'.length).split('.')) {
      cur = isPlainObject(cur) ? cur[part] : undefined;
    }
    return { handled: true, value: cur ?? null };
  }
  return { handled: false };
}
