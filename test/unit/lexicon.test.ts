/**
 * The vague-language lexicon: the term list covers RULES.md, every entry is
 * complete, and matching is case-insensitive, on word boundaries, across line
 * breaks and indentation, with spans that point exactly at the phrase.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { findLexiconMatches, LEXICON, lexiconEntry, lexiconMatchAt, normalizePhrase, proseMatches } from '../../server/core/lexicon.js';
import { snippetToText } from '../../server/core/rules/util.js';

/** The phrases RULES.md names, with the code each must raise. */
const RULES_MD: [string, string][] = [
  ['best efforts', 'vague-term'],
  ['reasonable efforts', 'vague-term'],
  ['commercially reasonable', 'vague-term'],
  ['promptly', 'vague-term'],
  ['as soon as possible', 'vague-term'],
  ['as soon as practicable', 'vague-term'],
  ['in a timely manner', 'vague-term'],
  ['without undue delay', 'vague-term'],
  ['reasonable time', 'vague-term'],
  ['from time to time', 'vague-term'],
  ['industry standard', 'vague-term'],
  ['high availability', 'vague-term'],
  ['minimal downtime', 'vague-term'],
  ['where possible', 'vague-term'],
  ['as needed', 'vague-term'],
  ['to be agreed', 'agreement-to-agree'],
  ['to be determined', 'agreement-to-agree'],
  ['TBD', 'agreement-to-agree'],
  ['TBA', 'agreement-to-agree'],
  ['at a later date', 'agreement-to-agree'],
  ['as mutually agreed', 'agreement-to-agree'],
  ['verbally agreed', 'verbal-agreement'],
  ['oral agreement', 'verbal-agreement'],
  ['as discussed', 'verbal-agreement'],
];

/** Extras the brief asks for. */
const EXTRAS: [string, string][] = [
  ['as appropriate', 'vague-term'],
  ['adequate', 'vague-term'],
  ['timely', 'vague-term'],
  ['periodically', 'vague-term'],
  ['approximately', 'vague-term'],
  ['to be confirmed', 'agreement-to-agree'],
  ['orally', 'verbal-agreement'],
  ['handshake', 'verbal-agreement'],
];

const phrasesOf = (text: string) => findLexiconMatches(text).map((m) => m.text);

