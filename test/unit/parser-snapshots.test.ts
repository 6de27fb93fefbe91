/**
 * Parser snapshot tests (rust-analyzer `test_data` style): every file in
 * test/fixtures/parser/ok/ and err/ is parsed, and a compact, readable dump of
 * its syntax tree and issues is compared with the `.tree` file beside it.
 * Update the dumps with `npx vitest run -u test/unit/parser-snapshots.test.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult, type Span, type Statement, type Value } from '../../grammar/index.js';

const ROOT = path.join(__dirname, '../fixtures/parser');

/** A 1-based `line:col-line:col` range, as editors show it. */
function at(p: ParseResult, span: Span): string {
  const r = p.lines.range(span);
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** One value: its kind and, where the kind does not say it all, its reading. */
function value(v: Value): string {
  switch (v.kind) {
    case 'string':
    case 'textblock':
      return `${v.kind}${v.terminated ? '' : '(unterminated)'} ${JSON.stringify(v.value)}`;
    case 'duration':
      return `duration(${v.amount} ${v.unit})`;
    case 'money':
      return `money(${v.amount} ${v.currency})`;
    case 'percent':
      return `percent(${v.value})`;
    case 'number':
      return `number(${v.value})`;
    case 'date':
      return `date(${v.text}${v.valid ? '' : ', invalid'})`;
    case 'comma':
      return ',';
    default:
      return `${v.kind}(${v.text})`;
  }
}

function statement(p: ParseResult, s: Statement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const head = s.keyword ?? value(s.head);
  const args = s.args.map(value).join(' ');
  out.push(`${pad}${head}${args ? ' ' + args : ''}  @${at(p, s.lineSpan)}`);
  if (s.block) {
    for (const inner of s.block.statements) statement(p, inner, depth + 1, out);
    out.push(`${pad}} ${s.block.close ? `@${at(p, s.block.close)}` : '(never closed)'}`);
  }
}

/** The compact dump of a parse: statements, comments, AST summary and issues. */
export function dump(text: string): string {
  const p = parse(text);
  const out: string[] = [];
  for (const s of p.statements) statement(p, s, 0, out);
  for (const c of p.comments) out.push(`comment(${c.kind}${c.terminated ? '' : ', unterminated'}) @${at(p, c.span)}`);
  for (const m of p.ast.misplaced) out.push(`misplaced ${m.stmt.keyword ?? '?'} in ${m.block} @${at(p, m.stmt.head.span)}`);
  out.push(`contracts: ${p.ast.contracts.map((c) => JSON.stringify(c.title?.value ?? null)).join(', ') || 'none'}; prose: ${p.ast.prose.length}`);
  out.push(p.issues.length ? 'issues:' : 'issues: none');
  for (const i of p.issues) out.push(`  ${at(p, i.span)} ${i.message}`);
  return out.join('\n') + '\n';
}

for (const kind of ['ok', 'err'] as const) {
  describe(`parser ${kind}/`, () => {
    const files = fs.readdirSync(path.join(ROOT, kind)).filter((f) => f.endsWith('.contract')).sort();
    it('has fixtures', () => {
      expect(files.length).toBeGreaterThan(5);
    });
    for (const file of files) {
      it(file, async () => {
        const text = fs.readFileSync(path.join(ROOT, kind, file), 'utf8');
        const p = parse(text);
        if (kind === 'ok') expect(p.issues.map((i) => i.message)).toEqual([]);
        else expect(p.issues.length).toBeGreaterThan(0);
        // Every span lies inside the document.
        for (const i of p.issues) expect(0 <= i.span.start && i.span.start <= i.span.end && i.span.end <= text.length).toBe(true);
        await expect(dump(text)).toMatchFileSnapshot(path.join(ROOT, kind, file.replace(/\.contract$/, '.tree')));
      });
    }
  });
}
