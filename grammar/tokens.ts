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

const TOKEN_OF_CHAR: (TokenType | undefined)[] = [];
for (const c of "!#$%&'()*+-./:;<=>?@[\\]^`|~") TOKEN_OF_CHAR[c.charCodeAt(0)] = Unknown;
TOKEN_OF_CHAR['{'.charCodeAt(0)] = LBrace;
TOKEN_OF_CHAR['}'.charCodeAt(0)] = RBrace;
TOKEN_OF_CHAR[','.charCodeAt(0)] = Comma;

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
 * The tokens of a document as {@link contractLexer} gives them (the same token
 * objects, in the same groups), by one loop over the characters, or undefined
 * for a document with a character no token takes (outside strings and
 * comments: a letter outside ASCII, a control character), which the Chevrotain
 * lexer reports as an error. Each branch matches what the first of the
 * patterns above that applies matches; `test/unit/lexer-fast-path.test.ts`
 * compares the two.
 */
function fastTokens(text: string): ILexingResult | undefined {
  const tokens: IToken[] = [];
  const comments: IToken[] = [];
  const n = text.length;
  const token = (type: TokenType, start: number, end: number): IToken =>
    ({ image: text.slice(start, end), startOffset: start, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type }) as IToken;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const start = i;
    if (c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 10) {
      tokens.push(token(Newline, start, ++i));
    } else if (c === 13) {
      i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      tokens.push(token(Newline, start, i));
    } else if (isNameStart(c)) {
      i++;
      while (isNameChar(text.charCodeAt(i))) i++;
      tokens.push(token(Name, start, i));
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
        tokens.push(token(DateLit, start, i));
      } else if (text.charCodeAt(run) === 120 && isDigit(text.charCodeAt(run + 1))) {
        i = digitsFrom(text, run + 1);
        tokens.push(token(Coverage, start, i));
      } else {
        // \d[\d_]*(?:\.\d+)? then `x` not followed by a name character (a multiple), `%`, or nothing.
        let e = i + 1;
        for (let d = text.charCodeAt(e); isDigit(d) || d === 95; d = text.charCodeAt(++e));
        if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) e = digitsFrom(text, e + 1);
        const next = text.charCodeAt(e);
        if (next === 120 && !isNameChar(text.charCodeAt(e + 1))) tokens.push(token(Multiple, start, (i = e + 1)));
        else if (next === 37) tokens.push(token(Percent, start, (i = e + 1)));
        else tokens.push(token(NumberLit, start, (i = e)));
      }
    } else if (c === 34) {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        i = end < 0 ? n : end + 3;
        tokens.push(token(TextBlock, start, i));
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
        tokens.push(token(StringLit, start, i));
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      i += 2;
      for (let d = text.charCodeAt(i); i < n && d !== 10 && d !== 13; d = text.charCodeAt(++i));
      comments.push(token(LineComment, start, i));
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      comments.push(token(BlockComment, start, i));
    } else {
      const type = TOKEN_OF_CHAR[c];
      if (type === undefined) return undefined;
      tokens.push(token(type, start, ++i));
    }
  }
  return { tokens, groups: { comments }, errors: [] };
}

/** The tokens of a document (see {@link fastTokens}; the Chevrotain lexer for the documents it declines). */
export function tokenize(text: string): ILexingResult {
  return fastTokens(text) ?? contractLexer.tokenize(text);
}
