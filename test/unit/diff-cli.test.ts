/**
 * `clausewise diff` end to end (the built command line): two files, git
 * revisions of one file (REV FILE, REV1 REV2 FILE, FILE alone, --staged) in a
 * temporary repository, the formats, the exit codes, and one-line errors
 * with exit 2 for bad options, missing files, a missing revision and no git
 * repository.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, expectFailure, makeTree, ROOT, type BuiltCli } from './cli-harness.js';

const ROUND = path.join(ROOT, 'test/fixtures/diff/negotiation-round');
const OLD = fs.readFileSync(path.join(ROUND, 'old.contract'), 'utf8');
const NEW = fs.readFileSync(path.join(ROUND, 'new.contract'), 'utf8');

let cli: BuiltCli;
let repo: string;
const hasGit = spawnSync('git', ['--version']).status === 0;

function git(args: string[]): void {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

beforeAll(async () => {
  cli = await buildCli();
  repo = makeTree({ 'contracts/msa.contract': OLD, 'clausewise.json': '{ "perspective": "client" }\n', 'old.contract': OLD, 'new.contract': NEW });
  if (hasGit) {
    git(['init', '-q']);
    git(['config', 'user.email', 'test@example.com']);
    git(['config', 'user.name', 'Test']);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'round 1']);
    fs.writeFileSync(path.join(repo, 'contracts/msa.contract'), NEW);
  }
}, 120_000);

afterAll(() => {
  cli?.cleanup();
  if (repo) fs.rmSync(repo, { recursive: true, force: true });
});

describe('clausewise diff', () => {
  it('compares two files: stylish by default, changes against us first, exit 1', () => {
    const r = cli.run(['diff', 'old.contract', 'new.contract'], { cwd: repo, env: { NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('old.contract → new.contract (perspective: client)');
    expect(r.stdout).toContain('✗ against us changed sla availability › uptime favours the provider');
    expect(r.stdout).toContain('allowed downtime in a 30.44-day month: 43 min 50 s → 3 h 39 min 10 s');
    expect(r.stdout).toContain('liability cap in money: 150,000.00 USD → 75,000.00 USD');
    expect(r.stdout).toContain('5 changes, 4 against the client; 3 new problems, 0 problems gone.');
    // The one change in our favour comes after the buckets with changes against us.
    expect(r.stdout.indexOf('Money')).toBeGreaterThan(r.stdout.indexOf('Service levels'));
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('identical versions: no change, exit 0', () => {
    const r = cli.run(['diff', 'old.contract', 'old.contract'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No change in meaning.');
  });

  it('markdown: a table per bucket', () => {
    const r = cli.run(['diff', 'old.contract', 'new.contract', '--format', 'markdown'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('#### Service levels');
    expect(r.stdout).toContain('| ⚠️ | changed `sla availability › uptime` | `uptime 99.9% monthly` | `uptime 99.5% monthly` | allowed downtime in a 30.44-day month: 43 min 50 s → 3 h 39 min 10 s | provider |');
    expect(r.stdout).toContain('#### Problems');
  });

  it('json: the documented schema', () => {
    const r = cli.run(['diff', 'old.contract', 'new.contract', '-f', 'json'], { cwd: repo });
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.perspective).toBe('client');
    expect(doc.summary).toEqual({ changes: 5, againstUs: 4, byBucket: { service_level: 1, remedy: 1, money: 1, risk: 1, time: 1 }, problemsAppeared: 3, problemsDisappeared: 0 });
    const uptime = doc.changes.find((c: { keyword: string }) => c.keyword === 'uptime');
    expect(uptime).toMatchObject({ kind: 'changed', path: 'sla availability › uptime', block: 'sla', bucket: 'service_level', favours: 'provider', againstUs: true, newRange: { start: { line: 39 } } });
    expect(doc.diagnostics.appeared.map((d: { code: string }) => d.code)).toEqual(['sla-inconsistent', 'liability-cap-low', 'renewal-notice-trap']);
    expect(Object.keys(doc.diagnostics.appeared[0]).sort()).toEqual(['code', 'message', 'range', 'severity']);
  });

  it('writes the report with -o', () => {
    const r = cli.run(['diff', 'old.contract', 'new.contract', '-f', 'markdown', '-o', 'round.md'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(repo, 'round.md'), 'utf8')).toContain('#### Risk');
  });

  it.runIf(hasGit)('compares git revisions of one file', () => {
    const head = cli.run(['diff', 'HEAD', 'contracts/msa.contract', '-f', 'json'], { cwd: repo });
    expect(JSON.parse(head.stdout)).toMatchObject({ old: 'HEAD:contracts/msa.contract', new: 'contracts/msa.contract', summary: { changes: 5 } });
    const alone = cli.run(['diff', 'contracts/msa.contract', '-f', 'json'], { cwd: repo });
    expect(JSON.parse(alone.stdout).summary.changes).toBe(5);
    // From a sub-folder, the path is relative to it.
    const sub = cli.run(['diff', 'HEAD', 'msa.contract', '-f', 'json'], { cwd: path.join(repo, 'contracts') });
    expect(JSON.parse(sub.stdout).summary.changes).toBe(5);
    git(['add', 'contracts/msa.contract']);
    const staged = cli.run(['diff', '--staged', 'contracts/msa.contract', '-f', 'json'], { cwd: repo });
    expect(JSON.parse(staged.stdout)).toMatchObject({ new: 'contracts/msa.contract (staged)', summary: { changes: 5 } });
    git(['commit', '-q', '-m', 'round 2']);
    const two = cli.run(['diff', 'HEAD~1', 'HEAD', 'contracts/msa.contract', '-f', 'json'], { cwd: repo });
    expect(JSON.parse(two.stdout)).toMatchObject({ old: 'HEAD~1:contracts/msa.contract', new: 'HEAD:contracts/msa.contract', summary: { changes: 5 } });
    expect(cli.run(['diff', '--staged', 'contracts/msa.contract'], { cwd: repo }).code).toBe(0);
  });

  it.runIf(hasGit)('a missing revision or file in it: one line, exit 2', () => {
    expect(expectFailure(cli, ['diff', 'HEAD~9', 'contracts/msa.contract'], repo)).toMatch(/^clausewise: cannot read contracts\/msa\.contract at revision HEAD~9: /);
    expect(expectFailure(cli, ['diff', 'HEAD', 'old.contract', 'contracts/nope.contract'], repo)).toMatch(/^clausewise: cannot read contracts\/nope\.contract at revision HEAD: /);
  });

  it('outside a git repository, or without git: one line, exit 2', () => {
    const bare = makeTree({ 'a.contract': OLD });
    try {
      expect(expectFailure(cli, ['diff', 'HEAD', 'a.contract'], bare)).toMatch(/^clausewise: cannot read a\.contract at revision HEAD: /);
      const r = cli.run(['diff', 'HEAD', 'a.contract'], { cwd: bare, env: { PATH: '/nonexistent' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/git is not installed or not on the PATH/);
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it('bad options and arguments: one line, exit 2', () => {
    expect(expectFailure(cli, ['diff'], repo)).toMatch(/diff needs two versions/);
    expect(expectFailure(cli, ['diff', '--format', 'yaml', 'old.contract', 'new.contract'], repo)).toMatch(/unknown value "yaml" for --format/);
    expect(expectFailure(cli, ['diff', 'old.contract', 'missing.contract'], repo)).toMatch(/cannot read missing\.contract/);
    expect(expectFailure(cli, ['diff', 'a', 'b', 'c', 'd'], repo)).toMatch(/4 arguments were given/);
    expect(expectFailure(cli, ['diff', '--staged', 'old.contract', 'new.contract'], repo)).toMatch(/--staged takes one contract file/);
    expect(expectFailure(cli, ['diff', 'old.contract', 'new.contract', '-f', 'docx'], repo)).toMatch(/name it with -o FILE\.docx/);
    expect(expectFailure(cli, ['diff', 'old.contract', 'new.contract', '-o', 'new.contract'], repo)).toMatch(/it is the contract being read/);
    expect(expectFailure(cli, ['diff', 'old.contract', 'new.contract', '--bogus'], repo)).toMatch(/unknown option --bogus/);
  });

  it('is listed in clausewise --help', () => {
    const r = cli.run(['--help']);
    expect(r.stdout).toMatch(/diff\s+Compare two versions of a contract by meaning/);
    expect(cli.run(['diff', '--help']).stdout).toContain('Exit codes: 0 compared');
  });
});
