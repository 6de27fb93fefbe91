/**
 * Quick fixes of the syntax family (unknown-statement, invalid-date,
 * unknown-currency, missing-unit): applying any fix removes the diagnostic it
 * was offered for; applying the preferred (or only) fix also adds no new
 * error. Alternatives, such as another unit, are the user's informed choice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { applyFix, badFixtures, expectFixWorks } from '../helpers/apply-fix.js';

const CODES = ['unknown-statement', 'invalid-date', 'unknown-currency', 'missing-unit'];

describe('syntax fixes', () => {
  let checked = 0;
  for (const code of CODES) {
    for (const { name, text, config } of badFixtures(code)) {
      it(`${code}/${name}: every fix works`, () => {
        const before = analyze(text, config).diagnostics;
        for (const d of before.filter((x) => CODES.includes(x.code))) {
          for (const fix of d.fixes) {
            expectFixWorks(text, config, d, fix, before, { noNewError: fix.preferred === true || d.fixes.length === 1 });
            checked++;
          }
        }
      });
    }
  }
  it('checked some fixes', () => {
    expect(checked).toBeGreaterThan(10);
  });
});

const CONTRACT = (body: string) => `contract "Test" {\n  party provider acme "Acme LLC"\n  party client globex "Globex Corp"\n${body}\n}\n`;

describe('syntax fixes, exact edits', () => {
  it('unknown-statement replaces a typo with the nearest keyword', () => {
    const text = CONTRACT('  term {\n    initail 12 months\n  }');
    const d = analyze(text).diagnostics.find((x) => x.code === 'unknown-statement')!;
    expect(d.message).toContain('did you mean `initial`?');
    expect(applyFix(text, d.fixes[0]!)).toContain('    initial 12 months\n');
    expect(d.data).toMatchObject({ suggestion: 'initial' });
  });

  it('unknown-statement says where a statement belongs; with no such block it offers no fix', () => {
    const d = analyze(CONTRACT('  payment {\n    uptime 99.9% monthly\n  }')).diagnostics.find((x) => x.code === 'unknown-statement')!;
    expect(d.message).toBe('`uptime` belongs inside an `sla` block, not in a `payment` block: move this line there.');
    expect(d.fixes).toEqual([]);
  });

  it('unknown-statement moves a line into the only block where it belongs', () => {
    const text = CONTRACT('  payment {\n    fee 100 USD monthly\n    review quarterly // every quarter\n  }\n  reporting {\n    report monthly "SLA performance"\n  }');
    const d = analyze(text).diagnostics.find((x) => x.code === 'unknown-statement')!;
    expect(d.fixes.map((f) => f.title)).toEqual(['Move `review` to the `reporting` block']);
    expect(applyFix(text, d.fixes[0]!)).toBe(
      CONTRACT('  payment {\n    fee 100 USD monthly\n  }\n  reporting {\n    report monthly "SLA performance"\n    review quarterly\n  }'),
    );
  });

  it('unknown-statement moves contract metadata out of a block to its conventional place', () => {
    const text = 'contract "Test" {\n  id "A-1"\n  party provider acme "Acme LLC"\n  term {\n    effective 2027-01-01\n    initial 12 months\n  }\n}\n';
    const d = analyze(text).diagnostics.find((x) => x.code === 'unknown-statement')!;
    expect(d.message).toContain('`effective` belongs inside a `contract` block');
    expect(applyFix(text, d.fixes[0]!)).toBe('contract "Test" {\n  id "A-1"\n  effective 2027-01-01\n  party provider acme "Acme LLC"\n  term {\n    initial 12 months\n  }\n}\n');
  });

  it('unknown-statement offers no move when two blocks could take the line', () => {
    const text = CONTRACT('  term {\n    credit 5% per breach\n  }\n  sla a for x {\n    uptime 99% monthly\n  }\n  sla b for y {\n    uptime 99% monthly\n  }');
    const d = analyze(text).diagnostics.find((x) => x.code === 'unknown-statement')!;
    expect(d.fixes).toEqual([]);
  });

  it('invalid-date offers the last day of the month', () => {
    const text = CONTRACT('  effective 2028-02-30');
    const d = analyze(text).diagnostics.find((x) => x.code === 'invalid-date')!;
    expect(d.message).toContain('February 2028 has 29 days');
    expect(applyFix(text, d.fixes[0]!)).toContain('effective 2028-02-29');
  });

  it('invalid-date offers no fix for a month that does not exist', () => {
    const d = analyze(CONTRACT('  effective 2027-00-10')).diagnostics.find((x) => x.code === 'invalid-date')!;
    expect(d.fixes).toEqual([]);
  });

  it('unknown-currency suggests common currencies first, as choices unless the contract already uses one', () => {
    const text = CONTRACT('  payment {\n    fee 100 GPB monthly\n  }');
    const d = analyze(text).diagnostics.find((x) => x.code === 'unknown-currency')!;
    expect(d.data?.['suggestions']).toContain('GBP');
    // No other amount says which currency was meant: every suggestion is a tab stop, none is preferred.
    expect(d.fixes.some((f) => f.preferred || f.mechanical)).toBe(false);
    const gbp = d.fixes.find((f) => f.title === 'Change to GBP')!;
    expect(gbp.snippet).toBe('${1:GBP}');
    expect(applyFix(text, gbp)).toContain('fee 100 GBP monthly');
    // The other amounts are in pounds: correcting the typo to GBP is mechanical.
    const own = CONTRACT('  payment {\n    fee 100 GPB monthly\n    expenses cap 50 GBP monthly\n  }');
    const e = analyze(own).diagnostics.find((x) => x.code === 'unknown-currency')!;
    expect(e.fixes[0]).toMatchObject({ title: 'Change to GBP', mechanical: true, preferred: true });
    expect(applyFix(own, e.fixes[0]!)).toContain('fee 100 GBP monthly');
  });

  it('missing-unit adds a percent sign and, for durations, a unit', () => {
    const text = CONTRACT('  term {\n    initial 1\n  }\n  data_protection {\n    breach_notice within 72\n  }');
    const ds = analyze(text).diagnostics.filter((x) => x.code === 'missing-unit');
    expect(ds.map((d) => d.fixes.map((f) => f.title))).toEqual([
      ['Add month (1 month)', 'Add year (1 year)'],
      ['Add hours (72 hours)', 'Add days (72 days)'],
    ]);
    expect(applyFix(text, ds[0]!.fixes[0]!)).toContain('initial 1 month\n');
    const pct = CONTRACT('  sla a for b {\n    uptime 99.5 monthly\n  }');
    const d = analyze(pct).diagnostics.find((x) => x.code === 'missing-unit')!;
    expect(applyFix(pct, d.fixes[0]!)).toContain('uptime 99.5% monthly');
  });

  it('missing-unit: a unit is a choice (a tab stop), a percent sign where only a percentage fits is mechanical', () => {
    const text = CONTRACT('  term {\n    initial 1\n  }\n  sla a for b {\n    uptime 99.5 monthly\n  }');
    const ds = analyze(text).diagnostics.filter((x) => x.code === 'missing-unit');
    expect(ds[0]!.fixes.map((f) => [f.snippet, !!f.preferred, !!f.mechanical])).toEqual([[' ${1:month}', false, false], [' ${1:year}', false, false]]);
    expect(ds[1]!.fixes.map((f) => [f.title, !!f.preferred, !!f.mechanical])).toEqual([['Add % (99.5%)', true, true]]);
  });

  it('missing-unit reads common abbreviations and capitalised units', () => {
    const cases: [string, string][] = [
      ['  sla a for b {\n    priority high respond within 15 min\n  }', 'respond within 15 minutes\n'],
      ['  term {\n    initial 1 yr\n  }', 'initial 1 year\n'],
      ['  termination {\n    transition 60 Days\n  }', 'transition 60 days\n'],
    ];
    for (const [body, expected] of cases) {
      const text = CONTRACT(body);
      const d = analyze(text).diagnostics.find((x) => x.code === 'missing-unit')!;
      expect(applyFix(text, d.fixes.find((f) => f.preferred)!)).toContain(expected);
    }
  });

  it('missing-unit prefers correcting a misspelt unit', () => {
    const text = CONTRACT('  termination {\n    transition 60 dayz\n  }');
    const d = analyze(text).diagnostics.find((x) => x.code === 'missing-unit')!;
    const preferred = d.fixes.filter((f) => f.preferred);
    expect(preferred).toHaveLength(1);
    expect(applyFix(text, preferred[0]!)).toContain('transition 60 days\n');
  });
});
