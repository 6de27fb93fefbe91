/**
 * schemas/clausewise.schema.json is generated from the rule registry and the
 * configuration validator's key lists (server/cli/schema.ts), and agrees with
 * the validator: every configuration in the documentation and the fixtures is
 * judged the same by both, each bad configuration below is rejected by both
 * naming the same key, and so are thousands of generated ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig, RULE_CODES, INTERNAL_ERROR } from '../../server/core/index.js';
import { configSchema, configSchemaText, configurableCodes } from '../../server/cli/schema.js';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMA_FILE = path.join(ROOT, 'schemas/clausewise.schema.json');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const CODES = [...RULE_CODES, INTERNAL_ERROR];

const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addVocabulary(['markdownDescription', 'enumDescriptions']);
const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));

/** The key a validator message names, at the validator's granularity: `rules.CODE`, `sla.KEY`, `policy.KEY`, or a top-level key. */
function keyOf(segments: string[]): string {
  if (['rules', 'sla', 'policy'].includes(segments[0]!) && segments.length > 1) return segments.slice(0, 2).join('.');
  return segments[0] ?? '';
}

/** The keys the schema's errors name (undefined when the schema accepts the configuration). */
function schemaKeys(config: unknown): string[] | undefined {
  if (validate(config)) return undefined;
  const keys = new Set<string>();
  for (const e of validate.errors ?? []) {
    const segments = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const extra = (e.params as { additionalProperty?: string; propertyName?: string }).additionalProperty ?? (e.params as { propertyName?: string }).propertyName;
    if (e.keyword === 'propertyNames' || e.keyword === 'additionalProperties') segments.push(extra!);
    // An error inside propertyNames (the enum of rule codes) names the property it judged.
    else if (e.propertyName !== undefined) segments.push(e.propertyName);
    keys.add(keyOf(segments));
  }
  return [...keys];
}

/** The key the validator names (undefined when it accepts the configuration). */
function validatorKey(config: unknown): string | undefined {
  try {
    resolveConfig(config, 'clausewise.json', CODES);
    return undefined;
  } catch (e) {
    if (e instanceof ConfigError) return e.key;
    throw e;
  }
}

function expectAgreement(config: unknown, label: string): void {
  const v = validatorKey(config);
  const s = schemaKeys(config);
  if (v === undefined) expect(s, `${label}: the validator accepts ${JSON.stringify(config)}`).toBeUndefined();
  else {
    expect(s, `${label}: the validator rejects ${JSON.stringify(config)} at ${v}`).toBeDefined();
    expect(s, label).toContain(v);
  }
}

describe('the schema file', () => {
  it('is up to date with the rule registry and the validator (npm run schema writes it)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(configSchemaText());
  });

  it('lists every rule code the validator accepts, and no other', () => {
    const rules = (configSchema()['properties'] as Record<string, { propertyNames: { enum: string[] } }>)['rules']!;
    expect([...rules.propertyNames.enum].sort()).toEqual([...CODES].sort());
    expect(configurableCodes().sort()).toEqual([...CODES].sort());
  });

  it('is contributed to VS Code for clausewise.json, and the rule codes are an enum of the clausewise.rules setting', () => {
    expect(PKG.contributes.jsonValidation).toContainEqual({ fileMatch: ['clausewise.json', '**/clausewise.json'], url: './schemas/clausewise.schema.json' });
    const setting = PKG.contributes.configuration.properties['clausewise.rules'];
    expect(Object.keys(setting.properties).sort()).toEqual([...CODES].sort());
    expect([...setting.propertyNames.enum].sort()).toEqual([...CODES].sort());
    const currency = PKG.contributes.configuration.properties['clausewise.defaultCurrency'];
    expect(currency.enum.filter((c: string | null) => c !== null)).toEqual((configSchema()['properties'] as Record<string, { enum: string[] }>)['defaultCurrency']!.enum);
    expect(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')).toContain('!schemas/clausewise.schema.json');
  });
});

