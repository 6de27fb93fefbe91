/**
 * The `clausewise` command line, run as a separate process exactly as users
 * and CI run it: exit codes, options, folder walking, configuration discovery
 * and the stylish and JSON formats.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../server/cli/commands/index.js';
import { buildCli, example, EXAMPLES, expectFailure, makeTree, ROOT, withoutBlock, type BuiltCli, type JsonFileResult } from './cli-harness.js';

let cli: BuiltCli;
const trees: string[] = [];
const tree = (files: Record<string, string>) => {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
};

const managed = example('managed-services');
const vague = example('vague-services');
/** A contract whose only problems are warnings (no termination block). */
const warningsOnly = withoutBlock(managed, 'termination');
const PKG_VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

beforeAll(async () => {
  cli = await buildCli();
});
afterAll(() => {
  cli?.cleanup();
  for (const d of trees) fs.rmSync(d, { recursive: true, force: true });
});

function lintJson(args: string[], cwd?: string): { code: number | null; results: JsonFileResult[]; stderr: string } {
  const r = cli.run(['lint', '--format', 'json', ...args], { cwd });
  return { code: r.code, results: JSON.parse(r.stdout) as JsonFileResult[], stderr: r.stderr };
}

describe('the examples', () => {
  it('managed-services.contract is clean: exit 0 and no output', () => {
    const r = cli.run(['lint', 'examples/managed-services.contract']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const json = lintJson(['examples/managed-services.contract']);
    expect(json.results).toEqual([{ file: 'examples/managed-services.contract', diagnostics: [] }]);
  });

  it('vague-services.contract has errors: exit 1 and each problem listed', () => {
    const r = cli.run(['lint', 'examples/vague-services.contract']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = lintJson(['examples/vague-services.contract']);
    expect(json.code).toBe(1);
    const diags = json.results[0]!.diagnostics;
    expect(diags.some((d) => d.severity === 'error')).toBe(true);
    // The invalid date `2027-02-30` sits on line 4, column 13 (1-based): 0-based 3:12 in JSON.
    const date = diags.find((d) => d.code === 'invalid-date');
    expect(date?.range).toEqual({ start: { line: 3, character: 12 }, end: { line: 3, character: 22 } });
    expect(vague.split('\n')[3]!.slice(12, 22)).toBe('2027-02-30');
  });
});

describe('--help and --version', () => {
  it('prints the general help with every command and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = cli.run([flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      for (const c of COMMANDS) expect(r.stdout).toContain(c.usage);
      expect(r.stdout).toContain('--version');
    }
  });

  it('prints the help of lint with its options', () => {
    const r = cli.run(['lint', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format FORMAT', '--config FILE', '--max-warnings N', '--quiet', 'Exit codes']) expect(r.stdout).toContain(opt);
  });

  it('prints the version from package.json', () => {
    for (const args of [['--version'], ['-v'], ['lint', '--version']]) {
      const r = cli.run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${PKG_VERSION}\n`);
    }
  });

  it('works through the bin/clausewise.js launcher', () => {
    const r = spawnSync(process.execPath, [cli.binJs, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${PKG_VERSION}\n`);
  });
});

describe('exit code 2: the command cannot do its job', () => {
  it('no command', () => {
    expect(expectFailure(cli, [])).toContain('no command given');
  });

  it('unknown commands, with a suggestion and the list of commands', () => {
    expect(expectFailure(cli, ['lnt'])).toContain('unknown command lnt (did you mean lint?)');
    const line = expectFailure(cli, ['publish', 'examples/managed-services.contract']);
    expect(line).toContain('unknown command publish');
    for (const c of COMMANDS) expect(line).toContain(c.name);
    expect(expectFailure(cli, ['--frobnicate'])).toContain('unknown option --frobnicate');
  });

  it('unknown option, with a suggestion', () => {
    expect(expectFailure(cli, ['lint', '--formt', 'json', 'examples'])).toMatch(/^clausewise: unknown option --formt \(did you mean --format\?\)/);
    expect(expectFailure(cli, ['lint', '--max-warning=3', 'examples'])).toContain('(did you mean --max-warnings?)');
    expect(expectFailure(cli, ['lint', '-z'])).toContain('unknown option -z');
  });

  it('missing option value', () => {
    expect(expectFailure(cli, ['lint', 'examples', '--format'])).toContain('option --format needs a value');
    expect(expectFailure(cli, ['lint', '--config', '--quiet', 'examples'])).toContain('option --config needs a value');
    expect(expectFailure(cli, ['lint', 'examples', '--max-warnings'])).toContain('option --max-warnings needs a value');
  });

  it('a value given to a flag', () => {
    expect(expectFailure(cli, ['lint', '--quiet=yes', 'examples'])).toContain('option --quiet takes no value');
  });

  it('unknown format', () => {
    expect(expectFailure(cli, ['lint', '--format', 'xml', 'examples'])).toContain('unknown format "xml" for --format: use stylish, json, sarif, github or gitlab');
    expect(expectFailure(cli, ['lint', '--format=jsn', 'examples'])).toContain('(did you mean json?)');
  });

  it('bad numbers for --max-warnings', () => {
    for (const bad of ['abc', '1.5', '-2', '']) {
      expect(expectFailure(cli, ['lint', `--max-warnings=${bad}`, 'examples'])).toContain('--max-warnings needs a whole number of warnings');
    }
  });

  it('a missing file or folder', () => {
    expect(expectFailure(cli, ['lint', 'examples/nope.contract'])).toBe('clausewise: cannot read examples/nope.contract: no such file or folder; check the path');
    expect(expectFailure(cli, ['lint', 'no-such-folder'])).toContain('cannot read no-such-folder');
  });

  it('a file that cannot be read (a dangling link)', () => {
    const dir = tree({ 'ok.contract': managed });
    fs.symlinkSync(path.join(dir, 'gone.contract'), path.join(dir, 'broken.contract'));
    expect(expectFailure(cli, ['lint', 'broken.contract'], dir)).toContain('cannot read broken.contract');
  });

  it('a folder named like a contract is searched as a folder, not read as a file', () => {
    const dir = tree({ 'a.contract': managed, 'folder.contract/inner.txt': 'x' });
    expect(expectFailure(cli, ['lint', 'a.contract', 'folder.contract'], dir)).toContain('no contract files (*.contract) found in the folder folder.contract');
  });

  it('a folder without contracts', () => {
    const dir = tree({ 'notes.txt': 'nothing', 'node_modules/dep/x.contract': managed });
    expect(expectFailure(cli, ['lint'], dir)).toContain('no contract files (*.contract) found in the current folder');
    expect(expectFailure(cli, ['lint', '.'], dir)).toContain('no contract files (*.contract) found in the folder .');
  });

  it('nothing on stdout, even when earlier files were fine', () => {
    const dir = tree({ 'a.contract': vague });
    const r = cli.run(['lint', 'a.contract', 'missing.contract'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('--max-warnings and --quiet', () => {
  it('warnings alone exit 0 without a limit', () => {
    const dir = tree({ 'w.contract': warningsOnly });
    const { code, results } = lintJson(['w.contract'], dir);
    const severities = results[0]!.diagnostics.map((d) => d.severity);
    expect(severities).toContain('warning');
    expect(severities).not.toContain('error');
    expect(code).toBe(0);
  });

  it('more warnings than --max-warnings exit 1; as many exit 0', () => {
    const dir = tree({ 'w.contract': warningsOnly });
    const warnings = lintJson(['w.contract'], dir).results[0]!.diagnostics.filter((d) => d.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);

    const over = cli.run(['lint', 'w.contract', '--max-warnings', String(warnings - 1)], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stdout).toContain(`Clausewise found too many warnings (maximum: ${warnings - 1}).`);

    const equal = cli.run(['lint', 'w.contract', `--max-warnings=${warnings}`], { cwd: dir });
    expect(equal.code).toBe(0);
    expect(equal.stdout).not.toContain('too many warnings');

    expect(cli.run(['lint', 'w.contract', '--max-warnings', '-1'], { cwd: dir }).code).toBe(0);
  });

  it('keeps stdout one JSON document when the limit is exceeded, and says why on stderr', () => {
    const dir = tree({ 'w.contract': warningsOnly });
    const r = cli.run(['lint', 'w.contract', '--format', 'json', '--max-warnings', '0'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/^clausewise: \d+ warnings, more than --max-warnings 0 allows\n$/);
  });

  it('--quiet reports errors only, and warnings no longer count', () => {
    const dir = tree({ 'w.contract': warningsOnly, 'v.contract': vague });
    const quietWarnings = cli.run(['lint', '--quiet', '--max-warnings', '0', 'w.contract'], { cwd: dir });
    expect(quietWarnings.code).toBe(0);
    expect(quietWarnings.stdout).toBe('');

    const full = lintJson(['v.contract'], dir).results[0]!.diagnostics;
    const quiet = lintJson(['-q', 'v.contract'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.results[0]!.diagnostics).toEqual(full.filter((d) => d.severity === 'error'));
    expect(full.length).toBeGreaterThan(quiet.results[0]!.diagnostics.length);
  });
});

describe('folder walking', () => {
  const files = () => ({
    'contracts/b.contract': managed,
    'contracts/a.contract': managed,
    'contracts/sub/deep/c.contract': managed,
    'contracts/node_modules/pkg/x.contract': vague,
    'contracts/.drafts/y.contract': vague,
    'contracts/readme.txt': 'not a contract',
    'contracts/sub/other.contract.bak': vague,
  });

  it('finds *.contract recursively, in name order, skipping node_modules and dot-folders', () => {
    const dir = tree(files());
    const { code, results } = lintJson(['contracts'], dir);
    expect(code).toBe(0);
    expect(results.map((r) => r.file)).toEqual(['contracts/a.contract', 'contracts/b.contract', 'contracts/sub/deep/c.contract']);
  });

  it('keeps paths as given, checks the current folder without a path, and lists each file once', () => {
    const dir = tree(files());
    expect(lintJson(['./contracts/'], dir).results.map((r) => r.file)).toEqual(['./contracts/a.contract', './contracts/b.contract', './contracts/sub/deep/c.contract']);
    expect(lintJson([], path.join(dir, 'contracts')).results.map((r) => r.file)).toEqual(['a.contract', 'b.contract', 'sub/deep/c.contract']);
    expect(lintJson(['contracts/b.contract', 'contracts', 'contracts/b.contract'], dir).results.map((r) => r.file)).toEqual([
      'contracts/b.contract',
      'contracts/a.contract',
      'contracts/sub/deep/c.contract',
    ]);
  });

  it('checks an explicitly named file even inside a skipped folder, and reports its problems', () => {
    const dir = tree(files());
    const { code, results } = lintJson(['contracts/.drafts/y.contract'], dir);
    expect(code).toBe(1);
    expect(results[0]!.file).toBe('contracts/.drafts/y.contract');
  });

  it('lints both examples in one run', () => {
    const { code, results } = lintJson([EXAMPLES]);
    expect(code).toBe(1);
    expect(results.map((r) => path.basename(r.file))).toEqual(['managed-services.contract', 'vague-services.contract']);
    expect(results[0]!.diagnostics).toEqual([]);
  });
});

describe('--format json', () => {
  it('prints exactly one array of {file, diagnostics} with 0-based ranges', () => {
    const r = cli.run(['lint', '--format=json', 'examples/vague-services.contract', 'examples/managed-services.contract']);
    const parsed = JSON.parse(r.stdout) as JsonFileResult[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.map((f) => Object.keys(f))).toEqual([
      ['file', 'diagnostics'],
      ['file', 'diagnostics'],
    ]);
    const lines = vague.split('\n');
    for (const d of parsed[0]!.diagnostics) {
      expect(Object.keys(d)).toEqual(['code', 'severity', 'message', 'range']);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      expect(d.range.start.line).toBeLessThan(lines.length);
      expect(d.range.start.character).toBeLessThanOrEqual(lines[d.range.start.line]!.length);
    }
  });
});

describe('--format stylish', () => {
  it('prints a header per file, aligned lines with 1-based positions, and a summary', () => {
    const r = cli.run(['lint', 'examples/vague-services.contract', 'examples/managed-services.contract']);
    const json = lintJson(['examples/vague-services.contract']).results[0]!.diagnostics;
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('');
    expect(out[1]).toBe('examples/vague-services.contract');
    expect(r.stdout).not.toContain('managed-services');
    expect(r.stdout).not.toContain('\u001b[');
    const rows = out.slice(2, 2 + json.length);
    rows.forEach((row, i) => {
      const d = json[i]!;
      const m = /^ +(\d+):(\d+) +(error|warning|info) {2,}(.+?) {2,}([a-z-]+)$/.exec(row);
      expect(m, row).not.toBeNull();
      expect(Number(m![1])).toBe(d.range.start.line + 1);
      expect(Number(m![2])).toBe(d.range.start.character + 1);
      expect(m![3]).toBe(d.severity);
      expect(m![4]).toBe(d.message);
      expect(m![5]).toBe(d.code);
    });
    // The severity, message and code columns line up.
    const codeColumn = new Set(rows.map((row) => row.length - row.trimEnd().split(' ').pop()!.length));
    expect(codeColumn.size).toBe(1);
    const errors = json.filter((d) => d.severity === 'error').length;
    const warnings = json.filter((d) => d.severity === 'warning').length;
    const infos = json.length - errors - warnings;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [`${infos} info`] : [])].join(', ');
    expect(r.stdout.endsWith(`\n\n\u2716 ${plural(json.length, 'problem')} (${counts})\n\n`)).toBe(true);
  });
});

describe('configuration', () => {
  it('uses the nearest clausewise.json above each file', () => {
    const dir = tree({
      'clausewise.json': JSON.stringify({ rules: { 'missing-termination': 'error' } }),
      'strict/w.contract': warningsOnly,
      'relaxed/clausewise.json': JSON.stringify({ rules: { 'missing-termination': 'off' } }),
      'relaxed/w.contract': warningsOnly,
      'relaxed/deeper/w.contract': warningsOnly,
    });
    const { code, results } = lintJson(['.'], dir);
    const find = (file: string) => results.find((r) => r.file === file)!.diagnostics.find((d) => d.code === 'missing-termination');
    expect(find('strict/w.contract')?.severity).toBe('error');
    expect(find('relaxed/w.contract')).toBeUndefined();
    expect(find('relaxed/deeper/w.contract')).toBeUndefined();
    expect(code).toBe(1);
  });

  it('--config applies one file to every contract', () => {
    const dir = tree({
      'relaxed/clausewise.json': JSON.stringify({ rules: { 'missing-termination': 'off' } }),
      'relaxed/w.contract': warningsOnly,
      'ci.json': JSON.stringify({ rules: { 'missing-termination': 'error' } }),
    });
    const { code, results } = lintJson(['--config', 'ci.json', 'relaxed'], dir);
    expect(results[0]!.diagnostics.find((d) => d.code === 'missing-termination')?.severity).toBe('error');
    expect(code).toBe(1);
  });

  it('a bad clausewise.json exits 2 naming the file and the key', () => {
    const dir = tree({
      'team/clausewise.json': JSON.stringify({ rules: { 'missing-termination': 'loud' } }),
      'team/w.contract': warningsOnly,
      'typo/clausewise.json': JSON.stringify({ rulez: {} }),
      'typo/w.contract': warningsOnly,
      'code/clausewise.json': JSON.stringify({ rules: { 'no-such-rule': 'off' } }),
      'code/w.contract': warningsOnly,
      'broken/clausewise.json': '{ "rules": ',
      'broken/w.contract': warningsOnly,
    });
    expect(expectFailure(cli, ['lint', 'team'], dir)).toBe(
      `clausewise: bad configuration in ${path.join('team', 'clausewise.json')}: "rules.missing-termination" must be one of off, info, warning, error, not "loud"`,
    );
    expect(expectFailure(cli, ['lint', 'typo'], dir)).toContain(`${path.join('typo', 'clausewise.json')}: "rulez" is not a setting`);
    expect(expectFailure(cli, ['lint', 'code'], dir)).toContain('"rules.no-such-rule" is not a rule code');
    expect(expectFailure(cli, ['lint', 'broken'], dir)).toMatch(/broken\/clausewise\.json: is not valid JSON/);
  });

  it('a bad or missing --config file exits 2 naming it', () => {
    const dir = tree({ 'w.contract': warningsOnly, 'bad.json': JSON.stringify({ defaultCurrency: 'dollars' }) });
    expect(expectFailure(cli, ['lint', '--config', 'bad.json', 'w.contract'], dir)).toContain('bad.json: "defaultCurrency" must be a three-letter ISO 4217 code');
    expect(expectFailure(cli, ['lint', '--config', 'missing.json', 'w.contract'], dir)).toContain('cannot read the configuration file missing.json given with --config');
  });
});

describe('output to a reader that stops early', () => {
  it('keeps the exit code and prints no crash when the pipe is closed (clausewise lint | head)', async () => {
    const dir = tree(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}.contract`, warningsOnly])));
    const child = spawn(process.execPath, [cli.cliJs, 'lint', '.'], { cwd: dir });
    // Closing our end before the command writes makes its first write fail with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('byte-order marks', () => {
  it('are not counted as a character of line 1, in contracts and in clausewise.json', () => {
    // The contract statement on the first line, right after the mark.
    const text = withoutBlock(managed, 'termination').replace(/^(\/\/[^\n]*\n)+/, '');
    const dir = tree({
      'bom.contract': `\uFEFF${text}`,
      'clausewise.json': '\uFEFF{ "rules": { "missing-termination": "error" } }',
    });
    const r = lintJson(['bom.contract'], dir);
    expect(r.code, r.stderr).toBe(1);
    const d = r.results[0]!.diagnostics.find((x) => x.code === 'missing-termination')!;
    expect(d.severity).toBe('error');
    expect(d.range.start).toEqual({ line: 0, character: 0 });
  });
});
