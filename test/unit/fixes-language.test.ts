/**
 * The quick fixes of the language rules: applying each fix to a fixture
 * removes the diagnostic it was offered for and introduces no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { applyFix, expectEveryFixWorks, readRuleFixture } from '../helpers/apply-fix.js';

const CODES = ['vague-term', 'agreement-to-agree', 'verbal-agreement', 'undefined-reference', 'number-mismatch'];

describe('language fixes', () => {
  for (const code of CODES) {
    it(`${code}: every fix removes the diagnostic it was offered for and adds no error`, () => {
      const tried = expectEveryFixWorks(code);
      expect(tried, `${code} offers at least one fix`).toBeGreaterThan(0);
    });
  }

  it('replaces a vague phrase, even one split over two lines, with its measurable wording', () => {
    const text = readRuleFixture('vague-term/bad.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'vague-term' && x.message.startsWith('"as soon as reasonably practicable"'))!;
    expect(d.range.end.line).toBe(d.range.start.line + 1);
    const fix = d.fixes[0]!;
    expect(fix.title).toBe('Replace "as soon as reasonably practicable" with "within 5 business days"');
    expect(fix.snippet).toBe('within ${1:5} ${2|business days,days,hours|}');
    expect(fix.preferred).toBe(false);
    expect(applyFix(text, fix)).toContain('restore\n      service within 5 business days, in line with');
    expect(d.data).toMatchObject({ lexiconId: 'as-soon-as-possible', phrase: 'as soon as\n      reasonably practicable' });
  });

  it('adds a missing schedule as a clause after the last clause', () => {
    const text = readRuleFixture('undefined-reference/bad.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'undefined-reference' && x.message.includes('Exhibit 2'))!;
    expect(d.data).toEqual({ kind: 'Exhibit', id: '2', clauseName: 'exhibit_2' });
    const fixed = applyFix(text, d.fixes[0]!);
    expect(fixed).toContain('  clause exhibit_2 "Exhibit 2: Named users" {\n    text """\n      What this attachment contains.\n    """\n  }\n}');
  });
});
