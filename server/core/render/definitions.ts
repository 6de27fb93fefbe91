/**
 * The terms of the language that a rendered agreement may leave undefined:
 * business hours and business days. The language gives them a meaning (see
 * docs/language.md, Durations), but the signed text only carries that meaning
 * when the contract opts in with `definitions included`, which adds a
 * Definitions section listing the terms it uses. Without it, the review copy
 * notes, at the first paragraph that uses a term, that the document leaves it
 * undefined; the signing copy says nothing the contract does not.
 */
import type { Statement, Value } from '../../../grammar/index.js';
import { quoted } from './phrases.js';

/** A term of the language the document may use without defining it. */
export interface LanguageTerm {
  id: 'business_hours' | 'business_days';
  /** The term as the Definitions section heads it: "Business hours". */
  term: string;
  /** The term as a sentence uses it: "business hours". */
  inText: string;
  /** The meaning the language gives it, as the Definitions section writes it out. */
  definition: string;
  /** How Clausewise reads it, for the review note when the contract leaves it undefined. */
  reading: string;
}

/** The terms, in the order the Definitions section lists them. */
export const LANGUAGE_TERMS: readonly LanguageTerm[] = [
  {
    id: 'business_days',
    term: 'Business day',
    inText: 'business days',
    definition: `${quoted('Business day')} means a day from Monday to Friday; a period counted in business days counts only those days.`,
    reading: 'Clausewise counts them as Monday to Friday, public holidays included',
  },
  {
    id: 'business_hours',
    term: 'Business hours',
    inText: 'business hours',
    definition: `${quoted('Business hours')} means 9:00 to 17:00, Monday to Friday, in the Client’s time zone; a period counted in business hours runs only during them.`,
    reading: 'Clausewise reads them as 9:00 to 17:00, Monday to Friday, in the Client’s time zone',
  },
];

/** `definitions included | none`, the contract's choice; undefined when it does not say. */
export type DefinitionsMode = 'included' | 'none';

/** The contract's `definitions` statement, if any (the first one counts). */
export function definitionsStatement(contract: Statement): { stmt: Statement; mode?: DefinitionsMode } | undefined {
  const stmt = contract.block?.statements.find((s) => s.keyword === 'definitions');
  if (!stmt) return undefined;
  const v = stmt.args.find((a) => a.kind !== 'comma');
  const mode = v?.kind === 'word' && (v.text === 'included' || v.text === 'none') ? v.text : undefined;
  return mode ? { stmt, mode } : { stmt };
}

function durationUnit(v: Value): string | undefined {
  return v.kind === 'duration' ? v.unit : undefined;
}

/** The language terms a statement's own values use (its nested block is not searched). */
export function termsOf(stmt: Statement): Set<LanguageTerm['id']> {
  const out = new Set<LanguageTerm['id']>();
  for (const v of stmt.args) {
    const unit = durationUnit(v);
    if (unit === 'business_day') out.add('business_days');
    if (unit === 'business_hour') out.add('business_hours');
    if (v.kind === 'word' && v.text === 'business' && (stmt.keyword === 'hours' || stmt.keyword === 'window')) out.add('business_hours');
  }
  return out;
}

/** The review note for a term the document uses but does not define. */
export function undefinedTermNote(t: LanguageTerm): string {
  return `This agreement does not define ${t.inText}: ${t.reading}. To put that meaning in the signed text, add the statement definitions included to the contract, or define the term in a text line.`;
}
