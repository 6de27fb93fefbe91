/**
 * The command line's formatters and helpers in-process: colours in the
 * stylish format, the NO_COLOR and TTY rules, and SARIF file URIs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { artifactUri } from '../../server/cli/formatters/sarif.js';
import { formatStylish } from '../../server/cli/formatters/stylish.js';
import { formatJson } from '../../server/cli/formatters/json.js';
import { colorEnabled } from '../../server/cli/io.js';
import type { LintReport } from '../../server/cli/report.js';
import { example } from './cli-harness.js';

function reportFor(text: string, display: string, maxWarnings = -1): LintReport {
  const r = analyze(text);
  const count = (s: string) => r.diagnostics.filter((d) => d.severity === s).length;
  return {
    files: [{ file: { display, absolute: path.resolve(display) }, diagnostics: r.diagnostics, lines: r.parse.lines }],
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    maxWarnings,
  };
}

describe('colours', () => {
  it('are used only on a terminal with NO_COLOR unset or empty', () => {
    expect(colorEnabled({ stdoutIsTTY: true, env: {} })).toBe(true);
    expect(colorEnabled({ stdoutIsTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(colorEnabled({ stdoutIsTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(colorEnabled({ stdoutIsTTY: false, env: {} })).toBe(false);
  });

  it('colour severities and the summary, and leave the text the same once the colours are removed', () => {
    const report = reportFor(example('vague-services'), 'vague.contract');
    const plain = formatStylish(report, { cwd: process.cwd(), color: false });
    const coloured = formatStylish(report, { cwd: process.cwd(), color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror\u001b[0m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[0m');
    expect(coloured).toContain('\u001b[4mvague.contract\u001b[0m');
    expect(coloured).toMatch(/\u001b\[31m\u001b\[1m\u2716 \d+ problems/);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('print nothing for a clean file, and only the limit message when warnings exceed it', () => {
    expect(formatStylish(reportFor(example('managed-services'), 'clean.contract'), { cwd: '/', color: false })).toBe('');
    const report = reportFor(example('vague-services'), 'v.contract', 0);
    expect(formatStylish(report, { cwd: '/', color: false })).toContain('Clausewise found too many warnings (maximum: 0).');
  });
});

describe('json', () => {
  it('lists clean files with an empty diagnostics array', () => {
    expect(JSON.parse(formatJson(reportFor(example('managed-services'), 'a/b.contract')))).toEqual([{ file: 'a/b.contract', diagnostics: [] }]);
  });
});

describe('SARIF file locations', () => {
  it('are relative URI references inside the working folder and file URIs outside it', () => {
    expect(artifactUri('contracts/msa.contract', '/work/repo')).toEqual({ uri: 'contracts/msa.contract', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('./a b/c#1.contract', '/work/repo')).toEqual({ uri: 'a%20b/c%231.contract', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('/work/repo/x.contract', '/work/repo')).toEqual({ uri: 'x.contract', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('../other/x.contract', '/work/repo')).toEqual({ uri: 'file:///work/other/x.contract' });
  });
});
