/**
 * The vague-language lexicon: one data table of the phrases the language rules
 * report (`vague-term`, `agreement-to-agree`, `verbal-agreement`), why each is
 * a problem in a contract, and the measurable wording its quick fix inserts.
 *
 * Matching is case-insensitive, on word boundaries, and tolerant of line breaks,
 * indentation and hyphens between the words of a phrase, so that a phrase split
 * over two lines of a text block still matches. All phrases are compiled into
 * one regular expression, built once, so that a 20,000-line file is scanned in
 * a single pass per string.
 */
import type { ParseResult, Prose, Span } from '../../grammar/index.js';

/** The diagnostic code a lexicon entry raises. */
export type LexiconCode = 'vague-term' | 'agreement-to-agree' | 'verbal-agreement';

/** One row of the term list. */
export interface LexiconEntry {
  /** A stable id (the first phrase, kebab-cased), for `Diagnostic.data` and hover. */
  id: string;
  /** The phrase and its variants, lower case, words separated by single spaces. */
  phrases: readonly string[];
  code: LexiconCode;
  /** One sentence: why the phrase is vague or risky. */
  why: string;
  /** The measurable wording that replaces it, as an LSP snippet (`${1:default}` tab stops). */
  replacement: string;
  /**
   * True when a negation in the same sentence turns the phrase into a safeguard
   * ("no oral agreement varies this contract"), so it is not reported then.
   */
  negatable?: boolean;
  /**
   * Words right after the phrase that make it harmless, e.g. "as discussed in
   * clause 4" points to written text, not to a conversation.
   */
  unlessFollowedBy?: RegExp;
}

type Row = Omit<LexiconEntry, 'id'>;

const EFFORTS_WHY =
  'An efforts standard promises trying, not a result: courts read it differently from one jurisdiction to the next, and nobody can show from it whether the provider did enough.';
const SOON_WHY = 'It sets no deadline, so nobody can show that the provider was late.';
const REASONABLE_TIME_WHY = 'What is "reasonable" is only settled in a dispute, after the fact; a number of days can be checked on the calendar.';
const AGREE_WHY =
  'A term the parties still have to agree on is no term at all: until it is agreed it cannot be enforced, and either side can refuse to agree.';
const DETERMINE_WHY = 'The value is left open, so the contract does not say what was promised.';
const VERBAL_WHY =
  'A promise made only by word of mouth is hard to prove and is usually excluded by the entire-agreement clause, so it will likely not bind the provider.';

