/**
 * Editor features over stdio against the real server: outline, folding,
 * selection ranges, semantic tokens, highlight, definition, references,
 * rename (and its refusals), formatting (and its refusal), hover, completion.
 * Positions come from cursor markers `<|>` in test/fixtures/lsp/cursors.contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, Location, SelectionRange, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, fileUri, positionAt, positionOf, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const FIXTURES = path.join(__dirname, '../fixtures/lsp');
const CLEAN = fs.readFileSync(path.join(FIXTURES, 'managed-services.contract'), 'utf8');
const MARKED = fs.readFileSync(path.join(FIXTURES, 'cursors.contract'), 'utf8');

/** Strips `<|name|>` cursor markers from a text and returns the positions by name. */
function cursors(marked: string): { text: string; at: Record<string, { line: number; character: number }> } {
  const at: Record<string, { line: number; character: number }> = {};
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/<\|([a-z0-9-]*)\|>/g)) {
    text += marked.slice(last, m.index);
    at[m[1]!] = positionAt(text, text.length);
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  return { text, at };
}

const { text: CURSORS, at } = cursors(MARKED);

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as unknown;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return (c as { value: string }).value;
}

describe('editor features (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let uri: string;
  let cursorUri: string;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-features-'));
    uri = fileUri(path.join(ws, 'msa.contract'));
    cursorUri = fileUri(path.join(ws, 'cursors.contract'));
    client.open(uri, CLEAN);
    client.open(cursorUri, CURSORS);
    await client.diagnostics(uri);
    await client.diagnostics(cursorUri);
  });

  afterAll(() => stopAndRemove(client, ws));

  it('gives a hierarchical outline with details', async () => {
    const symbols: DocumentSymbol[] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toHaveLength(1);
    const contract = symbols[0]!;
    expect(contract.name).toBe('Managed IT Services Agreement');
    expect(contract.detail).toContain('MSA-2027-014');
    expect(contract.children!.map((c) => c.name)).toEqual([
      'acme',
      'globex',
      'scope',
      'availability',
      'incidents',
      'payment',
      'liability',
      'data_protection',
      'changes',
      'term',
      'termination',
      'reporting',
      'schedule_a',
      'confidentiality',
    ]);
    const scope = contract.children!.find((c) => c.name === 'scope')!;
    expect(scope.children!.map((c) => c.name)).toEqual(['helpdesk', 'servers', 'security']);
    expect(scope.children![0]!.detail).toBe('Help desk support');
    expect(contract.children!.find((c) => c.name === 'acme')!.detail).toBe('provider · Acme Managed Services LLC');
    expect(contract.children!.find((c) => c.name === 'incidents')!.detail).toBe('for helpdesk, security');
    expect(contract.children!.find((c) => c.name === 'payment')!.detail).toBe('fee 12500.00 USD monthly');
    const acme = contract.children![0]!;
    expect(acme.selectionRange).toEqual({ start: positionOf(CLEAN, 'acme'), end: positionOf(CLEAN, 'acme', 4) });
  });

  it('folds blocks, text blocks and comment runs', async () => {
    const ranges: FoldingRange[] = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    const lineOf = (needle: string) => positionOf(CLEAN, needle).line;
    // The contract block: from its `{` line to the line before its `}`.
    expect(ranges).toContainEqual({ startLine: lineOf('contract "'), endLine: CLEAN.trimEnd().split('\n').length - 2 });
    expect(ranges).toContainEqual({ startLine: lineOf('scope {'), endLine: lineOf('exclude "Third') });
    expect(ranges).toContainEqual({ startLine: lineOf('text """\n      The 40'), endLine: lineOf('operating system') });
    expect(ranges).toContainEqual({ startLine: 0, endLine: 1, kind: 'comment' });
  });

  it('expands selections from a value to its statement, block and contract', async () => {
    const pos = positionOf(CLEAN, 'monthly\n    window', 2);
    const [sel]: SelectionRange[] = await client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [pos] });
    const chain: string[] = [];
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) {
      const lines = CLEAN.split('\n');
      const { start, end } = s.range;
      chain.push(start.line === end.line ? lines[start.line]!.slice(start.character, end.character) : `${start.line}-${end.line}`);
    }
    expect(chain[0]).toBe('monthly');
    expect(chain[1]).toBe('uptime 99.9% monthly');
    expect(chain.length).toBeGreaterThanOrEqual(5);
    expect(chain[chain.length - 1]).toBe(`0-${CLEAN.split('\n').length - 1}`);
  });

  it('classifies tokens with the declared legend', async () => {
    const legend = (client.capabilities as { semanticTokensProvider: { legend: { tokenTypes: string[]; tokenModifiers: string[] } } }).semanticTokensProvider.legend;
    const { data }: { data: number[] } = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: cursorUri } });
    expect(data.length % 5).toBe(0);
    const lines = CURSORS.split('\n');
    const tokens = new Map<string, string[]>();
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      char = data[i]! === 0 ? char + data[i + 1]! : data[i + 1]!;
      const text = lines[line]!.slice(char, char + data[i + 2]!);
      const mods = legend.tokenModifiers.filter((_, b) => (data[i + 4]! >> b) & 1);
      const kind = [legend.tokenTypes[data[i + 3]!], ...mods].join('.');
      tokens.set(text, [...(tokens.get(text) ?? []), kind]);
    }
    expect(tokens.get('sla')).toContain('keyword');
    expect(tokens.get('for')).toContain('keyword');
    expect(tokens.get('helpdesk')).toEqual(expect.arrayContaining(['variable.declaration', 'variable']));
    expect(tokens.get('"Help desk support"')).toEqual(['string']);
    const only = (text: string) => [...new Set(tokens.get(text))];
    expect(only('99.9%')).toEqual(['number']);
    expect(only('15')).toEqual(['number']);
    expect(only('minutes')).toEqual(['type']);
    expect(only('USD')).toEqual(['type']);
    expect(tokens.get('2027-01-01')).toEqual(['number.date']);
    expect(tokens.get('monthly')).toContain('enumMember');
    expect(tokens.get('// Cursor test contract.')).toEqual(['comment']);
    expect(tokens.get('// contract-disable-next-line sla-no-remedy')).toEqual(['macro']);
  });

  it('highlights, finds the definition and the references of a service', async () => {
    const ref = at['service-ref']!;
    const highlights: { range: unknown; kind: number }[] = await client.request('textDocument/documentHighlight', { textDocument: { uri: cursorUri }, position: ref });
    expect(highlights.map((h) => h.kind).sort()).toEqual([2, 2, 3]);
    const defs: Location[] = await client.request('textDocument/definition', { textDocument: { uri: cursorUri }, position: ref });
    expect(defs).toHaveLength(1);
    expect(defs[0]!.range.start).toEqual(at['service-def']);
    const refs: Location[] = await client.request('textDocument/references', { textDocument: { uri: cursorUri }, position: at['service-def'], context: { includeDeclaration: true } });
    expect(refs).toHaveLength(3);
    const refsOnly: Location[] = await client.request('textDocument/references', { textDocument: { uri: cursorUri }, position: at['service-def'], context: { includeDeclaration: false } });
    expect(refsOnly).toHaveLength(2);
    expect(await client.request('textDocument/definition', { textDocument: { uri: cursorUri }, position: at['keyword'] })).toEqual([]);
  });

  it('renames a service everywhere, and refuses invalid or clashing names', async () => {
    const prep: { range: unknown; placeholder: string } = await client.request('textDocument/prepareRename', { textDocument: { uri: cursorUri }, position: at['service-ref'] });
    expect(prep.placeholder).toBe('helpdesk');
    const edit: WorkspaceEdit = await client.request('textDocument/rename', { textDocument: { uri: cursorUri }, position: at['service-ref'], newName: 'service_desk' });
    const renamed = applyEdits(CURSORS, edit.changes![cursorUri]!);
    expect(renamed.match(/service_desk/g)).toHaveLength(3);
    expect(renamed).not.toMatch(/\bhelpdesk\b/);
    const check = fileUri(path.join(ws, 'renamed.contract'));
    client.open(check, renamed);
    const before = (await client.diagnostics(cursorUri)).map((d) => d.code);
    expect((await client.diagnostics(check)).map((d) => d.code)).toEqual(before);
    client.close(check);

    await expect(client.request('textDocument/rename', { textDocument: { uri: cursorUri }, position: at['service-ref'], newName: '2fast' })).rejects.toThrow(/cannot be the name of a service/);
    await expect(client.request('textDocument/rename', { textDocument: { uri: cursorUri }, position: at['service-ref'], newName: 'has space' })).rejects.toThrow(/starts with a letter/);
    await expect(client.request('textDocument/rename', { textDocument: { uri: cursorUri }, position: at['service-ref'], newName: 'servers' })).rejects.toThrow(/already has a service named `servers`/);
    // A party may share a name with a service: names are unique per kind.
    const ok: WorkspaceEdit = await client.request('textDocument/rename', { textDocument: { uri: cursorUri }, position: at['party'], newName: 'servers' });
    expect(ok.changes![cursorUri]).toHaveLength(1);
    await expect(client.request('textDocument/prepareRename', { textDocument: { uri: cursorUri }, position: at['keyword'] })).rejects.toThrow(/Only the name of a party, service, SLA or clause/);
  });

  it('formats a document canonically and refuses one with syntax errors', async () => {
    const messy = CLEAN.replace('  id "MSA-2027-014"', 'id    "MSA-2027-014"').replace('    uptime 99.9% monthly', '        uptime   99.9%  monthly');
    const u = fileUri(path.join(ws, 'messy.contract'));
    client.open(u, messy);
    await client.diagnostics(u);
    const edits: { range: unknown; newText: string }[] = await client.request('textDocument/formatting', { textDocument: { uri: u }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits.length).toBeGreaterThan(0);
    const formatted = applyEdits(messy, edits as never);
    expect(formatted).toContain('\n  id "MSA-2027-014"\n');
    expect(formatted).toContain('\n    uptime 99.9% monthly\n');
    client.close(u);

    const broken = fileUri(path.join(ws, 'broken.contract'));
    client.open(broken, CLEAN.replace('scope {', 'scope {{'));
    await client.diagnostics(broken);
    const mark = client.messages.length;
    expect(await client.request('textDocument/formatting', { textDocument: { uri: broken }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    const msg = await client.waitFor(() => client.messages[mark], 'the refusal message');
    expect(msg.message).toMatch(/syntax error/);
    // The refusal is shown once, not on every attempt.
    expect(await client.request('textDocument/formatting', { textDocument: { uri: broken }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    await client.request('textDocument/documentSymbol', { textDocument: { uri: broken } });
    expect(client.messages.length).toBe(mark + 1);
    client.close(broken);
  });

  it('hovers with computed facts: allowed downtime of an uptime', async () => {
    const h: Hover | null = await client.request('textDocument/hover', { textDocument: { uri: cursorUri }, position: at['uptime'] });
    expect(hoverText(h)).toMatch(/43 min 50 s/);
  });

  it('hovers a renewal with the end of the initial term and the notice deadline', async () => {
    const h: Hover | null = await client.request('textDocument/hover', { textDocument: { uri: cursorUri }, position: at['renewal'] });
    const text = hoverText(h);
    expect(text).toContain('2028-12-31');
    expect(text).toContain('2028-11-01');
  });

  it('completes only the statements valid in the block, with documentation', async () => {
    const items: CompletionItem[] | { items: CompletionItem[] } = await client.request('textDocument/completion', { textDocument: { uri: cursorUri }, position: at['in-sla'] });
    const list = Array.isArray(items) ? items : items.items;
    const labels = list.map((i) => i.label);
    expect(labels).toContain('uptime');
    expect(labels).toContain('measured_by');
    expect(labels).not.toContain('fee');
    expect(list.find((i) => i.label === 'uptime')!.documentation).toBeTruthy();
  });

  it('completes service names after `for`', async () => {
    const items: CompletionItem[] | { items: CompletionItem[] } = await client.request('textDocument/completion', { textDocument: { uri: cursorUri }, position: at['after-for'] });
    const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['helpdesk', 'servers']));
  });
});
