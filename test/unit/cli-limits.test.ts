/**
 * The command line on documents with a huge number of problems or huge
 * messages: no argument spread over an unbounded list, truthful counts when
 * the core caps a file's diagnostics at MAX_DIAGNOSTICS, output proportional
 * to the input, and linear-time text handling.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../server/cli/args.js';
import { formatJson } from '../../server/cli/formatters/json.js';
import { formatSarif } from '../../server/cli/formatters/sarif.js';
import { formatStylish, MAX_ALIGNED_MESSAGE } from '../../server/cli/formatters/stylish.js';
import { countProblems, type LintReport } from '../../server/cli/report.js';
import { oneLine } from '../../server/cli/text.js';
import { LineIndex, parse } from '../../grammar/index.js';
import { analyzeParsed, capDiagnostics, MAX_DIAGNOSTICS, TOO_MANY_PROBLEMS, type Diagnostic, type Severity } from '../../server/core/index.js';
import { buildCli, makeTree, type BuiltCli, type JsonFileResult } from './cli-harness.js';

let cli: BuiltCli;
let dir: string;
/** 125,000 stray `@`, one to a line: each one is a syntax error. */
const STRAY_ATS = 125_000;
const strayAts = '@\n'.repeat(STRAY_ATS);
/** Every problem of the file, before the per-file cap. */
const uncapped = () => analyzeParsed(parse(strayAts));

beforeAll(async () => {
  cli = await buildCli();
  dir = makeTree({ 'at.contract': strayAts });
}, 60_000);
afterAll(() => {
  cli?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function bySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) counts[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
  return counts;
}

function diagnostic(i: number, severity: Severity, message = `problem ${i}`): Diagnostic {
  const pos = { line: i, character: 0 };
  return { code: 'syntax-error', severity, message, span: { start: 0, end: 0 }, range: { start: pos, end: pos }, docs: '', fixes: [] };
}

/** A one-file report; the counts are by severity unless given (so that the formatters are tested on their own). */
function reportOf(diagnostics: Diagnostic[], text = '', counts = bySeverity(diagnostics)): LintReport {
  return {
    files: [{ file: { display: 'big.contract', absolute: path.resolve('big.contract') }, diagnostics, lines: new LineIndex(text) }],
    errorCount: counts.errors,
    warningCount: counts.warnings,
    infoCount: counts.infos,
    maxWarnings: -1,
  };
}

describe('no argument spread over an unbounded list', () => {
  it('the stylish format takes a file with 300,000 problems', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => diagnostic(i, 'error'));
    const out = formatStylish(reportOf(many), { cwd: process.cwd(), color: false });
    expect(out).toContain('\u2716 300000 problems (300000 errors, 0 warnings)');
    expect(out).toContain('300000:1  error  problem 299999  syntax-error');
  });

  it('the option parser takes 500,000 paths after --', () => {
    const paths = Array.from({ length: 500_000 }, (_, i) => `c${i}.contract`);
    expect(parseArgs(['--', ...paths], []).positionals).toHaveLength(500_000);
  });
});

