/** What the data-protection rules share: the regulations a contract names, the kinds of breach notice, and the fixes that add a statement. */
import type { ContractNode, DataProtectionNode, Meaning, ParseResult, Statement } from '../../../../grammar/index.js';
import { breachDeadlines, regulation, type DeadlineRegulation } from '../../regulations.js';
import type { Fix } from '../../types.js';
import { insertInBlockFix, snippetToText } from '../util.js';

/** Every regulation word written after `comply` in any `data_protection` block of the contract. */
export function compliedRegulations(c: ContractNode): string[] {
  return c.dataProtections.flatMap((d) => d.comply.flatMap((x) => x.regulations.map((r) => r.text)));
}

/** The known regulations the contract names, by their canonical id (`GDPR`, `UK_GDPR`, `HIPAA`, …), in the order written, once each. */
export function appliedRegulations(c: ContractNode): string[] {
  const out: string[] = [];
  for (const w of compliedRegulations(c)) {
    const id = regulation(w)?.id;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The regulations named by the contract that set a breach-notice deadline, strictest first. */
export function contractDeadlines(c: ContractNode): DeadlineRegulation[] {
  return breachDeadlines(compliedRegulations(c));
}

type BreachNotice = DataProtectionNode['breachNotices'][number];

/**
 * True for a notice of a personal-data breach: `breach_notice within …` (untyped) or
 * `breach_notice personal_data_breach within …`. A `security_incident` notice is another
 * duty: the regulation deadlines (GDPR's 72 hours, HIPAA's 60 days) are about the first kind.
 */
export function isPersonalDataNotice(b: BreachNotice): boolean {
  return b.kind === undefined || b.kind.text === 'personal_data_breach';
}

/** Every statement of `keyword` in the contract's `data_protection` blocks, in source order. */
export function dpStatements(c: ContractNode, keyword: string): Meaning[] {
  const out: Meaning[] = [];
  for (const d of c.dataProtections) for (const m of d.items) if (m.keyword === keyword) out.push(m);
  return out;
}

/** The first word written after a statement's keyword (commas skipped), if it is a word. */
export function firstWord(stmt: Statement): string | undefined {
  const v = stmt.args.find((a) => a.kind !== 'comma');
  return v?.kind === 'word' ? v.text : undefined;
}

/** A fix that adds a statement (snippet syntax) at the end of the contract's first `data_protection` block; a term the parties choose, so never preferred. */
export function addToDataProtection(parse: ParseResult, c: ContractNode, title: string, snippet: string): Fix[] {
  const first = c.dataProtections[0];
  const fix = first && insertInBlockFix(parse, first.stmt, title, snippet);
  return fix ? [fix] : [];
}

/**
 * A fix that appends words (snippet syntax) after the last value of a statement, before any comment
 * on its line. Adding a term is the parties' choice, so it is never preferred.
 */
export function appendToStatement(stmt: Statement, title: string, snippet: string): Fix {
  const at = stmt.lineSpan.end;
  const text = ` ${snippet}`;
  return { title, edits: [{ span: { start: at, end: at }, newText: snippetToText(text) }], snippet: text, preferred: false };
}
