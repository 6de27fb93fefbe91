/**
 * The quick fixes of the term, renewal and termination rules: applying each fix to a fixture
 * removes the diagnostic it was offered for and introduces no new error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic, type Fix } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';

const ROOT = path.join(__dirname, '../fixtures/rules');
/** The codes that offer fixes (renewal-notice-too-long offers none: the right notice is a business decision). */
const CODES = ['renewal-no-notice', 'termination-no-cause', 'termination-no-convenience', 'termination-no-transition', 'termination-fee-unclear'];

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

describe('term fixes', () => {
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

  it('appends the notice period to an automatic renewal', () => {
    const text = fs.readFileSync(path.join(ROOT, 'renewal-no-notice/bad.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'renewal-no-notice')!;
    expect(apply(text, d.fixes[0]!)).toContain('    renewal automatic 12 months notice 60 days\n');
    const empty = fs.readFileSync(path.join(ROOT, 'renewal-no-notice/bad-empty-notice.contract'), 'utf8');
    const e = analyze(empty).diagnostics.find((x) => x.code === 'renewal-no-notice')!;
    expect(apply(empty, e.fixes[0]!)).toContain('    renewal automatic 12 months notice 60 days\n');
  });

  it('inserts missing termination statements at the end of the termination block', () => {
    const text = fs.readFileSync(path.join(ROOT, 'termination-no-transition/bad.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'termination-no-transition')!;
    expect(apply(text, d.fixes[0]!)).toContain('    for_cause either cure 30 days\n    transition 60 days\n  }');
    const cause = fs.readFileSync(path.join(ROOT, 'termination-no-cause/bad.contract'), 'utf8');
    const c = analyze(cause).diagnostics.find((x) => x.code === 'termination-no-cause')!;
    expect(c.fixes[0]!.snippet).toContain('for_cause ${1|either,client,provider|} cure ${2:30} days');
    expect(apply(cause, c.fixes[0]!)).toContain('    transition 60 days\n    for_cause either cure 30 days\n  }');
  });

  it('offers months of fees or the default currency for a bare termination fee, neither preferred', () => {
    const text = fs.readFileSync(path.join(ROOT, 'termination-fee-unclear/bad-bare-number.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'termination-fee-unclear')!;
    expect(d.fixes.map((f) => apply(text, f).match(/for_convenience .*/)![0])).toEqual([
      'for_convenience client notice 90 days fee 2 months',
      'for_convenience client notice 90 days fee 2 USD',
    ]);
    expect(d.fixes.every((f) => f.preferred === false)).toBe(true);
  });

  it('offers no fix where the right value is a business decision', () => {
    for (const f of ['renewal-notice-too-long/bad.contract', 'termination-fee-unclear/bad-words.contract']) {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const d = analyze(text).diagnostics.find((x) => f.startsWith(x.code))!;
      expect(d.fixes).toEqual([]);
    }
  });
});
