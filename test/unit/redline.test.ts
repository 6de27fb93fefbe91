/**
 * The rendered redline (server/core/render/redline.ts and redline-html.ts,
 * and the tracked changes of docx.ts through `renderDiffDocument`): sentences
 * split as a reader splits them, lines aligned, a changed sentence marked as a
 * deletion and an insertion; in the .docx, one tracked change per sentence
 * inserted or deleted (a changed one is both), attributed to the author and
 * date, and the document with every change accepted (as mammoth reads it,
 * skipping deletions) is the new version rendered.
 */
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { renderDiffDocument, type DiffResultLike } from '../../server/cli/commands/diff-documents.js';
import { buildDocument } from '../../server/core/render/document.js';
import { documentDocx } from '../../server/core/render/docx.js';
import { redlineHtml } from '../../server/core/render/redline-html.js';
import { alignSequences, redlineDocuments, splitSentences, type Redline } from '../../server/core/render/redline.js';
import { elements, openDocx, pageSize, textRevisions, W, wordStructureProblems } from './docx-wordml.js';

const ROOT = path.join(__dirname, '../..');
const OLD = fs.readFileSync(path.join(ROOT, 'examples/managed-services.contract'), 'utf8');

/** A negotiation round: lower uptime, lower credit cap, longer payment window, longer notice, lower liability cap, a prose clause rewritten. */
const NEW = OLD.replace('uptime 99.9% monthly', 'uptime 99.5% monthly')
  .replace('credit_cap 50%', 'credit_cap 25%')
  .replace('due 30 days after invoice', 'due 60 days after invoice')
  .replace('renewal automatic 12 months notice 60 days', 'renewal automatic 12 months notice 90 days')
  .replace('cap 12 months fees', 'cap 3 months fees')
  .replace('      for 5 years after this agreement ends.', '      for 3 years after this agreement ends. Neither party may disclose it to a competitor.');

const NO_CHANGES: DiffResultLike = { changes: [], perspective: 'neutral', diagnostics: { appeared: [], disappeared: [] } };
const SUMMARY: DiffResultLike = {
  perspective: 'client',
  diagnostics: { appeared: [], disappeared: [] },
  changes: [
    {
      kind: 'changed',
      path: 'liability › cap',
      bucket: 'risk',
      favours: 'provider',
      againstUs: true,
      before: 'cap 12 months fees',
      after: 'cap 3 months fees',
      impact: [{ label: 'liability cap in money', before: '150,000.00 USD', after: '37,500.00 USD' }],
    },
    { kind: 'changed', path: 'payment › due', bucket: 'money', favours: 'client', againstUs: false, before: 'due 30 days after invoice', after: 'due 60 days after invoice' },
  ],
};

function redlineOf(a: string, b: string): Redline {
  return redlineDocuments(buildDocument(parse(a), [], { signing: true }), buildDocument(parse(b), [], { signing: true }));
}

