/**
 * The workspace model over stdio (issue 12 items 2 and 3): diagnostics for
 * contracts that were never opened, through `workspace/diagnostic` (pull) and
 * `textDocument/publishDiagnostics` (push); a master edited on disk changes its
 * child's diagnostics; and the cross-file features of a family (definition,
 * hover and completion on `under`, definition, references and rename of a
 * party the master defines and a SOW restates).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, fileUri, positionOf, TestClient } from './client.js';
import { MASTER, SOW } from './family-texts.js';

/** A standalone contract with a problem of its own (no parties: missing-party). */
const LONE = `contract "Lone agreement" {
  id "LONE-1"
}
`;

let client: TestClient | undefined;
let ws: string | undefined;

afterEach(async () => {
  await client?.stop();
  client = undefined;
  if (ws) fs.rmSync(ws, { recursive: true, force: true });
  ws = undefined;
});

/** A workspace folder with a master, a SOW under it in another folder, a standalone contract, and an ignored one. */
function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-ws-diag-'));
  fs.mkdirSync(path.join(dir, 'masters'));
  fs.mkdirSync(path.join(dir, 'orders', '2027'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'build'));
  fs.writeFileSync(path.join(dir, 'masters', 'msa.contract'), MASTER());
  fs.writeFileSync(path.join(dir, 'orders', '2027', 'sow-1.contract'), SOW);
  fs.writeFileSync(path.join(dir, 'lone.contract'), LONE);
  // Left out as the command line leaves it out: .gitignore (the folder is its own repository root here).
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
  fs.writeFileSync(path.join(dir, 'build', 'copy.contract'), LONE);
  return dir;
}

const codes = (items: { code?: unknown }[] | undefined) => (items ?? []).map((d) => String(d.code));

