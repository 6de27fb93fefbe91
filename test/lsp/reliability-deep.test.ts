/**
 * Deep and wide documents over stdio, property style: the real server opens
 * generated documents (10,000 nested `scope {` closed and unclosed, 2,000
 * `x {` on one line, 10,000 bare `{`, a megabyte of stray `@`), takes random
 * edits of them (seeded, so a failure can be replayed), and after every
 * version is still running and publishes the diagnostics of that version: the
 * same list the command line gives for the text. Afterwards it still answers a
 * hover on another document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze, MAX_DIAGNOSTICS, plainText } from '../../server/core/index.js';
import { fileUri, positionAt, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const CLEAN = fs.readFileSync(path.join(__dirname, '../fixtures/lsp/managed-services.contract'), 'utf8');

/** The generated documents, by name. */
const DOCUMENTS: Record<string, () => string> = {
  'nested-unclosed': () => `contract "Deep" {\n${'scope {\n'.repeat(10_000)}`,
  'nested-closed': () => `contract "Deep" {\n${'scope {\n'.repeat(10_000)}${'}\n'.repeat(10_001)}`,
  'wide-line': () => 'x {'.repeat(2_000),
  'bare-braces': () => '{'.repeat(10_000),
  'stray-at': () => '@'.repeat(1_000_000),
};

/** What random edits insert. */
const SNIPPETS = ['{', '}', 'scope {\n', '}\n', '@', '\n', 'x {', 'contract "X" {\n', '  party provider acme "Acme"\n', '"unterminated'];

/** A small seeded generator (mulberry32), so that every run makes the same edits. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

function summary(ds: readonly { code?: unknown; severity?: unknown; message: string; range: Diagnostic['range'] }[]): string[] {
  return ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${String(d.severity)} ${plainText(d.message)}`);
}

/** What the command line reports for a text, in the server's terms. */
function cliSummary(text: string): string[] {
  return summary(analyze(text).diagnostics.map((d) => ({ ...d, severity: SEVERITY[d.severity] })));
}

describe('deep and wide documents (stdio, property style)', () => {
  let ws: string;
  let client: TestClient;
  let other: string;

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-deep-'));
    other = fileUri(path.join(ws, 'other.contract'));
    client.open(other, CLEAN);
    expect(await client.diagnostics(other)).toEqual([]);
  });

  afterAll(() => stopAndRemove(client, ws));

  /** Waits for the diagnostics of the client's current version and checks them against the command line. */
  async function expectCurrentDiagnostics(uri: string, what: string): Promise<void> {
    const diagnostics = await client.diagnostics(uri, 60_000);
    expect(client.proc.exitCode, `the server is running after ${what}`).toBeNull();
    expect(diagnostics.length, what).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
    expect(summary(diagnostics), what).toEqual(cliSummary(client.text(uri)));
  }

  const names = Object.keys(DOCUMENTS);
  names.forEach((name, i) => {
    it(`opens and edits ${name}, publishing diagnostics for every version`, async () => {
      const next = random(1000 + i);
      const uri = fileUri(path.join(ws, `${name}.contract`));
      client.open(uri, DOCUMENTS[name]!());
      await expectCurrentDiagnostics(uri, `opening ${name}`);
      for (let step = 0; step < 4; step++) {
        const text = client.text(uri);
        const kind = next(4);
        let what: string;
        if (kind === 0) {
          // Replace everything with another generated document.
          const otherName = names[next(names.length)]!;
          client.replaceAll(uri, DOCUMENTS[otherName]!());
          what = `replacing ${name} with ${otherName}`;
        } else if (kind === 1) {
          // Delete a stretch of up to a tenth of the text.
          const start = next(text.length + 1);
          const end = Math.min(text.length, start + next(Math.max(1, Math.floor(text.length / 10))));
          client.change(uri, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: '' }]);
          what = `deleting ${start}..${end} of ${name}`;
        } else {
          // Insert a few snippets at one place (at the very start, or anywhere).
          const at = kind === 2 ? 0 : next(text.length + 1);
          let insert = '';
          for (let k = 1 + next(4); k > 0; k--) insert += SNIPPETS[next(SNIPPETS.length)];
          const pos = positionAt(text, at);
          client.change(uri, [{ range: { start: pos, end: pos }, text: insert }]);
          what = `inserting ${JSON.stringify(insert)} at ${at} of ${name}`;
        }
        await expectCurrentDiagnostics(uri, what);
      }
      client.close(uri);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 2, character: 4 } });
      expect(hover, 'the server still answers a hover on another document').not.toBeNull();
    }, 120_000);
  });

  it('still answers a hover on another document after all of them', async () => {
    const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: other }, position: { line: 2, character: 4 } });
    expect(hover).not.toBeNull();
    expect(client.proc.exitCode).toBeNull();
  });
});
