/**
 * Property tests of the semantic diff (issue 13):
 * - diff(A, A) is empty;
 * - diff(A, A'), where A' is A with its statements shuffled within every
 *   block, laid out again by the formatter at a random indentation, and with
 *   comments added before random statements, is empty;
 * - diff(A, B) and diff(B, A) are mirror images: added ↔ removed, before ↔
 *   after, the same buckets, the favour turned round, problems appeared ↔
 *   disappeared.
 * A ranges over the examples, the diff fixtures and a sample of the rule
 * fixtures without syntax errors; B is A with random numbers changed and
 * random statements deleted or duplicated.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type Statement } from '../../grammar/index.js';
import { DEFAULT_CONFIG } from '../../server/core/config.js';
import { other } from '../../server/core/diff/favour.js';
import { semanticDiff, type Change, type DiffResult } from '../../server/core/diff/index.js';
import { formatContract } from '../../server/core/format.js';

const ROOT = path.resolve(__dirname, '../..');

function contractsIn(dir: string, limit = Infinity): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.length >= limit) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.contract')) {
        const text = fs.readFileSync(p, 'utf8');
        const parsed = parse(text);
        if (parsed.issues.length === 0 && parsed.ast.contracts.length > 0) out.push(text);
      }
    }
  };
  walk(dir);
  return out;
}

const BASES = [...contractsIn(path.join(ROOT, 'examples')), ...contractsIn(path.join(ROOT, 'test/fixtures/diff')), ...contractsIn(path.join(ROOT, 'test/fixtures/rules'), 60)];
const CONFIG = { ...DEFAULT_CONFIG, perspective: 'client' as const };

/** A deterministic shuffle driven by a seed. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const a = [...list];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The text with the statements of every block in another order (each statement keeps its words and its block). */
function reorder(text: string, seed: number): string {
  const write = (s: Statement, depth: number): string => {
    if (!s.block) return text.slice(s.span.start, s.span.end);
    const head = text.slice(s.span.start, s.block.open.end);
    const inner = shuffled(s.block.statements, seed + depth * 7919 + s.span.start).map((c) => write(c, depth + 1));
    return `${head}\n${inner.join('\n')}\n}`;
  };
  return parse(text)
    .statements.map((s) => write(s, 0))
    .join('\n\n');
}

/** Comment lines before some statements, and a trailing comment after some one-line statements. */
function addComments(text: string, seed: number): string {
  const starts: number[] = [];
  const ends: number[] = [];
  const visit = (list: Statement[]) => {
    for (const s of list) {
      starts.push(s.span.start);
      if (!s.block && !s.args.some((v) => v.kind === 'textblock')) ends.push(s.span.end);
      if (s.block) visit(s.block.statements);
    }
  };
  visit(parse(text).statements);
  const edits: [number, string][] = [];
  starts.forEach((p, i) => (seed >> i % 16) & 1 && edits.push([p, `/* moved note ${i} */ `]));
  ends.forEach((p, i) => (seed >> (i + 3) % 16) & 1 && edits.push([p, `  // note ${i}`]));
  edits.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [p, t] of edits) out = out.slice(0, p) + t + out.slice(p);
  return out;
}

