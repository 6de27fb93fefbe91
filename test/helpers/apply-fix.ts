/**
 * Shared checks for quick fixes: apply a fix's edits to a text, analyse the
 * result again, and assert that the diagnostic the fix was offered for is gone
 * and that no new error appeared. The fix tests of every rule family use these.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { analyze, type Diagnostic, type Fix, type ResolvedConfig } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';
import { parseFixture } from './fixtures.js';

/** The folder holding one sub-folder of fixtures per diagnostic code. */
export const RULE_FIXTURES = path.join(__dirname, '../fixtures/rules');

/** Reads a rule fixture by its path below the rule fixture folder (for example `missing-sla/bad.contract`). */
export function readRuleFixture(relative: string): string {
  return fs.readFileSync(path.join(RULE_FIXTURES, relative), 'utf8');
}

/** Applies a fix's edits (which never overlap) to a text, last edit first so that earlier offsets stay valid. */
export function applyFix(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** A fixture that expects its code, with the configuration it declares. */
export interface BadFixture {
  /** The file name, such as `bad.contract`. */
  name: string;
  text: string;
  config: ResolvedConfig;
}

/** The `bad*.contract` fixtures of a code, each with its `fixture-config` (or the default configuration). */
export function badFixtures(code: string): BadFixture[] {
  const dir = path.join(RULE_FIXTURES, code);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('bad') && f.endsWith('.contract'))
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, text, config: parseFixture(text).config };
    });
}

/** Error-severity diagnostics counted by code and message. */
function errorsByMessage(ds: Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of ds) if (d.severity === 'error') m.set(`${d.code}: ${d.message}`, (m.get(`${d.code}: ${d.message}`) ?? 0) + 1);
  return m;
}

/** How strictly `expectFixWorks` judges a fix. */
export interface FixCheckOptions {
  /** Whether the fix must add no error (default true); alternatives such as another unit are the user's informed choice. */
  noNewError?: boolean;
  /** Names the case in failure messages, such as the fixture's file name. */
  label?: string;
}

/**
 * Applies `fix` (offered for `d` on `text`) and asserts that its snippet and
 * plain edit agree, that exactly one diagnostic with `d`'s code (and exactly one
 * with its code and message) disappears, and, unless turned off, that no error
 * appears that was not there before. Returns the fixed text and its diagnostics.
 */
export function expectFixWorks(
  text: string,
  config: ResolvedConfig,
  d: Diagnostic,
  fix: Fix,
  before: Diagnostic[],
  options: FixCheckOptions = {},
): { fixed: string; after: Diagnostic[] } {
  const label = `${options.label ? `${options.label}: ` : ''}"${fix.title}"`;
  if (fix.snippet !== undefined) {
    expect(fix.edits, `${label}: a fix with a snippet has one edit`).toHaveLength(1);
    expect(snippetToText(fix.snippet), `${label}: the snippet and the plain edit agree`).toBe(fix.edits[0]!.newText);
  }
  const fixed = applyFix(text, fix);
  const after = analyze(fixed, config).diagnostics;
  const sameCode = (x: Diagnostic) => x.code === d.code;
  const same = (x: Diagnostic) => sameCode(x) && x.message === d.message;
  expect(after.filter(same).length, `${label} removes: ${d.message}\nafter the fix:\n${fixed}`).toBe(before.filter(same).length - 1);
  // A fix may settle several problems of its code at once (a new scope with every service the SLAs name).
  expect(after.filter(sameCode).length, `${label} removes at least one ${d.code}\nafter the fix:\n${fixed}`).toBeLessThanOrEqual(before.filter(sameCode).length - 1);
  if (options.noNewError !== false) {
    const was = errorsByMessage(before);
    const target = `${d.code}: ${d.message}`;
    for (const [key, n] of errorsByMessage(after)) {
      const allowed = (was.get(key) ?? 0) - (key === target ? 1 : 0);
      expect(n, `${label} adds no error; new: ${key}`).toBeLessThanOrEqual(allowed);
    }
  }
  return { fixed, after };
}

/** Every (diagnostic, fix) pair of `code` in one fixture, with the text after the fix, and the diagnostics before. */
export function fixCases(code: string, file: string) {
  const text = readRuleFixture(path.join(code, file));
  const { config } = parseFixture(text);
  const before = analyze(text, config).diagnostics;
  const cases = before.filter((d) => d.code === code).flatMap((d) => d.fixes.map((fix) => ({ d, fix, fixed: applyFix(text, fix) })));
  return { text, config, before, cases };
}

/**
 * Runs `expectFixWorks` on every fix offered for `code` in each of its bad
 * fixtures, expects every fixture to report the code, and returns how many
 * fixes it checked.
 */
export function expectEveryFixWorks(code: string, options: Omit<FixCheckOptions, 'label'> = {}): number {
  let tried = 0;
  for (const { name, text, config } of badFixtures(code)) {
    const before = analyze(text, config).diagnostics;
    const targets = before.filter((d) => d.code === code);
    expect(targets.length, `${name} expects ${code}`).toBeGreaterThan(0);
    for (const d of targets) {
      for (const fix of d.fixes) {
        tried++;
        expectFixWorks(text, config, d, fix, before, { ...options, label: name });
      }
    }
  }
  return tried;
}

/** A contract every fix of which a test applies: its name, text and fixture configuration. */
export interface FixCase {
  name: string;
  text: string;
  config: ResolvedConfig;
}

/** Every bad rule fixture and both examples, each with its fixture configuration. */
export function badFixturesAndExamples(): FixCase[] {
  const out: FixCase[] = [];
  for (const code of fs.readdirSync(RULE_FIXTURES).sort()) {
    for (const file of fs.readdirSync(path.join(RULE_FIXTURES, code)).sort()) {
      if (!file.startsWith('bad') || !file.endsWith('.contract')) continue;
      const text = fs.readFileSync(path.join(RULE_FIXTURES, code, file), 'utf8');
      out.push({ name: `${code}/${file}`, text, config: parseFixture(text).config });
    }
  }
  const examples = path.join(__dirname, '../../examples');
  for (const file of fs.readdirSync(examples).filter((f) => f.endsWith('.contract')).sort()) {
    const text = fs.readFileSync(path.join(examples, file), 'utf8');
    out.push({ name: `examples/${file}`, text, config: parseFixture(text).config });
  }
  return out;
}
