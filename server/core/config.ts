/**
 * `clausewise.json`: per-code severity, required clauses, the default currency
 * and the SLA realism floors. Validation is strict: a bad file is an error that
 * names the file and the key, never a silent default. File lookup lives in
 * config-node.ts so that this module also runs in a browser.
 */
import { COMMON_CURRENCIES, ISO_4217_WITHDRAWN, isCurrency } from './currencies.js';
import type { Severity, SeveritySetting } from './types.js';

export interface ResolvedConfig {
  /** Severity overrides by code. */
  rules: Record<string, SeveritySetting>;
  /** Clause names (`clause NAME`) that must be present, e.g. `liability`. */
  requiredClauses: string[];
  /** The currency that quick fixes add to bare amounts. */
  defaultCurrency: string;
  sla: {
    /** Fastest credible resolution time, in minutes. */
    minResolveMinutes: number;
    /** Fastest credible response time, in minutes. */
    minRespondMinutes: number;
    /** Highest credible uptime percentage; anything at or above it is unrealistic. */
    maxUptimePercent: number;
  };
  /**
   * Whose side the reader is on: `client` or `provider` turns off the rules
   * that protect only the other side; `neutral` (the default) runs them all.
   */
  perspective: Perspective;
  /** The organisation's negotiating positions (`policy` in clausewise.json). */
  policy: Policy;
  /** The `policy` keys the configuration sets itself (the rest are defaults), for messages. */
  policySet: string[];
  /** Files the command line leaves out (`ignores`): gitignore-style patterns relative to the configuration file's folder. */
  ignores?: string[];
}

export type Perspective = 'client' | 'provider' | 'neutral';
export const PERSPECTIVES: readonly Perspective[] = ['client', 'provider', 'neutral'];

/**
 * Negotiating positions. Each is literal, whatever the perspective; a key
 * without a default has no position until the configuration sets one.
 */
export interface Policy {
  /** Never promise to pay in under N days (a client's position). */
  minPaymentDays?: number;
  /** Never wait more than N days for payment (a provider's position). */
  maxPaymentDays?: number;
  /** The longest acceptable notice window before an automatic renewal (days). */
  maxRenewalNoticeDays: number;
  /** The lowest acceptable liability cap, in months of fees. */
  minLiabilityCapMonths: number;
  /** The shortest acceptable window to claim service credits (days). */
  minClaimWindowDays: number;
  /** The lowest acceptable cap on service credits, as a percentage of the period's fee. */
  minCreditCapPercent: number;
  /** The slowest acceptable personal-data breach notice (hours). */
  maxBreachNoticeHours?: number;
  /** The lowest acceptable availability promise (percent). */
  minUptimePercent?: number;
}

export const POLICY_DEFAULTS: Policy = { maxRenewalNoticeDays: 60, minLiabilityCapMonths: 12, minClaimWindowDays: 30, minCreditCapPercent: 15 };
export const POLICY_KEYS = [
  'minPaymentDays',
  'maxPaymentDays',
  'maxRenewalNoticeDays',
  'minLiabilityCapMonths',
  'minClaimWindowDays',
  'minCreditCapPercent',
  'maxBreachNoticeHours',
  'minUptimePercent',
] as const;

