/**
 * Per-file isolation in `clausewise lint`: a file whose analysis throws gets
 * exactly one `internal-error` in every format, counts as an error, and the
 * other files are still checked and reported. The failure is injected: the
 * core's `analyze` is wrapped so that it throws on a marked document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lint } from '../../server/cli/commands/lint.js';
import { FORMATTERS } from '../../server/cli/formatters/index.js';
import { analyze, INTERNAL_ERROR } from '../../server/core/index.js';
import { example, makeTree, runInProcess, type JsonFileResult } from './cli-harness.js';

/** A document containing this comment makes the wrapped analysis throw. */
const MARKER = '// test: the analysis of this document throws';
const FAILURE = 'injected failure for the isolation test';

vi.mock('../../server/core/index.js', async (importOriginal) => {
  const core = await importOriginal<typeof import('../../server/core/index.js')>();
  return {
    ...core,
    analyze: (text: string, ...rest: unknown[]) => {
      if (text.includes(MARKER)) throw new RangeError(FAILURE);
      return (core.analyze as (...args: unknown[]) => ReturnType<typeof core.analyze>)(text, ...rest);
    },
    // lint analyses the files it is given together (contract families) through analyzeParsed.
    analyzeParsed: (parsed: { text: string }, ...rest: unknown[]) => {
      if (parsed.text.includes(MARKER)) throw new RangeError(FAILURE);
      return (core.analyzeParsed as (...args: unknown[]) => ReturnType<typeof core.analyzeParsed>)(parsed, ...rest);
    },
  };
});

const managed = example('managed-services');
const vague = example('vague-services');
const trees: string[] = [];
afterAll(() => {
  for (const d of trees) fs.rmSync(d, { recursive: true, force: true });
});

/** A folder of good contracts with one whose analysis throws, in the middle in name order. */
function folder(): string {
  const dir = makeTree({
    'contracts/a-clean.contract': managed,
    'contracts/b-vague.contract': vague,
    'contracts/c-throws.contract': `${MARKER}\n${managed}`,
    'contracts/d-clean.contract': managed,
    'contracts/sub/e-vague.contract': vague,
  });
  trees.push(dir);
  return dir;
}
const GOOD = ['contracts/a-clean.contract', 'contracts/b-vague.contract', 'contracts/d-clean.contract', 'contracts/sub/e-vague.contract'];
const BAD = 'contracts/c-throws.contract';
/** Every file of the folder, in the order lint finds them. */
const ORDER = ['contracts/a-clean.contract', 'contracts/b-vague.contract', BAD, 'contracts/d-clean.contract', 'contracts/sub/e-vague.contract'];
/** A path as lint displays it on this system. */
const shown = (p: string) => p.split('/').join(path.sep);

describe('the injected failure', () => {
  it('throws from analyze on the marked document only', () => {
    expect(() => analyze(`${MARKER}\n${managed}`)).toThrow(FAILURE);
    expect(analyze(managed).diagnostics).toEqual([]);
  });
});

