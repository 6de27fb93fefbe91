/**
 * A quick fix never creates a problem it does not report. Every fix offered on
 * every bad rule fixture and both examples is applied on its own (its plain
 * edit: the snippet with its suggested values), and the contract analysed again:
 *
 * - the problem it was offered for is gone;
 * - no error or warning appears that was not there (counted per code);
 * - no prose reference points at a clause, schedule or party that does not
 *   exist, or at the clause it stands in, unless it did before.
 *
 * The same holds on random contracts (fast-check over bench/generate.mjs,
 * with random lines left out so that there is something to fix).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type Statement } from '../../grammar/index.js';
import { analyze, DEFAULT_CONFIG, RULES, type Diagnostic, type Fix, type ResolvedConfig } from '../../server/core/index.js';
import { applyFix, badFixturesAndExamples } from '../helpers/apply-fix.js';
import { generateContract } from '../../bench/generate.mjs';

const cases = badFixturesAndExamples;

/** Errors and warnings counted per code. */
function problemCounts(ds: readonly Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of ds) if (d.severity !== 'info') m.set(d.code, (m.get(d.code) ?? 0) + 1);
  return m;
}

const ATTACHMENT = /\b(Schedule|Exhibit|Annex|Appendix|Attachment)s?\s+([A-Z]|\d{1,3}(?:\.\d{1,3})?|[IVX]{2,5})(?![\p{L}\p{N}_])/gu;
const CLAUSE_REF = /\bclauses?\s+([a-z][a-z0-9_]*)/g;
/** A party named by its identifier (`party acme_corp`); "each party keeps" is English, not a reference. */
const PARTY_REF = /\bpart(?:y|ies)\s+`?([a-z][a-z0-9]*[_0-9][a-z0-9_]*)`?/g;

/** The word arguments of a statement, in order. */
function words(s: Statement): string[] {
  return s.args.flatMap((a) => (a.kind === 'word' ? [a.text] : []));
}

/**
 * The prose references of a text that point nowhere: at a clause, schedule
 * (exhibit, annex, …) or party the file does not define, or at the clause the
 * reference stands in. Read from the statement tree alone, so that a
 * misspelt `contract` keyword does not hide its prose. Each as a string.
 */
export function danglingReferences(text: string): string[] {
  const p = parse(text);
  const clauses = new Set<string>();
  const parties = new Set<string>();
  const attachments = new Map<string, string>();
  const collect = (stmts: readonly Statement[]) => {
    for (const s of stmts) {
      if (s.keyword === 'clause') {
        const name = words(s)[0] ?? '';
        clauses.add(name);
        const m = /^(schedule|exhibit|annex|appendix|attachment)_?([a-z0-9]+(?:_[0-9]+)?)$/i.exec(name);
        if (m) attachments.set(`${m[1]!.toLowerCase()} ${m[2]!.replace(/_/g, '.').toUpperCase()}`, name);
        const heading = s.args.find((a) => a.kind === 'string');
        if (heading?.kind === 'string') for (const r of heading.value.matchAll(ATTACHMENT)) attachments.set(`${r[1]!.toLowerCase()} ${r[2]!.toUpperCase()}`, name);
      }
      if (s.keyword === 'party') for (const w of words(s).slice(1, 2)) parties.add(w);
      if (s.block) collect(s.block.statements);
    }
  };
  collect(p.statements);
  const out: string[] = [];
  const walk = (stmts: readonly Statement[], inClause: string | undefined) => {
    for (const s of stmts) {
      const own = s.keyword === 'clause' ? words(s)[0] : inClause;
      const heading = s.keyword === 'clause' ? s.args.find((a) => a.kind === 'string') : undefined;
      for (const v of s.args) {
        // A clause's own heading names it; it is not a reference.
        if ((v.kind !== 'string' && v.kind !== 'textblock') || v === heading) continue;
        const prose = v.value;
        const where = own ? ` (in clause ${own})` : '';
        for (const m of prose.matchAll(CLAUSE_REF)) {
          const target = m[1]!;
          if (!clauses.has(target)) out.push(`clause -> ${target} (no such clause)${where}`);
          else if (target === own) out.push(`clause -> ${target} (itself)`);
        }
        for (const m of prose.matchAll(ATTACHMENT)) {
          const key = `${m[1]!.toLowerCase()} ${m[2]!.toUpperCase()}`;
          const home = attachments.get(key);
          if (home === undefined) out.push(`${key} (no such attachment)${where}`);
          else if (home === own) out.push(`${key} (itself)`);
        }
        for (const m of prose.matchAll(PARTY_REF)) if (!parties.has(m[1]!)) out.push(`party -> ${m[1]} (no such party)${where}`);
      }
      if (s.block) walk(s.block.statements, own);
    }
  };
  walk(p.statements, undefined);
  return out.sort();
}