/** The term list. Phrases are lower case; matching ignores case. */
const ROWS: readonly Row[] = [
  // Efforts standards.
  {
    phrases: ['best efforts', 'best effort', 'best endeavours', 'best endeavors', 'best effort basis', 'best efforts basis', 'utmost efforts'],
    code: 'vague-term',
    why: EFFORTS_WHY,
    replacement: '${1:2} named engineers',
  },
  {
    phrases: [
      'reasonable efforts',
      'all reasonable efforts',
      'reasonable endeavours',
      'reasonable endeavors',
      'commercially reasonable efforts',
      'commercially reasonable endeavours',
      'good faith efforts',
    ],
    code: 'vague-term',
    why: EFFORTS_WHY,
    replacement: '${1:2} named engineers',
  },
  {
    phrases: ['commercially reasonable'],
    code: 'vague-term',
    why: 'What is "commercially reasonable" depends on who asks; the contract should state the standard itself.',
    replacement: 'the standard set out in ${1:clause service_standards}',
  },
  // Deadlines without a number.
  {
    phrases: ['promptly', 'forthwith', 'shortly', 'quickly', 'expeditiously', 'in due course'],
    code: 'vague-term',
    why: SOON_WHY,
    replacement: 'within ${1:2} business_days',
  },
  {
    phrases: [
      'as soon as possible',
      'as soon as practicable',
      'as soon as reasonably possible',
      'as soon as reasonably practicable',
      'as soon as is reasonably practicable',
      'asap',
    ],
    code: 'vague-term',
    why: SOON_WHY,
    replacement: 'within ${1:4} hours',
  },
  {
    phrases: ['in a timely manner', 'in a timely fashion', 'on a timely basis'],
    code: 'vague-term',
    why: SOON_WHY,
    replacement: 'within ${1:2} business_days',
  },
  {
    phrases: ['timely'],
    code: 'vague-term',
    why: '"Timely" names no deadline, so nobody can show that something came too late.',
    replacement: '${1:5}-business-day',
  },
  {
    phrases: ['without undue delay', 'without unreasonable delay', 'without delay'],
    code: 'vague-term',
    why: 'It sets no deadline; where a law sets one (GDPR: 72 hours), the contract should state a shorter one so that the client can meet it.',
    replacement: 'within ${1:48} hours',
  },
  {
    phrases: ['in a reasonable time', 'within a reasonable time', 'in a reasonable period', 'within a reasonable period', 'within a reasonable period of time'],
    code: 'vague-term',
    why: REASONABLE_TIME_WHY,
    replacement: 'within ${1:5} business_days',
  },
  {
    phrases: ['a reasonable time', 'reasonable time', 'a reasonable period', 'reasonable period', 'a reasonable period of time'],
    code: 'vague-term',
    why: REASONABLE_TIME_WHY,
    replacement: '${1:5} business_days',
  },
  {
    phrases: ['reasonable notice', 'reasonable prior notice', 'reasonable advance notice'],
    code: 'vague-term',
    why: 'How much notice is "reasonable" is only settled in a dispute; a number of days can be checked.',
    replacement: '${1:30} days\' written notice',
  },
  {
    phrases: ['reasonable costs', 'reasonable expenses', 'reasonable fees', 'reasonable charges'],
    code: 'vague-term',
    why: 'A "reasonable" amount is a blank cheque until someone disputes it; a cap or a rate can be checked on the invoice.',
    replacement: 'costs up to ${1:1000} ${2:USD}',
  },
  // Frequencies and quantities.
  {
    phrases: ['from time to time'],
    code: 'vague-term',
    why: 'It sets no frequency, so it can mean once a week or once in the whole term.',
    replacement: 'at most ${1:once a quarter}',
  },
  {
    phrases: ['periodically', 'periodic', 'regularly', 'on a regular basis', 'on a periodic basis'],
    code: 'vague-term',
    why: 'It sets no frequency, so nobody can show that a check or a report was missed.',
    replacement: '${1|monthly,quarterly,weekly|}',
  },
  {
    phrases: ['approximately', 'roughly', 'circa'],
    code: 'vague-term',
    why: 'An approximate quantity cannot be held against anyone: state the number, or a minimum or maximum.',
    replacement: '${1|up to,at least,exactly|}',
  },
  // Standards that nobody can check.
  {
    phrases: ['industry standard', 'industry standards', 'industry best practice', 'industry best practices', 'best practice', 'best practices', 'good industry practice', 'generally accepted industry practice', 'state of the art'],
    code: 'vague-term',
    why: 'No single industry standard exists, so nobody can show that the provider fell short of it; name the standard and version.',
    replacement: '${1:ISO/IEC 27001:2022}',
  },
  {
    phrases: ['high availability', 'highly available', 'maximum availability', 'maximum uptime'],
    code: 'vague-term',
    why: 'Availability needs a percentage and a measurement window to be checked, as in an SLA `uptime 99.9% monthly`.',
    replacement: '${1:99.9}% monthly uptime',
  },
  {
    phrases: ['minimal downtime', 'minimum downtime', 'minimal disruption', 'minimal interruption', 'minimal service interruption'],
    code: 'vague-term',
    why: 'How much downtime is "minimal" is not stated, so no outage can be shown to exceed it.',
    replacement: 'at most ${1:45} minutes of downtime a month',
  },
  {
    phrases: ['where possible', 'wherever possible', 'if possible', 'where practicable', 'where feasible', 'to the extent possible', 'to the extent practicable'],
    code: 'vague-term',
    why: 'It lets the provider decide alone when the promise applies, which empties the promise.',
    replacement: 'unless ${1:the client agrees otherwise in writing}',
  },
  {
    phrases: ['as needed', 'as necessary', 'when needed', 'when necessary', 'if necessary', 'if needed'],
    code: 'vague-term',
    why: 'It does not say who decides what is needed or when, so the service cannot be held to a level.',
    replacement: 'on the client\'s request, within ${1:1} business_day',
  },
  {
    phrases: ['as appropriate', 'where appropriate', 'if appropriate', 'when appropriate', 'appropriate measures', 'appropriate technical and organisational measures', 'appropriate technical and organizational measures'],
    code: 'vague-term',
    why: 'It leaves it to the provider to decide what is appropriate; the contract should list what is required.',
    replacement: 'as listed in ${1:clause security_measures}',
  },
  {
    phrases: ['adequate', 'adequately', 'sufficient resources', 'sufficient staff', 'sufficiently'],
    code: 'vague-term',
    why: '"Adequate" names no level, so nobody can show that the provider fell below it.',
    replacement: '${1:ISO/IEC 27001-compliant}',
    // "An adequate level of protection" is the GDPR's term for a country the EU has approved (Art. 45), not a vague promise.
    unlessFollowedBy: /^\s+level\s+of\s+(?:data\s+)?protection\b/i,
  },
  // Agreements to agree.
  {
    phrases: [
      'to be agreed',
      'to be agreed upon',
      'to be agreed later',
      'to be mutually agreed',
      'as mutually agreed',
      'as may be agreed',
      'as the parties may agree',
      'subject to agreement',
      'subject to further agreement',
      'subject to mutual agreement',
      'to be negotiated',
      'to be discussed',
    ],
    code: 'agreement-to-agree',
    why: AGREE_WHY,
    replacement: 'as set out in ${1:clause pricing}',
  },
  {
    phrases: ['to be determined', 'to be decided', 'to be defined', 'to be confirmed', 'to be announced', 'tbd', 'tba', 'tbc'],
    code: 'agreement-to-agree',
    why: DETERMINE_WHY,
    replacement: '${1:150.00 USD per hour}',
  },
  {
    phrases: ['at a later date', 'at a later stage', 'at a later time'],
    code: 'agreement-to-agree',
    why: 'Leaving a term for later means it is not agreed now, and either side can refuse to settle it.',
    replacement: 'by ${1:2027-03-31}',
  },
  // Oral promises.
  {
    phrases: ['verbally agreed', 'orally agreed', 'agreed verbally', 'agreed orally', 'verbal agreement', 'verbal agreements', 'oral agreement', 'oral agreements', 'verbal promise', 'oral promise'],
    code: 'verbal-agreement',
    why: VERBAL_WHY,
    replacement: 'agreed in writing in ${1:clause extras}',
    negatable: true,
  },
  {
    phrases: ['verbally', 'orally', 'by word of mouth'],
    code: 'verbal-agreement',
    why: VERBAL_WHY,
    replacement: '${1:in writing}',
    negatable: true,
  },
  {
    phrases: ['as discussed', 'as previously discussed', 'as discussed on the phone', 'per our conversation', 'per our discussion', 'as per our discussion', 'as per our call', 'as promised'],
    code: 'verbal-agreement',
    why: 'It points to a conversation the contract does not record, so what was agreed cannot be proved.',
    replacement: 'as set out in ${1:clause extras}',
    negatable: true,
    // "As discussed in clause 4" or "as discussed above" points to written text.
    unlessFollowedBy: /^[\s,]+(?:(?:in|under|at)\s+(?:the\s+)?(?:clause|section|schedule|exhibit|annex|appendix|attachment|paragraph|article)|above|below|herein)\b/i,
  },
  {
    phrases: ['handshake', 'handshake agreement', "gentleman's agreement", "gentlemen's agreement", 'informal agreement', 'informal understanding'],
    code: 'verbal-agreement',
    why: 'An informal understanding outside the document is hard to prove and usually not binding.',
    replacement: 'the written terms of ${1:clause extras}',
    negatable: true,
  },
];

