/**
 * Walks every statement and value of a parsed document, nested blocks included.
 * The walk is done once per parse and shared by every rule that asks for it.
 */
import type { ParseResult, Statement, Value } from '../../../../grammar/index.js';
import { perParse } from '../per-parse.js';

type ValueOfKind<K extends Value['kind']> = Extract<Value, { kind: K }>;

interface Walk {
  statements: Statement[];
  values: Value[];
  byKind: Map<Value['kind'], Value[]>;
}

function walk(parse: ParseResult): Walk {
  return perParse(parse, computeWalk, () => computeWalk(parse));
}

function computeWalk(parse: ParseResult): Walk {
  const statements: Statement[] = [];
  const values: Value[] = [];
  const byKind = new Map<Value['kind'], Value[]>();
  const addValue = (v: Value) => {
    values.push(v);
    const list = byKind.get(v.kind);
    if (list) list.push(v);
    else byKind.set(v.kind, [v]);
  };
  const visit = (list: Statement[]) => {
    for (const s of list) {
      statements.push(s);
      addValue(s.head);
      for (const a of s.args) addValue(a);
      if (s.block) visit(s.block.statements);
    }
  };
  visit(parse.statements);
  return { statements, values, byKind };
}

/** Every statement of the document, depth first, in source order. */
export function allStatements(parse: ParseResult): readonly Statement[] {
  return walk(parse).statements;
}

/** Every value of the document (statement heads and arguments), in source order. */
export function allValues(parse: ParseResult): readonly Value[] {
  return walk(parse).values;
}

/** Every value of one kind (e.g. every `money` value), in source order. */
export function valuesOfKind<K extends Value['kind']>(parse: ParseResult, kind: K): readonly ValueOfKind<K>[] {
  return (walk(parse).byKind.get(kind) ?? []) as ValueOfKind<K>[];
}