describe('the schema and the validator agree', () => {
  it('on every clausewise.json in the documentation and the rule fixtures', () => {
    let seen = 0;
    for (const doc of ['docs/configuration.md', 'docs/cli.md', 'README.md']) {
      const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
      for (const m of text.matchAll(/```json\n([\s\S]*?)```/g)) {
        let config: unknown;
        try {
          config = JSON.parse(m[1]!);
        } catch {
          continue;
        }
        if (Array.isArray(config) || typeof config !== 'object' || config === null || 'diagnostics' in config || 'file' in config) continue;
        expectAgreement(config, doc);
        seen++;
      }
    }
    const fixtures = path.join(ROOT, 'test/fixtures/rules');
    for (const code of fs.readdirSync(fixtures)) {
      for (const file of fs.readdirSync(path.join(fixtures, code))) {
        const m = /^\s*\/\/\s*fixture-config:\s*(\{.*\})\s*$/m.exec(fs.readFileSync(path.join(fixtures, code, file), 'utf8'));
        if (!m) continue;
        const config = JSON.parse(m[1]!);
        expect(validatorKey(config), `${code}/${file}`).toBeUndefined();
        expect(schemaKeys(config), `${code}/${file}`).toBeUndefined();
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('reject the same bad configurations, naming the same key', () => {
    const bad: [unknown, string][] = [
      [[], ''],
      [{ rule: {} }, 'rule'],
      [{ rules: [] }, 'rules'],
      [{ rules: { 'vague-terms': 'off' } }, 'rules.vague-terms'],
      [{ rules: { 'vague-term': 'loud' } }, 'rules.vague-term'],
      [{ rules: { 'vague-term': 2 } }, 'rules.vague-term'],
      [{ requiredClauses: 'liability' }, 'requiredClauses'],
      [{ requiredClauses: ['two words'] }, 'requiredClauses'],
      [{ defaultCurrency: 'usd' }, 'defaultCurrency'],
      [{ defaultCurrency: 'ZZZ' }, 'defaultCurrency'],
      [{ defaultCurrency: 'DEM' }, 'defaultCurrency'],
      [{ sla: { minResolveMinutes: -1 } }, 'sla.minResolveMinutes'],
      [{ sla: { maxUptimePercent: 101 } }, 'sla.maxUptimePercent'],
      [{ sla: { uptime: 99 } }, 'sla.uptime'],
      [{ sla: 5 }, 'sla'],
      [{ perspective: 'buyer' }, 'perspective'],
      [{ policy: { minPaymentDays: '30' } }, 'policy.minPaymentDays'],
      [{ policy: { minCreditCapPercent: 150 } }, 'policy.minCreditCapPercent'],
      [{ policy: { maxNoticeDays: 5 } }, 'policy.maxNoticeDays'],
      [{ ignores: 'drafts/' }, 'ignores'],
      [{ ignores: [''] }, 'ignores'],
      [{ ignores: [3] }, 'ignores'],
    ];
    for (const [config, key] of bad) {
      expect(validatorKey(config), JSON.stringify(config)).toBe(key);
      const keys = schemaKeys(config);
      expect(keys, JSON.stringify(config)).toBeDefined();
      expect(keys, JSON.stringify(config)).toEqual([key]);
    }
  });

  it('accept and reject the same generated configurations', () => {
    const severity = fc.oneof(fc.constantFrom('off', 'info', 'warning', 'error'), fc.constantFrom('loud', 'Error', ''), fc.integer());
    const code = fc.oneof(fc.constantFrom(...CODES), fc.constantFrom('vague-terms', 'too-many-problems', ''));
    const number = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ min: -1, max: 150, noNaN: true, noDefaultInfinity: true }), fc.constant('5'));
    const config = fc.record(
      {
        rules: fc.oneof(fc.dictionary(code, severity, { maxKeys: 3 }), fc.constant([])),
        requiredClauses: fc.oneof(fc.array(fc.constantFrom('liability', 'two words', '9x', '_ok'), { maxLength: 3 }), fc.constant('x')),
        defaultCurrency: fc.constantFrom('USD', 'EUR', 'usd', 'ZZZ', 'DEM', 'BGN', 'EURO', 5),
        sla: fc.oneof(fc.dictionary(fc.constantFrom('minResolveMinutes', 'minRespondMinutes', 'maxUptimePercent', 'uptime'), number, { maxKeys: 3 }), fc.constant(null)),
        perspective: fc.constantFrom('client', 'provider', 'neutral', 'buyer', null),
        policy: fc.dictionary(fc.constantFrom('minPaymentDays', 'maxPaymentDays', 'minUptimePercent', 'minCreditCapPercent', 'maxBreachNoticeHours', 'nope'), number, { maxKeys: 3 }),
        ignores: fc.oneof(fc.array(fc.constantFrom('drafts/', '', ' ', 'a/**'), { maxLength: 2 }), fc.constant('x')),
        $schema: fc.constant('./node_modules/clausewise/schemas/clausewise.schema.json'),
        extra: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(config, (c) => {
        const v = validatorKey(c);
        const s = schemaKeys(c);
        if (v === undefined) return s === undefined;
        return s !== undefined && s.includes(v);
      }),
      { numRuns: 3000 },
    );
  });
});
