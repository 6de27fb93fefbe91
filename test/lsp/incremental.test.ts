/**
 * The incremental re-parse must equal a full parse after any edit: random
 * edits (characters that matter to the syntax included) over every rule and
 * LSP fixture, chained as an editor would, compared with `parse` each time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parse, type ParseResult } from '../../grammar/index.js';
import { incrementalStats, reparse } from '../../server/lsp/incremental.js';

const RULES = path.join(__dirname, '../fixtures/rules');
const LSP = path.join(__dirname, '../fixtures/lsp');

/** The LSP fixtures (many edits each) and the first bad fixture of every rule (a few edits each). */
function fixtureFiles(): { file: string; edits: number }[] {
  const out = fs
    .readdirSync(LSP)
    .filter((f) => f.endsWith('.contract'))
    .sort()
    .map((f) => ({ file: path.join(LSP, f), edits: 60 }));
  for (const folder of fs.readdirSync(RULES).sort()) {
    const first = fs.readdirSync(path.join(RULES, folder)).filter((f) => f.startsWith('bad') && f.endsWith('.contract')).sort()[0];
    if (first) out.push({ file: path.join(RULES, folder, first), edits: 12 });
  }
  return out;
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['x', 'a', '1', '5', ' ', '  ', '%', 'days', ' USD', ',', '\n', '{', '}', '"', '"""', '//', '/*', '*/', '-', 'monthly', '2027-02-30', 'ö'];

/** The parts of a parse that must be equal (the line index is compared by its line starts). */
function comparable(p: ParseResult): string {
  // Serialised, because a deep structural comparison of whole trees is slow.
  return JSON.stringify({ statements: p.statements, comments: p.comments, issues: p.issues, ast: p.ast, starts: p.lines.starts, text: p.text });
}

describe('incremental re-parse', () => {
  const files = fixtureFiles();

  it('has fixtures to edit', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const { file, edits } of files) {
    it(`equals a full parse after random edits: ${path.relative(path.join(__dirname, '../fixtures'), file)}`, () => {
      const rnd = random(file.length * 7919 + 17);
      let text = fs.readFileSync(file, 'utf8');
      let previous: ParseResult = parse(text);
      for (let i = 0; i < edits; i++) {
        const at = Math.floor(rnd() * (text.length + 1));
        if (rnd() < 0.35 && text.length > 0) {
          const len = 1 + Math.floor(rnd() * 3);
          text = text.slice(0, at) + text.slice(at + len);
        } else {
          const piece = PIECES[Math.floor(rnd() * PIECES.length)]!;
          text = text.slice(0, at) + piece + text.slice(at);
        }
        const incremental = reparse(previous, text);
        const full = parse(text);
        expect(comparable(incremental), `edit ${i} at ${at}`).toBe(comparable(full));
        // Typing that keeps the syntax intact: undo syntax damage half of the time, as a user would.
        if (full.issues.length && rnd() < 0.5) {
          text = fs.readFileSync(file, 'utf8');
          previous = reparse(incremental, text);
          expect(comparable(previous)).toBe(comparable(parse(text)));
        } else previous = incremental;
      }
    });
  }

  it('equals a full parse after random edits of a CRLF document', () => {
    const rnd = random(4242);
    let text = fs.readFileSync(path.join(LSP, 'managed-services.contract'), 'utf8').replace(/\n/g, '\r\n');
    let previous = parse(text);
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const piece = rnd() < 0.2 ? '\r\n' : PIECES[Math.floor(rnd() * PIECES.length)]!;
      text = text.slice(0, at) + piece + text.slice(at);
      const incremental = reparse(previous, text);
      expect(comparable(incremental), `edit ${i} at ${at}`).toBe(comparable(parse(text)));
      previous = incremental.issues.length ? parse((text = fs.readFileSync(path.join(LSP, 'managed-services.contract'), 'utf8').replace(/\n/g, '\r\n'))) : incremental;
    }
  });

  it('equals a full parse when an edit nests a statement past the nesting limit, and never overflows', () => {
    // A clean document nested close to the limit; pasting balanced braces into its innermost statement crosses it.
    const depth = MAX_NESTING - 2;
    const text = 'contract "Deep" {\n' + 'x {\n'.repeat(depth - 1) + 'y "a"\n' + '}\n'.repeat(depth);
    const previous = parse(text);
    expect(previous.issues).toEqual([]);
    const at = text.indexOf('"a"') + 3;
    for (const piece of [' { { { } } }', ' ' + '{ '.repeat(10_000) + '} '.repeat(10_000)]) {
      const edited = text.slice(0, at) + piece + text.slice(at);
      const result = reparse(parse(text), edited);
      expect(comparable(result)).toBe(comparable(parse(edited)));
      expect(result.issues.some((i) => i.code === 'nesting-too-deep')).toBe(true);
    }
  });

  it('takes the incremental path for edits inside strings and values', () => {
    const before = incrementalStats.incremental;
    const text = fs.readFileSync(path.join(__dirname, '../fixtures/lsp/managed-services.contract'), 'utf8');
    let previous = parse(text);
    let current = text;
    const at = text.indexOf('Help desk support') + 4;
    for (let i = 0; i < 20; i++) {
      current = current.slice(0, at) + 'x' + current.slice(at);
      previous = reparse(previous, current);
      expect(comparable(previous)).toBe(comparable(parse(current)));
    }
    expect(incrementalStats.incremental - before).toBe(20);
  });
});
