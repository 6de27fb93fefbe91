/**
 * Hover: what the keyword under the cursor means, in plain words with a link
 * to its documentation; the facts computed from the values (allowed downtime,
 * the date a term ends and notice is due, a regulation's breach-notice
 * deadline, an amount's currency, a date's weekday, business hours); why a
 * vague phrase is vague. A diagnostic's message, rule page and quick fixes are
 * not repeated here: the editor shows them next to the hover.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { BlockKind, ParseResult, Span } from '../../grammar/index.js';
import { DOCS_BASE, docsUrl, RULE_CODES, type Diagnostic, type ResolvedConfig } from '../core/index.js';
import { commentAt, locate } from './completion-locate.js';
import { factText, statementFacts, valueFacts, type Fact, type ProblemFact } from './hover-facts.js';

/** The language reference, next to the rule pages. */
export const LANGUAGE_DOCS = DOCS_BASE.replace(/rules\/$/, 'language.md');

/** The section of the language reference that describes each block kind. */
const SECTION: Record<BlockKind, string> = {
  file: 'structure',
  contract: 'metadata-directly-inside-contract',
  party: 'parties',
  scope: 'scope-of-services',
  service: 'scope-of-services',
  sla: 'service-level-agreements',
  payment: 'payment',
  data_protection: 'data-protection',
  term: 'term-and-renewal',
  termination: 'termination',
  reporting: 'monitoring-and-reviews',
  liability: 'liability-indemnity-and-insurance',
  changes: 'changes-to-the-terms',
  milestones: 'milestones',
  clause: 'free-clauses',
};

/** Sections for statements that open a block are the block's own section. */
const OPENS_SECTION: Partial<Record<string, BlockKind>> = {
  party: 'party',
  scope: 'scope',
  sla: 'sla',
  payment: 'payment',
  data_protection: 'data_protection',
  term: 'term',
  termination: 'termination',
  reporting: 'reporting',
  liability: 'liability',
  changes: 'changes',
  milestones: 'milestones',
  clause: 'clause',
};

/** The checks that look at each statement, for "related checks" links. */
const RELATED: Record<string, readonly string[]> = {
  effective: ['invalid-date'],
  party: ['missing-party', 'duplicate-name'],
  scope: ['missing-scope', 'service-without-sla'],
  service: ['service-without-sla', 'duplicate-name'],
  type: ['indemnity-no-ip', 'invalid-value'],
  sla: ['missing-sla', 'sla-unknown-service', 'sla-no-target'],
  uptime: ['sla-no-window', 'sla-unrealistic', 'sla-inconsistent'],
  window: ['sla-window-limited'],
  priority: ['sla-unmeasurable', 'sla-unrealistic'],
  target: ['sla-unmeasurable', 'sla-no-target'],
  measured_by: ['sla-no-measurement', 'sla-measured-by-provider-only'],
  maintenance: ['sla-maintenance-uncapped'],
  credit: ['sla-no-remedy', 'sla-inconsistent', 'sla-credit-below-commitment'],
  credit_cap: ['sla-sole-remedy-weak'],
  claim: ['sla-claim-window-short'],
  sole_remedy: ['sla-sole-remedy-weak'],
  chronic_failure: ['sla-no-chronic-failure'],
  notify: ['sla-no-incident-notice'],
  payment: ['missing-payment'],
  fee: ['payment-no-amount', 'payment-no-currency', 'payment-mixed-currency', 'unknown-currency'],
  model: ['payment-no-model', 'payment-tm-no-rates'],
  rate: ['payment-tm-no-rates'],
  due: ['payment-no-due-date'],
  late_fee: ['payment-no-late-terms'],
  expenses: ['payment-uncapped-expenses'],
  price_increase: ['payment-uncapped-increase', 'payment-index-uncapped'],
  suspension: ['payment-suspension-no-notice'],
  disputes: ['payment-no-dispute-process'],
  data_protection: ['missing-data-protection'],
  comply: ['dp-no-regulation', 'dp-breach-notice-too-slow'],
  breach_notice: ['dp-no-breach-notice', 'dp-breach-notice-too-slow'],
  access: ['dp-no-access-control'],
  return_data: ['dp-no-data-return'],
  subprocessors: ['dp-no-subprocessor-control'],
  audit: ['dp-no-audit'],
  location: ['dp-transfer-unstated'],
  delete_data: ['dp-no-deletion'],
  liability: ['missing-liability', 'liability-cap-low', 'liability-no-carveout'],
  cap: ['liability-cap-low'],
  uncapped: ['liability-no-carveout'],
  super_cap: ['liability-no-carveout'],
  indemnify: ['indemnity-no-ip'],
  changes: ['change-unilateral-no-exit', 'change-unilateral-no-notice'],
  provider: ['change-unilateral-no-notice', 'change-unilateral-no-exit'],
  client: ['change-unilateral-no-exit'],
  term: ['missing-term'],
  renewal: ['renewal-no-notice', 'renewal-notice-too-long', 'renewal-notice-trap', 'payment-uncapped-increase'],
  until_terminated: ['term-indefinite'],
  termination: ['missing-termination', 'termination-no-cause', 'termination-no-convenience', 'termination-no-transition'],
  for_convenience: ['termination-no-convenience', 'termination-fee-unclear'],
  for_cause: ['termination-no-cause'],
  transition: ['termination-no-transition', 'termination-transition-unpriced'],
  milestone: ['milestone-no-acceptance', 'payment-before-acceptance'],
  reporting: ['missing-reporting'],
  clause: ['missing-required-clause', 'duplicate-name'],
  text: ['vague-term', 'agreement-to-agree', 'verbal-agreement'],
};

