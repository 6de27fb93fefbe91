/**
 * `npm run bench -- --against REV` (bench/against.mjs): the pairing of runs
 * taken in the same turn, the check that a baseline may borrow this checkout's
 * packages, and the refusal of a missing or unknown commit (exit code 2, one
 * line), before anything is built.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { missingPackages, pairwiseRatio, resolveCommit } from '../../bench/against.mjs';

const ROOT = path.resolve(__dirname, '../..');

describe('bench --against', () => {
  it('pairs the runs of one turn: the median and quartiles of the ratios, not the ratio of the medians', () => {
    // Medians alone would give 1.5 / 1.5 = 1; every pair says the second build is slower.
    const base = [1, 2, 1.5, 3, 1];
    const head = [1.1, 2.2, 1.65, 3.3, 1.1];
    const r = pairwiseRatio(head, base);
    expect(r.median).toBeCloseTo(1.1, 10);
    expect(r.q1).toBeCloseTo(1.1, 10);
    expect(r.q3).toBeCloseTo(1.1, 10);
    const mixed = pairwiseRatio([1, 2, 3, 4], [1, 1, 1, 1]);
    expect(mixed).toEqual({ median: 2.5, q1: 1, q3: 3 });
  });

  it('lends this checkout’s node_modules only when every package of the baseline’s lockfile is here at the same version', () => {
    const lock = (packages: Record<string, { version?: string }>) => JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'clausewise' }, ...packages } });
    const head = lock({ 'node_modules/chevrotain': { version: '11.2.0' }, 'node_modules/docx': { version: '9.5.1' } });
    expect(missingPackages(lock({ 'node_modules/chevrotain': { version: '11.2.0' } }), head)).toEqual([]);
    expect(missingPackages(lock({ 'node_modules/chevrotain': { version: '11.0.3' } }), head)).toEqual(['chevrotain@11.0.3']);
    expect(missingPackages(lock({ 'node_modules/left-pad': { version: '1.3.0' } }), head)).toEqual(['left-pad@1.3.0']);
  });

  it('names a commit by its full hash, and nothing for an unknown name or an option', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(resolveCommit(ROOT, 'HEAD')).toBe(head);
    expect(resolveCommit(ROOT, 'no-such-revision-of-clausewise')).toBeUndefined();
    expect(resolveCommit(ROOT, '--json')).toBeUndefined();
    expect(resolveCommit(ROOT, undefined)).toBeUndefined();
  });

  it.each([
    [['--against'], 'bench: --against needs a commit, e.g. --against 0409aad'],
    [['--against', '--json'], 'bench: --against needs a commit, e.g. --against 0409aad'],
    [['--against', 'no-such-revision-of-clausewise'], 'bench: --against no-such-revision-of-clausewise: no commit of this repository has that name'],
  ])('refuses %j with exit code 2 and one line, before building anything', (args, line) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/run.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(line + '\n');
    expect(r.stdout).toBe('');
  });
});
