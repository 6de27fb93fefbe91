/** What the liability rules share: the contract's caps and carve-outs, read from its `liability` blocks. */
import { fieldValues, type ContractNode, type ServiceNode, type Meaning, type ParseResult, type Statement } from '../../../../grammar/index.js';
import { capAmount, capInMonths, statementsOf, type CapAmount } from '../../facts.js';
import type { Fix } from '../../types.js';
import { insertInBlockFix, snippetToText } from '../util.js';

/** A `cap` statement with its amount. */
export interface Cap {
  m: Meaning;
  amount: CapAmount;
  /** `per record`: a cap per record lost, not comparable with months of fees. */
  perRecord: boolean;
  perClaim: boolean;
}

/** Every readable `cap` of the contract's `liability` blocks, in source order. */
export function caps(c: ContractNode): Cap[] {
  const out: Cap[] = [];
  for (const m of statementsOf(c.liabilities, 'cap')) {
    const amount = capAmount(m);
    if (!amount) continue;
    out.push({ m, amount, perRecord: m.fields.per !== undefined, perClaim: m.fields.per_claim !== undefined });
  }
  return out;
}

/** The cap that limits the contract's liability in general: the first finite aggregate cap, else the first finite per-claim cap. */
export function generalCap(c: ContractNode): Cap | undefined {
  const finite = caps(c).filter((k) => k.amount.kind !== 'unlimited' && !k.perRecord);
  return finite.find((k) => !k.perClaim) ?? finite[0];
}

/** The claim words of every `keyword` statement (`uncapped`, `super_cap`, `indemnify`) with its meaning. */
export function claimsOf(c: ContractNode, keyword: string): { m: Meaning; claims: string[] }[] {
  return statementsOf(c.liabilities, keyword).map((m) => ({
    m,
    claims: fieldValues(m.fields, 'claims').flatMap((v) => (v.kind === 'word' ? [v.text] : [])),
  }));
}

/** A cap's size in months of fees when it can be known (see facts.ts capInMonths). */
export function months(c: ContractNode, cap: CapAmount): number | undefined {
  return capInMonths(c, cap);
}

/** A number of months as written in messages: at most one decimal. */
export function monthsText(n: number): string {
  const r = Math.round(n * 10) / 10;
  return `${r} month${r === 1 ? '' : 's'}`;
}

/** The statement as written (one line), for messages. */
export function written(parse: ParseResult, stmt: Statement): string {
  return parse.text.slice(stmt.lineSpan.start, stmt.lineSpan.end);
}

/** A fix that adds a statement (snippet syntax) at the end of the contract's first `liability` block; never preferred. */
export function addToLiability(parse: ParseResult, c: ContractNode, title: string, snippet: string): Fix[] {
  const first = c.liabilities[0];
  const fix = first && insertInBlockFix(parse, first.stmt, title, snippet);
  return fix ? [{ ...fix, preferred: false }] : [];
}

/** A fix that appends words (snippet syntax) after the last value of a statement; a term the parties choose, so never preferred. */
export function appendTo(stmt: Statement, title: string, snippet: string): Fix {
  const at = stmt.lineSpan.end;
  return { title, edits: [{ span: { start: at, end: at }, newText: snippetToText(snippet) }], snippet, preferred: false };
}

/** The services of type `saas` or `software` (the ones an IP indemnity is asked of). */
export function softwareServices(c: ContractNode): ServiceNode[] {
  return c.scopes.flatMap((s) => s.services).filter((sv) => {
    const t = sv.type?.value;
    return t?.kind === 'word' && (t.text === 'saas' || t.text === 'software');
  });
}
