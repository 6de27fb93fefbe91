/**
 * Quick fix of the references family: duplicate-name offers to rename the
 * second occurrence to a free name; applying it removes the diagnostic and
 * adds no new error.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { badFixtures, expectFixWorks } from '../helpers/apply-fix.js';

describe('duplicate-name fixes', () => {
  for (const { name, text, config } of badFixtures('duplicate-name')) {
    it(`${name}: renaming removes the duplicate and adds no error`, () => {
      const before = analyze(text, config).diagnostics;
      const dups = before.filter((d) => d.code === 'duplicate-name');
      expect(dups.length).toBeGreaterThan(0);
      for (const d of dups) {
        expect(d.fixes).toHaveLength(1);
        const { after } = expectFixWorks(text, config, d, d.fixes[0]!, before, { label: name });
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
