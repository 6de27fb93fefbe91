/**
 * Hover fixtures: test/fixtures/hover/*.contract each hold one cursor marker
 * `<|>` and their expectations as comments:
 *
 *   // expect: text     the hover's Markdown must contain `text`
 *   // forbid: text     … and must not contain it
 *   // expect-none      there must be no hover at all
 *
 * The helper removes the marker, analyses the document, computes the hover at
 * the marker's offset and checks every expectation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyze, DEFAULT_CONFIG } from '../../server/core/index.js';
import { getHover } from '../../server/lsp/hover.js';
import { readWithoutCursor, repositoryContracts, takeCursor } from '../helpers/contract-files.js';

const DIR = path.join(__dirname, '../fixtures/hover');

interface HoverFixture {
  text: string;
  offset: number;
  expect: string[];
  forbid: string[];
  none: boolean;
}

function readFixture(file: string): HoverFixture {
  const raw = fs.readFileSync(file, 'utf8');
  const { text, offset } = takeCursor(raw, file);
  const pick = (key: string) => [...text.matchAll(new RegExp(`^\\s*//\\s*${key}:\\s?(.*)$`, 'gm'))].map((m) => m[1]!.trimEnd());
  return { text, offset, expect: pick('expect'), forbid: pick('forbid'), none: /^\s*\/\/\s*expect-none\s*$/m.test(text) };
}

function hoverText(text: string, offset: number): string | undefined {
  const parsed = parse(text);
  const { diagnostics } = analyze(text, DEFAULT_CONFIG);
  const hover = getHover(parsed, offset, diagnostics, DEFAULT_CONFIG);
  if (!hover) return undefined;
  const contents = hover.contents as { kind: string; value: string };
  expect(contents.kind).toBe('markdown');
  return contents.value;
}

describe('hover fixtures', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.contract')).sort();
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });
  for (const file of files) {
    it(file, () => {
      const fx = readFixture(path.join(DIR, file));
      expect(fx.none || fx.expect.length > 0, 'a fixture must expect something').toBe(true);
      const value = hoverText(fx.text, fx.offset);
      if (fx.none) {
        expect(value).toBeUndefined();
        return;
      }
      expect(value, 'expected a hover').toBeDefined();
      for (const e of fx.expect) expect(value).toContain(e);
      for (const f of fx.forbid) expect(value).not.toContain(f);
    });
  }
});

describe('hover details', () => {
  it('gives the range of the hovered value', () => {
    const text = 'contract "x" {\n  sla a for b {\n    uptime 99.9% monthly\n  }\n}\n';
    const parsed = parse(text);
    const hover = getHover(parsed, text.indexOf('monthly') + 2, [], DEFAULT_CONFIG);
    expect(hover?.range).toEqual({ start: { line: 2, character: 17 }, end: { line: 2, character: 24 } });
  });

  it('answers sanely out of range and on an empty document', () => {
    const parsed = parse('');
    expect(getHover(parsed, 0, [], DEFAULT_CONFIG)).toBeNull();
    const other = parse('contract "x" {\n}\n');
    expect(getHover(other, 10_000, [], DEFAULT_CONFIG)).toBeNull();
    expect(getHover(other, -5, [], DEFAULT_CONFIG)).toBeNull();
  });

  it('explains a keyword in a broken document', () => {
    const text = 'contract "x" {\n  sla a for b {\n    uptime 99.95% monthly\n';
    const value = hoverText(text, text.indexOf('uptime') + 1);
    expect(value).toContain('21 min 55 s');
  });

  it('shows every diagnostic at the offset, with the rule description', () => {
    const text = 'contract "x" {\n  payment {\n    fee 2500 monthly\n  }\n}\n';
    const value = hoverText(text, text.indexOf('2500') + 1);
    expect(value).toContain('payment-no-currency');
    expect(value).toContain('docs/rules/payment-no-currency.md');
  });
});

describe('hover never fails', () => {
  it('answers at every offset of every fixture and example', () => {
    const files = repositoryContracts();
    expect(files.length).toBeGreaterThan(10);
    let shown = 0;
    const bad: string[] = [];
    for (const file of files) {
      const text = readWithoutCursor(file);
      const parsed = parse(text);
      const { diagnostics } = analyze(text, DEFAULT_CONFIG);
      for (let offset = 0; offset <= text.length; offset += 7) {
        const hover = getHover(parsed, offset, diagnostics, DEFAULT_CONFIG);
        if (!hover) continue;
        shown++;
        const value = (hover.contents as { value: string }).value;
        if (!value.trim() || /(?<![\w-])undefined(?![\w-])|NaN|\[object Object\]/.test(value)) bad.push(`${file}@${offset}: ${value}`);
      }
    }
    expect(bad).toEqual([]);
    expect(shown).toBeGreaterThan(100);
  });
});
