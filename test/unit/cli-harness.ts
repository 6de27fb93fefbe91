/**
 * Test harness for the command line: bundles server/cli/main.ts exactly as
 * scripts/build.mjs does, into a private temporary folder (so that parallel
 * test files and other builds never race on dist/), and runs it with node.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../server/cli/cli.js';
import type { CliIo } from '../../server/cli/io.js';
import { bundleEntry } from '../helpers/bundle.js';

export const ROOT = path.resolve(__dirname, '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const CLI_FIXTURES = path.join(ROOT, 'test/fixtures/cli');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A built copy of the command line: `dist/cli.js` and `bin/clausewise.js` side by side in a temporary folder. */
export interface BuiltCli {
  dir: string;
  cliJs: string;
  binJs: string;
  run(args: readonly string[], options?: { cwd?: string; env?: Record<string, string> }): CliRun;
  cleanup(): void;
}

/** Bundles the command line and returns a runner for it. */
export async function buildCli(): Promise<BuiltCli> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-cli-'));
  const cliJs = path.join(dir, 'dist', 'cli.js');
  await bundleEntry('server/cli/main.ts', cliJs, 'node', 'silent');
  const binJs = path.join(dir, 'bin', 'clausewise.js');
  fs.mkdirSync(path.dirname(binJs));
  fs.copyFileSync(path.join(ROOT, 'bin/clausewise.js'), binJs);
  const run = (args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    if (!options.env || !('NO_COLOR' in options.env)) delete env['NO_COLOR'];
    const r = spawnSync(process.execPath, [cliJs, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { dir, cliJs, binJs, run, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Creates a temporary folder tree from a map of relative paths to contents. */
export function makeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-tree-'));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

/** The text of an example contract. */
export function example(name: 'managed-services' | 'vague-services'): string {
  return fs.readFileSync(path.join(EXAMPLES, `${name}.contract`), 'utf8');
}

/** The clean example with one top-level block removed (e.g. `termination`), for contracts with known gaps. */
export function withoutBlock(text: string, keyword: string): string {
  const re = new RegExp(`\\n  ${keyword} \\{[\\s\\S]*?\\n  \\}\\n`);
  if (!re.test(text)) throw new Error(`the example has no top-level ${keyword} block`);
  return text.replace(re, '\n');
}

/** The JSON output of `clausewise lint --format json`, typed. */
export interface JsonFileResult {
  file: string;
  diagnostics: {
    code: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

/** Asserts that a built command line fails with exit code 2, nothing on stdout and exactly one `clausewise: …` line on stderr; returns the line. */
export function expectFailure(cli: BuiltCli, args: string[], cwd?: string): string {
  const r = cli.run(args, { cwd });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^clausewise: /);
  return lines[0]!;
}

/** Runs the command line in this process (no build), as a test that mocks a module needs it. */
export async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, env: {}, stdoutIsTTY: false, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
