/**
 * Colouring and outline for the version-2 language: the TextMate grammar
 * knows every block, statement and closed word of the schema's forms, `10x`
 * multiples and `seconds`; semantic tokens class a form's own words as
 * keywords, closed words as values and multiples as numbers; the outline shows
 * the liability, changes and milestones blocks, milestones as children.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver';
import { parse, ROLES, SCHEMA, type BlockKind, type Part } from '../../grammar/index.js';
import { semanticTokens, TOKEN_TYPES } from '../../server/lsp/semantic-tokens.js';
import { documentSymbols, indexSymbols } from '../../server/lsp/symbols.js';

const GRAMMAR = JSON.parse(fs.readFileSync(path.join(__dirname, '../../syntaxes/contract.tmLanguage.json'), 'utf8')) as {
  repository: Record<string, { patterns?: { name?: string; match?: string; comment?: string }[] }>;
};

/** A grammar pattern by scope name, as a JavaScript regular expression (the keyword lists use no possessive quantifiers). */
function pattern(section: string, name: string): RegExp {
  const p = GRAMMAR.repository[section]!.patterns!.find((x) => x.name === name);
  expect(p, name).toBeDefined();
  return new RegExp(`^(?:${p!.match!})$`);
}

const CLAUSE = pattern('statement', 'keyword.other.clause.contract');
const STATEMENT = pattern('statement', 'keyword.other.statement.contract');
const CONNECTIVE = pattern('statement', 'keyword.other.connective.contract');
const CONSTANT = pattern('values', 'constant.language.contract');
const PERIOD = pattern('values', 'constant.language.period.contract');
const REGULATION = pattern('values', 'support.constant.regulation.contract');

/** The literal words and option keywords of every form, and the closed words of every slot. */
function formWords(): { syntax: Set<string>; closed: Set<string> } {
  const syntax = new Set<string>();
  const closed = new Set<string>();
  const parts = (list: readonly Part[]) => {
    for (const p of list) {
      if (typeof p === 'string') syntax.add(p);
      else for (const w of p.words ?? []) closed.add(w);
    }
  };
  for (const specs of Object.values(SCHEMA)) {
    for (const spec of specs) {
      for (const form of spec.forms ?? []) {
        parts(form.head);
        for (const [key, opt] of Object.entries(form.options ?? {})) {
          syntax.add(key);
          if (Array.isArray(opt)) parts(opt as readonly Part[]);
          else for (const alt of (opt as { any: readonly (readonly Part[])[] }).any) parts(alt);
        }
      }
    }
  }
  return { syntax, closed };
}

describe('TextMate grammar for the version-2 language', () => {
  it('colours every block and statement keyword of the schema', () => {
    for (const kind of Object.keys(SCHEMA) as BlockKind[]) {
      for (const spec of SCHEMA[kind]) {
        const w = spec.keyword;
        // `cap` is also a word of `price_increase cap` and `expenses cap`: a keyword either way.
        const ok = (spec.opens ? CLAUSE.test(w) : STATEMENT.test(w) || CLAUSE.test(w) || CONNECTIVE.test(w)) || ((ROLES as readonly string[]).includes(w) && CONSTANT.test(w));
        expect(ok, `${kind}.${w}`).toBe(true);
      }
    }
  });

  it('colours every word of the forms: their own words as keywords, closed words as constants', () => {
    const { syntax, closed } = formWords();
    const known = (w: string) => [CLAUSE, STATEMENT, CONNECTIVE, CONSTANT, PERIOD, REGULATION].some((r) => r.test(w));
    for (const w of syntax) expect(known(w), `form word ${w}`).toBe(true);
    for (const w of closed) expect(known(w), `closed word ${w}`).toBe(true);
    for (const w of ['sole_remedy', 'downtime_fees', 'future_invoices', 'scc', 'UK_GDPR', 'month_end', 'at_rates']) expect(known(w), w).toBe(true);
  });

  it('has patterns for multiples and seconds', () => {
    const values = GRAMMAR.repository['values']!.patterns!;
    const multiple = values.find((p) => p.name === 'constant.numeric.multiple.contract');
    expect(multiple?.match).toBeDefined();
    const numberAt = values.findIndex((p) => p.name === 'constant.numeric.contract');
    expect(values.indexOf(multiple!)).toBeLessThan(numberAt);
    expect(values.find((p) => p.comment === 'duration: a number and a unit')!.match).toContain('seconds?');
    expect(values.find((p) => p.name === 'keyword.other.unit.contract')!.match).toContain('seconds?');
  });
});

