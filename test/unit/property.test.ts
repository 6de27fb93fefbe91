/**
 * Property tests (fast-check): whatever the text — arbitrary unicode, line
 * breaks, or a real contract cut up by random edits — `analyze` never throws,
 * no rule crashes (no `internal-error`), and every diagnostic range lies inside
 * the document with its start before its end. Run counts stay moderate for CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, SCHEMA } from '../../grammar/index.js';
import { analyze, INTERNAL_ERROR, type Diagnostic } from '../../server/core/index.js';

const EXAMPLES = path.join(__dirname, '../../examples');
const examples = ['managed-services.contract', 'vague-services.contract'].map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Checks the invariants of one analysis; returns a description of the first violation, if any. */
function violation(text: string): string | undefined {
  const { diagnostics, parse: p } = analyze(text);
  const lastLine = p.lines.lineCount - 1;
  for (const i of p.issues) {
    if (!(0 <= i.span.start && i.span.start <= i.span.end && i.span.end <= text.length)) return `issue out of range: ${JSON.stringify(i)}`;
  }
  for (const d of diagnostics as Diagnostic[]) {
    if (d.code === INTERNAL_ERROR) return `a rule crashed: ${d.message}`;
    const { start, end } = d.range;
    if (!(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length)) return `span out of range: ${d.code} ${JSON.stringify(d.span)}`;
    if (start.line < 0 || end.line > lastLine || start.line > end.line || (start.line === end.line && start.character > end.character)) {
      return `range out of order or outside: ${d.code} ${JSON.stringify(d.range)}`;
    }
    if (end.character > p.lines.lineText(end.line).length || start.character > p.lines.lineText(start.line).length) {
      return `range past the end of its line: ${d.code} ${JSON.stringify(d.range)}`;
    }
    for (const f of d.fixes) {
      for (const e of f.edits) if (!(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length)) return `fix edit out of range: ${d.code}`;
    }
  }
  return undefined;
}

/** Language tokens, punctuation and troublemakers that random edits splice in. */
const VOCABULARY = [
  ...new Set(Object.values(SCHEMA).flatMap((specs) => specs.map((s) => s.keyword))),
  'provider', 'client', 'either', 'for', 'within', 'respond', 'resolve', 'when', 'below', 'per', 'breach', 'cap', 'notice', 'ends',
  'automatic', 'monthly', 'once', 'minutes', 'business_days', 'USD', 'EUR', 'XYZ', 'HRK', 'GDPR',
  '{', '}', '{ }', ',', '"', '"""', '/*', '*/', '//', '\\', '\n', '\r\n', '\r', ' ', '\t',
  '99.9%', '100%', '150%', '15', '1_000.50', '2027-02-30', '2027-01-01', '24x7', '30 days', '12500 USD',
  '"best efforts"', '"""\n text \n"""', '// contract-disable-next-line', '€', '😀', 'é', '\u0000', '\uffff', '\u2028',
];

const lineBreaky = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r\n', '\r', '{', '}', '"', ' '), fc.string({ unit: 'grapheme', maxLength: 3 })), maxLength: 200 });

/** A random edit: insert, delete or replace a slice, with random or vocabulary text. */
const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 40 }),
  text: fc.oneof(fc.constantFrom(...VOCABULARY), fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 6 }).map((a) => a.join(' ')), fc.string({ unit: 'binary', maxLength: 12 })),
});

interface Edit {
  kind: string;
  at: number;
  length: number;
  text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.min(out.length, Math.floor(e.at * (out.length + 1)));
    const end = Math.min(out.length, at + e.length);
    if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(end);
    else out = out.slice(0, at) + e.text + out.slice(end);
  }
  return out;
}

describe('analysis is total', () => {
  it('arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(violation(text)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('strings rich in line breaks, braces and quotes', () => {
    fc.assert(
      fc.property(lineBreaky, (text) => {
        expect(violation(text)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('sequences of language tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 80 }), (words) => {
        expect(violation(words.join(' '))).toBeUndefined();
        expect(violation(`contract "T" {\n${words.join(' ')}\n}`)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  examples.forEach((example, i) => {
    it(`random edits of example ${i + 1}`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
          expect(violation(applyEdits(example, edits))).toBeUndefined();
        }),
        { numRuns: 150 },
      );
    });
  });

  it('every prefix of an example (as if typed from the top)', () => {
    const text = examples[0]!;
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (n) => {
        expect(violation(text.slice(0, n))).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('parse is deterministic: the same text gives the same issues', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const text = applyEdits(examples[1]!, edits);
        // The parser instance is reused between documents, so parse something else in between.
        const first = parse(text).issues;
        parse(examples[0]!);
        expect(parse(text).issues).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});

describe('dedent (the value of a text block)', () => {
  /** The first implementation, kept as the reference: split, trim and slice line by line. */
  function reference(raw: string): string {
    const lines = raw.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[0]!.trim() === '') lines.shift();
    if (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
    let common = Infinity;
    for (const line of lines) {
      if (line.trim() === '') continue;
      common = Math.min(common, line.length - line.trimStart().length);
    }
    if (!Number.isFinite(common)) common = 0;
    return lines.map((l) => l.slice(common)).join('\n');
  }
  it('gives what splitting, trimming and slicing each line gives, on any mix of indentation, blank lines and line breaks', async () => {
    const { dedent } = await import('../../grammar/tree.js');
    const piece = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\n', '\r\n', '\r', '\u2028', 'a', 'word', '"', '·');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => dedent(pieces.join('')) === reference(pieces.join(''))), { numRuns: 3000 });
    for (const text of examples) expect(dedent(text)).toBe(reference(text));
  });
});
