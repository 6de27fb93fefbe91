// Fixes a rule passes as a function are built only when read, once, and a
// build that throws leaves the diagnostic without fixes (the rule run stays guarded).
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyzeParsed, DEFAULT_CONFIG } from '../../server/core/index.js';
import type { Fix, Rule } from '../../server/core/types.js';

const TEXT = 'contract "A" {\n}\n';
const FIX: Fix = { title: 'Do it', edits: [{ span: { start: 0, end: 0 }, newText: 'x' }] };

function rule(fixes: () => Fix[]): Rule {
  return {
    code: 'missing-scope',
    severity: 'warning',
    category: 'missing',
    description: 'test',
    check({ report }) {
      report({ message: 'm', span: { start: 0, end: 1 }, fixes });
    },
  };
}

describe('lazy fixes', () => {
  it('builds the fixes on first read only, and keeps them', () => {
    let built = 0;
    const [d] = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [rule(() => (built++, [FIX]))]);
    expect(built).toBe(0);
    expect(d!.fixes).toEqual([FIX]);
    expect(d!.fixes).toEqual([FIX]);
    expect(built).toBe(1);
  });

  it('gives no fixes when building them throws', () => {
    const [d] = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [rule(() => { throw new Error('boom'); })]);
    expect(d!.message).toBe('m');
    expect(d!.fixes).toEqual([]);
  });

  it('serialises like eager fixes', () => {
    const [lazy] = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [rule(() => [FIX])]);
    const eager = { ...rule(() => [FIX]), check: ({ report }: Parameters<Rule['check']>[0]) => report({ message: 'm', span: { start: 0, end: 1 }, fixes: [FIX] }) };
    const [plain] = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [eager]);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(plain)));
    expect(structuredClone(lazy)).toEqual(structuredClone(plain));
  });

  it('a fix list can still be replaced', () => {
    const [d] = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [rule(() => [FIX])]);
    d!.fixes = [];
    expect(d!.fixes).toEqual([]);
  });
});
