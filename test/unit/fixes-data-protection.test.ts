/**
 * The quick fixes of the data-protection rules: applying each fix to a fixture
 * removes the diagnostic it was offered for and introduces no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { applyFix, expectEveryFixWorks, readRuleFixture } from '../helpers/apply-fix.js';

const CODES = ['dp-no-breach-notice', 'dp-breach-notice-too-slow', 'dp-no-regulation', 'dp-no-access-control', 'dp-no-data-return'];

describe('data-protection fixes', () => {
  for (const code of CODES) {
    it(`${code}: every fix removes the diagnostic it was offered for and adds no error`, () => {
      const tried = expectEveryFixWorks(code);
      expect(tried, `${code} offers at least one fix`).toBeGreaterThan(0);
    });
  }

  it('inserts a missing breach_notice as the last line of the block, indented like its statements', () => {
    const text = readRuleFixture('dp-no-breach-notice/bad.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'dp-no-breach-notice')!;
    const fixed = applyFix(text, d.fixes[0]!);
    expect(fixed).toContain('    return_data within 30 days after termination\n    breach_notice within 72 hours\n  }');
  });

  it('suggests the strictest deadline of the regulations the contract names', () => {
    const text = readRuleFixture('dp-no-breach-notice/bad-hipaa-only.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'dp-no-breach-notice')!;
    expect(d.fixes[0]!.edits[0]!.newText).toContain('breach_notice within 60 days');
    expect(d.fixes[0]!.snippet).toContain('breach_notice within ${1:60} days');
  });

  it('shortens a slow breach notice to the regulation deadline', () => {
    const text = readRuleFixture('dp-breach-notice-too-slow/bad-4-days.contract');
    const d = analyze(text).diagnostics.find((x) => x.code === 'dp-breach-notice-too-slow')!;
    expect(d.fixes[0]!.edits[0]!.newText).toBe('72 hours');
    expect(d.data).toEqual({ regulation: 'GDPR', deadline: '72 hours' });
  });

  it('does not mark choices that are legal decisions as preferred fixes', () => {
    const reg = analyze(readRuleFixture('dp-no-regulation/bad.contract')).diagnostics.find((x) => x.code === 'dp-no-regulation')!;
    expect(reg.fixes[0]!.preferred).toBe(false);
    expect(reg.fixes[0]!.snippet).toContain('${1|GDPR,UK_GDPR,HIPAA,CCPA,PCI_DSS,SOC2,ISO27001|}');
  });
});
