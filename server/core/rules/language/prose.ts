/**
 * What the language rules share: the prose they read (every string and text
 * block, minus those standing where a number is required and reported by
 * another rule) and the lexicon matches in it, computed once per document.
 */
import type { ContractNode, ParseResult, Prose, Value } from '../../../../grammar/index.js';
import { proseMatches, type LexiconCode, type LexiconMatch } from '../../lexicon.js';
import type { Finding, Fix, RuleContext } from '../../types.js';
import { perParse } from '../per-parse.js';
import { snippetToText } from '../util.js';

/**
 * Offsets of the strings that stand in a value slot whose non-numeric value
 * another rule already reports: SLA uptime and target values and response and
 * resolution times (`sla-unmeasurable`), fees (`payment-no-amount`) and
 * early-termination fees (`termination-fee-unclear`). One problem is reported once.
 */
export function measurableSlotStarts(contracts: readonly ContractNode[]): Set<number> {
  const out = new Set<number>();
  const add = (v: Value | undefined) => {
    if (v && (v.kind === 'string' || v.kind === 'textblock')) out.add(v.span.start);
  };
  for (const c of contracts) {
    for (const sla of c.slas) {
      for (const u of sla.uptimes) add(u.value);
      for (const t of sla.targets) add(t.value);
      for (const p of sla.priorities) {
        add(p.respond);
        add(p.resolve);
      }
    }
    for (const p of c.payments) for (const f of p.fees) add(f.amount);
    for (const t of c.terminations) for (const f of t.forConvenience) add(f.fee);
  }
  return out;
}

/** The prose the language rules read: every string and text block outside measurable slots. */
export function checkedProse(parse: ParseResult, contracts: readonly ContractNode[]): Prose[] {
  const skip = measurableSlotStarts(contracts);
  return parse.ast.prose.filter((p) => !skip.has(p.value.span.start));
}

/** Every lexicon match in the checked prose of a document, computed once and shared by the three lexicon rules. */
export function documentMatches(parse: ParseResult, contracts: readonly ContractNode[]): LexiconMatch[] {
  return perParse(parse, documentMatches, () => checkedProse(parse, contracts).flatMap((p) => proseMatches(parse, p)));
}

/** The quick fix that replaces a lexicon phrase with its measurable wording. */
export function replacementFix(m: LexiconMatch): Fix {
  const plain = snippetToText(m.entry.replacement);
  return {
    title: `Replace "${m.text.replace(/\s+/g, ' ')}" with "${plain}"`,
    edits: [{ span: m.span, newText: plain }],
    snippet: m.entry.replacement,
    preferred: false,
  };
}

/** Reports every lexicon match of one code, with `message` building the text from the match. */
export function reportLexicon(ctx: RuleContext, code: LexiconCode, message: (m: LexiconMatch, example: string) => string): void {
  for (const m of documentMatches(ctx.parse, ctx.contracts)) {
    if (m.entry.code !== code) continue;
    const example = snippetToText(m.entry.replacement);
    const finding: Finding = {
      message: message(m, example),
      span: m.span,
      fixes: [replacementFix(m)],
      data: { lexiconId: m.entry.id, phrase: m.text, replacement: m.entry.replacement },
    };
    ctx.report(finding);
  }
}

/** The phrase as written, on one line, for messages. */
export function quoted(m: LexiconMatch): string {
  return `"${m.text.replace(/\s+/g, ' ')}"`;
}
