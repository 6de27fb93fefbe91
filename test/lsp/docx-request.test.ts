/**
 * `clausewise/docx` over stdio against the real server (what "Export as Word
 * document" asks): the signing copy of the open document as a .docx in
 * base64, with the page size asked for and the count of errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocxResult } from '../../server/protocol.js';
import { openDocx, pageSize, wordStructureProblems } from '../unit/docx-wordml.js';
import { fileUri, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const EXAMPLES = path.join(__dirname, '../../examples');
const CLEAN = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');

describe('clausewise/docx (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let uri: string;
  let brokenUri: string;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-docx-'));
    uri = fileUri(path.join(ws, 'msa.contract'));
    brokenUri = fileUri(path.join(ws, 'broken.contract'));
    client.open(uri, CLEAN);
    client.open(brokenUri, 'contract "X" {\n  payment { due soon }\n}\n');
    await client.diagnostics(uri);
    await client.diagnostics(brokenUri);
  });

  afterAll(() => stopAndRemove(client, ws));

  it('answers the signing copy of the open document as a .docx, on the paper asked for', async () => {
    const r = await client.request<DocxResult>('clausewise/docx', { uri, fileName: 'msa.contract', paper: 'letter' });
    expect(r.uri).toBe(uri);
    expect(r.version).toBe(client.version(uri));
    expect(r.errors).toBe(0);
    const bytes = Buffer.from(r.base64, 'base64');
    const pkg = openDocx(new Uint8Array(bytes));
    expect(wordStructureProblems(pkg)).toEqual([]);
    expect(pageSize(pkg)).toEqual({ width: 12240, height: 15840 });
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('Managed IT Services Agreement');
    expect(value).toContain('For Globex Corporation, the Client');
    expect(value).not.toContain('Review note');
  });

  it('counts the errors of a broken contract, whose document lists them', async () => {
    const r = await client.request<DocxResult>('clausewise/docx', { uri: brokenUri });
    expect(r.errors).toBeGreaterThan(0);
    const bytes = Buffer.from(r.base64, 'base64');
    expect(pageSize(openDocx(new Uint8Array(bytes)))).toEqual({ width: 11906, height: 16838 });
    expect((await mammoth.extractRawText({ buffer: bytes })).value).toMatch(/not ready to sign/);
  });
});
