/** A factory for the rules that report a contract lacking a whole block (`sla`, `term`, …). */
import type { ContractNode } from '../../../../grammar/index.js';
import { asks, type AskedPart } from '../../family.js';
import type { Protects, Rule, Severity } from '../../types.js';
import { contractHeadSpan, insertClauseFix } from '../util.js';

export interface MissingBlockSpec {
  code: string;
  severity: Severity;
  /** Whose interest the rule protects (`both` when absent). */
  protects?: Protects;
  /** The block keyword, e.g. `termination`; also the part a contract's kind may or may not be asked for (family.ts `ASKED_OF`). */
  keyword: AskedPart;
  description: string;
  /** The message: what is missing, why it matters, and an example. */
  message: string;
  fixTitle: string;
  /** The skeleton to insert, in snippet syntax; may depend on the contract. */
  skeleton: string | ((c: ContractNode) => string);
  /** True when the contract has the block. */
  present(c: ContractNode): boolean;
}

/** Builds a rule that reports, at the contract's first line, a contract without the given block. */
export function missingBlockRule(spec: MissingBlockSpec): Rule {
  return {
    code: spec.code,
    severity: spec.severity,
    category: 'missing',
    protects: spec.protects ?? 'both',
    description: spec.description,
    check({ parse, contracts, family, report }) {
      for (const c of contracts) {
        // A contract without a body is a syntax error; listing every missing clause would only add noise.
        if (!c.stmt.block) continue;
        // A family member is asked only what its kind is for; what it inherits from its master is present.
        if (!asks(family, c, spec.keyword)) continue;
        if (spec.present(c)) continue;
        const skeleton = typeof spec.skeleton === 'string' ? spec.skeleton : spec.skeleton(c);
        report({
          message: spec.message,
          span: contractHeadSpan(c),
          fixes: [insertClauseFix(parse, c, spec.keyword, spec.fixTitle, skeleton)],
          data: { missing: spec.keyword },
        });
      }
    },
  };
}
