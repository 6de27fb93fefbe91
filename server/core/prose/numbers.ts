/**
 * Numbers written in words ("forty-eight", "one hundred and twenty") and the
 * check that a number in words agrees with the digits beside it, as in
 * "thirty (30) days" or "30 (thirty) days" (`number-mismatch`).
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** One number word, for regular expressions (longest first so that "fourteen" wins over "four"). */
export const NUMBER_WORD = Object.keys({ ...UNITS, ...TENS, ...SCALES })
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A run of number words ("one hundred and twenty", "forty-eight"), for regular expressions. */
export const NUMBER_WORDS = `(?:${NUMBER_WORD})(?:(?:[\\s\\-]+(?:and[\\s\\-]+)?)(?:${NUMBER_WORD}))*`;

/** The value of a run of number words, or undefined if it is not a well-formed number. */
export function wordsToNumber(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!words.length) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w in UNITS) {
      if (current % 10 !== 0 || (current % 100 !== 0 && current % 100 < 20 && current % 100 > 0)) return undefined;
      current += UNITS[w]!;
    } else if (w in TENS) {
      if (current % 100 !== 0) return undefined;
      current += TENS[w]!;
    } else if (w === 'hundred') {
      if (current === 0 || current >= 100) return undefined;
      current *= 100;
    } else if (w in SCALES) {
      if (current === 0) return undefined;
      total += current * SCALES[w]!;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

const SMALL = Object.keys(UNITS);
const TEN_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number from 0 to 999,999,999 in words, as contracts write it ("forty-eight", "one hundred and twenty"). */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) return String(n);
  if (n < 20) return SMALL[n]!;
  if (n < 100) return TEN_WORDS[Math.floor(n / 10)]! + (n % 10 ? `-${SMALL[n % 10]}` : '');
  if (n < 1000) return `${SMALL[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${numberToWords(n % 100)}` : ''}`;
  if (n < 1e6) return `${numberToWords(Math.floor(n / 1000))} thousand${n % 1000 ? `${n % 1000 < 100 ? ' and' : ''} ${numberToWords(n % 1000)}` : ''}`;
  return `${numberToWords(Math.floor(n / 1e6))} million${n % 1e6 ? ` ${numberToWords(n % 1e6)}` : ''}`;
}

/** The value of digits as written in a contract ("1,000", "2.5"), or undefined. */
export function digitsToNumber(text: string): number | undefined {
  const clean = text.replace(/[$€£,\s%]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(clean)) return undefined;
  return Number(clean);
}

/** Source of the two forms: words then digits in brackets, and digits then words in brackets. */
export const NUMBER_PAIR = `(?:${NUMBER_WORDS})(?:[\\s\\-]+(?:per[\\s\\-]?cent|percent))?\\s*\\(\\s*[$€£]?\\d[\\d,]*(?:\\.\\d+)?\\s*%?\\s*\\)|[$€£]?\\d[\\d,]*(?:\\.\\d+)?\\s*%?\\s*\\(\\s*${NUMBER_WORDS}(?:[\\s\\-]+(?:per[\\s\\-]?cent|percent))?\\s*\\)`;

/** A number in words beside digits that disagree with it. */
export interface NumberMismatch {
  /** The value written in words. */
  words: number;
  /** The value written in digits. */
  digits: number;
  /** The words as written, and their offset in the matched text. */
  wordsText: string;
  wordsAt: number;
  /** The digits as written, and their offset in the matched text. */
  digitsText: string;
  digitsAt: number;
}

const PAIR_WORDS_FIRST = new RegExp(`^(${NUMBER_WORDS})((?:[\\s\\-]+(?:per[\\s\\-]?cent|percent))?\\s*\\(\\s*)([$€£]?\\d[\\d,]*(?:\\.\\d+)?)`, 'i');
const PAIR_DIGITS_FIRST = new RegExp(`^([$€£]?\\d[\\d,]*(?:\\.\\d+)?)(\\s*%?\\s*\\(\\s*)(${NUMBER_WORDS})`, 'i');

/** Reads a matched number pair; undefined when the words and the digits agree (or either cannot be read). */
export function numberMismatch(text: string): NumberMismatch | undefined {
  let m = PAIR_WORDS_FIRST.exec(text);
  if (m) {
    const words = wordsToNumber(m[1]!);
    const digits = digitsToNumber(m[3]!);
    if (words === undefined || digits === undefined || words === digits) return undefined;
    return { words, digits, wordsText: m[1]!, wordsAt: 0, digitsText: m[3]!, digitsAt: m[1]!.length + m[2]!.length };
  }
  m = PAIR_DIGITS_FIRST.exec(text);
  if (m) {
    const digits = digitsToNumber(m[1]!);
    const words = wordsToNumber(m[3]!);
    if (words === undefined || digits === undefined || words === digits) return undefined;
    return { words, digits, wordsText: m[3]!, wordsAt: m[1]!.length + m[2]!.length, digitsText: m[1]!, digitsAt: 0 };
  }
  return undefined;
}
