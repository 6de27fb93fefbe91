/** change-unilateral-no-notice: the provider may change terms, services or prices with no advance notice. */
import { fieldValue, fieldValues } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { atRenewal, changeNotice, changeSpan, changeTargets, providerChangeRights } from './shared.js';

export const changeUnilateralNoNotice: Rule = {
  code: 'change-unilateral-no-notice',
  severity: 'warning',
  category: 'changes',
  protects: 'client',
  description: 'The provider may change the terms, services or prices on its own with no advance notice.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const m of providerChangeRights(c)) {
        if (changeNotice(m)) continue;
        const what = changeTargets(m);
        const empty = fieldValue(m.fields, 'notice');
        const targets = fieldValues(m.fields, 'targets').map((v) => v.text).join(', ') || 'prices';
        const example = `provider may_change ${targets} notice 90 days${atRenewal(m) ? ' at renewal' : ''}`;
        const at = (empty ?? m.stmt.args[m.stmt.args.length - 1] ?? m.stmt.head).span.end;
        report({
          message: empty
            ? `\`notice\` states no period, so the provider may change ${what} the day it announces the change: write how long before a change takes effect the client is told, e.g. \`${example}\`.`
            : `The provider may change ${what} with no advance notice, so a change can take effect the day it is announced, leaving the client no time to adapt or to leave: require notice, e.g. \`${example}\`.`,
          span: empty ? empty.span : changeSpan(m),
          // How much notice is for the parties to agree: offered, never applied by "fix all".
          fixes: [
            empty
              ? { title: 'State the notice period', edits: [{ span: { start: at, end: at }, newText: ' 90 days' }], snippet: ' ${1:90} days', preferred: false }
              : { title: 'Require notice of changes', edits: [{ span: { start: at, end: at }, newText: ' notice 90 days' }], snippet: ' notice ${1:90} days', preferred: false },
          ],
        });
      }
    }
  },
};
