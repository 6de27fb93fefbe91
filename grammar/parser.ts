/**
 * The Chevrotain parser. The grammar is deliberately permissive (LANGUAGE.md,
 * "the grammar is permissive, the checker is strict"): a statement is any value
 * token followed by values and an optional `{ … }` block, and a newline ends it.
 * What a statement means, and whether it belongs where it stands, is decided
 * later by the tree builder and the rules, which can say far more helpful
 * things than a parser error.
 *
 *   file      := (Newline | statement | "}")*
 *   statement := head (Value | "," Newline*)* block?
 *   head      := Value | ","
 *   block     := "{" (Newline | statement)* "}"
 */
import { CstParser, EOF, type CstNode, type IRecognitionException, type IToken } from 'chevrotain';
import { allTokens, Comma, LBrace, Newline, RBrace, Value } from './tokens.js';

class ContractParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  public file = this.RULE('file', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.SUBRULE(this.statement, { LABEL: 'statements' }) },
        { ALT: () => this.CONSUME(RBrace, { LABEL: 'stray' }) },
      ]);
    });
  });

  public statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.CONSUME(Value, { LABEL: 'values' }) },
      { ALT: () => this.CONSUME(Comma, { LABEL: 'values' }) },
    ]);
    this.MANY(() => {
      this.OR2([
        { ALT: () => this.CONSUME2(Value, { LABEL: 'values' }) },
        {
          ALT: () => {
            this.CONSUME2(Comma, { LABEL: 'values' });
            this.MANY2(() => this.CONSUME2(Newline));
          },
        },
      ]);
    });
    this.OPTION(() => this.SUBRULE(this.block));
  });

  public block = this.RULE('block', () => {
    this.CONSUME(LBrace);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        { ALT: () => this.SUBRULE(this.statement, { LABEL: 'statements' }) },
      ]);
    });
    this.CONSUME(RBrace);
  });
}

/** The single parser instance, reused for every document (Chevrotain performance guide). */
const parser = new ContractParser();

export interface CstResult {
  cst: CstNode;
  errors: IRecognitionException[];
}

/** Parses a token vector into a CST. Never throws: errors are returned with the (partial) tree. */
export function parseTokens(tokens: IToken[]): CstResult {
  parser.input = tokens;
  const cst = parser.file();
  return { cst, errors: parser.errors };
}

export { EOF };
