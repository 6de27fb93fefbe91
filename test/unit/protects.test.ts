/**
 * Whose interest each rule protects: the rule's `protects` (what `perspective`
 * reads), its docs page and the catalogue in docs/rules.md say the same thing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/core/index.js';

const DOCS = path.join(__dirname, '../../docs');
const catalogue = fs.readFileSync(path.join(DOCS, 'rules.md'), 'utf8');

describe('whose interest a rule protects', () => {
  for (const rule of RULES) {
    const protects = rule.protects ?? 'both';
    it(`${rule.code}: the page says it protects ${protects}`, () => {
      const page = fs.readFileSync(path.join(DOCS, 'rules', `${rule.code}.md`), 'utf8');
      const m = /Protects:\s*\**(client|provider|both)/i.exec(page);
      expect(m, `docs/rules/${rule.code}.md has no "Protects:" line`).not.toBeNull();
      expect(m![1]!.toLowerCase()).toBe(protects);
    });
    // The version-2 tables of docs/rules.md have a protects column.
    const row = new RegExp('^\\| `' + rule.code + '` \\| [a-z]+ \\| (client|provider|both) \\|', 'm').exec(catalogue);
    if (row) {
      it(`${rule.code}: docs/rules.md says it protects ${protects}`, () => expect(row[1]).toBe(protects));
    }
  }
});
