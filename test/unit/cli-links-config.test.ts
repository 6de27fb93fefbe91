/**
 * Files named more than once through links are checked once, under the name
 * they were first found by; the nearest clausewise.json is a file (a folder of
 * that name is passed over); configuration values the core rejects stop the
 * run with exit code 2 and one line naming the file and the key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { example, makeTree, runInProcess, withoutBlock, type JsonFileResult } from './cli-harness.js';

const managed = example('managed-services');
const vague = example('vague-services');
/** A contract whose only problem is a missing termination block (a warning by default). */
const noTermination = withoutBlock(managed, 'termination');
const trees: string[] = [];
afterAll(() => {
  for (const d of trees) fs.rmSync(d, { recursive: true, force: true });
});
function tree(files: Record<string, string>): string {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
}

async function files(args: string[], cwd: string): Promise<string[]> {
  const r = await runInProcess(['lint', '--format', 'json', ...args], cwd);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as JsonFileResult[]).map((f) => f.file);
}

/** Asserts exit code 2, nothing on stdout and one line on stderr; returns the line. */
async function expectFailure(args: string[], cwd: string): Promise<string> {
  const r = await runInProcess(args, cwd);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(r.stderr.endsWith('\n')).toBe(true);
  return lines[0]!;
}

const p = (s: string) => s.split('/').join(path.sep);

describe('each file once, through links', () => {
  it('a file and a link to it, both named on the command line, are checked once under the first name', async () => {
    const dir = tree({ 'a.contract': vague });
    fs.symlinkSync('a.contract', path.join(dir, 'link.contract'));
    expect(await files(['a.contract', 'link.contract'], dir)).toEqual(['a.contract']);
    expect(await files(['link.contract', 'a.contract'], dir)).toEqual(['link.contract']);
    expect(await files(['link.contract', './a.contract', path.join(dir, 'a.contract')], dir)).toEqual(['link.contract']);
  });

  it('a link found in a folder to a file also found there is checked once, under the name met first', async () => {
    const dir = tree({ 'contracts/b.contract': vague, 'other/c.contract': managed });
    fs.symlinkSync('b.contract', path.join(dir, 'contracts/a-link.contract'));
    fs.symlinkSync(path.join('..', 'other', 'c.contract'), path.join(dir, 'contracts/z-link.contract'));
    expect(await files(['contracts'], dir)).toEqual([p('contracts/a-link.contract'), p('contracts/z-link.contract')]);
    expect(await files(['other', 'contracts'], dir)).toEqual([p('other/c.contract'), p('contracts/a-link.contract')]);
  });

  it('a linked folder and the folder itself give each file once', async () => {
    const dir = tree({ 'contracts/a.contract': vague, 'contracts/b.contract': managed });
    fs.symlinkSync('contracts', path.join(dir, 'mirror'));
    expect(await files(['contracts', 'mirror'], dir)).toEqual([p('contracts/a.contract'), p('contracts/b.contract')]);
    expect(await files(['mirror/b.contract', 'contracts'], dir)).toEqual([p('mirror/b.contract'), p('contracts/a.contract')]);
  });

  it('a hard link is the same file', async () => {
    const dir = tree({ 'a.contract': vague });
    fs.linkSync(path.join(dir, 'a.contract'), path.join(dir, 'b.contract'));
    expect(await files(['.'], dir)).toEqual(['a.contract']);
  });

  it('counts the problems of a file named twice once', async () => {
    const dir = tree({ 'a.contract': vague });
    fs.symlinkSync('a.contract', path.join(dir, 'link.contract'));
    const once = await runInProcess(['lint', 'a.contract'], dir);
    const twice = await runInProcess(['lint', 'a.contract', 'link.contract'], dir);
    expect(twice.stdout).toBe(once.stdout);
  });

  it('a link that loops on itself, found in a folder, is passed over', async () => {
    const dir = tree({ 'a.contract': managed });
    fs.symlinkSync('loop.contract', path.join(dir, 'loop.contract'));
    const r = await runInProcess(['lint', '--format', 'json', '.'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as JsonFileResult[]).map((f) => f.file)).toEqual(['a.contract']);
  });
});

describe('finding clausewise.json', () => {
  it('a folder named clausewise.json is passed over, and the file above it applies', async () => {
    const dir = tree({
      'clausewise.json': JSON.stringify({ rules: { 'missing-termination': 'error' } }),
      'team/clausewise.json/readme.txt': 'a folder, not a configuration',
      'team/w.contract': noTermination,
    });
    const r = await runInProcess(['lint', '--format', 'json', 'team'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const d = (JSON.parse(r.stdout) as JsonFileResult[])[0]!.diagnostics.find((x) => x.code === 'missing-termination');
    expect(d?.severity).toBe('error');
  });

  it('a folder named clausewise.json with no file above means the defaults', async () => {
    const dir = tree({ 'team/clausewise.json/readme.txt': 'a folder', 'team/w.contract': noTermination });
    // The temporary folder may lie below a real clausewise.json only in a strange set-up; the defaults apply here.
    const r = await runInProcess(['lint', '--format', 'json', 'team'], dir);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as JsonFileResult[])[0]!.diagnostics.find((x) => x.code === 'missing-termination')?.severity).toBe('warning');
    expect(r.code).toBe(0);
    for (const command of ['render', 'calendar']) {
      const out = await runInProcess([command, 'team/w.contract'], dir);
      expect(out.stderr, command).toBe('');
      expect(out.code, command).toBe(0);
    }
  });

  it('--config naming a folder says so', async () => {
    const dir = tree({ 'conf/clausewise.json': '{}', 'w.contract': managed });
    expect(await expectFailure(['lint', '--config', 'conf', 'w.contract'], dir)).toBe(
      `clausewise: cannot read the configuration file conf given with --config: it is a folder; name the file, e.g. ${p('conf/clausewise.json')}`,
    );
    expect(await expectFailure(['lint', '--config', 'w.contract/x.json', 'w.contract'], dir)).toContain('no such file');
  });
});

describe('configuration values the core rejects', () => {
  it('defaultCurrency "ZZZ" exits 2 with one line naming the file and the key, for lint, render and calendar', async () => {
    const dir = tree({ 'team/clausewise.json': JSON.stringify({ defaultCurrency: 'ZZZ' }), 'team/w.contract': managed, 'ci.json': JSON.stringify({ defaultCurrency: 'ZZZ' }) });
    const file = p('team/clausewise.json');
    for (const args of [['lint', 'team'], ['lint', '--format', 'json', 'team/w.contract'], ['render', 'team/w.contract'], ['calendar', 'team/w.contract']]) {
      const line = await expectFailure(args, dir);
      expect(line.startsWith(`clausewise: bad configuration in ${file}: "defaultCurrency" "ZZZ" is not an active ISO 4217 currency code`), `${args.join(' ')}: ${line}`).toBe(true);
    }
    expect(await expectFailure(['lint', '--config', 'ci.json', 'team/w.contract'], dir)).toMatch(/^clausewise: bad configuration in ci\.json: "defaultCurrency" "ZZZ" is not/);
  });
});
