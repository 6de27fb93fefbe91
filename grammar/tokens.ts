/**
 * Tokens of the contract language. The lexer never fails: any character that no
 * other token matches becomes an `Unknown` token, which the tree builder reports
 * as a syntax error while keeping the rest of the line.
 *
 * Patterns avoid nested quantifiers so that an unterminated string or text block
 * cannot make the lexer backtrack (Chevrotain issues #1788, #1151).
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

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

/** One lexer, reused for every document. */
export const contractLexer = new Lexer(allTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
});
