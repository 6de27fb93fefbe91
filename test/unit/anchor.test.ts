import { describe, expect, it } from 'vitest';
// @ts-expect-error scripts/eval.mjs is plain JavaScript without declarations
import { loadCorpus } from '../../scripts/eval.mjs';
import { ANCHOR_CHUNK, ANCHOR_STEMS, BLANK_ANCHORS, lexiconTables } from '../../server/core/lexicon.js';

// V8 leaves a regular expression of more than 20 KB of source unoptimised: an anchor
// expression just past it tested the bench's texts ten times slower (bench/README.md).
const V8_TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

describe('the anchor expressions', () => {
  const { anchors } = lexiconTables();

  it('each stays below the size V8 still optimises, however many stems are added', () => {
    expect(anchors.length).toBeGreaterThan(1);
    for (const source of anchors) {
      expect(source.length).toBeLessThanOrEqual(ANCHOR_CHUNK);
      expect(source.length).toBeLessThan(V8_TOO_LARGE_TO_OPTIMIZE);
      expect(() => new RegExp(source, 'gi')).not.toThrow();
    }
  });

  it('carry the template blanks in the last word expression, not in a search of their own', () => {
    // A text without an anchor is searched by every expression: the blanks alone would be one search more.
    expect(anchors.at(-1)).not.toBe(BLANK_ANCHORS);
    expect(anchors.at(-1)!.endsWith(`|${BLANK_ANCHORS}`)).toBe(true);
  });

  it('find an anchor word at a word start only, and a template blank anywhere', () => {
    const test = (text: string) => anchors.some((source) => new RegExp(source, 'gi').test(text));
    expect(test('We will use reasonable efforts to restore the service.')).toBe(true);
    expect(test('The fee is payable within 30 days.')).toBe(false);
    // "best" is a stem, but not inside "asbestos".
    expect(test('Removal of asbestos from the plant room.')).toBe(false);
    expect(test('This SLA is made between provider_name and the Customer.')).toBe(true);
    expect(test('The fee is ____ per month.')).toBe(true);
  });

  it('are written in lower case, so that on lower-cased text they need no case-insensitive flag', () => {
    for (const source of anchors) {
      // Escapes (\s, \d, \b) keep their case; the look-behind's class names both cases.
      const letters = source.replace(/\\[\s\S]/g, '').replaceAll('A-Za-z', '');
      expect(letters.match(/[A-Z]/g) ?? []).toEqual([]);
    }
  });

  it('find in every corpus sentence what the stems find, each written as in the table', () => {
    // The reference: the stems as written (a leading group not spread into the trie), a few dozen to an expression, and the blanks.
    const reference: RegExp[] = [new RegExp(BLANK_ANCHORS, 'g')];
    for (let i = 0; i < ANCHOR_STEMS.length; i += 40) reference.push(new RegExp(`(?<![A-Za-zÀ-ɏ0-9_])(?:${ANCHOR_STEMS.slice(i, i + 40).join('|')})`, 'g'));
    const compiled = anchors.map((source) => new RegExp(source, 'g'));
    const holds = (expressions: RegExp[], text: string) =>
      expressions.some((re) => {
        re.lastIndex = 0;
        return re.test(text);
      });
    let anchored = 0;
    let compared = 0;
    for (const { text } of loadCorpus() as { text: string }[]) {
      const folded = text.toLowerCase();
      if (folded.length !== text.length) continue;
      compared++;
      const want = holds(reference, folded);
      if (want) anchored++;
      expect(holds(compiled, folded), text).toBe(want);
    }
    // Both answers occur often: the comparison can fail either way.
    expect(anchored).toBeGreaterThan(compared / 4);
    expect(compared - anchored).toBeGreaterThan(1_000);
  });

  it('spread a stem that starts with a group into the trie: a word after an optional group, or one of nested choices, is still found', () => {
    const test = (text: string) => anchors.some((source) => new RegExp(source, 'g').test(text.toLowerCase()));
    // "(?:in[\s-]+)?so[\s-]+far[\s-]+as" and "(?:cannot|can't|couldn't|didn't|(?:could|can|did)[\s-]+not)[\s-]+…".
    // Each sentence holds no other anchor: its look-alike, one word changed, is not anchored.
    expect(test('The box sits in so far as the eye sees.')).toBe(true);
    expect(test('The box sits so far as the eye sees.')).toBe(true);
    expect(test('The box sits so far from the eye.')).toBe(false);
    expect(test('The box the Supplier could not have foreseen.')).toBe(true);
    expect(test("The box the Supplier couldn't foresee.")).toBe(true);
    expect(test('The box the Supplier could not have opened.')).toBe(false);
    expect(test('The flag discannot prevent it.')).toBe(false);
  });

  it('find on the lower-cased text of every corpus sentence what they find on it as written, case-insensitive', () => {
    const lower = anchors.map((source) => new RegExp(source, 'g'));
    const asWritten = anchors.map((source) => new RegExp(source, 'gi'));
    const found = (expressions: RegExp[], text: string) =>
      expressions.map((re) => {
        re.lastIndex = 0;
        return re.exec(text)?.index ?? -1;
      });
    let compared = 0;
    for (const { text } of loadCorpus() as { text: string }[]) {
      const folded = text.toLowerCase();
      if (folded.length !== text.length) continue;
      compared++;
      expect(found(lower, folded), text).toEqual(found(asWritten, text));
    }
    expect(compared).toBeGreaterThan(50_000);
  });
});

