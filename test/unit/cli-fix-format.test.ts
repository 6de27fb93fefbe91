/**
 * `clausewise format --check | --write` and `clausewise lint --fix |
 * --fix-dry-run`, run as processes: what is written, what is never written
 * (a contract with syntax errors), standard input, and exit codes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../server/cli/diff.js';
import { applyEdits, chooseEdits, fixText } from '../../server/cli/fix.js';
import { analyze, DEFAULT_CONFIG } from '../../server/core/index.js';
import { buildCli, example, expectFailure, makeTree, type BuiltCli } from './cli-harness.js';

let cli: BuiltCli;
const trees: string[] = [];
const tree = (files: Record<string, string>) => {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
};
beforeAll(async () => {
  cli = await buildCli();
});
afterAll(() => {
  cli?.cleanup();
  for (const d of trees) fs.rmSync(d, { recursive: true, force: true });
});

const managed = example('managed-services');
/** The clean example with misspelt periods and a misspelt unit: mechanical fixes. */
const typos = managed.replace('respond within 15 minutes', 'respond within 15 minuts').replace('invoice monthly', 'invoice monthy').replace('fee 12500.00 USD monthly', 'fee 12500.00 USD monthy');
/** The clean example laid out badly (whitespace only). */
const messy = managed.replace(/\n {2}(\w)/g, '\n      $1').replace('{\n', '{   \n');
/** A contract with a syntax error (an unclosed block) and bad layout. */
const broken = 'contract "Broken" {\n      effective 2027-01-01\n  scope {\n';

