// Fixes a rule passes as a function are built only when read, once, and a
// build that throws leaves the diagnostic without fixes (the rule run stays guarded).
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyzeParsed, DEFAULT_CONFIG } from '../../server/core/index.js';
import type { Diagnostic, Fix, Rule } from '../../server/core/types.js';

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

  // The builder holds the syntax tree: once the fixes are read or replaced, nothing may keep it.
  it.each([
    ['read', (d: Diagnostic) => void d.fixes],
    ['replaced', (d: Diagnostic) => void (d.fixes = [])],
  ])('lets go of the builder once the fixes are %s', (_, settle) => {
    const [d] = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [rule(() => [FIX])]);
    expect(builders(d!)).toBe(1);
    settle(d!);
    expect(builders(d!)).toBe(0);
  });

  // An accessor made of new functions for each diagnostic kept every builder, and so every
  // syntax tree, alive until a full garbage collection: lint of 1,000 files spent a third of its time on it.
  it('gives every lazy diagnostic the same accessor functions', () => {
    const ds = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [rule(() => [FIX]), { ...rule(() => [FIX]), code: 'missing-sla' }]);
    expect(ds).toHaveLength(2);
    const [a, b] = ds.map((d) => Object.getOwnPropertyDescriptor(d, 'fixes')!);
    expect(a!.get).toBeTypeOf('function');
    expect(a!.get).toBe(b!.get);
    expect(a!.set).toBe(b!.set);
  });
});

describe('an analysis without fixes', () => {
  it('never builds a fix nor keeps a builder, and reports the same diagnostics', () => {
    let built = 0;
    const lazy = rule(() => (built++, [FIX]));
    const eager = { ...rule(() => [FIX]), code: 'missing-sla', check: ({ report }: Parameters<Rule['check']>[0]) => report({ message: 'e', span: { start: 1, end: 2 }, fixes: [FIX] }) };
    const none = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [lazy, eager], undefined, { fixes: 'none' });
    for (const d of none) {
      expect(Object.getOwnPropertyDescriptor(d, 'fixes')!.get).toBeUndefined();
      expect(d.fixes).toEqual([]);
      expect(builders(d)).toBe(0);
    }
    expect(built).toBe(0);
    const all = analyzeParsed(parse(TEXT), DEFAULT_CONFIG, undefined, [lazy, eager]);
    expect(none).toHaveLength(2);
    expect(none.map((d) => ({ ...d, fixes: [] }))).toEqual(all.map((d) => ({ ...d, fixes: [] })));
  });
});

/** How many functions the diagnostic's own properties (symbols too) hold, the fixes' accessor left aside. */
function builders(d: Diagnostic): number {
  return Reflect.ownKeys(d).filter((k) => k !== 'fixes' && typeof Object.getOwnPropertyDescriptor(d, k)!.value === 'function').length;
}
