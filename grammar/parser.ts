/**
 * The Chevrotain parser. The grammar is deliberately permissive (LANGUAGE.md,
 * "the grammar is permissive, the checker is strict"): a statement is any value
 * token followed by values and an optional `{ … }` block, and a newline ends it.
 * What a statement means, and whether it belongs where it stands, is decided
 * later by the tree builder and the rules, which can say far more helpful
 * things than a parser error.
 *
 *   file      := (Newline | statement | block | "}")*
 *   statement := head (Value | "," Newline*)* block?
 *   head      := Value | ","
 *   block     := "{" (Newline | statement | block)* "}"
 *
 * Every token can start or end an item at every level, so the only error the
 * parser meets is the end of the file inside a block. That matters: Chevrotain
 * recovers from an error inside a repetition by calling the repetition again
 * recursively, one set of stack frames per error, so a file of thousands of
 * stray `{` would overflow the stack. A block without a keyword (`{ … }`
 * where a statement should start) is parsed as a `strayBlocks` item instead,
 * and the tree builder reports it.
 */
import { CstParser, EOF, type CstNode, type IRecognitionException, type IToken } from 'chevrotain';
import { allTokens, Comma, LBrace, Newline, RBrace, Value } from './tokens.js';

// Options objects shared by every call instead of being allocated per token.
const VALUES = { LABEL: 'values' };
const STATEMENTS = { LABEL: 'statements' };
const STRAY = { LABEL: 'stray' };
const STRAY_BLOCKS = { LABEL: 'strayBlocks' };

/**
 * The alternatives arrays and the closures handed to MANY and OPTION are built
 * once per parser rather than on every rule invocation (Chevrotain performance
 * guide, "caching arrays of alternatives"): otherwise every value token of every
 * statement allocates a fresh array and closures, which dominated the garbage
 * collector's work on large documents.
 */
class ContractParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  private readonly fileAlts = [
    { ALT: () => this.CONSUME(Newline) },
    { ALT: () => this.SUBRULE(this.statement, STATEMENTS) },
    { ALT: () => this.SUBRULE(this.block, STRAY_BLOCKS) },
    { ALT: () => this.CONSUME(RBrace, STRAY) },
  ];
  private readonly fileItem = () => {
    this.OR(this.fileAlts);
  };

  private readonly headAlts = [{ ALT: () => this.CONSUME(Value, VALUES) }, { ALT: () => this.CONSUME(Comma, VALUES) }];
  private readonly newline2 = () => {
    this.CONSUME2(Newline);
  };
  private readonly argAlts = [
    { ALT: () => this.CONSUME2(Value, VALUES) },
    {
      ALT: () => {
        this.CONSUME2(Comma, VALUES);
        this.MANY2(this.newline2);
      },
    },
  ];
  private readonly argItem = () => {
    this.OR2(this.argAlts);
  };
  private readonly optionalBlock = () => {
    this.SUBRULE(this.block);
  };

  private readonly blockAlts = [
    { ALT: () => this.CONSUME(Newline) },
    { ALT: () => this.SUBRULE(this.statement, STATEMENTS) },
    { ALT: () => this.SUBRULE2(this.block, STRAY_BLOCKS) },
  ];
  private readonly blockItem = () => {
    this.OR(this.blockAlts);
  };

  public file = this.RULE('file', () => {
    this.MANY(this.fileItem);
  });

  public statement = this.RULE('statement', () => {
    this.OR(this.headAlts);
    this.MANY(this.argItem);
    this.OPTION(this.optionalBlock);
  });

  public block = this.RULE('block', () => {
    this.CONSUME(LBrace);
    this.MANY(this.blockItem);
    this.CONSUME(RBrace);
  });
}

/**
 * The single parser instance, reused for every document (Chevrotain performance
 * guide). Built on first use: a run whose documents all take the fast path
 * below never pays for Chevrotain's grammar analysis.
 */
let parser: ContractParser | undefined;

export interface CstResult {
  cst: CstNode;
  errors: IRecognitionException[];
}

/** A CST node as {@link fastCst} builds it: the children {@link buildTree} reads, under Chevrotain's labels. */
type Node = { name: string; children: Record<string, (IToken | CstNode)[]> };

/**
 * The CST of a document whose braces all match, built by one loop over the
 * tokens, or undefined when the document needs Chevrotain: a `{` where a
 * statement should start (a block without a keyword), a `}` that closes
 * nothing, or a block never closed. For every other token vector the grammar
 * above has exactly one parse and no error, so the tree is the one Chevrotain
 * builds, with the labels {@link buildTree} reads (`values`, `block`,
 * `statements`, `LBrace`, `RBrace`; the newlines are not kept). Iterative, so
 * nesting costs no stack. About ten times faster than the CstParser, which
 * allocates a node and a children table per rule and keeps every newline.
 */
function fastCst(tokens: IToken[]): CstNode | undefined {
  const top: Node = { name: 'file', children: { statements: [] } };
  /** The statement lists of the open blocks, innermost last, and their nodes. */
  const lists: (IToken | CstNode)[][] = [top.children['statements']!];
  const blocks: Node[] = [];
  let list = lists[0]!;
  let statement: Node | undefined;
  let values: IToken[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const type = t.tokenType;
    if (type === Newline) {
      statement = undefined;
    } else if (type === LBrace) {
      // A block belongs to the statement on its line (or after its trailing comma); otherwise it is a stray block.
      if (!statement) return undefined;
      const block: Node = { name: 'block', children: { LBrace: [t], statements: [] } };
      statement.children['block'] = [block as unknown as CstNode];
      blocks.push(block);
      lists.push((list = block.children['statements']!));
      statement = undefined;
    } else if (type === RBrace) {
      const block = blocks.pop();
      if (!block) return undefined;
      block.children['RBrace'] = [t];
      lists.pop();
      list = lists[lists.length - 1]!;
      // The statement that opened the block ends with it.
      statement = undefined;
    } else if (statement) {
      values.push(t);
      // A comma among the arguments carries the statement over line breaks.
      if (type === Comma) while (i + 1 < n && tokens[i + 1]!.tokenType === Newline) i++;
    } else {
      // A value or a comma starts a statement (a comma as its head does not carry it over a line break).
      values = [t];
      statement = { name: 'statement', children: { values } };
      list.push(statement as unknown as CstNode);
    }
  }
  return blocks.length ? undefined : (top as unknown as CstNode);
}

/** Parses a token vector into a CST. Never throws: errors are returned with the (partial) tree. */
export function parseTokens(tokens: IToken[]): CstResult {
  const fast = fastCst(tokens);
  return fast ? { cst: fast, errors: [] } : chevrotainCst(tokens);
}

/** The CST as Chevrotain's CstParser builds it (every document the fast path declines; tests compare the two). */
export function chevrotainCst(tokens: IToken[]): CstResult {
  parser ??= new ContractParser();
  parser.input = tokens;
  const cst = parser.file();
  const errors = parser.errors;
  // The reused parser would otherwise hold this document's tokens (tens of MB
  // for a large document) until the next parse.
  parser.input = [];
  return { cst, errors };
}

export { EOF };
