/**
 * `clausewise lint --concurrency`: files analysed in worker threads give the
 * output of one thread, byte for byte, in every format, with the same exit
 * code; contract families resolve as in one thread; a worker that fails loses
 * no file; a bad value exits 2. The workers run the built bundle, so these
 * tests run a built copy of the command line. CLAUSEWISE_TEST_LINT_WORKERS
 * (a test hook) makes the main thread leave the queue to the workers (`only`)
 * or every worker fail (`fail`), and prints how many files the workers took.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContract } from '../../bench/generate.mjs';
import { mayBeFamilyMaster } from '../../server/cli/families.js';
import { FORMATTERS } from '../../server/cli/formatters/index.js';
import { concurrencyOption, FILES_PER_WORKER, threadsFor } from '../../server/cli/parallel.js';
import { buildCli, expectFailure, ROOT, type BuiltCli } from './cli-harness.js';

let cli: BuiltCli;
let corpus: string;

beforeAll(async () => {
  cli = await buildCli();
  corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-concurrency-'));
  // 60 generated contracts in three folders, one with its own clausewise.json, and a family across folders.
  for (let i = 0; i < 60; i++) {
    const dir = path.join(corpus, `team-${i % 3}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `c-${String(i).padStart(2, '0')}.contract`), generateContract(120, 7000 + i));
  }
  fs.writeFileSync(path.join(corpus, 'team-1', 'clausewise.json'), JSON.stringify({ rules: { 'missing-reporting': 'off' } }));
  fs.writeFileSync(path.join(corpus, 'team-0', 'master.contract'), 'contract "Master" {\n  id "MSA-77"\n  kind master\n  party provider acme "Acme"\n  party client globex "Globex"\n}\n');
  fs.writeFileSync(path.join(corpus, 'team-2', 'order.contract'), 'contract "Order" {\n  kind order\n  under "MSA-77"\n}\n');
  // A master without `kind`: found by its id alone, so it must be analysed with the family even though its text has no `kind` or `under`.
  fs.writeFileSync(path.join(corpus, 'team-1', 'plain.contract'), 'contract "Plain" {\n  id PLAIN-9\n  party provider acme "Acme"\n}\n');
  fs.writeFileSync(path.join(corpus, 'team-0', 'sow.contract'), 'contract "SOW" {\n  kind sow\n  under PLAIN-9\n}\n');
  fs.writeFileSync(path.join(corpus, 'team-2', 'orphan.contract'), 'contract "Orphan" {\n  kind sow\n  under "NOWHERE-1"\n}\n');
}, 120_000);

afterAll(() => {
  cli?.cleanup();
  if (corpus) fs.rmSync(corpus, { recursive: true, force: true });
});

/**
 * Runs the built command line, with room for the long reports of every fixture;
 * asynchronously, so that the test runner is not blocked for the seconds a run takes.
 */
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli.cliJs, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** Runs lint once in one thread and once with the workers taking the queue; returns both. */
async function both(args: string[], mode = 'only') {
  const one = await run(['lint', ...args, '--concurrency', 'off']);
  const many = await run(['lint', ...args, '--concurrency', '3'], { CLAUSEWISE_TEST_LINT_WORKERS: mode });
  return { one, many };
}

/** The number of files the workers analysed, from the test hook's line on stderr. */
function inWorkers(stderr: string): number {
  const m = /clausewise: (\d+) of (\d+) files analysed in \d+ worker threads?/.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return Number(m![1]);
}

