/** sla-no-window: an `uptime` or `target` percentage with no measurement period. */
import type { PercentValue, Value } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { isValidPercent, isWindow, shown } from './sla-values.js';

/** Adds ` monthly` after the percentage, or puts `monthly` in place of a value that is not a period. */
function windowFix(value: PercentValue, period: Value | undefined): Fix {
  const span = period ? period.span : { start: value.span.end, end: value.span.end };
  const newText = period ? 'monthly' : ' monthly';
  const snippet = period ? '${1|monthly,quarterly,yearly,weekly,daily|}' : ' ${1|monthly,quarterly,yearly,weekly,daily|}';
  return { title: 'Measure it monthly', edits: [{ span, newText }], snippet, preferred: false };
}

export const slaNoWindow: Rule = {
  code: 'sla-no-window',
  severity: 'warning',
  category: 'sla',
  protects: 'client',
  description: 'An uptime or target percentage does not say over which period it is measured.',
  check({ config, contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        for (const u of sla.uptimes) {
          if (!isValidPercent(u.value) || isWindow(u.period)) continue;
          const found = u.period ? ` (${shown(u.period)} is not one)` : '';
          report({
            message: `\`uptime ${u.value.text}\` has no measurement window${found}, so the downtime it allows is open-ended: add a period, e.g. \`uptime ${u.value.value < config.sla.maxUptimePercent ? u.value.text : '99.9%'} monthly\`.`,
            // The whole statement lacks its period; the value alone is `sla-unrealistic`'s place when it is 100%.
            span: u.stmt.lineSpan,
            fixes: [windowFix(u.value, u.period)],
          });
        }
        for (const t of sla.targets) {
          // A one-off target (`once`) has its own window; anything else needs a period.
          if (!isValidPercent(t.value) || isWindow(t.period) || (t.period?.kind === 'word' && t.period.text === 'once')) continue;
          const label = t.label ? `\`${t.label.value}\` at ` : '';
          const found = t.period ? ` (${shown(t.period)} is not one)` : '';
          report({
            message: `The target ${label}${t.value.text} has no measurement period${found}: say how often it is measured, e.g. \`target "Backups verified" ${t.value.text} daily\`.`,
            span: t.value.span,
            fixes: [windowFix(t.value, t.period)],
          });
        }
      }
    }
  },
};
