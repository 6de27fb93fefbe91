/**
 * Case-insensitive expressions tested case-sensitively on lowered text
 * (server/core/prose/folded.ts): the two must agree on every text, or a
 * bounded soft word would be judged differently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error scripts/eval.mjs is plain JavaScript without declarations
import { loadCorpus } from '../../scripts/eval.mjs';
import { FOLDED_EXPRESSIONS, FoldedExpression, lowerAscii, lowerCaseSource } from '../../server/core/prose/folded.js';

describe('lowerCaseSource', () => {
  it('lowers the letters of the pattern, keeps escapes and ranges of one case', () => {
    expect(lowerCaseSource(String.raw`\bNo\s+Later\s+Than\b`)).toBe(String.raw`\bno\s+later\s+than\b`);
    expect(lowerCaseSource('[A-Z][a-z]?USD')).toBe('[a-z][a-z]?usd');
    expect(lowerCaseSource(String.raw`\S\W\D\B`)).toBe(String.raw`\S\W\D\B`);
    expect(lowerCaseSource('[$€£¥₹]’s')).toBe('[$€£¥₹]’s');
  });

  it('refuses what lowering could change', () => {
    expect(lowerCaseSource('[A-z]')).toBeUndefined();
    expect(lowerCaseSource(String.raw`\x41`)).toBeUndefined();
    expect(lowerCaseSource(String.raw`(a)\1`)).toBeUndefined();
    expect(lowerCaseSource('(?<Name>a)')).toBeUndefined();
    expect(lowerCaseSource('São Paulo')).toBeUndefined();
    expect(lowerCaseSource('Éire')).toBeUndefined();
  });
});

describe('lowerAscii', () => {
  it('lowers ASCII capitals only, keeping the length', () => {
    expect(lowerAscii('Within 4 HOURS')).toBe('within 4 hours');
    expect(lowerAscii('ÉTAT Within')).toBe('État within');
    expect(lowerAscii('already lower')).toBe('already lower');
  });
});

/** Expressions of the kind the prose checks use, with their letters in both cases. */
const SAMPLES = [
  String.raw`\b(?:no\s+later\s+than|within)\s+\d+\s+(?:Business\s+)?Days?\b`,
  String.raw`\b(?:[A-Z][a-z]?\.?\s+)?\d+\s+(?:per|a)\b|\bUSD\s+\d`,
  String.raw`(?<![A-Za-z])Annex\s+[IVX]+\b|\bat\s+the\s+latest\b`,
];

describe('a folded expression finds what the case-insensitive one finds', () => {
  it('on random texts of mixed case, with non-ASCII capitals', () => {
    const text = fc.stringMatching(/^[A-Za-zÉéİıſK\u212a0-9 .’]{0,40}$/);
    for (const source of SAMPLES) {
      const original = new RegExp(source, 'i');
      const folded = new FoldedExpression(new RegExp(source, 'i'));
      expect(folded.folds).toBe(true);
      fc.assert(fc.property(text, (t) => folded.test(t) === original.test(t)), { numRuns: 3000 });
      expect(folded.test('NO LATER THAN 5 BUSINESS DAYS') || folded.test('USD 5') || folded.test('ANNEX IV')).toBe(true);
    }
  });

  it('agrees with its original on every corpus sentence, for each expression the prose checks fold', async () => {
    // Loading the modules makes their expressions.
    await import('../../server/core/lexicon.js');
    expect(FOLDED_EXPRESSIONS.length).toBeGreaterThanOrEqual(6);
    for (const e of FOLDED_EXPRESSIONS) expect(e.folds, e.original.source.slice(0, 60)).toBe(true);
    const texts = (loadCorpus() as { text: string }[]).map((e) => e.text);
    let matched = 0;
    for (const e of FOLDED_EXPRESSIONS)
      for (const text of texts) {
        const expected = e.original.test(text);
        if (expected) matched++;
        if (e.test(text) !== expected) expect(e.test(text), `${e.original.source.slice(0, 40)} on ${text}`).toBe(expected);
      }
    expect(matched).toBeGreaterThan(1_000);
  }, 60_000);
});
