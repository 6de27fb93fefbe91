/** What the changes rules share: the provider's change rights and how to name what they change. */
import { fieldValue, fieldValues, type ContractNode, type Meaning, type Span, type Value } from '../../../../grammar/index.js';
import { cover } from '../util.js';

/** Every `provider may_change …` statement of the contract. */
export function providerChangeRights(c: ContractNode): Meaning[] {
  return c.changes.flatMap((b) => b.items.filter((m) => m.keyword === 'provider'));
}

const TARGET_NAMES: Record<string, string> = { sla: 'the SLA', services: 'the services', policies: 'its policies', prices: 'the prices' };

/** "the SLA and the prices". */
export function changeTargets(m: Meaning): string {
  const names = fieldValues(m.fields, 'targets').map((v: Value) => TARGET_NAMES[v.text] ?? (v.kind === 'string' ? v.text : `\`${v.text}\``));
  if (!names.length) return 'the terms';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The span of `provider may_change TARGETS`. */
export function changeSpan(m: Meaning): Span {
  const targets = fieldValues(m.fields, 'targets');
  const mayChange = m.stmt.args.find((a) => a.kind === 'word' && a.text === 'may_change');
  return cover(m.stmt.head.span, mayChange?.span, targets[targets.length - 1]?.span);
}

/** The notice of a change right, if it states one (`notice` alone holds the word itself). */
export function changeNotice(m: Meaning): Value | undefined {
  const v = fieldValue(m.fields, 'notice');
  return v && !(v.kind === 'word' && v.text === 'notice') ? v : undefined;
}

/** True when a change right is limited to renewals (`at renewal`). */
export function atRenewal(m: Meaning): boolean {
  return fieldValue(m.fields, 'at') !== undefined;
}
