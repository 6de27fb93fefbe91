/**
 * The executable dist/cli.js starts the command-line bundle from V8's code
 * cache that the build makes (server/cli/start.ts): the cache must be made,
 * fit only its own bundle, and never change what the command does, whether it
 * is used, stale, damaged or missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-code-cache-'));
const dist = path.join(out, 'dist');
const cache = path.join(dist, 'cli-main.cache');
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const lint = () => spawnSync(process.execPath, [path.join(dist, 'cli.js'), 'lint', path.join(ROOT, 'examples'), '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });

let made: Buffer;
let expected: string;
beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  made = fs.readFileSync(cache);
  const run = lint();
  expect(run.status, run.stderr).toBe(1);
  expected = run.stdout;
}, 180_000);

describe('the code cache of the command line', () => {
  it('is made by the build for its own bundle, headed by the bundle\'s size and modification time', () => {
    const stat = fs.statSync(path.join(dist, 'cli-main.js'));
    expect(made.readDoubleLE(0)).toBe(stat.size);
    expect(made.readDoubleLE(8)).toBe(stat.mtimeMs);
    expect(made.length).toBeGreaterThan(100_000);
    expect(JSON.parse(expected).length).toBe(2);
  });

  it('is not used for another bundle of the same length (V8 itself checks only the length), written after it', () => {
    const file = path.join(dist, 'cli-main.js');
    const bundle = fs.readFileSync(file, 'utf8');
    try {
      const edited = bundle.replaceAll('state who decides and when', 'STATE WHO DECIDES AND WHEN');
      expect(edited.length).toBe(bundle.length);
      expect(edited).not.toBe(bundle);
      fs.writeFileSync(file, edited);
      const run = lint();
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('STATE WHO DECIDES AND WHEN');
    } finally {
      fs.writeFileSync(file, bundle);
    }
  });

  it('changes nothing when it is stale, damaged or missing', () => {
    try {
      // Another bundle's cache: the header differs, so it is not used.
      const stale = Buffer.from(made);
      stale[0] = stale[0]! ^ 0xff;
      // The right header over data V8 cannot read: V8 rejects it and compiles as usual.
      const damaged = Buffer.concat([made.subarray(0, 16), Buffer.alloc(4096, 7)]);
      for (const [what, bytes] of [['stale', stale], ['damaged', damaged], ['missing', undefined]] as const) {
        if (bytes) fs.writeFileSync(cache, bytes);
        else fs.rmSync(cache);
        const run = lint();
        expect(run.stderr, what).toBe('');
        expect(run.status, what).toBe(1);
        expect(run.stdout, what).toBe(expected);
      }
    } finally {
      fs.writeFileSync(cache, made);
    }
  });
});