function stdinRun(args: string[], input: string, cwd?: string) {
  const r = spawnSync(process.execPath, [cli.cliJs, ...args], { cwd: cwd ?? process.cwd(), input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the fixer in-process', () => {
  it('applies only mechanical fixes, until none is left', () => {
    const before = analyze(typos).diagnostics;
    expect(before.some((d) => d.fixes.some((f) => f.mechanical))).toBe(true);
    const outcome = fixText(typos, DEFAULT_CONFIG);
    expect(outcome.text).toBe(managed);
    expect(outcome.applied).toBe(3);
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(chooseEdits(analyze(outcome.text).diagnostics).edits).toEqual([]);
  });

  it('changes nothing in a contract without mechanical fixes, even one with fixes that choose values', () => {
    const vague = example('vague-services');
    expect(analyze(vague).diagnostics.some((d) => d.fixes.some((f) => !f.mechanical))).toBe(true);
    expect(fixText(vague, DEFAULT_CONFIG).text).toBe(vague);
  });

  it('applies non-overlapping edits in one pass', () => {
    expect(applyEdits('abcdef', [{ span: { start: 4, end: 5 }, newText: 'E' }, { span: { start: 0, end: 1 }, newText: 'A' }, { span: { start: 2, end: 2 }, newText: '+' }])).toBe('Ab+cdEf');
  });
});

describe('unified diffs', () => {
  it('are what patch reads: headers, hunks with three lines of context, no-newline markers', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join('');
    const b = a.replace('line 3\n', 'line three\n').replace('line 17\n', '');
    expect(unifiedDiff('x.contract', a, b)).toBe(
      [
        '--- a/x.contract',
        '+++ b/x.contract',
        '@@ -1,7 +1,7 @@',
        ' line 0',
        ' line 1',
        ' line 2',
        '-line 3',
        '+line three',
        ' line 4',
        ' line 5',
        ' line 6',
        '@@ -15,6 +15,5 @@',
        ' line 14',
        ' line 15',
        ' line 16',
        '-line 17',
        ' line 18',
        ' line 19',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('x', 'a\n', 'a')).toBe('--- a/x\n+++ b/x\n@@ -1,1 +1,1 @@\n-a\n+a\n\\ No newline at end of file\n');
    expect(unifiedDiff('x', 'same', 'same')).toBe('');
  });
});

describe('clausewise lint --fix', () => {
  it('rewrites the file with the mechanical fixes and reports what is left (exit 0 when no error is left)', () => {
    const dir = tree({ 'msa.contract': typos });
    const r = cli.run(['lint', '--fix', 'msa.contract'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'msa.contract'), 'utf8')).toBe(managed);
  });

  it('keeps a byte-order mark and CRLF line endings', () => {
    const dir = tree({ 'msa.contract': '\uFEFF' + typos.replace(/\n/g, '\r\n') });
    const r = cli.run(['lint', '--fix', 'msa.contract'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'msa.contract'), 'utf8')).toBe('\uFEFF' + managed.replace(/\n/g, '\r\n'));
  });

  it('leaves a file with nothing mechanical to fix untouched (same modification time) and exits 1 on its errors', () => {
    const dir = tree({ 'broken.contract': broken });
    const file = path.join(dir, 'broken.contract');
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file, old, old);
    const r = cli.run(['lint', '--fix', 'broken.contract'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error/);
    expect(fs.readFileSync(file, 'utf8')).toBe(broken);
    expect(fs.statSync(file).mtime.getTime()).toBe(old.getTime());
  });

  it('--fix-dry-run prints the diff, changes nothing and says what would be left', () => {
    const dir = tree({ 'msa.contract': typos });
    const r = cli.run(['lint', '--fix-dry-run', 'msa.contract'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- a\/msa\.contract\n\+\+\+ b\/msa\.contract\n@@ /);
    expect(r.stdout).toContain('-    invoice monthy in_advance\n+    invoice monthly in_advance\n');
    expect(r.stderr).toBe('clausewise: 3 fixes would change 1 file; 0 errors, 0 warnings and 0 info would be left\n');
    expect(fs.readFileSync(path.join(dir, 'msa.contract'), 'utf8')).toBe(typos);
  });

  it('with --stdin prints the fixed contract on stdout', () => {
    const r = stdinRun(['lint', '--fix', '--stdin', '--stdin-filename', 'msa.contract'], typos);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(managed);
    expect(r.stderr).toBe('');
  });

  it('with --stdin and a syntax error prints the contract unchanged and exits 1', () => {
    const r = stdinRun(['lint', '--fix', '--stdin'], broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(broken);
    expect(r.stderr).toMatch(/^clausewise: \d+ errors?, .* left after fixing/);
  });

  it('refuses --fix with --fix-dry-run, and --format with --fix-dry-run (exit 2, one line)', () => {
    const dir = tree({ 'msa.contract': typos });
    expect(expectFailure(cli, ['lint', '--fix', '--fix-dry-run', 'msa.contract'], dir)).toContain('--fix and --fix-dry-run do not go together');
    expect(expectFailure(cli, ['lint', '--fix-dry-run', '--format', 'json', 'msa.contract'], dir)).toContain('--fix-dry-run prints a diff, not a report');
    expect(expectFailure(cli, ['lint', '--fix=yes', 'msa.contract'], dir)).toContain('option --fix takes no value');
    expect(fs.readFileSync(path.join(dir, 'msa.contract'), 'utf8')).toBe(typos);
  });
});

describe('clausewise format', () => {
  it('--check lists the contracts that are not formatted and exits 1, changing nothing', () => {
    const dir = tree({ 'a.contract': managed, 'b.contract': messy });
    const r = cli.run(['format', '--check', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('b.contract\n');
    expect(r.stderr).toBe('clausewise: 1 of 2 contracts is not formatted; run clausewise format --write to format it\n');
    expect(fs.readFileSync(path.join(dir, 'b.contract'), 'utf8')).toBe(messy);
  });

  it('--check exits 0 when everything is formatted', () => {
    const dir = tree({ 'a.contract': managed });
    const r = cli.run(['format', '--check'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--write rewrites the contracts that are not formatted; --check then passes', () => {
    const dir = tree({ 'a.contract': managed, 'b.contract': messy });
    const w = cli.run(['format', '--write', '.'], { cwd: dir });
    expect(w.code, w.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'b.contract'), 'utf8')).toBe(managed);
    expect(cli.run(['format', '--check', '.'], { cwd: dir }).code).toBe(0);
  });

  it('never writes a contract with syntax errors: it is named on stderr, untouched, and the exit code is 1', () => {
    const dir = tree({ 'broken.contract': broken, 'b.contract': messy });
    const w = cli.run(['format', '--write', '.'], { cwd: dir });
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/^clausewise: broken\.contract: The document was not formatted because it has \d+ syntax errors? \(the first on line \d+/);
    expect(fs.readFileSync(path.join(dir, 'broken.contract'), 'utf8')).toBe(broken);
    // The other file is still formatted.
    expect(fs.readFileSync(path.join(dir, 'b.contract'), 'utf8')).toBe(managed);
    const c = cli.run(['format', '--check', 'broken.contract'], { cwd: dir });
    expect(c.code).toBe(1);
    expect(c.stdout).toBe('');
  });

  it('prints one contract formatted without --check or --write, from a file or standard input', () => {
    const dir = tree({ 'b.contract': messy });
    expect(cli.run(['format', 'b.contract'], { cwd: dir })).toEqual({ code: 0, stdout: managed, stderr: '' });
    expect(stdinRun(['format', '--stdin'], messy)).toEqual({ code: 0, stdout: managed, stderr: '' });
    const check = stdinRun(['format', '--check', '--stdin', '--stdin-filename', 'x/msa.contract'], messy);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('x/msa.contract\n');
    const bad = stdinRun(['format', '--stdin'], broken);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^clausewise: <stdin>: The document was not formatted/);
  });

  it('--indent sets the spaces per level', () => {
    const r = stdinRun(['format', '--stdin', '--indent', '4'], managed);
    expect(r.stdout).toContain('\n    effective ');
  });

  it('refuses bad combinations and values with exit 2 and one line', () => {
    const dir = tree({ 'a.contract': managed, 'b.contract': messy });
    expect(expectFailure(cli, ['format', '--check', '--write'], dir)).toContain('--check and --write do not go together');
    expect(expectFailure(cli, ['format', '.'], dir)).toContain('format prints one contract, but 2 were given: add --check');
    expect(expectFailure(cli, ['format', '--indent', '9', 'a.contract'], dir)).toContain('--indent needs a number of spaces from 0 to 8, not "9"');
    expect(expectFailure(cli, ['format', '--write', '--stdin'], dir)).toContain('--write cannot rewrite standard input');
    expect(expectFailure(cli, ['format', '--stdin-filename', 'a.contract', 'a.contract'], dir)).toContain('--stdin-filename names the contract read with --stdin');
  });
});
