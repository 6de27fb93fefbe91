/** vague-term: prose uses a standard that cannot be checked, such as "best efforts", "promptly" or "appropriate measures". */
import type { Span } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { unitSlotStrings } from '../syntax/missing-unit.js';
import { quoted, reportLexicon } from './prose.js';

export const vagueTerm: Rule = {
  code: 'vague-term',
  severity: 'warning',
  category: 'language',
  protects: 'both',
  description: 'Prose uses a standard that nobody can check, such as "best efforts", "promptly", "appropriate measures" or "as needed".',
  check(ctx) {
    const { parse, contracts } = ctx;
    // One problem is reported once: words in quotes where a duration or a percentage is
    // needed (`breach_notice within "without undue delay"`) are reported by the rule that
    // knows the slot (`missing-unit`, `payment-no-due-date`), and words the statement
    // reader rejects as a value are a syntax error; the vague phrase in them is not
    // reported a second time at the same place.
    // Read only once a match asks: most documents have no vague phrase in such a value, and the check then costs nothing.
    let strings: Span[] | undefined;
    const notHere = (): Span[] => {
      const inSlots = unitSlotStrings(parse, contracts);
      const rejected = (v: Span) => parse.issues.some((i) => i.span.start === v.start && i.span.end === v.end);
      return parse.ast.prose.map((p) => p.value.span).filter((v) => inSlots.has(v.start) || rejected(v));
    };
    const covered = (s: Span) => (strings ??= notHere()).some((x) => x.start <= s.start && s.end <= x.end);
    reportLexicon(ctx, 'vague-term', (m) => `${quoted(m)} cannot be checked: ${m.entry.advice}.`, (m) => covered(m.span));
  },
};
