/**
 * Version-1 contracts keep their meaning: every contract of the version-1
 * fixtures and examples (test/fixtures/v1-baseline.json, written by
 * scripts/v1-baseline.mjs at 0409aad, the last commit before version 2, with
 * each file's text) is analysed now and compared with the diagnostics version 1
 * gave it. Allowed:
 *   1. a diagnostic of a code new in version 2 (CATALOGUE_V2) may be added;
 *   2. the rules RULES-V2.md says changed may differ (listed on the console,
 *      every difference, so a reviewer sees them);
 *   3. a message may now name UK_GDPR in its list of regulations, and a
 *      message that lists the accepted forms in backquotes may list the
 *      version-2 forms too (same words otherwise, every old form kept).
 * Anything else — a version-1 diagnostic lost or changed, a new one of an
 * unchanged version-1 code — fails with the list of differences.
 *
 * A property: lines of the version-1 examples deleted or duplicated at random
 * (so every word is one version 1 accepted there) never give `invalid-value`
 * on a word that stands where it stood in the original.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type Statement } from '../../grammar/index.js';
import { analyze, type Diagnostic } from '../../server/core/index.js';
import { CATALOGUE_V2 } from '../helpers/catalogue.js';
import { parseFixture } from '../helpers/fixtures.js';

interface Entry {
  code: string;
  severity: string;
  /** start line, start character, end line, end character (0-based). */
  range: [number, number, number, number];
  message: string;
}
interface Baseline {
  commit?: string;
  files: Record<string, { text: string; diagnostics: Entry[] }>;
}

const BASELINE: Baseline = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/v1-baseline.json'), 'utf8'));

/** Version-1 rules that RULES-V2.md changes ("Version-1 rules that must change"). */
const CHANGED = new Set([
  'payment-no-amount', // a usage model with rates has an amount
  'sla-no-remedy', // every credit form counts
  'renewal-notice-too-long', // one calendar model for business time
  'sla-inconsistent', // same, and extended
  'sla-unrealistic',
  'dp-breach-notice-too-slow',
  'missing-unit', // one problem reported once: unitless and vague is one diagnostic
  'vague-term',
  'agreement-to-agree', // issue 10: prose read by classes and judged on the sentence
  'verbal-agreement', // issue 10: the same
  'unknown-currency', // issue 10: a withdrawn code's message says what replaced it and why
  'undefined-reference', // issue 10: the proposed clause is headed in the words of the reference
]);
/**
 * Issue 10 part 4, messages fit the Problems panel: these rules' messages were
 * rewritten so that the first sentence says what is wrong and the fix (the
 * explanation moved to the rule's page and the hover). Only the message may
 * differ: the code, severity and range of each diagnostic must stay the same.
 */
const REWORDED = new Set([
  // Rewritten rules with diagnostics in the version-1 baseline (the other rewritten codes are version 2's).
  'dp-no-breach-notice',
  'invalid-date',
  'invalid-percent',
  'missing-data-protection',
  'missing-sla',
  // Blocks nested too deep: the message names the fix first (a stray character's syntax-error too, see STRAY_CHARACTER).
  'nesting-too-deep',
  // Also in CHANGED, which already allows them any difference.
  'dp-breach-notice-too-slow',
  'renewal-notice-too-long',
  'sla-inconsistent',
  'sla-unrealistic',
  'vague-term',
  'agreement-to-agree',
  'verbal-agreement',
]);
const REWORDED_REASON = 'message rewritten (issue 10 part 4)';
/** The syntax-error of a stray character, rewritten to name the fix first (other syntax errors keep their own rules). */
const STRAY_CHARACTER = /^Remove the unexpected characters? "/;
/**
 * Issue 10, one place, one report: these findings moved within their line off
 * a range another finding reports (`uptime 100%` is sla-unrealistic's, a
 * renewal line renewal-no-notice's, an SLA's head line its absences').
 */
