/** What the delivery rules share: the milestones of a contract and their parts. */
import { fieldValue, type ContractNode, type Meaning, type Span, type Value } from '../../../../grammar/index.js';
import { cover } from '../util.js';

/** Every `milestone` statement of the contract. */
export function milestonesOf(c: ContractNode): Meaning[] {
  return c.milestones.flatMap((b) => b.items.filter((m) => m.keyword === 'milestone'));
}

/** A milestone option's value; an option written without its value (`acceptance` alone) holds its own keyword and has none. */
export function part(m: Meaning, name: 'due' | 'pays' | 'acceptance'): Value | undefined {
  const v = fieldValue(m.fields, name);
  return v && !(v.kind === 'word' && v.text === name) ? v : undefined;
}

/** The option keyword itself (`pays`, `acceptance`), when written. */
export function keywordOf(m: Meaning, name: string): Value | undefined {
  return m.stmt.args.find((a) => a.kind === 'word' && a.text === name);
}

/** `milestone design`: where a milestone's diagnostics point. */
export function milestoneSpan(m: Meaning): Span {
  return cover(m.stmt.head.span, fieldValue(m.fields, 'name')?.span);
}

/** "Milestone `design`". */
export function milestoneName(m: Meaning): string {
  const name = fieldValue(m.fields, 'name');
  return name ? `Milestone \`${name.text}\`` : 'This milestone';
}
