// Analysis throughput: lex + parse + AST + every rule (the core's `analyze`)
// on a generated contract of about 20,000 lines, against a Chevrotain JSON
// parser (lexer + CST) on a JSON document of the same size.
import { generateContract, generateJson } from './generate.mjs';
import { parseJson } from './json-parser.mjs';

const LINES = 20_000;

export const goals = [{ key: 'ratio', label: 'core / JSON throughput', target: '≥ 0.5', met: (v) => v >= 0.5 }];

/** Runs the throughput benchmark and returns core_mb_s, json_mb_s, ratio and the parse-only figure. */
export async function run(ctx) {
  const core = await import(await ctx.bundle('server/core/index.ts', 'core'));
  const grammar = await import(await ctx.bundle('grammar/index.ts', 'grammar'));

  const text = generateContract(LINES, 1);
  const bytes = Buffer.byteLength(text, 'utf8');
  const lines = text.split('\n').length;
  const first = core.analyze(text);
  const bySeverity = (s) => first.diagnostics.filter((d) => d.severity === s).length;
  ctx.log(`contract: ${lines} lines, ${(bytes / 1e6).toFixed(2)} MB, ${first.parse.issues.length} syntax issues, ${bySeverity('error')} errors, ${bySeverity('warning')} warnings, ${bySeverity('info')} info`);

  const json = generateJson(bytes, 1);
  const jsonBytes = Buffer.byteLength(json, 'utf8');
  const check = parseJson(json);
  if (check.lexErrors.length || check.parseErrors.length) throw new Error('the JSON benchmark document does not parse');
  ctx.log(`JSON document: ${(jsonBytes / 1e6).toFixed(2)} MB`);

  const analyzeTime = await ctx.measure(() => core.analyze(text), { warmup: 5, reps: 15 });
  const parseTime = await ctx.measure(() => grammar.parse(text), { warmup: 5, reps: 15 });
  const jsonTime = await ctx.measure(() => parseJson(json), { warmup: 5, reps: 15 });

  const mbs = (b, ms) => b / 1e6 / (ms / 1000);
  const coreMbs = mbs(bytes, analyzeTime.median);
  const parseMbs = mbs(bytes, parseTime.median);
  const jsonMbs = mbs(jsonBytes, jsonTime.median);
  ctx.log(`analyze (lex + parse + AST + rules): median ${analyzeTime.median.toFixed(1)} ms = ${coreMbs.toFixed(2)} MB/s`);
  ctx.log(`  of which parse (lex + parse + AST): median ${parseTime.median.toFixed(1)} ms = ${parseMbs.toFixed(2)} MB/s`);
  ctx.log(`JSON (Chevrotain lexer + CstParser): median ${jsonTime.median.toFixed(1)} ms = ${jsonMbs.toFixed(2)} MB/s`);
  ctx.log(`ratio core / JSON: ${(coreMbs / jsonMbs).toFixed(2)} (goal ≥ 0.5)`);
  // The same figures from CPU time, which other work on a shared machine disturbs less.
  const coreCpuMbs = mbs(bytes, analyzeTime.cpuMedian);
  const jsonCpuMbs = mbs(jsonBytes, jsonTime.cpuMedian);
  ctx.log(`  by CPU time: analyze ${coreCpuMbs.toFixed(2)} MB/s, JSON ${jsonCpuMbs.toFixed(2)} MB/s, ratio ${(coreCpuMbs / jsonCpuMbs).toFixed(2)}`);
  return {
    core_mb_s: ctx.fixed(coreMbs),
    json_mb_s: ctx.fixed(jsonMbs),
    ratio: ctx.fixed(coreMbs / jsonMbs),
    parse_mb_s: ctx.fixed(parseMbs),
    ratio_cpu: ctx.fixed(coreCpuMbs / jsonCpuMbs),
    core_lines: lines,
    core_bytes: bytes,
  };
}
