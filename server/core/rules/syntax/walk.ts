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

type ByKind = { [K in Value['kind']]?: ValueOfKind<K>[] };

/** The values of the document grouped by kind, each group in source order. */
function valuesByKind(parse: ParseResult): ByKind {
  return perParse(parse, valuesByKind, () => {
    const byKind: Record<string, Value[] | undefined> = {};
    const add = (v: Value) => {
      const list = byKind[v.kind];
      if (list) list.push(v);
      else byKind[v.kind] = [v];
    };
    for (const s of allStatements(parse)) {
      add(s.head);
      for (const a of s.args) add(a);
    }
    return byKind as ByKind;
  });
}

/** Every value of one kind (e.g. every `money` value), in source order. */
export function valuesOfKind<K extends Value['kind']>(parse: ParseResult, kind: K): readonly ValueOfKind<K>[] {
  return (valuesByKind(parse)[kind] ?? []) as readonly ValueOfKind<K>[];
}
