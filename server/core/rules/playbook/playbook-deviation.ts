/**
 * playbook-deviation: a term outside one of the organisation's `policy` positions that no
 * dedicated rule covers (payment days, personal-data breach notice, minimum uptime).
 */
import type { DurationValue, PercentValue, Span, Value } from '../../../../grammar/index.js';
import type { ResolvedConfig } from '../../config.js';
import { deadlineMinutes, worstCaseMinutes } from '../../regulations.js';
import { calendarSpanMinutes, formatSpan } from '../../time.js';
import type { Fix, Rule } from '../../types.js';
import { contractDeadlines, isPersonalDataNotice } from '../data-protection/shared.js';
import { isValidPercent } from '../sla/sla-values.js';

const DAY = 1440;

/** "30 days (28–31 calendar days)": a duration as written, with its calendar span when that varies. */
function written(v: DurationValue): string {
  const span = calendarSpanMinutes(v);
  return span.min === span.max ? `\`${v.text}\`` : `\`${v.text}\` (${formatSpan(span)})`;
}

/** True when `dp-breach-notice-too-slow` runs for this configuration (it reports a notice that breaks a regulation). */
function breachRuleRuns(config: ResolvedConfig): boolean {
  return config.rules['dp-breach-notice-too-slow'] !== 'off' && config.perspective !== 'provider';
}

/** A fix that replaces a value with the policy's own figure; a negotiated term, so never preferred. */
function toPosition(span: Span, title: string, newText: string, snippet: string): Fix[] {
  return [{ title, edits: [{ span, newText }], snippet, preferred: false }];
}

export const playbookDeviation: Rule = {
  code: 'playbook-deviation',
  severity: 'warning',
  category: 'playbook',
  // Positions are literal, whatever the perspective: the user set them.
  protects: 'both',
  description: 'A term is outside a negotiating position set in `policy` (payment days, breach-notice hours, minimum uptime).',
  check({ config, contracts, report }) {
    const { minPaymentDays, maxPaymentDays, maxBreachNoticeHours, minUptimePercent } = config.policy;
    if (minPaymentDays === undefined && maxPaymentDays === undefined && maxBreachNoticeHours === undefined && minUptimePercent === undefined) return;
    for (const c of contracts) {
      // Payment days: the time the client has to pay an invoice.
      for (const p of c.payments) {
        for (const d of p.dues) {
          const value: Value | undefined = d.onReceipt ? d.stmt.args.find((a) => a.kind === 'word' && a.text === 'on_receipt') : d.value;
          if (!value) continue;
          const due = d.onReceipt ? undefined : value.kind === 'duration' ? value : undefined;
          // A bare number or words are other rules' (`missing-unit`, `payment-no-due-date`).
          if (!d.onReceipt && !due) continue;
          const span = due ? calendarSpanMinutes(due) : { min: 0, max: 0 };
          const shown = due ? written(due) : '`on_receipt` (payment at once)';
          if (minPaymentDays !== undefined && (due?.unit === 'day' ? due.amount < minPaymentDays : span.min < minPaymentDays * DAY)) {
            report({
              message: `The payment term, ${shown}, is shorter than your policy minPaymentDays (${minPaymentDays} days), a client's position: negotiate \`due ${minPaymentDays} days after invoice\`, or change policy.minPaymentDays.`,
              span: value.span,
              fixes: toPosition(value.span, `Use your position (${minPaymentDays} days)`, d.onReceipt ? `${minPaymentDays} days after invoice` : `${minPaymentDays} days`, d.onReceipt ? `\${1:${minPaymentDays}} days after invoice` : `\${1:${minPaymentDays}} days`),
              data: { policyKey: 'minPaymentDays', position: minPaymentDays },
            });
          }
          if (maxPaymentDays !== undefined && due && (due.unit === 'day' ? due.amount > maxPaymentDays : span.max > maxPaymentDays * DAY)) {
            report({
              message: `The payment term, ${shown}, is longer than your policy maxPaymentDays (${maxPaymentDays} days), a provider's position: negotiate \`due ${maxPaymentDays} days after invoice\`, or change policy.maxPaymentDays.`,
              span: value.span,
              fixes: toPosition(value.span, `Use your position (${maxPaymentDays} days)`, `${maxPaymentDays} days`, `\${1:${maxPaymentDays}} days`),
              data: { policyKey: 'maxPaymentDays', position: maxPaymentDays },
            });
          }
        }
      }
      // Personal-data breach notice, in hours.
      if (maxBreachNoticeHours !== undefined) {
        const deadlines = breachRuleRuns(config) ? contractDeadlines(c) : [];
        for (const dp of c.dataProtections) {
          for (const b of dp.breachNotices) {
            if (!isPersonalDataNotice(b) || b.within?.kind !== 'duration') continue;
            const within = b.within;
            const worst = calendarSpanMinutes(within).max;
            if (within.unit === 'hour' ? within.amount <= maxBreachNoticeHours : worst <= maxBreachNoticeHours * 60) continue;
            // Later than a regulation allows is `dp-breach-notice-too-slow`'s: one problem, one diagnostic.
            if (deadlines.some((r) => worstCaseMinutes(within) > deadlineMinutes(r.breachNotice))) continue;
            report({
              message: `The provider may take ${written(within)} to notify a personal-data breach, longer than your policy maxBreachNoticeHours (${maxBreachNoticeHours} hours): negotiate \`breach_notice within ${maxBreachNoticeHours} hours\`, or change policy.maxBreachNoticeHours.`,
              span: within.span,
              fixes: toPosition(within.span, `Use your position (${maxBreachNoticeHours} hours)`, `${maxBreachNoticeHours} hours`, `\${1:${maxBreachNoticeHours}} hours`),
              data: { policyKey: 'maxBreachNoticeHours', position: maxBreachNoticeHours },
            });
          }
        }
      }
      // Minimum uptime.
      if (minUptimePercent !== undefined) {
        for (const sla of c.slas) {
          for (const u of sla.uptimes) {
            const v = u.value;
            // A bare number is `missing-unit`'s; an impossible percentage `invalid-percent`'s.
            if (v?.kind !== 'percent' || v.value > 100 || v.value >= minUptimePercent) continue;
            // Raising the promise above where the SLA's credits start would leave them starting below it
            // (`sla-credit-below-commitment`): which of the two moves is negotiated, so no quick fix then.
            const mildest = Math.max(-Infinity, ...sla.credits.filter((cr) => cr.trigger === 'below' && isValidPercent(cr.threshold)).map((cr) => (cr.threshold as PercentValue).value));
            const strandsCredits = Number.isFinite(mildest) && mildest < minUptimePercent && mildest >= v.value;
            report({
              message: `SLA \`${sla.name?.text ?? '?'}\` promises \`${v.text}\` uptime, lower than your policy minUptimePercent (${minUptimePercent}%): negotiate \`uptime ${minUptimePercent}%\`, or change policy.minUptimePercent.`,
              span: v.span,
              fixes: strandsCredits ? [] : toPosition(v.span, `Use your position (${minUptimePercent}%)`, `${minUptimePercent}%`, `\${1:${minUptimePercent}}%`),
              data: { policyKey: 'minUptimePercent', position: minUptimePercent },
            });
          }
        }
      }
    }
  },
};
