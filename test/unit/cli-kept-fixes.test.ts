/**
 * lint settles each diagnostic's fixes as soon as its file is analysed
 * (server/cli/families.ts, KeptFixes), so that no syntax tree outlives its
 * file through a fix built on first read: `none` for the formats that print no
 * fixes, `mechanical` for SARIF, `all` (built lazily, as the core gives them)
 * everywhere else. What is kept must be exactly what the lazy fixes give.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAlone, analyzeFamilies, type KeptFixes } from '../../server/cli/families.js';
import { DEFAULT_CONFIG, type Diagnostic } from '../../server/core/index.js';

const ROOT = path.resolve(__dirname, '../..');
const config = DEFAULT_CONFIG;
// The bad example has mechanical fixes (a misspelt keyword, a currency the contract uses) and others.
const texts = ['examples/vague-services.contract', 'examples/managed-services.contract'].map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'));
const misspelt = 'contract "T" {\n  id "T-1"\n  efective 2027-01-01\n  fee 100 USD monthly\n}\n';
const all = [...texts, misspelt];

/** Whether `fixes` is a plain data property (settled), not a getter that builds on first read. */
function settled(d: Diagnostic): boolean {
  const p = Object.getOwnPropertyDescriptor(d, 'fixes');
  return p !== undefined && 'value' in p && p.get === undefined;
}

const plain = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, range: d.range, message: d.message, fixes: d.fixes }));

describe('the fixes lint keeps', () => {
  const inputs = all.map((text, i) => ({ key: `/t/${i}.contract`, text, config }));
  const lazy = analyzeFamilies(inputs, { keepParses: false }).results;

  it('finds mechanical and other fixes in the lazy results (the comparison below means something)', () => {
    const fixes = lazy.flatMap((r) => r.diagnostics.flatMap((d) => d.fixes));
    expect(fixes.some((f) => f.mechanical === true)).toBe(true);
    expect(fixes.some((f) => f.mechanical !== true)).toBe(true);
  });

  it.each<[KeptFixes, (d: Diagnostic) => Diagnostic['fixes']]>([
    ['none', () => []],
    ['mechanical', (d) => d.fixes.filter((f) => f.mechanical === true)],
  ])('with %s: settled fixes, the same diagnostics, and exactly the kept share of the lazy fixes', (keep, expected) => {
    const kept = analyzeFamilies(inputs, { keepParses: false, fixes: keep }).results;
    kept.forEach((r, i) => {
      for (const d of r.diagnostics) {
        expect(settled(d), `${d.code} settled`).toBe(true);
        // Nor does it keep the function that would have built them (it holds the syntax tree).
        expect(Reflect.ownKeys(d).some((k) => typeof Object.getOwnPropertyDescriptor(d, k)!.value === 'function'), `${d.code} keeps no builder`).toBe(false);
      }
      const want = lazy[i]!.diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message, fixes: expected(d) }));
      expect(plain(r.diagnostics)).toEqual(want);
    });
    // The worker threads' path settles the same way.
    all.forEach((text, i) => expect(plain(analyzeAlone(text, config, keep).diagnostics)).toEqual(plain(kept[i]!.diagnostics)));
  });

  it('leaves the fixes lazy by default (render, the fix path)', () => {
    const ds = analyzeFamilies(inputs, {}).results.flatMap((r) => r.diagnostics);
    expect(ds.some((d) => Object.getOwnPropertyDescriptor(d, 'fixes')?.get !== undefined)).toBe(true);
  });
});
