/** What the data-protection rules share: the regulations a contract names and the fixes that add a statement. */
import type { ContractNode, ParseResult } from '../../../../grammar/index.js';
import { breachDeadlines, type DeadlineRegulation } from '../../regulations.js';
import type { Fix } from '../../types.js';
import { insertInBlockFix } from '../util.js';

/** Every regulation word written after `comply` in any `data_protection` block of the contract. */
export function compliedRegulations(c: ContractNode): string[] {
  return c.dataProtections.flatMap((d) => d.comply.flatMap((x) => x.regulations.map((r) => r.text)));
}

/** The regulations named by the contract that set a breach-notice deadline, strictest first. */
export function contractDeadlines(c: ContractNode): DeadlineRegulation[] {
  return breachDeadlines(compliedRegulations(c));
}

/** A fix that adds a statement at the end of the contract's first `data_protection` block. */
export function addToDataProtection(parse: ParseResult, c: ContractNode, title: string, snippet: string, preferred = true): Fix[] {
  const first = c.dataProtections[0];
  const fix = first && insertInBlockFix(parse, first.stmt, title, snippet);
  return fix ? [{ ...fix, preferred }] : [];
}
