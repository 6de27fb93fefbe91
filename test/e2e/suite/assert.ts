/**
 * The few assertions the suite needs, without Node's `assert` module, so that
 * the same test files run in the web-worker extension host.
 */

/** Thrown when an assertion fails. */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? String(value);
}

/** Fails unless `value` is truthy. */
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(message);
}

/** Fails unless `actual === expected`. */
export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (actual !== expected) throw new AssertionError(`${message ?? 'values differ'}\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
}

/** Fails unless both values have the same JSON form (plain data only). */
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  const a = show(actual);
  const e = show(expected);
  if (a !== e) throw new AssertionError(`${message ?? 'values differ'}\n  actual:   ${a}\n  expected: ${e}`);
}

/** Fails unless `text` matches `pattern`. */
export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new AssertionError(`${message ?? `text does not match ${pattern}`}\n  text: ${text}`);
}
