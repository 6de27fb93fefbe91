/**
 * Editor settings (`workspace/configuration`, section `clausewise`) layered
 * over the `clausewise.json` configuration: settings win, but only the values
 * that are actually present, so that an empty setting never erases the file.
 * Objects are layered key by key: `clausewise.rules`, `clausewise.sla.*` and
 * `clausewise.policy` replace only the keys they name.
 */
import { ConfigError, INTERNAL_ERROR, resolveConfig, RULE_CODES, type ResolvedConfig } from '../core/index.js';

/** The debounce used when the setting is absent, in milliseconds. */
export const DEFAULT_DEBOUNCE_MS = 100;

/** The label that configuration errors from settings carry instead of a file name. */
export const SETTINGS_LABEL = 'settings (section "clausewise")';

/** What the server takes from the `clausewise` settings section. */
export interface EditorSettings {
  /** The settings that mirror `clausewise.json`, as a raw object for {@link resolveConfig}. */
  config: Record<string, unknown>;
  debounceMs: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads the raw `clausewise` settings object (anything a client may send) into {@link EditorSettings}. */
export function readSettings(raw: unknown): EditorSettings {
  const s = isObject(raw) ? raw : {};
  const config: Record<string, unknown> = {};
  const present = (v: unknown) => v !== undefined && v !== null && v !== '';
  // Empty values are treated as "not set"; anything else is validated, so a wrong type is reported.
  if (present(s.rules) && !(isObject(s.rules) && Object.keys(s.rules).length === 0)) config.rules = s.rules;
  if (present(s.requiredClauses) && !(Array.isArray(s.requiredClauses) && s.requiredClauses.length === 0)) config.requiredClauses = s.requiredClauses;
  if (present(s.defaultCurrency)) config.defaultCurrency = s.defaultCurrency;
  // Objects of numbers: a key left empty is not set; a value of the wrong kind is passed on and reported.
  for (const key of ['sla', 'policy'] as const) {
    const v = s[key];
    if (isObject(v)) {
      const kept: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (present(x)) kept[k] = x;
      if (Object.keys(kept).length) config[key] = kept;
    } else if (present(v)) config[key] = v;
  }
  if (present(s.perspective)) config.perspective = s.perspective;
  const d = s.debounceMs;
  const debounceMs = typeof d === 'number' && Number.isFinite(d) && d >= 0 ? Math.min(d, 10_000) : DEFAULT_DEBOUNCE_MS;
  return { config, debounceMs };
}

/**
 * Layers settings over a base configuration (from `clausewise.json` or the
 * defaults). Throws {@link ConfigError} naming the setting when a value is invalid.
 */
export function layerSettings(base: ResolvedConfig, settings: EditorSettings): ResolvedConfig {
  if (Object.keys(settings.config).length === 0) return base;
  try {
    return resolveConfig(settings.config, SETTINGS_LABEL, [...RULE_CODES, INTERNAL_ERROR], base);
  } catch (e) {
    if (e instanceof ConfigError) {
      throw ConfigError.of(
        SETTINGS_LABEL,
        e.issues.map((i) => ({ key: i.key ? `clausewise.${i.key}` : 'clausewise', detail: i.detail })),
      );
    }
    throw e;
  }
}
