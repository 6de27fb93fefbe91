/**
 * The quick fixes of the language rules: applying each fix to a fixture
 * removes the diagnostic it was offered for and introduces no new error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic, type Fix } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';

const ROOT = path.join(__dirname, '../fixtures/rules');
const CODES = ['vague-term', 'agreement-to-agree', 'verbal-agreement', 'undefined-reference'];

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

describe('language fixes', () => {
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

  it('replaces a vague phrase, even one split over two lines, with its measurable wording', () => {
    const text = fs.readFileSync(path.join(ROOT, 'vague-term/bad.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'vague-term' && x.message.startsWith('"as soon as reasonably practicable"'))!;
    expect(d.range.end.line).toBe(d.range.start.line + 1);
    const fix = d.fixes[0]!;
    expect(fix.title).toBe('Replace "as soon as reasonably practicable" with "within 4 hours"');
    expect(fix.snippet).toBe('within ${1:4} hours');
    expect(fix.preferred).toBe(false);
    expect(apply(text, fix)).toContain('restore\n      service within 4 hours, in line with');
    expect(d.data).toMatchObject({ lexiconId: 'as-soon-as-possible', phrase: 'as soon as\n      reasonably practicable' });
  });

  it('adds a missing schedule as a clause after the last clause', () => {
    const text = fs.readFileSync(path.join(ROOT, 'undefined-reference/bad.contract'), 'utf8');
    const d = analyze(text).diagnostics.find((x) => x.code === 'undefined-reference' && x.message.includes('Exhibit 2'))!;
    expect(d.data).toEqual({ kind: 'Exhibit', id: '2', clauseName: 'exhibit_2' });
    const fixed = apply(text, d.fixes[0]!);
    expect(fixed).toContain('  clause exhibit_2 "Exhibit 2: Details" {\n    text """\n      The contents of Exhibit 2.\n    """\n  }\n}');
  });
});
