/**
 * How soon V8 optimises the command line's functions. The command line is
 * short-lived: `clausewise lint` of 1,000 files runs each rule 1,000 times, so
 * V8's default interrupt budget has it optimise (and often optimise again)
 * a few hundred functions, and compiling them costs more than their speed
 * saves: callgrind counted 40% of the instructions of lint of 200 files in
 * the optimising compiler. A larger budget (V8's `--interrupt-budget`, in
 * bytecodes executed between two looks at a function) optimises fewer, later.
 * Callgrind (node --single-threaded --predictable), lint --format json of the
 * bench's 1,000 files: 9.94 G instructions with the default, 9.10 G with a
 * budget of 150,000, 8.98 G with 200,000, 8.87 G with 300,000, 9.00 G with
 * 600,000, 9.80 G with 1,200,000; lint of one file does not change. Imported
 * first by main.ts, so that the budget applies to every function of the
 * bundle (and of its lint workers); the language server, long-lived, keeps
 * V8's default.
 *
 * Regular expressions likewise: V8 first compiles each to bytecode and
 * interprets it, then compiles it to machine code on its next use. The prose
 * classes (core/lexicon.ts) are four expressions of 4-13 KB each; their first
 * use took 137 ms with that tier-up and 31 ms compiled to machine code at once
 * (one sentence, median of 3 runs each), and lint of the bench's 1,000 files
 * ran 80 ms faster (wall and CPU, medians of 7 alternating runs). The command
 * line therefore compiles every expression to machine code on first use.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecodes between two looks at a function (V8's default is 66 KB in Node 20). */
export const INTERRUPT_BUDGET = 300_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
setFlagsFromString('--no-regexp-tier-up');
