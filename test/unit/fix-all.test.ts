/**
 * Fix all writes no term the drafter did not choose. Applied as the language
 * server applies it (`fixAllEdits`: the mechanical fixes only, one per
 * diagnostic, none overlapping) to every bad rule fixture and both examples,
 * it adds no amount, duration, percentage, regulation, currency, date or
 * quoted text that was not in the source; the only new words are a mechanical
 * fix's own correction of a misspelling. And every fix keeps the contract of
 * the core's `Fix`: only a mechanical fix is preferred, and a fix that chooses
 * values carries a snippet whose every chosen value is a tab stop, numbered in
 * reading order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance, parse } from '../../grammar/index.js';
import { analyze, type Diagnostic, type Fix } from '../../server/core/index.js';
import { REGULATION_IDS } from '../../server/core/regulations.js';
import { snippetToText } from '../../server/core/rules/util.js';
import { fixAllEdits, mechanicalFixOf } from '../../server/lsp/code-actions.js';
import { badFixturesAndExamples } from '../helpers/apply-fix.js';

const cases = badFixturesAndExamples;

/** Applies LSP-style edits (line/character ranges of `text`). */
function applyLspEdits(text: string, edits: ReturnType<typeof fixAllEdits>): string {
  const lines = parse(text).lines;
  let out = text;
  const spans = edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText }));
  for (const e of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text outside comments (a fixture's expectations are comments). */
function code(text: string): string {
  const p = parse(text);
  let out = '';
  let at = 0;
  for (const c of [...p.comments].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, c.span.start) + ' ';
    at = c.span.end;
  }
  return out + text.slice(at);
}

const REGULATIONS = new Set<string>(REGULATION_IDS);

/** The terms of a contract's text that state business values, each as `kind:text`. */
function terms(text: string): Set<string> {
  const src = code(text);
  const out = new Set<string>();
  // Quoted text first (its numbers are part of it), then what stands outside quotes.
  const rest = src.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"/g, (q) => {
    out.add(`text:${q.replace(/\s+/g, ' ')}`);
    return ' ';
  });
  for (const m of rest.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) out.add(`date:${m[0]}`);
  const noDates = rest.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  for (const m of noDates.matchAll(/(?<![\w.])\d[\d_]*(?:\.\d+)?(?:x\d+)?/g)) out.add(`number:${m[0]}`);
  for (const m of noDates.matchAll(/(?<![\w.])(\d[\d_]*(?:\.\d+)?)\s*%/g)) out.add(`percent:${m[1]}`);
  for (const m of noDates.matchAll(/(?<![\w.])(\d[\d_]*(?:\.\d+)?)\s+([a-z_]+)/g)) out.add(`quantity:${m[1]} ${m[2]}`);
  for (const m of noDates.matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g)) {
    if (REGULATIONS.has(m[0])) out.add(`regulation:${m[0]}`);
    else if (/^[A-Z]{3}$/.test(m[0])) out.add(`currency:${m[0]}`);
  }
  return out;
}

/**
 * The new words a mechanical fix may bring: the correction of a misspelt word
 * (one word replacing a word close to it), and the unit words it adds (`days`
 * after a credit when the SLA's other credits are days). Never a number or text.
 */
function corrections(text: string, fixes: readonly Fix[]): { corrected: Set<string>; units: Set<string> } {
  const corrected = new Set<string>();
  const units = new Set<string>();
  for (const f of fixes) {
    for (const e of f.edits) {
      const before = text.slice(e.span.start, e.span.end);
      const after = e.newText.trim();
      if (/^\w+$/.test(before) && /^\w+$/.test(after) && editDistance(before.toLowerCase(), after.toLowerCase()) <= Math.max(2, before.length / 3)) corrected.add(after);
      if (before === '' && /^[a-z_]+$/.test(after)) units.add(after);
    }
  }
  return { corrected, units };
}

/** Which diagnostic's fix each mechanical fix of `ds` is. */
function mechanicalFixes(ds: readonly Diagnostic[]): Fix[] {
  return ds.map(mechanicalFixOf).filter((f): f is Fix => f !== undefined);
}

const ALL = cases();