/** The items of `after` not matched by an item of `before` (multisets). */
function added(before: readonly string[], after: readonly string[]): string[] {
  const left = [...before];
  return after.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * Fixes known to break the rule, each with the reason it stands for now. Keep this list short: every entry
 * is a fix that writes a term which another check then reports.
 */
const KNOWN: { fix: string; adds: string; why: string }[] = [
];

const CATEGORY = new Map<string, string>(RULES.map((r) => [r.code, r.category]));
const STRUCTURAL = new Set(['syntax', 'references']);

/** What went wrong when `fix` (offered for `d`) is applied to `text`; empty when nothing did. */
export function fixViolations(text: string, config: ResolvedConfig, d: Diagnostic, fix: Fix, before: readonly Diagnostic[], refsBefore: readonly string[]): string[] {
  const fixed = applyFix(text, fix);
  const after = analyze(fixed, config).diagnostics;
  const out: string[] = [];
  const was = problemCounts(before);
  const now = problemCounts(after);
  if (after.filter((x) => x.code === d.code).length >= before.filter((x) => x.code === d.code).length) out.push(`does not remove its ${d.code}`);
  for (const [code, n] of now) {
    const allowed = (was.get(code) ?? 0) - (code === d.code && d.severity !== 'info' ? 1 : 0);
    // A mechanical fix writes nothing the contract does not determine: a misspelt keyword corrected or a line
    // moved lets the checks read the drafter's own words, and what they find there was already wrong. It must
    // still leave the text well formed and the names unambiguous.
    // So is a fix that only removes a line (of two that conflict, the one the drafter chose to drop).
    const writesNothing = fix.edits.every((e) => e.newText === '');
    if ((fix.mechanical || writesNothing) && !STRUCTURAL.has(CATEGORY.get(code) ?? 'syntax')) continue;
    if (KNOWN.some((k) => k.fix === d.code && k.adds === code)) continue;
    if (n > allowed) {
      const fresh = after.filter((x) => x.code === code && !before.some((y) => y.code === code && y.message === x.message));
      out.push(`adds ${code}: ${(fresh[0] ?? after.find((x) => x.code === code))!.message}`);
    }
  }
  for (const r of added(refsBefore, danglingReferences(fixed))) {
    if (KNOWN.some((k) => k.fix === d.code && k.adds === 'reference')) continue;
    out.push(`adds a reference that points nowhere: ${r}`);
  }
  return out;
}

const ALL = cases();

describe('a quick fix creates no problem it does not report', () => {
  it('the reference check finds references to missing clauses, schedules and parties, and a clause citing itself', () => {
    const text = `contract "T" {
  party provider acme "Acme"
  party client globex "Globex"
  clause pricing "Pricing" { text "As set out in clause pricing and Schedule A." }
  clause extras "Extras" { text "Agreed in writing in clause extras, clause fees, Exhibit 2 and by party initech_llc; each party keeps a copy." }
  clause schedule_a "Schedule A: Servers" { text "The servers." }
}
`;
    expect(danglingReferences(text)).toEqual([
      'clause -> extras (itself)',
      'clause -> fees (no such clause) (in clause extras)',
      'clause -> pricing (itself)',
      'exhibit 2 (no such attachment) (in clause extras)',
      'party -> initech_llc (no such party) (in clause extras)',
    ]);
  });

  let tried = 0;
  for (const c of ALL) {
    it(`${c.name}: every fix`, () => {
      const before = analyze(c.text, c.config).diagnostics;
      const refs = danglingReferences(c.text);
      const problems: string[] = [];
      for (const d of before) {
        for (const fix of d.fixes) {
          tried++;
          for (const v of fixViolations(c.text, c.config, d, fix, before, refs)) problems.push(`${d.code} "${fix.title}" ${v}`);
        }
      }
      expect(problems, `applying each fix of ${c.name}`).toEqual([]);
    });
  }

  it('tried many fixes', () => {
    expect(tried).toBeGreaterThan(300);
  });
});

/** The lines of a generated contract that hold one whole statement (no braces, no text block). */
function singleStatementLines(text: string): number[] {
  const lines = text.split('\n');
  const out: number[] = [];
  let inBlock = false;
  lines.forEach((l, i) => {
    if (l.includes('"""')) inBlock = !inBlock;
    else if (!inBlock && /^\s+[a-z_]+\b/.test(l) && !/[{}]/.test(l)) out.push(i);
  });
  return out;
}

describe('on random contracts', () => {
  it('every fix removes its problem and adds no error, warning or dangling reference', () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (seed, drops) => {
        const full = generateContract(60, seed) as string;
        const candidates = singleStatementLines(full);
        const dropped = new Set(drops.map((x) => candidates[Math.floor(x * candidates.length)]));
        const text = full
          .split('\n')
          .filter((_, i) => !dropped.has(i))
          .join('\n');
        const before = analyze(text, DEFAULT_CONFIG).diagnostics;
        const refs = danglingReferences(text);
        for (const d of before) {
          for (const fix of d.fixes) {
            tried++;
            expect(fixViolations(text, DEFAULT_CONFIG, d, fix, before, refs), `${d.code} "${fix.title}" on:\n${text}`).toEqual([]);
          }
        }
      }),
      { numRuns: 25 },
    );
    expect(tried, 'the random contracts had fixes to try').toBeGreaterThan(25);
  });
});
