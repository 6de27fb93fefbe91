/**
 * Completion for the version-2 language: after a keyword, the words of the
 * slot at the cursor come from the statement's forms in the schema (closed
 * word sets, the form's own words, options not yet used, units or currencies
 * after a number); at the start of a line, the statements of the new blocks,
 * each inserted as a snippet whose business values are all placeholders.
 */
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import {
  BREACH_KINDS,
  CARVE_OUTS,
  CHANGE_TARGETS,
  CLAIM_FROM,
  CREDIT_APPLIED,
  INDEMNITIES,
  INSURANCE_KINDS,
  LIABILITY_EXCLUSIONS,
  MEASURERS,
  parse,
  PRICE_INDEXES,
  RECURRING_PERIODS,
  REGIONS,
  REGULATIONS,
  SCHEMA,
  SERVICE_TYPES,
  SLA_EXCLUSIONS,
  TRANSFER_BASES,
  TRANSITION_PRICING,
  type BlockKind,
} from '../../grammar/index.js';
import { formatContract } from '../../server/core/format.js';
import { DEFAULT_CONFIG } from '../../server/core/index.js';
import { snippetBelongs } from '../../server/lsp/completion-clauses.js';
import { getCompletions } from '../../server/lsp/completion.js';
import { applyCompletion } from '../helpers/completion.js';
import { takeCursor } from '../helpers/contract-files.js';

/** A line `line` (with its `<|>` cursor) inside a block of kind `block` of a contract. */
function inBlock(block: BlockKind, line: string): string {
  if (block === 'service') return `contract "x" {\n  scope {\n    service s "S" {\n      ${line}\n    }\n  }\n}\n`;
  if (block === 'contract') return `contract "x" {\n  ${line}\n}\n`;
  const head = block === 'sla' ? 'sla a for s' : block;
  return `contract "x" {\n  ${head} {\n    ${line}\n  }\n}\n`;
}

function complete(raw: string): { items: CompletionItem[]; text: string } {
  const { text, offset } = takeCursor(raw);
  return { items: getCompletions(parse(text), offset, DEFAULT_CONFIG, { services: [], parties: [] }), text };
}

function labels(block: BlockKind, line: string): string[] {
  return complete(inBlock(block, line)).items.map((i) => i.label);
}

/** Labels in the order the editor shows them. */
function ranked(block: BlockKind, line: string): string[] {
  return [...complete(inBlock(block, line)).items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '') || a.label.localeCompare(b.label)).map((i) => i.label);
}

const apply = applyCompletion;

