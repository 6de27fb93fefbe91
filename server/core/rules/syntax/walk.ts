/**
 * Walks every statement and value of a parsed document, nested blocks included.
 * The walk is done once per parse and shared by every rule that asks for it.
 */
import type { ParseResult, Statement, Value } from '../../../../grammar/index.js';
import { perParse } from '../per-parse.js';

type ValueOfKind<K extends Value['kind']> = Extract<Value, { kind: K }>;

/** Every statement of the document, depth first, in source order. */
export function allStatements(parse: ParseResult): readonly Statement[] {
  return perParse(parse, allStatements, () => {
    const out: Statement[] = [];
    const visit = (list: Statement[]) => {
      for (const s of list) {
        out.push(s);
        if (s.block) visit(s.block.statements);
      }
    };
    visit(parse.statements);
    return out;
  });
}

/** Every value of the document (statement heads and arguments), in source order. */
export function allValues(parse: ParseResult): readonly Value[] {
  return perParse(parse, allValues, () => {
    const out: Value[] = [];
    for (const s of allStatements(parse)) {
      out.push(s.head);
      for (const a of s.args) out.push(a);
    }
    return out;
  });
}

/** The key under which {@link valuesOfKind} keeps the values of each kind of a parse (one walk per kind asked for). */
const KIND_KEYS = new Map<Value['kind'], object>();

/**
 * Every value of one kind (e.g. every `money` value), in source order: heads
 * and arguments of every statement. Collected on first use, once per parse and
 * kind: the rules ask for a few rare kinds (dates, percentages, amounts), so
 * the words, most values of a document, are never copied into a list.
 */
export function valuesOfKind<K extends Value['kind']>(parse: ParseResult, kind: K): readonly ValueOfKind<K>[] {
  let key = KIND_KEYS.get(kind);
  if (!key) KIND_KEYS.set(kind, (key = { kind }));
  return perParse(parse, key, () => {
    const out: Value[] = [];
    for (const s of allStatements(parse)) {
      if (s.head.kind === kind) out.push(s.head);
      for (const a of s.args) if (a.kind === kind) out.push(a);
    }
    return out as ValueOfKind<K>[];
  });
}
