/**
 * Which files `clausewise lint` and `format` take: quoted globs (expanded by
 * Clausewise, the same on every system), .gitignore, `ignores` in
 * clausewise.json, --ignore-pattern, and standard input.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, example, expectFailure, makeTree, type BuiltCli, type JsonFileResult } from './cli-harness.js';

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

const ok = example('managed-services');
const vague = example('vague-services');

function files(args: string[], cwd: string): string[] {
  const r = cli.run(['lint', '--format', 'json', ...args], { cwd });
  expect([0, 1], r.stderr).toContain(r.code);
  return (JSON.parse(r.stdout) as JsonFileResult[]).map((f) => f.file.split('\\').join('/'));
}

describe('globs', () => {
  const layout = {
    'contracts/a.contract': ok,
    'contracts/team/b.contract': ok,
    'contracts/team/notes.txt': 'not a contract',
    'contracts/node_modules/dep.contract': ok,
    'contracts/.hidden/c.contract': ok,
    'other/d.contract': ok,
  };

  it('a quoted ** pattern is expanded by Clausewise, in name order, skipping node_modules and dot-folders', () => {
    const dir = tree(layout);
    expect(files(['contracts/**/*.contract'], dir)).toEqual(['contracts/a.contract', 'contracts/team/b.contract']);
  });

  it('only contract files are taken from a pattern that matches others too', () => {
    const dir = tree(layout);
    expect(files(['contracts/team/*'], dir)).toEqual(['contracts/team/b.contract']);
  });

  it('braces and several patterns work, each file once', () => {
    const dir = tree(layout);
    expect(files(['{contracts,other}/*.contract', 'contracts/a.contract'], dir)).toEqual(['contracts/a.contract', 'other/d.contract']);
  });

  it('a pattern that matches no contract exits 2 with one line', () => {
    const dir = tree(layout);
    expect(expectFailure(cli, ['lint', 'nowhere/**/*.contract'], dir)).toBe(
      'clausewise: no contract files (*.contract) match the pattern nowhere/**/*.contract: check the pattern, and quote it so that the shell does not expand it',
    );
  });

  it('a file whose name has glob characters is taken as a file when it exists', () => {
    const dir = tree({ 'odd[1].contract': ok });
    expect(files(['odd[1].contract'], dir)).toEqual(['odd[1].contract']);
  });
});

describe('.gitignore', () => {
  it('is honoured when a folder is searched or a glob expanded, at every level of the repository', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.draft.contract\n',
      'contracts/.gitignore': 'private/\n',
      'contracts/a.contract': ok,
      'contracts/b.draft.contract': vague,
      'contracts/private/p.contract': vague,
      'build/out.contract': vague,
    });
    expect(files([], dir)).toEqual(['contracts/a.contract']);
    expect(files(['contracts'], dir)).toEqual(['contracts/a.contract']);
    expect(files(['**/*.contract'], dir)).toEqual(['contracts/a.contract']);
    // Run from inside the repository, the root's .gitignore still applies.
    expect(files(['.'], `${dir}/contracts`)).toEqual(['a.contract']);
  });

  it('does not hide a file named on the command line', () => {
    const dir = tree({ '.git/HEAD': '', '.gitignore': '*.draft.contract\n', 'b.draft.contract': ok });
    expect(files(['b.draft.contract'], dir)).toEqual(['b.draft.contract']);
  });

  it('that leaves nothing makes the folder search fail with a reason', () => {
    const dir = tree({ '.git/HEAD': '', '.gitignore': '*.contract\n', 'a.contract': ok });
    expect(expectFailure(cli, ['lint'], dir)).toContain('no contract files (*.contract) found in the current folder (the 1 there are ignored by .gitignore');
  });
});

describe('ignores in clausewise.json and --ignore-pattern', () => {
  const layout = {
    'clausewise.json': JSON.stringify({ ignores: ['drafts/', 'archive/**/*.contract'] }),
    'msa.contract': ok,
    'drafts/x.contract': vague,
    'archive/2020/old.contract': vague,
    'sub/y.contract': vague,
  };

  it('ignores leaves out files relative to the configuration file, also when they are named', () => {
    const dir = tree(layout);
    expect(files([], dir)).toEqual(['msa.contract', 'sub/y.contract']);
    expect(files(['**/*.contract'], dir)).toEqual(['msa.contract', 'sub/y.contract']);
    expect(files(['msa.contract', 'drafts/x.contract'], dir)).toEqual(['msa.contract']);
  });

  it('--ignore-pattern adds patterns relative to the current folder, and may be repeated', () => {
    const dir = tree(layout);
    expect(files(['--ignore-pattern', 'sub/'], dir)).toEqual(['msa.contract']);
    // Files named on the command line and all ignored: nothing to check, which is not a failure (a hook may pass only ignored files).
    expect(files(['--ignore-pattern', 'sub/', '--ignore-pattern=msa.contract', 'msa.contract', 'sub/y.contract'], dir)).toEqual([]);
    // A folder whose every contract is ignored is a mistake worth a reason.
    expect(expectFailure(cli, ['lint', '--ignore-pattern', 'sub/', 'sub'], dir)).toContain('found in the folder sub (the 1 there are ignored by');
  });

  it('a bad ignores value is a bad configuration (exit 2 naming the key)', () => {
    const dir = tree({ 'clausewise.json': JSON.stringify({ ignores: 'drafts/' }), 'a.contract': ok });
    expect(expectFailure(cli, ['lint'], dir)).toBe('clausewise: bad configuration in clausewise.json: "ignores" must be a list of file patterns, e.g. ["drafts/", "archive/**"]');
  });

  it('applies to format too', () => {
    const dir = tree({ 'clausewise.json': JSON.stringify({ ignores: ['messy.contract'] }), 'a.contract': ok, 'messy.contract': ok.replace('\n  effective', '\n        effective') });
    expect(cli.run(['format', '--check'], { cwd: dir }).code).toBe(0);
  });
});

describe('--stdin', () => {
  function run(args: string[], input: string, cwd: string) {
    const r = spawnSync(process.execPath, [cli.cliJs, ...args], { cwd, input, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('checks standard input, named by --stdin-filename, with the clausewise.json that name would use', () => {
    const dir = tree({ 'team/clausewise.json': JSON.stringify({ rules: { 'vague-term': 'off' } }), 'a.contract': ok });
    const named = run(['lint', '--stdin', '--stdin-filename', 'team/new.contract', '--format', 'json'], vague, dir);
    const unnamed = run(['lint', '--stdin', '--format', 'json'], vague, dir);
    expect(named.code).toBe(1);
    const namedResult = JSON.parse(named.stdout) as JsonFileResult[];
    const unnamedResult = JSON.parse(unnamed.stdout) as JsonFileResult[];
    expect(namedResult[0]!.file).toBe('team/new.contract');
    expect(unnamedResult[0]!.file).toBe('<stdin>');
    expect(unnamedResult[0]!.diagnostics.some((d) => d.code === 'vague-term')).toBe(true);
    expect(namedResult[0]!.diagnostics.some((d) => d.code === 'vague-term')).toBe(false);
  });

  it('an empty standard input is an empty contract', () => {
    const dir = tree({});
    const r = run(['lint', '--stdin', '--format', 'json'], '', dir);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('refuses paths with --stdin (exit 2, one line)', () => {
    const dir = tree({ 'a.contract': ok });
    expect(expectFailure(cli, ['lint', '--stdin', 'a.contract'], dir)).toBe(
      'clausewise: --stdin reads one contract from standard input, but paths were given too (a.contract): use one or the other',
    );
  });
});
