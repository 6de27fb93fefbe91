/**
 * Quick fixes of the syntax family (unknown-statement, invalid-date,
 * unknown-currency, missing-unit): applying any fix removes the diagnostic it
 * was offered for; applying the preferred (or only) fix also adds no new
 * error. Alternatives, such as another unit, are the user's informed choice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic, type Fix, type ResolvedConfig } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';
import { parseFixture } from '../helpers/fixtures.js';

const ROOT = path.join(__dirname, '../fixtures/rules');
const CODES = ['unknown-statement', 'invalid-date', 'unknown-currency', 'missing-unit'];

/** Applies a fix's edits (which never overlap) to a text. */
function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Error-severity diagnostics counted by code and message. */
function errors(ds: Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of ds) if (d.severity === 'error') m.set(`${d.code}: ${d.message}`, (m.get(`${d.code}: ${d.message}`) ?? 0) + 1);
  return m;
}

function checkFix(text: string, config: ResolvedConfig, d: Diagnostic, fix: Fix, before: Diagnostic[], strict: boolean): void {
  if (fix.snippet !== undefined) expect(snippetToText(fix.snippet), 'the snippet and the plain edit agree').toBe(fix.edits[0]!.newText);
  const after = analyze(apply(text, fix), config).diagnostics;
  const same = (x: Diagnostic) => x.code === d.code && x.message === d.message;
  expect(after.filter(same).length, `"${fix.title}" removes: ${d.message}`).toBe(before.filter(same).length - 1);
  if (!strict) return;
  const was = errors(before);
  for (const [key, n] of errors(after)) {
    if (key.startsWith(`${d.code}: `) && key === `${d.code}: ${d.message}`) continue;
    expect(n, `"${fix.title}" adds no error; new: ${key}`).toBeLessThanOrEqual(was.get(key) ?? 0);
  }
}

describe('syntax fixes', () => {
  let checked = 0;
  for (const code of CODES) {
    for (const file of fs.readdirSync(path.join(ROOT, code)).filter((f) => f.startsWith('bad'))) {
      it(`${code}/${file}: every fix works`, () => {
        const text = fs.readFileSync(path.join(ROOT, code, file), 'utf8');
        const { config } = parseFixture(text);
        const before = analyze(text, config).diagnostics;
        for (const d of before.filter((x) => CODES.includes(x.code))) {
          for (const fix of d.fixes) {
            checkFix(text, config, d, fix, before, fix.preferred === true || d.fixes.length === 1);
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
    expect(apply(text, d.fixes[0]!)).toContain('    initial 12 months\n');
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
    expect(apply(text, d.fixes[0]!)).toBe(
      CONTRACT('  payment {\n    fee 100 USD monthly\n  }\n  reporting {\n    report monthly "SLA performance"\n    review quarterly\n  }'),
    );
  });

  it('unknown-statement moves contract metadata out of a block to its conventional place', () => {
    const text = 'contract "Test" {\n  id "A-1"\n  party provider acme "Acme LLC"\n  term {\n    effective 2027-01-01\n    initial 12 months\n  }\n}\n';
    const d = analyze(text).diagnostics.find((x) => x.code === 'unknown-statement')!;
    expect(d.message).toContain('`effective` belongs inside a `contract` block');
    expect(apply(text, d.fixes[0]!)).toBe('contract "Test" {\n  id "A-1"\n  effective 2027-01-01\n  party provider acme "Acme LLC"\n  term {\n    initial 12 months\n  }\n}\n');
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
    expect(apply(text, d.fixes[0]!)).toContain('effective 2028-02-29');
  });

  it('invalid-date offers no fix for a month that does not exist', () => {
    const d = analyze(CONTRACT('  effective 2027-00-10')).diagnostics.find((x) => x.code === 'invalid-date')!;
    expect(d.fixes).toEqual([]);
  });

  it('unknown-currency suggests common currencies first', () => {
    const text = CONTRACT('  payment {\n    fee 100 GPB monthly\n  }');
    const d = analyze(text).diagnostics.find((x) => x.code === 'unknown-currency')!;
    expect(d.data?.['suggestions']).toContain('GBP');
    expect(apply(text, d.fixes.find((f) => f.preferred)!)).toContain('fee 100 GBP monthly');
  });

  it('missing-unit adds a percent sign and, for durations, a unit', () => {
    const text = CONTRACT('  term {\n    initial 1\n  }\n  data_protection {\n    breach_notice within 72\n  }');
    const ds = analyze(text).diagnostics.filter((x) => x.code === 'missing-unit');
    expect(ds.map((d) => d.fixes.map((f) => f.title))).toEqual([
      ['Add month (1 month)', 'Add year (1 year)'],
      ['Add hours (72 hours)', 'Add days (72 days)'],
    ]);
    expect(apply(text, ds[0]!.fixes[0]!)).toContain('initial 1 month\n');
    const pct = CONTRACT('  sla a for b {\n    uptime 99.5 monthly\n  }');
    const d = analyze(pct).diagnostics.find((x) => x.code === 'missing-unit')!;
    expect(apply(pct, d.fixes[0]!)).toContain('uptime 99.5% monthly');
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
      expect(apply(text, d.fixes.find((f) => f.preferred)!)).toContain(expected);
    }
  });

  it('missing-unit prefers correcting a misspelt unit', () => {
    const text = CONTRACT('  termination {\n    transition 60 dayz\n  }');
    const d = analyze(text).diagnostics.find((x) => x.code === 'missing-unit')!;
    const preferred = d.fixes.filter((f) => f.preferred);
    expect(preferred).toHaveLength(1);
    expect(apply(text, preferred[0]!)).toContain('transition 60 days\n');
  });
});
