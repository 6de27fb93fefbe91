/**
 * The currency table (server/core/currencies.ts) against an independent list:
 * the `currency-codes` package (ISO 4217 list one, a devDependency pinned to
 * an exact version). Every difference must be in {@link KNOWN_DIFFERENCES},
 * with its reason, and every entry there must still be a difference — so
 * updating the package to a newer ISO amendment shows what changed, and the
 * table (and this list) are updated on purpose, not by accident.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ISO_4217_ACTIVE, ISO_4217_WITHDRAWN, isCurrency } from '../../server/core/currencies.js';

const require = createRequire(import.meta.url);
const cc = require('currency-codes') as { codes(): string[] };
const publishDate = require('currency-codes/iso-4217-publish-date.js') as string;

/**
 * Known differences between our table and the package's list (its data is
 * ISO list one of the date in `publishDate`). `ours` says which side has the
 * code: `active` (only our table lists it as active) or `withdrawn` (the
 * package still lists it, our table treats it as withdrawn).
 */
const KNOWN_DIFFERENCES: Record<string, { ours: 'active' | 'withdrawn'; why: string }> = {
  XCG: { ours: 'active', why: 'Caribbean guilder, added by ISO 4217 in 2025 (after the package data) for Curaçao and Sint Maarten' },
  ANG: { ours: 'withdrawn', why: 'Netherlands Antillean guilder, replaced by XCG in 2025' },
  BGN: { ours: 'withdrawn', why: 'Bulgarian lev, replaced by EUR when Bulgaria adopted the euro on 1 January 2026' },
  CUC: { ours: 'withdrawn', why: 'Cuban convertible peso, taken out of circulation in 2021; contracts in Cuba are in CUP' },
};

describe('currency table', () => {
  const theirs = new Set(cc.codes());

  it(`matches the currency-codes package (ISO 4217 list one of ${publishDate}) but for the known differences`, () => {
    const onlyOurs = [...ISO_4217_ACTIVE].filter((c) => !theirs.has(c));
    const onlyTheirs = [...theirs].filter((c) => !ISO_4217_ACTIVE.has(c));
    const unexplained = [
      ...onlyOurs.filter((c) => KNOWN_DIFFERENCES[c]?.ours !== 'active').map((c) => `${c}: active in our table, not in currency-codes`),
      ...onlyTheirs.filter((c) => KNOWN_DIFFERENCES[c]?.ours !== 'withdrawn').map((c) => `${c}: in currency-codes, not active in our table`),
    ];
    expect(unexplained, `Differences with no entry in KNOWN_DIFFERENCES (an ISO 4217 amendment? update server/core/currencies.ts or explain the difference):\n  ${unexplained.join('\n  ')}`).toEqual([]);
    const stale = Object.keys(KNOWN_DIFFERENCES).filter((c) => !onlyOurs.includes(c) && !onlyTheirs.includes(c));
    expect(stale, `KNOWN_DIFFERENCES entries that are no longer differences (remove them): ${stale.join(', ')}`).toEqual([]);
  });

  it('a code the package lists that our table withdrew has a successor, and the successor is active', () => {
    for (const [code, d] of Object.entries(KNOWN_DIFFERENCES)) {
      if (d.ours !== 'withdrawn') continue;
      const successor = ISO_4217_WITHDRAWN[code];
      expect(successor, `${code} is treated as withdrawn but ISO_4217_WITHDRAWN names no successor`).toBeDefined();
      expect(isCurrency(successor!), `${code}'s successor ${successor} is not active`).toBe(true);
    }
  });

  it('no withdrawn code is active, and every successor is active', () => {
    for (const [code, successor] of Object.entries(ISO_4217_WITHDRAWN)) {
      expect(isCurrency(code), `${code} is both active and withdrawn`).toBe(false);
      expect(isCurrency(successor), `${code}'s successor ${successor} is not active`).toBe(true);
    }
  });
});
