// Where sentences end: the scan (prose/sentence.ts) finds the ends with a loop over character codes; this holds it
// to the regular-expression version it replaced, on random text made of the characters and words that decide an end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceEnds } from '../../server/core/prose/sentence.js';

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|cf|vs|no|nos|inc|ltd|co|corp|st|mr|ms|mrs|dr|art|sec|para|approx|c\.f\.r|u\.s|u\.k|n\.a|p\.m|a\.m|s\.a|n\.v|b\.v|s\.p\.a|s\.r\.l|s\.a\.s|pty|bhd)\.$/i;

/** The ends as the regular expressions found them before (stop 25). */
function reference(text: string): number[] {
  const out: number[] = [];
  const MAY_END = /[.!?\n]/g;
  for (let m = MAY_END.exec(text); m; m = MAY_END.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    let ends: boolean;
    if (c === '!' || c === '?') ends = true;
    else if (c === '\n') {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      ends = text[j] === '\n';
    } else {
      const next = text[i + 1];
      if (next !== undefined && !/\s/.test(next) && next !== '"' && next !== '\u201d') ends = false;
      else ends = !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i + 1));
    }
    if (ends) out.push(i);
  }
  return out;
}

const pieces = ['e.g.', 'E.G.', 'i.e.', 'etc.', 'No.', 'nos.', 'Inc.', 'Ltd.', 'co.', 'St.', 'Mr.', 'Dr.', 'art.', 'sec.', 'para.', 'approx.', 'C.F.R.', 'U.S.', 'u.k.', 'n.a.', 'p.m.', 'a.m.', 'S.A.', 'N.V.', 's.p.a.', 'Pty.', 'vs.', 'cf.', 'protest.', 'clinic.', 'word', 'Supplier', 'x', '99.9', '.', '!', '?', ' ', '  ', '\n', '\n\n', '\n \n', '\t', '(', ')', '"', '\u201d', '\u00a0', '\u2003', 'é', 'Über.', '5', ','];

describe('sentence ends', () => {
  it('are the ends the regular expressions found, on any text of abbreviations, stops, quotes, spaces and line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(sentenceEnds(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('treat an abbreviation as no end, a full stop after a word as one', () => {
    expect(sentenceEnds('See e.g. clause 4. Then stop.')).toEqual([17, 28]);
    expect(sentenceEnds('Acme Inc. shall pay.')).toEqual([19]);
  });
});
