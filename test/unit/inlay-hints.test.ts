/**
 * The pure inlay-hint computation: which statements get a hint, where it sits
 * and what it says, including month ends, leap years, missing or invalid
 * effective dates and the range filter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { computeInlayHints, toLspInlayHints } from '../../server/lsp/inlay-hints.js';

const EXAMPLES = path.join(__dirname, '../../examples');

/** The hints of a text as "line: label" strings (1-based lines), for compact assertions. */
function hints(text: string): string[] {
  const parsed = parse(text);
  return computeInlayHints(parsed).map((h) => `${parsed.lines.line(h.offset) + 1}: ${h.label}`);
}

/** A contract with the given header lines and body blocks. */
function contract(header: string, ...blocks: string[]): string {
  return `contract "T" {\n  ${header}\n${blocks.map((b) => `  ${b}\n`).join('')}}\n`;
}

describe('computeInlayHints', () => {
  it('gives the example contract its term end, notice deadlines and allowed downtime', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');
    const parsed = parse(text);
    const got = computeInlayHints(parsed);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    // The example may gain version-2 statements with hints of their own (a liability cap): these four stay.
    expect(got.map((h) => [parsed.lines.line(h.offset) + 1, h.keyword, h.label])).toEqual(
      expect.arrayContaining([
        [lineOf('uptime 99.9% monthly'), 'uptime', '≤ 43 min 50 s/month'],
        [lineOf('initial 24 months'), 'initial', 'ends 2028-12-31'],
        [lineOf('renewal automatic'), 'renewal', 'notice by 2028-11-01'],
        [lineOf('for_convenience'), 'for_convenience', 'notice by 2028-10-02 to end 2028-12-31'],
      ]),
    );
    // Each hint sits right after the statement's last value, not after a trailing comment.
    const initial = got.find((h) => h.keyword === 'initial')!;
    expect(text.slice(initial.offset - 'initial 24 months'.length, initial.offset)).toBe('initial 24 months');
    const renewal = got.find((h) => h.keyword === 'renewal')!;
    expect(renewal.tooltip).toBe(
      'To stop the agreement renewing after the initial term ends on 2028-12-31, notice of non-renewal must be given by 2028-11-01 (60 days before that day).',
    );
  });

  it('clamps a term that starts on the 31st to the end of a shorter month', () => {
    const text = contract('effective 2027-01-31', 'term {', '  initial 1 month', '  renewal automatic 1 month notice 10 days', '}');
    expect(hints(text)).toEqual(['4: ends 2027-02-27', '5: notice by 2027-02-17']);
  });

  it('counts leap days: a year from 29 February 2028 ends on 27 February 2029', () => {
    expect(hints(contract('effective 2028-02-29', 'term {', '  initial 12 months', '}'))).toEqual(['4: ends 2029-02-27']);
    expect(hints(contract('effective 2028-01-01', 'term {', '  initial 2 months', '  renewal automatic 1 month notice 1 day', '}'))).toEqual([
      '4: ends 2028-02-29',
      '5: notice by 2028-02-28',
    ]);
  });

  it('uses the written end date of `initial ends DATE` for the notice deadline without repeating the date', () => {
    const text = contract('effective 2027-01-01', 'term {', '  initial ends 2027-12-31', '  renewal automatic 12 months notice 3 months', '}');
    expect(hints(text)).toEqual(['5: notice by 2027-09-30']);
  });

  it('shows no date where the contract does not determine one', () => {
    // No effective date: the term's end is unknown.
    expect(hints('contract "T" {\n  term {\n    initial 24 months\n    renewal automatic 12 months notice 60 days\n  }\n}\n')).toEqual([]);
    // An impossible effective date.
    expect(hints(contract('effective 2027-02-30', 'term {', '  initial 24 months', '}'))).toEqual([]);
    // Renewal that is not automatic, or has no notice period.
    expect(hints(contract('effective 2027-01-01', 'term {', '  initial 24 months', '  renewal manual', '}'))).toEqual(['4: ends 2028-12-31']);
    expect(hints(contract('effective 2027-01-01', 'term {', '  initial 24 months', '  renewal automatic 12 months', '}'))).toEqual(['4: ends 2028-12-31']);
    // Termination for convenience without a known term end, and for cause (no date to compute).
    expect(hints(contract('effective 2027-01-01', 'termination {', '  for_convenience client notice 90 days', '  for_cause either cure 30 days', '}'))).toEqual([]);
  });

  it('says who must give notice of termination for convenience', () => {
    const text = contract('effective 2027-01-01', 'term {', '  initial 12 months', '}', 'termination {', '  for_convenience provider notice 2 months', '}');
    const parsed = parse(text);
    const fc = computeInlayHints(parsed).find((h) => h.keyword === 'for_convenience')!;
    expect(fc.label).toBe('notice by 2027-10-31 to end 2027-12-31');
    expect(fc.tooltip).toContain('the provider must give notice of termination for convenience by 2027-10-31 (2 months before that day)');
  });

  it('computes allowed downtime for every measurement period, and none for `once` or a missing percentage', () => {
    const text = contract(
      'effective 2027-01-01',
      'sla a for s {',
      '  uptime 99.99% yearly',
      '  uptime 99.5% weekly',
      '  uptime 99% daily',
      '  uptime 99.9% quarterly',
      '  uptime 100% monthly',
      '  uptime 99.9% once',
      '  uptime monthly',
      '}',
    );
    expect(hints(text)).toEqual(['4: ≤ 52 min 36 s/year', '5: ≤ 50 min 24 s/week', '6: ≤ 14 min 24 s/day', '7: ≤ 2 h 11 min 30 s/quarter', '8: ≤ 0 s/month']);
  });

  it('gives each contract of a file its own dates', () => {
    const a = contract('effective 2027-01-01', 'term {', '  initial 12 months', '}');
    const b = contract('effective 2030-06-15', 'term {', '  initial 6 months', '}');
    expect(hints(a + b)).toEqual(['4: ends 2027-12-31', '10: ends 2030-12-14']);
  });

  it('keeps only the hints inside the requested range', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8');
    const parsed = parse(text);
    const start = text.indexOf('term {');
    const end = text.indexOf('termination {');
    expect(computeInlayHints(parsed, { start, end }).map((h) => h.keyword)).toEqual(['initial', 'renewal']);
    expect(computeInlayHints(parsed, { start: 0, end: 10 })).toEqual([]);
  });

  it('converts to LSP inlay hints at the statement end, padded on the left', () => {
    const text = contract('effective 2027-01-01', 'term {', '  initial 24 months // two years', '}');
    const parsed = parse(text);
    const [hint] = toLspInlayHints(parsed, computeInlayHints(parsed));
    expect(hint).toMatchObject({ position: { line: 3, character: '    initial 24 months'.length }, label: 'ends 2028-12-31', paddingLeft: true });
    expect(typeof hint!.tooltip).toBe('string');
  });

  it('never throws on broken text', () => {
    for (const text of ['', 'contract', 'contract "x" {', 'contract "x" { term { initial } renewal automatic notice }', 'contract "x" {\n effective 2027-01-01\n term { initial -3 months\n renewal automatic 0 days notice 0 days }\n}']) {
      expect(() => computeInlayHints(parse(text))).not.toThrow();
    }
  });
});

