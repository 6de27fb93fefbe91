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
import { openDocx, pageSize, textRevisions, wordStructureProblems } from './docx-wordml.js';

let cli: BuiltCli;
let dir: string;
const MANAGED = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');

beforeAll(async () => {
  cli = await buildCli();
  dir = makeTree({
    'msa.contract': MANAGED,
    'msa-v2.contract': MANAGED.replace('due 30 days after invoice', 'due 60 days after invoice').replace('cap 12 months fees', 'cap 3 months fees'),
    'broken.contract': 'contract "X" {\n  payment { due soon }\n}\n',
  });
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

describe('clausewise diff --format docx and html', () => {
  it('writes the new version with one tracked change per changed sentence, and the HTML redline', async () => {
    const r = cli.run(['diff', 'msa.contract', 'msa-v2.contract', '--format', 'docx', '-o', 'round.docx'], { cwd: dir });
    expect([0, 1], r.stderr).toContain(r.code);
    const pkg = openDocx(fs.readFileSync(path.join(dir, 'round.docx')));
    expect(wordStructureProblems(pkg)).toEqual([]);
    // Two sentences changed: each one deletion and one insertion.
    expect(textRevisions(pkg)).toEqual({
      deleted: ['The Client shall pay each invoice within 30 days after the invoice date.', "Each party's total liability for all claims under this agreement is limited to 12 months of fees."],
      inserted: ['The Client shall pay each invoice within 60 days after the invoice date.', "Each party's total liability for all claims under this agreement is limited to 3 months of fees."],
    });
    const html = cli.run(['diff', 'msa.contract', 'msa-v2.contract', '--format', 'html'], { cwd: dir });
    expect(html.stdout).toContain('<del>The Client shall pay each invoice within 30 days after the invoice date.</del><ins>The Client shall pay each invoice within 60 days after the invoice date.</ins>');
    expect(html.stdout).toContain('liability cap in money');
  });

  it('attributes the tracked changes to --author, and refuses an empty name with one line', () => {
    const r = cli.run(['diff', 'msa.contract', 'msa-v2.contract', '--format', 'docx', '-o', 'by-author.docx', '--author', 'Jane Counsel'], { cwd: dir });
    expect([0, 1], r.stderr).toContain(r.code);
    const xml = openDocx(fs.readFileSync(path.join(dir, 'by-author.docx'))).text('word/document.xml');
    const authors = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:author="([^"]*)"/g)].map((m) => m[1]);
    expect(authors.length).toBeGreaterThan(0);
    expect(new Set(authors)).toEqual(new Set(['Jane Counsel']));
    const bad = cli.run(['diff', 'msa.contract', 'msa-v2.contract', '--format', 'docx', '-o', 'x.docx', '--author', ' '], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
