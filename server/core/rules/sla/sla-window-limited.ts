/** sla-window-limited: uptime is measured in business hours only, in a limited window, or over a quarter or a year, where outages are averaged away. */
import { fieldValue } from '../../../../grammar/index.js';
import type { Rule } from '../../types.js';
import { allowedDowntime, formatMinutes } from '../../time.js';
import { choiceFix } from '../util.js';
import { isValidPercent, slaItems, slaLabel } from './sla-values.js';

export const slaWindowLimited: Rule = {
  code: 'sla-window-limited',
  severity: 'info',
  category: 'sla',
  protects: 'client',
  description: 'Availability counts only part of the week, or is averaged over a quarter or a year, so real outages may not count against it.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        for (const w of slaItems(sla, 'window')) {
          const v = fieldValue(w.fields, 'window');
          if (!v || (v.kind === 'coverage' && v.text === '24x7')) continue;
          let covered: string;
          if (v.kind === 'word' && v.text === 'business') covered = 'business hours only (Monday to Friday, 9:00 to 17:00)';
          else if (v.kind === 'string' || v.kind === 'coverage') covered = `${v.kind === 'coverage' ? `\`${v.text}\`` : v.text} only`;
          else continue; // another word is `invalid-value`'s
          report({
            message: `${slaLabel(sla)} measures availability in ${covered}: an outage outside that window does not count against the uptime at all. If the service is used outside it, measure around the clock with \`window 24x7\`.`,
            span: v.span,
            // Whether the service is needed around the clock is the client's call: never preferred.
            fixes: [choiceFix('Measure around the clock (24x7)', v.span, '${1:24x7}')],
          });
        }
        for (const u of sla.uptimes) {
          const period = u.period;
          if (period?.kind !== 'word' || (period.text !== 'quarterly' && period.text !== 'yearly')) continue;
          const unit = period.text === 'yearly' ? 'year' : 'quarter';
          let detail = `, and a month of outages can be made up by good months around it`;
          if (isValidPercent(u.value)) {
            const long = allowedDowntime(u.value.value, period.text)!;
            const month = allowedDowntime(u.value.value, 'monthly')!;
            detail = `: \`uptime ${u.value.text} ${period.text}\` allows ${formatMinutes(long)} of downtime, all of it in one month if need be, where \`monthly\` would allow ${formatMinutes(month)} a month`;
          }
          report({
            message: `Availability averaged over a ${unit} hides bad months${detail}. Measure it monthly, e.g. \`uptime ${isValidPercent(u.value) ? u.value.text : '99.9%'} monthly\`.`,
            span: period.span,
            // No fix when the SLA already states a monthly uptime: the edit would make two that contradict each other.
            fixes: sla.uptimes.some((o) => o !== u && o.period?.kind === 'word' && o.period.text === 'monthly')
              ? []
              : [choiceFix('Measure monthly', period.span, '${1:monthly}')],
          });
        }
      }
    }
  },
};
