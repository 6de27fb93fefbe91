/**
 * Quick fixes of the "payment" family: every fix offered on a bad fixture, once
 * applied, removes the diagnostic it was offered for and adds no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { expectFixWorks, fixCases, readRuleFixture } from '../helpers/apply-fix.js';
import { parseFixture } from '../helpers/fixtures.js';

const FIXABLE: [code: string, file: string, fixes: number][] = [
  ['payment-no-amount', 'bad.contract', 1],
  ['payment-no-amount', 'bad-words.contract', 1],
  ['payment-no-currency', 'bad.contract', 4],
  ['payment-no-due-date', 'bad.contract', 1],
  ['payment-no-late-terms', 'bad.contract', 1],
  ['payment-no-model', 'bad.contract', 1],
  ['payment-no-model', 'bad-typo.contract', 1],
  ['payment-tm-no-rates', 'bad.contract', 1],
  ['payment-uncapped-expenses', 'bad.contract', 1],
  ['payment-uncapped-expenses', 'bad-empty-cap.contract', 1],
  ['payment-uncapped-increase', 'bad.contract', 1],
  ['payment-uncapped-increase', 'bad-renewal.contract', 1],
];

describe('payment quick fixes', () => {
  for (const [code, file, expected] of FIXABLE) {
    it(`${code}/${file}: each fix removes its diagnostic and adds no error`, () => {
      const { text, before, config, cases } = fixCases(code, file);
      expect(cases.length).toBe(expected);
      for (const { d, fix } of cases) expectFixWorks(text, config, d, fix, before, { label: file });
    });
  }

  it('adds the configured default currency when the contract states none', () => {
    const text = readRuleFixture('payment-no-currency/bad.contract').replace(/ USD/g, '');
    const config = { ...parseFixture(text).config, defaultCurrency: 'EUR' };
    const fixes = analyze(text, config).diagnostics.filter((d) => d.code === 'payment-no-currency').map((d) => d.fixes.map((f) => f.edits[0]!.newText));
    expect(fixes.length).toBe(4);
    for (const f of fixes) expect(f).toEqual([' EUR']);
  });

  it("prefers the contract's own currency over the configured default", () => {
    const text = readRuleFixture('payment-no-currency/bad.contract').replace('fee 12500.00 monthly', 'fee 12500.00 CHF monthly');
    const fixes = analyze(text, parseFixture(text).config).diagnostics.filter((d) => d.code === 'payment-no-currency').map((d) => d.fixes.map((f) => f.edits[0]!.newText));
    expect(fixes).toEqual(Array(3).fill([' CHF', ' USD']));
  });

  it('replaces uncapped expenses with a capped, pre-approved line', () => {
    expect(fixCases('payment-uncapped-expenses', 'bad.contract').cases[0]!.fixed).toContain('    expenses cap 1000 USD monthly preapproved\n');
  });

  it('puts the price-increase cap for an automatic renewal into the payment block', () => {
    const { fixed } = fixCases('payment-uncapped-increase', 'bad-renewal.contract').cases[0]!;
    expect(fixed).toContain('    expenses cap 1000 USD monthly preapproved\n    price_increase cap 3% yearly\n  }');
  });

  it('offers the nearest pricing model for a misspelt one, and every model for an unrecognisable one', () => {
    expect(fixCases('payment-no-model', 'bad-typo.contract').cases.map((c) => [c.fix.edits[0]!.newText, c.fix.preferred])).toEqual([['fixed', true]]);
    const text = readRuleFixture('payment-no-model/bad-typo.contract').replace('model fixd', 'model "per seat"');
    const d = analyze(text).diagnostics.find((x) => x.code === 'payment-no-model');
    expect(d?.fixes.map((f) => [f.edits[0]!.newText, f.preferred])).toEqual([
      ['fixed', false],
      ['time_and_materials', false],
      ['usage', false],
    ]);
  });
});
