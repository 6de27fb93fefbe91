/**
 * Values computed once per parse result and shared by the rules that need them
 * (a walk of every statement, the lexicon matches in the prose, …).
 *
 * The values are kept on the parse result itself, in a non-enumerable property,
 * rather than in a WeakMap keyed by it: V8's minor garbage collections treat a
 * WeakMap's values as live, so a cached value that references the syntax tree
 * kept every tree alive until a major collection, which made analysing many
 * small documents (the command line) markedly slower. A property dies with its
 * parse result, is invisible to JSON and equality checks, and is not copied
 * when a result is spread into a new one.
 */
import type { ParseResult } from '../../../grammar/index.js';

const SLOT = Symbol('clausewise.perParse');

type Store = Map<object, unknown>;

/**
 * The value cached under `key` (usually the compute function itself) for this
 * parse result, computed by `compute` on first use.
 */
export function perParse<T>(parse: ParseResult, key: object, compute: () => T): T {
  let store = (parse as unknown as Record<symbol, Store | undefined>)[SLOT];
  if (!store) {
    store = new Map();
    Object.defineProperty(parse, SLOT, { value: store, enumerable: false });
  }
  if (store.has(key)) return store.get(key) as T;
  const value = compute();
  store.set(key, value);
  return value;
}
