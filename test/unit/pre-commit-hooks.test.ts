/**
 * `.pre-commit-hooks.yaml`: the hooks the pre-commit framework offers, read
 * from the file, and each one's entry run as pre-commit runs it: the entry's
 * words, then the staged files that match `files`, from the repository root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, EXAMPLES, makeTree, ROOT, type BuiltCli } from './cli-harness.js';

interface Hook {
  id: string;
  name?: string;
  description?: string;
  entry?: string;
  language?: string;
  files?: string;
}

/** Reads the flat list of hooks (one `- id:` per hook, `key: value` lines), enough for this file. */
function readHooks(text: string): Hook[] {
  const hooks: Hook[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(raw)) continue;
    const m = /^(- |  )([a-z_]+): (.*)$/.exec(raw);
    expect(m, `a line pre-commit's list of hooks would not hold: ${raw}`).not.toBeNull();
    const [, lead, key, value] = m!;
    if (lead === '- ') {
      expect(key).toBe('id');
      hooks.push({ id: value! });
    } else {
      (hooks[hooks.length - 1] as unknown as Record<string, string>)[key!] = value!;
    }
  }
  return hooks;
}

const HOOKS = readHooks(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
const hook = (id: string) => HOOKS.find((h) => h.id === id)!;

describe('the hooks', () => {
  it('are clausewise-lint, clausewise-format and clausewise-format-check, each a node hook on .contract files', () => {
    expect(HOOKS.map((h) => h.id)).toEqual(['clausewise-lint', 'clausewise-format', 'clausewise-format-check']);
    for (const h of HOOKS) {
      expect(h.language, h.id).toBe('node');
      expect(h.files, h.id).toBe('\\.contract$');
      expect(h.name, h.id).toBeTruthy();
      expect(h.description, h.id).toBeTruthy();
      expect(h.entry, h.id).toMatch(/^clausewise (lint|format)\b/);
    }
    expect(hook('clausewise-lint').entry).toBe('clausewise lint');
    expect(hook('clausewise-format').entry).toBe('clausewise format --write');
    expect(hook('clausewise-format-check').entry).toBe('clausewise format --check');
  });

  it('match .contract files only', () => {
    const files = new RegExp(hook('clausewise-lint').files!);
    expect(['msa.contract', 'contracts/a b/x.contract'].every((f) => files.test(f))).toBe(true);
    expect(['msa.contract.bak', 'README.md', 'clausewise.json'].some((f) => files.test(f))).toBe(false);
  });

  it('name a command the package installs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    for (const h of HOOKS) expect(Object.keys(pkg.bin)).toContain(h.entry!.split(' ')[0]);
  });
});

describe('each entry run as pre-commit runs it, with the staged files', () => {
  let cli: BuiltCli;
  let dir: string;
  const clean = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');
  const vague = fs.readFileSync(path.join(EXAMPLES, 'vague-services.contract'), 'utf8');
  const unformatted = clean.replace('  id "MSA-2027-014"', '      id    "MSA-2027-014"');

  beforeAll(async () => {
    cli = await buildCli();
  }, 60_000);
  afterAll(() => cli?.cleanup());

  function run(id: string, files: Record<string, string>) {
    dir = makeTree(files);
    const words = hook(id).entry!.split(' ').slice(1);
    const r = cli.run([...words, ...Object.keys(files)], { cwd: dir });
    const after = Object.fromEntries(Object.keys(files).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    fs.rmSync(dir, { recursive: true, force: true });
    return { ...r, after };
  }

  it('clausewise-lint passes clean contracts and fails on a contract with errors', () => {
    expect(run('clausewise-lint', { 'contracts/msa.contract': clean }).code).toBe(0);
    const failed = run('clausewise-lint', { 'contracts/msa.contract': clean, 'contracts/vague.contract': vague });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('contracts/vague.contract');
  });

  it('clausewise-format rewrites a contract that is not formatted (pre-commit then fails on the change) and never one with syntax errors', () => {
    const r = run('clausewise-format', { 'msa.contract': unformatted, 'ok.contract': clean });
    expect(r.code, r.stderr).toBe(0);
    expect(r.after['msa.contract']).toBe(clean);
    const broken = 'contract "X" {\n  effective 2027-13-45 {{\n';
    const b = run('clausewise-format', { 'broken.contract': broken });
    expect(b.code).toBe(1);
    expect(b.after['broken.contract']).toBe(broken);
  });

  it('clausewise-format-check fails on a contract that is not formatted and changes nothing', () => {
    expect(run('clausewise-format-check', { 'msa.contract': clean }).code).toBe(0);
    const r = run('clausewise-format-check', { 'msa.contract': unformatted });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('msa.contract');
    expect(r.after['msa.contract']).toBe(unformatted);
  });
});
