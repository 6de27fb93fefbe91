/**
 * Rendering a document of a family (issue 12 item 5): a child shows its
 * master's parties and says which document prevails (from `precedence`), in
 * the core and through `clausewise render FILE --with PATH`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { FamilyIndex } from '../../server/core/index.js';
import { buildDocument, renderMarkdown } from '../../server/core/render/index.js';
import { buildCli, ROOT, type BuiltCli } from './cli-harness.js';

const REALISTIC = path.join(ROOT, 'test/fixtures/families/realistic');
const read = (rel: string) => fs.readFileSync(path.join(REALISTIC, rel), 'utf8');
const SOW = 'statements-of-work/sow-1-migration.contract';
const BAA = 'addenda/baa.contract';
const MSA = 'master/msa.contract';

function rendered(target: string, others: string[]): string {
  const index = new FamilyIndex();
  for (const f of [target, ...others]) index.set(f, parse(read(f)));
  return renderMarkdown(parse(read(target)), { family: index.contextFor(target) });
}

describe('rendering a family member', () => {
  it('a SOW shows the master, its provider and that the SOW prevails (precedence order, sow, master)', () => {
    const md = rendered(SOW, [MSA]);
    expect(md).toContain('**Document:** Statement of work');
    expect(md).toContain('**Under:** Master Services Agreement (MSA-2027-014)');
    expect(md).toContain('1. **Acme Managed Services LLC** (“acme”), the Provider');
    expect(md).toContain('A party to this statement of work as a party to the Master Services Agreement (MSA-2027-014).');
    expect(md).toContain('2. **Globex Health Inc.** (“globex”), the Client');
    expect(md).toContain('Where this statement of work and the Master Services Agreement (MSA-2027-014) conflict, this statement of work prevails.');
  });

  it('a BAA naming no parties shows both of the master; the precedence not naming BAAs is a review note, not a term', () => {
    const doc = buildDocument(parse(read(BAA)), [], { family: (() => {
      const index = new FamilyIndex();
      index.set(BAA, parse(read(BAA)));
      index.set(MSA, parse(read(MSA)));
      return index.contextFor(BAA);
    })() });
    const c = doc.contracts[0]!;
    expect(c.parties.map((p) => `${p.role} ${p.legalName}`)).toEqual(['Provider Acme Managed Services LLC', 'Client Globex Health Inc.']);
    expect(c.signatures).toHaveLength(2);
    const texts = c.background.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts[1]).toBe('Where the documents conflict, they prevail in this order: the order, the statement of work, the master agreement.');
    const notes = c.background.flatMap((b) => (b.kind === 'paragraph' ? b.notes : []));
    expect(notes).toContain('The precedence order does not name this kind of document (business associate agreement).');
  });

  it('the master states its precedence; a child whose master is not given says so in a review note only', () => {
    expect(rendered(MSA, [])).toContain('Where the documents made under this master agreement conflict, they prevail in this order: the order, the statement of work, this master agreement.');
    const alone = renderMarkdown(parse(read(SOW)));
    expect(alone).toContain('**Under:** MSA-2027-014 (not among the documents rendered)');
    expect(alone).toContain('was not among the documents rendered');
    const signing = renderMarkdown(parse(read(SOW)), { signing: true });
    expect(signing).not.toContain('not among the documents rendered:');
    expect(signing).toContain('This statement of work is made under the master agreement "MSA-2027-014", whose terms apply to it except where it states its own.');
  });

  it('a master and its order in one file find each other without a family context', () => {
    const text = read(MSA) + '\n' + read('orders/order-1-managed-service.contract');
    const md = renderMarkdown(parse(text));
    expect(md).toContain('This order is made under the Master Services Agreement (MSA-2027-014)');
    expect(md).toContain('Where this order and the Master Services Agreement (MSA-2027-014) conflict, this order prevails.');
  });
});

describe('clausewise render --with', () => {
  let cli: BuiltCli;
  beforeAll(async () => {
    cli = await buildCli();
  }, 60_000);
  afterAll(() => cli?.cleanup());

  it('finds the master among the files and folders given with --with', () => {
    const r = cli.run(['render', SOW, '--with', 'master', '--with', 'addenda', '--format', 'md'], { cwd: REALISTIC });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**Under:** Master Services Agreement (MSA-2027-014)');
    expect(r.stdout).toContain('the Provider');
    expect(r.stdout).toContain('this statement of work prevails');
    // Without --with, the master is not found; the document is still written.
    const alone = cli.run(['render', SOW, '--format', 'md'], { cwd: REALISTIC });
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('(not among the documents rendered)');
  });

  it('a --with path that does not exist is a clear error', () => {
    const r = cli.run(['render', SOW, '--with', 'nope'], { cwd: REALISTIC });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope');
  });
});
