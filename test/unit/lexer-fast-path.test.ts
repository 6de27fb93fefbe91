/**
 * The lexer's fast path (grammar/tokens.ts `tokenize`) must give every document
 * it accepts the tokens, comments and (no) errors of the Chevrotain lexer:
 * random documents over the characters of the language and its look-alikes are
 * lexed both ways and compared token by token.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { IToken } from 'chevrotain';
import { contractLexer, tokenize } from '../../grammar/tokens.js';
// The seedable generator of the benchmarks (mulberry32): the same documents on every run.
import { random } from '../../bench/generate.mjs';

const PIECES = [
  'a', 'Z', '_', 'x', 'x7', '0', '7', '12', '2027', '-', '_', '.', '5', '%', ',', '{', '}', ' ', '\t', '\f', '\v', '\u00a0', '\ufeff',
  '\n', '\r', '\r\n', '"', '"""', '\\', '\\"', '/', '//', '/*', '*/', '*', '24x7', '10x', '1_000', '2027-01-31', '99.9%', 'é', '€', '\u0001', '\u2028',
  '!', '#', '$', '&', "'", '(', ')', '+', ':', ';', '<', '=', '>', '?', '@', '[', ']', '^', '`', '|', '~', 'USD', 'days',
];

function shape(result: { tokens: IToken[]; groups: Record<string, IToken[]>; errors: unknown[] }): string {
  const t = (x: IToken) => [x.image, x.startOffset, x.tokenTypeIdx, x.tokenType.name];
  return JSON.stringify({ tokens: result.tokens.map(t), comments: (result.groups['comments'] ?? []).map(t), errors: result.errors });
}

describe('lexer fast path', () => {
  it('gives the tokens of the Chevrotain lexer, for random documents', () => {
    const rnd = random(23);
    let clean = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const len = Math.floor(rnd() * 30);
      // Half the documents leave out the characters no token takes, so that most reach the fast path.
      const pieces = k % 2 ? PIECES : PIECES.filter((p) => !/[é€\u0001\u2028]/.test(p));
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      const expected = contractLexer.tokenize(text);
      if (expected.errors.length === 0) clean++;
      expect(shape(tokenize(text)), JSON.stringify(text)).toBe(shape(expected));
    }
    expect(clean).toBeGreaterThan(8000);
  });

  it('gives the tokens of the Chevrotain lexer, for every example and fixture', () => {
    const root = path.join(__dirname, '../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.contract')) files.push(p);
      }
    };
    walk(path.join(root, 'examples'));
    walk(path.join(root, 'test/fixtures'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      expect(shape(tokenize(text)), f).toBe(shape(contractLexer.tokenize(text)));
    }
  });
});
