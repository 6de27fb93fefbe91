/**
 * The Mocha TDD interface (`suite`, `test`, `suiteSetup`, …) as typed
 * functions. Mocha installs these as globals when a run is set up: through
 * the `pre-require` event in the Node extension host and `mocha.setup()` in
 * the web-worker extension host; the test files call them through here so
 * that the same files run in both.
 */
import type * as MochaTypes from 'mocha';

type Globals = {
  suite: MochaTypes.SuiteFunction;
  test: MochaTypes.TestFunction;
  suiteSetup: MochaTypes.HookFunction;
  suiteTeardown: MochaTypes.HookFunction;
  setup: MochaTypes.HookFunction;
  teardown: MochaTypes.HookFunction;
};

function global<K extends keyof Globals>(name: K): Globals[K] {
  const fn = (globalThis as unknown as Partial<Globals>)[name];
  if (!fn) throw new Error(`Mocha's "${name}" is not defined: the test files must be loaded after Mocha is set up with the tdd interface.`);
  return fn;
}

/** Declares a suite. */
export const suite = (title: string, fn: (this: MochaTypes.Suite) => void): MochaTypes.Suite => global('suite')(title, fn);
/** Declares a test. */
export const test = (title: string, fn: MochaTypes.AsyncFunc): MochaTypes.Test => global('test')(title, fn);
/** Runs once before the tests of the enclosing suite. */
export const suiteSetup = (fn: MochaTypes.AsyncFunc): void => global('suiteSetup')(fn);
/** Runs once after the tests of the enclosing suite. */
export const suiteTeardown = (fn: MochaTypes.AsyncFunc): void => global('suiteTeardown')(fn);
