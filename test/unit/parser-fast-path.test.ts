/**
 * The parser's fast path (grammar/parser.ts `fastCst`) must give every document
 * it accepts the syntax tree Chevrotain's CstParser gives it: random documents
 * of the language's tokens, most with matching braces, are built into trees
 * through both, and the trees and issues compared. Documents the fast path
 * declines (a stray block or `}`, an unclosed block) must be the ones that need
 * Chevrotain's error recovery. The tree `parse` builds from the scanned tokens
 * directly (grammar/tree.ts `buildTreeFromScan`) must be that same tree, with
 * the same issues in the same order, for every document the fast path accepts.
 */
import { describe, expect, it } from 'vitest';
import { chevrotainCst, parseTokens } from '../../grammar/parser.js';
import { contractLexer, scanTokens } from '../../grammar/tokens.js';
import { buildTree, buildTreeFromScan } from '../../grammar/tree.js';
import { MAX_NESTING, parse } from '../../grammar/index.js';
import fs from 'node:fs';
import path from 'node:path';
// The seedable generator of the benchmarks (mulberry32): the same documents on every run.
import { random } from '../../bench/generate.mjs';

const PARTS = ['sla', 'x', ',', ' , ', ' w {', '{', '}', '\n', '\n', ' ', '"s"', '"""t\n u"""', '12', '5 days', '3%', '@', '// c\n', '/* b */', '2027-01-02', '\r\n', 'uptime 99%', ',\n\n'];

function document(rnd: () => number): string {
  let text = '';
  let depth = 0;
  const len = Math.floor(rnd() * 40);
  for (let i = 0; i < len; i++) {
    let p = PARTS[Math.floor(rnd() * PARTS.length)]!;
    if (p === '}' && depth === 0 && rnd() < 0.9) p = 'b';
    if (p.endsWith('{')) depth++;
    if (p === '}') depth--;
    text += p;
  }
  if (rnd() < 0.8) while (depth-- > 0) text += '\n}';
  return text;
}

/** The tree and issues built from a CST, as plain data. */
function treeOf(text: string, cst: (tokens: ReturnType<typeof contractLexer.tokenize>['tokens']) => ReturnType<typeof parseTokens>): string {
  const { cst: node, errors } = cst(contractLexer.tokenize(text).tokens);
  const issues: unknown[] = [];
  const statements = buildTree(node, issues as never);
  return JSON.stringify({ statements, issues, errors: errors.map((e) => [e.name, e.token.startOffset]) });
}

/** The tree and issues built from the scanned tokens, as {@link treeOf} gives them, or undefined when the scan or its tree declines. */
function scanTreeOf(text: string, maxNesting = MAX_NESTING): string | undefined {
  const scanned = scanTokens(text);
  if (!scanned) return undefined;
  const issues: unknown[] = [];
  const statements = buildTreeFromScan(text, scanned, maxNesting, issues as never);
  return statements && JSON.stringify({ statements, issues, errors: [] });
}

describe('parser fast path', () => {
  it('builds the tree Chevrotain builds, for random documents', () => {
    const rnd = random(19);
    let fast = 0;
    let fromScans = 0;
    for (let i = 0; i < 3000; i++) {
      const text = document(rnd);
      const tokens = contractLexer.tokenize(text).tokens;
      const viaChevrotain = chevrotainCst(tokens);
      if (viaChevrotain.errors.length === 0) fast++;
      expect(treeOf(text, parseTokens), text).toBe(treeOf(text, chevrotainCst));
      // The tree from the scan, when it builds one, is the same.
      const fromScan = scanTreeOf(text);
      if (fromScan !== undefined) {
        fromScans++;
        expect(fromScan, text).toBe(treeOf(text, parseTokens));
      }
    }
    expect(fromScans).toBeGreaterThan(1000);
    // Most documents are well formed, as most real ones are: the comparison covers the fast path.
    expect(fast).toBeGreaterThan(1000);
  });

  it('builds the tree Chevrotain builds, for every example and parser fixture', () => {
    const root = path.join(__dirname, '../..');
    const files = [
      ...fs.readdirSync(path.join(root, 'examples')).map((f) => path.join(root, 'examples', f)),
      ...['ok', 'err'].flatMap((d) => fs.readdirSync(path.join(root, 'test/fixtures/parser', d)).map((f) => path.join(root, 'test/fixtures/parser', d, f))),
    ].filter((f) => f.endsWith('.contract'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      expect(treeOf(text, parseTokens), f).toBe(treeOf(text, chevrotainCst));
      const fromScan = scanTreeOf(text);
      if (fromScan !== undefined) expect(fromScan, f).toBe(treeOf(text, parseTokens));
    }
  });

  it('builds the tree from the scan up to the nesting limit, and leaves deeper blocks to the parser', () => {
    const nested = (depth: number) => `${'a {\n'.repeat(depth)}b 1 day\n${'}\n'.repeat(depth)}`;
    expect(scanTreeOf(nested(3), 3)).toBe(treeOf(nested(3), parseTokens));
    expect(scanTreeOf(nested(4), 3)).toBeUndefined();
    expect(scanTreeOf(nested(MAX_NESTING))).toBeDefined();
    expect(scanTreeOf(nested(MAX_NESTING + 1))).toBeUndefined();
    // Past the limit, parse drops the deepest block, as it always has.
    expect(parse(nested(MAX_NESTING + 1)).issues.map((i) => i.code)).toEqual(['nesting-too-deep']);
  });

  it('leaves stray and unclosed braces to Chevrotain, which reports them', () => {
    for (const text of ['{\n}', 'a {\n', 'a\n}\n', 'a {\n  b {\n}', 'a\n{ b }']) {
      expect(parse(text).issues.length, text).toBeGreaterThan(0);
      expect(treeOf(text, parseTokens), text).toBe(treeOf(text, chevrotainCst));
      expect(scanTreeOf(text), text).toBeUndefined();
    }
  });
});
