/**
 * The quick fixes of the term, renewal and termination rules: applying each fix to a fixture
 * removes the diagnostic it was offered for and introduces no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { applyFix, expectEveryFixWorks, readRuleFixture } from '../helpers/apply-fix.js';

/** The codes that offer fixes (renewal-notice-too-long offers none: the right notice is a business decision). */
const CODES = ['renewal-no-notice', 'termination-no-cause', 'termination-no-convenience', 'termination-no-transition', 'termination-fee-unclear'];

describe('term fixes', () => {
  for (const code of CODES) {
    it(`${code}: every fix removes the diagnostic it was offered for and adds no error`, () => {
      const tried = expectEveryFixWorks(code);
      expect(tried, `${code} offers at least one fix`).toBeGreaterThan(0);
    });
  }

  it('appends the notice period to an automatic renewal', () => {
    const text = readRuleFixture('renewal-no-notice/bad.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'renewal-no-notice')!;
    expect(applyFix(text, d.fixes[0]!)).toContain('    renewal automatic 12 months notice 60 days\n');
    const empty = readRuleFixture('renewal-no-notice/bad-empty-notice.contract');
    const e = analyze(empty).diagnostics.find((x) => x.code === 'renewal-no-notice')!;
    expect(applyFix(empty, e.fixes[0]!)).toContain('    renewal automatic 12 months notice 60 days\n');
  });

  it('inserts missing termination statements at the end of the termination block', () => {
    const text = readRuleFixture('termination-no-transition/bad.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'termination-no-transition')!;
    expect(applyFix(text, d.fixes[0]!)).toContain('    for_cause either cure 30 days\n    transition 60 days\n  }');
    const cause = readRuleFixture('termination-no-cause/bad.contract');
    const c = analyze(cause).diagnostics.find((x) => x.code === 'termination-no-cause')!;
    expect(c.fixes[0]!.snippet).toContain('for_cause ${1|either,client,provider|} cure ${2:30} days');
    expect(applyFix(cause, c.fixes[0]!)).toContain('    transition 60 days\n    for_cause either cure 30 days\n  }');
  });

  it('offers months of fees or the default currency for a bare termination fee, neither preferred', () => {
    const text = readRuleFixture('termination-fee-unclear/bad-bare-number.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'termination-fee-unclear')!;
    expect(d.fixes.map((f) => applyFix(text, f).match(/for_convenience .*/)![0])).toEqual([
      'for_convenience client notice 90 days fee 2 months',
      'for_convenience client notice 90 days fee 2 USD',
    ]);
    expect(d.fixes.every((f) => f.preferred === false)).toBe(true);
  });

  it('offers no fix where the right value is a business decision', () => {
    for (const f of ['renewal-notice-too-long/bad.contract', 'termination-fee-unclear/bad-words.contract']) {
      const text = readRuleFixture(f);
      const d = analyze(text).diagnostics.find((x) => f.startsWith(x.code))!;
      expect(d.fixes).toEqual([]);
    }
  });
});
