/**
 * Code actions over stdio against the real server: for EVERY rule fixture
 * (test/fixtures/rules/<code>/bad*.contract) every quick fix the server offers
 * is applied and the document re-checked by the server (the fixed diagnostic is
 * gone and no new error appears); suppression, documentation and fix-all too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { plainText, RULE_CODES } from '../../server/core/index.js';
import { applyEdits, fileUri, startInTempWorkspace, stopAndRemove, type TestClient } from './client.js';

const RULES_DIR = path.join(__dirname, '../fixtures/rules');
const FIXTURES = path.join(__dirname, '../fixtures/lsp');
const CONFIG_LINE = /^\s*\/\/\s*fixture-config:\s*(\{.*\})\s*$/m;

interface BadFixture {
  name: string;
  text: string;
  settings: Record<string, unknown>;
}

function badFixtures(): BadFixture[] {
  const out: BadFixture[] = [];
  for (const folder of fs.readdirSync(RULES_DIR).sort()) {
    for (const file of fs.readdirSync(path.join(RULES_DIR, folder)).sort()) {
      if (!file.startsWith('bad') || !file.endsWith('.contract')) continue;
      const text = fs.readFileSync(path.join(RULES_DIR, folder, file), 'utf8');
      const cfg = CONFIG_LINE.exec(text);
      out.push({ name: `${folder}/${file}`, text, settings: cfg ? (JSON.parse(cfg[1]!) as Record<string, unknown>) : {} });
    }
  }
  return out;
}

/**
 * The errors of a document, each named by its code and the words it points at: a fix that
 * inserts lines moves ranges, and one that adds a service changes the list a message quotes
 * (the services a scope defines); neither is a new error.
 */
function errorsOf(ds: Diagnostic[], text: string): string[] {
  const lines = text.split('\n');
  const at = (r: Diagnostic['range']) =>
    r.start.line === r.end.line ? (lines[r.start.line] ?? '').slice(r.start.character, r.end.character) : `${(lines[r.start.line] ?? '').slice(r.start.character)}…`;
  return ds
    .filter((d) => d.severity === 1)
    .map((d) => `${String(d.code)}: ${at(d.range)}`)
    .sort();
}

function count(ds: Diagnostic[], code: string): number {
  return ds.filter((d) => d.code === code).length;
}

function editsOf(action: CodeAction, uri: string) {
  const edits = action.edit?.changes?.[uri];
  expect(edits, `"${action.title}" carries an edit for the document`).toBeDefined();
  return edits!;
}

