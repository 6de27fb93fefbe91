/**
 * Tokens of the contract language. The lexer never fails: any character that no
 * other token matches becomes an `Unknown` token, which the tree builder reports
 * as a syntax error while keeping the rest of the line.
 *
 * Patterns avoid nested quantifiers so that an unterminated string or text block
 * cannot make the lexer backtrack (Chevrotain issues #1788, #1151).
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type ILexingResult, type IToken, type TokenType } from 'chevrotain';

/** Matches from `start` to the closing `close`, or to the end of the text when unterminated. */
function delimited(open: string, close: string): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (!text.startsWith(open, offset)) return null;
    const end = text.indexOf(close, offset + open.length);
    const stop = end < 0 ? text.length : end + close.length;
    const match = [text.slice(offset, stop)] as unknown as RegExpExecArray;
    match.index = offset;
    return match;
  };
}

/** Category of every token that may stand in a value slot (or, wrongly, at the start of a statement). */
export const Value = createToken({ name: 'Value', pattern: Lexer.NA });

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\f\v\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\r\n]*/, group: 'comments' });
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: delimited('/*', '*/'),
  start_chars_hint: ['/'],
  line_breaks: true,
  group: 'comments',
});
export const TextBlock = createToken({
  name: 'TextBlock',
  pattern: delimited('"""', '"""'),
  categories: [Value],
  start_chars_hint: ['"'],
  line_breaks: true,
});
/** A one-line string; the closing quote is optional so that an unterminated string stays one token. */
export const StringLit = createToken({ name: 'String', categories: [Value], pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"?/ });
export const DateLit = createToken({ name: 'Date', categories: [Value], pattern: /\d{4}-\d{2}-\d{2}/ });
export const Coverage = createToken({ name: 'Coverage', categories: [Value], pattern: /\d+x\d+/ });
/** A multiple such as `10x`; `24x7` (a coverage) is matched first, and `10xyz` is a number and a word. */
export const Multiple = createToken({ name: 'Multiple', categories: [Value], pattern: /\d[\d_]*(?:\.\d+)?x(?![A-Za-z0-9_])/ });
export const Percent = createToken({ name: 'Percent', categories: [Value], pattern: /\d[\d_]*(?:\.\d+)?%/ });
export const NumberLit = createToken({ name: 'Number', categories: [Value], pattern: /\d[\d_]*(?:\.\d+)?/ });
export const Name = createToken({ name: 'Name', categories: [Value], pattern: /[A-Za-z_][A-Za-z0-9_]*/ });
export const LBrace = createToken({ name: 'LBrace', pattern: '{' });
export const RBrace = createToken({ name: 'RBrace', pattern: '}' });
export const Comma = createToken({ name: 'Comma', pattern: ',' });
/**
 * Any other printable ASCII character, one at a time. (A complement set would
 * disable the lexer's first-character optimisation; other characters outside
 * strings become lexer errors, reported just the same.)
 */
export const Unknown = createToken({ name: 'Unknown', categories: [Value], pattern: /[!#$%&'()*+\-.\/:;<=>?@[\\\]^`|~]/ });

export const allTokens: TokenType[] = [
  Value,
  WhiteSpace,
  Newline,
  LineComment,
  BlockComment,
  TextBlock,
  StringLit,
  DateLit,
  Coverage,
  Multiple,
  Percent,
  NumberLit,
  Name,
  LBrace,
  RBrace,
  Comma,
  Unknown,
];

let lexer: Lexer | undefined;

/**
 * One lexer, reused for every document, built on first use: building it
 * analyses every pattern (tens of milliseconds at start-up), and
 * {@link tokenize} needs it only for a document {@link fastTokens} declines.
 */
export const contractLexer: Pick<Lexer, 'tokenize'> = {
  tokenize: (text, initialMode) => (lexer ??= new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true })).tokenize(text, initialMode),
};

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}
function digitsFrom(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The kinds of token {@link scanTokens} tells apart, by their index in
 * {@link SCANNED_TYPES}: a token is a kind, a start and an end, three numbers
 * in arrays, rather than an object.
 */
export const K_NEWLINE = 0;
export const K_NAME = 1;
export const K_DATE = 2;
export const K_COVERAGE = 3;
export const K_MULTIPLE = 4;
export const K_PERCENT = 5;
export const K_NUMBER = 6;
export const K_TEXTBLOCK = 7;
export const K_STRING = 8;
export const K_LBRACE = 9;
export const K_RBRACE = 10;
export const K_COMMA = 11;
export const K_UNKNOWN = 12;
/** The token type of each kind of {@link scanTokens}. */
export const SCANNED_TYPES: readonly TokenType[] = [Newline, Name, DateLit, Coverage, Multiple, Percent, NumberLit, TextBlock, StringLit, LBrace, RBrace, Comma, Unknown];

/** The kind of token ({@link scanTokens}) of each character that is a token by itself. */
const KIND_OF_CHAR: (number | undefined)[] = [];
for (const c of "!#$%&'()*+-./:;<=>?@[\\]^`|~") KIND_OF_CHAR[c.charCodeAt(0)] = K_UNKNOWN;
KIND_OF_CHAR['{'.charCodeAt(0)] = K_LBRACE;
KIND_OF_CHAR['}'.charCodeAt(0)] = K_RBRACE;
KIND_OF_CHAR[','.charCodeAt(0)] = K_COMMA;

/** The kind of {@link scanTokens} of a token type (undefined for the types in the comments group). */
export function scannedKind(type: TokenType): number | undefined {
  const k = SCANNED_TYPES.indexOf(type);
  return k < 0 ? undefined : k;
}

/**
 * The tokens of a document as three parallel arrays (the first `count` entries
 * of each are the tokens, in order), and its comments as tokens. The arrays are
 * reused by the next call of {@link scanTokens}: read them before scanning again.
 */
export interface ScannedTokens {
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  comments: IToken[];
}

/** The arrays of the last scan, grown as a document needs (most documents of a run are alike in size). */
let scanBuffer: { kinds: Uint8Array; starts: Int32Array; ends: Int32Array } = { kinds: new Uint8Array(4096), starts: new Int32Array(4096), ends: new Int32Array(4096) };
/** Arrays for more tokens than this are not kept after a scan that grew them (an exceptionally large document). */
const KEEP_TOKENS = 1 << 20;

/**
 * The tokens of a document as {@link contractLexer} gives them, by one loop
 * over the characters, or undefined for a document with a character no token
 * takes (outside strings and comments: a letter outside ASCII, a control
 * character), which the Chevrotain lexer reports as an error. Each branch
 * matches what the first of the patterns above that applies matches;
 * `test/unit/lexer-fast-path.test.ts` compares the two (through
 * {@link tokenize}). The tokens are numbers in arrays (see {@link ScannedTokens}),
 * so that `parse` can build the syntax tree from them without a token object
 * for each (grammar/tree.ts `buildTreeFromScan`).
 */
export function scanTokens(text: string): ScannedTokens | undefined {
  const comments: IToken[] = [];
  const n = text.length;
  let { kinds, starts, ends } = scanBuffer;
  let count = 0;
  const token = (kind: number, start: number, end: number): void => {
    if (count === kinds.length) {
      const size = kinds.length * 2;
      const k2 = new Uint8Array(size);
      const s2 = new Int32Array(size);
      const e2 = new Int32Array(size);
      k2.set(kinds);
      s2.set(starts);
      e2.set(ends);
      kinds = k2;
      starts = s2;
      ends = e2;
      if (size <= KEEP_TOKENS) scanBuffer = { kinds, starts, ends };
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count++] = end;
  };
  const comment = (type: TokenType, start: number, end: number): void => {
    comments.push(tokenObject(text, type, start, end));
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const start = i;
    if (c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 10) {
      token(K_NEWLINE, start, ++i);
    } else if (c === 13) {
      i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      token(K_NEWLINE, start, i);
    } else if (isNameStart(c)) {
      i++;
      while (isNameChar(text.charCodeAt(i))) i++;
      token(K_NAME, start, i);
    } else if (isDigit(c)) {
      const run = digitsFrom(text, i);
      if (
        run - i === 4 &&
        text.charCodeAt(run) === 45 &&
        isDigit(text.charCodeAt(run + 1)) &&
        isDigit(text.charCodeAt(run + 2)) &&
        text.charCodeAt(run + 3) === 45 &&
        isDigit(text.charCodeAt(run + 4)) &&
        isDigit(text.charCodeAt(run + 5))
      ) {
        i = run + 6;
        token(K_DATE, start, i);
      } else if (text.charCodeAt(run) === 120 && isDigit(text.charCodeAt(run + 1))) {
        i = digitsFrom(text, run + 1);
        token(K_COVERAGE, start, i);
      } else {
        // \d[\d_]*(?:\.\d+)? then `x` not followed by a name character (a multiple), `%`, or nothing.
        let e = i + 1;
        for (let d = text.charCodeAt(e); isDigit(d) || d === 95; d = text.charCodeAt(++e));
        if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) e = digitsFrom(text, e + 1);
        const next = text.charCodeAt(e);
        if (next === 120 && !isNameChar(text.charCodeAt(e + 1))) token(K_MULTIPLE, start, (i = e + 1));
        else if (next === 37) token(K_PERCENT, start, (i = e + 1));
        else token(K_NUMBER, start, (i = e));
      }
    } else if (c === 34) {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        i = end < 0 ? n : end + 3;
        token(K_TEXTBLOCK, start, i);
      } else {
        // "(?:[^"\\\r\n]|\\[^\r\n])*"?
        i++;
        for (;;) {
          const d = text.charCodeAt(i);
          if (i >= n || d === 10 || d === 13) break;
          if (d === 34) {
            i++;
            break;
          }
          if (d === 92) {
            const e = text.charCodeAt(i + 1);
            if (i + 1 >= n || e === 10 || e === 13) break;
            i += 2;
          } else i++;
        }
        token(K_STRING, start, i);
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      i += 2;
      for (let d = text.charCodeAt(i); i < n && d !== 10 && d !== 13; d = text.charCodeAt(++i));
      comment(LineComment, start, i);
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      comment(BlockComment, start, i);
    } else {
      const kind = KIND_OF_CHAR[c];
      if (kind === undefined) return undefined;
      token(kind, start, ++i);
    }
  }
  return { count, kinds, starts, ends, comments };
}

/** One token as the Chevrotain lexer makes it (the fields the parser and the tree read). */
function tokenObject(text: string, type: TokenType, start: number, end: number): IToken {
  return { image: text.slice(start, end), startOffset: start, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type } as IToken;
}

/** The tokens of a scan ({@link scanTokens}) as Chevrotain's token objects (the same fields as its lexer's). */
export function scannedTokens(text: string, scanned: ScannedTokens): IToken[] {
  const { count, kinds, starts, ends } = scanned;
  const tokens: IToken[] = [];
  for (let k = 0; k < count; k++) {
    tokens.push(tokenObject(text, SCANNED_TYPES[kinds[k]!]!, starts[k]!, ends[k]!));
  }
  return tokens;
}

/** The tokens of {@link scanTokens} as the Chevrotain lexer gives them (the same token objects, in the same groups). */
function fastTokens(text: string): ILexingResult | undefined {
  const scanned = scanTokens(text);
  return scanned && { tokens: scannedTokens(text, scanned), groups: { comments: scanned.comments }, errors: [] };
}

/** The tokens of a document (see {@link fastTokens}; the Chevrotain lexer for the documents it declines). */
export function tokenize(text: string): ILexingResult {
  return fastTokens(text) ?? contractLexer.tokenize(text);
}
