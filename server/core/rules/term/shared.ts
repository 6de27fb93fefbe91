/** What the termination rules share: the fix that adds a statement to the termination terms. */
import type { ContractNode, ParseResult } from '../../../../grammar/index.js';
import type { Fix } from '../../types.js';
import { insertInBlockFix } from '../util.js';

/** A fix that adds a statement at the end of the contract's first `termination` block. */
export function addToTermination(parse: ParseResult, c: ContractNode, title: string, snippet: string, preferred = true): Fix[] {
  const first = c.terminations[0];
  const fix = first && insertInBlockFix(parse, first.stmt, title, snippet);
  return fix ? [{ ...fix, preferred }] : [];
}
