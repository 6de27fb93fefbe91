/**
 * Shared readings for the rules of the "payment" family: the money amounts of
 * a contract and the currency a fix should add.
 */
import type { ContractNode, Meaning, MoneyValue, Statement, Value } from '../../../../grammar/index.js';
import { isCurrency } from '../../currencies.js';

/** Every money value written anywhere in a contract (payment, termination fees, …), in source order. */
export function moneyValues(c: ContractNode): MoneyValue[] {
  const out: MoneyValue[] = [];
  if (c.stmt.block) moneyIn(c.stmt.block.statements, out);
  return out;
}

/** Adds the money values of the arguments of `statements` and of the statements nested in them to `out`, in source order. */
function moneyIn(statements: readonly Statement[], out: MoneyValue[]): void {
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const args = s.args;
    for (let k = 0; k < args.length; k++) {
      const v = args[k]!;
      if (v.kind === 'money') out.push(v);
    }
    if (s.block) moneyIn(s.block.statements, out);
  }
}

/**
 * The contract's main currency: the currency of its first fee if that is a
 * real ISO 4217 code, otherwise the most used valid currency; undefined when
 * the contract states no amount with a valid currency.
 */
export function mainCurrency(c: ContractNode): string | undefined {
  for (const p of c.payments) {
    for (const f of p.fees) if (f.amount?.kind === 'money' && isCurrency(f.amount.currency)) return f.amount.currency;
  }
  const counts = new Map<string, number>();
  for (const m of moneyValues(c)) if (isCurrency(m.currency)) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  let best: string | undefined;
  for (const [cur, n] of counts) if (best === undefined || n > counts.get(best)!) best = cur;
  return best;
}

/** True for a value that is a bare number (an amount missing its currency). */
export function isBareNumber(v: Value | undefined): v is Extract<Value, { kind: 'number' }> {
  return v?.kind === 'number';
}

export { shown } from '../sla/sla-values.js';

/** The `price_increase` statements of a contract that follow a price index (`price_increase index CPI …`). */
export function indexedIncreases(c: ContractNode): Meaning[] {
  return c.payments.flatMap((p) => p.items.filter((m) => m.keyword === 'price_increase' && m.fields.index !== undefined));
}
