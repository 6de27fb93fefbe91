/**
 * `clausewise lint` on pathological inputs: 10,000 nested blocks (closed and
 * never closed), 2,000 blocks opened on one line, 10,000 bare braces and 1 MB
 * of stray characters. In every format the run ends with exit code 0 or 1 and
 * well-formed output, and the good files beside such a file are reported as
 * when checked alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_ERROR } from '../../server/core/index.js';
import { buildCli, example, makeTree, type BuiltCli, type JsonFileResult } from './cli-harness.js';

/** The generated inputs, by name. */
const INPUTS: Record<string, () => string> = {
  'scope-10000-unclosed': () => 'scope {\n'.repeat(10_000),
  'scope-10000-closed': () => 'scope {\n'.repeat(10_000) + '}\n'.repeat(10_000),
  'x-2000-one-line': () => 'x { '.repeat(2_000) + '\n',
  'braces-10000': () => '{'.repeat(10_000),
  'stray-at-1mb': () => '@'.repeat(1024 * 1024),
};
const FORMATS = ['stylish', 'json', 'sarif'] as const;
const GOOD = { 'a-clean.contract': example('managed-services'), 'z-vague.contract': example('vague-services') };

let cli: BuiltCli;
let dir: string;
/** The diagnostics of each good file checked alone. */
const alone = new Map<string, JsonFileResult['diagnostics']>();

beforeAll(async () => {
  cli = await buildCli();
  const files: Record<string, string> = {};
  for (const [name, make] of Object.entries(INPUTS)) {
    const text = make();
    files[`${name}/m-${name}.contract`] = text;
    for (const [good, content] of Object.entries(GOOD)) files[`${name}/${good}`] = content;
  }
  dir = makeTree(files);
  for (const good of Object.keys(GOOD)) {
    const r = cli.run(['lint', '--format', 'json', path.join(Object.keys(INPUTS)[0]!, good)], { cwd: dir });
    alone.set(good, (JSON.parse(r.stdout) as JsonFileResult[])[0]!.diagnostics);
  }
}, 60_000);
afterAll(() => {
  cli?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.keys(INPUTS))('%s', (name) => {
  const deep = path.join(name, `m-${name}.contract`);
  const shown = (file: string) => path.join(name, file);

  it.each(FORMATS)('alone, --format %s: exit 0 or 1 and well-formed output', (format) => {
    const r = cli.run(['lint', '--format', format, deep], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    if (format === 'json') {
      const results = JSON.parse(r.stdout) as JsonFileResult[];
      expect(results.map((f) => f.file)).toEqual([deep]);
    } else if (format === 'sarif') {
      const log = JSON.parse(r.stdout);
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0].artifacts).toHaveLength(1);
    } else if (r.code === 1) {
      expect(r.stdout).toMatch(/\n\u2716 \d+ problems? \(\d+ errors?, \d+ warnings?(, \d+ info)?\)\n\n$/);
    }
  });

  it.each(FORMATS)('beside good files, --format %s: every good file is reported as when checked alone', (format) => {
    const r = cli.run(['lint', '--format', format, name], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const order = [shown('a-clean.contract'), deep, shown('z-vague.contract')];
    if (format === 'json') {
      const results = JSON.parse(r.stdout) as JsonFileResult[];
      expect(results.map((f) => f.file)).toEqual(order);
      for (const good of Object.keys(GOOD)) expect(results.find((f) => f.file === shown(good))!.diagnostics).toEqual(alone.get(good));
    } else if (format === 'sarif') {
      const run = JSON.parse(r.stdout).runs[0];
      expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(order.map((f) => f.split(path.sep).join('/')));
      const count = (index: number) => run.results.filter((x: { locations: { physicalLocation: { artifactLocation: { index: number } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.index === index).length;
      expect(count(0)).toBe(alone.get('a-clean.contract')!.length);
      expect(count(2)).toBe(alone.get('z-vague.contract')!.length);
      for (const result of run.results) expect(result.ruleIndex).toBeGreaterThanOrEqual(0);
    } else {
      const lines = r.stdout.split('\n');
      const header = lines.indexOf(shown('z-vague.contract'));
      expect(header).toBeGreaterThan(0);
      expect(lines.slice(header + 1, header + 1 + alone.get('z-vague.contract')!.length).every((l) => /^ +\d+:\d+ +(error|warning|info) /.test(l))).toBe(true);
      expect(r.stdout).toMatch(/\n\u2716 \d+ problems \(\d+ errors?, \d+ warnings?(, \d+ info)?\)\n\n$/);
    }
  });
});

describe('once the parser survives deep nesting', () => {
  it.each(Object.keys(INPUTS))('%s is analysed, not reported as an internal error', (name) => {
    const r = cli.run(['lint', '--format', 'json', path.join(name, `m-${name}.contract`)], { cwd: dir });
    const results = JSON.parse(r.stdout) as JsonFileResult[];
    expect(results[0]!.diagnostics.filter((d) => d.code === INTERNAL_ERROR).map((d) => d.message)).toEqual([]);
  });
});
