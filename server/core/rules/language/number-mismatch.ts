/** number-mismatch: a number written in words disagrees with the digits beside it, as in "ten (20) business days". */
import { numberToWords } from '../../prose/numbers.js';
import type { Fix, Rule } from '../../types.js';
import { documentMatches, quoted } from './prose.js';

/** A number as digits, as the contract wrote the other one (with its grouping commas). */
function digitsLike(n: number, written: string): string {
  const prefix = /^[$€£]/.exec(written)?.[0] ?? '';
  const s = written.includes(',') ? n.toLocaleString('en-US') : String(n);
  return prefix + s;
}

export const numberMismatch: Rule = {
  code: 'number-mismatch',
  severity: 'error',
  category: 'language',
  protects: 'both',
  description: 'A number written in words disagrees with the digits beside it ("ten (20) business days"), so the term has two readings.',
  check({ parse, contracts, report }) {
    for (const m of documentMatches(parse, contracts)) {
      if (m.entry.code !== 'number-mismatch' || !m.numbers) continue;
      const n = m.numbers;
      // Either reading is the drafter's own: both fixes are offered, neither is preferred.
      const fixes: Fix[] = [
        { title: `Use ${n.words} in both (the number in words)`, edits: [{ span: n.digitsSpan, newText: digitsLike(n.words, n.digitsText) }], preferred: false },
        { title: `Use ${n.digits} in both (the number in digits)`, edits: [{ span: n.wordsSpan, newText: numberToWords(n.digits) }], preferred: false },
      ];
      if (!Number.isInteger(n.digits)) fixes.pop();
      report({
        message: `${quoted(m)} says ${n.words} in words but ${n.digits} in digits: write the same number in both. ${m.entry.why}`,
        span: m.span,
        fixes,
        data: { words: n.words, digits: n.digits },
      });
    }
  },
};
