/**
 * The quick fixes of the language rules never write a term the drafter did not
 * choose (issue 11): every lexicon fix is not preferred and carries its values
 * as tab stops; "to be agreed" points only at clauses the contract has, and
 * "verbally agreed" never at the clause it stands in.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { snippetToText } from '../../server/core/rules/util.js';
import { applyFix } from '../helpers/apply-fix.js';

const contract = (clauses: string) => `contract "X" {
  party provider acme "Acme" { address "1 Main St" notices "a@acme.example" }
  party client globex "Globex" { address "2 Main St" notices "c@globex.example" }
${clauses}
}
`;

const clause = (name: string, text: string) => `  clause ${name} "${name}" {\n    text """\n      ${text}\n    """\n  }\n`;

function findings(text: string, code: string) {
  return analyze(text).diagnostics.filter((d) => d.code === code);
}

describe('lexicon fixes', () => {
  it('are never preferred, and their snippet and plain edit agree', () => {
    const text = contract(
      clause('terms', 'The provider will use commercially reasonable efforts to restore service promptly, reviews logs from time to time, and extras are to be agreed. Extras as verbally agreed apply, and approximately 40 servers follow industry standards.') +
        clause('pricing', 'Sites cost 400 USD a month.'),
    );
    const ds = analyze(text).diagnostics.filter((d) => ['vague-term', 'agreement-to-agree', 'verbal-agreement'].includes(d.code));
    expect(ds.length).toBeGreaterThan(5);
    for (const d of ds) {
      for (const f of d.fixes) {
        expect(f.preferred, f.title).toBe(false);
        expect(f.mechanical, f.title).not.toBe(true);
        expect(f.snippet, f.title).toBeDefined();
        expect(snippetToText(f.snippet!), f.title).toBe(f.edits[0]!.newText);
      }
    }
  });

  it('turn "to be agreed" into a choice of the clauses the contract has, never the one it stands in', () => {
    const text = contract(clause('terms', 'Fees for extra sites are to be agreed.') + clause('pricing', 'Sites cost 400 USD a month.') + clause('extras', 'Two visits are included.'));
    const [d] = findings(text, 'agreement-to-agree');
    const fix = d!.fixes[0]!;
    expect(fix.snippet).toBe('as set out in clause ${1|pricing,extras|}');
    expect(fix.snippet).not.toContain('terms');
    expect(findings(applyFix(text, fix), 'undefined-reference')).toEqual([]);
  });

  it('give a placeholder for the drafter\'s words when the contract has no other clause', () => {
    const text = contract(clause('terms', 'Fees for extra sites are to be agreed.'));
    const fix = findings(text, 'agreement-to-agree')[0]!.fixes[0]!;
    expect(fix.snippet).toBe('${1:the agreed terms}');
    expect(findings(applyFix(text, fix), 'undefined-reference')).toEqual([]);
  });

  it('never make "verbally agreed" point at the clause it stands in', () => {
    const alone = contract(clause('extras', 'On-site visits are included, as verbally agreed with the account manager.'));
    const fixAlone = findings(alone, 'verbal-agreement')[0]!.fixes[0]!;
    expect(fixAlone.snippet).not.toContain('extras');
    expect(findings(applyFix(alone, fixAlone), 'undefined-reference')).toEqual([]);
    const two = contract(clause('extras', 'On-site visits are included, as verbally agreed with the account manager.') + clause('visits', 'Two visits a month.'));
    expect(findings(two, 'verbal-agreement')[0]!.fixes[0]!.snippet).toBe('agreed in writing in clause ${1|visits|}');
  });

  it('promise the result instead of an efforts standard after will or shall', () => {
    const text = contract(clause('terms', 'The provider will use all commercially reasonable endeavours to restore service.'));
    const fix = findings(text, 'vague-term')[0]!.fixes[0]!;
    expect(fix.title).toBe('Promise the result: remove "use all commercially reasonable endeavours to"');
    expect(applyFix(text, fix)).toContain('The provider will restore service.');
  });

  it('offer both readings of a number in words that disagrees with its digits, neither preferred', () => {
    const text = contract(clause('terms', 'Complaints are answered within ten (20) business days.'));
    const [d] = findings(text, 'number-mismatch');
    expect(d!.severity).toBe('error');
    expect(d!.fixes.map((f) => f.title)).toEqual(['Use 10 in both (the number in words)', 'Use 20 in both (the number in digits)']);
    expect(d!.fixes.every((f) => f.preferred === false)).toBe(true);
    expect(applyFix(text, d!.fixes[0]!)).toContain('within ten (10) business days');
    expect(applyFix(text, d!.fixes[1]!)).toContain('within twenty (20) business days');
  });

  it('add a clause named after a prose reference to a missing clause, with the reference\'s words as its heading', () => {
    const text = contract(clause('terms', 'Extra sites are charged as set out in the Pricing clause.'));
    const [d] = findings(text, 'undefined-reference');
    expect(d!.message).toContain('no clause pricing');
    const fixed = applyFix(text, d!.fixes[0]!);
    expect(fixed).toContain('clause pricing "Pricing" {');
    expect(findings(fixed, 'undefined-reference')).toEqual([]);
  });
});