describe('Fix all applies only mechanical fixes', () => {
  it('has fixtures and both examples to work on', () => {
    expect(ALL.length).toBeGreaterThan(100);
    expect(ALL.filter((c) => c.name.startsWith('examples/'))).toHaveLength(2);
  });

  let applied = 0;
  for (const c of ALL) {
    it(`${c.name}: adds no amount, duration, percentage, regulation, currency, date or text`, () => {
      const { diagnostics, parse: parsed } = analyze(c.text, c.config);
      const edits = fixAllEdits(parsed, diagnostics);
      if (!edits.length) return;
      applied++;
      const fixed = applyLspEdits(c.text, edits);
      const had = terms(c.text);
      const { corrected, units } = corrections(c.text, mechanicalFixes(diagnostics));
      const added = [...terms(fixed)].filter((t) => {
        if (had.has(t)) return false;
        const [kind, value] = [t.slice(0, t.indexOf(':')), t.slice(t.indexOf(':') + 1)];
        // A corrected unit (`15 mins` to `15 minutes`), regulation or currency is the misspelt word's correction.
        if (kind === 'quantity') {
          const [n, unit] = value.split(' ') as [string, string];
          return !(had.has(`number:${n}`) && (corrected.has(unit) || units.has(unit)));
        }
        if (kind === 'percent') return !had.has(`number:${value}`);
        if (kind === 'regulation' || kind === 'currency') return !(corrected.has(value) || (kind === 'currency' && had.has(`currency:${value}`)));
        return true;
      });
      expect(added, `Fix all wrote terms the drafter did not choose in ${c.name}:\n${fixed}`).toEqual([]);
    });
  }

  it('applied Fix all somewhere', () => {
    expect(applied).toBeGreaterThan(10);
  });

  it('the vague example: Fix all writes no expense cap, due date, notice, data-protection block or measurement', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../examples/vague-services.contract'), 'utf8');
    const { diagnostics, parse: parsed } = analyze(text);
    const fixed = applyLspEdits(text, fixAllEdits(parsed, diagnostics));
    for (const invented of ['expenses cap 1000', 'due 30 days', 'notice 60 days', 'data_protection {', 'measured_by', 'named engineers']) {
      expect(fixed.includes(invented) && !text.includes(invented), invented).toBe(false);
    }
  });
});

/** The value tab stops of a snippet, in the order they appear: `[number, default]`. */
function tabStops(snippet: string): [number, string][] {
  return [...snippet.matchAll(/\$\{(\d+)(?::([^${}]*)|\|([^|}]*)\|)\}|\$(\d+)/g)].map((m) => [Number(m[1] ?? m[4]), m[2] ?? m[3] ?? '']);
}

/** A snippet with every tab stop removed: the text the fix writes whatever the drafter chooses. */
function fixedText(snippet: string): string {
  let out = snippet;
  let prev: string;
  do {
    prev = out;
    out = out.replace(/\$\{\d+(?::[^${}]*|\|[^|}]*\|)\}/g, '\u0001');
  } while (out !== prev);
  return out.replace(/\$\d+/g, '\u0001');
}

/** A value in written text: a number, quoted words, or a code in capitals (a regulation or currency). */
const VALUE = /(?<![\w$])\d[\d_.]*|"[^"]*"|\b[A-Z][A-Z0-9_]{2,}\b/g;

describe('every fix keeps the contract of Fix', () => {
  const seen = new Set<string>();
  for (const c of ALL) {
    it(`${c.name}`, () => {
      const { diagnostics } = analyze(c.text, c.config);
      const source = code(c.text);
      for (const d of diagnostics) {
        const mechanical = d.fixes.filter((f) => f.mechanical);
        expect(mechanical.length, `${d.code}: at most one mechanical fix per problem`).toBeLessThanOrEqual(1);
        for (const f of d.fixes) {
          const label = `${c.name} ${d.code} "${f.title}"`;
          seen.add(`${d.code}|${f.mechanical ? 'm' : 'c'}`);
          if (f.preferred) expect(f.mechanical, `${label}: only a mechanical fix is preferred`).toBe(true);
          if (f.mechanical) {
            expect(f.snippet, `${label}: a mechanical fix chooses nothing, so it needs no tab stops`).toBeUndefined();
            continue;
          }
          const writes = f.edits.map((e) => e.newText).join('');
          if (f.snippet === undefined) {
            // number-mismatch writes one of the drafter's own two readings ("30 (thirteen)": 13 or thirty).
            if (d.code === 'number-mismatch') continue;
            // Without a snippet a choice may only remove text, or write words and values the contract already holds.
            for (const m of writes.matchAll(VALUE)) expect(source.includes(m[0]), `${label}: a fix that writes a new value ("${m[0]}") carries a snippet`).toBe(true);
            continue;
          }
          expect(f.edits, `${label}: a snippet fix has one edit`).toHaveLength(1);
          expect(snippetToText(f.snippet), `${label}: the snippet and its plain edit agree`).toBe(f.edits[0]!.newText);
          // Tab stops are numbered in reading order: each first appearance is the next number.
          const order: number[] = [];
          for (const [n] of tabStops(f.snippet)) if (!order.includes(n)) order.push(n);
          expect(order, `${label}: tab stops in reading order`).toEqual(order.map((_, i) => i + 1));
          // Outside its tab stops the snippet writes no value that the contract does not already hold.
          const fixedPart = fixedText(f.snippet);
          for (const m of fixedPart.matchAll(VALUE)) {
            // Quotes pair up in order; a string whose words are a tab stop is the drafter's.
            if (m[0].includes('\u0001') || m[0] === '""') continue;
            expect(source.includes(m[0]), `${label}: "${m[0]}" is chosen by the fix but is not a tab stop:\n${f.snippet}`).toBe(true);
          }
        }
      }
    });
  }

  it('saw mechanical fixes and choices', () => {
    expect([...seen].filter((s) => s.endsWith('|m')).length).toBeGreaterThan(5);
    expect([...seen].filter((s) => s.endsWith('|c')).length).toBeGreaterThan(30);
  });
});