const MOVED_ON_LINE = new Set(['sla-no-window', 'payment-uncapped-increase', 'syntax-error']);
/** Issue 10: said only when a statement of the block follows on the line. */
const OWN_LINE = 'Put each statement on its own line.';
/** The two codes of "one problem is reported once": a lost one must leave another diagnostic at its place. */
const REPORTED_ONCE = new Set(['missing-unit', 'vague-term']);
const NEW_CODES = new Set(CATALOGUE_V2);

function entry(d: Diagnostic): Entry {
  return { code: d.code, severity: d.severity, range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], message: d.message };
}
const at = (e: Entry) => `${e.range[0] + 1}:${e.range[1] + 1}-${e.range[2] + 1}:${e.range[3] + 1}`;
const show = (e: Entry) => `${at(e)} ${e.code} [${e.severity}] "${e.message}"`;
const same = (a: Entry, b: Entry) => a.code === b.code && a.severity === b.severity && a.message === b.message && a.range.every((v, i) => v === b.range[i]);
const sameRange = (a: Entry, b: Entry) => a.range.every((v, i) => v === b.range[i]);
const overlaps = (a: Entry, b: Entry) =>
  !(a.range[2] < b.range[0] || (a.range[2] === b.range[0] && a.range[3] <= b.range[1]) || b.range[2] < a.range[0] || (b.range[2] === a.range[0] && b.range[3] <= a.range[1]));
/** A message with the regulation UK_GDPR taken out of its lists ("GDPR, UK_GDPR, HIPAA" → "GDPR, HIPAA"). */
const withoutUkGdpr = (m: string) => m.replace(/,\s*UK_GDPR\b/g, '').replace(/\bUK_GDPR,\s*/g, '').replace(/\s*(?:,|or|and)?\s*UK_GDPR\b/g, '');

/** The prose of a message, without its `code` spans and list separators. */
const prose = (m: string) => m.replace(/`[^`]*`/g, '`').replace(/`(?:\s*(?:,|or|and)\s*`)+/g, '`').replace(/\s+/g, ' ');
const forms = (m: string): string[] => m.match(/`[^`]*`/g) ?? [];
/** The new message lists more forms in backquotes than the old one, and says the same otherwise. */
const listsMoreForms = (before: string, now: string) => {
  const added = forms(now).length > forms(before).length;
  return added && forms(before).every((f) => forms(now).includes(f)) && prose(before) === prose(now);
};

interface Difference {
  file: string;
  kind: 'added' | 'lost' | 'changed';
  before?: Entry;
  now?: Entry;
  /** Why it is allowed; undefined when it is not. */
  allowed?: string;
}

function describeDifference(d: Difference): string {
  const head = `${d.file}: ${d.kind}`;
  if (d.kind === 'changed') return `${head} ${at(d.before!)} ${d.before!.code}\n      was: [${d.before!.severity}] "${d.before!.message}"\n      now: [${d.now!.severity}] "${d.now!.message}"`;
  return `${head} ${show((d.before ?? d.now)!)}`;
}

