/** change-unilateral-no-exit: the provider may change terms on its own and the client may not leave. */
import { calendarSpanMinutes, formatSpan } from '../../time.js';
import type { Rule } from '../../types.js';
import { clientCanLeaveOnNotice } from '../term/shared.js';
import { insertInBlockFix } from '../util.js';
import { atRenewal, changeNotice, changeSpan, changeTargets, providerChangeRights } from './shared.js';

export const changeUnilateralNoExit: Rule = {
  code: 'change-unilateral-no-exit',
  severity: 'warning',
  category: 'changes',
  protects: 'client',
  description: 'The provider may change the terms, services or prices on its own, and the client may not leave when a change harms it.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      const rights = providerChangeRights(c);
      if (!rights.length) continue;
      // The client's way out: `client may_terminate` in the changes, or a right to end the agreement on notice.
      if (c.changes.some((b) => b.items.some((m) => m.keyword === 'client')) || clientCanLeaveOnNotice(c)) continue;
      const renewal = c.terms.map((t) => t.renewal).find((r) => r?.mode?.text === 'automatic');
      for (const m of rights) {
        const what = changeTargets(m);
        const block = c.changes.find((b) => b.items.includes(m));
        const fix = block && insertInBlockFix(parse, block.stmt, 'Let the client leave when a change harms it', 'client may_terminate');
        const fixes = fix ? [{ ...fix, preferred: false }] : [];
        let message = `The provider may change ${what} on its own, and the client may not leave when a change harms it: let the client end the agreement, e.g. \`client may_terminate\` in the changes, or a \`for_convenience client\` exit.`;
        if (atRenewal(m)) {
          // A change at renewal leaves the client the choice not to renew, if it can still make it.
          if (!renewal) continue; // No automatic renewal: the client decides to renew, knowing the change.
          const notice = changeNotice(m);
          // No change notice is `change-unilateral-no-notice`'s; a bare number `missing-unit`'s.
          if (!notice || notice.kind !== 'duration') continue;
          const stop = renewal.notice;
          if (stop?.kind === 'duration') {
            const same = stop.unit === notice.unit;
            const early = same ? notice.amount >= stop.amount : calendarSpanMinutes(notice).min >= calendarSpanMinutes(stop).max;
            if (early) continue;
            const span = (v: typeof notice) => (calendarSpanMinutes(v).min === calendarSpanMinutes(v).max ? '' : ` (${formatSpan(calendarSpanMinutes(v))})`);
            message = `The provider may change ${what} at renewal on \`${notice.text}\`${span(notice)} notice, but notice of non-renewal is due \`${stop.text}\`${span(stop)} before the term ends: give notice of changes at least as long as the notice of non-renewal, e.g. \`notice ${stop.text}\`, or let the client leave, e.g. \`client may_terminate\`.`;
          } else if (stop !== undefined) continue; // A notice that is not a duration is other rules' business.
          else message = `The provider may change ${what} at renewal, but the renewal is automatic and states no notice of non-renewal: let the client leave, e.g. \`client may_terminate\`, or state the notice of non-renewal.`;
        }
        report({ message, span: changeSpan(m), fixes });
      }
    }
  },
};
