/**
 * `render --format docx` (the signing document as a Word document): the .docx
 * opens without repair — its parts, relationships, content types and XML are
 * checked against the WordprocessingML structure used, independently of the
 * library that wrote it — and an independent reader (mammoth) finds the
 * title, the parties, the numbered headings and the signature blocks in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { buildDocument } from '../../server/core/render/document.js';
import { documentDocx, PAGE_SIZES, xmlSafe } from '../../server/core/render/docx.js';
import { elements, openDocx, pageSize, textRevisions, W, wordStructureProblems } from './docx-wordml.js';

const ROOT = path.join(__dirname, '../..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/managed-services.contract'), 'utf8');

async function docxOf(text: string, paper?: 'a4' | 'letter') {
  const result = analyze(text);
  const doc = buildDocument(result.parse, result.diagnostics, { signing: true });
  return { doc, bytes: await documentDocx(doc, { paper, fileName: 'msa.contract' }) };
}

describe('render --format docx', () => {
  it('writes a package with the WordprocessingML structure Word opens without repair', async () => {
    const { bytes } = await docxOf(EXAMPLE);
    const pkg = openDocx(bytes);
    expect(wordStructureProblems(pkg)).toEqual([]);
    expect(textRevisions(pkg)).toEqual({ inserted: [], deleted: [] });
  });

  it('sets the page size from --paper', async () => {
    expect(pageSize(openDocx((await docxOf(EXAMPLE)).bytes))).toEqual(PAGE_SIZES.a4);
    expect(pageSize(openDocx((await docxOf(EXAMPLE, 'letter')).bytes))).toEqual(PAGE_SIZES.letter);
    expect(PAGE_SIZES.a4).toEqual({ width: 11906, height: 16838 });
    expect(PAGE_SIZES.letter).toEqual({ width: 12240, height: 15840 });
  });

  it('numbers the sections with Word numbering, headings in heading styles', async () => {
    const { doc, bytes } = await docxOf(EXAMPLE);
    const pkg = openDocx(bytes);
    const headings = elements(pkg.body, W, 'p').filter((p) => elements(p, W, 'pStyle')[0]?.getAttributeNS(W, 'val') === 'Heading1');
    const numbered = headings.filter((p) => elements(p, W, 'numPr').length > 0);
    expect(numbered.length).toBe(doc.contracts[0]!.sections.length);
    expect(headings.map((p) => elements(p, W, 't').map((t) => t.textContent).join(''))).toEqual(['Parties', ...doc.contracts[0]!.sections.map((s) => s.title), 'Signatures']);
    // The multilevel list: 1. / 1.1 / 1.1.1.
    const levels = elements(pkg.xml('word/numbering.xml'), W, 'lvlText').map((l) => l.getAttributeNS(W, 'val'));
    expect(levels).toEqual(expect.arrayContaining(['%1.', '%1.%2', '%1.%2.%3']));
  });

  it('reads, through mammoth, as the agreement: title, parties, headings, sentences and signature blocks', async () => {
    const { doc, bytes } = await docxOf(EXAMPLE);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const c = doc.contracts[0]!;
    expect(text).toContain('Managed IT Services Agreement');
    expect(text).toContain('Acme Managed Services LLC, the Provider');
    expect(text).toContain('Globex Corporation, the Client');
    expect(text).toContain('Address: 1 Main Street, New York, NY 10001');
    for (const s of c.sections) expect(text).toContain(s.title);
    expect(text).toContain('The Client shall pay each invoice within 30 days after the invoice date.');
    expect(text).toContain('For Acme Managed Services LLC, the Provider');
    expect(text).toContain('For Globex Corporation, the Client');
    expect(text.match(/^Signature\t?$/gm)?.length).toBe(2);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>Parties</h1>');
    expect(html).toContain('<h1>Signatures</h1>');
    expect(html).toMatch(/<strong>Acme Managed Services LLC<\/strong>/);
  });

  it('carries any contract string safely: XML special characters escaped, characters XML cannot hold dropped', async () => {
    const text = EXAMPLE.replace('Globex Corporation', 'Globex <Corp> & \\"Sons\\" \u0001').replace('Help desk support', 'Help ]]> desk');
    const { bytes } = await docxOf(text);
    const pkg = openDocx(bytes);
    expect(wordStructureProblems(pkg)).toEqual([]);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Help ]]> desk');
    expect(value).toMatch(/Globex <Corp> & "Sons"/);
    expect(xmlSafe('a\u0001b\nc\ud800')).toBe('ab c');
  });

  it('writes a contract with errors, with the banner, and an empty file', async () => {
    const broken = await docxOf('contract "X" {\n  party provider p "P"\n  payment { due soon }\n');
    expect(wordStructureProblems(openDocx(broken.bytes))).toEqual([]);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(broken.bytes) });
    expect(value).toMatch(/This contract has \d+ errors? and is not ready to sign\./);
    const empty = await docxOf('');
    expect(wordStructureProblems(openDocx(empty.bytes))).toEqual([]);
  });
});