describe('sentences', () => {
  it('splits at sentence ends, keeps the spaces with each sentence, and not after abbreviations or initials', () => {
    expect(splitSentences('One. Two! Three? “Four.” (Five.) 6 is a number.')).toEqual(['One. ', 'Two! ', 'Three? ', '“Four.” ', '(Five.) ', '6 is a number.']);
    expect(splitSentences('See e.g. The Act. Acme Inc. Was paid by J. Smith. Done.')).toEqual(['See e.g. The Act. ', 'Acme Inc. Was paid by J. Smith. ', 'Done.']);
    expect(splitSentences('Pay 1.5% monthly. Then stop.')).toEqual(['Pay 1.5% monthly. ', 'Then stop.']);
    expect(splitSentences('')).toEqual(['']);
    for (const t of ['a. b. C. d', 'No sentence end', '  Leading. Trailing.  ']) expect(splitSentences(t).join('')).toBe(t);
  });

  it('aligns sequences by their longest common subsequence, deletions of a gap before insertions', () => {
    const steps = alignSequences(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'], (x) => x);
    expect(steps).toEqual([
      { op: 'equal', a: 0, b: 0 },
      { op: 'delete', a: 1 },
      { op: 'insert', b: 1 },
      { op: 'equal', a: 2, b: 2 },
      { op: 'equal', a: 3, b: 3 },
      { op: 'insert', b: 4 },
    ]);
  });
});

describe('the redline of a negotiation round', () => {
  it('marks each changed sentence as a deletion and an insertion, and an added sentence as an insertion', () => {
    const r = redlineOf(OLD, NEW);
    expect(r.stats).toEqual({ inserted: 1, deleted: 0, changed: 6, changedUnits: 6 });
    const changed = r.units.filter((u) => u.status !== 'equal');
    const pay = changed.find((u) => u.segments.some((s) => s.text.includes('within 60 days after the invoice date')))!;
    expect(pay.segments).toEqual([
      { op: 'delete', text: 'The Client shall pay each invoice within 30 days after the invoice date.' },
      { op: 'insert', text: 'The Client shall pay each invoice within 60 days after the invoice date.' },
    ]);
    const conf = changed.find((u) => u.segments.some((s) => s.text.includes('competitor')))!;
    expect(conf.segments.map((s) => s.op)).toEqual(['delete', 'insert', 'insert']);
  });

  it('finds no change between a version and itself, or a reformatted copy', () => {
    expect(redlineOf(OLD, OLD).stats).toEqual({ inserted: 0, deleted: 0, changed: 0, changedUnits: 0 });
    const reformatted = OLD.replace(/\n {2}/g, '\n      ').replace(/^\/\/.*$/gm, '// another comment');
    expect(redlineOf(OLD, reformatted).stats.changedUnits).toBe(0);
  });

  it('deletes and inserts whole lines: an exclusion removed, a section added, an SLA removed', () => {
    const next = OLD.replace('    exclude "Third-party software licences"\n', '')
      .replace('  sla incidents for helpdesk', '  sla_removed_marker')
      .replace(/ {2}sla_removed_marker[\s\S]*?\n {2}\}\n/, '')
      .replace('  reporting {', '  clause escrow "Source code escrow" {\n    text "The Provider deposits the source code with an escrow agent."\n  }\n\n  reporting {');
    const r = redlineOf(OLD, next);
    const deleted = r.units.filter((u) => u.status === 'deleted');
    const inserted = r.units.filter((u) => u.status === 'inserted');
    expect(deleted.map((u) => u.unit.text)).toContain('Third-party software licences');
    expect(deleted.some((u) => u.unit.kind === 'heading' && u.unit.text.startsWith('Incidents'))).toBe(true);
    expect(inserted.map((u) => u.unit.text)).toEqual(expect.arrayContaining(['Source code escrow', 'The Provider deposits the source code with an escrow agent.']));
    // Every deleted line keeps its old text; the redline holds every line of both versions.
    const oldLines = redlineOf(OLD, OLD).units.length;
    expect(r.units.filter((u) => u.status !== 'inserted').length).toBe(oldLines);
  });
});