describe('inlay hints of version-2 statements', () => {
  it('gives an extension option the last day to exercise it', () => {
    const text = contract('effective 2027-01-01', 'term {', '  initial 24 months', '  extension client 36 months notice 90 days', '}');
    expect(hints(text)).toEqual(['4: ends 2028-12-31', '5: notice by 2028-10-02']);
    const ext = computeInlayHints(parse(text)).find((h) => h.keyword === 'extension')!;
    expect(ext.tooltip).toBe(
      'To extend the agreement beyond its initial term, which ends on 2028-12-31, the client must give notice by 2028-10-02 (90 days before that day); it then runs through 2031-12-31.',
    );
  });

  it('gives no extension hint without a term end', () => {
    expect(hints(contract('id "x"', 'term {', '  until_terminated', '  extension client 12 months notice 90 days', '}'))).toEqual([]);
  });

  it('puts a liability cap in months of fees into money when the fee is known', () => {
    const text = contract('id "x"', 'payment {', '  fee 12500 USD monthly', '}', 'liability {', '  cap 12 months fees', '  super_cap data_breach 36 months fees', '  cap 1000000 USD', '}');
    expect(hints(text)).toEqual(['7: ≈ 150,000.00 USD', '8: ≈ 450,000.00 USD']);
    expect(hints(contract('id "x"', 'liability {', '  cap 12 months fees', '}'))).toEqual([]);
  });
});
