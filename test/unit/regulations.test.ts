/** The regulations table: the breach-notice deadlines the law sets, and the calendar arithmetic used to compare with them. */
import { describe, expect, it } from 'vitest';
import { REGULATIONS } from '../../grammar/index.js';
import { breachDeadlines, deadlineMinutes, describeRegulation, regulation, REGULATION_IDS, REGULATION_TABLE, worstCaseMinutes } from '../../server/core/regulations.js';

describe('regulations', () => {
  it('covers exactly the words `comply` accepts', () => {
    expect([...REGULATION_IDS]).toEqual([...REGULATIONS]);
  });

  it('sets GDPR at 72 hours (Art. 33) and HIPAA at 60 days (45 CFR 164.404), and no fixed deadline for the others', () => {
    expect(regulation('GDPR')?.breachNotice).toMatchObject({ amount: 72, unit: 'hour', source: 'GDPR Art. 33(1)' });
    expect(regulation('HIPAA')?.breachNotice).toMatchObject({ amount: 60, unit: 'day' });
    expect(regulation('HIPAA')?.breachNotice?.source).toContain('164.404');
    for (const id of ['CCPA', 'PCI_DSS', 'SOC2', 'ISO27001']) expect(regulation(id)?.breachNotice, id).toBeUndefined();
  });

  it('describes every regulation with a name, a description, a breach-notice note and a source', () => {
    for (const r of REGULATION_TABLE) {
      expect(r.name.length).toBeGreaterThan(3);
      expect(r.description).toMatch(/\.$/);
      expect(r.breachNoticeNote).toMatch(/\.$/);
      expect(r.source.length).toBeGreaterThan(3);
      expect(describeRegulation(r)).toContain('Breach notice:');
    }
    expect(describeRegulation(regulation('GDPR')!)).toContain('within 72 hours');
  });

  it('looks up ids case-insensitively and ignores unknown ones', () => {
    expect(regulation('gdpr')?.id).toBe('GDPR');
    expect(regulation('GPDR')).toBeUndefined();
  });

  it('orders deadlines strictest first', () => {
    expect(breachDeadlines(['HIPAA', 'SOC2', 'GDPR', 'GDPR', 'nonsense']).map((r) => r.id)).toEqual(['GDPR', 'HIPAA']);
    expect(breachDeadlines(['SOC2'])).toEqual([]);
    expect(deadlineMinutes(regulation('GDPR')!.breachNotice!)).toBe(72 * 60);
  });

  it('counts business time as the longest calendar time it can take', () => {
    expect(worstCaseMinutes({ amount: 72, unit: 'hour' })).toBe(72 * 60);
    expect(worstCaseMinutes({ amount: 1, unit: 'business_day' })).toBe(3 * 1440);
    expect(worstCaseMinutes({ amount: 5, unit: 'business_day' })).toBe(7 * 1440);
    expect(worstCaseMinutes({ amount: 6, unit: 'business_day' })).toBe(10 * 1440);
    expect(worstCaseMinutes({ amount: 8, unit: 'business_hour' })).toBe(3 * 1440);
    expect(worstCaseMinutes({ amount: 2, unit: 'month' })).toBe(62 * 1440);
  });
});
