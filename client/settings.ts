/**
 * The `clausewise.*` settings that the language server reads through
 * `workspace/configuration`. VS Code answers such requests with default values
 * filled in, which would silently override the project's `clausewise.json`;
 * the client therefore answers with only the values a user actually set, so
 * that settings are layered over the file instead of replacing it. An object
 * setting (`clausewise.rules`, `clausewise.policy`) set at several levels is
 * merged key by key, the more specific level winning, as VS Code merges them.
 */
import * as vscode from 'vscode';

/** The configuration section shared by the client and the server. */
export const SECTION = 'clausewise';

/** Every key under `clausewise` that the server understands (dotted paths). */
export const SETTING_KEYS = [
  'rules',
  'requiredClauses',
  'defaultCurrency',
  'sla.minResolveMinutes',
  'sla.minRespondMinutes',
  'sla.maxUptimePercent',
  'perspective',
  'policy',
  'debounceMs',
  'trace.server',
  'inlayHints.enabled',
] as const;

/** Keys that are not part of clausewise.json: their defaults are always sent. */
const EDITOR_ONLY_KEYS: ReadonlySet<string> = new Set(['debounceMs', 'trace.server', 'inlayHints.enabled']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The value a user set explicitly, if any: the most specific level's, except
 * that objects set at several levels are merged key by key (the more specific
 * level wins), as VS Code's own `get` does.
 */
function explicitValue(inspected: ReturnType<vscode.WorkspaceConfiguration['inspect']> & {}): unknown {
  const levels = [
    inspected.workspaceFolderLanguageValue,
    inspected.workspaceLanguageValue,
    inspected.globalLanguageValue,
    inspected.workspaceFolderValue,
    inspected.workspaceValue,
    inspected.globalValue,
  ].filter((v) => v !== undefined);
  const first = levels[0];
  if (!isPlainObject(first)) return first;
  const objects = levels.filter(isPlainObject);
  return Object.assign({}, ...objects.reverse());
}

/** Sets `value` at a dotted path inside `target`, creating objects on the way. */
function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else node = node[part] = {};
  }
  node[parts[parts.length - 1]!] = value;
}

/**
 * The `clausewise` settings for a resource: explicitly set values of the
 * clausewise.json items, plus the editor-only items with their defaults.
 */
export function layeredSettings(scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, scope ? { uri: scope, languageId: 'contract' } : undefined);
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const inspected = config.inspect(key);
    if (!inspected) continue;
    const value = EDITOR_ONLY_KEYS.has(key) ? config.get(key) : explicitValue(inspected);
    if (value !== undefined) setPath(out, key, value);
  }
  return out;
}

/** Answers one `workspace/configuration` item for a section under `clausewise`, or undefined for other sections. */
export function answerConfigurationItem(section: string | undefined, scopeUri: string | undefined): unknown {
  if (section !== SECTION && !section?.startsWith(`${SECTION}.`)) return undefined;
  const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const all = layeredSettings(scope);
  if (section === SECTION) return all;
  let node: unknown = all;
  for (const part of section.slice(SECTION.length + 1).split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node ?? null;
}
