/**
 * Runs every rule fixture under test/fixtures/rules/<code>/ and checks that
 * every code in the catalogue has a fixture that triggers it and one that must not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../server/core/index.js';
import { CATALOGUE_V1 } from '../helpers/catalogue.js';
import { checkFixture } from '../helpers/fixtures.js';

const ROOT = path.join(__dirname, '../fixtures/rules');
const folders = fs.existsSync(ROOT) ? fs.readdirSync(ROOT).sort() : [];

describe('rule fixtures', () => {
  for (const folder of folders) {
    for (const file of fs.readdirSync(path.join(ROOT, folder)).filter((f) => f.endsWith('.contract')).sort()) {
      it(`${folder}/${file}`, () => {
        const text = fs.readFileSync(path.join(ROOT, folder, file), 'utf8');
        const { problems } = checkFixture(text, { v1: CATALOGUE_V1.includes(folder) });
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  }
});

describe('catalogue coverage', () => {
  // The family codes are about several files checked together: their fixtures are folders (family-fixtures.test.ts).
  for (const code of RULE_CODES.filter((c) => !c.startsWith('family-'))) {
    it(`${code} has a triggering and a non-triggering fixture`, () => {
      const dir = path.join(ROOT, code);
      expect(fs.existsSync(dir), `missing folder test/fixtures/rules/${code}`).toBe(true);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.contract'));
      const triggers = files.filter((f) => checkFixture(fs.readFileSync(path.join(dir, f), 'utf8')).expectations.some((e) => e.code === code));
      expect(triggers.length, `no fixture in ${code}/ expects ${code}`).toBeGreaterThan(0);
      expect(files.length - triggers.length, `no fixture in ${code}/ that must not trigger ${code}`).toBeGreaterThan(0);
    });
  }
});
