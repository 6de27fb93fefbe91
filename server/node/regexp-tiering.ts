/**
 * How the language server compiles its regular expressions. V8 first compiles
 * each expression to bytecode and interprets it, then compiles it to machine
 * code once it is used again. The prose classes (core/lexicon.ts) are nine
 * expressions of up to 13 KB each: their bytecode alone took about 300 ms to
 * compile on the first text that held an anchor word, before the machine code
 * was compiled anyway, so the first diagnostics of a session waited for both.
 * Compiled to machine code at once, as the command line does (cli/tiering.ts),
 * they take about 50 ms. Imported first by main.ts, so that it holds in the
 * server process and in its analysis worker thread (V8's flags are the
 * process's); the browser server cannot set V8 flags and keeps the default.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