describe('completion of values from the statement forms', () => {
  const cases: [BlockKind, string, readonly string[], (readonly string[])?][] = [
    ['sla', 'window <|>', ['24x7', 'business']],
    ['sla', 'measured_by <|>', MEASURERS],
    ['sla', 'maintenance <|>', ['emergency', 'max', 'notice']],
    ['sla', 'maintenance max 4 hours <|>', [...RECURRING_PERIODS, 'notice'], ['once', 'max']],
    ['sla', 'maintenance max 4 <|>', ['hours', 'days', 'seconds'], ['USD']],
    ['sla', 'exclude <|>', SLA_EXCLUSIONS],
    ['sla', 'exclude beta, <|>', SLA_EXCLUSIONS.filter((w) => w !== 'beta'), ['beta']],
    ['sla', 'credit 10% <|>', ['when', 'per', 'after'], ['downtime_fees']],
    ['sla', 'credit 10x <|>', ['downtime_fees', 'when', 'per', 'after']],
    ['sla', 'credit 3 <|>', ['days', 'business_days'], ['USD']],
    ['sla', 'credit 3 days <|>', ['when', 'per', 'after'], ['downtime_fees']],
    ['sla', 'credit 5% when <|>', ['below']],
    ['sla', 'credit 5% when p1 <|>', ['respond', 'resolve']],
    ['sla', 'credit 5% when p1 respond <|>', ['over']],
    ['sla', 'credit 5% per <|>', ['breach']],
    ['sla', 'credit 5% per 30 minutes <|>', ['downtime']],
    ['sla', 'credit 5% when below 99.9% <|>', ['per', 'after'], ['when']],
    ['sla', 'claim <|>', ['automatic', 'within']],
    ['sla', 'claim within 30 days <|>', ['after']],
    ['sla', 'claim within 30 days after <|>', CLAIM_FROM],
    ['sla', 'credits <|>', ['applied', 'forfeit_on_termination', 'only_if']],
    ['sla', 'credits applied <|>', CREDIT_APPLIED],
    ['sla', 'chronic_failure <|>', ['terminate']],
    ['sla', 'chronic_failure terminate <|>', ['when', 'for']],
    ['sla', 'chronic_failure terminate when below 99% for 3 <|>', ['of', 'months']],
    ['sla', 'answer <|>', ['calls', 'chats', 'emails', 'within']],
    ['sla', 'answer calls within 30 <|>', ['seconds', 'minutes']],
    ['sla', 'answer calls within 1 <|>', ['second', 'minute'], ['seconds']],
    ['sla', 'notify <|>', ['outage', 'incident']],
    ['sla', 'notify outage <|>', ['within']],
    ['sla', 'updates <|>', ['every']],
    ['sla', 'root_cause <|>', ['within']],
    ['liability', 'cap <|>', ['unlimited']],
    ['liability', 'cap 12 <|>', ['months', 'USD']],
    ['liability', 'cap 12 months <|>', ['fees', 'per', 'per_claim', 'aggregate']],
    ['liability', 'exclude <|>', LIABILITY_EXCLUSIONS],
    ['liability', 'uncapped <|>', CARVE_OUTS],
    ['liability', 'uncapped confidentiality, <|>', CARVE_OUTS.filter((w) => w !== 'confidentiality'), ['confidentiality']],
    ['liability', 'super_cap <|>', CARVE_OUTS],
    ['liability', 'indemnify <|>', ['provider', 'client']],
    ['liability', 'indemnify provider <|>', ['for']],
    ['liability', 'indemnify provider for <|>', INDEMNITIES],
    ['liability', 'insurance <|>', INSURANCE_KINDS],
    ['liability', 'insurance cyber 5000000 <|>', ['USD', 'EUR'], ['days']],
    ['data_protection', 'comply <|>', REGULATIONS],
    ['data_protection', 'comply GDPR, <|>', ['UK_GDPR', 'HIPAA'], ['GDPR']],
    ['data_protection', 'breach_notice <|>', [...BREACH_KINDS, 'within']],
    ['data_protection', 'breach_notice security_incident <|>', ['within'], ['security_incident']],
    ['data_protection', 'subprocessors <|>', ['approval', 'notify', 'flow_down', 'free']],
    ['data_protection', 'subprocessors approval <|>', ['client']],
    ['data_protection', 'subprocessors notify 30 days <|>', ['objection']],
    ['data_protection', 'audit <|>', ['client', 'reports']],
    ['data_protection', 'audit client <|>', ['yearly', 'notice']],
    ['data_protection', 'location <|>', REGIONS],
    ['data_protection', 'location EU <|>', ['transfer']],
    ['data_protection', 'location "Frankfurt, Germany" <|>', ['transfer']],
    ['data_protection', 'location EU transfer <|>', TRANSFER_BASES],
    ['data_protection', 'delete_data <|>', ['within']],
    ['data_protection', 'delete_data within 30 days <|>', ['certified', 'after']],
    ['data_protection', 'return_data within 30 days <|>', ['after', 'format']],
    ['changes', 'provider <|>', ['may_change']],
    ['changes', 'provider may_change <|>', CHANGE_TARGETS],
    ['changes', 'provider may_change sla, <|>', CHANGE_TARGETS.filter((w) => w !== 'sla'), ['sla']],
    ['changes', 'provider may_change sla <|>', ['notice', 'at']],
    ['changes', 'provider may_change sla notice 90 days at <|>', ['renewal']],
    ['changes', 'client <|>', ['may_terminate']],
    ['changes', 'change_control <|>', ['written']],
    ['changes', 'change_control written <|>', ['approvers']],
    ['payment', 'rate "Named user" 12.50 USD monthly <|>', ['per']],
    ['payment', 'minimum 4000 USD <|>', ['monthly', 'yearly']],
    ['payment', 'price_increase <|>', ['cap', 'index', 'step']],
    ['payment', 'price_increase index <|>', PRICE_INDEXES, ['notice', 'monthly']],
    ['payment', 'price_increase index CPI <|>', ['cap', 'notice', 'yearly', 'at']],
    ['payment', 'price_increase index CPI cap 5% yearly <|>', ['notice', 'at'], ['cap', 'yearly']],
    ['payment', 'price_increase step 5% at <|>', ['renewal']],
    ['payment', 'suspension <|>', ['after']],
    ['payment', 'suspension after 30 days <|>', ['overdue']],
    ['payment', 'suspension after 30 days overdue <|>', ['notice']],
    ['payment', 'disputes <|>', ['pay_undisputed', 'withhold', 'notify']],
    ['payment', 'disputes pay_undisputed notify <|>', ['within']],
    ['term', 'extension <|>', ['client', 'provider', 'either']],
    ['term', 'extension client 36 months <|>', ['notice']],
    ['termination', 'transition 90 days <|>', TRANSITION_PRICING],
    ['milestones', 'milestone design "Design approved" <|>', ['due', 'pays', 'acceptance']],
    ['milestones', 'milestone design "Design approved" due 2027-03-31 pays 30% <|>', ['acceptance'], ['due', 'pays']],
    ['service', 'type <|>', SERVICE_TYPES],
  ];
  for (const [block, line, expected, forbidden] of cases) {
    it(`${block}: ${line}`, () => {
      const got = labels(block, line);
      for (const e of expected) expect(got, `offers ${e}`).toContain(e);
      for (const f of forbidden ?? []) expect(got, `does not offer ${f}`).not.toContain(f);
    });
  }

  it('every item carries Markdown documentation', () => {
    for (const [block, line] of cases) {
      for (const item of complete(inBlock(block, line)).items) {
        const doc = item.documentation as { kind: string; value: string };
        expect(doc.kind).toBe('markdown');
        expect(doc.value.trim().length, `${line}: ${item.label}`).toBeGreaterThan(0);
      }
    }
  });

  it('what must come next sorts before options, the usual period first', () => {
    expect(ranked('payment', 'price_increase <|>').slice(0, 3)).toEqual(['cap', 'index', 'step']);
    expect(ranked('payment', 'minimum 4000 USD <|>')[0]).toBe('monthly');
    expect(ranked('data_protection', 'audit client <|>')[0]).toBe('yearly');
    expect(ranked('sla', 'credit 10x <|>')[0]).toBe('downtime_fees');
  });

  it('a word of the form is not read as a value of another form', () => {
    // `price_increase index` is the index form: no periods of the version-1 uncapped form.
    expect(labels('payment', 'price_increase index <|>')).toEqual([...PRICE_INDEXES]);
  });

  it('a word being typed is completed from the same slot', () => {
    const { items } = complete(inBlock('data_protection', 'location EU transfer sc<|>'));
    expect(items.map((i) => i.label)).toContain('scc');
    const edit = items.find((i) => i.label === 'scc')!.textEdit as TextEdit;
    expect(edit.range.start.character).toBe(edit.range.end.character - 2);
  });

  it('values of a closed word set are explained', () => {
    const scc = complete(inBlock('data_protection', 'location EU transfer <|>')).items.find((i) => i.label === 'scc')!;
    expect((scc.documentation as { value: string }).value).toContain('Standard contractual clauses');
    const gdpr = complete(inBlock('data_protection', 'comply <|>')).items.find((i) => i.label === 'UK_GDPR')!;
    expect((gdpr.documentation as { value: string }).value).toContain('UK');
  });
});