describe('counts with the per-file cap', () => {
  it('add the problems a too-many-problems summary stands for, and not the summary itself', () => {
    const all = [
      ...Array.from({ length: 700 }, (_, i) => diagnostic(i, 'error')),
      ...Array.from({ length: 600 }, (_, i) => diagnostic(1000 + i, 'warning')),
      ...Array.from({ length: 50 }, (_, i) => diagnostic(2000 + i, 'info')),
    ];
    const capped = capDiagnostics(all);
    expect(capped).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(capped[capped.length - 1]!.code).toBe(TOO_MANY_PROBLEMS);
    expect(countProblems(capped)).toEqual({ errors: 700, warnings: 600, infos: 50 });
    expect(countProblems(capped, true)).toEqual({ errors: 700, warnings: 0, infos: 0 });
    const out = formatStylish(reportOf(capped, '', countProblems(capped)), { cwd: process.cwd(), color: false });
    expect(out.endsWith('\n\n\u2716 1350 problems (700 errors, 600 warnings, 50 info)\n\n')).toBe(true);
  });

  it('count omitted warnings towards --max-warnings', () => {
    const capped = capDiagnostics(Array.from({ length: 1500 }, (_, i) => diagnostic(i, 'warning')));
    expect(countProblems(capped)).toEqual({ errors: 0, warnings: 1500, infos: 0 });
  });

  it('a file with 125,000 stray @: the summary counts every problem, in a few hundred kilobytes of output', () => {
    const all = uncapped();
    expect(all.length).toBeGreaterThanOrEqual(STRAY_ATS);
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.filter((d) => d.severity === 'warning').length;
    const infos = all.length - errors - warnings;
    const r = cli.run(['lint', 'at.contract'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`\u2716 ${all.length} problems (${errors} errors, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`);
    expect(r.stdout.split('\n').filter((l) => /^ +\d+:\d+ /.test(l))).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(r.stdout.length).toBeLessThan(4 * strayAts.length);
  });

  it('a file with 125,000 stray @: JSON and SARIF stay proportional to the input (46 MB and 89 MB before the core capped diagnostics)', () => {
    const json = cli.run(['lint', '--format', 'json', 'at.contract'], { cwd: dir });
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout) as JsonFileResult[];
    expect(results[0]!.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(results[0]!.diagnostics[MAX_DIAGNOSTICS]!.code).toBe(TOO_MANY_PROBLEMS);
    expect(json.stdout.length).toBeLessThan(4 * strayAts.length);
    const sarif = cli.run(['lint', '--format', 'sarif', 'at.contract'], { cwd: dir });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.runs[0].results).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(sarif.stdout.length).toBeLessThan(8 * strayAts.length);
  });
});

describe('SARIF rule indexes', () => {
  it('point at a rule for too-many-problems and for a code no rule declares', () => {
    const capped = capDiagnostics(Array.from({ length: 1001 }, (_, i) => diagnostic(i, 'warning')));
    capped.push({ ...diagnostic(5000, 'info'), code: 'made-up-code' });
    const run = JSON.parse(formatSarif(reportOf(capped, '\n'.repeat(6000)), { cwd: process.cwd(), color: false })).runs[0];
    for (const code of [TOO_MANY_PROBLEMS, 'made-up-code']) {
      const result = run.results.find((r: { ruleId: string }) => r.ruleId === code);
      expect(result.ruleIndex, code).toBeGreaterThanOrEqual(0);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(code);
    }
  });
});

describe('long messages', () => {
  it('one very long message does not pad every line of its file to its length', () => {
    const long = `Unexpected name \`${'x'.repeat(200_000)}\``;
    const diags = [diagnostic(0, 'error', long), ...Array.from({ length: 1000 }, (_, i) => diagnostic(i + 1, 'error'))];
    const out = formatStylish(reportOf(diags), { cwd: process.cwd(), color: false });
    expect(out.length).toBeLessThan(long.length + 1001 * (MAX_ALIGNED_MESSAGE + 60));
    // The short messages still line up with each other.
    const rows = out.split('\n').filter((l) => / problem \d+ /.test(l));
    expect(new Set(rows.map((l) => l.lastIndexOf(' ')))).toHaveLength(1);
    expect(formatJson(reportOf(diags)).length).toBeLessThan(long.length + 1001 * 400);
  });

  it('are put on one line in linear time, even around a long run of spaces', () => {
    const spaces = ' '.repeat(400_000);
    const started = Date.now();
    expect(oneLine(`a${spaces}b`)).toBe(`a${spaces}b`);
    expect(oneLine(`a${spaces}\n${spaces}b${spaces}`)).toBe(`a b${spaces}`);
    expect(Date.now() - started).toBeLessThan(2000);
    // Through the stylish format, which used such a regular expression.
    const report = reportOf([diagnostic(0, 'warning', `a${spaces.slice(0, 100_000)}b`)]);
    expect(formatStylish(report, { cwd: process.cwd(), color: false })).toContain(`a${spaces.slice(0, 100_000)}b  syntax-error`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(oneLine('a \r\n  b\n \n c\rd\n')).toBe('a b c d ');
    expect(oneLine('\nb')).toBe(' b');
  });
});
