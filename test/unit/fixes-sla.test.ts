/**
 * Quick fixes of the "sla" family: every fix offered on a bad fixture, once
 * applied, removes the diagnostic it was offered for and adds no new error.
 */
import { describe, expect, it } from 'vitest';
import { expectFixWorks, fixCases } from '../helpers/apply-fix.js';

const FIXABLE: [code: string, file: string, fixes: number][] = [
  ['sla-no-target', 'bad.contract', 2],
  ['sla-unmeasurable', 'bad.contract', 3],
  ['sla-no-window', 'bad.contract', 2],
  ['sla-no-window', 'bad-once.contract', 1],
  ['sla-no-measurement', 'bad.contract', 1],
  ['sla-no-remedy', 'bad.contract', 2],
  ['sla-unknown-service', 'bad.contract', 1],
  ['service-without-sla', 'bad.contract', 1],
];

describe('sla quick fixes', () => {
  for (const [code, file, expected] of FIXABLE) {
    it(`${code}/${file}: each fix removes its diagnostic and adds no error`, () => {
      const { text, before, config, cases } = fixCases(code, file);
      expect(cases.length).toBe(expected);
      for (const { d, fix } of cases) expectFixWorks(text, config, d, fix, before, { label: file });
    });
  }

  it('inserts measured_by as the last line of the SLA, indented like its statements', () => {
    const { cases } = fixCases('sla-no-measurement', 'bad.contract');
    expect(cases[0]!.fixed).toContain(`    credit_cap 50%\n    measured_by "How the service level is measured"\n  }\n\n  sla incidents`);
    // How an SLA is measured is the parties' choice: the wording is a tab stop, never preferred.
    expect(cases[0]!.fix.snippet).toContain('measured_by "${1:How the service level is measured}"');
    expect(cases[0]!.fix.preferred).toBe(false);
  });

  it('ties the credit it adds to the uptime the SLA promises, and uses per-breach credits otherwise', () => {
    const { cases } = fixCases('sla-no-remedy', 'bad.contract');
    expect(cases.map((c) => c.fix.edits[0]!.newText.trim())).toEqual(['credit 10% when below 99.9%', 'credit 5% per breach']);
  });

  it('adds a monthly window right after the percentage, or in place of `once`', () => {
    expect(fixCases('sla-no-window', 'bad.contract').cases[0]!.fixed).toContain('    uptime 99.9% monthly\n');
    expect(fixCases('sla-no-window', 'bad-once.contract').cases[0]!.fixed).toContain('    uptime 99.9% monthly\n');
  });

  it('suggests the nearest service name, and none for a name nothing resembles', () => {
    const { before } = fixCases('sla-unknown-service', 'bad.contract');
    const unknown = before.filter((d) => d.code === 'sla-unknown-service');
    expect(unknown.map((d) => d.fixes.map((f) => f.edits[0]!.newText))).toEqual([['servers'], []]);
    expect(unknown[0]!.data).toEqual({ suggestions: ['servers'] });
  });
});
