/**
 * `clausewise.perspective` and `clausewise.policy` in the VS Code settings:
 * the manifest declares them as clausewise.json accepts them, the server
 * layers them over the file (a setting that is set wins; `policy` key by key),
 * leaves unset and empty values to the file, and reports a bad value by the
 * setting's name instead of ignoring it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, INTERNAL_ERROR, parseConfigText, PERSPECTIVES, POLICY_DEFAULTS, resolveConfig, RULE_CODES, type ResolvedConfig } from '../../server/core/index.js';
import { layerSettings, readSettings } from '../../server/lsp/settings.js';

interface SettingSchema {
  type: string | string[];
  default?: unknown;
  enum?: unknown[];
  enumItemLabels?: string[];
  markdownEnumDescriptions?: string[];
  markdownDescription?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, SettingSchema>;
  additionalProperties?: boolean;
}
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
const properties: Record<string, SettingSchema> = manifest.contributes.configuration.properties;
const CODES = [...RULE_CODES, INTERNAL_ERROR];

/** The file configuration with the raw settings layered over it. */
const layered = (settings: unknown, file: ResolvedConfig = DEFAULT_CONFIG) => layerSettings(file, readSettings(settings));
const fileConfig = (json: object) => parseConfigText(JSON.stringify(json), 'clausewise.json', CODES);
/** The error layering throws, as the user sees it. */
function problem(settings: unknown): string {
  try {
    layered(settings);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(settings)}`);
}

describe('the manifest declares perspective and policy as clausewise.json reads them', () => {
  it('clausewise.perspective: one choice per perspective, plus "not set" (null, the default)', () => {
    const p = properties['clausewise.perspective']!;
    expect(p.default).toBeNull();
    expect(p.enum).toEqual([...PERSPECTIVES, null]);
    expect(p.markdownEnumDescriptions).toHaveLength(p.enum!.length);
    expect(p.enumItemLabels).toHaveLength(p.enum!.length);
    expect(p.markdownDescription).toMatch(/clausewise\.json/);
  });

  it('clausewise.policy: the eight positions, each a number with a minimum and a description', () => {
    const p = properties['clausewise.policy']!;
    expect(p.type).toBe('object');
    expect(p.default).toEqual({});
    expect(p.additionalProperties).toBe(false);
    const keys = Object.keys(p.properties!);
    expect(keys).toHaveLength(8);
    // Exactly the keys clausewise.json accepts: the error for an unknown key lists them.
    let known = '';
    try {
      resolveConfig({ policy: { nope: 1 } }, 'f', CODES);
    } catch (e) {
      known = (e as Error).message.replace(/^.*known: /, '');
    }
    expect(keys.sort()).toEqual(known.split(', ').sort());
    for (const [key, s] of Object.entries(p.properties!)) {
      expect(s.type, key).toBe('number');
      expect(s.minimum, key).toBe(0);
      expect(s.markdownDescription, key).toBeTruthy();
      // The description states the default the core uses.
      const def = (POLICY_DEFAULTS as unknown as Record<string, number | undefined>)[key];
      expect(s.markdownDescription, key).toContain(def === undefined ? 'No position by default' : `${def} by default`);
      // Every value the schema allows, the core accepts.
      expect(() => resolveConfig({ policy: { [key]: s.maximum ?? 1000 } }, 'f', CODES), key).not.toThrow();
    }
    expect(p.properties!.minUptimePercent!.maximum).toBe(100);
    expect(p.properties!.minCreditCapPercent!.maximum).toBe(100);
  });
});

describe('settings layered over clausewise.json', () => {
  it('a perspective setting wins over the file; unset, empty or null leaves the file', () => {
    const file = fileConfig({ perspective: 'provider' });
    expect(layered({ perspective: 'client' }, file).perspective).toBe('client');
    expect(layered({ perspective: 'neutral' }, file).perspective).toBe('neutral');
    for (const unset of [{}, { perspective: null }, { perspective: '' }, { perspective: undefined }]) expect(layered(unset, file).perspective).toBe('provider');
    expect(layered({}).perspective).toBe('neutral');
  });

  it('policy is layered key by key, and the keys the user set (file or settings) are named in messages', () => {
    const file = fileConfig({ policy: { minClaimWindowDays: 45, maxRenewalNoticeDays: 90 } });
    const c = layered({ policy: { maxRenewalNoticeDays: 30, minPaymentDays: 20, minUptimePercent: null, maxPaymentDays: '' } }, file);
    expect(c.policy).toEqual({ ...POLICY_DEFAULTS, minClaimWindowDays: 45, maxRenewalNoticeDays: 30, minPaymentDays: 20 });
    expect([...c.policySet].sort()).toEqual(['maxRenewalNoticeDays', 'minClaimWindowDays', 'minPaymentDays']);
    // An empty object, or one whose keys are all empty, is "not set".
    expect(layered({ policy: {} }, file)).toBe(file);
    expect(layered({ policy: { minPaymentDays: null } }, file)).toBe(file);
    // Defaults stay defaults: not named as the user's position.
    expect(layered({ policy: { minPaymentDays: 10 } }).policySet).toEqual(['minPaymentDays']);
  });

  it('perspective and policy sit beside the other settings', () => {
    const c = layered({ rules: { 'vague-term': 'off' }, perspective: 'client', policy: { minLiabilityCapMonths: 24 }, defaultCurrency: 'EUR', debounceMs: 0 });
    expect(c.rules['vague-term']).toBe('off');
    expect(c.perspective).toBe('client');
    expect(c.policy.minLiabilityCapMonths).toBe(24);
    expect(c.defaultCurrency).toBe('EUR');
  });
});

describe('a bad value is reported by the setting name, not ignored', () => {
  it('perspective', () => {
    expect(problem({ perspective: 'buyer' })).toBe('settings (section "clausewise"): "clausewise.perspective" must be one of client, provider, neutral, not "buyer"');
    expect(problem({ perspective: 3 })).toContain('"clausewise.perspective" must be one of client, provider, neutral, not 3');
    expect(problem({ perspective: 'Client' })).toContain('"clausewise.perspective"');
  });

  it('policy', () => {
    expect(problem({ policy: { minPaymentDays: -3 } })).toBe('settings (section "clausewise"): "clausewise.policy.minPaymentDays" must be a non-negative number');
    expect(problem({ policy: { minPaymentDays: '30' } })).toContain('"clausewise.policy.minPaymentDays" must be a non-negative number');
    expect(problem({ policy: { minUptimePercent: 101 } })).toContain('"clausewise.policy.minUptimePercent" must be at most 100');
    expect(problem({ policy: { maxRenewalNotice: 30 } })).toMatch(/"clausewise\.policy\.maxRenewalNotice" is not a policy position; known: minPaymentDays, .*minUptimePercent/);
    expect(problem({ policy: 30 })).toMatch(/"clausewise\.policy" must be an object with any of minPaymentDays/);
    expect(problem({ policy: [30] })).toContain('"clausewise.policy" must be an object');
  });
});

// The extension side: what client/settings.ts answers for `workspace/configuration`.
const inspected = new Map<string, Record<string, unknown>>();
vi.mock('vscode', () => ({
  workspace: {
    getConfiguration: () => ({
      inspect: (key: string) => ({ key, ...(inspected.get(key) ?? {}) }),
      get: (key: string) => ({ debounceMs: 100, 'trace.server': 'off', 'inlayHints.enabled': true })[key],
    }),
  },
  Uri: { parse: (s: string) => ({ toString: () => s }) },
}));

describe('the extension answers with the values the user set', () => {
  it('perspective and policy are sent only when set; policy objects set at several levels merge, the more specific winning', async () => {
    const { answerConfigurationItem } = await import('../../client/settings.js');
    inspected.clear();
    inspected.set('perspective', { defaultValue: null });
    inspected.set('policy', { defaultValue: {} });
    const none = answerConfigurationItem('clausewise', undefined) as Record<string, unknown>;
    expect(none).not.toHaveProperty('perspective');
    expect(none).not.toHaveProperty('policy');
    expect(readSettings(none).config).toEqual({});

    inspected.set('perspective', { defaultValue: null, globalValue: 'provider', workspaceValue: 'client' });
    inspected.set('policy', {
      defaultValue: {},
      globalValue: { minPaymentDays: 30, maxRenewalNoticeDays: 90 },
      workspaceValue: { maxRenewalNoticeDays: 45 },
      workspaceFolderLanguageValue: { minUptimePercent: 99.5 },
    });
    const set = answerConfigurationItem('clausewise', 'file:///ws/a.contract') as Record<string, unknown>;
    expect(set.perspective).toBe('client');
    expect(set.policy).toEqual({ minPaymentDays: 30, maxRenewalNoticeDays: 45, minUptimePercent: 99.5 });
    expect(answerConfigurationItem('clausewise.policy', undefined)).toEqual({ minPaymentDays: 30, maxRenewalNoticeDays: 45, minUptimePercent: 99.5 });
    const c = layered(set, fileConfig({ perspective: 'provider', policy: { minClaimWindowDays: 45 } }));
    expect(c.perspective).toBe('client');
    expect(c.policy).toMatchObject({ minPaymentDays: 30, maxRenewalNoticeDays: 45, minUptimePercent: 99.5, minClaimWindowDays: 45 });
    // A bad value is passed on to the server, which reports it.
    inspected.set('perspective', { defaultValue: null, workspaceValue: 'buyer' });
    expect(problem(answerConfigurationItem('clausewise', undefined))).toContain('"clausewise.perspective"');
  });
});
