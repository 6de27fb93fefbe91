/** milestone-no-acceptance: a milestone that pays and gives the client no period to accept the work. */
import type { Rule } from '../../types.js';
import { keywordOf, milestoneName, milestoneSpan, milestonesOf, part } from './shared.js';

export const milestoneNoAcceptance: Rule = {
  code: 'milestone-no-acceptance',
  severity: 'warning',
  category: 'delivery',
  protects: 'client',
  description: 'A milestone triggers a payment but gives the client no acceptance period to check the work first.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const m of milestonesOf(c)) {
        if (!part(m, 'pays') || part(m, 'acceptance')) continue;
        const empty = keywordOf(m, 'acceptance');
        const end = (empty ?? m.stmt.args[m.stmt.args.length - 1] ?? m.stmt.head).span.end;
        report({
          message: empty
            ? `\`acceptance\` states no period, so ${milestoneName(m).charAt(0).toLowerCase() + milestoneName(m).slice(1)} is paid whether or not the work passes: write how long the client has to test and accept it, e.g. \`acceptance 10 business_days\`.`
            : `${milestoneName(m)} pays but has no acceptance period, so it is paid on delivery whether or not the work passes: give the client time to test and accept it first, e.g. \`acceptance 10 business_days\`.`,
          span: empty ? empty.span : milestoneSpan(m),
          // How long acceptance takes is for the parties to agree: offered, never applied by "fix all".
          fixes: [
            empty
              ? { title: 'State the acceptance period', edits: [{ span: { start: end, end }, newText: ' 10 business_days' }], snippet: ' ${1:10} ${2|business_days,days|}', preferred: false }
              : { title: 'Add an acceptance period', edits: [{ span: { start: end, end }, newText: ' acceptance 10 business_days' }], snippet: ' acceptance ${1:10} ${2|business_days,days|}', preferred: false },
          ],
        });
      }
    }
  },
};
