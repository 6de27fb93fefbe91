/**
 * `--format github` (workflow commands, checked line by line against the
 * syntax GitHub Actions reads) and `--format gitlab` (a Code Quality report,
 * checked against the fields GitLab documents), in-process and through the
 * built command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Diagnostic } from '../../server/core/index.js';
import { escapeData, escapeProperty, formatGithub } from '../../server/cli/formatters/github.js';
import { fingerprint, formatGitlab } from '../../server/cli/formatters/gitlab.js';
import type { LintReport } from '../../server/cli/report.js';
import { buildCli, example, makeTree, type BuiltCli } from './cli-harness.js';

function reportFor(files: Record<string, string>, cwd: string, edit?: (d: Diagnostic[]) => Diagnostic[]): LintReport {
  const report: LintReport = { files: [], errorCount: 0, warningCount: 0, infoCount: 0, maxWarnings: -1 };
  for (const [display, text] of Object.entries(files)) {
    const r = analyze(text);
    report.files.push({ file: { display, absolute: path.resolve(cwd, display) }, diagnostics: edit ? edit(r.diagnostics) : r.diagnostics, lines: r.parse.lines });
  }
  return report;
}

/**
 * One workflow command as GitHub Actions parses it: `::NAME PROPS::DATA`, the
 * properties comma-separated `key=value` pairs whose values hold no raw comma,
 * colon, CR or LF, the data no raw CR or LF, and every `%` an escape.
 */
const WORKFLOW_COMMAND = /^::(error|warning|notice) ([a-zA-Z]+=[^,:\r\n]*(?:,[a-zA-Z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;
const ESCAPES_ONLY = /^(?:[^%]|%25|%0D|%0A|%3A|%2C)*$/;

function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

const vague = example('vague-services');

describe('--format github', () => {
  const cwd = '/repo';
  const report = reportFor({ 'contracts/vague.contract': vague }, cwd);
  const all = report.files[0]!.diagnostics;
  const out = formatGithub(report, { cwd, color: false });
  const lines = out.trimEnd().split('\n');

  it('prints one workflow command per finding and nothing else', () => {
    expect(all.length).toBeGreaterThan(3);
    expect(lines).toHaveLength(all.length);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('writes every line in the workflow-command syntax, with the file, 1-based positions and the rule code as title', () => {
    lines.forEach((line, i) => {
      const m = WORKFLOW_COMMAND.exec(line);
      expect(m, line).not.toBeNull();
      const d = all[i]!;
      expect(m![1]).toBe(d.severity === 'info' ? 'notice' : d.severity);
      const props = Object.fromEntries(m![2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
      for (const key of Object.keys(props)) expect(['file', 'line', 'endLine', 'col', 'endColumn', 'title']).toContain(key);
      expect(props['file']).toBe('contracts/vague.contract');
      expect(Number(props['line'])).toBe(d.range.start.line + 1);
      expect(Number(props['endLine'])).toBe(d.range.end.line + 1);
      expect(Number(props['col'])).toBe(d.range.start.character + 1);
      if (props['endColumn'] !== undefined) expect(Number(props['endColumn'])).toBeGreaterThanOrEqual(Number(props['col']));
      expect(props['title']).toBe(d.code);
      expect(m![3]).toMatch(ESCAPES_ONLY);
      expect(unescape(m![3]!)).toBe(d.message);
    });
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const odd = reportFor({ 'odd, name:1.contract': vague }, cwd, (ds) => ds.slice(0, 1).map((d) => ({ ...d, message: 'line one\nline two 50%: done, ok' })));
    const line = formatGithub(odd, { cwd, color: false }).trimEnd();
    expect(line).toMatch(WORKFLOW_COMMAND);
    expect(line).toContain('file=odd%2C name%3A1.contract,');
    expect(line.endsWith('::line one%0Aline two 50%25: done, ok')).toBe(true);
  });

  it('prints nothing for a clean contract', () => {
    expect(formatGithub(reportFor({ 'ok.contract': example('managed-services') }, cwd), { cwd, color: false })).toBe('');
  });
});

describe('--format gitlab', () => {
  const cwd = '/repo';
  const report = reportFor({ 'contracts/vague.contract': vague }, cwd);
  const all = report.files[0]!.diagnostics;
  const issues = JSON.parse(formatGitlab(report, { cwd, color: false })) as Record<string, any>[];

  it('has the fields GitLab documents for a Code Quality issue', () => {
    expect(issues).toHaveLength(all.length);
    issues.forEach((issue, i) => {
      const d = all[i]!;
      expect(typeof issue['description']).toBe('string');
      expect(issue['description']).toContain(d.message);
      expect(issue['check_name']).toBe(d.code);
      expect(issue['fingerprint']).toMatch(/^[0-9a-f]{32}$/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue['severity']);
      expect(issue['severity']).toBe({ error: 'major', warning: 'minor', info: 'info' }[d.severity]);
      expect(issue['location'].path).toBe('contracts/vague.contract');
      expect(issue['location'].positions.begin).toEqual({ line: d.range.start.line + 1, column: d.range.start.character + 1 });
      expect(Number.isInteger(issue['location'].positions.end.line)).toBe(true);
      expect(issue['type']).toBe('issue');
      expect(Array.isArray(issue['categories'])).toBe(true);
    });
  });

  it('gives every finding its own fingerprint', () => {
    expect(new Set(issues.map((i) => i['fingerprint'])).size).toBe(issues.length);
  });

  it('keeps fingerprints when lines are added above the findings, so a merge request shows only new findings', () => {
    const shifted = vague.replace('\n', '\n// a comment added on line 2\n\n');
    const again = JSON.parse(formatGitlab(reportFor({ 'contracts/vague.contract': shifted }, cwd), { cwd, color: false })) as Record<string, any>[];
    expect(again.map((i) => i['fingerprint']).sort()).toEqual(issues.map((i) => i['fingerprint']).sort());
    expect(again[0]!['location'].positions.begin.line).not.toBe(issues[0]!['location'].positions.begin.line);
    expect(fingerprint('a', 'b', 'c', 0)).not.toBe(fingerprint('a', 'b', 'c', 1));
  });

  it('is an empty array for a clean contract', () => {
    expect(formatGitlab(reportFor({ 'ok.contract': example('managed-services') }, cwd), { cwd, color: false })).toBe('[]\n');
  });
});

describe('the built command line', () => {
  let cli: BuiltCli;
  let dir: string;
  beforeAll(async () => {
    cli = await buildCli();
    dir = makeTree({ 'contracts/vague.contract': vague, 'contracts/ok.contract': example('managed-services') });
  });
  afterAll(() => {
    cli?.cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--format github exits 1 with annotations naming the file relative to the checkout', () => {
    const r = cli.run(['lint', 'contracts', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line).toMatch(WORKFLOW_COMMAND);
      expect(line).toContain('file=contracts/vague.contract,');
    }
  });

  it('--format gitlab prints one JSON array', () => {
    const r = cli.run(['lint', 'contracts', '--format', 'gitlab'], { cwd: dir });
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as unknown[];
    expect(issues.length).toBeGreaterThan(3);
  });

  it('a misspelt format exits 2 and names both new formats', () => {
    const r = cli.run(['lint', 'contracts', '--format', 'gitlap'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clausewise: unknown format "gitlap" for --format \(did you mean gitlab\?\): use stylish, json, sarif, github or gitlab\n$/);
  });
});