describe('statement completion in the new blocks and statements', () => {
  const expected: [BlockKind, readonly string[]][] = [
    ['contract', ['liability', 'changes', 'milestones']],
    ['liability', ['cap', 'exclude', 'uncapped', 'super_cap', 'indemnify', 'insurance', 'text']],
    ['changes', ['provider', 'client', 'change_control', 'text']],
    ['milestones', ['milestone', 'text']],
    ['sla', ['window', 'measured_by', 'maintenance', 'exclude', 'credit', 'credit_cap', 'claim', 'credits', 'sole_remedy', 'chronic_failure', 'answer', 'notify', 'updates', 'root_cause']],
    ['payment', ['rate', 'minimum', 'price_increase', 'suspension', 'disputes']],
    ['data_protection', ['subprocessors', 'audit', 'location', 'delete_data', 'return_data', 'breach_notice']],
    ['term', ['until_terminated', 'extension', 'renewal']],
    ['termination', ['transition']],
    ['service', ['type']],
  ];
  for (const [block, keywords] of expected) {
    it(`${block} offers ${keywords.join(', ')}`, () => {
      const items = complete(inBlock(block, '<|>')).items;
      // The statements of the block, then the clause snippets that belong in it (completion-clauses.ts).
      const got = items.filter((i) => i.kind !== CompletionItemKind.Snippet).map((i) => i.label);
      for (const k of keywords) expect(got).toContain(k);
      expect(got).toEqual(SCHEMA[block].map((s) => s.keyword));
      const snippets = items.filter((i) => i.kind === CompletionItemKind.Snippet);
      for (const item of snippets) expect(snippetBelongs(block, (item.textEdit as TextEdit).newText), `${block}: ${item.label}`).toBe(true);
    });
  }

  it('offers only the clause snippets that belong in the enclosing block', () => {
    const snippetLabels = (block: BlockKind) =>
      complete(inBlock(block, '<|>'))
        .items.filter((i) => i.kind === CompletionItemKind.Snippet)
        .map((i) => i.label);
    const sla = snippetLabels('sla');
    expect(sla).toEqual(expect.arrayContaining(['credit days', 'claim automatic', 'maintenance emergency', 'sla exclude']));
    for (const other of ['party provider', 'contract', 'sla availability', 'payment', 'exclude losses', 'cap money']) expect(sla).not.toContain(other);
    const party = complete('contract "x" {\n  party provider a "A" {\n    <|>\n  }\n}\n').items.map((i) => i.label);
    expect(party).not.toContain('party provider');
    expect(party).not.toContain('contract');
    expect(party).toContain('address');
    expect(snippetLabels('contract')).toEqual(expect.arrayContaining(['party provider', 'sla availability', 'sla incidents', 'payment']));
    expect(snippetLabels('contract')).not.toContain('contract');
    expect(snippetLabels('liability')).toEqual(expect.arrayContaining(['exclude losses', 'cap money']));
    expect(snippetLabels('liability')).not.toContain('sla exclude');
    const top = complete('<|>').items.map((i) => i.label);
    expect(top).toEqual(expect.arrayContaining(['contract', 'contract skeleton']));
    expect(top).not.toContain('party provider');
  });

  it('a snippet with an amount uses the default currency as its placeholder', () => {
    const { text, offset } = takeCursor(inBlock('liability', '<|>'));
    const items = getCompletions(parse(text), offset, { ...DEFAULT_CONFIG, defaultCurrency: 'EUR' }, { services: [], parties: [] });
    const item = items.find((i) => i.label === 'cap money')!;
    expect((item.textEdit as TextEdit).newText).toContain('${2:EUR}');
  });

  it('every statement of every block inserts a snippet that parses cleanly, with its business values as placeholders', () => {
    const blocks: BlockKind[] = ['contract', 'sla', 'payment', 'data_protection', 'term', 'termination', 'reporting', 'scope', 'service', 'liability', 'changes', 'milestones'];
    for (const block of blocks) {
      const { items, text } = complete(inBlock(block, '<|>'));
      for (const item of items) {
        expect(item.insertTextFormat, `${block}.${item.label}`).toBe(InsertTextFormat.Snippet);
        const snippet = (item.textEdit as TextEdit).newText;
        // A statement with values has a tab stop on each of them; no number is fixed silently.
        const outside = snippet.replace(/\$\{\d+(?::[^}]*|\|[^}]*\|)?\}/g, '').replace(/\$\d+/g, '');
        expect(outside, `${block}.${item.label}: ${snippet}`).not.toMatch(/(?<![A-Za-z_])\d/);
        const out = apply(text, item);
        expect(parse(out).issues, `${block}: ${item.label} inserts\n${out}`).toEqual([]);
        expect(formatContract(out).ok, `${block}.${item.label} formats`).toBe(true);
      }
    }
  });

  it('keywords that mean different statements in different blocks get their own snippet', () => {
    const sla = complete(inBlock('sla', '<|>')).items.find((i) => i.label === 'exclude')!;
    const liability = complete(inBlock('liability', '<|>')).items.find((i) => i.label === 'exclude')!;
    const scope = complete(inBlock('scope', '<|>')).items.find((i) => i.label === 'exclude')!;
    expect((sla.textEdit as TextEdit).newText).toContain('force_majeure');
    expect((liability.textEdit as TextEdit).newText).toContain('indirect');
    expect((scope.textEdit as TextEdit).newText).toContain('"');
    const provider = complete(inBlock('changes', '<|>')).items.find((i) => i.label === 'provider')!;
    expect((provider.textEdit as TextEdit).newText).toMatch(/^provider may_change \$\{1:[^}]+\} notice \$\{2:90\} days$/);
  });

  it('the contract skeleton includes a liability block', () => {
    const { items, text } = complete('<|>');
    const out = apply(text, items.find((i) => i.label === 'contract skeleton')!);
    expect(out).toContain('liability {');
    expect(out).toContain('cap 12 months fees');
    expect(parse(out).issues).toEqual([]);
  });
});