describe('the term list', () => {
  it.each([...RULES_MD, ...EXTRAS])('lists "%s" under %s', (phrase, code) => {
    expect(lexiconEntry(phrase)?.code).toBe(code);
  });

  it('lists each phrase once, with unique ids', () => {
    const all = LEXICON.flatMap((e) => e.phrases.map(normalizePhrase));
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
  });

  it.each(LEXICON.map((e) => [e.id, e] as const))('%s says why, and offers a measurable replacement that is not vague itself', (_id, e) => {
    expect(e.why).toMatch(/^[A-Z"].{20,}\.$/);
    expect(e.replacement).toMatch(/\$\{1[:|]/);
    expect(e.phrases.every((p) => p === normalizePhrase(p))).toBe(true);
    expect(phrasesOf(snippetToText(e.replacement))).toEqual([]);
  });

  it('finds every phrase of every entry in running text', () => {
    for (const e of LEXICON) {
      for (const p of e.phrases) {
        const found = findLexiconMatches(`The provider acts ${p} here.`);
        expect(found.map((m) => m.entry.id), p).toContain(e.id);
      }
    }
  });
});

describe('matching', () => {
  it('ignores case', () => {
    expect(phrasesOf('Fixed PROMPTLY, Without Undue Delay; price tbd.')).toEqual(['PROMPTLY', 'Without Undue Delay', 'tbd']);
  });

  it('matches whole words only', () => {
    expect(phrasesOf('Untimely tickets, inadequate fixes, the TBDX code and a handshakes table.')).toEqual([]);
    expect(phrasesOf('promptly_done as_needed')).toEqual([]);
  });

  it('prefers the longest phrase at a position', () => {
    const [m] = findLexiconMatches('using commercially reasonable efforts to respond within a reasonable time');
    expect(m?.text).toBe('commercially reasonable efforts');
    expect(phrasesOf('respond within a reasonable time')).toEqual(['within a reasonable time']);
    expect(phrasesOf('as soon as reasonably practicable')).toEqual(['as soon as reasonably practicable']);
  });

  it('matches across line breaks, indentation and hyphens', () => {
    expect(phrasesOf('use best\n      efforts and best-efforts, and\r\n\tas soon as\n   possible')).toEqual(['best\n      efforts', 'best-efforts', 'as soon as\n   possible']);
  });

  it("accepts a typographic apostrophe in gentleman's agreement", () => {
    expect(findLexiconMatches('a gentleman\u2019s agreement')[0]?.entry.code).toBe('verbal-agreement');
  });

  it('skips oral-promise phrases in a sentence that negates them', () => {
    expect(phrasesOf('This agreement supersedes all prior oral agreements. Changes are never made orally.')).toEqual([]);
    expect(phrasesOf('No oral agreement binds. Extras as verbally agreed.')).toEqual(['verbally agreed']);
  });

  it('skips phrases that the words after them make harmless', () => {
    expect(phrasesOf('Prices as discussed in clause 4; limits as discussed above. Extras as discussed with sales.')).toEqual(['as discussed']);
    expect(findLexiconMatches('Extras as discussed with sales.')[0]?.span).toEqual({ start: 7, end: 19 });
    expect(phrasesOf('Transfers only to countries with an adequate level of protection, under adequate safeguards.')).toEqual(['adequate']);
  });

  it('offsets spans by the base', () => {
    const [m] = findLexiconMatches('Fix it promptly.', 100);
    expect(m?.span).toEqual({ start: 107, end: 115 });
  });

  it('points at the phrase in the source of a text block', () => {
    const text = 'contract "X" {\n  clause a "A" {\n    text """\n      Work is done as soon as\n      possible, as needed.\n    """\n  }\n}\n';
    const parsed = parse(text);
    const prose = parsed.ast.prose.find((p) => p.value.kind === 'textblock')!;
    const found = proseMatches(parsed, prose);
    expect(found.map((m) => text.slice(m.span.start, m.span.end))).toEqual(['as soon as\n      possible', 'as needed']);
  });

  it('finds a phrase in random surrounding text with any spacing and case', () => {
    const phrases = LEXICON.flatMap((e) => e.phrases.map((p) => [p, e.id] as const));
    const filler = fc.constantFrom('The provider', 'will', 'keep', 'servers', 'patched', '40', 'each month', 'Schedule B', 'and', '—');
    const space = fc.constantFrom(' ', '  ', '\n', '\n      ', '\t', '-');
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.array(filler, { maxLength: 6 }), fc.array(filler, { maxLength: 6 }), space, fc.boolean(), ([phrase, id], before, after, sep, upper) => {
        const written = phrase.split(' ').join(sep);
        const cased = upper ? written.toUpperCase() : written;
        const prefix = before.length ? before.join(' ') + ' ' : '';
        const text = `${prefix}${cased}${after.length ? ' ' + after.join(' ') : ''}.`;
        const hit = findLexiconMatches(text).find((m) => m.span.start === prefix.length);
        // No filler word starts a phrase ("Schedule A" would: "A reasonable time"), so a match starts where the phrase does;
        // a longer phrase may end there only if the filler after it completes it, and the entry is the phrase's otherwise.
        expect(hit, text).toBeDefined();
        if (hit!.span.end === prefix.length + cased.length) expect(hit!.entry.id).toBe(id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hover lookup', () => {
  const text = 'contract "X" {\n  clause a "A" {\n    text "Fixes are made promptly."\n  }\n}\n';
  const parsed = parse(text);
  const at = text.indexOf('promptly');

  it('finds the entry under the cursor, at its first and last character', () => {
    expect(lexiconMatchAt(parsed, at)?.entry.id).toBe('promptly');
    expect(lexiconMatchAt(parsed, at + 'promptly'.length)?.entry.id).toBe('promptly');
  });

  it('finds nothing elsewhere', () => {
    expect(lexiconMatchAt(parsed, text.indexOf('Fixes'))).toBeUndefined();
    expect(lexiconMatchAt(parsed, text.indexOf('clause'))).toBeUndefined();
  });
});
