/**
 * Document lifecycle over stdio against the real server process: diagnostics
 * on open and on incremental edits, stale results never published, closing
 * clears, configuration from clausewise.json and settings (picked up without a
 * restart), workspace symbols from the indexed folder, robustness answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LSPErrorCodes } from 'vscode-languageserver-protocol';
import { StreamMessageReader, type Message, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/core/index.js';
import { fileUri, positionOf, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const FIXTURES = path.join(__dirname, '../fixtures/lsp');
const CLEAN = fs.readFileSync(path.join(FIXTURES, 'managed-services.contract'), 'utf8');
const VAGUE = fs.readFileSync(path.join(FIXTURES, 'vague-services.contract'), 'utf8');

function summary(ds: { code?: unknown; range: { start: { line: number; character: number } } }[]): string[] {
  return ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`);
}

describe('document lifecycle (stdio)', () => {
  let ws: string;
  let client: TestClient;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-life-', (dir) => {
      fs.mkdirSync(path.join(dir, 'contracts'));
      fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
      fs.mkdirSync(path.join(dir, '.hidden'));
      fs.writeFileSync(path.join(dir, 'contracts', 'msa.contract'), CLEAN);
      fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'skip.contract'), CLEAN.replace('acme', 'skipped_vendor'));
      fs.writeFileSync(path.join(dir, '.hidden', 'skip.contract'), CLEAN.replace('acme', 'hidden_vendor'));
    }));
  });

  afterAll(() => stopAndRemove(client, ws));

  it('declares its capabilities, including the semantic token legend and fix-all', () => {
    const caps = client.capabilities as Record<string, any>;
    expect(caps.textDocumentSync.change).toBe(2);
    expect(caps.semanticTokensProvider.legend.tokenTypes).toContain('keyword');
    expect(caps.codeActionProvider.codeActionKinds).toContain('source.fixAll.clausewise');
    expect(caps.renameProvider).toEqual({ prepareProvider: true });
    expect(caps.documentFormattingProvider).toBe(true);
  });

  it('publishes the core diagnostics with code, docs link, source and fixes', async () => {
    const uri = fileUri(path.join(ws, 'vague.contract'));
    client.open(uri, VAGUE);
    const diags = await client.diagnostics(uri);
    const expected = analyze(VAGUE).diagnostics;
    expect(summary(diags)).toEqual(summary(expected));
    expect(diags.length).toBeGreaterThan(5);
    for (const d of diags) {
      expect(d.source).toBe('clausewise');
      expect(d.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
      expect([1, 2, 3]).toContain(d.severity);
      expect((d.data as { fixes: unknown[] }).fixes).toBeInstanceOf(Array);
    }
    const withFix = diags.find((d) => (d.data as { fixes: unknown[] }).fixes.length > 0);
    expect(withFix, 'some diagnostic of the vague example carries a fix').toBeDefined();
    const sev = (code: string) => diags.find((d) => d.code === code)?.severity;
    expect(sev('invalid-date')).toBe(1);
    expect(sev('missing-reporting')).toBe(3);
    client.close(uri);
  });

  it('re-checks after an incremental edit and clears diagnostics when the document closes', async () => {
    const uri = fileUri(path.join(ws, 'edit.contract'));
    client.open(uri, CLEAN);
    expect(await client.diagnostics(uri)).toEqual([]);
    const at = positionOf(CLEAN, 'uptime 99.9% monthly', 'uptime 99.9%'.length);
    client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + ' monthly'.length } }, text: '' }]);
    const after = await client.diagnostics(uri);
    expect(after.map((d) => d.code)).toContain('sla-no-window');
    expect(client.text(uri)).toContain('uptime 99.9%\n');
    client.close(uri);
    await client.waitFor(() => {
      const p = client.latest(uri);
      return p && p.diagnostics.length === 0 && p.version === undefined ? true : undefined;
    }, 'the clearing publish after close');
  });

  async function rapidEdits(debounceMs: number | undefined, name: string): Promise<void> {
    client.settings = debounceMs === undefined ? {} : { debounceMs };
    const uri = fileUri(path.join(ws, `${name}.contract`));
    const base = CLEAN.replace('  payment {', '  payment {\n    text ""');
    client.open(uri, base);
    await client.diagnostics(uri);
    const start = client.publishes.length;
    const textAt = new Map<number, string>();
    // 200 one-character insertions inside a string; every 20th is a vague word, so the diagnostics change as we go.
    const at = positionOf(base, 'text ""', 'text "'.length);
    let col = at.character;
    for (let i = 0; i < 200; i++) {
      const insert = i % 20 === 19 ? ' promptly ' : 'x';
      const v = client.change(uri, [{ range: { start: { line: at.line, character: col }, end: { line: at.line, character: col } }, text: insert }]);
      col += insert.length;
      textAt.set(v, client.text(uri));
    }
    const finalVersion = client.version(uri);
    const finalDiags = await client.diagnostics(uri);
    expect(summary(finalDiags)).toEqual(summary(analyze(client.text(uri)).diagnostics));
    expect(finalDiags.filter((d) => d.code === 'vague-term')).toHaveLength(10);
    // One more edit: its publish must be the next one for this document, so nothing stale came in between.
    const marker = client.publishes.length;
    client.change(uri, [{ range: { start: { line: at.line, character: col }, end: { line: at.line, character: col } }, text: 'y' }]);
    await client.diagnostics(uri);
    const mine = client.publishes.slice(start).filter((p) => p.uri === uri);
    const versions = mine.map((p) => p.version ?? -1);
    // Versions only ever go up, and every published set matches its version's text.
    for (let i = 1; i < versions.length; i++) expect(versions[i]!).toBeGreaterThan(versions[i - 1]!);
    for (const p of mine) {
      const text = p.version === finalVersion + 1 ? client.text(uri) : textAt.get(p.version!);
      expect(text, `published version ${p.version} was sent`).toBeDefined();
      expect(summary(p.diagnostics)).toEqual(summary(analyze(text!).diagnostics));
    }
    const afterFinal = client.publishes.slice(marker).filter((p) => p.uri === uri);
    expect(afterFinal.map((p) => p.version)).toEqual([finalVersion + 1]);
    if (debounceMs === undefined) expect(mine.length, 'the default debounce coalesces rapid edits').toBeLessThan(50);
    client.close(uri);
  }

  it('publishes only current results during 200 rapid edits (debounce 0)', async () => {
    await rapidEdits(0, 'rapid-0');
  });

  it('publishes only current results during 200 rapid edits (default debounce)', async () => {
    await rapidEdits(undefined, 'rapid-default');
    client.settings = { debounceMs: 0 };
  });

  it('indexes the workspace for workspace symbols, skipping node_modules and dot-folders', async () => {
    let symbols: { name: string; location: { uri: string } }[] = [];
    // The scan runs after `initialized`; ask until it has reached the file.
    for (let i = 0; i < 200 && !symbols.some((s) => s.name === 'acme'); i++) {
      symbols = await client.request('workspace/symbol', { query: 'acme' });
    }
    expect(symbols.map((s) => s.name)).toContain('acme');
    expect(symbols.find((s) => s.name === 'acme')!.location.uri).toBe(fileUri(path.join(ws, 'contracts', 'msa.contract')));
    const all: { name: string }[] = await client.request('workspace/symbol', { query: '' });
    expect(all.map((s) => s.name)).not.toContain('skipped_vendor');
    expect(all.map((s) => s.name)).not.toContain('hidden_vendor');
    // A file created on disk is indexed when the watcher reports it.
    fs.writeFileSync(path.join(ws, 'contracts', 'new.contract'), CLEAN.replace('acme', 'newvendor'));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws, 'contracts', 'new.contract')), type: 1 }] });
    let fresh: { name: string }[] = [];
    for (let i = 0; i < 200 && !fresh.length; i++) fresh = await client.request('workspace/symbol', { query: 'newvendor' });
    expect(fresh.map((s) => s.name)).toEqual(['newvendor']);
    expect(client.registrations).toContain('workspace/didChangeWatchedFiles');
  });

  it('picks up clausewise.json changes without a restart and reports a bad file', async () => {
    const uri = fileUri(path.join(ws, 'contracts', 'cfg.contract'));
    const text = CLEAN.replace(/\n  reporting \{[^}]*\}\n/, '\n');
    client.open(uri, text);
    expect((await client.diagnostics(uri)).map((d) => d.code)).toEqual(['missing-reporting']);
    const cfg = path.join(ws, 'clausewise.json');
    const notify = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(cfg), type: 1 }] });
    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'missing-reporting': 'error' } }));
    const before = client.publishes.length;
    notify();
    const upgraded = await client.waitFor(() => client.publishes.slice(before).find((p) => p.uri === uri), 'diagnostics after the config change');
    expect(upgraded.diagnostics.map((d) => [d.code, d.severity])).toEqual([['missing-reporting', 1]]);

    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'missing-reportin': 'off' } }));
    const mark = client.messages.length;
    notify();
    const msg = await client.waitFor(() => client.messages.slice(mark).find((m) => m.type === 1), 'an error message about the bad file');
    expect(msg.message).toContain('clausewise.json');
    expect(msg.message).toContain('rules.missing-reportin');
    const fileDiag = await client.waitFor(() => {
      const p = client.latest(fileUri(cfg));
      return p && p.diagnostics.length ? p.diagnostics[0] : undefined;
    }, 'a diagnostic on clausewise.json');
    expect(fileDiag.message).toContain('rules.missing-reportin');
    expect(fileDiag.range.start.line).toBe(0);

    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'missing-reporting': 'off' } }));
    const mark2 = client.publishes.length;
    notify();
    await client.waitFor(() => client.publishes.slice(mark2).find((p) => p.uri === uri && p.diagnostics.length === 0), 'the rule turned off');
    await client.waitFor(() => (client.latest(fileUri(cfg))?.diagnostics.length === 0 ? true : undefined), 'the file diagnostic cleared');
    fs.rmSync(cfg);
    notify();
    client.close(uri);
  });

  it('layers settings over the file and reports an invalid setting by name', async () => {
    const uri = fileUri(path.join(ws, 'settings.contract'));
    client.settings = { debounceMs: 0, rules: { 'missing-reporting': 'warning' } };
    const text = CLEAN.replace(/\n  reporting \{[^}]*\}\n/, '\n');
    client.open(uri, text);
    expect((await client.diagnostics(uri)).map((d) => [d.code, d.severity])).toEqual([['missing-reporting', 2]]);
    const mark = client.messages.length;
    client.settings = { debounceMs: 0, defaultCurrency: 'dollars' };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const msg = await client.waitFor(() => client.messages.slice(mark).find((m) => m.type === 1), 'an error about the setting');
    expect(msg.message).toContain('clausewise.defaultCurrency');
    client.settings = { debounceMs: 0 };
    client.close(uri);
  });

  it('answers sanely for unknown URIs, closed documents and positions out of range', async () => {
    const unknown = 'file:///nowhere/unknown.contract';
    const pos = { line: 5, character: 3 };
    expect(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position: pos })).toBeNull();
    expect(await client.request('textDocument/completion', { textDocument: { uri: unknown }, position: pos })).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: unknown } })).toEqual([]);
    expect(await client.request('textDocument/definition', { textDocument: { uri: unknown }, position: pos })).toEqual([]);
    expect(await client.request('textDocument/formatting', { textDocument: { uri: unknown }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: unknown }, range: { start: pos, end: pos }, context: { diagnostics: [] } })).toEqual([]);
    expect(await client.request('textDocument/semanticTokens/full', { textDocument: { uri: unknown } })).toEqual({ data: [] });

    const uri = fileUri(path.join(ws, 'range.contract'));
    client.open(uri, CLEAN);
    await client.diagnostics(uri);
    const far = { line: 99999, character: 99999 };
    const neg = { line: -3, character: -7 };
    for (const position of [far, neg]) {
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position });
      expect(hover === null || typeof hover === 'object').toBe(true);
      expect(Array.isArray(await client.request('textDocument/completion', { textDocument: { uri }, position }))).toBe(true);
      expect(await client.request('textDocument/definition', { textDocument: { uri }, position })).toEqual([]);
      const sel: unknown[] = await client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [position] });
      expect(sel).toHaveLength(1);
      await expect(client.request('textDocument/prepareRename', { textDocument: { uri }, position })).rejects.toThrow(/Only the name/);
    }
    client.close(uri);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
    expect(await client.request('textDocument/foldingRange', { textDocument: { uri } })).toEqual([]);
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    const uri = fileUri(path.join(ws, 'cancel.contract'));
    client.open(uri, CLEAN);
    await client.diagnostics(uri);
    // Write the request and its cancellation in one chunk, so the server sees the cancellation before it runs the handler.
    const id = 'cancel-me';
    const frame = (m: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...m });
      return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    };
    const reader = new StreamMessageReader(client.proc.stdout);
    const response = new Promise<ResponseMessage>((resolve) => {
      reader.listen((m: Message) => {
        if ((m as ResponseMessage).id === id) resolve(m as ResponseMessage);
      });
    });
    client.proc.stdin.write(
      frame({ id, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }) + frame({ method: '$/cancelRequest', params: { id } }),
    );
    const r = await response;
    reader.dispose();
    expect(r.error?.code).toBe(LSPErrorCodes.RequestCancelled);
    client.close(uri);
  });
});
