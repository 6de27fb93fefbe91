/** sla-unmeasurable: a service level whose value is not a number with a unit (`respond within "promptly"`, `uptime high`). */
import type { Span, Value } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { durationMinutes } from '../../time.js';
import { slotAnchor, shown } from './sla-values.js';

/** True when a value is not a number at all; bare numbers are `missing-unit`'s, and commas are not values. */
function notNumeric(v: Value): boolean {
  return v.kind !== 'number' && v.kind !== 'percent' && v.kind !== 'duration' && v.kind !== 'comma';
}

function replaceFix(span: Span, title: string, snippet: string): Fix {
  const plain = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1');
  return { title, edits: [{ span, newText: plain }], snippet, preferred: false };
}

/**
 * The suggested duration for a response or resolution time (a tab stop): an
 * hour to respond or a business day to resolve, but never a response slower
 * than the resolution time the line states, nor a resolution faster than its response.
 */
function durationSnippet(word: 'respond' | 'resolve', other: Value | undefined): string {
  const fallback = word === 'respond' ? '${1:1} hour' : '${1:1} business_day';
  if (other?.kind !== 'duration') return fallback;
  const otherMinutes = durationMinutes(other);
  const mine = durationMinutes(word === 'respond' ? { amount: 1, unit: 'hour' } : { amount: 1, unit: 'business_day' });
  const clash = word === 'respond' ? otherMinutes < mine : otherMinutes > mine;
  return clash ? `\${1:${other.amount}} ${other.text.slice(other.text.lastIndexOf(' ') + 1)}` : fallback;
}

export const slaUnmeasurable: Rule = {
  code: 'sla-unmeasurable',
  severity: 'error',
  category: 'sla',
  protects: 'both',
  description: 'A service level is given in words instead of a number with a unit, so nobody can tell whether it was met.',
  check({ contracts, report }) {
    for (const c of contracts) {
      for (const sla of c.slas) {
        for (const u of sla.uptimes) {
          if (!u.value) {
            report({ message: 'This `uptime` has no percentage: write the minimum availability and its window, e.g. `uptime 99.9% monthly`.', span: u.stmt.head.span });
          } else if (u.value.kind === 'duration' || notNumeric(u.value)) {
            report({
              message: `Uptime is given as ${shown(u.value)}, which cannot be measured: state it as a percentage of time, e.g. \`uptime 99.9% monthly\`.`,
              span: u.value.span,
              fixes: [replaceFix(u.value.span, 'Use a percentage', '${1:99.9}%')],
            });
          }
        }
        for (const p of sla.priorities) {
          const level = p.level ? `\`${p.level.text}\`` : 'this';
          if (!p.respond && !p.resolve) {
            const anchor = priorityHead(p);
            report({
              message: `The ${level} priority sets no time: add a response and a resolution time, e.g. \`priority critical respond within 15 minutes resolve within 4 hours\`.`,
              span: anchor ?? p.stmt.lineSpan,
            });
            continue;
          }
          for (const word of ['respond', 'resolve'] as const) {
            const v = word === 'respond' ? p.respond : p.resolve;
            const hasWord = p.stmt.args.some((a) => a.kind === 'word' && a.text === word);
            const example = word === 'respond' ? '1 hour' : '1 business_day';
            if (!v) {
              if (!hasWord) continue;
              report({
                message: `\`${word} within\` has no time after it: write a duration, e.g. \`${word} within ${example}\`.`,
                span: slotAnchor(p, word),
              });
            } else if (v.kind === 'percent' || notNumeric(v)) {
              report({
                message: `The ${word === 'respond' ? 'response' : 'resolution'} time of the ${level} priority is ${shown(v)}, which cannot be measured: state a duration, e.g. \`${word} within ${example}\`.`,
                span: v.span,
                fixes: [replaceFix(v.span, 'Use a duration', durationSnippet(word, word === 'respond' ? p.resolve : p.respond))],
              });
            }
          }
        }
        for (const t of sla.targets) {
          const what = t.label ? `\`${t.label.value}\`` : 'This target';
          if (!t.value) {
            report({ message: `${what} has no value: state a number with a unit and a window, e.g. \`target "Backups verified" 100% daily\`.`, span: t.label?.span ?? t.stmt.head.span });
          } else if (notNumeric(t.value) && t.value.kind !== 'money' && t.value.kind !== 'date') {
            report({
              message: `${what} is given as ${shown(t.value)}, which cannot be measured: state a number with a unit, e.g. \`target "Backups verified" 100% daily\`.`,
              span: t.value.span,
              fixes: [replaceFix(t.value.span, 'Use a percentage', '${1:100}%')],
            });
          }
        }
      }
    }
  },
};

/** The span of `priority LEVEL`, where a priority without any time is reported. */
function priorityHead(p: { stmt: { head: { span: Span } }; level?: { span: Span } }): Span | undefined {
  return p.level ? { start: p.stmt.head.span.start, end: p.level.span.end } : undefined;
}