describe('code actions (stdio)', () => {
  let ws: string;
  let client: TestClient;
  let n = 0;
  /** Codes whose diagnostics carried a fix, and the fixes applied per code. */
  const fixedCodes = new Map<string, number>();

  beforeAll(async () => {
    ({ ws, client } = await startInTempWorkspace('cw-lsp-actions-'));
  });

  afterAll(() => stopAndRemove(client, ws));

  /** Opens a text under a fresh URI with the given settings and returns the server's diagnostics. */
  async function check(text: string, settings: Record<string, unknown>): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    client.settings = { debounceMs: 0, ...settings };
    const uri = fileUri(path.join(ws, `doc-${++n}.contract`));
    client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    return { uri, diagnostics };
  }

  async function actionsFor(uri: string, diag: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [diag], ...(only ? { only } : {}) },
    });
  }

  const fixtures = badFixtures();

  it('has bad fixtures to work on', () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  for (const fx of fixtures) {
    it(`applies every quick fix in ${fx.name} and re-checks`, async () => {
      const { uri, diagnostics } = await check(fx.text, fx.settings);
      expect(diagnostics.length, 'a bad fixture has diagnostics').toBeGreaterThan(0);
      const beforeErrors = errorsOf(diagnostics, fx.text);
      for (const diag of diagnostics) {
        const code = String(diag.code);
        const dataFixes = (diag.data as { fixes: { title: string; preferred?: boolean }[] }).fixes;
        const actions = await actionsFor(uri, diag);
        const titles = actions.map((a) => a.title);
        expect(titles).toContain(`Open documentation for ${code}`);
        expect(titles.some((t) => t.startsWith(`Suppress ${code} `))).toBe(true);
        for (const fix of dataFixes) {
          const action = actions.find((a) => a.title === plainText(fix.title) && a.edit);
          expect(action, `the quick fix "${fix.title}" is offered`).toBeDefined();
          const fixed = applyEdits(fx.text, editsOf(action!, uri));
          expect(fixed).not.toBe(fx.text);
          const after = await check(fixed, fx.settings);
          expect(count(after.diagnostics, code), `"${fix.title}" removes a ${code} diagnostic\n${fixed}`).toBeLessThan(count(diagnostics, code));
          const newErrors = errorsOf(after.diagnostics, fixed).filter((e) => !beforeErrors.includes(e));
          // The preferred (or only) fix must not create any new error. An alternative is a guess
          // the reader chooses among (e.g. `4 hours` or `4 minutes`); it may meet other checks,
          // but it must never break the syntax.
          const strict = fix.preferred || dataFixes.length === 1;
          const relevant = strict ? newErrors : newErrors.filter((e) => e.startsWith('syntax-error') || e.startsWith(`${code}:`));
          expect(relevant, `"${fix.title}" introduces no new error\n${fixed}`).toEqual([]);
          client.close(after.uri);
          fixedCodes.set(code, (fixedCodes.get(code) ?? 0) + 1);
        }
      }
      client.close(uri);
    });
  }

  it('every code whose diagnostics carry a fix had that fix applied above', async () => {
    // Every code offered a fix anywhere in the bad fixtures was exercised by the loop above.
    const offered = new Set<string>();
    for (const fx of fixtures) {
      const { uri, diagnostics } = await check(fx.text, fx.settings);
      for (const d of diagnostics) if ((d.data as { fixes: unknown[] }).fixes.length) offered.add(String(d.code));
      client.close(uri);
    }
    expect(offered.size).toBeGreaterThan(0);
    for (const code of offered) expect(fixedCodes.get(code) ?? 0, code).toBeGreaterThan(0);
    for (const code of offered) expect(RULE_CODES).toContain(code);
  });

  it('suppresses every code on its line with a comment, and nothing else changes', async () => {
    for (const fx of fixtures) {
      const { uri, diagnostics } = await check(fx.text, fx.settings);
      const seen = new Set<string>();
      for (const diag of diagnostics) {
        const code = String(diag.code);
        if (seen.has(code)) continue;
        seen.add(code);
        const action = (await actionsFor(uri, diag)).find((a) => a.title.startsWith(`Suppress ${code} `));
        expect(action, `${fx.name}: suppress ${code}`).toBeDefined();
        const suppressed = applyEdits(fx.text, editsOf(action!, uri));
        expect(suppressed).toMatch(new RegExp(`// contract-disable(-next-line)? ${code}`));
        const after = await check(suppressed, fx.settings);
        expect(count(after.diagnostics, code), `${fx.name}: ${code} suppressed\n${suppressed}`).toBeLessThan(count(diagnostics, code));
        // The suppression comment moves every line below it: line numbers quoted in messages are not compared.
        const others = (ds: Diagnostic[]) => ds.filter((d) => d.code !== code).map((d) => `${String(d.code)}: ${d.message.replace(/\bline \d+/g, 'line N')}`).sort();
        expect(others(after.diagnostics), `${fx.name}: suppressing ${code} changes nothing else`).toEqual(others(diagnostics));
        client.close(after.uri);
      }
      client.close(uri);
    }
  });

  it('indents the suppression comment like the line it suppresses', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'vague-services.contract'), 'utf8');
    const { uri, diagnostics } = await check(text, {});
    const diag = diagnostics.find((d) => d.code === 'payment-no-currency')!;
    const action = (await actionsFor(uri, diag)).find((a) => a.title === 'Suppress payment-no-currency on this line')!;
    const [edit] = editsOf(action, uri);
    expect(edit!.newText).toBe('    // contract-disable-next-line payment-no-currency\n');
    expect(edit!.range.start).toEqual({ line: diag.range.start.line, character: 0 });
    client.close(uri);
  });

  it('opens the documentation of a code', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'vague-services.contract'), 'utf8');
    const { uri, diagnostics } = await check(text, {});
    const diag = diagnostics.find((d) => d.code === 'sla-no-remedy')!;
    const action = (await actionsFor(uri, diag)).find((a) => a.title === 'Open documentation for sla-no-remedy')!;
    expect(action.command).toBeDefined();
    const mark = client.shownDocuments.length;
    await client.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
    const shown = await client.waitFor(() => client.shownDocuments[mark], 'a showDocument request');
    expect(shown).toBe(diag.codeDescription!.href);
    client.close(uri);
  });

  it('fixes all mechanical, non-overlapping problems at once with source.fixAll.clausewise', async () => {
    // The vague example's problems all need a business choice; three misspellings and a bare uptime give Fix all its work.
    const vague = fs.readFileSync(path.join(FIXTURES, 'vague-services.contract'), 'utf8');
    const text = vague
      .replace('uptime 99.9% monthly', 'uptime 99.9 monthly')
      .replace('measured_by provider', 'measured_by providr')
      .replace('  scope {', '  scope {\n    exlcude "Printers"');
    const { uri, diagnostics } = await check(text, {});
    const fixable = diagnostics.filter((d) => (d.data as { fixes: { preferred?: boolean }[] }).fixes.some((f) => f.preferred));
    expect(fixable.map((d) => d.code).sort()).toEqual(['invalid-value', 'missing-unit', 'unknown-statement']);
    const actions: CodeAction[] = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.clausewise']);
    const fixed = applyEdits(text, editsOf(actions[0]!, uri));
    const after = await check(fixed, {});
    const stillFixable = after.diagnostics.filter((d) => (d.data as { fixes: { preferred?: boolean }[] }).fixes.some((f) => f.preferred));
    expect(stillFixable.length).toBe(0);
    // Nothing but the three corrections: Fix all writes no term the drafter did not choose.
    expect(fixed).toBe(vague.replace('  scope {', '  scope {\n    exclude "Printers"'));
    // Fixes interact (a measurable response time can now be compared with an existing resolution
    // time), so fix-all may surface other checks; it must never break the syntax.
    expect(after.diagnostics.map((d) => d.code)).not.toContain('syntax-error');
    // A quick-fix-only request does not return the source action.
    const quick: CodeAction[] = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: fixable[0]!.range,
      context: { diagnostics: [fixable[0]], only: ['quickfix'] },
    });
    expect(quick.some((a) => a.kind === 'source.fixAll.clausewise')).toBe(false);
    expect(quick.length).toBeGreaterThan(0);
    client.close(uri);
    client.close(after.uri);
  });
});