describe('diff --format html', () => {
  it('is a standalone page without scripts: the summary on top, then the agreement with <ins> and <del>', async () => {
    const html = (await renderDiffDocument('html', OLD, NEW, SUMMARY, { oldName: 'HEAD:msa.contract', newName: 'msa.contract' })) as string;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;');
    expect(html).not.toMatch(/<script/i);
    const summary = html.indexOf('<section class="cw-summary"');
    const article = html.indexOf('<article class="cw-redline">');
    expect(summary).toBeGreaterThan(0);
    expect(article).toBeGreaterThan(summary);
    expect(html).toContain('2 changes, 1 against the client from HEAD:msa.contract to msa.contract.');
    expect(html).toContain('<h3>Risk</h3>');
    // The bucket with a change against us comes first.
    expect(html.indexOf('<h3>Risk</h3>')).toBeLessThan(html.indexOf('<h3>Money</h3>'));
    expect(html).toContain('<li>liability cap in money: 150,000.00 USD → 37,500.00 USD</li>');
    expect(html).toContain('the Provider <strong>(against us)</strong>');
    expect(html).toContain('<del>The Client shall pay each invoice within 30 days after the invoice date.</del><ins>The Client shall pay each invoice within 60 days after the invoice date.</ins>');
    expect(html).toContain('6 sentences changed, 1 sentence added and 0 sentences removed');
    expect(html.match(/<ins>/g)!.length - 1).toBe(7);
  });

  it('escapes every contract string', () => {
    const evil = OLD.replace('Globex Corporation', 'Globex <script>alert(1)</script>');
    const r = redlineOf(OLD, evil);
    const html = redlineHtml(r, { ...NO_CHANGES, changes: [{ ...SUMMARY.changes[0]!, path: '<img src=x onerror=alert(1)>' }] });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('diff --format docx', () => {
  const date = new Date('2026-11-30T09:15:00Z');

  it('opens without repair and has one tracked change per sentence inserted or deleted, attributed to the author and date', async () => {
    const bytes = (await renderDiffDocument('docx', OLD, NEW, SUMMARY, { author: 'Dana Counsel', date, paper: 'letter' })) as Uint8Array;
    const pkg = openDocx(bytes);
    expect(wordStructureProblems(pkg)).toEqual([]);
    expect(pageSize(pkg)).toEqual({ width: 12240, height: 15840 });
    const stats = redlineOf(OLD, NEW).stats;
    const { inserted, deleted } = textRevisions(pkg);
    // Each changed sentence is one deletion and one insertion; an added sentence one insertion.
    expect(inserted.length).toBe(stats.inserted + stats.changed);
    expect(deleted.length).toBe(stats.deleted + stats.changed);
    expect(inserted.length + deleted.length).toBe(13);
    expect(deleted).toContain('The Client shall pay each invoice within 30 days after the invoice date.');
    expect(inserted).toContain('The Client shall pay each invoice within 60 days after the invoice date.');
    for (const r of [...elements(pkg.body, W, 'ins'), ...elements(pkg.body, W, 'del')]) {
      expect(r.getAttributeNS(W, 'author')).toBe('Dana Counsel');
      expect(r.getAttributeNS(W, 'date')).toBe('2026-11-30T09:15:00Z');
    }
    // Word opens it with Track Changes on.
    expect(elements(pkg.xml('word/settings.xml'), W, 'trackRevisions')).toHaveLength(1);
  });

  it('reads, with every change accepted, as the new version rendered', async () => {
    const bytes = (await renderDiffDocument('docx', OLD, NEW, SUMMARY, { author: 'A', date })) as Uint8Array;
    const accepted = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    const plain = (await mammoth.extractRawText({ buffer: Buffer.from(await documentDocx(buildDocument(parse(NEW), [], { signing: true }))) })).value;
    expect(accepted).toBe(plain);
    expect(accepted).toContain('limited to 3 months of fees.');
    expect(accepted).not.toContain('limited to 12 months of fees.');
  });

  it('marks the paragraph of a line inserted or deleted as a whole, so accepting removes or keeps the paragraph', async () => {
    const next = OLD.replace('    exclude "Third-party software licences"\n', '').replace('    review quarterly\n', '    review quarterly\n    report yearly "Security audit summary"\n');
    const pkg = openDocx((await renderDiffDocument('docx', OLD, next, NO_CHANGES, { author: 'A', date })) as Uint8Array);
    expect(wordStructureProblems(pkg)).toEqual([]);
    const markRevisions = (kind: string) => elements(pkg.body, W, 'rPr').filter((r) => r.parentNode?.localName === 'pPr').flatMap((r) => elements(r, W, kind));
    expect(markRevisions('del')).toHaveLength(1);
    expect(markRevisions('ins')).toHaveLength(1);
    expect(textRevisions(pkg)).toEqual({ deleted: ['Third-party software licences'], inserted: ['The Provider shall report to the Client every year on the following: Security audit summary.'] });
  });

  it('has no tracked change between a version and itself; the author defaults to git or Clausewise', async () => {
    const pkg = openDocx((await renderDiffDocument('docx', OLD, OLD, NO_CHANGES, { date })) as Uint8Array);
    expect(wordStructureProblems(pkg)).toEqual([]);
    expect(textRevisions(pkg)).toEqual({ inserted: [], deleted: [] });
  });

  it('renders broken or empty versions without throwing', async () => {
    for (const [a, b] of [
      ['', OLD],
      [OLD, ''],
      ['contract "X" {\n  payment { due soon', 'contract "X" {\n  payment { due 30 days after invoice }\n}\n'],
    ] as const) {
      const pkg = openDocx((await renderDiffDocument('docx', a, b, NO_CHANGES, { author: 'A', date })) as Uint8Array);
      expect(wordStructureProblems(pkg)).toEqual([]);
      expect(typeof (await renderDiffDocument('html', a, b, NO_CHANGES))).toBe('string');
    }
  });
});