/** A version B of A: some numbers changed, some statements deleted or duplicated. */
function mutate(text: string, seed: number): string {
  const parsed = parse(text);
  const numbers: { start: number; end: number; text: string }[] = [];
  const lines: Statement[] = [];
  const visit = (list: Statement[]) => {
    for (const s of list) {
      if (s.block) visit(s.block.statements);
      else lines.push(s);
      for (const v of s.args) {
        if (v.kind === 'percent' || v.kind === 'duration' || v.kind === 'money' || v.kind === 'number') {
          const m = /\d+(?:[._]\d+)*/.exec(v.text);
          if (m) numbers.push({ start: v.span.start + m.index, end: v.span.start + m.index + m[0].length, text: m[0] });
        }
      }
    }
  };
  visit(parsed.statements);
  const edits: { start: number; end: number; text: string }[] = [];
  const pickedNumbers = shuffled(numbers, seed).slice(0, 1 + (seed % 3));
  for (const n of pickedNumbers) edits.push({ start: n.start, end: n.end, text: String(Math.floor(Number(n.text.replace(/_/g, ''))) + 1 + (seed % 5)) });
  const pickedLines = shuffled(lines, seed * 31 + 7).slice(0, seed % 3);
  for (const [i, s] of pickedLines.entries()) {
    if (edits.some((e) => e.start < s.span.end && e.end > s.span.start)) continue;
    if (i % 2 === 0) edits.push({ start: s.span.start, end: s.span.end, text: '' });
    else edits.push({ start: s.span.end, end: s.span.end, text: `\n${text.slice(s.span.start, s.span.end)}` });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A change seen from the other side. */
function mirror(c: Change): Partial<Change> {
  const kind = c.kind === 'added' ? 'removed' : c.kind === 'removed' ? 'added' : 'changed';
  return { kind, before: c.after, after: c.before, bucket: c.bucket, favours: other(c.favours), block: c.block, keyword: c.keyword };
}
const plain = (c: Change): Partial<Change> => ({ kind: c.kind, before: c.before, after: c.after, bucket: c.bucket, favours: c.favours, block: c.block, keyword: c.keyword });
const sortKey = (c: Partial<Change>) => JSON.stringify(c);
const sorted = (list: Partial<Change>[]) => [...list].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
const codes = (r: DiffResult['diagnostics']['appeared']) => r.map((d) => `${d.code} ${d.message}`).sort();

describe('semantic diff properties', () => {
  it(`has bases to work on (${BASES.length})`, () => {
    expect(BASES.length).toBeGreaterThan(20);
  });

  it('diff(A, A) is empty', () => {
    for (const a of BASES) {
      const r = semanticDiff(a, a, CONFIG);
      expect(r.changes).toEqual([]);
      expect(r.diagnostics).toEqual({ appeared: [], disappeared: [] });
    }
  });

  it('diff(A, A reordered, reformatted, comments moved) is empty', () => {
    let moved = 0;
    fc.assert(
      fc.property(fc.nat({ max: BASES.length - 1 }), fc.nat({ max: 0xffff }), fc.integer({ min: 0, max: 8 }), (i, seed, indent) => {
        const a = BASES[i]!;
        const shuffledText = reorder(a, seed);
        const formatted = formatContract(shuffledText, { indent });
        if (!formatted.ok) throw new Error(`the reordered contract does not format: ${formatted.reason}\n${shuffledText}`);
        const b = addComments(formatted.text, seed);
        const r = semanticDiff(a, b, CONFIG, { diagnostics: false });
        expect(r.changes, b).toEqual([]);
        const order = (t: string) => JSON.stringify(parse(t).ast.contracts.map((c) => [c.slas.map((s) => s.name?.text), c.payments.flatMap((p) => p.items.map((m) => m.keyword))]));
        if (order(a) !== order(b)) moved++;
      }),
      { numRuns: 60 },
    );
    // Most runs really moved statements (the property is not vacuous).
    expect(moved).toBeGreaterThan(10);
  });

  it('diff(A, B) and diff(B, A) are mirror images', () => {
    let changed = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat({ max: BASES.length - 1 }), fc.nat({ max: 0xffff }), (i, seed) => {
        const a = BASES[i]!;
        const b = mutate(a, seed);
        const ab = semanticDiff(a, b, CONFIG, { diagnostics: false });
        const ba = semanticDiff(b, a, CONFIG, { diagnostics: false });
        expect(sorted(ba.changes.map(plain))).toEqual(sorted(ab.changes.map(mirror)));
        runs++;
        if (ab.changes.length > 0) changed++;
      }),
      { numRuns: 80 },
    );
    // The mutations do change something most of the time (the property is not vacuous).
    expect(changed).toBeGreaterThan(runs / 2);
  });

  it('problems that appear one way disappear the other way', () => {
    const dir = path.join(ROOT, 'test/fixtures/diff');
    for (const name of fs.readdirSync(dir)) {
      const a = fs.readFileSync(path.join(dir, name, 'old.contract'), 'utf8');
      const b = fs.readFileSync(path.join(dir, name, 'new.contract'), 'utf8');
      const ab = semanticDiff(a, b, CONFIG);
      const ba = semanticDiff(b, a, CONFIG);
      expect(codes(ba.diagnostics.disappeared)).toEqual(codes(ab.diagnostics.appeared));
      expect(codes(ba.diagnostics.appeared)).toEqual(codes(ab.diagnostics.disappeared));
      expect(sorted(ba.changes.map(plain))).toEqual(sorted(ab.changes.map(mirror)));
    }
  });
});