describe('lint --concurrency', () => {
  it.each(Object.keys(FORMATTERS))('gives the output of one thread over the fixtures (families included), format %s', async (format) => {
    const { one, many } = await both(['test/fixtures', '--format', format]);
    expect(one.code, one.stderr).toBe(1);
    expect(many.code).toBe(one.code);
    expect(many.stdout).toBe(one.stdout);
    expect(inWorkers(many.stderr)).toBeGreaterThan(100);
    expect(many.stderr.replace(/^clausewise: \d+ of \d+ files analysed in .*\n/m, '')).toBe(one.stderr);
  }, 120_000);

  it('gives the output of one thread over a generated corpus with configurations and a family across folders', async () => {
    const { one, many } = await both([corpus, '--format', 'json']);
    expect(many.code).toBe(one.code);
    expect(many.stdout).toBe(one.stdout);
    expect(inWorkers(many.stderr)).toBeGreaterThan(0);
    const results = JSON.parse(many.stdout) as { file: string; diagnostics: { code: string }[] }[];
    const codes = (name: string) => results.find((r) => r.file.endsWith(name))!.diagnostics.map((d) => d.code);
    // The order found its master in another folder; the orphan did not.
    expect(codes('order.contract')).not.toContain('family-master-not-found');
    expect(codes('orphan.contract')).toContain('family-master-not-found');
  }, 120_000);

  it('keeps the --quiet and --max-warnings results and exit code', async () => {
    const { one, many } = await both([corpus, '--quiet', '--max-warnings', '0', '--format', 'github']);
    expect(many.code).toBe(one.code);
    expect(many.stdout).toBe(one.stdout);
  }, 120_000);

  it('loses no file when every worker fails: the main thread analyses them', async () => {
    const { one, many } = await both([corpus, '--format', 'json'], 'fail');
    expect(many.code).toBe(one.code);
    expect(many.stdout).toBe(one.stdout);
    expect(inWorkers(many.stderr)).toBe(0);
  }, 120_000);

  it.each(['0', 'two', '1.5', '-2', 'all', ''])('refuses --concurrency %j with exit code 2 and one line', (value) => {
    const line = expectFailure(cli, ['lint', 'test/fixtures/families', '--concurrency', value]);
    expect(line).toMatch(/--concurrency: use auto, off or a number of threads/);
  });

  it('documents --concurrency in the help', async () => {
    const r = await run(['lint', '--help']);
    expect(r.stdout).toMatch(/--concurrency N/);
  });
});

describe('concurrencyOption and threadsFor', () => {
  it('reads auto, off and a number; 1 is off', () => {
    expect(concurrencyOption(undefined)).toBe('auto');
    expect(concurrencyOption('AUTO')).toBe('auto');
    expect(concurrencyOption('off')).toBe('off');
    expect(concurrencyOption('1')).toBe('off');
    expect(concurrencyOption('4')).toBe(4);
  });

  it('auto stays in one thread for a small run, on a busy machine or on two cores, and adds a thread per FILES_PER_WORKER files up to the idle cores but one', () => {
    const idle = { cores: 4, load: 0.2 };
    expect(threadsFor('auto', FILES_PER_WORKER - 1, idle)).toBe(1);
    expect(threadsFor('auto', FILES_PER_WORKER, idle)).toBe(2);
    expect(threadsFor('auto', 100 * FILES_PER_WORKER, idle)).toBe(2);
    expect(threadsFor('auto', 100 * FILES_PER_WORKER, { cores: 8, load: 0 })).toBe(7);
    expect(threadsFor('auto', 100 * FILES_PER_WORKER, { cores: 4, load: 1.5 })).toBe(1);
    expect(threadsFor('auto', 100 * FILES_PER_WORKER, { cores: 2, load: 0 })).toBe(1);
    expect(threadsFor('auto', 100 * FILES_PER_WORKER, { cores: 3, load: 0 })).toBe(2);
    expect(threadsFor('auto', 100 * FILES_PER_WORKER, { cores: 2, load: 5 })).toBe(1);
    expect(threadsFor('off', 100 * FILES_PER_WORKER, idle)).toBe(1);
    // A number is taken as given, but never more threads than chunks of files.
    expect(threadsFor(3, 1000, { cores: 1, load: 9 })).toBe(3);
    expect(threadsFor(8, 10, idle)).toBe(2);
    expect(threadsFor(8, 1, idle)).toBe(1);
  });
});

describe('mayBeFamilyMaster', () => {
  const members = 'contract "Order" {\n  kind order\n  under "MSA-77"\n}\n';
  it('is true for a contract whose id a member names, and false otherwise', () => {
    expect(mayBeFamilyMaster('contract "M" {\n  id "MSA-77"\n}\n', members)).toBe(true);
    expect(mayBeFamilyMaster('contract "M" {\n  id MSA-77\n}\n', members)).toBe(true);
    expect(mayBeFamilyMaster('contract "M" { id "MSA-77" }', members)).toBe(true);
    expect(mayBeFamilyMaster('contract "M" {\n  id "OTHER-1"\n}\n', members)).toBe(false);
    expect(mayBeFamilyMaster('contract "M" {\n  scope { service a "A" }\n}\n', members)).toBe(false);
  });

  it('errs on the side of yes when the id cannot be read from the text', () => {
    expect(mayBeFamilyMaster('contract "M" {\n  id "MSA\\u002D77"\n}\n', members)).toBe(true);
    expect(mayBeFamilyMaster('contract "M" {\n  id\n  "MSA-77"\n}\n', members)).toBe(true);
    expect(mayBeFamilyMaster('contract "M" {\n  id ""\n}\n', members)).toBe(true);
  });
});

