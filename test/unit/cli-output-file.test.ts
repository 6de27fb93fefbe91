/**
 * `render -o` and `calendar -o`: never over the contract being read (by any
 * spelling, through links, or a hard link), `-o -` for stdout, a clear error
 * for `-o ""`, and a whole-file write that keeps links and modes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameFile, writeFileSafely } from '../../server/cli/output-file.js';
import { buildCli, example, expectFailure, makeTree, type BuiltCli } from './cli-harness.js';

let cli: BuiltCli;
const trees: string[] = [];
const managed = example('managed-services');
const vague = example('vague-services');

beforeAll(async () => {
  cli = await buildCli();
}, 60_000);
afterAll(() => {
  cli?.cleanup();
  for (const d of trees) fs.rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
}

describe('the output is never the input', () => {
  for (const command of ['render', 'calendar']) {
    it(`${command}: -o naming the contract itself, by any spelling, is refused and the contract is untouched`, () => {
      const dir = tree({ 'x.contract': managed, 'sub/y.contract': vague });
      fs.symlinkSync('x.contract', path.join(dir, 'link.contract'));
      fs.symlinkSync('.', path.join(dir, 'here'));
      fs.linkSync(path.join(dir, 'x.contract'), path.join(dir, 'hard.contract'));
      const before = fs.statSync(path.join(dir, 'x.contract'));
      const cases: [string, string][] = [
        ['x.contract', 'x.contract'],
        ['x.contract', './x.contract'],
        ['x.contract', path.join(dir, 'x.contract')],
        ['x.contract', 'sub/../x.contract'],
        ['x.contract', 'link.contract'],
        ['link.contract', 'x.contract'],
        ['x.contract', 'here/x.contract'],
        ['here/x.contract', 'x.contract'],
        ['x.contract', 'hard.contract'],
        ['hard.contract', 'x.contract'],
      ];
      for (const [input, out] of cases) {
        for (const args of [[command, input, '-o', out], [command, `--output=${out}`, input]]) {
          const line = expectFailure(cli, args, dir);
          expect(line, args.join(' ')).toContain(`cannot write ${out}: it is the contract being read`);
        }
      }
      expect(fs.readFileSync(path.join(dir, 'x.contract'), 'utf8')).toBe(managed);
      const after = fs.statSync(path.join(dir, 'x.contract'));
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(after.ino).toBe(before.ino);
      expect(fs.readdirSync(dir).sort()).toEqual(['hard.contract', 'here', 'link.contract', 'sub', 'x.contract']);
      // Another file in the same folder is fine.
      const ok = cli.run([command, 'x.contract', '-o', 'out.txt'], { cwd: dir });
      expect(ok.code, ok.stderr).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8').length).toBeGreaterThan(100);
    });

    it(`${command}: -o - prints to stdout and creates no file named -`, () => {
      const dir = tree({ 'x.contract': managed });
      const plain = cli.run([command, 'x.contract'], { cwd: dir });
      const dash = cli.run([command, 'x.contract', '-o', '-'], { cwd: dir });
      expect(dash.code, dash.stderr).toBe(0);
      expect(dash.stdout.length).toBeGreaterThan(100);
      expect(dash.stdout).toBe(plain.stdout);
      expect(fs.existsSync(path.join(dir, '-'))).toBe(false);
    });

    it(`${command}: -o "" is a one-line error saying -o needs a file name`, () => {
      const dir = tree({ 'x.contract': managed });
      for (const args of [['-o', ''], ['--output='], ['-o', '  ']]) {
        expect(expectFailure(cli, [command, 'x.contract', ...args], dir)).toMatch(/^clausewise: -o needs a file name/);
      }
      expect(fs.readdirSync(dir)).toEqual(['x.contract']);
    });
  }
});

describe('writing the output', () => {
  it('replaces an existing file whole, keeps its mode, and leaves no temporary file', () => {
    const dir = tree({ 'old.html': 'old content' });
    const target = path.join(dir, 'old.html');
    fs.chmodSync(target, 0o640);
    writeFileSafely(target, 'new content');
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['old.html']);
  });

  it('writes through a link to the file it names, and the link stays a link', () => {
    const dir = tree({ 'real/out.html': 'old' });
    fs.symlinkSync(path.join('real', 'out.html'), path.join(dir, 'out.html'));
    writeFileSafely(path.join(dir, 'out.html'), 'new');
    expect(fs.lstatSync(path.join(dir, 'out.html')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'real/out.html'), 'utf8')).toBe('new');
  });

  it('writes to a device such as /dev/null in place', () => {
    if (process.platform === 'win32') return;
    expect(() => writeFileSafely('/dev/null', 'anything')).not.toThrow();
  });

  it('render -o over an existing document replaces it', () => {
    const dir = tree({ 'x.contract': managed, 'x.html': 'stale' });
    const r = cli.run(['render', 'x.contract', '-o', 'x.html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'x.html'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['x.contract', 'x.html']);
  });

  it('names a path through a file as such', () => {
    const dir = tree({ 'x.contract': managed, 'file.txt': 'x' });
    expect(expectFailure(cli, ['render', 'x.contract', '-o', 'file.txt/out.html'], dir)).toBe(
      'clausewise: cannot write file.txt/out.html: a part of its path is a file, not a folder; choose another path with -o',
    );
  });
});

describe('sameFile', () => {
  it('tells the same file by path, real path and inode, and a new file in a linked folder', () => {
    const dir = tree({ 'a.contract': 'a', 'b.contract': 'b' });
    fs.symlinkSync(dir, path.join(os.tmpdir(), `${path.basename(dir)}-link`));
    const linked = path.join(os.tmpdir(), `${path.basename(dir)}-link`);
    try {
      const a = path.join(dir, 'a.contract');
      expect(sameFile(a, a)).toBe(true);
      expect(sameFile(a, path.join(linked, 'a.contract'))).toBe(true);
      expect(sameFile(a, path.join(dir, 'b.contract'))).toBe(false);
      expect(sameFile(a, path.join(dir, 'new.contract'))).toBe(false);
      expect(sameFile(a, path.join(dir, 'missing-folder', 'a.contract'))).toBe(false);
    } finally {
      fs.rmSync(linked);
    }
  });
});