describe('workspace diagnostics (stdio)', () => {
  it('pull: reports every contract of the folder through workspace/diagnostic without opening any, and a master edited on disk changes its child', async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 }, pullDiagnostics: true });
    expect(client.capabilities.diagnosticProvider).toMatchObject({ workspaceDiagnostics: true, interFileDependencies: true });
    const master = fileUri(path.join(ws, 'masters', 'msa.contract'));
    const sow = fileUri(path.join(ws, 'orders', '2027', 'sow-1.contract'));
    const lone = fileUri(path.join(ws, 'lone.contract'));
    const c = client;
    await c.pullUntil(() => (c.pulled.has(master) && c.pulled.has(sow) && c.pulled.has(lone) ? true : undefined), 'all three files are reported');
    // Nothing is pushed to a pull client, and the ignored file is not reported.
    expect(c.publishes.filter((p) => p.uri.endsWith('.contract'))).toEqual([]);
    expect([...c.pulled.keys()].some((u) => u.includes('/build/'))).toBe(false);
    expect(codes(c.pulled.get(lone)!.items)).toContain('missing-party');
    // The SOW finds its master in another folder: no family-master-not-found, and it inherits the provider.
    expect(codes(c.pulled.get(sow)!.items)).not.toContain('family-master-not-found');
    expect(codes(c.pulled.get(sow)!.items)).not.toContain('missing-party');

    // A pull with every result id current answers "unchanged" (after waiting for a change that does not come, at most a while).
    const sowResult = c.pulled.get(sow)!.resultId;
    expect(sowResult).toBeTruthy();

    // The master's id changes on disk: the SOW's master is gone.
    fs.writeFileSync(path.join(ws, 'masters', 'msa.contract'), MASTER().replace('"MSA-1"', '"MSA-2"'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: master, type: 2 }] });
    await c.pullUntil(() => (codes(c.pulled.get(sow)?.items).includes('family-master-not-found') ? true : undefined), "the SOW's master is not found");
    expect(c.pulled.get(sow)!.resultId).not.toBe(sowResult);

    // Back again: the child's problem goes away.
    fs.writeFileSync(path.join(ws, 'masters', 'msa.contract'), MASTER());
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: master, type: 2 }] });
    await c.pullUntil(() => (!codes(c.pulled.get(sow)?.items).includes('family-master-not-found') ? true : undefined), 'the SOW finds its master again');

    // A deleted file is reported once with no diagnostics.
    fs.rmSync(path.join(ws, 'lone.contract'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lone, type: 3 }] });
    await c.pullUntil(() => (c.pulled.get(lone)?.items.length === 0 ? true : undefined), 'the deleted file is cleared');
  });

  it('pull: an open document is checked as it is edited (textDocument/diagnostic), and editing the master re-checks the open child and asks for a refresh', async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 }, pullDiagnostics: true });
    const c = client;
    const master = fileUri(path.join(ws, 'masters', 'msa.contract'));
    const sow = fileUri(path.join(ws, 'orders', '2027', 'sow-1.contract'));
    c.open(master, MASTER());
    c.open(sow, SOW);
    type Report = { kind: string; resultId?: string; items?: { code?: unknown }[] };
    const first = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow } });
    expect(first.kind).toBe('full');
    expect(codes(first.items)).not.toContain('family-master-not-found');
    const again = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow }, previousResultId: first.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // Edit the master's id in the editor (unsaved): the open child is re-checked and the client told to pull again.
    const refreshes = c.refreshes;
    c.replaceAll(master, MASTER().replace('"MSA-1"', '"MSA-9"'));
    await c.waitFor(() => (c.refreshes > refreshes ? true : undefined), 'a workspace/diagnostic/refresh');
    const after = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow }, previousResultId: first.resultId });
    expect(after.kind).toBe('full');
    expect(codes(after.items)).toContain('family-master-not-found');

    // A clausewise.json that turns that check off: the open documents are checked again and the client told to pull.
    const before = c.refreshes;
    fs.writeFileSync(path.join(ws!, 'clausewise.json'), JSON.stringify({ rules: { 'family-master-not-found': 'off' } }));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws!, 'clausewise.json')), type: 1 }] });
    await c.waitFor(() => (c.refreshes > before ? true : undefined), 'a refresh after the configuration changed');
    const off = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow }, previousResultId: after.resultId });
    expect(codes(off.items)).not.toContain('family-master-not-found');
  });

  it('pull: a child opened before its master exists is checked again, and the client asked to pull, when the master appears on disk', async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-ws-late-'));
    client = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 }, pullDiagnostics: true });
    const c = client;
    const sow = fileUri(path.join(ws, 'sow.contract'));
    fs.writeFileSync(path.join(ws, 'sow.contract'), SOW);
    c.open(sow, SOW);
    type Report = { kind: string; resultId?: string; items?: { code?: unknown }[] };
    const lonely = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow } });
    expect(codes(lonely.items)).toContain('family-master-not-found');
    const refreshes = c.refreshes;
    fs.writeFileSync(path.join(ws, 'msa.contract'), MASTER());
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws, 'msa.contract')), type: 1 }] });
    await c.waitFor(() => (c.refreshes > refreshes ? true : undefined), 'a refresh once the master is there');
    const found = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: sow }, previousResultId: lonely.resultId });
    expect(codes(found.items)).not.toContain('family-master-not-found');
  });

  it('push: a client without the pull model gets publishDiagnostics for every contract of the folder, none of them opened', async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 } });
    const c = client;
    const sow = fileUri(path.join(ws, 'orders', '2027', 'sow-1.contract'));
    const lone = fileUri(path.join(ws, 'lone.contract'));
    const master = fileUri(path.join(ws, 'masters', 'msa.contract'));
    await c.waitFor(() => (c.latest(sow) && c.latest(lone) && c.latest(master) ? true : undefined), 'diagnostics of the three files');
    expect(codes(c.latest(lone)!.diagnostics)).toContain('missing-party');
    expect(codes(c.latest(sow)!.diagnostics)).not.toContain('family-master-not-found');
    // Editing the master in the editor re-checks the child that is not open.
    c.open(master, MASTER());
    await c.diagnostics(master);
    c.replaceAll(master, MASTER().replace('"MSA-1"', '"MSA-3"'));
    await c.waitFor(() => (codes(c.latest(sow)?.diagnostics).includes('family-master-not-found') ? true : undefined), 'the child re-checked');
    // Closing a document of the workspace keeps its problems listed (from the file on disk).
    c.close(master);
    await c.waitFor(() => {
      const p = c.latest(master);
      return p && p.version === undefined ? p : undefined;
    }, 'the closed master checked from disk');
    await c.waitFor(() => (!codes(c.latest(sow)?.diagnostics).includes('family-master-not-found') ? true : undefined), 'the child back with the master on disk');
  });

  it('cross-file: definition, hover and completion on under; definition, references and rename of a party across the family', async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 } });
    const c = client;
    const master = fileUri(path.join(ws, 'masters', 'msa.contract'));
    const sow = fileUri(path.join(ws, 'orders', '2027', 'sow-1.contract'));
    // Wait for the workspace to be indexed (the background check publishes the master).
    await c.waitFor(() => (c.latest(master) ? true : undefined), 'the workspace indexed');
    c.open(sow, SOW);
    await c.diagnostics(sow);

    const onUnder = positionOf(SOW, '"MSA-1"', 2);
    const defs = await c.request<{ uri: string; range: { start: { line: number } } }[]>('textDocument/definition', { textDocument: { uri: sow }, position: onUnder });
    expect(defs).toEqual([{ uri: master, range: { start: { line: 1, character: 5 }, end: { line: 1, character: 12 } } }]);

    const hover = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: sow }, position: onUnder });
    expect(hover.contents.value).toContain('Master Services Agreement');
    expect(hover.contents.value).toContain('masters/msa.contract');

    // Completion after `under `: the masters' ids.
    const typed = SOW.replace('under "MSA-1"', 'under ');
    c.replaceAll(sow, typed);
    const items = await c.request<{ label: string; textEdit?: { newText: string } }[]>('textDocument/completion', { textDocument: { uri: sow }, position: positionOf(typed, 'under ', 6) });
    expect(items.map((i) => i.label)).toEqual(['MSA-1']);
    expect(items[0]!.textEdit?.newText).toBe('"MSA-1"');
    c.replaceAll(sow, SOW);
    await c.diagnostics(sow);

    // The party the SOW restates: definition reaches the master first, references both files.
    const onParty = positionOf(SOW, 'globex', 2);
    const partyDefs = await c.request<{ uri: string }[]>('textDocument/definition', { textDocument: { uri: sow }, position: onParty });
    expect(partyDefs.map((d) => d.uri)).toEqual([master, sow]);
    const refs = await c.request<{ uri: string }[]>('textDocument/references', { textDocument: { uri: sow }, position: onParty, context: { includeDeclaration: true } });
    expect(refs.map((r) => r.uri).sort()).toEqual([master, sow].sort());

    // Rename from the SOW: the master (not open) is edited too.
    const edit = await c.request<{ changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> }>('textDocument/rename', {
      textDocument: { uri: sow },
      position: onParty,
      newName: 'initech',
    });
    expect(Object.keys(edit.changes).sort()).toEqual([master, sow].sort());
    expect(applyEdits(MASTER(), edit.changes[master]!)).toContain('party client initech "Globex Corp"');
    expect(applyEdits(SOW, edit.changes[sow]!)).toContain('party client initech "Globex Corp"');
    // The obligations view groups the family: the master's obligations, under its title and file.
    const obligations = await c.request<{ family?: { id: string; documents: { uri: string; file: string; relation: string; contracts: { title: string; parties: unknown[] }[] }[] } }>('clausewise/obligations', { uri: sow });
    expect(obligations.family?.id).toBe('MSA-1');
    expect(obligations.family?.documents.map((d) => [d.relation, d.file, d.contracts.map((x) => x.title)])).toEqual([['master', 'masters/msa.contract', ['Master Services Agreement']]]);
    const fromMaster = await c.request<{ family?: { documents: { relation: string; file: string }[] } }>('clausewise/obligations', { uri: master });
    expect(fromMaster.family?.documents.map((d) => [d.relation, d.file])).toEqual([['child', 'orders/2027/sow-1.contract']]);

    // A name another party of the family already has is refused, naming where.
    await expect(c.request('textDocument/rename', { textDocument: { uri: sow }, position: onParty, newName: 'acme' })).rejects.toThrow(/already has a party named .acme./);
  });

  it('obligations: a SOW that states a fee and no payment deadline owes it within the deadline of its master', async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-ws-inherit-'));
    fs.writeFileSync(path.join(ws, 'msa.contract'), MASTER('  payment {\n    due 45 days\n  }\n'));
    fs.writeFileSync(path.join(ws, 'sow.contract'), SOW);
    client = await TestClient.start({ workspace: ws, settings: { debounceMs: 0 } });
    const c = client;
    const sow = fileUri(path.join(ws, 'sow.contract'));
    await c.waitFor(() => c.latest(sow), 'the SOW is checked');
    type Obl = { what: string; when: string; keyword: string };
    const res = await c.request<{ contracts: { parties: { obligations: Obl[] }[] }[] }>('clausewise/obligations', { uri: sow });
    const all = res.contracts.flatMap((x) => x.parties.flatMap((p) => p.obligations));
    const text = JSON.stringify(all);
    expect(text).toMatch(/45 days/);
    // Alone (no master among the files), the same SOW states no deadline of its own.
    fs.rmSync(path.join(ws, 'msa.contract'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws, 'msa.contract')), type: 3 }] });
    let inherited = true;
    for (let i = 0; i < 100 && inherited; i++) {
      const again = await c.request<{ contracts: { parties: { obligations: Obl[] }[] }[] }>('clausewise/obligations', { uri: sow });
      inherited = /45 days/.test(JSON.stringify(again));
      if (inherited) await new Promise((r) => setTimeout(r, 100));
    }
    expect(inherited, 'the inherited deadline goes with the master').toBe(false);
  });
});
