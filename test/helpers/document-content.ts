/**
 * What a document says, for tests that check a transformation (such as the
 * formatter) keeps a contract's meaning: read from the syntax tree rather than
 * from the lexer the formatter uses.
 */
import { parse, type Statement } from '../../grammar/index.js';

/** Every statement's values (strings and text blocks by their decoded value) with its blocks, and every comment without trailing spaces. */
export function documentContent(text: string): { values: string[]; comments: string[] } {
  const parsed = parse(text);
  const values: string[] = [];
  const walk = (statements: Statement[]) => {
    for (const s of statements) {
      for (const v of [s.head, ...s.args]) values.push(v.kind === 'string' || v.kind === 'textblock' ? `${v.kind}:${v.value}` : `${v.kind}:${v.text}`);
      if (s.block) {
        values.push('{');
        walk(s.block.statements);
        values.push('}');
      }
      values.push(';');
    }
  };
  walk(parsed.statements);
  return { values, comments: parsed.comments.map((c) => c.text.trimEnd()) };
}
