/**
 * Quick fixes of the "payment" family: every fix offered on a bad fixture, once
 * applied, removes the diagnostic it was offered for and adds no new error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic, type Fix, type ResolvedConfig } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';
import { parseFixture } from '../helpers/fixtures.js';

const ROOT = path.join(__dirname, '../fixtures/rules');

/** Applies a fix's edits to a text, last edit first so that offsets stay valid. */
function applyFix(text: string, fix: Fix): string {
  return [...fix.edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function count(diags: Diagnostic[], pred: (d: Diagnostic) => boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of diags) if (pred(d)) m.set(d.code, (m.get(d.code) ?? 0) + 1);
  return m;
}

/** Every (diagnostic, fix) pair of `code` in a fixture, with the text after the fix and the diagnostics before and after. */
function fixCases(code: string, file: string) {
  const text = fs.readFileSync(path.join(ROOT, code, file), 'utf8');
  const { config } = parseFixture(text);
  const before = analyze(text, config).diagnostics;
  const cases = before
    .filter((d) => d.code === code)
    .flatMap((d) => d.fixes.map((fix) => ({ d, fix, fixed: applyFix(text, fix) })));
  return { text, config, before, cases };
}

/** Checks that a fix removes one diagnostic of its code and adds no error. */
function expectFixWorks(code: string, before: Diagnostic[], fixed: string, config: ResolvedConfig): Diagnostic[] {
  const after = analyze(fixed, config).diagnostics;
  expect(after.filter((d) => d.code === code).length, `after the fix:\n${fixed}`).toBe(before.filter((d) => d.code === code).length - 1);
  const errorsBefore = count(before, (d) => d.severity === 'error');
  const errorsAfter = count(after, (d) => d.severity === 'error');
  for (const [c, n] of errorsAfter) {
    const allowed = (errorsBefore.get(c) ?? 0) - (c === code ? 1 : 0);
    expect(n, `new error ${c}: ${after.find((d) => d.code === c)?.message}`).toBeLessThanOrEqual(allowed);
  }
  return after;
}

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
      const { before, config, cases } = fixCases(code, file);
      expect(cases.length).toBe(expected);
      for (const { fix, fixed } of cases) {
        expectFixWorks(code, before, fixed, config);
        if (fix.snippet && fix.edits.length === 1) expect(snippetToText(fix.snippet)).toBe(fix.edits[0]!.newText);
      }
    });
  }

  it('adds the configured default currency when the contract states none', () => {
    const text = fs.readFileSync(path.join(ROOT, 'payment-no-currency', 'bad.contract'), 'utf8').replace(/ USD/g, '');
    const config = { ...parseFixture(text).config, defaultCurrency: 'EUR' };
    const fixes = analyze(text, config).diagnostics.filter((d) => d.code === 'payment-no-currency').map((d) => d.fixes.map((f) => f.edits[0]!.newText));
    expect(fixes.length).toBe(4);
    for (const f of fixes) expect(f).toEqual([' EUR']);
  });

  it("prefers the contract's own currency over the configured default", () => {
    const text = fs.readFileSync(path.join(ROOT, 'payment-no-currency', 'bad.contract'), 'utf8').replace('fee 12500.00 monthly', 'fee 12500.00 CHF monthly');
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
    const text = fs.readFileSync(path.join(ROOT, 'payment-no-model', 'bad-typo.contract'), 'utf8').replace('model fixd', 'model "per seat"');
    const d = analyze(text).diagnostics.find((x) => x.code === 'payment-no-model');
    expect(d?.fixes.map((f) => [f.edits[0]!.newText, f.preferred])).toEqual([
      ['fixed', false],
      ['time_and_materials', false],
      ['usage', false],
    ]);
  });
});
