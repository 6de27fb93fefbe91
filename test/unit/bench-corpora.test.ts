/**
 * The lint benchmark writes its corpus where `clausewise lint DIR` finds it:
 * not in a folder the repository's .gitignore leaves out (bench/.tmp is), where
 * lint found no contract at all and the benchmark failed with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { corpusDir } from '../../bench/lint.bench.mjs';
// @ts-expect-error: a plain ES module without types
import { scratchDir } from '../../bench/scratch.mjs';

const ROOT = path.resolve(__dirname, '../..');

describe('the corpora of the lint and workspace benchmarks', () => {
  it('lie outside the repository, so that .gitignore does not leave them out', () => {
    for (const dir of [corpusDir() as string, scratchDir('workspace-5000') as string]) expect(path.relative(ROOT, dir).startsWith('..'), dir).toBe(true);
    const ignored = spawnSync('git', ['check-ignore', '-q', path.join(ROOT, 'bench/.tmp/lint-1000/x.contract')], { cwd: ROOT });
    // bench/.tmp is git-ignored: a corpus there would be skipped by the folder walk.
    expect(ignored.status).toBe(0);
  });
});
