/** Walks every statement and value of a parsed document, nested blocks included. */
import type { ParseResult, Statement, Value } from '../../../../grammar/index.js';

/** Every statement of the document, depth first, in source order. */
export function allStatements(parse: ParseResult): Statement[] {
  const out: Statement[] = [];
  const visit = (list: Statement[]) => {
    for (const s of list) {
      out.push(s);
      if (s.block) visit(s.block.statements);
    }
  };
  visit(parse.statements);
  return out;
}

/** Every value of the document (statement heads and arguments), in source order. */
export function allValues(parse: ParseResult): Value[] {
  const out: Value[] = [];
  for (const s of allStatements(parse)) out.push(s.head, ...s.args);
  return out;
}
