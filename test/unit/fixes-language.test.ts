/**
 * The quick fixes of the language rules: applying each fix to a fixture
 * removes the diagnostic it was offered for and introduces no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { snippetTitle, snippetToText } from '../../server/core/rules/util.js';
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
    // The title leaves the values to choose open: it never reads as a deadline Clausewise chose.
    expect(fix.title).toBe('Replace "as soon as reasonably practicable" with "within N business days/days/hours"');
    expect(fix.snippet).toBe('within ${1:5} ${2|business days,days,hours|}');
    expect(fix.preferred).toBe(false);
    expect(applyFix(text, fix)).toContain('restore\n      service within 5 business days, in line with');
    expect(d.data).toMatchObject({ lexiconId: 'as-soon-as-possible', phrase: 'as soon as\n      reasonably practicable' });
  });

  it('shows in a title the numbers to choose as N and every option of a choice, and keeps words to replace', () => {
    expect(snippetTitle('within ${1:48} ${2|hours,business days|}')).toBe('within N hours/business days');
    expect(snippetTitle('${1:99.9}% monthly uptime')).toBe('N% monthly uptime');
    expect(snippetTitle('${1|at least monthly,at least quarterly,at least weekly,at least yearly|}')).toBe('at least monthly/at least quarterly/…');
    expect(snippetTitle('as set out in ${1:this contract}')).toBe('as set out in this contract');
    expect(snippetTitle('no tab stops')).toBe('no tab stops');
    // The plain edit still holds the defaults, for clients without snippets.
    expect(snippetToText('within ${1:48} ${2|hours,business days|}')).toBe('within 48 hours');
    const text = readRuleFixture('vague-term/bad.contract');
    for (const d of analyze(text).diagnostics) for (const f of d.fixes) expect(f.title, f.title).not.toMatch(/\d+ (?:business days|hours|days)"/);
  });

  it('adds a missing schedule as a clause after the last clause', () => {
    const text = readRuleFixture('undefined-reference/bad.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'undefined-reference' && x.message.includes('Exhibit 2'))!;
    expect(d.data).toEqual({ kind: 'Exhibit', id: '2', clauseName: 'exhibit_2' });
    const fixed = applyFix(text, d.fixes[0]!);
    expect(fixed).toContain('  clause exhibit_2 "Exhibit 2: Named users" {\n    text """\n      What this attachment contains.\n    """\n  }\n}');
  });
});
