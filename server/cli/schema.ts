/**
 * The JSON schema of `clausewise.json`, generated from the same sources the
 * configuration validator (server/core/config.ts) uses: the rule registry for
 * rule codes, the key lists, severities and perspectives exported by config.ts,
 * and the ISO 4217 table for currencies. `npm run schema` writes it to
 * schemas/clausewise.schema.json (bundled with the extension, contributed
 * through `jsonValidation`, and shipped in the npm package); a test checks the
 * file is up to date and that schema and validator accept and reject the same
 * configurations, naming the same key.
 */
import { ISO_4217_ACTIVE } from '../core/currencies.js';
import { docsUrl, INTERNAL_ERROR, KNOWN_KEYS, PERSPECTIVES, POLICY_DEFAULTS, POLICY_KEYS, RULES, SEVERITIES, SLA_KEYS, DEFAULT_CONFIG } from '../core/index.js';

/** Where the schema is published; `$schema` in a clausewise.json may point here or at the bundled file. */
export const SCHEMA_ID = 'https://raw.githubusercontent.com/clausewise/clausewise/main/schemas/clausewise.schema.json';

/** The rule codes a configuration may name, as the validator accepts them. */
export function configurableCodes(): string[] {
  return [...RULES.map((r) => r.code), INTERNAL_ERROR];
}

const CLAUSE_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';

const SLA_DESCRIPTIONS: Record<string, string> = {
  minResolveMinutes: 'The fastest resolution time, in minutes, that a provider can credibly promise; faster promises are reported by sla-unrealistic.',
  minRespondMinutes: 'The fastest response time, in minutes, that a provider can credibly promise; faster promises are reported by sla-unrealistic.',
  maxUptimePercent: 'The uptime percentage at or above which a promise is unrealistic (reported by sla-unrealistic).',
};

const POLICY_DESCRIPTIONS: Record<string, string> = {
  minPaymentDays: 'The shortest payment term you accept, in days (a client position); a contract that makes the client pay sooner is reported by playbook-deviation.',
  maxPaymentDays: 'The longest payment term you accept, in days (a provider position); a contract that lets the client pay later is reported by playbook-deviation.',
  maxRenewalNoticeDays: 'The longest notice window before an automatic renewal that you accept, in days; a longer one is reported by renewal-notice-trap.',
  minLiabilityCapMonths: 'The lowest liability cap you accept, in months of fees; a lower cap is reported by liability-cap-low.',
  minClaimWindowDays: 'The shortest window to claim service credits that you accept, in days; a shorter one is reported by sla-claim-window-short.',
  minCreditCapPercent: 'The lowest cap on service credits you accept, as a percentage of the fee for the measurement period.',
  maxBreachNoticeHours: 'The slowest notice of a personal-data breach you accept, in hours; a slower one is reported by playbook-deviation.',
  minUptimePercent: 'The lowest availability promise you accept, in percent; a lower uptime is reported by playbook-deviation.',
};

/** Keys whose value is a percentage (at most 100), as the validator checks them. */
const PERCENT_KEYS = new Set(['maxUptimePercent', 'minUptimePercent', 'minCreditCapPercent']);

function numberSetting(key: string, description: string, fallback: number | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { type: 'number', minimum: 0, description: fallback === undefined ? `${description} No position by default.` : `${description} Default: ${fallback}.` };
  if (PERCENT_KEYS.has(key)) out['maximum'] = 100;
  return out;
}

function severityWord(s: string): string {
  return s === 'info' ? 'info' : s;
}

/** The JSON schema (draft-07) of clausewise.json. */
export function configSchema(): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const r of RULES) {
    ruleProperties[r.code] = { $ref: '#/definitions/severity', description: `${r.description} Default: ${severityWord(r.severity)}.`, markdownDescription: `${r.description} Default: \`${r.severity}\`. [Documentation](${docsUrl(r.code)})` };
  }
  ruleProperties[INTERNAL_ERROR] = { $ref: '#/definitions/severity', description: 'A fault inside Clausewise while checking a document. Default: error.' };
  const properties: Record<string, unknown> = {
    $schema: { type: 'string', description: 'The JSON schema of this file, for editors; ignored by Clausewise.' },
    rules: {
      type: 'object',
      description: 'The severity of each check, by its code: off, info, warning or error. A check not listed keeps its default severity.',
      properties: ruleProperties,
      propertyNames: { enum: configurableCodes() },
      additionalProperties: false,
    },
    requiredClauses: {
      type: 'array',
      description: 'Free clauses (clause NAME) every contract must contain, such as ["liability", "confidentiality"].',
      items: { type: 'string', pattern: CLAUSE_NAME },
      default: DEFAULT_CONFIG.requiredClauses,
    },
    defaultCurrency: {
      type: 'string',
      description: `The currency that quick fixes add to amounts written without one: an active ISO 4217 code. Default: ${DEFAULT_CONFIG.defaultCurrency}.`,
      enum: [...ISO_4217_ACTIVE].sort(),
      default: DEFAULT_CONFIG.defaultCurrency,
    },
    sla: {
      type: 'object',
      description: 'The limits of credible service levels.',
      properties: Object.fromEntries(SLA_KEYS.map((k) => [k, numberSetting(k, SLA_DESCRIPTIONS[k] ?? k, (DEFAULT_CONFIG.sla as Record<string, number>)[k])])),
      additionalProperties: false,
    },
    perspective: {
      type: 'string',
      description: 'Whose side you read the contract from: client or provider turns off the checks that protect only the other side; neutral runs them all. Default: neutral.',
      enum: [...PERSPECTIVES],
      default: DEFAULT_CONFIG.perspective,
    },
    policy: {
      type: 'object',
      description: 'Your negotiating positions: a term outside one is reported, naming the key.',
      properties: Object.fromEntries(POLICY_KEYS.map((k) => [k, numberSetting(k, POLICY_DESCRIPTIONS[k] ?? k, (POLICY_DEFAULTS as unknown as Record<string, number | undefined>)[k])])),
      additionalProperties: false,
    },
    ignores: {
      type: 'array',
      description: 'Files the command line leaves out: gitignore-style patterns relative to the folder of this file, such as "drafts/" or "archive/**".',
      items: { type: 'string', minLength: 1, pattern: '\\S' },
    },
  };
  // Every key the validator knows, and no other.
  for (const key of KNOWN_KEYS) if (!(key in properties)) throw new Error(`the schema does not describe the configuration key ${key}`);
  for (const key of Object.keys(properties)) if (!KNOWN_KEYS.includes(key)) throw new Error(`the schema describes ${key}, which the validator does not accept`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'Clausewise configuration (clausewise.json)',
    description: 'How your organisation reads contracts: checks, required clauses, currency, credible service levels, perspective and negotiating positions. See docs/configuration.md.',
    type: 'object',
    properties,
    additionalProperties: false,
    definitions: {
      severity: { type: 'string', enum: [...SEVERITIES], enumDescriptions: ['Do not report this check.', 'Report as information.', 'Report as a warning.', 'Report as an error.'] },
    },
  };
}

/** The schema as the text of schemas/clausewise.schema.json. */
export function configSchemaText(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}
