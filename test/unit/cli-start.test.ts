/**
 * What the command line loads at start: `clausewise lint` of a file needs
 * neither node:child_process (git, for `diff`), node:crypto (a written
 * document's temporary name, GitLab fingerprints) nor node:worker_threads
 * (lint's workers), which cost about 140 M instructions together when
 * required at the top of a module (server/cli/builtins.ts). What uses them
 * loads them and still works.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, EXAMPLES, type BuiltCli } from './cli-harness.js';

let cli: BuiltCli;
let hook: string;

beforeAll(async () => {
  cli = await buildCli();
  hook = path.join(cli.dir, 'modules.cjs');
  // Prints, on exit, which of the three built-in modules the process loaded.
  fs.writeFileSync(hook, "process.on('exit', () => process.stderr.write('loaded:' + process.moduleLoadList.filter((m) => /^NativeModule (crypto|child_process|worker_threads)$/.test(m)).map((m) => m.slice(13)).join(',') + '\\n'));\n");
}, 120_000);

afterAll(() => cli?.cleanup());

/** The built-in modules of the three a run of the command line loaded. */
function loaded(args: string[]): string[] {
  const r = cli.run(args, { env: { NODE_OPTIONS: `--require ${hook}` } });
  const line = /loaded:(.*)/.exec(r.stderr)?.[1];
  expect(line, r.stderr).toBeDefined();
  return line ? line.split(',').filter(Boolean).sort() : [];
}

describe('the command line at start', () => {
  it('loads no child_process, crypto or worker_threads to lint a file', () => {
    expect(loaded(['lint', path.join(EXAMPLES, 'managed-services.contract'), '--format', 'json'])).toEqual([]);
  });

  it('loads crypto when a report needs it, and fingerprints with it', () => {
    const args = ['lint', path.join(EXAMPLES, 'vague-services.contract'), '--format', 'gitlab'];
    expect(loaded(args)).toEqual(['crypto']);
    const issues = JSON.parse(cli.run(args).stdout) as { fingerprint: string }[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('loads worker_threads when lint starts workers, whose results are those of one thread', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-start-'));
    try {
      for (let i = 0; i < 24; i++) fs.copyFileSync(path.join(EXAMPLES, i % 2 ? 'managed-services.contract' : 'vague-services.contract'), path.join(dir, `c-${String(i).padStart(2, '0')}.contract`));
      expect(loaded(['lint', dir, '--format', 'json', '--concurrency', '2'])).toEqual(['worker_threads']);
      const one = cli.run(['lint', dir, '--format', 'json', '--concurrency', 'off']);
      const two = cli.run(['lint', dir, '--format', 'json', '--concurrency', '2'], { env: { CLAUSEWISE_TEST_LINT_WORKERS: 'only' } });
      expect(two.stderr).toMatch(/files analysed in 1 worker thread/);
      expect(two.stderr).not.toMatch(/ 0 of 24 files/);
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