const SAMPLE = `contract "S" {
  sla availability for platform {
    credit 10x downtime_fees when below 99.9%
    credit 5% per 30 minutes downtime
    credits applied future_invoices
    sole_remedy
    answer calls within 30 seconds
  }
  data_protection {
    location EU transfer scc
  }
  liability {
    cap 12 months fees
  }
  changes {
    provider may_change sla, services notice 90 days
  }
  milestones {
    milestone design "Design approved" due 2027-03-31 pays 30% acceptance 10 business_days
    milestone golive "Go-live" due 2027-06-30 pays 70%
  }
  term {
    until_terminated
  }
}
`;

/** Each token's text and type, in order. */
function tokens(text: string): { text: string; type: string }[] {
  const parsed = parse(text);
  const { data } = semanticTokens(parsed);
  const out: { text: string; type: string }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i]! === 0 ? char + data[i + 1]! : data[i + 1]!;
    out.push({ text: parsed.lines.lineText(line).slice(char, char + data[i + 2]!), type: TOKEN_TYPES[data[i + 3]!]! });
  }
  return out;
}

describe('semantic tokens for the version-2 language', () => {
  const all = tokens(SAMPLE);
  const typeOf = (text: string) => [...new Set(all.filter((t) => t.text === text).map((t) => t.type))];

  it('statement and block keywords are keywords', () => {
    for (const w of ['credit', 'credits', 'sole_remedy', 'answer', 'location', 'liability', 'cap', 'changes', 'provider', 'milestones', 'milestone', 'until_terminated']) expect(typeOf(w), w).toEqual(['keyword']);
  });

  it("a form's own words are keywords, closed words are values", () => {
    for (const w of ['when', 'below', 'per', 'downtime', 'applied', 'within', 'transfer', 'may_change', 'notice', 'due', 'pays', 'acceptance']) expect(typeOf(w), w).toEqual(['keyword']);
    for (const w of ['downtime_fees', 'future_invoices', 'calls', 'EU', 'scc', 'fees', 'services', 'design', 'golive']) expect(typeOf(w), w).toEqual(['enumMember']);
  });

  it('multiples are numbers, seconds a unit', () => {
    expect(typeOf('10x')).toEqual(['number']);
    expect(typeOf('seconds')).toEqual(['type']);
    expect(typeOf('business_days')).toEqual(['type']);
  });
});

describe('outline of the version-2 blocks', () => {
  const [contract] = documentSymbols(parse(SAMPLE));

  it('shows liability, changes and milestones among the blocks, in source order', () => {
    expect(contract!.children!.map((c) => c.name)).toEqual(['availability', 'data_protection', 'liability', 'changes', 'milestones', 'term']);
    const liability = contract!.children!.find((c) => c.name === 'liability')!;
    expect(liability.detail).toBe('cap 12 months fees');
    expect(contract!.children!.find((c) => c.name === 'changes')!.detail).toBe('provider may change sla, services');
    expect(contract!.children!.find((c) => c.name === 'term')!.detail).toBe('until terminated');
  });

  it('lists milestones as children, with their due date and share', () => {
    const milestones = contract!.children!.find((c) => c.name === 'milestones')!;
    expect(milestones.detail).toBe('2 milestones');
    expect(milestones.children!.map((c) => [c.name, c.detail, c.kind])).toEqual([
      ['design', 'Design approved · due 2027-03-31 · pays 30%', SymbolKind.Event],
      ['golive', 'Go-live · due 2027-06-30 · pays 70%', SymbolKind.Event],
    ]);
    // The selection is the milestone's name.
    expect(milestones.children![0]!.selectionRange.start).toEqual({ line: 18, character: 14 });
  });

  it('indexes milestones for workspace symbol search, inside their block', () => {
    expect(indexSymbols(parse(SAMPLE)).filter((s) => s.containerName === 'milestones').map((s) => s.name)).toEqual(['design', 'golive']);
  });
});
