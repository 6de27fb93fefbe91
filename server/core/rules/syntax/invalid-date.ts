/** invalid-date: a date that does not exist in the calendar, or an `effective` date after the initial term's end. */
import { daysInMonth } from '../../../../grammar/index.js';
import { compareDates, formatDate, fromDateValue } from '../../time.js';
import type { Rule } from '../../types.js';
import { choiceFix } from '../util.js';
import { valuesOfKind } from './walk.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const invalidDate: Rule = {
  code: 'invalid-date',
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'A date that does not exist, or an effective date after the date the initial term ends.',
  check({ parse, contracts, report }) {
    for (const v of valuesOfKind(parse, 'date')) {
      if (v.valid) continue;
      if (v.month < 1 || v.month > 12) {
        report({
          message: `\`${v.text}\` is not a real date (there is no month ${v.month}): write year-month-day, e.g. \`2027-01-31\`.`,
          span: v.span,
        });
        continue;
      }
      const last = daysInMonth(v.year, v.month);
      const monthName = `${MONTHS[v.month - 1]} ${v.year}`;
      const fixed = formatDate({ year: v.year, month: v.month, day: v.day < 1 ? 1 : last });
      report({
        message: `\`${v.text}\` is not a real date (${monthName} has ${last} days): write a date that exists, e.g. \`${fixed}\`.`,
        span: v.span,
        // Which date the parties meant is theirs to say: the suggestion is a tab stop, never preferred.
        fixes: [choiceFix(`Change to ${fixed}`, v.span, `\${1:${fixed}}`)],
        data: { suggestion: fixed },
      });
    }
    for (const c of contracts) {
      const effective = fromDateValue(c.effective?.date);
      if (!effective) continue;
      for (const t of c.terms) {
        const endsValue = t.initial?.ends;
        const ends = fromDateValue(endsValue);
        if (!endsValue || !ends || compareDates(effective, ends) <= 0) continue;
        report({
          message: `The initial term ends on ${formatDate(ends)}, before the agreement takes effect on ${formatDate(effective)}: make the end date later than the \`effective\` date, or correct the \`effective\` date.`,
          span: endsValue.span,
          data: { effective: formatDate(effective), ends: formatDate(ends) },
        });
      }
    }
  },
};