export const DEFAULT_CONFIG: ResolvedConfig = {
  rules: {},
  requiredClauses: [],
  defaultCurrency: 'USD',
  sla: { minResolveMinutes: 15, minRespondMinutes: 1, maxUptimePercent: 100 },
  perspective: 'neutral',
  policy: { ...POLICY_DEFAULTS },
  policySet: [],
};

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    detail: string,
  ) {
    super(`${file}: ${key ? `"${key}" ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

export const SEVERITIES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];
export const KNOWN_KEYS = ['$schema', 'rules', 'requiredClauses', 'defaultCurrency', 'sla', 'perspective', 'policy', 'ignores'];
export const SLA_KEYS = ['minResolveMinutes', 'minRespondMinutes', 'maxUptimePercent'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a parsed configuration object and merges it over the defaults.
 * `knownCodes` is the list of rule codes; an unknown code is an error.
 */
export function resolveConfig(raw: unknown, file: string, knownCodes: readonly string[], base: ResolvedConfig = DEFAULT_CONFIG): ResolvedConfig {
  if (!isObject(raw)) throw new ConfigError(file, '', 'must contain a JSON object');
  const out: ResolvedConfig = {
    rules: { ...base.rules },
    requiredClauses: [...base.requiredClauses],
    defaultCurrency: base.defaultCurrency,
    sla: { ...base.sla },
    perspective: base.perspective,
    policy: { ...base.policy },
    policySet: [...base.policySet],
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) throw new ConfigError(file, key, `is not a setting; known settings: ${KNOWN_KEYS.slice(1).join(', ')}`);
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) throw new ConfigError(file, 'rules', 'must be an object mapping rule codes to off, info, warning or error');
    for (const [code, sev] of Object.entries(raw.rules)) {
      if (!knownCodes.includes(code)) throw new ConfigError(file, `rules.${code}`, 'is not a rule code (see docs/rules/)');
      if (typeof sev !== 'string' || !SEVERITIES.includes(sev as SeveritySetting)) {
        throw new ConfigError(file, `rules.${code}`, `must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(sev)}`);
      }
      out.rules[code] = sev as SeveritySetting;
    }
  }
  if (raw.requiredClauses !== undefined) {
    if (!Array.isArray(raw.requiredClauses) || raw.requiredClauses.some((c) => typeof c !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(c))) {
      throw new ConfigError(file, 'requiredClauses', 'must be a list of clause names, e.g. ["liability", "confidentiality"]');
    }
    out.requiredClauses = [...(raw.requiredClauses as string[])];
  }
  if (raw.defaultCurrency !== undefined) {
    if (typeof raw.defaultCurrency !== 'string' || !/^[A-Z]{3}$/.test(raw.defaultCurrency)) {
      throw new ConfigError(file, 'defaultCurrency', 'must be a three-letter ISO 4217 code such as "USD" or "EUR"');
    }
    if (!isCurrency(raw.defaultCurrency)) {
      const replaced = ISO_4217_WITHDRAWN[raw.defaultCurrency];
      const hint = replaced ? `: it was withdrawn, use "${replaced}"` : `; common codes: ${COMMON_CURRENCIES.slice(0, 6).join(', ')}`;
      throw new ConfigError(file, 'defaultCurrency', `"${raw.defaultCurrency}" is not an active ISO 4217 currency code${hint}`);
    }
    out.defaultCurrency = raw.defaultCurrency;
  }
  if (raw.sla !== undefined) {
    if (!isObject(raw.sla)) throw new ConfigError(file, 'sla', `must be an object with ${SLA_KEYS.join(', ')}`);
    for (const [k, v] of Object.entries(raw.sla)) {
      if (!SLA_KEYS.includes(k)) throw new ConfigError(file, `sla.${k}`, `is not a setting; known: ${SLA_KEYS.join(', ')}`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ConfigError(file, `sla.${k}`, 'must be a non-negative number');
      if (k === 'maxUptimePercent' && v > 100) throw new ConfigError(file, `sla.${k}`, 'must be at most 100');
      (out.sla as Record<string, number>)[k] = v;
    }
  }
  if (raw.perspective !== undefined) {
    if (typeof raw.perspective !== 'string' || !PERSPECTIVES.includes(raw.perspective as Perspective)) {
      throw new ConfigError(file, 'perspective', `must be one of ${PERSPECTIVES.join(', ')}, not ${JSON.stringify(raw.perspective)}`);
    }
    out.perspective = raw.perspective as Perspective;
  }
  if (raw.policy !== undefined) {
    if (!isObject(raw.policy)) throw new ConfigError(file, 'policy', `must be an object with any of ${POLICY_KEYS.join(', ')}`);
    for (const [k, v] of Object.entries(raw.policy)) {
      if (!(POLICY_KEYS as readonly string[]).includes(k)) throw new ConfigError(file, `policy.${k}`, `is not a policy position; known: ${POLICY_KEYS.join(', ')}`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ConfigError(file, `policy.${k}`, 'must be a non-negative number');
      if ((k === 'minUptimePercent' || k === 'minCreditCapPercent') && v > 100) throw new ConfigError(file, `policy.${k}`, 'must be at most 100');
      (out.policy as unknown as Record<string, number>)[k] = v;
      if (!out.policySet.includes(k)) out.policySet.push(k);
    }
  }
  if (raw.ignores !== undefined) {
    if (!Array.isArray(raw.ignores) || raw.ignores.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new ConfigError(file, 'ignores', 'must be a list of file patterns, e.g. ["drafts/", "archive/**"]');
    }
    out.ignores = [...(raw.ignores as string[])];
  }
  return out;
}

/** Parses the text of a configuration file; JSON syntax errors name the file. */
export function parseConfigText(text: string, file: string, knownCodes: readonly string[], base?: ResolvedConfig): ResolvedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, '', `is not valid JSON (${(e as Error).message})`);
  }
  return resolveConfig(raw, file, knownCodes, base);
}

/** The effective severity of a code, or undefined when it is turned off. */
export function severityOf(config: ResolvedConfig, code: string, fallback: Severity): Severity | undefined {
  const s = config.rules[code];
  if (s === 'off') return undefined;
  return s ?? fallback;
}
