/**
 * `clausewise.json`: per-code severity, required clauses, the default currency
 * and the SLA realism floors. Validation is strict: a bad file is an error that
 * names the file and the key, never a silent default. File lookup lives in
 * config-node.ts so that this module also runs in a browser.
 */
import { COMMON_CURRENCIES, ISO_4217_WITHDRAWN, isCurrency } from './currencies.js';
import type { Severity, SeveritySetting } from './severity.js';

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

/** One problem of a configuration: the key it is about ("" for the whole file) and what is wrong with it. */
export interface ConfigIssue {
  key: string;
  detail: string;
}

/**
 * A configuration that cannot be used. It lists every problem found (a file
 * with three mistakes says so at once, not one per attempt); `key` is the
 * first problem's key.
 */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(
    readonly file: string,
    readonly key: string,
    detail: string,
    more: readonly ConfigIssue[] = [],
  ) {
    const issues = [{ key, detail }, ...more];
    const one = (i: ConfigIssue) => `${i.key ? `"${i.key}" ` : ''}${i.detail}`;
    super(issues.length === 1 ? `${file}: ${one(issues[0]!)}` : `${file}: ${issues.length} problems: ${issues.map(one).join('; ')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }

  /** The error listing `issues` (at least one). */
  static of(file: string, issues: readonly ConfigIssue[]): ConfigError {
    const [first, ...more] = issues;
    return new ConfigError(file, first!.key, first!.detail, more);
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
  // Every problem is collected, and the error lists them all; a key with a problem keeps its base value.
  const issues: ConfigIssue[] = [];
  const problem = (key: string, detail: string) => void issues.push({ key, detail });
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
    if (!KNOWN_KEYS.includes(key)) problem(key, `is not a setting; known settings: ${KNOWN_KEYS.slice(1).join(', ')}`);
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problem('rules', 'must be an object mapping rule codes to off, info, warning or error');
    else {
      for (const [code, sev] of Object.entries(raw.rules)) {
        if (!knownCodes.includes(code)) problem(`rules.${code}`, 'is not a rule code (see docs/rules/)');
        else if (typeof sev !== 'string' || !SEVERITIES.includes(sev as SeveritySetting)) {
          problem(`rules.${code}`, `must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(sev)}`);
        } else out.rules[code] = sev as SeveritySetting;
      }
    }
  }
  if (raw.requiredClauses !== undefined) {
    if (!Array.isArray(raw.requiredClauses) || raw.requiredClauses.some((c) => typeof c !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(c))) {
      problem('requiredClauses', 'must be a list of clause names, e.g. ["liability", "confidentiality"]');
    } else out.requiredClauses = [...(raw.requiredClauses as string[])];
  }
  if (raw.defaultCurrency !== undefined) {
    if (typeof raw.defaultCurrency !== 'string' || !/^[A-Z]{3}$/.test(raw.defaultCurrency)) {
      problem('defaultCurrency', 'must be a three-letter ISO 4217 code such as "USD" or "EUR"');
    } else if (!isCurrency(raw.defaultCurrency)) {
      const replaced = ISO_4217_WITHDRAWN[raw.defaultCurrency];
      const hint = replaced ? `: it was withdrawn, use "${replaced}"` : `; common codes: ${COMMON_CURRENCIES.slice(0, 6).join(', ')}`;
      problem('defaultCurrency', `"${raw.defaultCurrency}" is not an active ISO 4217 currency code${hint}`);
    } else out.defaultCurrency = raw.defaultCurrency;
  }
  if (raw.sla !== undefined) {
    if (!isObject(raw.sla)) problem('sla', `must be an object with ${SLA_KEYS.join(', ')}`);
    else {
      for (const [k, v] of Object.entries(raw.sla)) {
        if (!SLA_KEYS.includes(k)) problem(`sla.${k}`, `is not a setting; known: ${SLA_KEYS.join(', ')}`);
        else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) problem(`sla.${k}`, 'must be a non-negative number');
        else if (k === 'maxUptimePercent' && v > 100) problem(`sla.${k}`, 'must be at most 100');
        else (out.sla as Record<string, number>)[k] = v;
      }
    }
  }
  if (raw.perspective !== undefined) {
    if (typeof raw.perspective !== 'string' || !PERSPECTIVES.includes(raw.perspective as Perspective)) {
      problem('perspective', `must be one of ${PERSPECTIVES.join(', ')}, not ${JSON.stringify(raw.perspective)}`);
    } else out.perspective = raw.perspective as Perspective;
  }
  if (raw.policy !== undefined) {
    if (!isObject(raw.policy)) problem('policy', `must be an object with any of ${POLICY_KEYS.join(', ')}`);
    else {
      for (const [k, v] of Object.entries(raw.policy)) {
        if (!(POLICY_KEYS as readonly string[]).includes(k)) problem(`policy.${k}`, `is not a policy position; known: ${POLICY_KEYS.join(', ')}`);
        else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) problem(`policy.${k}`, 'must be a non-negative number');
        else if ((k === 'minUptimePercent' || k === 'minCreditCapPercent') && v > 100) problem(`policy.${k}`, 'must be at most 100');
        else {
          (out.policy as unknown as Record<string, number>)[k] = v;
          if (!out.policySet.includes(k)) out.policySet.push(k);
        }
      }
    }
  }
  if (raw.ignores !== undefined) {
    if (!Array.isArray(raw.ignores) || raw.ignores.some((p) => typeof p !== 'string' || p.trim() === '')) {
      problem('ignores', 'must be a list of file patterns, e.g. ["drafts/", "archive/**"]');
    } else out.ignores = [...(raw.ignores as string[])];
  }
  if (issues.length) throw ConfigError.of(file, issues);
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
