/**
 * How the language server offers fixes: a fix that chooses values is a snippet
 * command for a client that runs `clausewise.applySnippetFix` and a plain edit
 * for any other; only a mechanical fix is preferred; Fix all takes only those.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { analyze } from '../../server/core/index.js';
import { clientRunsSnippetFixes, codeActions, fixAllEdits, SNIPPET_FIX_COMMAND, type SnippetFixArguments } from '../../server/lsp/code-actions.js';
import { toLspDiagnostic } from '../../server/lsp/convert.js';

const vague = fs.readFileSync(path.join(__dirname, '../../examples/vague-services.contract'), 'utf8');
const URI = 'file:///vague.contract';

function actions(text: string, code: string, snippetFixes: boolean) {
  const { diagnostics, parse } = analyze(text);
  const requested = diagnostics.filter((d) => d.code === code).map((d) => toLspDiagnostic(d, 3) as LspDiagnostic);
  expect(requested.length).toBeGreaterThan(0);
  return codeActions({ uri: URI, parsed: parse, version: 3, current: diagnostics, requested, only: ['quickfix'], snippetFixes });
}

describe('snippet fixes in the editor', () => {
  it('reads the client capability', () => {
    expect(clientRunsSnippetFixes({ experimental: { clausewise: { snippetFixCommand: true } } })).toBe(true);
    expect(clientRunsSnippetFixes({ experimental: { clausewise: {} } })).toBe(false);
    expect(clientRunsSnippetFixes({})).toBe(false);
    expect(clientRunsSnippetFixes(undefined)).toBe(false);
  });

  it('"Add a data protection block" is the snippet command for a client that runs it, with every chosen value a tab stop', () => {
    const fix = actions(vague, 'missing-data-protection', true).find((a) => a.title === 'Add a data protection block')!;
    expect(fix.edit).toBeUndefined();
    expect(fix.isPreferred).toBeUndefined();
    expect(fix.command?.command).toBe(SNIPPET_FIX_COMMAND);
    const args = fix.command!.arguments![0] as SnippetFixArguments;
    expect(args.uri).toBe(URI);
    expect(args.version).toBe(3);
    expect(args.snippet).toContain('comply ${1|GDPR,');
    expect(args.snippet).toContain('breach_notice within ${2:48} hours');
    expect(args.snippet).toContain('location "${5:European Union}"');
  });

  it('is a plain edit for a client that does not', () => {
    const fix = actions(vague, 'missing-data-protection', false).find((a) => a.title === 'Add a data protection block')!;
    expect(fix.command).toBeUndefined();
    expect(fix.edit?.changes?.[URI]?.[0]?.newText).toContain('breach_notice within 48 hours');
  });

  it('a mechanical fix stays a plain edit and is the preferred one', () => {
    const text = vague.replace('uptime 99.9% monthly', 'uptime 99.9 monthly');
    const fix = actions(text, 'missing-unit', true).find((a) => a.title.startsWith('Add %'))!;
    expect(fix.command).toBeUndefined();
    expect(fix.isPreferred).toBe(true);
    expect(fix.edit?.changes?.[URI]?.[0]?.newText).toBe('%');
  });

  it('Fix all on the vague example changes nothing: all its fixes choose values', () => {
    const { diagnostics, parse } = analyze(vague);
    expect(diagnostics.some((d) => d.fixes.length)).toBe(true);
    expect(fixAllEdits(parse, diagnostics)).toEqual([]);
  });
});
