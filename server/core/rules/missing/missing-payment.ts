/** missing-payment: the contract has no `payment` block. */
import type { ContractNode } from '../../../../grammar/index.js';
import { asks, kindOf, KIND_WORDS, needsFee } from '../../family.js';
import type { Rule } from '../../types.js';
import { contractHeadSpan, insertClauseFix } from '../util.js';

export const PAYMENT_SKELETON = `payment {
  fee \${1:1000.00} \${2:USD} \${3|monthly,quarterly,yearly|}
  model \${4|fixed,time_and_materials,usage|}
  invoice \${5|monthly,quarterly|} \${6|in_advance,in_arrears|}
  due \${7:30} days after invoice
  late_fee \${8:1.5}% monthly
}`;

/**
 * The payment skeleton for a contract: with a price-increase cap (a tab stop
 * too) when the agreement renews automatically, since the fee of each renewal
 * term is otherwise open (`payment-uncapped-increase`).
 */
export function paymentSkeleton(c: ContractNode): string {
  const renews = c.terms.some((t) => t.renewal?.mode?.text === 'automatic');
  return renews ? PAYMENT_SKELETON.replace(/\n\}$/, '\n  price_increase cap ${9:3}% ${10|yearly,quarterly|}\n}') : PAYMENT_SKELETON;
}

export const missingPayment: Rule = {
  code: 'missing-payment',
  severity: 'error',
  category: 'missing',
  protects: 'both',
  description: 'The contract does not say what the client pays.',
  check({ parse, contracts, family, report }) {
    for (const c of contracts) {
      // A contract without a body is a syntax error; listing every missing clause would only add noise.
      if (!c.stmt.block) continue;
      const kind = kindOf(c);
      if (kind === 'sow' || kind === 'order') {
        // A statement of work or an order says what it costs: a fee, or milestones that pay shares of one (its master has the payment terms).
        if (!needsFee(family, c) || c.payments.some((p) => p.fees.length > 0)) continue;
        if (c.payments.some((p) => c.stmt.block!.statements.includes(p.stmt))) continue; // its own payment block without a fee is payment-no-amount's
        report({
          message: `This ${KIND_WORDS[kind]} states no price: add a \`payment\` block with its fee, e.g. \`payment { fee 48000.00 USD once }\`, or \`milestones\` that pay shares of it.`,
          span: contractHeadSpan(c),
          fixes: [insertClauseFix(parse, c, 'payment', 'Add a fee', 'payment {\n  fee \${1:1000.00} \${2:USD} \${3|once,monthly,yearly|}\n}')],
          data: { missing: 'fee' },
        });
        continue;
      }
      if (!asks(family, c, 'payment')) continue;
      if (c.payments.length) continue;
      report({
        message: 'This contract has no `payment` block: add one with the fee, currency, invoicing and due date, e.g. `payment { fee 12500.00 USD monthly … }`.',
        span: contractHeadSpan(c),
        fixes: [insertClauseFix(parse, c, 'payment', 'Add a payment block', paymentSkeleton(c))],
      });
    }
  },
};
