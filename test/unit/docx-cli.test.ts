/**
 * `clausewise render --format docx`, as a separate process: the Word file
 * written with -o (or piped), never to a terminal, page size from --paper,
 * exit codes as for the other formats.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli/cli.js';
import { PAGE_SIZES } from '../../server/core/render/docx.js';
import { buildCli, EXAMPLES, makeTree, type BuiltCli } from './cli-harness.js';
import { openDocx, pageSize, wordStructureProblems } from './docx-wordml.js';

let cli: BuiltCli;
let dir: string;
const MANAGED = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');

beforeAll(async () => {
  cli = await buildCli();
  dir = makeTree({ 'msa.contract': MANAGED, 'broken.contract': 'contract "X" {\n  payment { due soon }\n}\n' });
}, 60_000);
afterAll(() => {
  cli?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('clausewise render --format docx', () => {
  it('writes the signing copy to -o, on A4 by default and on Letter with --paper letter', async () => {
    const r = cli.run(['render', 'msa.contract', '--format', 'docx', '-o', 'msa.docx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const pkg = openDocx(fs.readFileSync(path.join(dir, 'msa.docx')));
    expect(wordStructureProblems(pkg)).toEqual([]);
    expect(pageSize(pkg)).toEqual(PAGE_SIZES.a4);
    const { value } = await mammoth.extractRawText({ path: path.join(dir, 'msa.docx') });
    expect(value).toContain('Managed IT Services Agreement');
    // The signing copy: no review notes.
    expect(value).not.toContain('Review note');
    expect(value).not.toContain('This allows at most');

    const letter = cli.run(['render', 'msa.contract', '-f', 'docx', '--paper', 'letter', '-o', 'letter.docx'], { cwd: dir });
    expect(letter.code, letter.stderr).toBe(0);
    expect(pageSize(openDocx(fs.readFileSync(path.join(dir, 'letter.docx'))))).toEqual(PAGE_SIZES.letter);
  });

  it('writes the bytes to stdout when it is a pipe', () => {
    const r = spawnSync(process.execPath, [cli.cliJs, 'render', 'msa.contract', '--format', 'docx'], { cwd: dir });
    expect(r.status, r.stderr.toString()).toBe(0);
    expect(wordStructureProblems(openDocx(new Uint8Array(r.stdout)))).toEqual([]);
  });

  it('refuses to write a Word document to a terminal, with one line and exit 2', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { cwd: dir, env: {}, stdoutIsTTY: true, stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), stdoutBytes: () => void out.push('bytes') };
    expect(await runCli(['render', 'msa.contract', '--format', 'docx'], io)).toBe(2);
    expect(await runCli(['render', 'msa.contract', '--format', 'docx', '-o', '-'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('').trimEnd().split('\n')).toEqual([
      'clausewise: a Word document is binary and cannot be shown in a terminal: write it to a file with -o FILE.docx',
      'clausewise: a Word document is binary and cannot be shown in a terminal: write it to a file with -o FILE.docx',
    ]);
  });

  it('writes a contract with errors anyway, and exits 1', () => {
    const r = cli.run(['render', 'broken.contract', '--format', 'docx', '-o', 'broken.docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.contract has \d+ errors?; the document was written anyway/);
    expect(wordStructureProblems(openDocx(fs.readFileSync(path.join(dir, 'broken.docx'))))).toEqual([]);
  });

  it('names docx in the help and suggests it for a near miss', () => {
    const help = cli.run(['render', '--help']);
    expect(help.stdout).toContain('--format html|md|docx');
    const r = cli.run(['render', 'msa.contract', '--format', 'dox'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean docx?');
  });
});
