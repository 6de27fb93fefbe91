/**
 * Quick fixes of the "sla" family: every fix offered on a bad fixture, once
 * applied, removes the diagnostic it was offered for and adds no new error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic, type Fix, type ResolvedConfig } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';
import { parseFixture } from '../helpers/fixtures.js';

const ROOT = path.join(__dirname, '../fixtures/rules');

/** Applies a fix's edits to a text, last edit first so that offsets stay valid. */
function applyFix(text: string, fix: Fix): string {
  return [...fix.edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

function count(diags: Diagnostic[], pred: (d: Diagnostic) => boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of diags) if (pred(d)) m.set(d.code, (m.get(d.code) ?? 0) + 1);
  return m;
}

/** Every (diagnostic, fix) pair of `code` in a fixture, with the text after the fix and the diagnostics before and after. */
function fixCases(code: string, file: string) {
  const text = fs.readFileSync(path.join(ROOT, code, file), 'utf8');
  const { config } = parseFixture(text);
  const before = analyze(text, config).diagnostics;
  const cases = before
    .filter((d) => d.code === code)
    .flatMap((d) => d.fixes.map((fix) => ({ d, fix, fixed: applyFix(text, fix) })));
  return { text, config, before, cases };
}

/** Checks that a fix removes one diagnostic of its code and adds no error. */
function expectFixWorks(code: string, before: Diagnostic[], fixed: string, config: ResolvedConfig): Diagnostic[] {
  const after = analyze(fixed, config).diagnostics;
  expect(after.filter((d) => d.code === code).length, `after the fix:\n${fixed}`).toBe(before.filter((d) => d.code === code).length - 1);
  const errorsBefore = count(before, (d) => d.severity === 'error');
  const errorsAfter = count(after, (d) => d.severity === 'error');
  for (const [c, n] of errorsAfter) {
    const allowed = (errorsBefore.get(c) ?? 0) - (c === code ? 1 : 0);
    expect(n, `new error ${c}: ${after.find((d) => d.code === c)?.message}`).toBeLessThanOrEqual(allowed);
  }
  return after;
}

const FIXABLE: [code: string, file: string, fixes: number][] = [
  ['sla-no-target', 'bad.contract', 2],
  ['sla-unmeasurable', 'bad.contract', 3],
  ['sla-no-window', 'bad.contract', 2],
  ['sla-no-window', 'bad-once.contract', 1],
  ['sla-no-measurement', 'bad.contract', 1],
  ['sla-no-remedy', 'bad.contract', 2],
  ['sla-unknown-service', 'bad.contract', 1],
  ['service-without-sla', 'bad.contract', 1],
];

describe('sla quick fixes', () => {
  for (const [code, file, expected] of FIXABLE) {
    it(`${code}/${file}: each fix removes its diagnostic and adds no error`, () => {
      const { before, config, cases } = fixCases(code, file);
      expect(cases.length).toBe(expected);
      for (const { fix, fixed } of cases) {
        expectFixWorks(code, before, fixed, config);
        if (fix.snippet && fix.edits.length === 1) expect(snippetToText(fix.snippet)).toBe(fix.edits[0]!.newText);
      }
    });
  }

  it('inserts measured_by as the last line of the SLA, indented like its statements', () => {
    const { cases } = fixCases('sla-no-measurement', 'bad.contract');
    expect(cases[0]!.fixed).toContain(`    credit_cap 50%\n    measured_by "Ticket timestamps in the provider's service desk"\n  }\n\n  sla incidents`);
  });

  it('ties the credit it adds to the uptime the SLA promises, and uses per-breach credits otherwise', () => {
    const { cases } = fixCases('sla-no-remedy', 'bad.contract');
    expect(cases.map((c) => c.fix.edits[0]!.newText.trim())).toEqual(['credit 10% when below 99.9%', 'credit 5% per breach']);
  });

  it('adds a monthly window right after the percentage, or in place of `once`', () => {
    expect(fixCases('sla-no-window', 'bad.contract').cases[0]!.fixed).toContain('    uptime 99.9% monthly\n');
    expect(fixCases('sla-no-window', 'bad-once.contract').cases[0]!.fixed).toContain('    uptime 99.9% monthly\n');
  });

  it('suggests the nearest service name, and none for a name nothing resembles', () => {
    const { before } = fixCases('sla-unknown-service', 'bad.contract');
    const unknown = before.filter((d) => d.code === 'sla-unknown-service');
    expect(unknown.map((d) => d.fixes.map((f) => f.edits[0]!.newText))).toEqual([['servers'], []]);
    expect(unknown[0]!.data).toEqual({ suggestions: ['servers'] });
  });
});
