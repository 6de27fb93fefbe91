// A JSON parser written with the same Chevrotain version as the contract
// grammar: the CstParser JSON grammar of Chevrotain's own examples
// (examples/grammars/json), with a lexer and a CST. The benchmark compares the
// contract analysis against it, as a yardstick of what Chevrotain itself costs.
import { createToken, CstParser, Lexer } from 'chevrotain';

const True = createToken({ name: 'True', pattern: /true/ });
const False = createToken({ name: 'False', pattern: /false/ });
const Null = createToken({ name: 'Null', pattern: /null/ });
const LCurly = createToken({ name: 'LCurly', pattern: /{/ });
const RCurly = createToken({ name: 'RCurly', pattern: /}/ });
const LSquare = createToken({ name: 'LSquare', pattern: /\[/ });
const RSquare = createToken({ name: 'RSquare', pattern: /]/ });
const Comma = createToken({ name: 'Comma', pattern: /,/ });
const Colon = createToken({ name: 'Colon', pattern: /:/ });
const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^\\"]|\\(?:[bfnrtv"\\/]|u[0-9a-fA-F]{4}))*"/ });
const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/ });
const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\n\r]+/, group: Lexer.SKIPPED });

const allTokens = [WhiteSpace, NumberLiteral, StringLiteral, LCurly, RCurly, LSquare, RSquare, Comma, Colon, True, False, Null];

/** The JSON lexer (default options, as in Chevrotain's example). */
export const JsonLexer = new Lexer(allTokens);

class JsonParser extends CstParser {
  constructor() {
    super(allTokens);
    const $ = this;

    $.RULE('json', () => {
      $.OR([{ ALT: () => $.SUBRULE($.object) }, { ALT: () => $.SUBRULE($.array) }]);
    });

    $.RULE('object', () => {
      $.CONSUME(LCurly);
      $.OPTION(() => {
        $.SUBRULE($.objectItem);
        $.MANY(() => {
          $.CONSUME(Comma);
          $.SUBRULE2($.objectItem);
        });
      });
      $.CONSUME(RCurly);
    });

    $.RULE('objectItem', () => {
      $.CONSUME(StringLiteral);
      $.CONSUME(Colon);
      $.SUBRULE($.value);
    });

    $.RULE('array', () => {
      $.CONSUME(LSquare);
      $.OPTION(() => {
        $.SUBRULE($.value);
        $.MANY(() => {
          $.CONSUME(Comma);
          $.SUBRULE2($.value);
        });
      });
      $.CONSUME(RSquare);
    });

    $.RULE('value', () => {
      $.OR([
        { ALT: () => $.CONSUME(StringLiteral) },
        { ALT: () => $.CONSUME(NumberLiteral) },
        { ALT: () => $.SUBRULE($.object) },
        { ALT: () => $.SUBRULE($.array) },
        { ALT: () => $.CONSUME(True) },
        { ALT: () => $.CONSUME(False) },
        { ALT: () => $.CONSUME(Null) },
      ]);
    });

    this.performSelfAnalysis();
  }
}

/** One parser instance, reused for every input (Chevrotain performance guide). */
const parser = new JsonParser();

/** Lexes and parses a JSON text into a CST; returns the CST and the lexing and parsing errors. */
export function parseJson(text) {
  const lexed = JsonLexer.tokenize(text);
  parser.input = lexed.tokens;
  const cst = parser.json();
  return { cst, lexErrors: lexed.errors, parseErrors: parser.errors };
}