function toId(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The term list: every phrase the language rules report, with why and what to write instead. */
export const LEXICON: readonly LexiconEntry[] = ROWS.map((r) => ({ ...r, id: toId(r.phrases[0]!) }));

/** Lower case, single spaces, straight apostrophes: the form phrases are stored in. */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim();
}

const BY_PHRASE = new Map<string, LexiconEntry>();
for (const e of LEXICON) for (const p of e.phrases) BY_PHRASE.set(normalizePhrase(p), e);

/** The entry whose phrase (or variant) this is, ignoring case, spacing and hyphens. */
export function lexiconEntry(phrase: string): LexiconEntry | undefined {
  return BY_PHRASE.get(normalizePhrase(phrase));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words are separated by any run of whitespace (line breaks and indentation included) or a hyphen. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => escapeRegExp(w).replace(/'/g, "['\u2019]"))
    .join('[\\s\\-]+');
}

// Longest phrases first, so that "as soon as reasonably practicable" wins over a shorter variant at the same place.
const ALL_PHRASES = [...BY_PHRASE.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const MATCHER = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ALL_PHRASES.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

/** A lexicon phrase found in a text. */
export interface LexiconMatch {
  entry: LexiconEntry;
  /** Span of the phrase, in the offsets of the text that was searched (plus `base`). */
  span: Span;
  /** The phrase as written. */
  text: string;
}

const NEGATION = /(?<![\p{L}\p{N}_])(?:no|not|nor|neither|never|none|supersedes?|superseded|replaces)(?![\p{L}\p{N}_])/iu;
const SENTENCE_END = /[.;!?]/;

/** True when the sentence around `start..end` of `text` contains a negation. */
function negated(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return NEGATION.test(text.slice(from, to));
}

/**
 * Finds every lexicon phrase in `text` (the raw source of a string or text
 * block). Spans are offsets into `text` plus `base`, so passing the content
 * span's start gives document offsets.
 */
export function findLexiconMatches(text: string, base = 0): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  MATCHER.lastIndex = 0;
  for (let m = MATCHER.exec(text); m; m = MATCHER.exec(text)) {
    const entry = lexiconEntry(m[0]);
    if (!entry) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (entry.negatable && negated(text, start, end)) continue;
    if (entry.unlessFollowedBy?.test(text.slice(end, end + 80))) continue;
    out.push({ entry, span: { start: base + start, end: base + end }, text: m[0] });
  }
  return out;
}

/** The lexicon phrases in one piece of prose, with document offsets. */
export function proseMatches(parse: ParseResult, prose: Prose): LexiconMatch[] {
  const { start, end } = prose.value.content;
  return findLexiconMatches(parse.text.slice(start, end), start);
}

/** The lexicon phrase at a document offset (for hover), if the offset is inside one. */
export function lexiconMatchAt(parse: ParseResult, offset: number): LexiconMatch | undefined {
  for (const p of parse.ast.prose) {
    const { start, end } = p.value.content;
    if (offset < start || offset > end) continue;
    return proseMatches(parse, p).find((m) => m.span.start <= offset && offset <= m.span.end);
  }
  return undefined;
}
