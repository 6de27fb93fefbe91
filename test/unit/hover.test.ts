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

  it('on an underline says what the code means, not the problem again', () => {
    const text = 'contract "x" {\n  payment {\n    fee 2500 monthly\n  }\n}\n';
    const { diagnostics } = analyze(text, DEFAULT_CONFIG);
    const here = diagnostics.filter((d) => d.code === 'payment-no-currency');
    expect(here.length).toBe(1);
    expect(here[0]!.span.start).toBe(text.indexOf('2500'));
    // On the amount the diagnostic is under the cursor: the hover has nothing to add to its message.
    expect(hoverText(text, text.indexOf('2500') + 1)).toBeUndefined();
    // On the keyword it is not: the hover explains the keyword and says the amount has no currency.
    const value = hoverText(text, text.indexOf('fee') + 1) ?? '';
    expect(value).toContain('**fee**');
    expect(value).toContain('has no currency');
    expect(value).not.toContain('What this check reports');
    expect(value).not.toContain('Quick fix available');
  });

  it('keeps a problem fact when its check is not reported there', () => {
    const text = 'contract "x" {\n  payment {\n    fee 2500 monthly\n  }\n}\n';
    const parsed = parse(text);
    const value = (getHover(parsed, text.indexOf('fee') + 1, [], DEFAULT_CONFIG)?.contents as { value: string }).value;
    expect(value).toContain('has no currency');
  });

  it('a squiggle alone has no hover of its own: the editor shows its message', () => {
    const text = 'contract "x" {\n  sla a for nothing {\n  }\n}\n';
    expect(hoverText(text, text.indexOf('nothing') + 1)).toBeUndefined();
  });
});

/** Lower-case words of a text without Markdown, for comparing what two texts say. */
function wordsOf(text: string): string[] {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .split(/[^a-z0-9%.]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
}

/** The longest run of words two texts share. */
function sharedRun(a: string[], b: string[]): string[] {
  let best: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n > best.length) best = a.slice(i, i + n);
    }
  }
  return best;
}

describe('hover explains once', () => {
  // VS Code shows a diagnostic's message, code (linked to the rule page) and quick fixes in the same
  // hover as ours. Ours must not say the same again: no run of 7 words of the message, no rule description.
  it('never repeats the message of a diagnostic under the cursor, in any fixture or example', () => {
    const repeats: string[] = [];
    let checked = 0;
    for (const file of repositoryContracts()) {
      const text = readWithoutCursor(file);
      const parsed = parse(text);
      const { diagnostics } = analyze(text, DEFAULT_CONFIG);
      for (const d of diagnostics) {
        for (const offset of new Set([d.span.start + 1, (d.span.start + d.span.end) >> 1])) {
          const hover = getHover(parsed, offset, diagnostics, DEFAULT_CONFIG);
          if (!hover) continue;
          checked++;
          const value = (hover.contents as { value: string }).value;
          const under = diagnostics.filter((x) => x.span.start <= offset && offset <= x.span.end);
          for (const x of under) {
            const run = sharedRun(wordsOf(value), wordsOf(x.message));
            if (run.length >= 10) repeats.push(`${path.relative(DIR, file)}@${offset} ${x.code}: "${run.join(' ')}"`);
          }
          if (value.includes('What this check reports') || value.includes('contract-disable-next-line')) repeats.push(`${path.relative(DIR, file)}@${offset}: diagnostic section`);
        }
      }
    }
    expect(repeats).toEqual([]);
    expect(checked).toBeGreaterThan(200);
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