/** The differences between version 1's diagnostics of a file and today's, each with its verdict. */
function compare(file: string, before: Entry[], now: Entry[]): Difference[] {
  const lost = before.filter((b) => {
    const i = now.findIndex((n) => same(n, b));
    return i < 0;
  });
  const remaining = [...now];
  for (const b of before) {
    const i = remaining.findIndex((n) => same(n, b));
    if (i >= 0) remaining.splice(i, 1);
  }
  const added = remaining;
  const out: Difference[] = [];
  // The same finding moved within its line (MOVED_ON_LINE) is allowed.
  for (const b of [...lost]) {
    if (!MOVED_ON_LINE.has(b.code)) continue;
    const i = added.findIndex((n) => n.code === b.code && n.severity === b.severity && n.message === b.message && n.range[0] === b.range[0] && n.range[2] === b.range[2] && !sameRange(n, b));
    if (i < 0) continue;
    const n = added.splice(i, 1)[0]!;
    lost.splice(lost.indexOf(b), 1);
    out.push({ file, kind: 'changed', before: b, now: n, allowed: 'moved within its line (one place, one report)' });
  }
  // A lost and an added diagnostic of the same code at the same range is one changed diagnostic.
  for (const b of lost) {
    const i = added.findIndex((n) => n.code === b.code && sameRange(n, b));
    if (i >= 0) {
      const n = added.splice(i, 1)[0]!;
      let allowed: string | undefined;
      if (CHANGED.has(b.code)) allowed = 'rule changed in version 2';
      else if (REWORDED.has(b.code) && n.severity === b.severity) allowed = REWORDED_REASON;
      else if (b.code === 'syntax-error' && n.severity === b.severity && STRAY_CHARACTER.test(n.message) && /^Unexpected characters? `/.test(b.message)) allowed = REWORDED_REASON;
      else if (b.code === 'syntax-error' && n.severity === b.severity && b.message === `${n.message} ${OWN_LINE}`) allowed = 'no own-line advice when no statement follows';
      else if (n.severity === b.severity && withoutUkGdpr(n.message) === withoutUkGdpr(b.message) && n.message.includes('UK_GDPR')) allowed = 'names UK_GDPR';
      else if (n.severity === b.severity && listsMoreForms(b.message, n.message)) allowed = 'lists the version-2 forms too';
      out.push({ file, kind: 'changed', before: b, now: n, allowed });
    } else {
      let allowed: string | undefined;
      if (REPORTED_ONCE.has(b.code)) {
        const other = now.find((n) => n !== b && overlaps(n, b) && !same(n, b));
        allowed = other ? `reported once, as ${other.code}` : undefined;
      } else if (CHANGED.has(b.code)) allowed = 'rule changed in version 2';
      else if (b.code === 'syntax-error') {
        // Issue 10: a misspelt unit (`4 hrs`) is reported once, by missing-unit on the number, quoting the word.
        const word = /^`[^`]+` does not take the word (`[^`]+`)/.exec(b.message)?.[1];
        const other = word ? now.find((n) => n.code === 'missing-unit' && n.range[0] === b.range[0] && n.message.includes(`${word} is not a unit`)) : undefined;
        if (other) allowed = 'reported once, as missing-unit';
      }
      out.push({ file, kind: 'lost', before: b, allowed });
    }
  }
  for (const n of added) {
    const allowed = NEW_CODES.has(n.code) ? 'new in version 2' : CHANGED.has(n.code) ? 'rule changed in version 2' : undefined;
    out.push({ file, kind: 'added', now: n, allowed });
  }
  return out;
}

function analyseNow(text: string): Entry[] {
  const { config } = parseFixture(text);
  return analyze(text, config).diagnostics.map(entry);
}

describe('version-1 contracts keep their diagnostics', () => {
  const files = Object.keys(BASELINE.files).sort();

  it('the baseline covers the version-1 fixtures and examples', () => {
    expect(files.length).toBeGreaterThan(150);
    for (const dir of ['test/fixtures/rules/', 'test/fixtures/parser/', 'examples/']) expect(files.some((f) => f.startsWith(dir))).toBe(true);
  });

  it('every difference is one RULES-V2 allows', () => {
    const differences: Difference[] = [];
    for (const file of files) {
      const { text, diagnostics } = BASELINE.files[file]!;
      differences.push(...compare(file, diagnostics, analyseNow(text)));
    }
    const newCodes = new Map<string, number>();
    for (const d of differences) if (d.allowed === 'new in version 2') newCodes.set(d.now!.code, (newCodes.get(d.now!.code) ?? 0) + 1);
    const changed = differences.filter((d) => d.allowed && d.allowed !== 'new in version 2');
    const wrong = differences.filter((d) => !d.allowed);
    const report: string[] = [];
    if (newCodes.size) report.push(`Version-2 codes added to version-1 contracts: ${[...newCodes].sort().map(([c, n]) => `${c} ×${n}`).join(', ')}`);
    if (changed.length) report.push(`Allowed differences (rules that changed in version 2, longer lists of accepted words), ${changed.length}:\n  ${changed.map((d) => `${describeDifference(d)}  (${d.allowed})`).join('\n  ')}`);
    if (report.length) console.log(report.join('\n'));
    expect(
      wrong.map(describeDifference),
      `${wrong.length} version-1 diagnostic(s) changed where RULES-V2 changes nothing (lost or changed version-1 diagnostics, new diagnostics of unchanged version-1 codes):\n  ${wrong.map(describeDifference).join('\n  ')}`,
    ).toEqual([]);
    // Every allowed difference is of an allowed code.
    for (const d of changed)
      expect(
        [...CHANGED].includes((d.before ?? d.now)!.code) ||
          ['names UK_GDPR', 'lists the version-2 forms too', REWORDED_REASON, 'no own-line advice when no statement follows', 'reported once, as missing-unit', 'moved within its line (one place, one report)'].includes(
            d.allowed!,
          ),
        describeDifference(d),
      ).toBe(true);
  });
});

describe('the comparison itself', () => {
  const e = (code: string, line: number, message = 'm', severity = 'warning'): Entry => ({ code, severity, range: [line, 2, line, 9], message });
  const verdicts = (before: Entry[], now: Entry[]) => compare('f', before, now).map((d) => `${d.kind} ${(d.before ?? d.now)!.code} ${d.allowed ?? 'FAILS'}`);

  it('fails on a lost, changed or added version-1 diagnostic of an unchanged rule', () => {
    expect(verdicts([e('payment-no-currency', 3)], [])).toEqual(['lost payment-no-currency FAILS']);
    expect(verdicts([e('payment-no-currency', 3)], [e('payment-no-currency', 3, 'other')])).toEqual(['changed payment-no-currency FAILS']);
    expect(verdicts([e('payment-no-currency', 3)], [e('payment-no-currency', 3, 'm', 'error')])).toEqual(['changed payment-no-currency FAILS']);
    expect(verdicts([], [e('missing-sla', 0)])).toEqual(['added missing-sla FAILS']);
    expect(verdicts([], [e('internal-error', 0)])).toEqual(['added internal-error FAILS']);
  });

  it('allows version-2 codes, the changed rules, and longer lists of accepted words', () => {
    expect(verdicts([e('missing-sla', 0)], [e('missing-sla', 0), e('missing-liability', 0)])).toEqual(['added missing-liability new in version 2']);
    expect(verdicts([e('sla-no-remedy', 4)], [])).toEqual(['lost sla-no-remedy rule changed in version 2']);
    expect(verdicts([e('dp-no-regulation', 4, 'accepted: GDPR, HIPAA')], [e('dp-no-regulation', 4, 'accepted: GDPR, UK_GDPR, HIPAA')])).toEqual([
      'changed dp-no-regulation names UK_GDPR',
    ]);
    expect(verdicts([e('syntax-error', 1, 'Say: `a` or `b`.')], [e('syntax-error', 1, 'Say: `a`, `b` or `c`.')])).toEqual(['changed syntax-error lists the version-2 forms too']);
    expect(verdicts([e('syntax-error', 1, 'Say: `a` or `b`.')], [e('syntax-error', 1, 'Write: `a`, `b` or `c`.')])).toEqual(['changed syntax-error FAILS']);
    expect(verdicts([e('syntax-error', 1, 'Say: `a` or `b`.')], [e('syntax-error', 1, 'Say: `a` or `c`.')])).toEqual(['changed syntax-error FAILS']);
  });

  it('a rewritten message is allowed only at the same place, with the same code and severity', () => {
    expect(verdicts([e('missing-sla', 3)], [e('missing-sla', 3, 'other')])).toEqual(['changed missing-sla message rewritten (issue 10 part 4)']);
    expect(verdicts([e('missing-sla', 3)], [e('missing-sla', 3, 'other', 'error')])).toEqual(['changed missing-sla FAILS']);
    expect(verdicts([e('missing-sla', 3)], [e('missing-sla', 4, 'other')])).toEqual(['lost missing-sla FAILS', 'added missing-sla FAILS']);
  });

  it('a lost missing-unit or vague-term is allowed only where another diagnostic still reports that place', () => {
    expect(verdicts([e('missing-unit', 5), e('vague-term', 5)], [e('vague-term', 5)])).toEqual(['lost missing-unit reported once, as vague-term']);
    expect(verdicts([e('missing-unit', 5)], [])).toEqual(['lost missing-unit FAILS']);
  });
});

// ---------------------------------------------------------------------------
// Random edits within version 1.

const V1_EXAMPLES = Object.keys(BASELINE.files).filter((f) => f.startsWith('examples/'));

/** The place a statement stands: the keywords of the blocks around it and its own. */
function places(statements: Statement[], around: string[] = [], out = new Map<Statement, string>()): Map<Statement, string> {
  for (const s of statements) {
    const here = [...around, s.keyword ?? '?'];
    out.set(s, here.join(' > '));
    if (s.block) places(s.block.statements, here, out);
  }
  return out;
}

/** Every `place: word` (word under the cursor of a statement's head or arguments) of a text. */
function wordsInPlace(text: string): Set<string> {
  const out = new Set<string>();
  const p = parse(text);
  for (const [s, place] of places(p.statements)) {
    for (const v of s.args) out.add(`${place}: ${text.slice(v.span.start, v.span.end)}`);
  }
  return out;
}

/** The `place: word` of a diagnostic: the statement whose arguments hold its span. */
function placeOf(text: string, d: Diagnostic): string | undefined {
  const p = parse(text);
  for (const [s, place] of places(p.statements)) {
    if (s.lineSpan.start <= d.span.start && d.span.end <= s.lineSpan.end) {
      for (const v of s.args) if (v.span.start <= d.span.start && d.span.end <= v.span.end) return `${place}: ${text.slice(v.span.start, v.span.end)}`;
    }
  }
  return undefined;
}

/** A random line edit: delete or duplicate the line at a relative position. */
const lineEdit = fc.record({ kind: fc.constantFrom('delete', 'duplicate'), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) });

function applyLineEdits(text: string, edits: { kind: string; at: number }[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    if (!lines.length) break;
    const i = Math.floor(e.at * lines.length);
    if (e.kind === 'delete') lines.splice(i, 1);
    else lines.splice(i, 0, lines[i]!);
  }
  return lines.join('\n');
}

describe('random edits within version 1', () => {
  it('a word is found in its place', () => {
    const text = BASELINE.files['examples/managed-services.contract']!.text;
    expect(wordsInPlace(text).has('contract > payment > late_fee: monthly')).toBe(true);
    const edited = text.replace('late_fee 1.5% monthly', 'late_fee 1.5% fortnightly');
    const d = analyze(edited).diagnostics.find((x) => x.code === 'invalid-value');
    expect(d && placeOf(edited, d)).toBe('contract > payment > late_fee: fortnightly');
  });

  it('the version-1 examples themselves have no invalid-value', () => {
    for (const f of V1_EXAMPLES) {
      const text = BASELINE.files[f]!.text;
      const bad = analyze(text).diagnostics.filter((d) => d.code === 'invalid-value');
      expect(bad.map((d) => `${f} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)).toEqual([]);
    }
  });

  for (const f of V1_EXAMPLES) {
    const original = BASELINE.files[f]!.text;
    const accepted = wordsInPlace(original);
    it(`lines of ${f} deleted and duplicated give no invalid-value on a word version 1 accepted there`, () => {
      fc.assert(
        fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 6 }), (edits) => {
          const text = applyLineEdits(original, edits);
          const wrong = analyze(text)
            .diagnostics.filter((d) => d.code === 'invalid-value')
            .map((d) => ({ d, place: placeOf(text, d) }))
            // A word that an edit moved into another block (its opening line deleted) stands in a new place.
            .filter(({ place }) => place === undefined || accepted.has(place))
            .map(({ d, place }) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${place ?? '(no statement)'} — ${d.message}`);
          expect(wrong, `invalid-value on words version 1 accepted, after ${JSON.stringify(edits)}`).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });
  }
});
