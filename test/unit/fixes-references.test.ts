/**
 * Quick fix of the references family: duplicate-name offers to rename the
 * second occurrence to a free name; applying it removes the diagnostic and
 * adds no new error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Fix } from '../../server/core/index.js';

const ROOT = path.join(__dirname, '../fixtures/rules/duplicate-name');

/** Applies a fix's edits (which never overlap) to a text. */
function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

describe('duplicate-name fixes', () => {
  for (const file of fs.readdirSync(ROOT).filter((f) => f.startsWith('bad'))) {
    it(`${file}: renaming removes the duplicate and adds no error`, () => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const before = analyze(text).diagnostics;
      const dups = before.filter((d) => d.code === 'duplicate-name');
      expect(dups.length).toBeGreaterThan(0);
      for (const d of dups) {
        expect(d.fixes).toHaveLength(1);
        const after = analyze(apply(text, d.fixes[0]!)).diagnostics;
        expect(after.filter((x) => x.code === 'duplicate-name')).toHaveLength(dups.length - 1);
        const errorsBefore = before.filter((x) => x.severity === 'error').length;
        expect(after.filter((x) => x.severity === 'error').length).toBe(errorsBefore - 1);
      }
    });
  }

  it('picks a name that is still free', () => {
    const text = `contract "T" {
  party provider acme "Acme LLC"
  party client globex "Globex Corp"
  clause notes "Notes" { text "First." }
  clause notes_2 "More notes" { text "Second." }
  clause notes "Even more notes" { text "Third." }
}
`;
    const d = analyze(text).diagnostics.find((x) => x.code === 'duplicate-name')!;
    expect(d.message).toContain('on line 4');
    expect(d.fixes[0]!.title).toBe('Rename to `notes_3`');
    expect(d.range.start).toEqual({ line: 5, character: 9 });
  });
});
