/**
 * Completion fixtures: test/fixtures/completion/*.contract each hold one
 * cursor marker `<|>` and their expectations as comments:
 *
 *   // expect: a, b           these labels are offered
 *   // forbid: c, d           these are not
 *   // expect-first: a        `a` sorts first
 *   // expect-before: a, b    `a` sorts before `b`
 *   // expect-empty           nothing is offered
 *   // fixture-config: {…}    clausewise.json settings for this fixture
 *
 * Every item must carry Markdown documentation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { parse } from '../../grammar/index.js';
import { formatContract } from '../../server/core/format.js';
import { DEFAULT_CONFIG, INTERNAL_ERROR, parseConfigText, RULE_CODES } from '../../server/core/index.js';
import { getCompletions } from '../../server/lsp/completion.js';
import { applyCompletion } from '../helpers/completion.js';
import { readWithoutCursor, repositoryContracts, takeCursor } from '../helpers/contract-files.js';

const DIR = path.join(__dirname, '../fixtures/completion');

function list(text: string, key: string): string[] {
  return [...text.matchAll(new RegExp(`^\\s*//\\s*${key}:(.*)$`, 'gm'))].flatMap((m) =>
    m[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

function complete(raw: string, services: string[] = []): { items: CompletionItem[]; text: string } {
  const { text, offset } = takeCursor(raw);
  const cfg = /^\s*\/\/\s*fixture-config:\s*(\{.*\})\s*$/m.exec(text);
  const config = cfg ? parseConfigText(cfg[1]!, 'fixture-config', [...RULE_CODES, INTERNAL_ERROR]) : DEFAULT_CONFIG;
  return { items: getCompletions(parse(text), offset, config, { services, parties: [] }), text };
}

function byRank(items: CompletionItem[]): CompletionItem[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

describe('completion fixtures', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.contract')).sort();
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });
  for (const file of files) {
    it(file, () => {
      const raw = fs.readFileSync(path.join(DIR, file), 'utf8');
      const { items, text } = complete(raw);
      const labels = items.map((i) => i.label);
      const empty = /^\s*\/\/\s*expect-empty\s*$/m.test(text);
      const expected = list(text, 'expect');
      expect(empty || expected.length > 0, 'a fixture must expect something').toBe(true);
      if (empty) expect(labels).toEqual([]);
      for (const e of expected) expect(labels, `expected ${e}`).toContain(e);
      for (const f of list(text, 'forbid')) expect(labels, `forbidden ${f}`).not.toContain(f);
      const first = list(text, 'expect-first')[0];
      if (first) expect(byRank(items)[0]?.label).toBe(first);
      const order = list(text, 'expect-before');
      if (order.length === 2) {
        const ranked = byRank(items).map((i) => i.label);
        expect(ranked.indexOf(order[0]!)).toBeLessThan(ranked.indexOf(order[1]!));
      }
      for (const item of items) {
        const doc = item.documentation as { kind: string; value: string } | undefined;
        expect(doc?.kind, `${item.label} has Markdown documentation`).toBe('markdown');
        expect(doc!.value.trim().length, `${item.label} has documentation`).toBeGreaterThan(0);
        expect(item.sortText, `${item.label} has a sortText`).toBeDefined();
      }
    });
  }
});

const apply = applyCompletion;

describe('completion snippets', () => {
  it('the contract skeleton is a well-formed contract with tab stops, numbered in order', () => {
    const { items, text } = complete('<|>');
    const skeleton = items.find((i) => i.label === 'contract skeleton')!;
    expect(skeleton.insertTextFormat).toBe(InsertTextFormat.Snippet);
    const stops = [...(skeleton.textEdit as TextEdit).newText.matchAll(/\$\{(\d+)/g)].map((m) => Number(m[1]));
    expect(stops).toEqual(stops.map((_, i) => i + 1));
    const inserted = apply(text, skeleton);
    expect(parse(inserted).issues).toEqual([]);
    expect(formatContract(inserted).ok).toBe(true);
    for (const k of ['party provider', 'party client', 'scope {', 'sla ', 'payment {', 'data_protection {', 'term {', 'termination {', 'reporting {']) {
      expect(inserted).toContain(k);
    }
    expect(inserted).toContain('1000.00 USD monthly');
  });

  it('every statement snippet inserts a statement that parses cleanly where it is offered', () => {
    const blocks: Record<string, string> = {
      contract: 'contract "x" {\n  <|>\n}\n',
      sla: 'contract "x" {\n  sla a for b {\n    <|>\n  }\n}\n',
      payment: 'contract "x" {\n  payment {\n    <|>\n  }\n}\n',
      data_protection: 'contract "x" {\n  data_protection {\n    <|>\n  }\n}\n',
      term: 'contract "x" {\n  term {\n    <|>\n  }\n}\n',
      termination: 'contract "x" {\n  termination {\n    <|>\n  }\n}\n',
      reporting: 'contract "x" {\n  reporting {\n    <|>\n  }\n}\n',
      scope: 'contract "x" {\n  scope {\n    <|>\n  }\n}\n',
      service: 'contract "x" {\n  scope {\n    service s "S" {\n      <|>\n    }\n  }\n}\n',
      party: 'contract "x" {\n  party client c "C" {\n    <|>\n  }\n}\n',
    };
    for (const [block, raw] of Object.entries(blocks)) {
      const { items, text } = complete(raw);
      expect(items.length, block).toBeGreaterThan(0);
      for (const item of items) {
        const out = apply(text, item);
        expect(parse(out).issues, `${block}: ${item.label} inserts\n${out}`).toEqual([]);
      }
    }
  });

  it('offers services from the workspace too', () => {
    const { items } = complete('contract "x" {\n  sla a for <|>\n}\n', ['remote_service']);
    expect(items.map((i) => i.label)).toContain('remote_service');
  });

  it('answers out of range offsets and empty documents', () => {
    expect(getCompletions(parse(''), 0, DEFAULT_CONFIG, { services: [], parties: [] }).map((i) => i.label)).toContain('contract');
    const parsed = parse('contract "x" {\n}\n');
    expect(() => getCompletions(parsed, 10_000, DEFAULT_CONFIG, { services: [], parties: [] })).not.toThrow();
    expect(() => getCompletions(parsed, -3, DEFAULT_CONFIG, { services: [], parties: [] })).not.toThrow();
  });
});

describe('completion never fails', () => {
  it('answers at every offset of every fixture and example, with an edit and documentation on every item', () => {
    const files = repositoryContracts();
    expect(files.length).toBeGreaterThan(10);
    const bad: string[] = [];
    for (const file of files) {
      const text = readWithoutCursor(file);
      const parsed = parse(text);
      for (let offset = 0; offset <= text.length; offset += 9) {
        const items = getCompletions(parsed, offset, DEFAULT_CONFIG, { services: ['x'], parties: [] });
        for (const item of items) if (!item.textEdit || !item.documentation) bad.push(`${file}@${offset} ${item.label}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
