/**
 * Hostile shapes of input (issue: "no input crashes the CLI or the server"):
 * nesting 10,000 deep in every shape, thousands of errors in a row, a megabyte
 * of stray characters. Every stage after the lexer — parse, rules, formatter,
 * render, calendar, obligations, outline, folding, selection, semantic tokens,
 * hover, completion, inlay hints — must finish without throwing, keep every
 * range inside the document, and report a too-deep block once. A generated
 * mix of the shapes (fast-check) covers the combinations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, NESTING_TOO_DEEP, parse } from '../../grammar/index.js';
import { analyze, capDiagnostics, INTERNAL_ERROR, MAX_DIAGNOSTICS, TOO_MANY_PROBLEMS, type Diagnostic } from '../../server/core/index.js';
import { formatContract } from '../../server/core/format.js';
import { renderHtml, renderMarkdown } from '../../server/core/render/index.js';
import { renderCalendar } from '../../server/core/calendar.js';
import { obligationsByParty } from '../../server/core/obligations.js';
import { DEFAULT_CONFIG } from '../../server/core/config.js';
import { documentSymbols, indexSymbols } from '../../server/lsp/symbols.js';
import { foldingRanges, selectionRanges } from '../../server/lsp/structure.js';
import { semanticTokens } from '../../server/lsp/semantic-tokens.js';
import { getHover } from '../../server/lsp/hover.js';
import { getCompletions } from '../../server/lsp/completion.js';
import { computeInlayHints } from '../../server/lsp/inlay-hints.js';
import { collectNames } from '../../server/lsp/names.js';

const DEEP = 10_000;

/** The shapes that overflowed the stack before the nesting limit. */
const SHAPES: Record<string, string> = {
  'nested scopes, closed': 'contract "Deep" {\n' + 'scope {\n'.repeat(DEEP) + '}\n'.repeat(DEEP + 1),
  'nested scopes, never closed': 'contract "Deep" {\n' + 'scope {\n'.repeat(DEEP),
  'nested blocks on one line': 'x {'.repeat(DEEP),
  'bare braces': '{'.repeat(DEEP),
  'bare braces, closed': '{'.repeat(DEEP) + '}'.repeat(DEEP),
  'closing braces only': '}'.repeat(DEEP),
  'errors in a row, then nesting': '{ } '.repeat(DEEP) + '{'.repeat(100) + '}'.repeat(50),
  'strings with blocks': '"a" {'.repeat(DEEP),
  'deep inside a real contract': 'contract "Deep" {\n  party provider acme "Acme"\n  clause notes "Notes" {\n' + '    x {\n'.repeat(DEEP) + '    }\n'.repeat(DEEP) + '  }\n}\n',
};

/** Runs every stage on a text; returns the analysis for further checks. */
function everyStage(text: string): Diagnostic[] {
  const { diagnostics, parse: p } = analyze(text);
  for (const d of diagnostics) {
    expect(d.code, d.message).not.toBe(INTERNAL_ERROR);
    expect(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length, `${d.code} ${JSON.stringify(d.span)}`).toBe(true);
  }
  expect(diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
  formatContract(text);
  renderHtml(p, { diagnostics });
  renderMarkdown(p, { diagnostics });
  renderCalendar(p);
  for (const c of p.ast.contracts) obligationsByParty(c);
  documentSymbols(p);
  indexSymbols(p);
  foldingRanges(p);
  selectionRanges(p, [0, Math.floor(text.length / 2), text.length]);
  semanticTokens(p);
  collectNames(p);
  computeInlayHints(p);
  for (const offset of [0, Math.floor(text.length / 2), text.length]) {
    getHover(p, offset, diagnostics, DEFAULT_CONFIG);
    getCompletions(p, offset, DEFAULT_CONFIG, { services: [], parties: [] });
  }
  return diagnostics;
}

describe('deep and wide input', () => {
  for (const [name, text] of Object.entries(SHAPES)) {
    it(`${name}: every stage finishes`, () => {
      everyStage(text);
    });
  }

  it('reports a block past the limit once, and checks what comes after it', () => {
    const text = 'contract "Deep" {\n' + 'scope {\n'.repeat(DEEP) + '}\n'.repeat(DEEP) + '  party provider acme "Acme"\n}\n';
    const diagnostics = everyStage(text);
    const deep = diagnostics.filter((d) => d.code === NESTING_TOO_DEEP);
    expect(deep).toHaveLength(1);
    // The `{` that opens level MAX_NESTING + 1 is on line MAX_NESTING (the contract's `{` is level 1, on line 0).
    expect(deep[0]!.range.start.line).toBe(MAX_NESTING);
    // The party after the deep region is read: no missing provider, only the missing client.
    const parties = diagnostics.filter((d) => d.code === 'missing-party');
    expect(parties.map((d) => d.message).join(' ')).not.toMatch(/provider/i);
    expect(parse(text).ast.contracts[0]!.parties.map((p) => p.name?.text)).toEqual(['acme']);
  });

  it('reports an unclosed deep region once, up to the end of the file', () => {
    const text = 'x {'.repeat(DEEP);
    const deep = analyze(text).diagnostics.filter((d) => d.code === NESTING_TOO_DEEP);
    expect(deep).toHaveLength(1);
    expect(deep[0]!.span.end).toBe(text.length);
    expect(deep[0]!.message).toMatch(/never closed/);
  });

  it('takes a megabyte of stray characters as one problem', () => {
    const text = '@'.repeat(1_000_000);
    const diagnostics = everyStage(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['syntax-error']);
    expect(diagnostics[0]!.span).toEqual({ start: 0, end: text.length });
  });

  it('survives any mix of the shapes (generated)', () => {
    const piece = fc.oneof(
      fc.constantFrom('{', '}', 'scope {', 'x {', '@', '"a"', ',', '\n', ' ', '{ }', 'contract "T" {', 'service s "S" {', '/*', '*/', '"""'),
      fc.nat({ max: 3000 }).map((n) => '{'.repeat(n)),
      fc.nat({ max: 3000 }).map((n) => '}'.repeat(n)),
      fc.nat({ max: 2000 }).map((n) => 'scope {\n'.repeat(n)),
      fc.nat({ max: 2000 }).map((n) => '{ } '.repeat(n)),
      fc.nat({ max: 20000 }).map((n) => '@'.repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        everyStage(pieces.join(''));
      }),
      { numRuns: 40 },
    );
  });
});