describe('a file whose analysis throws', () => {
  it('json: one internal-error entry for that file, every other file reported as when checked alone, exit 1', async () => {
    const dir = folder();
    const r = await runInProcess(['lint', '--format', 'json', 'contracts'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as JsonFileResult[];
    expect(results.map((f) => f.file)).toEqual(ORDER.map(shown));
    const bad = results.find((f) => f.file === shown(BAD))!;
    expect(bad.diagnostics).toHaveLength(1);
    expect(bad.diagnostics[0]).toMatchObject({ code: INTERNAL_ERROR, severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(bad.diagnostics[0]!.message).toContain(FAILURE);
    for (const good of GOOD) {
      const alone = JSON.parse((await runInProcess(['lint', '--format', 'json', good], dir)).stdout) as JsonFileResult[];
      expect(results.find((f) => f.file === shown(good))!.diagnostics).toEqual(alone[0]!.diagnostics);
    }
  });

  it('stylish: the file has one internal-error line, the other files their problems, and the summary counts it as an error', async () => {
    const dir = folder();
    const json = JSON.parse((await runInProcess(['lint', '--format', 'json', 'contracts'], dir)).stdout) as JsonFileResult[];
    const r = await runInProcess(['lint', 'contracts'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const badHeader = r.stdout.split('\n').indexOf(shown(BAD));
    expect(badHeader).toBeGreaterThan(0);
    expect(r.stdout.split('\n')[badHeader + 1]).toMatch(new RegExp(`^ +1:1 +error +Clausewise could not check this document \\(${FAILURE}\\)\\..* +${INTERNAL_ERROR}$`));
    expect(r.stdout.split(INTERNAL_ERROR).length - 1).toBe(1);
    for (const good of ['contracts/b-vague.contract', 'contracts/sub/e-vague.contract']) expect(r.stdout).toContain(`\n${shown(good)}\n`);
    const all = json.flatMap((f) => f.diagnostics);
    const errors = all.filter((d) => d.severity === 'error').length;
    expect(r.stdout).toContain(`\u2716 ${all.length} problems (${errors} errors, `);
  });

  it('sarif: one internal-error result for that file, and the results of every other file', async () => {
    const dir = folder();
    const json = JSON.parse((await runInProcess(['lint', '--format', 'json', 'contracts'], dir)).stdout) as JsonFileResult[];
    const r = await runInProcess(['lint', '--format', 'sarif', 'contracts'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const log = JSON.parse(r.stdout);
    const sarifRun = log.runs[0];
    expect(sarifRun.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(ORDER);
    const resultsOf = (uri: string) => sarifRun.results.filter((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri === uri);
    const bad = resultsOf(BAD);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ ruleId: INTERNAL_ERROR, level: 'error', locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 1 } } }] });
    expect(sarifRun.tool.driver.rules[bad[0].ruleIndex].id).toBe(INTERNAL_ERROR);
    for (const good of GOOD) expect(resultsOf(good)).toHaveLength(json.find((f) => f.file === shown(good))!.diagnostics.length);
  });

  it('still fails the run alone, also with --quiet, and a clean file beside it does not hide it', async () => {
    const dir = folder();
    for (const args of [[BAD], ['--quiet', BAD], ['contracts/a-clean.contract', BAD, 'contracts/d-clean.contract']]) {
      const r = await runInProcess(['lint', '--format', 'json', ...args], dir);
      expect(r.code, args.join(' ')).toBe(1);
      const results = JSON.parse(r.stdout) as JsonFileResult[];
      expect(results.flatMap((f) => f.diagnostics).map((d) => d.code)).toEqual([INTERNAL_ERROR]);
    }
  });

  it('render and calendar, which work on that one file, still exit 2 with one line', async () => {
    const dir = folder();
    for (const command of ['render', 'calendar']) {
      const r = await runInProcess([command, BAD], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^clausewise: internal error \(injected failure for the isolation test\); please report this\n$/);
    }
  });
});

describe('lint() with an analysis passed in', () => {
  it('isolates a throwing analysis and builds the same report in every format', () => {
    const dir = folder();
    const report = lint(['contracts'], {
      cwd: dir,
      quiet: false,
      maxWarnings: -1,
      analyze: (text, config) => {
        if (text.startsWith('// test')) throw new Error('another injected failure');
        return analyze(text, config);
      },
    });
    expect(report.files.map((f) => f.file.display)).toEqual(ORDER.map(shown));
    const bad = report.files[2]!;
    expect(bad.diagnostics.map((d) => d.code)).toEqual([INTERNAL_ERROR]);
    expect(bad.diagnostics[0]!.message).toContain('another injected failure');
    for (const [name, format] of Object.entries(FORMATTERS)) {
      const out = format(report, { cwd: dir, color: false });
      expect(out.split('another injected failure').length - 1, name).toBe(1);
      for (const good of ['b-vague.contract', 'e-vague.contract']) expect(out, name).toContain(good);
    }
  });
});
