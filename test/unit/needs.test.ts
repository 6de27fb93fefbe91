/**
 * The lexicon's prefilter (server/core/prose/needs.ts): what a match of an
 * expression must contain. It must be sound: whenever an expression matches a
 * text, the text holds what its needs say, or the lexicon would skip a
 * sentence it should have searched. The gated-against-ungated test of
 * lexicon.test.ts checks the same on the labelled corpus, through the lexicon.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexiconTables, scanSource } from '../../server/core/lexicon.js';
import { mayMatch, needsOf, NeedsTest, packNeeds } from '../../server/core/prose/needs.js';

describe('needsOf reads what a match must contain', () => {
  it('reads literal runs, alternatives and groups', () => {
    expect(needsOf('agreed')).toBe('agreed');
    expect(needsOf('(?:shall|will) +be +determined')).toEqual({ all: [{ any: ['shall', 'will'] }, ' be ', ' determined'] });
    expect(needsOf('pric(?:e|ing) +schedule')).toEqual({ all: ['pric', ' schedule'] });
  });

  it('claims nothing for optional parts, classes, escapes and look-arounds', () => {
    expect(needsOf('(?:agreed)?')).toBe(true);
    expect(needsOf('colou?r')).toBe('colo');
    expect(needsOf('[a-z]+ing')).toBe('ing');
    expect(needsOf(String.raw`\s\d\w.`)).toBe(true);
    expect(needsOf('(?<!not )agreed(?= later)')).toBe('agreed');
    expect(needsOf('agreed|[a-z]+')).toBe(true);
  });

  it('keeps a repeated character on both sides', () => {
    // "ab+c" holds "ab" and "bc", whatever the number of b's.
    expect(needsOf('xab+cy')).toEqual({ all: ['xab', 'bcy'] });
    expect(mayMatch(needsOf('xab+cy'), 'xabbbcy')).toBe(true);
  });

  it('reads escaped characters as the characters they stand for', () => {
    expect(needsOf(String.raw`t\.b\.d`)).toBe('t.b.d');
    expect(needsOf(String.raw`don\x27t`)).toBe("don't");
    expect(needsOf(String.raw`\u2019s own`)).toBe('\u2019s own');
  });

  it('claims nothing for a source it cannot read whole', () => {
    expect(needsOf('abc)def')).toBe(true);
    expect(needsOf('(abcdef')).toBe(true);
  });
});

/** Small expressions over a small alphabet, so that random texts often match them. */
const atom: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a', 'b', 'c', ' ', "'", '.', '[ab]', '[^a]', String.raw`\s`, String.raw`\w`, String.raw`\.`, String.raw`\x27`),
);
const quantifier = fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,}', '+?', '??');
const sequence = (inner: fc.Arbitrary<string>) => fc.array(fc.tuple(inner, quantifier).map(([a, q]) => a + q), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string; group: string }>((tie) => ({
  expr: fc.array(sequence(fc.oneof({ weight: 4, arbitrary: atom }, { weight: 1, arbitrary: tie('group') })), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|')),
  group: fc.tuple(fc.constantFrom('(?:', '(', '(?=', '(?!', '(?<!', '(?<='), tie('expr')).map(([open, inner]) => `${open}${inner})`),
})).expr;
const text = fc.stringMatching(/^[abc '.]{0,14}$/);

describe('needs are sound', () => {
  it('whenever an expression matches a text, the text holds its needs (random expressions)', () => {
    let matched = 0;
    fc.assert(
      fc.property(expression, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(source);
        } catch {
          return; // a quantified look-behind, say: not an expression at all
        }
        const needs = needsOf(source);
        const test = new NeedsTest(packNeeds([needs]));
        for (const t of texts) {
          if (!re.test(t)) continue;
          matched++;
          expect(mayMatch(needs, t), `${source} on ${JSON.stringify(t)}`).toBe(true);
          expect(test.mayMatch(0, t), `${source} on ${JSON.stringify(t)} (packed)`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous property: many of the random texts match their expression.
    expect(matched).toBeGreaterThan(2000);
  });

  it('packed needs say what the needs say, on the lexicon tables and the phrases of the lexicon', async () => {
    const tables = lexiconTables();
    const test = new NeedsTest(tables.needs);
    const { LEXICON } = await import('../../server/core/lexicon.js');
    const phrases = LEXICON.flatMap((e) => e.phrases.map((p) => p.toLowerCase().replace(/[\s-]+/g, ' ')));
    let skipped = 0;
    tables.matchers.forEach((m, i) => {
      const source = scanSource(m.first, m.end, m.inSentence);
      const needs = needsOf(source);
      const re = new RegExp(source, 'g');
      for (const phrase of phrases) {
        re.lastIndex = 0;
        const matches = re.test(phrase);
        expect(test.mayMatch(i, phrase)).toBe(mayMatch(needs, phrase));
        if (matches) expect(test.mayMatch(i, phrase), `${phrase} (expression ${i})`).toBe(true);
        else if (!test.mayMatch(i, phrase)) skipped++;
      }
    });
    // The prefilter is worth having only if it spares most expressions most phrases.
    expect(skipped / (tables.matchers.length * phrases.length)).toBeGreaterThan(0.5);
  });
});

describe('a long row split into parts (SplitExpression) finds what the whole expression finds', () => {
  it('on every corpus sentence, gated by the needs or not, match after match', async () => {
    // @ts-expect-error scripts/eval.mjs is plain JavaScript without declarations
    const { loadCorpus } = await import('../../scripts/eval.mjs');
    const { SplitExpression, splitParts } = await import('../../server/core/lexicon.js');
    const tables = lexiconTables();
    const test = new NeedsTest(tables.needs);
    const split = tables.matchers.flatMap(({ first, end, inSentence }, index) => {
      const parts = splitParts(tables, index);
      return parts ? [{ index, parts, whole: new RegExp(scanSource(first, end, inSentence), 'g') }] : [];
    });
    // The long rows of today's lexicon: most of its size.
    expect(split.length).toBeGreaterThan(10);
    type Searcher = { lastIndex: number; exec(text: string): RegExpExecArray | null };
    // Every match, the search resumed one character after each (as the lexicon does when a match is spared).
    const matches = (re: Searcher, text: string) => {
      const out: [number, string, string | undefined][] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push([m.index, m[0], m[1]]);
        re.lastIndex = m.index + 1;
      }
      return out;
    };
    // A third of the corpus (some 20,000 sentences): the whole expressions take about 2 s a pass over all of it.
    const texts = (loadCorpus() as { text: string }[]).filter((_, k) => k % 3 === 0).map((e) => e.text.toLowerCase().replace(/-|[^\S ]/g, ' '));
    let found = 0;
    for (const { index, parts, whole } of split) {
      const ungated = new SplitExpression(parts.sources, parts.ranges, index);
      const gated = new SplitExpression(parts.sources, parts.ranges, index);
      gated.gate = test;
      for (const [k, text] of texts.entries()) {
        // A sentence that lacks what every alternative needs has no match (the needs are sound, above): every 25th is still searched.
        if (!test.mayMatch(index, text) && k % 25 !== 0) continue;
        const expected = matches(whole, text);
        // Of the sentences without a match, every 10th is enough (each part is searched all through them alike).
        if (expected.length === 0 && k % 10 !== 0) continue;
        found += expected.length;
        expect(matches(ungated, text), text).toEqual(expected);
        expect(matches(gated, text), text).toEqual(expected);
      }
    }
    // Enough matches that the comparison means something.
    expect(found).toBeGreaterThan(1_000);
  }, 120_000);

  it('splits at top-level bars only', async () => {
    const { topAlternatives } = await import('../../server/core/lexicon.js');
    expect(topAlternatives(String.raw`a(?:b|c)|[|]d|e\|f|g`)).toEqual(['a(?:b|c)', '[|]d', String.raw`e\|f`, 'g']);
  });
});

describe('the tables each bundle carries (full for the command line, compact for the Node language server, lean for the web one)', () => {
  it('load as the tables worked out from the rows', async () => {
    const esbuild = await import('esbuild');
    // @ts-expect-error scripts/*.mjs are plain JavaScript without declarations
    const { nodeModuleOptions } = await import('../../scripts/bundle-ts.mjs');
    // @ts-expect-error as above
    const { lexiconDefine } = await import('../../scripts/lexicon-tables.mjs');
    const defines = await lexiconDefine();
    const expected = JSON.parse(JSON.stringify(lexiconTables()));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-tables-'));
    try {
      const sizes: Record<string, number> = {};
      for (const kind of ['full', 'compact', 'lean']) {
        const out = path.join(dir, `${kind}.mjs`);
        await esbuild.build({ ...nodeModuleOptions(path.join(__dirname, '../../server/core/lexicon.ts'), out), define: defines[kind] });
        sizes[kind] = defines[kind].__CLAUSEWISE_LEXICON_TABLES__.length;
        const bundle = await import(pathToFileURL(out).href);
        expect(JSON.parse(JSON.stringify(bundle.loadedLexiconTables())), kind).toEqual(expected);
      }
      // Each smaller kind carries less (the VS Code package's size is limited).
      expect(sizes.lean).toBeLessThan(sizes.compact! * 0.3);
      expect(sizes.compact).toBeLessThan(sizes.full!);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('compact tables (the language servers carry the needs without their covers)', () => {
  it('work the covers out at load exactly as the build made them', async () => {
    const { withCovers, withoutCovers } = await import('../../server/core/prose/needs.js');
    const { needs } = lexiconTables();
    const compact = withoutCovers(needs);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(needs).length * 0.85);
    expect(withCovers(JSON.parse(JSON.stringify(compact)))).toEqual(needs);
  });
});

describe('the scripts bundle the lexicon with its tables (npm run eval, the bench)', () => {
  it('scripts/bundle-ts.mjs builds a lexicon that loads the build-time tables', async () => {
    // @ts-expect-error scripts/bundle-ts.mjs is plain JavaScript without declarations
    const { bundleTs } = await import('../../scripts/bundle-ts.mjs');
    const out = path.join(os.tmpdir(), `clausewise-bundle-ts-${process.pid}.mjs`);
    try {
      await bundleTs(path.join(__dirname, '../../server/core/lexicon.ts'), out);
      expect(fs.readFileSync(out, 'utf8')).toContain('"matchers"');
      const lexicon = await import(pathToFileURL(out).href);
      expect(lexicon.findLexiconMatches('We will use reasonable efforts to restore the service.').length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(out, { force: true });
    }
  }, 60_000);
});