const KNOWN_CODES = new Set(RULE_CODES);

function links(keyword: string, kind: BlockKind): string {
  const section = SECTION[OPENS_SECTION[keyword] ?? kind];
  const related = (RELATED[keyword] ?? []).filter((c) => KNOWN_CODES.has(c));
  const parts = [`[Language reference](${LANGUAGE_DOCS}#${section})`];
  if (related.length) parts.push(`related checks: ${related.map((c) => `[${c}](${docsUrl(c)})`).join(', ')}`);
  return parts.join(' · ');
}

/**
 * Computes the hover at an offset; null when there is nothing to explain there.
 *
 * Each thing is said in one place. On an underline VS Code already shows the
 * diagnostic's message (what is wrong and how to fix it), its code linked to
 * the rule's page (why, with examples) and the quick fixes; so the hover says
 * only what the code under the cursor means (signature, keyword, computed
 * facts), and leaves out a fact that restates the problem of a diagnostic
 * under the cursor ({@link ProblemFact}).
 */
export function getHover(parsed: ParseResult, offset: number, diagnostics: readonly Diagnostic[], config: ResolvedConfig): Hover | null {
  if (commentAt(parsed.comments, offset)) return null;
  const loc = locate(parsed, offset);
  const line = loc.line;
  if (!line) return null;
  const { stmt, spec } = line;
  const blocks = loc.blocks.map((f) => f.stmt);
  const under = diagnostics.filter((d) => d.span.start <= offset && offset <= d.span.end);
  const restated = (f: ProblemFact) => under.some((d) => d.code === f.restates && (f.about === undefined || d.message.includes(f.about)));
  const all: Fact[] = [...(loc.value && !loc.onKeyword ? valueFacts(parsed, loc.value, offset) : []), ...statementFacts(parsed, stmt, loc.value, blocks, config)];
  const facts = [...new Set(all.filter((f) => typeof f === 'string' || !restated(f)).map(factText))];
  const sections: string[] = [];
  let span: Span;
  if (loc.onKeyword && spec && line.in && stmt.keyword) {
    sections.push('```contract\n' + spec.signature + '\n```');
    sections.push(`**${stmt.keyword}** — ${spec.doc}`);
    if (facts.length) sections.push(facts.map((f) => `- ${f}`).join('\n'));
    sections.push(links(stmt.keyword, line.in));
    span = stmt.head.span;
  } else if (loc.value && facts.length) {
    if (spec) sections.push('```contract\n' + spec.signature + '\n```');
    sections.push(facts.map((f) => `- ${f}`).join('\n'));
    span = loc.value.span;
  } else return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n') }, range: parsed.lines.range(span) };
}
