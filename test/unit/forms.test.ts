/**
 * The statement forms (grammar/forms.ts + the `forms` of grammar/schema.ts):
 * every form reads its own example without a problem, every closed slot
 * rejects a word outside its set with "did you mean", and the two silent
 * passes of issue 9 are errors.
 */
import { describe, expect, it } from 'vitest';
import { INVALID_VALUE, parse, SCHEMA, type BlockKind, type Slot } from '../../grammar/index.js';
import { analyze } from '../../server/core/index.js';

/** Wraps a statement in the blocks it belongs to. */
function inBlock(kind: BlockKind, line: string): string {
  switch (kind) {
    case 'contract':
      return `contract "T" {\n  ${line}\n}\n`;
    case 'service':
      return `contract "T" {\n  scope {\n    service s "S" {\n      ${line}\n    }\n  }\n}\n`;
    case 'sla':
      return `contract "T" {\n  sla a for s {\n    ${line}\n  }\n}\n`;
    case 'party':
      return `contract "T" {\n  party provider p "P" {\n    ${line}\n  }\n}\n`;
    case 'clause':
      return `contract "T" {\n  clause c "C" {\n    ${line}\n  }\n}\n`;
    default:
      return `contract "T" {\n  ${kind} {\n    ${line}\n  }\n}\n`;
  }
}

/** Statements read by the tree builder itself (names, blocks, or a bespoke shape message). */
const BESPOKE = new Set([
  'contract', 'party', 'scope', 'service', 'sla', 'payment', 'data_protection', 'term', 'termination', 'reporting',
  'liability', 'changes', 'milestones', 'clause',
  'effective', 'governing_law', 'address', 'notices', 'access', 'target', 'priority', 'initial', 'renewal',
  'for_convenience', 'for_cause',
]);

const specs = (Object.keys(SCHEMA) as BlockKind[]).flatMap((kind) => SCHEMA[kind].map((spec) => ({ kind, spec })));

describe('statement forms', () => {
  it('every statement that takes values is read through forms, except the bespoke ones', () => {
    const missing = specs.filter(({ kind, spec }) => !spec.forms && !BESPOKE.has(spec.keyword) && !(kind === 'scope' && spec.keyword === 'exclude'));
    expect(missing.map(({ kind, spec }) => `${kind}.${spec.keyword}`)).toEqual([]);
  });

  for (const { kind, spec } of specs) {
    for (const form of spec.forms ?? []) {
      // Concrete examples only: no placeholders such as PERCENT, alternatives or ellipses.
      if (/[A-Z]{4,}|\||\[|…|"…"/.test(form.shape.replace(/"[^"]*"/g, '"x"').replace(/\b(CPI|HICP|RPI|ECI|GDPR|HIPAA|CIO|CSV)\b/g, 'w'))) continue;
      it(`${kind}.${spec.keyword}: \`${form.shape}\` reads without a problem`, () => {
        const p = parse(inBlock(kind, form.shape));
        expect(p.issues.map((i) => i.message)).toEqual([]);
      });
    }
  }

  for (const { kind, spec } of specs) {
    for (const form of spec.forms ?? []) {
      const closed = form.head.find((p): p is Slot => typeof p !== 'string' && !!p.words && p.words.length > 1 && !p.optional && p.types.length === 1);
      if (!closed) continue;
      const literals = form.head.slice(0, form.head.indexOf(closed)).filter((p) => typeof p === 'string');
      if (form.head.slice(0, form.head.indexOf(closed)).some((p) => typeof p !== 'string')) continue;
      const word = closed.words![0]!;
      const typo = word.length > 3 ? word.slice(0, -1) + (word.endsWith('x') ? 'y' : 'x') : word + 'x';
      it(`${kind}.${spec.keyword}: \`${typo}\` in the ${closed.name} slot is invalid-value with "did you mean \`${word}\`"`, () => {
        const p = parse(inBlock(kind, [spec.keyword, ...literals, typo].join(' ')));
        const issue = p.issues.find((i) => i.code === INVALID_VALUE);
        expect(issue, JSON.stringify(p.issues)).toBeDefined();
        expect(issue!.suggestion).toBe(word);
      });
    }
  }
});

describe('closed slots that used to pass silently (issue 9)', () => {
  const cases: [BlockKind, string, string | undefined][] = [
    ['payment', 'price_increase cap 5% at_renewal', 'at renewal'],
    ['payment', 'late_fee 1% fortnightly', undefined],
    ['payment', 'invoice monthy in_advance', 'monthly'],
    ['payment', 'invoice monthly in_advence', 'in_advance'],
    ['data_protection', 'comply GDPR, HIPPA', 'HIPAA'],
    ['data_protection', 'location EU transfer sccs', 'scc'],
    ['data_protection', 'breach_notice securty_incident within 5 days', 'security_incident'],
    ['reporting', 'review quartely', 'quarterly'],
    ['termination', 'transition 90 days includd', 'included'],
    ['liability', 'insurance cyberr 5000000 USD', 'cyber'],
    ['sla', 'claim within 30 days after month_ends', 'month_end'],
  ];
  for (const [kind, line, suggestion] of cases) {
    it(`\`${line}\` is an invalid-value error${suggestion ? ` suggesting \`${suggestion}\`` : ''}`, () => {
      const { diagnostics } = analyze(inBlock(kind, line));
      const d = diagnostics.find((x) => x.code === 'invalid-value');
      expect(d, diagnostics.map((x) => `${x.code}: ${x.message}`).join('\n')).toBeDefined();
      expect(d!.severity).toBe('error');
      if (suggestion) {
        expect(d!.fixes[0]?.edits[0]?.newText).toBe(suggestion);
        expect(d!.fixes[0]?.preferred).toBe(true);
      } else expect(d!.fixes).toEqual([]);
    });
  }

  it('a multiple takes `downtime_fees` after it, and a percentage credit does not read a basis', () => {
    expect(parse(inBlock('sla', 'credit 10x downtime_fees when below 99.9%')).issues).toEqual([]);
    const p = parse(inBlock('sla', 'credit 10% sometimes'));
    expect(p.issues.map((i) => i.message)).toEqual([expect.stringContaining('Say when the credit is owed')]);
  });

  it('values of the wrong kind are syntax errors that say what the slot takes', () => {
    const p = parse(inBlock('milestones', 'milestone design "Design" due tomorrow'));
    expect(p.issues.map((i) => i.message).join('\n')).toMatch(/milestone/);
  });
});

describe('closed places read by the tree builder', () => {
  const cases: [string, string][] = [
    ['contract "T" {\n  party provder acme "Acme LLC"\n}\n', 'provider'],
    ['contract "T" {\n  term {\n    renewal automatc 12 months notice 60 days\n  }\n}\n', 'automatic'],
    ['contract "T" {\n  termination {\n    for_convenience clent notice 30 days\n  }\n}\n', 'client'],
    ['contract "T" {\n  termination {\n    for_cause eithr cure 30 days\n  }\n}\n', 'either'],
  ];
  for (const [text, word] of cases) {
    it(`suggests \`${word}\``, () => {
      const p = parse(text);
      expect(p.issues.map((i) => [i.code, i.suggestion])).toEqual([[INVALID_VALUE, word]]);
    });
  }
});
