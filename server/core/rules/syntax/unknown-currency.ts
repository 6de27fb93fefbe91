/** unknown-currency: an amount whose currency is not an active ISO 4217 code. */
import { editDistance } from '../../../../grammar/index.js';
import { COMMON_CURRENCIES, ISO_4217_ACTIVE, ISO_4217_WITHDRAWN, ISO_4217_WITHDRAWN_WHY } from '../../currencies.js';
import type { ParseResult } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { choiceFix, mechanicalFix } from '../util.js';
import { valuesOfKind } from './walk.js';

/** Active codes one letter away from `code`, the commonly used ones first (at most three). */
export function currencySuggestions(code: string): string[] {
  const near = [...ISO_4217_ACTIVE].filter((c) => editDistance(c, code) === 1 || (c.length === 3 && [...c].sort().join('') === [...code].sort().join('')));
  const rank = (c: string) => {
    const i = COMMON_CURRENCIES.indexOf(c);
    return i < 0 ? COMMON_CURRENCIES.length : i;
  };
  return near.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, 3);
}

export const unknownCurrency: Rule = {
  code: 'unknown-currency',
  severity: 'error',
  category: 'syntax',
  protects: 'both',
  description: 'An amount of money whose currency is not an active ISO 4217 code.',
  check({ parse, report }) {
    for (const v of valuesOfKind(parse, 'money')) {
      if (ISO_4217_ACTIVE.has(v.currency)) continue;
      const span = v.currencySpan;
      const successor = ISO_4217_WITHDRAWN[v.currency];
      if (successor) {
        report({
          message: withdrawnMessage(v.currency, successor),
          span,
          // The amount was written in the old currency: whether it stands in the new one is the parties' call.
          fixes: [choiceFix(`Change to ${successor}`, span, `\${1:${successor}}`)],
          data: { currency: v.currency, suggestions: [successor] },
        });
        continue;
      }
      const found = currencySuggestions(v.currency);
      // A misspelling of the one currency the file already uses is corrected mechanically; any other currency is a choice.
      const used = usedCurrencies(parse);
      const own = found.filter((s) => used.has(s));
      // The one currency of the file is the correction; another would mix currencies, so it is not offered.
      const suggestions = own.length === 1 ? [own[0]!] : found;
      const fixes: Fix[] = suggestions.map((s, i) =>
        i === 0 && own.length === 1 ? mechanicalFix(`Change to ${s}`, [{ span, newText: s }]) : choiceFix(`Change to ${s}`, span, `\${1:${s}}`),
      );
      const hint = suggestions.length ? `did you mean \`${suggestions[0]}\`? ` : '';
      report({
        message: `\`${v.currency}\` is not a currency: ${hint}Amounts need a three-letter ISO 4217 code, e.g. \`${amountText(v.text)} USD\` or \`${amountText(v.text)} EUR\`.`,
        span,
        fixes,
        data: { currency: v.currency, suggestions },
      });
    }
  },
};

/**
 * The message for a withdrawn code: what replaced it and, for a recent change,
 * why, so that a code copied from an older template reads as outdated rather
 * than mistyped. The amount itself is not restated in the new currency: it was
 * priced in the old one.
 */
export function withdrawnMessage(code: string, successor: string): string {
  const why = ISO_4217_WITHDRAWN_WHY[code];
  return `${code} is a withdrawn currency code, replaced by ${successor}${why ? ` (${why})` : ''}: write the amount in ${successor}, converted if it was priced in ${code}.`;
}

/** The active currencies the amounts of a file are written in. */
function usedCurrencies(parse: ParseResult): Set<string> {
  const out = new Set<string>();
  for (const m of valuesOfKind(parse, 'money')) if (ISO_4217_ACTIVE.has(m.currency)) out.add(m.currency);
  return out;
}

/** The number part of a money value's source text (`12500.00` of `12500.00 XYZ`). */
function amountText(text: string): string {
  const i = text.lastIndexOf(' ');
  return i < 0 ? text : text.slice(0, i);
}
