/**
 * One problem, one report (issue 10): over every fixture contract
 * (test/fixtures/**\/*.contract) and every example, no two diagnostics share
 * the same range — two rules flagging exactly the same text are one problem
 * told twice. Each file is checked with its own fixture configuration.
 *
 * One place is shared by design: the head of a statement that opens a block
 * (`contract "…"`, `sla availability for servers`, `payment`). What a block
 * lacks (no payment term, no late fee, no measurement) has no text of its own,
 * so each such finding points at the block's head line; those are different
 * problems at one anchor, and are not counted.
 *
 * {@link ALLOWED} lists pairs that are known and owned elsewhere, each with
 * who removes it; an entry that no longer occurs fails the test, so the list
 * only shrinks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type Statement } from '../../grammar/index.js';
import { analyze, type Diagnostic } from '../../server/core/index.js';
import { parseFixture } from '../helpers/fixtures.js';

const ROOT = path.join(__dirname, '../..');

function contracts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...contracts(p));
    else if (entry.name.endsWith('.contract')) out.push(p);
  }
  return out;
}

const FILES = [...contracts(path.join(ROOT, 'test/fixtures')), ...contracts(path.join(ROOT, 'examples'))].map((f) => path.relative(ROOT, f).split(path.sep).join('/')).sort();

/**
 * Known pairs of codes at one range, as `file: line:col-line:col codeA + codeB`
 * (1-based, codes sorted), with the reason and who removes them.
 */
const ALLOWED: Record<string, string> = {};

type Range = Diagnostic['range'];
const rangeKey = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
const at = (d: Diagnostic) => rangeKey(d.range);

/** The ranges of the heads of the statements that open a block (the anchors of what a block lacks). */
function blockHeads(text: string): Set<string> {
  const p = parse(text);
  const out = new Set<string>();
  const walk = (statements: readonly Statement[]) => {
    for (const s of statements) {
      if (!s.block) continue;
      out.add(rangeKey(p.lines.range(s.lineSpan)));
      out.add(rangeKey(p.lines.range(s.head.span)));
      walk(s.block.statements);
    }
  };
  walk(p.statements);
  return out;
}


/** The pairs of diagnostics of one file that share a range, as ALLOWED keys with their messages. */
export function sameRangePairs(file: string, diagnostics: readonly Diagnostic[], anchors: ReadonlySet<string> = new Set()): { key: string; detail: string }[] {
  const byRange = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const k = at(d);
    if (anchors.has(k)) continue;
    const list = byRange.get(k);
    if (list) list.push(d);
    else byRange.set(k, [d]);
  }
  const out: { key: string; detail: string }[] = [];
  for (const [range, list] of byRange) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!].sort((x, y) => x.code.localeCompare(y.code) || x.message.localeCompare(y.message)) as [Diagnostic, Diagnostic];
        out.push({ key: `${file}: ${range} ${a.code} + ${b.code}`, detail: `\n      ${a.code}: ${a.message}\n      ${b.code}: ${b.message}` });
      }
    }
  }
  return out;
}

describe('no rule reports the same range twice', () => {
  it('covers the fixtures and examples', () => {
    expect(FILES.length).toBeGreaterThan(300);
    expect(FILES.some((f) => f.startsWith('examples/'))).toBe(true);
  });

  it('no two diagnostics of a fixture or example share a range', () => {
    const found: { key: string; detail: string }[] = [];
    for (const file of FILES) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const { config } = parseFixture(text);
      found.push(...sameRangePairs(file, analyze(text, config).diagnostics, blockHeads(text)));
    }
    const unexpected = found.filter((p) => ALLOWED[p.key] === undefined);
    expect(unexpected.map((p) => p.key), `${unexpected.length} pair(s) of diagnostics at the same range (one problem reported twice):\n  ${unexpected.map((p) => p.key + p.detail).join('\n  ')}`).toEqual([]);
    const keys = new Set(found.map((p) => p.key));
    const stale = Object.keys(ALLOWED).filter((k) => !keys.has(k));
    expect(stale, `ALLOWED entries that no longer occur (remove them):\n  ${stale.join('\n  ')}`).toEqual([]);
  });

  it('finds a pair at one range, and none at different ranges', () => {
    const d = (code: string, start: number, end: number): Diagnostic =>
      ({ code, message: code, severity: 'warning', range: { start: { line: 0, character: start }, end: { line: 0, character: end } } }) as Diagnostic;
    expect(sameRangePairs('f', [d('b', 1, 4), d('a', 1, 4), d('c', 1, 5)]).map((p) => p.key)).toEqual(['f: 1:2-1:5 a + b']);
    expect(sameRangePairs('f', [d('a', 1, 4), d('b', 2, 4)])).toEqual([]);
    expect(sameRangePairs('f', [d('a', 1, 4), d('b', 1, 4)], new Set(['1:2-1:5']))).toEqual([]);
  });
});
