/**
 * The quick fixes of the data-protection rules: applying each fix to a fixture
 * removes the diagnostic it was offered for and introduces no new error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic, type Fix } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';

const ROOT = path.join(__dirname, '../fixtures/rules');
const CODES = ['dp-no-breach-notice', 'dp-breach-notice-too-slow', 'dp-no-regulation', 'dp-no-access-control', 'dp-no-data-return'];

/** Applies a fix's edits (last first, so earlier offsets stay valid). */
function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

function count(ds: Diagnostic[], pred: (d: Diagnostic) => boolean): number {
  return ds.filter(pred).length;
}

/** The fixtures of a code that expect it. */
function badFixtures(code: string): { name: string; text: string }[] {
  const dir = path.join(ROOT, code);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('bad') && f.endsWith('.contract'))
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

describe('data-protection fixes', () => {
  for (const code of CODES) {
    it(`${code}: every fix removes the diagnostic it was offered for and adds no error`, () => {
      let tried = 0;
      for (const { name, text } of badFixtures(code)) {
        const before = analyze(text).diagnostics;
        const targets = before.filter((d) => d.code === code);
        expect(targets.length, `${name} expects ${code}`).toBeGreaterThan(0);
        for (const d of targets) {
          for (const fix of d.fixes) {
            tried++;
            const label = `${name}: ${fix.title}`;
            if (fix.snippet !== undefined && fix.edits.length === 1) expect(snippetToText(fix.snippet), label).toBe(fix.edits[0]!.newText);
            const after = analyze(apply(text, fix)).diagnostics;
            expect(count(after, (x) => x.code === code), label).toBeLessThan(count(before, (x) => x.code === code));
            const errors = (ds: Diagnostic[], c: string) => count(ds, (y) => y.code === c && y.severity === 'error');
            const newErrors = after.filter((x) => x.severity === 'error' && errors(after, x.code) > errors(before, x.code));
            expect(newErrors.map((x) => `${x.code}: ${x.message}`), label).toEqual([]);
          }
        }
      }
      expect(tried, `${code} offers at least one fix`).toBeGreaterThan(0);
    });
  }

  it('inserts a missing breach_notice as the last line of the block, indented like its statements', () => {
    const text = fs.readFileSync(path.join(ROOT, 'dp-no-breach-notice/bad.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'dp-no-breach-notice')!;
    const fixed = apply(text, d.fixes[0]!);
    expect(fixed).toContain('    return_data within 30 days after termination\n    breach_notice within 72 hours\n  }');
  });

  it('suggests the strictest deadline of the regulations the contract names', () => {
    const text = fs.readFileSync(path.join(ROOT, 'dp-no-breach-notice/bad-hipaa-only.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'dp-no-breach-notice')!;
    expect(d.fixes[0]!.edits[0]!.newText).toContain('breach_notice within 60 days');
    expect(d.fixes[0]!.snippet).toContain('breach_notice within ${1:60} days');
  });

  it('shortens a slow breach notice to the regulation deadline', () => {
    const text = fs.readFileSync(path.join(ROOT, 'dp-breach-notice-too-slow/bad-4-days.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'dp-breach-notice-too-slow')!;
    expect(d.fixes[0]!.edits[0]!.newText).toBe('72 hours');
    expect(d.data).toEqual({ regulation: 'GDPR', deadline: '72 hours' });
  });

  it('does not mark choices that are legal decisions as preferred fixes', () => {
    const reg = analyze(fs.readFileSync(path.join(ROOT, 'dp-no-regulation/bad.contract'), 'utf8')).diagnostics.find((x) => x.code === 'dp-no-regulation')!;
    expect(reg.fixes[0]!.preferred).toBe(false);
    expect(reg.fixes[0]!.snippet).toContain('${1|GDPR,HIPAA,CCPA,PCI_DSS,SOC2,ISO27001|}');
  });
});
