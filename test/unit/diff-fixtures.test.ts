/**
 * The semantic diff against version pairs: test/fixtures/diff/<name>/
 * old.contract, new.contract and expected.json (the changes, as
 * `{ kind, path, bucket, favours, againstUs, before, after, impact }`, and the
 * codes of the problems that appeared and disappeared; `perspective` sets the
 * reader's side, client when absent). UPDATE_DIFF_FIXTURES=1 rewrites the
 * expected files (review them before committing).
 *
 * Also: every statement kind of the schema has a favour/bucket entry, and is
 * changed in some fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA, type BlockKind } from '../../grammar/index.js';
import { DEFAULT_CONFIG } from '../../server/core/config.js';
import { FAVOUR_TABLE, renderDiffMarkdown, semanticDiff, type Change, type DiffResult } from '../../server/core/diff/index.js';

const DIR = path.resolve(__dirname, '../fixtures/diff');
const UPDATE = process.env['UPDATE_DIFF_FIXTURES'] === '1';

interface Expected {
  perspective?: 'client' | 'provider' | 'neutral';
  changes: Partial<Change>[];
  /** Left out where the rules are still moving (contract-header: the family rules); then not compared. */
  diagnostics?: { appeared: string[]; disappeared: string[] };
}

/** What a fixture pins down of a change (ranges are left out: they follow the text). */
function project(c: Change): Partial<Change> {
  return {
    kind: c.kind,
    path: c.path,
    bucket: c.bucket,
    favours: c.favours,
    againstUs: c.againstUs,
    ...(c.before !== undefined ? { before: c.before } : {}),
    ...(c.after !== undefined ? { after: c.after } : {}),
    ...(c.impact ? { impact: c.impact } : {}),
  };
}

function actual(result: DiffResult, perspective: Expected['perspective']): Expected {
  return {
    ...(perspective ? { perspective } : {}),
    changes: result.changes.map(project),
    diagnostics: { appeared: result.diagnostics.appeared.map((d) => d.code), disappeared: result.diagnostics.disappeared.map((d) => d.code) },
  };
}

const fixtures = fs
  .readdirSync(DIR)
  .filter((d) => fs.statSync(path.join(DIR, d)).isDirectory())
  .sort();

const covered = new Set<string>();

describe('semantic diff fixtures', () => {
  for (const name of fixtures) {
    it(name, () => {
      const read = (f: string) => fs.readFileSync(path.join(DIR, name, f), 'utf8');
      const expectedFile = path.join(DIR, name, 'expected.json');
      const stored: Expected | undefined = fs.existsSync(expectedFile) ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : undefined;
      const perspective = stored?.perspective ?? 'client';
      const result = semanticDiff(read('old.contract'), read('new.contract'), { ...DEFAULT_CONFIG, perspective });
      for (const c of result.changes) covered.add(`${c.block}.${c.keyword}`);
      const got = actual(result, stored?.perspective);
      if (stored && !stored.diagnostics) delete got.diagnostics;
      if (UPDATE || !stored) {
        fs.writeFileSync(expectedFile, JSON.stringify(got, null, 2) + '\n');
        if (!UPDATE) throw new Error(`${name}/expected.json was missing and has been written: review it`);
        return;
      }
      expect(got).toEqual(stored);
      // Every change has its ranges on the side(s) it exists.
      for (const c of result.changes) {
        if (c.kind !== 'added') expect(c.oldRange, c.path).toBeDefined();
        if (c.kind !== 'removed') expect(c.newRange, c.path).toBeDefined();
      }
    });
  }

  it('every statement kind of the schema has a favour and bucket entry', () => {
    const missing: string[] = [];
    for (const [block, specs] of Object.entries(SCHEMA) as [BlockKind, (typeof SCHEMA)[BlockKind]][]) {
      for (const s of specs) if (!FAVOUR_TABLE[`${block}.${s.keyword}`]) missing.push(`${block}.${s.keyword}`);
    }
    expect(missing, 'add these to server/core/diff/favour.ts').toEqual([]);
  });

  it('every statement kind of the schema is changed in some fixture', () => {
    const missing: string[] = [];
    for (const [block, specs] of Object.entries(SCHEMA) as [BlockKind, (typeof SCHEMA)[BlockKind]][]) {
      for (const s of specs) if (!covered.has(`${block}.${s.keyword}`)) missing.push(`${block}.${s.keyword}`);
    }
    expect(missing, 'add a change of these to a fixture in test/fixtures/diff').toEqual([]);
  });

  it('a layout-only pair has no change', () => {
    expect(fixtures).toContain('layout-only');
    const stored = JSON.parse(fs.readFileSync(path.join(DIR, 'layout-only/expected.json'), 'utf8')) as Expected;
    expect(stored.changes).toEqual([]);
  });
});

describe('docs/diff.md', () => {
  const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/diff.md'), 'utf8');

  it('lists every entry of the favour table', () => {
    const missing = Object.keys(FAVOUR_TABLE).filter((k) => !doc.includes(`| \`${k.replace('.', ' › ')}\` |`));
    expect(missing).toEqual([]);
  });

  it('shows the markdown output of the negotiation round as it is', () => {
    const read = (f: string) => fs.readFileSync(path.join(DIR, 'negotiation-round', f), 'utf8');
    const result = semanticDiff(read('old.contract'), read('new.contract'), { ...DEFAULT_CONFIG, perspective: 'client' });
    const md = renderDiffMarkdown(result, { oldName: 'old.contract', newName: 'new.contract' });
    const shown = /````markdown\n([\s\S]*?)````/.exec(doc)?.[1];
    expect(shown).toBe(md);
  });
});
