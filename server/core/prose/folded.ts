/**
 * Case-insensitive expressions tested as case-sensitive ones on text whose
 * ASCII capitals are lowered. V8 compiles a large expression with the `i`
 * flag in about twice the time (the hard-limit expression of
 * prose/sentence.ts: 9.7 ms against 4.8 ms), and every process compiles it
 * once; the lowering costs one pass over the few sentences tested.
 *
 * Exact, not approximate: the expression's source is lowered only when it
 * names no character by code (`\x41`), no group by name or number, no range
 * that spans both cases, and no non-ASCII letter (those have case variants
 * that `i` matches). Without the `i` flag such a source then matches lowered
 * text where the original matches the text as written: an ASCII letter of
 * the pattern matches its two cases under `i` and the lowered text holds only
 * the small one; a non-ASCII character of the text never matches an ASCII
 * character of the pattern under `i` (ECMAScript's canonicalisation keeps it
 * out of ASCII), and lowering leaves it as it is. Otherwise the original
 * expression is used. test/unit/folded.test.ts holds the two to each other.
 */

/** The source with its ASCII letters in lower case, or undefined when lowering could change what it matches (see above). */
export function lowerCaseSource(source: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      // Characters named by code, control letters, properties and back-references (by name or number).
      if (next === undefined || 'xucpPk'.includes(next) || (next >= '1' && next <= '9')) return undefined;
      out += c + next;
      i++;
      continue;
    }
    if (c.charCodeAt(0) > 0x7f) {
      if (c.toLowerCase() !== c || c.toUpperCase() !== c) return undefined;
      out += c;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '-' && source[i - 2] !== '\\' && source[i - 1] !== '[' && source[i + 1] !== ']' && source[i + 1] !== '\\') {
        const from = source[i - 1]!;
        const to = source[i + 1]!;
        if (isAsciiLetter(from) || isAsciiLetter(to)) {
          const upper = (ch: string) => ch >= 'A' && ch <= 'Z';
          const lower = (ch: string) => ch >= 'a' && ch <= 'z';
          if (!((upper(from) && upper(to)) || (lower(from) && lower(to)))) return undefined;
        }
      }
    } else if (c === '[') inClass = true;
    // A named group: its name is matched by `\k<name>`, which is refused above, but the name itself must keep its case.
    else if (c === '(' && source.startsWith('(?<', i) && isAsciiLetter(source[i + 3] ?? '')) return undefined;
    out += c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  }
  return out;
}

function isAsciiLetter(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

const CAPITAL = /[A-Z]/;
const NON_ASCII = /[^\x00-\x7f]/;
const CAPITALS = /[A-Z]+/g;

/** The text with its ASCII capitals lowered and every other character as it is (same length, same offsets). */
export function lowerAscii(text: string): string {
  if (!CAPITAL.test(text)) return text;
  // toLowerCase would also lower non-ASCII capitals ("É"), which `i` matches only against themselves and their own case variants.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.replace(CAPITALS, (run) => run.toLowerCase());
}

/** Every folded expression made, so that the tests can hold each to its original. */
export const FOLDED_EXPRESSIONS: FoldedExpression[] = [];

/** A case-insensitive expression (neither global nor sticky), tested on lowered text when its source allows (see the module's comment). */
export class FoldedExpression {
  private readonly lowered: string | undefined;
  private built: RegExp | undefined;

  constructor(readonly original: RegExp) {
    if (!original.ignoreCase || original.global || original.sticky) throw new Error(`FoldedExpression takes a case-insensitive expression that is neither global nor sticky: /${original.source}/${original.flags}`);
    this.lowered = lowerCaseSource(original.source);
    FOLDED_EXPRESSIONS.push(this);
  }

  /** Whether the source could be lowered (tests). */
  get folds(): boolean {
    return this.lowered !== undefined;
  }

  test(text: string): boolean {
    if (this.lowered === undefined) return this.original.test(text);
    this.built ??= new RegExp(this.lowered, this.original.flags.replace('i', ''));
    return this.built.test(lowerAscii(text));
  }
}
