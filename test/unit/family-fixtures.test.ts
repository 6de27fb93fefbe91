/**
 * Runs every family fixture folder under test/fixtures/families/<name>/ (the
 * files checked together) and checks that every family code has a folder
 * where it fires and one where it must stay silent (test/fixtures/families/README.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../server/core/index.js';
import { checkFamilyFolder, readFamilyFolder } from '../helpers/family-fixtures.js';

const ROOT = path.join(__dirname, '../fixtures/families');
const folders = fs.readdirSync(ROOT).filter((f) => fs.statSync(path.join(ROOT, f)).isDirectory()).sort();
const FAMILY_CODES = RULE_CODES.filter((c) => c.startsWith('family-'));

describe('family fixtures', () => {
  for (const folder of folders) {
    it(folder, () => {
      const { problems, diagnostics } = checkFamilyFolder(path.join(ROOT, folder));
      expect(problems, problems.join('\n')).toEqual([]);
      // Messages fit the Problems panel (messages.test.ts): at most 300 characters.
      for (const d of [...diagnostics.values()].flat()) expect(d.message.length, d.message).toBeLessThanOrEqual(300);
    });
  }
});

describe('family catalogue coverage', () => {
  const results = folders.map((folder) => {
    const dir = path.join(ROOT, folder);
    const { codes } = readFamilyFolder(dir);
    const { expectations } = checkFamilyFolder(dir);
    const annotated = new Set([...expectations.values()].flat().map((e) => e.code));
    return { folder, codes, annotated };
  });
  it('there are family codes', () => expect(FAMILY_CODES.length).toBe(5));
  for (const code of FAMILY_CODES) {
    it(`${code} fires in one folder and stays silent in another`, () => {
      const fires = results.filter((r) => r.annotated.has(code));
      const silent = results.filter((r) => r.codes.includes(code) && !r.annotated.has(code));
      expect(fires.length, `no folder in test/fixtures/families expects ${code}`).toBeGreaterThan(0);
      expect(silent.length, `no folder in test/fixtures/families names ${code} in expect.json without expecting it`).toBeGreaterThan(0);
    });
  }
  it('every code named in expect.json is a family code', () => {
    for (const r of results) for (const c of r.codes) expect(FAMILY_CODES, `${r.folder}/expect.json`).toContain(c);
  });
});
