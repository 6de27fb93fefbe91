/**
 * `clausewise render` and `clausewise calendar`, run as a separate process as
 * users and CI run them: output to stdout and to `-o`, formats, exit codes
 * (0 written; 1 written but the contract has errors; 2 the command could not
 * do its job, with one line on stderr).
 */
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, EXAMPLES, makeTree, type BuiltCli } from './cli-harness.js';

let cli: BuiltCli;
let dir: string;
const MANAGED = path.join(EXAMPLES, 'managed-services.contract');
const VAGUE = path.join(EXAMPLES, 'vague-services.contract');

beforeAll(async () => {
  cli = await buildCli();
  dir = makeTree({
    'contracts/msa.contract': fs.readFileSync(MANAGED, 'utf8'),
    'strict/clausewise.json': JSON.stringify({ rules: { 'missing-reporting': 'error' } }),
    'strict/no-reporting.contract': fs.readFileSync(MANAGED, 'utf8').replace(/\n {2}reporting \{[\s\S]*?\n {2}\}\n/, '\n'),
    'broken-config/clausewise.json': '{ "rules": ',
    'broken-config/msa.contract': fs.readFileSync(MANAGED, 'utf8'),
  });
}, 60_000);
afterAll(() => {
  cli?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Asserts exit code 2, nothing on stdout and exactly one line on stderr; returns the line. */
function expectFailure(args: string[]): string {
  const r = cli.run(args, { cwd: dir });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('clausewise render', () => {
  it('prints a standalone HTML page to stdout by default and exits 0 for a clean contract', () => {
    const r = cli.run(['render', MANAGED]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(r.stdout).toContain('<h1>Managed IT Services Agreement</h1>');
    expect(r.stdout).toContain('Rendered by Clausewise from managed-services.contract as a review copy.');
  });

  it('writes the signing copy with --signing: a signature block per party, no review notes, no obligations table, no footer', () => {
    for (const format of ['html', 'md']) {
      const r = cli.run(['render', MANAGED, '--signing', '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Signed by the authorised representatives of the parties:');
      expect(r.stdout).toMatch(/For (<strong>|\*\*)Acme Managed Services LLC(<\/strong>|\*\*), the Provider/);
      expect(r.stdout).toMatch(/For (<strong>|\*\*)Globex Corporation(<\/strong>|\*\*), the Client/);
      for (const line of ['Signature', 'Name', 'Title', 'Date']) expect(r.stdout.split(format === 'html' ? `cw-signature-label">${line}<` : `${line}: ____`).length - 1).toBe(2);
      for (const absent of ['Review note', 'Review copy', 'Obligations at a glance', 'Rendered by Clausewise', 'authoritative', 'This allows at most']) expect(r.stdout).not.toContain(absent);
    }
    expect(cli.run(['render', MANAGED, '--signing']).stdout).toContain('<body class="paper-a4 cw-signing">');
    // Without the flag, the review copy keeps its notes apart and labelled.
    const review = cli.run(['render', MANAGED]).stdout;
    expect(review).toContain('<aside class="cw-note" role="note"');
    expect(review).toContain('Review note, not part of the agreement');
  });

  it('refuses a value for --signing, which is a flag', () => {
    const r = cli.run(['render', MANAGED, '--signing=yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('option --signing takes no value');
  });

  it('writes Markdown to the file named by -o, and nothing to stdout', () => {
    const r = cli.run(['render', 'contracts/msa.contract', '--format', 'md', '-o', 'msa.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const md = fs.readFileSync(path.join(dir, 'msa.md'), 'utf8');
    expect(md).toContain('\n# Managed IT Services Agreement\n');
    expect(md).toContain('## Obligations at a glance');
  });

  it('accepts --format=html, -f md and --paper letter', () => {
    expect(cli.run(['render', MANAGED, '--format=html']).stdout).toContain('<body class="paper-a4 cw-review">');
    expect(cli.run(['render', MANAGED, '-f', 'md', '--signing']).stdout.startsWith('# Managed IT Services Agreement')).toBe(true);
    expect(cli.run(['render', MANAGED, '--paper', 'letter']).stdout).toContain('<body class="paper-letter cw-review">');
  });

  it('renders a contract with errors, banner included, and exits 1 with one line on stderr', () => {
    const r = cli.run(['render', VAGUE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<aside class="cw-banner" role="alert">');
    expect(r.stdout).toContain('<h1>IT Support Agreement</h1>');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/vague-services\.contract has \d+ errors; the document was written anyway; run clausewise lint .* to see them/);
  });

  it('uses the nearest clausewise.json, so a severity raised to error makes the exit code 1', () => {
    const r = cli.run(['render', 'strict/no-reporting.contract', '-o', 'strict.html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'strict.html'), 'utf8')).toContain('(missing-reporting)');
  });

  it('exits 2 with one line for a bad format, a missing file, a folder, two files, no file and an unwritable output', () => {
    expect(expectFailure(['render', 'contracts/msa.contract', '--format', 'pdf'])).toBe('clausewise: unknown value "pdf" for --format (did you mean md?): use html, md or docx');
    expect(expectFailure(['render', 'contracts/msa.contract', '--paper', 'a3'])).toContain('unknown value "a3" for --paper');
    expect(expectFailure(['render', 'nope.contract'])).toBe('clausewise: cannot read nope.contract: no such file or folder');
    expect(expectFailure(['render', 'contracts'])).toContain('contracts is a folder: render takes one contract file');
    expect(expectFailure(['render', 'contracts/msa.contract', 'contracts/msa.contract'])).toContain('render takes one contract file, but 2 were given');
    expect(expectFailure(['render'])).toContain('render needs a contract file');
    expect(expectFailure(['render', 'contracts/msa.contract', '-o', 'missing-folder/out.html'])).toBe(
      'clausewise: cannot write missing-folder/out.html: its folder does not exist; choose another path with -o',
    );
    expect(expectFailure(['render', 'contracts/msa.contract', '-o', 'contracts'])).toContain('cannot write contracts: it is a folder');
    expect(expectFailure(['render', 'contracts/msa.contract', '--pages'])).toContain('unknown option --pages');
    expect(expectFailure(['render', 'contracts/msa.contract', '-o'])).toContain('option --output needs a value');
    expect(expectFailure(['render', 'broken-config/msa.contract'])).toContain('bad configuration');
  });

  it('documents itself in --help and in the command list', () => {
    const r = cli.run(['render', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: clausewise render FILE [--format html|md|docx] [-o OUT] [--paper a4|letter]');
    expect(r.stdout).toContain('1 written, but the contract has errors');
    expect(cli.run(['--help']).stdout).toMatch(/render\s+Turn a contract into a readable agreement/);
  });
});

describe('clausewise calendar', () => {
  it('prints an iCalendar to stdout that ical.js reads, and exits 0', () => {
    const r = cli.run(['calendar', MANAGED]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const starts = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toString());
    expect(starts).toContain('2028-11-01');
    // 40 term, renewal, report and review dates, and 24 monthly claim deadlines shared by the two SLAs.
    expect(starts).toHaveLength(64);
  });

  it('writes the file named by -o', () => {
    const r = cli.run(['calendar', 'contracts/msa.contract', '-o', 'msa.ics'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const ics = fs.readFileSync(path.join(dir, 'msa.ics'), 'utf8');
    expect(ics).toContain('UID:msa-2027-014-term-end@clausewise\r\n');
    expect(ics).toContain('line 109 of msa.contract');
  });

  it('exits 1 for a contract with errors, still writing what it can', () => {
    const r = cli.run(['calendar', VAGUE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('BEGIN:VCALENDAR');
    expect(r.stderr).toMatch(/has \d+ errors; the calendar was written anyway/);
  });

  it('exits 2 with one line for a bad option, a missing file and an unwritable output', () => {
    expect(expectFailure(['calendar', 'contracts/msa.contract', '--format', 'ics'])).toContain('unknown option --format');
    expect(expectFailure(['calendar', 'missing.contract'])).toBe('clausewise: cannot read missing.contract: no such file or folder');
    expect(expectFailure(['calendar', 'contracts/msa.contract', '-o', 'no/such/dir.ics'])).toContain('cannot write no/such/dir.ics');
    expect(expectFailure(['calendar'])).toContain('calendar needs a contract file');
  });
});