describe('bounded output', () => {
  const diag = (i: number, severity: Diagnostic['severity']): Diagnostic => ({
    code: 'vague-term',
    severity,
    message: `m${i}`,
    span: { start: i, end: i + 1 },
    range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } },
    docs: '',
    fixes: [],
  });

  it('keeps at most the limit, the most severe first, and counts the rest in one more', () => {
    const all = Array.from({ length: 2500 }, (_, i) => diag(i, i === 2400 ? 'error' : i % 2 ? 'warning' : 'info'));
    const capped = capDiagnostics(all);
    expect(capped).toHaveLength(MAX_DIAGNOSTICS + 1);
    const kept = capped.slice(0, -1);
    // The one error, at the very end of the file, is kept; then every warning fits (1,250 > 999: the first 999 of them).
    expect(kept.filter((d) => d.severity === 'error')).toHaveLength(1);
    expect(kept.filter((d) => d.severity === 'info')).toHaveLength(0);
    // Kept in document order.
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.range.start.line).toBeGreaterThan(kept[i - 1]!.range.start.line);
    const summary = capped[capped.length - 1]!;
    expect(summary.code).toBe(TOO_MANY_PROBLEMS);
    expect(summary.severity).toBe('warning');
    expect(summary.data).toEqual({ omitted: 1500, errors: 0, warnings: 251, infos: 1249 });
    expect(summary.message).toMatch(/1,500 more problems \(251 warnings, 1,249 notes\)/);
  });

  it('leaves a list within the limit alone', () => {
    const all = Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => diag(i, 'warning'));
    expect(capDiagnostics(all)).toBe(all);
  });

  it('applies to analyze(): a file of 20,000 problems lists 1,001', () => {
    const text = 'contract "X" {\n' + '  text "best efforts"\n'.repeat(20_000) + '}\n';
    const { diagnostics } = analyze(text);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diagnostics[diagnostics.length - 1]!.code).toBe(TOO_MANY_PROBLEMS);
  });
});

describe('configuration values', () => {
  it('refuses a default currency that is not an active ISO 4217 code, with a hint', async () => {
    const { parseConfigText, RULE_CODES } = await import('../../server/core/index.js');
    expect(() => parseConfigText('{ "defaultCurrency": "ZZZ" }', 'clausewise.json', RULE_CODES)).toThrow(/"defaultCurrency" "ZZZ" is not an active ISO 4217 currency code; common codes: USD/);
    expect(() => parseConfigText('{ "defaultCurrency": "HRK" }', 'clausewise.json', RULE_CODES)).toThrow(/withdrawn, use "EUR"/);
    expect(parseConfigText('{ "defaultCurrency": "CHF" }', 'clausewise.json', RULE_CODES).defaultCurrency).toBe('CHF');
  });
});
