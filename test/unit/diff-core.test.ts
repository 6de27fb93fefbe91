/**
 * The semantic diff's matching on its own (server/core/diff): renamed blocks
 * and moved keys pair up, several contracts in a file are told apart by id,
 * the perspective decides "against us", and no input makes it throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../server/core/config.js';
import { semanticDiff } from '../../server/core/diff/index.js';

const base = (sla: string, extra = '') => `contract "Hosting" {
  id "H-1"
  party provider acme "Acme LLC"
  party client globex "Globex"
  scope {
    service hosting "Hosting"
  }
  ${sla} {
    uptime 99.9% monthly
    credit 10% when below 99.9%
  }
${extra}}
`;

describe('semantic diff matching', () => {
  it('a renamed SLA is one change of its line, its statements unchanged', () => {
    const r = semanticDiff(base('sla availability for hosting'), base('sla uptime for hosting'), DEFAULT_CONFIG, { diagnostics: false });
    expect(r.changes.map((c) => [c.kind, c.path, c.before, c.after])).toEqual([['changed', 'sla uptime', 'sla availability for hosting', 'sla uptime for hosting']]);
  });

  it('a credit whose threshold moved is one change, not a removal and an addition', () => {
    const a = base('sla availability for hosting');
    const b = a.replace('credit 10% when below 99.9%', 'credit 10% when below 99.5%');
    const r = semanticDiff(a, b, { ...DEFAULT_CONFIG, perspective: 'client' }, { diagnostics: false });
    expect(r.changes).toHaveLength(1);
    // Owed only below 99.5% instead of 99.9%: later, so the provider gains.
    expect(r.changes[0]).toMatchObject({ kind: 'changed', path: 'sla availability › credit when below', favours: 'provider', againstUs: true });
  });

  it('two credits at different thresholds are matched by threshold', () => {
    const a = base('sla availability for hosting').replace('credit 10% when below 99.9%', 'credit 10% when below 99.9%\n    credit 25% when below 99.0%');
    const b = a.replace('credit 25% when below 99.0%', 'credit 20% when below 99.0%');
    const r = semanticDiff(a, b, { ...DEFAULT_CONFIG, perspective: 'client' }, { diagnostics: false });
    expect(r.changes.map((c) => [c.path, c.favours, c.againstUs])).toEqual([['sla availability › credit when below 99.0%', 'provider', true]]);
  });

  it('the perspective decides what is against us; neutral: nothing', () => {
    const a = base('sla availability for hosting');
    const b = a.replace('uptime 99.9%', 'uptime 99.5%');
    const flags = (p: 'client' | 'provider' | 'neutral') => semanticDiff(a, b, { ...DEFAULT_CONFIG, perspective: p }, { diagnostics: false }).changes.map((c) => c.againstUs);
    expect(flags('client')).toEqual([true]);
    expect(flags('provider')).toEqual([false]);
    expect(flags('neutral')).toEqual([false]);
  });

  it('several contracts in a file are matched by id, and named in the path', () => {
    const two = (uptime: string) => base('sla availability for hosting') + '\n' + base('sla availability for hosting').replace('"H-1"', '"H-2"').replace('"Hosting"', '"Hosting 2"').replace('99.9% monthly', `${uptime} monthly`);
    const r = semanticDiff(two('99.9%'), two('99.0%'), DEFAULT_CONFIG, { diagnostics: false });
    expect(r.changes.map((c) => c.path)).toEqual(['contract "Hosting 2" › sla availability › uptime']);
  });

  it('never throws, whatever the texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const r = semanticDiff(a, b, DEFAULT_CONFIG);
        expect(Array.isArray(r.changes)).toBe(true);
      }),
      { numRuns: 100 },
    );
    const broken = 'contract "X" {\n  sla a for {\n    uptime\n    credit when\n  payment { due }\n';
    expect(() => semanticDiff(broken, base('sla a for hosting'), DEFAULT_CONFIG)).not.toThrow();
  });
});
