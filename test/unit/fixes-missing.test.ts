/**
 * Quick fixes of the missing-clause family: each inserts a skeleton at the
 * conventional place; applying it removes the diagnostic and adds no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_CONFIG, type Diagnostic, type Fix, type ResolvedConfig } from '../../server/core/index.js';
import { applyFix, badFixtures, expectFixWorks } from '../helpers/apply-fix.js';

const CODES = [
  'missing-party',
  'missing-scope',
  'missing-sla',
  'missing-payment',
  'missing-data-protection',
  'missing-term',
  'missing-termination',
  'missing-reporting',
  'missing-required-clause',
];

/** Checks a skeleton fix: it comes with tab stops, and it works like any other fix. */
function checkFix(text: string, config: ResolvedConfig, d: Diagnostic, fix: Fix, before: Diagnostic[]): void {
  expect(fix.snippet, 'a skeleton comes with tab stops').toMatch(/\$\{1[:|]/);
  expectFixWorks(text, config, d, fix, before);
}

describe('missing-clause fixes on the fixtures', () => {
  for (const code of CODES) {
    for (const { name, text, config } of badFixtures(code)) {
      it(`${code}/${name}`, () => {
        const before = analyze(text, config).diagnostics;
        const mine = before.filter((x) => x.code === code && x.fixes.length);
        // Every missing-* diagnostic offers its skeleton, except the second-provider case.
        expect(mine.length + before.filter((x) => x.code === code && x.data?.['extraProvider'] !== undefined).length).toBeGreaterThan(0);
        for (const d of mine) for (const fix of d.fixes) checkFix(text, config, d, fix, before);
      });
    }
  }
});

const MINIMAL = `// A contract with nothing but its parties.
contract "Bare Agreement" {
  id "X-1"
  party provider acme "Acme LLC"
  party client globex "Globex Corp"
}
`;

describe('missing-clause fixes, placement', () => {
  it('applying every skeleton in turn yields a contract with no missing-* diagnostic and no error', () => {
    let text = MINIMAL;
    const config: ResolvedConfig = { ...DEFAULT_CONFIG, requiredClauses: ['confidentiality'] };
    for (let round = 0; round < CODES.length; round++) {
      const d = analyze(text, config).diagnostics.find((x) => x.code.startsWith('missing-') && x.fixes.length);
      if (!d) break;
      text = applyFix(text, d.fixes[0]!);
    }
    const ds = analyze(text, config).diagnostics;
    expect(ds.filter((d) => d.code.startsWith('missing-')).map((d) => d.code)).toEqual([]);
    expect(ds.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    // The blocks stand in the conventional order.
    const order = ['party', 'scope', 'sla', 'payment', 'data_protection', 'term', 'termination', 'reporting', 'clause'].map((k) => text.indexOf(`\n  ${k} `));
    expect(order.every((o) => o > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('a required liability clause is added as the liability block the checker reads, with tab stops', () => {
    const config: ResolvedConfig = { ...DEFAULT_CONFIG, requiredClauses: ['liability'] };
    const d = analyze(MINIMAL, config).diagnostics.find((x) => x.code === 'missing-required-clause')!;
    expect(d.fixes[0]!.title).toBe('Add a liability block');
    expect(d.fixes[0]!.snippet).toContain('liability {\n    cap ${1:12} months fees');
    const after = analyze(applyFix(MINIMAL, d.fixes[0]!), config).diagnostics;
    expect(after.filter((x) => x.code === 'missing-required-clause' || x.code === 'missing-liability')).toEqual([]);
  });

  it('missing-sla names the first service of the scope', () => {
    const text = MINIMAL.replace('  party client globex "Globex Corp"\n', '  party client globex "Globex Corp"\n  scope {\n    service mail "Email hosting"\n  }\n');
    const d = analyze(text).diagnostics.find((x) => x.code === 'missing-sla')!;
    expect(d.fixes[0]!.edits[0]!.newText).toContain('sla availability for mail {');
  });

  it('missing-scope adds a service at the end of an empty scope, indented one level deeper', () => {
    const text = MINIMAL.replace('  id "X-1"\n', '  id "X-1"\n  scope {\n    exclude "Printers"\n  }\n');
    const d = analyze(text).diagnostics.find((x) => x.code === 'missing-scope')!;
    expect(d.range.start).toEqual({ line: 3, character: 2 });
    expect(applyFix(text, d.fixes[0]!)).toContain('  scope {\n    exclude "Printers"\n    service support "Description of the service" {\n      hours 24x7\n    }\n  }\n');
  });

  it('missing-party inserts the missing client after the provider', () => {
    const text = MINIMAL.replace('  party client globex "Globex Corp"\n', '');
    const d = analyze(text).diagnostics.find((x) => x.code === 'missing-party')!;
    expect(d.message).toContain('names no client');
    expect(applyFix(text, d.fixes[0]!)).toContain('  party provider acme "Acme LLC"\n\n  party client client_name "Client legal name" {\n');
  });

  it('missing-party inserts the missing provider before the first client', () => {
    const text = MINIMAL.replace('  party provider acme "Acme LLC"\n', '');
    const d = analyze(text).diagnostics.find((x) => x.code === 'missing-party')!;
    expect(d.message).toContain('names no provider');
    expect(applyFix(text, d.fixes[0]!)).toContain('  id "X-1"\n  party provider provider_name "Provider legal name" {\n    address "Registered address"\n    notices "Email address for formal notices"\n  }\n\n  party client globex "Globex Corp"\n');
  });

  it('missing-party does not guess when a party has no role', () => {
    const text = MINIMAL.replace('party client globex', 'party globex');
    const codes = analyze(text).diagnostics.map((d) => d.code);
    expect(codes).toContain('syntax-error');
    expect(codes).not.toContain('missing-party');
  });

  it('keeps CRLF line endings', () => {
    const text = MINIMAL.replace(/\n/g, '\r\n');
    const d = analyze(text).diagnostics.find((x) => x.code === 'missing-term')!;
    expect(d.fixes[0]!.edits[0]!.newText.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
