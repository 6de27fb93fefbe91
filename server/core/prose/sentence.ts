/**
 * The sentence around a phrase, and the tests a careful reader applies to it:
 * is the soft word bounded by a hard limit in the same sentence, does the
 * sentence give a right rather than impose a duty, does it negate the phrase,
 * does it give a fallback for a term left to agreement. Every test runs only
 * on a sentence that already holds a candidate phrase, so the cost is per
 * finding, not per character of prose.
 */
import { ISO_4217_ACTIVE } from '../currencies.js';
import { FoldedExpression } from './folded.js';
import { NUMBER_WORDS } from './numbers.js';

/** True when the character at `i` (a full stop, question or exclamation mark, or line break pair) ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === EXCLAMATION || c === QUESTION) return true;
  if (c === LINE_FEED) {
    // A blank line ends a paragraph.
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    return text[j] === '\n';
  }
  if (c !== FULL_STOP) return false;
  if (i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (!isSpace(next) && next !== 0x22 && next !== 0x201d) return false;
  }
  // Every abbreviation ends in a letter: it is looked for only after one.
  if (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)) && abbreviationBefore(text, i)) return false;
  return true;
}

/** Abbreviations whose full stop does not end a sentence, lower-cased, without that full stop. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['e.g', 'i.e', 'etc', 'cf', 'vs', 'no', 'nos', 'inc', 'ltd', 'co', 'corp', 'st', 'ste', 'mt', 'ft', 'mr', 'ms', 'mrs', 'dr', 'art', 'sec', 'para', 'approx', 'c.f.r', 'u.s', 'u.k', 'n.a', 'p.m', 'a.m', 's.a', 'n.v', 'b.v', 's.p.a', 's.r.l', 's.a.s', 'pty', 'bhd']);

/**
 * Whether the full stop at `i` ends an abbreviation, read off the eight
 * characters before it (test/unit/sentence-ends.test.ts holds it to the
 * regular expression it replaced).
 * The word before the stop runs back to a space or an opening parenthesis, or
 * to the start of those eight characters.
 */
function abbreviationBefore(text: string, i: number): boolean {
  const from = Math.max(0, i - 8);
  let k = i;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x28 || isSpace(c)) break;
    k--;
  }
  return ABBREVIATIONS.has(text.slice(k, i).toLowerCase());
}

const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const LINE_FEED = 0x0a;

/** `/\s/` for one character code, without a regular expression for the ASCII ones. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** The text whose sentence ends were found last, and those ends (offsets of the characters that end a sentence, ascending). */
let endsOf = '';
let ends: number[] = [];

/** The offsets in `text` at which a sentence ends, found once per text: the scan asks for the sentence around many phrases of one text in a row. */
export function sentenceEnds(text: string): number[] {
  if (text === endsOf) return ends;
  const out: number[] = [];
  // The characters that may end a sentence, a full stop, an exclamation or question mark, a line break ({@link endsSentence} decides),
  // in the order they stand: each kind's next one is found by indexOf, which skips the characters between faster than a loop.
  const n = text.length;
  const after = (c: string, i: number) => {
    const at = text.indexOf(c, i);
    return at < 0 ? n : at;
  };
  let stop = after('.', 0);
  let line = after('\n', 0);
  let exclamation = after('!', 0);
  let question = after('?', 0);
  for (;;) {
    const i = Math.min(stop, line, exclamation, question);
    if (i >= n) break;
    if (endsSentence(text, i)) out.push(i);
    if (i === stop) stop = after('.', i + 1);
    else if (i === line) line = after('\n', i + 1);
    else if (i === exclamation) exclamation = after('!', i + 1);
    else question = after('?', i + 1);
  }
  endsOf = text;
  ends = out;
  return out;
}

/** The span of the sentence holding `start..end` in `text` (offsets in `text`). */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  const at = sentenceEnds(text);
  // The last end before `start`, then the first at or after `end`: binary searches.
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? at[lo - 1]! + 1 : 0;
  hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  const to = lo < at.length ? at[lo]! : text.length;
  return { from, to: Math.min(text.length, to + 1) };
}

const W = String.raw`[\s\-]+`;
const NUM = String.raw`(?:\d[\d,.]*|${NUMBER_WORDS}|an?|one)(?:\s*\(\s*\d[\d,.]*\s*\))?`;
const TIME_UNIT = String.raw`(?:(?:business|working|calendar|clock|operational|service|support|core)${W})?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?|billing${W}(?:cycles?|periods?))(?:['’]s?)?(?![A-Za-z])`;
/** A number glued to an abbreviated unit: "72h", "30d", "4hrs". */
const GLUED = String.raw`\d+(?:h|hrs?|d|min|mins)\b`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const PERIOD_WORD = String.raw`(?:minute|hour|day|business${W}day|working${W}day|week|fortnight|month|quarter|year)`;

/** A deadline or duration that bounds a soft time word: "within 48 hours", "no later than thirty (30) days", "by the next business day". */
const TIME_LIMIT = new FoldedExpression(new RegExp(
  String.raw`\b(?:no${W}later${W}than|not${W}later${W}than|by)${W}the${W}end${W}of${W}the${W}(?:shift|day|business${W}day|working${W}day|week|month)\b|\b(?:no${W}later${W}than|not${W}later${W}than|by|before)${W}the${W}(?:start|beginning|end|close)${W}of${W}the${W}(?:next|following|same)${W}(?:[a-z]+${W})?(?:shift|day|week|month)\b|\b(?:no${W}later${W}than|not${W}later${W}than|by|before)${W}the${W}(?:first|second|third|fourth|fifth|tenth|\d{1,2}(?:st|nd|rd|th))${W}(?:business|working)${W}day\b|\b(?:by|before)${W}(?:the${W})?(?:close|end)${W}of${W}(?:the${W})?(?:next|following|same)${W}(?:business${W}|working${W})?day\b|\b(?:by|before|no${W}later${W}than|not${W}later${W}than)${W}(?:the|your|its|our)${W}(?:next|following)${W}(?:[a-z]+${W}){0,2}?(?:date|run|cycle|release|deadline|statement|invoice|bill|report)\b|\b(?:no|not)${W}later${W}than${W}\d{1,2}[:.]\d{2}\b|\b(?:namely|that${W}is(?:${W}to${W}say)?|i\.e\.,?|(?:which|this|that)${W}(?:[^.;]{0,50}?${W})?means?)${W}(?:exactly${W}|precisely${W})?${NUM}${W}${TIME_UNIT}|\b(?:within|inside(?:${W}of)?|no${W}later${W}than|not${W}later${W}than|later${W}than|at${W}the${W}latest|at${W}most|no${W}more${W}than|not${W}more${W}than|(?:in${W}no${W}(?:case|event)|never|on${W}no${W}account)${W}(?:(?:taking|take|takes|be|being)${W})?(?:more|longer|later|shorter|less|fewer|sooner|earlier)${W}than|up${W}to|maximum${W}of|less${W}than|fewer${W}than|exceed(?:s|ing)?|at${W}least|minimum${W}of|every|each|by|before|after|of)${W}(?:${NUM}${W}${TIME_UNIT}|${GLUED})|\b${NUM}${W}${TIME_UNIT}${W}(?:at${W}the${W}(?:latest|most)|at${W}most|maximum|max(?:imum)?\b|or${W}(?:less|sooner|fewer))|\b(?:by|before|no${W}later${W}than|not${W}later${W}than|later${W}than)${W}(?:\d{1,2}:\d{2}${W}(?:on${W})?)?(?:the${W})?(?:end${W}of${W}(?:the${W})?)?(?:next|same|following)${W}(?:business${W}|working${W})?day|\bby${W}the${W}end${W}of${W}the${W}(?:business${W}|working${W})?day${W}following\b|\b(?:by|before|no${W}later${W}than|not${W}later${W}than)${W}the${W}end${W}of${W}the${W}(?:first|second|third|fourth|fifth|tenth|\d{1,2}(?:st|nd|rd|th))${W}(?:business${W}|working${W}|calendar${W})?day\b|\b(?:no|none|not|never|nothing)${W}(?:[a-z]+${W}){0,3}?(?:kept|retained|stored|held)${W}(?:for${W})?(?:more|longer)${W}than${W}${NUM}${W}${TIME_UNIT}|\bby${W}\d{4}-\d{2}-\d{2}|\b(?:at${W}least|no${W}less${W}than|not${W}less${W}than|(?:no|not)${W}less${W}(?:often|frequently)${W}than)${W}(?:once|twice|${NUM}${W}times)|\b${NUM}${W}${TIME_UNIT}${W}(?:(?:prior|advance|written)${W})*notice|\bin${W}any${W}(?:event|case)${W}(?:within|by|before|no${W}later${W}than|not${W}later${W}than)\b|\b(?:outer|maximum|upper)${W}limit${W}(?:being|is|of)${W}(?:${NUM}${W}${TIME_UNIT}|${GLUED})|\bat${W}the${W}(?:latest|most),?${W}(?:${NUM}${W}${TIME_UNIT}|${GLUED})|\b(?:by|before|no${W}later${W}than|not${W}later${W}than|on${W}or${W}before)${W}(?:the${W})?(?:\d{1,2}(?:st|nd|rd|th)?${W}(?:of${W})?${MONTH}|${MONTH}${W}\d{1,2}(?:st|nd|rd|th)?)\b|\bwithin${W}the${W}\d+${W}(?:hours?|minutes?|days?|(?:business|working)${W}days?)\b|\b(?:no${W}later${W}than|not${W}later${W}than|later${W}than|by|before)${W}(?:on${W})?the${W}(?:end${W}of${W}the${W}(?:calendar${W})?(?:month|week|quarter|year)|(?:next|following)${W}(?:invoice|bill|billing${W}(?:cycle|period|run)|statement))\b|\bin${W}(?:any|all|every)${W}(?:events?|cases?)${W}(?:at${W}least${W})?(?:every|each|once${W}(?:a|an|per|each|every))${W}(?:night|morning|evening|${PERIOD_WORD})\b`,
  'i',
));
/** A frequency that bounds a soft frequency word: "at least monthly", "every 30 minutes", "once a quarter", "each Friday" (not "daily activities", "daily life": no schedule). */
const FREQUENCY_LIMIT = new FoldedExpression(new RegExp(
  String.raw`\bno${W}less${W}(?:frequently|often)${W}than${W}(?:hourly|daily|weekly|monthly|every|once)\b|\bon${W}the${W}(?:first|last|second)${W}(?:working${W}|business${W})?day${W}of${W}(?:each|every)${W}(?:calendar${W})?(?:month|quarter|year)\b|\b(?:no${W}more${W}(?:often${W})?than|not${W}more${W}than|at${W}most)${W}(?:once|twice|\w+${W}times)${W}(?:in|per|a|every)${W}(?:any${W})?(?:[\w-]+${W})?(?:period|year|month|week|quarter|day)\b|\bup${W}to${W}(?:a${W})?maximum${W}of${W}${NUM}${W}(?:[a-z-]+${W}){0,2}?(?:days?|visits?|sessions?|times?|occasions?)${W}(?:per|a|each|every|in${W}any)${W}(?:season|year|month|quarter|week|term)\b|\bon${W}the${W}\d{1,2}(?:st|nd|rd|th)${W}(?:(?:working${W}|business${W}|calendar${W})?day${W})?of${W}(?:each|every|the)${W}(?:calendar${W})?(?:month|quarter|year)\b|\b(?:(?:at${W}least${W})?(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually)(?!${W}(?:activities|life|lives|routines?|living|tasks|use|needs|commute|operations|(?:payroll|billing|invoicing|batch|processing)${W}(?:runs?|cycles?|periods?))\b)|every${W}(?:${NUM}${W})?${TIME_UNIT}|every${W}${PERIOD_WORD}|(?:each|every)${W}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekday|(?:working|business)${W}day)|(?:once|twice|${NUM}${W}times)${W}(?:a|an|per|each|every)${W}(?:calendar${W})?${PERIOD_WORD})\b`,
  'i',
));
/** An amount or count that bounds a soft quantity or cost: "up to 1,000 USD", "at least 2", "capped at 5%". */
/** A currency code written before an amount ("USD 3,000", "THB 100,000"). */
const CODE_BEFORE = `(?:${[...ISO_4217_ACTIVE].join('|')})`;
const AMOUNT_LIMIT = new FoldedExpression(new RegExp(
  String.raw`\bcapped${W}at${W}the${W}(?:rates?|amounts?|limits?|scales?)${W}(?:in|of)${W}(?:annex|schedule|appendix|the)\b|\b(?:rates?|amounts?|sums?|allowances?)${W}(?:not${W}exceeding|no${W}(?:higher|greater)${W}than|not${W}(?:higher|greater)${W}than|capped${W}at|limited${W}to)${W}(?:those|the${W}(?:rates?|amounts?|allowances?))${W}(?:in|of|under|(?:set${W}out|specified|laid${W}down|published)${W}in)${W}(?:the${W})?(?:[A-Za-z'’-]+${W}){0,6}?(?:polic(?:y|ies)|annex|schedule|appendix|scales?|scheme|rate${W}card|guidelines|rules)\b|\bup${W}to${W}(?:[A-Z][a-z]?\.?${W})?${NUM}${W}(?:per|a|each|in${W}any)\b|\b(?:not${W}exceeding|up${W}to|capped${W}at|limited${W}to)${W}the${W}(?:rates?|amounts?|scales?|limits?)${W}(?:laid${W}down|set${W}out|specified|fixed|published)${W}(?:in|by)\b|\b(?:not${W}exceeding|up${W}to|capped${W}at|limited${W}to)${W}the${W}(?:[a-z-]+${W}){0,3}(?:fares?|allowances?|tariffs?|rates?)\b[^.;]{0,80}?\b(?:fixed|set|laid${W}down|published|specified)${W}(?:in|by)\b|\b(?:at${W}(?:a${W})?minimum|as${W}a${W}minimum)${W}[^.;]{0,60}?${CODE_BEFORE}${W}${NUM}|\b(?:never|not)${W}(?:be${W})?more${W}than${W}(?:[$€£¥₹]|[A-Z]{1,3}\$|${CODE_BEFORE}${W})?${NUM}|\b(?:up${W}to|capped${W}at|limited${W}to)${W}(?:the${W}|an${W}amount${W}equal${W}to${W}the${W})?(?:fees|charges|sums|amounts)${W}(?:(?:that${W})?(?:you|the${W}[a-z]+)${W}(?:paid|(?:has|have)${W}paid)|paid(?:${W}by${W}(?:you|the${W}[a-z]+))?)(?:${W}(?:us|to${W}us))?${W}(?:in|during|for|over)${W}the${W}(?:previous|preceding|prior|last)\b|\b(?:up${W}to|at${W}most|no${W}more${W}than|not${W}more${W}than|capped${W}at|maximum${W}of|(?:a${W}|the${W})?(?:ceiling|cap|limit)${W}of|(?:not|never)${W}(?:to${W})?exceed(?:s|ing)?|at${W}least|no${W}fewer${W}than|no${W}less${W}than|not${W}less${W}than|minimum${W}of|limited${W}to)${W}(?:[$€£¥₹]|[A-Z]{1,3}\$|${CODE_BEFORE}${W})?${NUM}|\b(?:up${W}to|capped${W}at|limited${W}to|not${W}(?:to${W})?exceed(?:ing)?|no${W}more${W}than)${W}(?:the${W}amount${W}of${W}|an${W}amount${W}equal${W}to${W})?(?:one|two|three|four|six|twelve|\d+)${W}(?:month|months|year|years|quarter|quarters|week|weeks)(?:['’]s?)?${W}(?:fees?|charges?|subscription${W}fees?|subscription)\b|\b(?:pre-?approved|approved${W}in${W}advance|prior${W}written${W}(?:approval|consent)|travel${W}policy)\b`,
  'i',
));
/** A named standard or a pointer to the list the measures must meet. */
const STANDARD_NAMED = new FoldedExpression(new RegExp(
  String.raw`\b(?:ISO(?:\/IEC)?(?:${W})?\d{4,5}|IEC(?:${W})?\d{4,5}|ISA(?:${W})?\d{2,5}|AES(?:${W})?\d{3}|TLS(?:${W})?v?\d|FIPS(?:${W})?\d{3}|OWASP|NIST|EN(?:${W})?\d{3,5}|WCAG(?:${W}\d(?:\.\d)?)?|DIN(?:${W}(?:EN${W})?)?\d{3,5}|BS(?:${W}EN)?(?:${W})?\d{4,5}|ASTM${W}[A-Z]?\d|HIPAA|HITECH|GDPR|FISMA|FERPA|Security${W}Rule|Privacy${W}Rule|SOC(?:${W})?[12]|PCI(?:${W})?DSS|Cyber${W}Essentials|FedRAMP|HITRUST|CIS${W}(?:Controls|Benchmarks?)|C\.?F\.?R\.?|Article${W}\d+|Act${W}\d+${W}of${W}\d{4}|(?:Act|Law|Decree|Regulation)${W}No\.?${W}\d|(?:required|prescribed|mandated|laid${W}down)${W}(?:by|under|in)${W}(?:the${W})?(?:Act|Law|Regulation|Decree|Ordinance|Directive|Statute)\b|(?:listed|set${W}out|described|specified|defined)${W}in|clause${W}[a-z_]+|to${W}(?:meet|achieve|satisfy)${W}(?:the${W}|all${W}|each${W})?(?:Service${W}Levels?|SLAs?|KPIs?|Key${W}Performance${W}Indicators?))\b`,
  'i',
));

/** A standard named in capitals that the measures must meet ("that meet the Victorian Protective Data Security Standards"). */
const STANDARD_IN_CAPITALS = /\b(?:controls|measures|requirements|safeguards)\s+(?:in|of|set\s+out\s+in|listed\s+in|described\s+in)\s+(?:the\s+)?(?:[A-Z][A-Za-z'’-]*\s+){1,6}(?:Principles|Standards?|Framework|Requirements|Guidelines|Policy|Baseline|Code|Controls|Benchmarks?)\b|\b(?:meets?|meeting|compl(?:y|ies|ying)\s+with|satisf(?:y|ies|ying)|conforms?\s+to|in\s+accordance\s+with|aligned\s+with)\s+(?:the\s+)?(?:(?:[A-Z][A-Za-z'’-]*\s+){1,6}(?:Standards?|Framework|Requirements|Guidelines|Policy|Baseline|Code)\b|(?:[A-Z][A-Za-zÀ-ɏ'’-]*\s+){1,6}\([A-Z]{2,}[A-Za-z0-9]*\)|(?:Standards?|Framework|Baseline|Code)\s+(?:[A-Za-zÀ-ɏ'’-]+\s+){0,2}?[A-Z][A-Za-zÀ-ɏ'’-]+)/;

/** A part of the contract named as where a standard is set ("Annex II", "the Schedule"): capitalised, or with its number; "exhibit-lighting" or "the schedule terminals" name none. */
const STANDARD_DOCUMENT = /(?<![-\w])(?:Annex|Schedule|Appendix|Exhibit|Attachment|ANNEX|SCHEDULE|APPENDIX|EXHIBIT)\b(?!-)|\b(?:annex|schedule|appendix|exhibit|attachment)\s+(?:\d|[A-Z]{1,3}\b|[IVX]+\b)/;

export type BoundKind = 'time' | 'frequency' | 'amount' | 'standard';

/** A time limit kept only as a rule ("usually well within a business day", "normally within 4 hours"), to the end of its clause. */
const USUAL_LIMIT = /\b(?:usually|normally|typically|generally|often|mostly|in\s+most\s+cases)\s+(?:(?:arrive|arrives|come|comes|be|are|is|get|gets)\s+(?:[a-z]+ed\s+)?)?(?:well\s+)?(?:within|inside|in\s+under|in\s+less\s+than)\b[^,.;]*/i;
const USUAL_LIMIT_ALL = new RegExp(USUAL_LIMIT.source, 'gi');

/** True when a hard limit of the given kind stands in the sentence. */
export function bounded(sentence: string, kind: BoundKind): boolean {
  // "Usually well within a business day": a limit kept only as a rule is no limit.
  if ((kind === 'time' || kind === 'frequency') && USUAL_LIMIT.test(sentence)) sentence = blanked(sentence, USUAL_LIMIT_ALL);
  switch (kind) {
    case 'time':
      return TIME_LIMIT.test(sentence);
    case 'frequency':
      return FREQUENCY_LIMIT.test(sentence) || TIME_LIMIT.test(sentence);
    case 'amount':
      return AMOUNT_LIMIT.test(sentence);
    case 'standard':
      return STANDARD_NAMED.test(sentence) || STANDARD_IN_CAPITALS.test(sentence) || STANDARD_DOCUMENT.test(sentence);
  }
}

/** Where one main clause of a sentence ends and the next begins: a semicolon, or a comma before "and", "but" or "or" and a new subject. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|or|while|whereas)\s+(?=(?:any|each|every|all|the|such|this|that|these|those|it|they|he|she|we|no)\b)/gi;

/** The main clause of the sentence that holds `start..end` (sentence offsets). */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

const PERMISSIVE = /\b(?:(?:may|might|can)(?!\s+(?:occasionally\s+|sometimes\s+|still\s+)?(?:occur|happen)\b)|(?:shall|will)\s+(?:have\s+the\s+right|be\s+entitled|be\s+free)\b|ha(?:s|ve)\s+the\s+right,\s+[^,.;]{1,40},\s+to|is\s+for\s+(?:the\s+)?[A-Za-z]+\s+to\s+(?:determine|decide|judge)|is\s+entitled\s+to|are\s+entitled\s+to|is\s+permitted\s+to|are\s+permitted\s+to|has\s+the\s+right\s+to|have\s+the\s+right\s+to|reserves?\s+the\s+right|at\s+its\s+option|is\s+free\s+to)\b/i;
const MANDATORY = /\b(?:(?:shall|will)(?!\s+(?:have\s+the\s+right|be\s+entitled|be\s+free)\b)|must|agrees?\s+to|undertakes?\s+to|is\s+required\s+to|are\s+required\s+to|is\s+obliged\s+to|has\s+to|have\s+to|needs?\s+to)\b|(?<=[A-Za-z])['’]ll(?!\s+(?:have\s+the\s+right|be\s+entitled|be\s+free)\b)(?![A-Za-z])/i;

/** True when the sentence (or its part up to a semicolon) gives a right and imposes no duty. */
export function isRight(sentence: string): boolean {
  return PERMISSIVE.test(sentence) && !MANDATORY.test(sentence);
}

const NEGATION = /(?<![A-Za-z0-9_])(?:no|not|nor|neither|never|none|nothing|cannot|supersedes?|superseded|replaces|n['’]t|(?:ca|do|does|did|wo|is|are|was|were|should|would|could|must|need|have|has|had)n['’]t)(?![A-Za-z0-9_])/i;

const AFTER_NEGATION = /(?<![A-Za-z0-9_])(?:not|never|cannot|n['’]t|(?:is|are|shall\s+be|will\s+be|have\s+been|has\s+been)\s+(?:hereby\s+)?(?:superseded|replaced|extinguished)\s+by|no\s+(?:(?:contractual|legal|binding)\s+)?(?:effect|force|weight|assurance|guarantee|commitment|warranty)|(?:is|are)\s+(?:void|invalid|ineffective)|(?:is|are)\s+(?:only|merely|just)\s+(?:an?\s+)?(?:estimate|indication|guide)|(?:is|are)\s+(?:given\s+|provided\s+)?(?:for\s+(?:guidance|information|illustration)(?:\s+purposes)?\s+only|indicative\s+only)|no\s+such\s+(?:discussions?|conversations?|exchanges?|communications?|statements?|calls?|messages?)\s+(?:alters?|changes?|amends?|varies|modifies|affects?|binds?|overrides?))(?![A-Za-z0-9_])/i;
/** "At no charge", "needs no further instruction", "whether or not": a "no" that negates something else. */
const OTHER_NO = /\bno\s+(?:(?:further|extra|additional|added|other)\s+)?(?:charge|cost|fee|payment|penalty)s?\b|\b(?:(?:will|shall)\s+not|won['’]t)\s+(?:charge|bill|invoice)\b|\bneed\s+(?:take\s+)?no\s+further\b|\bshall\s+not\s+count\s+(?:as|towards?)\b|\b(?:shall|will)\s+have\s+no\s+further\s+(?:[a-z]+\s+)?(?:obligations?|liabilit(?:y|ies)|dut(?:y|ies))\b|\b(?:shall|will)\s+not\s+(?:incur|pay|owe|be\s+liable\s+for)\s+(?:any\s+)?(?:delay\s+)?(?:penalt(?:y|ies)|liquidated\s+damages|service\s+credits?)\b|(?<=\b(?:needs?|requires?|requiring|with|takes?)\s+)no\s+(?:(?:further|extra|additional|other)\s+)?instructions?\b|\bnot\s+(?:requiring|needing|required|needed)\s+to\s+be\s+(?:recorded|minuted|confirmed|documented|written|signed)\b|\bwhether\s+or\s+not\b|\bnot\s+otherwise\b|\b(?:shall|will|does|do|need)\s+not\s+(?:require|need)\s+(?:an?\s+|any\s+)?(?:(?:formal|written|signed|separate|contract)\s+)?(?:amendment|variation|change\s+order)s?\b|\b(?:rais(?:e|es|ed|ing)|ma(?:de|kes?|king)|ha[sd]|voic(?:e|es|ed|ing)|express(?:es|ed|ing)?|lodg(?:e|es|ed|ing)|stat(?:e|es|ed|ing))\s+no\s+objections?\b|\b(?:does|do|did)\s+not\s+(?:object|dispute)\b|\b(?:has|have|had)\s+not\s+(?:objected|disputed)\b|\bnot\s+objected\s+to\b|\b(?:shall|will|does|do)\s+not\s+(?:amount\s+to|constitute|be\s+treated\s+as|count\s+as)\s+(?:an?\s+)?(?:breach|default|failure|non[\s-]?compliance)\b|\b(?:not|no)\s+(?:later|earlier|more|less|fewer|sooner)\s+than\b|\bnot\s+(?:been\s+)?(?:written|recorded|documented|set\s+out|included|reflected|in\s+writing)\b|(?<=\b(?:services?|items?|work|tasks?|goods|products?|features?|sites?|hours?)\s+)not\s+(?:already\s+)?(?:listed|specified|described|named|mentioned|covered|provided\s+for)\b|(?<=\b(?:that|which)\s+(?:is|are)\s+)not\s+(?:on|in|within|part\s+of|listed|covered|included)\b/gi;
/** A subordinate clause that starts a new thought ("even though the device does not appear in the register"): a negation in it is not about the match. */
const NEW_CLAUSE = /,?\s*\b(?:even\s+(?:though|if|where|when)|although|though|whereas|irrespective\s+of|regardless\s+of|notwithstanding\s+that|that\s+(?:it|they|he|she|we|you)\s+(?:does|do|did|will|would|shall)\s+not\s+(?:intend|wish|want|plan)\b)/i;

/**
 * True when the sentence negates (or supersedes) what it mentions at `at`:
 * a negation before it ("no oral agreement", "supersedes all prior oral
 * agreements") or one that denies it force after it ("verbal instructions do
 * not authorise", "has no effect").
 */
/** `text` with what `re` (a global expression) matches replaced by spaces, so that offsets stay those of `text`. */
export function blanked(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

export function negated(sentence: string, at = 0): boolean {
  // "And need not be followed by a written change request": writing waived is no denial of the step.
  const clean = blanked(WAIVED_WRITING.test(sentence) ? blanked(sentence, WAIVED_WRITING_ALL) : sentence, OTHER_NO);
  if (NEGATION.test(clean.slice(0, at))) return true;
  const after = clean.slice(at);
  const cut = NEW_CLAUSE.exec(after);
  return AFTER_NEGATION.test(cut ? after.slice(0, cut.index) : after);
}

/** True when the words after the match deny the step force ("… not confirmed in writing have no effect"), up to a new clause. */
export function deniedAfter(sentence: string, at: number): boolean {
  const after = sentence.slice(at);
  const cut = NEW_CLAUSE.exec(after);
  return /\b(?:(?:has|have|shall\s+have|will\s+have)\s+no\s+(?:effect|force)|(?:is|are|shall\s+be|will\s+be)\s+(?:void|invalid|ineffective|of\s+no\s+effect)|(?:does|do|shall|will)\s+not\s+(?:(?:of|by)\s+itself\s+|alone\s+)?(?:bind|authori[sz]e|vary|amend|cancel|terminate|take\s+effect|form\s+(?:any\s+)?part\s+of|become\s+part\s+of)|(?:is|are)\s+(?:provided\s+)?for\s+information\s+only)\b/i.test(cut ? after.slice(0, cut.index) : after);
}

/** True when a negation stands before `at` in the sentence ("no instruction given orally … whether or not"). */
export function negatedBefore(sentence: string, at: number): boolean {
  return NEGATION.test(blanked(sentence.slice(0, at), OTHER_NO));
}

const WRITTEN = /\b(?:in\s+writing|written|(?<=\bconfirmed\b[^.;]{0,60}?)(?:through|via|on|in)\s+the\s+(?:[a-z-]+\s+)?(?:ticketing\s+)?(?:portal|ticketing\s+system)|(?<=\bconfirms?\s+(?:it|them|this|that|such\s+[a-z]+)\s+)(?:through|via|in|on)\s+(?:the|its|their|your|our)\s+(?:[A-Za-z'’-]+\s+){0,2}?(?:ticketing\s+)?(?:portal|ticketing\s+system|management\s+system|platform)|(?<=confirmed\s)(?:that|the\s+same)\s+way|signed|(?<!\b(?:before|prior\s+to|after|at|on|upon)\s+)signatures?(?!-)|countersign(?:s|ed)?|by\s+e-?mail|in\s+an?\s+e-?mail|(?<=\bfollowed\s+(?:up\s+)?by\s+(?:an?\s+)?(?:[A-Za-z]+\s+)?)e-?mail|by\s+letter|change\s+(?:note|order|form|request)s?|purchase\s+orders?|amendments?|minuted|recorded\s+in)\b/i;
const CONFIRMATION = /\b(?:confirm(?:s|ed|ation)?|only|until|provided|unless|must|requires?|documented(?=\s+(?:by\s+e-?mail|in\s+writing|in\s+an?\s+e-?mail)\s+(?:before|prior\s+to)\b))\b/i;
const WRITTEN_ALL = new RegExp(WRITTEN.source, 'gi');
const OPTIONAL_WRITING = /\b(?:if|when|where)\s+(?:either|a|the|any|one)\s+(?:party|parties)\s+(?:so\s+)?(?:asks?|requests?|wish(?:es)?|requires?)\b|\bonly\s+if\s+(?:the\s+)?(?:customer|client|supplier|provider|contractor|vendor|authority|buyer|[A-Z][A-Za-z]+)\s+(?:so\s+)?(?:asks?|requests?)\b|\bif\s+(?:so\s+)?requested\b|\b(?:in\s+writing|written(?:\s+[a-z]+)?)\s+on\s+request\b|\bonly\s+if\s+(?:asked|requested)(?:\s+for)?\b|\b(?:in\s+writing|written|by\s+e-?mail|by\s+letter)\s+or\s+(?:on\s+a\s+call|by\s+(?:tele)?phone|orally|verbally|in\s+person)\b/i;
const CONFIRMATION_ALL = new RegExp(CONFIRMATION.source, 'gi');

/**
 * Writing the sentence does without: "without a written confirmation",
 * "without asking for written confirmation", "no signed consent is needed",
 * "no written confirmation of those terms shall be required", "without further
 * formality". The language rules read it as an effect of an informal step.
 */
export const WRITING_DISPENSED = /\bwithout\s+the\s+(?:written|signed)\s+(?:notice|confirmation|request)\s+(?:these|the|this)\s+(?:terms|agreement|contract)\s+(?:otherwise\s+)?requires?\b|\brequires?\s+no\s+(?:further\s+)?(?:written|signed|formal)\s+(?:instruction|approval|consent|authori[sz]ation|variation|change\s+(?:note|order|request))s?\b|\b(?:may|can)\s+[a-z]+\b[^.;]{0,80}\bwithout\s+(?:a|an|any)\s+(?:change\s+control\s+notice|change\s+(?:note|order|request)|variation|contract\s+change\s+note)\b|\bno\s+(?:change\s+(?:request|order|note)|variation|purchase\s+order|work\s+order)\s+having\s+been\s+(?:raised|issued|signed|agreed)\b|\b(?:shall|will|does|do)\s+not\s+require\s+(?:a|an|any)\s+(?:change\s+(?:request|order|note)|variation|purchase\s+order|work\s+order|written\s+[a-z]+)\b|\bneed\s+not\s+raise\s+(?:a|an|any)\s+(?:change\s+(?:request|order|note)|variation|purchase\s+order|work\s+order)\b|\bno\s+(?:written|signed|formal)\s+(?:[A-Za-z-]+\s+){0,2}?(?:plan|order|form|request|note|document|approval|instruction|variation|contract)\s+being\s+(?:required|needed|necessary)\b|\beven\s+(?:where|if|when|though)\s+no\s+(?:[a-z-]+\s+){0,2}?(?:work\s+order|purchase\s+order|change\s+(?:order|request|note)|order\s+form|written\s+(?:order|approval|instruction))\s+(?:was|is|has\s+been|were|had\s+been)\s+(?:raised|issued|placed|signed|given|submitted)\b|\bneed\s+not\s+(?:issue|give|send|make|file|submit|provide)\s+(?:a\s+|an\s+|any\s+)?(?:formal\s+|written\s+)?(?:[a-z]+\s+)?(?:certificates?|confirmations?|notices?|notifications?)\b|\bneed\s+not\s+(?:await|wait\s+for)\s+(?:the|a|any)\s+(?:written|signed|formal)\b|\bwithout\s+(?:placing|raising|submitting|signing)\s+(?:a|an|any)\s+(?:new\s+|further\s+|separate\s+)?(?:order|order\s+form|purchase\s+order|change\s+request)\b|\beven\s+if\s+(?:you|they|we|the\s+[a-z]+)\s+never\s+(?:submits?|signs?|sends?|returns?|completes?)\b|\bno\s+(?:[a-z-]+\s+){0,3}?(?:form|order|request|note|notification|notice|confirmation)\s+(?:was|is|were|are|shall\s+(?:then\s+)?be|will\s+(?:then\s+)?be)\s+(?:required|needed|necessary)\b|\b(?:where|when|if)\s+(?:time|circumstances|urgency)\s+(?:does|do)\s+not\s+(?:permit|allow)\s+(?:a|an|the)\s+(?:written|signed|formal)\s+[a-z]+|\bbefore\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,4}?(?:was|were|had\s+been|is|are|has\s+been)\s+(?:countersigned|signed|executed|issued)\b|\brequires?\s+no\s+(?:further\s+|additional\s+|formal\s+)?(?:documentation|paperwork|written\s+(?:confirmation|approval))\b|\b(?:shall|will|does|do)\s+not\s+require\s+(?:a|an|any)\s+(?:(?:separate|further|formal)\s+)?(?:purchase\s+order|change\s+order|order\s+form|work\s+order|written\s+(?:order|approval|confirmation))\b|\b(?:is|are)\s+not\s+(?:repeated|reproduced|restated|set\s+out|recorded|written\s+down)\s+in\s+(?:this|the)\s+(?:agreement|contract|order|terms)\b|\bwithout\s+(?:a\s+|any\s+)?(?:further\s+|separate\s+|new\s+)?(?:order\s+form|purchase\s+order|change\s+order|work\s+order)\b|\b(?:won['’]t|will\s+not|shall\s+not|need\s+not|do(?:es)?\s+not)\s+(?:ask|require|need)\s+(?:you|the\s+[a-z]+)\s+to\s+confirm\s+(?:it\s+|this\s+|that\s+|them\s+)?in\s+writing\b|\bnotwithstanding\s+that\s+no\s+(?:purchase|change|written|work|variation)\s+(?:order|request|note)\s+(?:has|had)\s+been\s+(?:raised|issued|signed|placed)\b|\bwithout\s+(?:any\s+)?(?:further|other|separate|formal)\s+(?:instrument|document(?:ation)?|paperwork|formalit(?:y|ies))\b|\bwhether\s+or\s+not\s+(?:(?:those|the|such|any|these|it|they)\s+)?(?:[a-z]+\s+)?(?:(?:were|are|is|was|have\s+been|has\s+been)\s+)?(?:subsequently\s+|later\s+|ever\s+)?(?:published|minuted|recorded|confirmed\s+in\s+writing|documented|written\s+down|put\s+in\s+writing)\b|\b(?:without|in\s+the\s+absence\s+of)\s+(?:(?:a|an|any|the\s+need\s+for|asking\s+for|requiring|needing|requesting|awaiting|waiting\s+for|seeking|obtaining)\s+)?(?:(?:the|a|an|any)\s+)?(?:(?:separate|further|formal|prior|subsequent)\s+)?(?:written|signed)\s+(?:confirmation|order|approval|consent|instruction|agreement|request|documentation|record|acceptance(?:\s+(?:report|certificate|note))?|variation|amendment)s?\b|\bno\s+(?:(?:separate|further|formal|prior)\s+)?(?:written|signed)\s+[a-z]+(?:\s+[a-z]+){0,5}?\s+(?:shall|will|need|is|are)\s+(?:be\s+)?(?:required|necessary|needed)\b|\b(?:under\s+)?no\s+(?:duty|obligation|need|requirement)\s+to\s+(?:obtain|seek|get|await|request)\s+(?:a\s+|any\s+)?(?:written|signed)\s+(?:confirmation|order|approval|consent|instruction)s?\b|\bno\s+(?:(?:separate|further|formal|prior)\s+)?(?:written|signed)\s+[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:needs?|has|have)\s+to\s+(?:follow|be\s+(?:made|submitted|sent|filed|raised|issued|signed))\b|\bno\s+(?:formal|separate|further)\s+(?:[a-z]+\s+)?(?:consent|approval|order|request|confirmation|note)s?\s+(?:is|are|shall\s+be|will\s+be)\s+(?:needed|required|necessary)\b|\bwithout\s+(?:any\s+)?further\s+formality\b|\bwithout\s+(?:the\s+)?need\s+(?:for|to\s+(?:use|complete|submit))\s+(?:the|a|an|any)\s+(?:[a-z-]+\s+){0,2}?(?:form|order|notice|request|document)\b|\bneeds?\s+no\s+(?:further\s+)?(?:written|signed)\s+(?:confirmation|approval|order|instruction)s?\b|\beven\s+if\s+(?:we|you|they)\s+(?:don['’]t|do\s+not)\s+(?:send|sign|issue)\b|\bwithout\s+(?:a\s+|an\s+|any\s+)?(?:formal\s+|separate\s+|written\s+)?(?:change\s+(?:order|request|note|form)|variation\s+(?:order|instruction|notice|form)|work\s+order|purchase\s+order)\b|\bneed\s+not\s+be\s+(?:reduced\s+to|put\s+in(?:to)?)\s+writing\b|\b(?:with\s+no|without\s+(?:any\s+)?)\s*(?:further\s+)?paperwork\b|\beven\s+if\s+(?:it|they|this)(?:['’]s|\s+is|\s+are|['’]re)\s+never\s+(?:put\s+on\s+paper|written\s+down|recorded|confirmed\s+in\s+writing)\b|\beven\s+if\s+(?:nobody|no\s+one|no-one|neither\s+party)\s+(?:confirms?|signs?|records?)\b|\b(?:shall|will|does|do|need)\s+not\s+(?:require|need)\s+(?:an?\s+|any\s+)?(?:(?:formal|written|signed|separate|contract)\s+)?(?:amendment|variation|change\s+order)s?\b|\b(?:regarded|treated|deemed|taken)\s+as\s+(?:signed(?:\s+off)?|written|executed)\b|\bwith\s+no\s+(?:need|requirement)\s+for\s+(?:(?:any|a)\s+)?(?:(?:separate|further|formal|prior|subsequent)\s+)?(?:written|signed)\s+(?:confirmation|order|approval|consent|instruction|agreement|request|documentation|record)s?\b/i;
/** Writing waived, or a written requirement the sentence overrides ("notwithstanding that the Agreement may otherwise be amended only in writing"). */
const WAIVED_WRITING = new RegExp(`${WRITING_DISPENSED.source}|\\b(?:has|have|had)\\s+not\\s+(?:signed|issued|raised|submitted|returned|placed)\\s+(?:a|an|the|any)\\s+(?:change\\s+(?:notes?|orders?|requests?)|variations?(?:\\s+forms?)?|purchase\\s+orders?|work\\s+orders?|order\\s+forms?)\\b[^.;,]{0,40}?\\bbut\\b|\\b(?:shall|will|does|do)\\s+not\\s+require\\s+(?:a|an|any)\\s+(?:[A-Za-z]+\\s+){0,2}?(?:change\\s+notes?|variations?|amendments?|change\\s+orders?|change\\s+requests?|work\\s+orders?|purchase\\s+orders?)\\b[^.;]*|\\bas\\s+(?:if|though)\\s+(?:it\\s+were\\s+|they\\s+were\\s+)?(?:written|set\\s+out|included|incorporated)\\s+(?:into|in)\\b[^.;]*|\\b(?:in\\s+place\\s+of|instead\\s+of|in\\s+lieu\\s+of)\\s+(?:the|any|a)\\s+(?:prior\\s+)?(?:written|signed)\\b[^.;]*|\\bneed\\s+not\\s+be\\s+(?:followed|confirmed|documented|recorded)\\s+(?:by|in)\\s+(?:a\\s+|an\\s+|any\\s+)?(?:written|signed|formal)\\b[^.;]*|\\beven\\s+if\\s+no\\s+(?:written|signed)\\b[^.;]*|\\bnot\\s+(?:requiring|needing)\\s+to\\s+be\\s+(?:recorded|minuted|written)\\b[^.;]*|\\bnotwithstanding\\s+that\\b[^.;]*|\\b(?:even\\s+though|although)\\s+(?:(?:the|this|our|your|its)\\s+)?(?:[a-z-]+\\s+){1,2}(?:normally|usually|otherwise|ordinarily)\\s+requires?\\b[^.;]*|\\b(?:even\\s+though|although|despite|notwithstanding)\\s+(?:that\\s+)?(?:(?:clause|section|paragraph|article|condition)\\s+[0-9][0-9.]*|(?:the|this|our|your)\\s+(?:order\\s+form|agreement|contract|terms|statement\\s+of\\s+work|sow|dpa|baa|master\\s+agreement))[^.;]*`, 'i');
const WAIVED_WRITING_ALL = new RegExp(WAIVED_WRITING.source, 'gi');

/** The sentence with the writing it waives blanked out (same offsets): "need not issue deletion certificates" then negates nothing. */
export function withoutWaivedWriting(sentence: string): string {
  return WAIVED_WRITING.test(sentence) ? blanked(sentence, WAIVED_WRITING_ALL) : sentence;
}

/** How far apart (in characters) the written step and the word that requires it may stand ("must be confirmed in writing", "only once recorded in a signed change note"). */
const WRITTEN_NEAR = 60;

/**
 * True when the sentence requires the oral step to be confirmed by a written
 * one: a written instrument near a word that makes it a condition. "The
 * amendment took effect when the manager confirmed it by telephone" names an
 * amendment and a confirmation, but far apart, and requires nothing written.
 */
export function writingRequired(sentence: string): boolean {
  // "Shall take effect immediately, with written confirmation to follow only if either party later asks for it": the writing is optional, the informal step binds.
  if (/\b(?:written|signed)\s+confirmation\s+(?:to\s+follow|(?:will|shall|may)\s+follow|follows?)\s+only\s+(?:if|where|when|on\s+request)\b|\b(?:written|signed)\s+confirmation\s+(?:is|being)\s+optional\b/i.test(sentence)) return false;
  // "Changes agreed in a meeting … become effective only after you confirm them in your account settings", "are not Documented Instructions unless confirmed by email".
  if (/\bbecomes?\s+effective\s+only\s+(?:after|once|when)\s+you\s+(?:confirm|approve|accept)\s+(?:it|them|this)\s+(?:in|through|via|on)\s+(?:your|the)\s+(?:[a-z-]+\s+)?(?:settings|dashboard|portal|account|app|console)\b|\bunless\s+confirmed\s+(?:by\s+e-?mail|in\s+writing|by\s+letter)\b/i.test(sentence)) return true;
  // "The cancellation only takes effect once we've emailed you a cancellation reference", "changes take effect only once confirmed on your invoice or shown in your account settings": the written record is the condition.
  if (/\b(?:only\s+takes?|takes?|only\s+take)\s+effect\s+(?:only\s+)?(?:once|when|after)\s+(?:(?:we['’]ve|we\s+have|we)\s+(?:e-?mailed|sent|written\s+to|texted)\s+you\b|(?:it\s+is\s+|they\s+are\s+)?(?:confirmed|shown|recorded)\s+(?:on|in)\s+your\s+(?:[a-z-]+\s+)?(?:invoice|account|statement|settings|dashboard|portal)\b)/i.test(sentence)) return true;
  // "Acted on only once confirmed by email from the named contact", "only after it has been confirmed in writing": the written confirmation is the condition.
  if (/\bonly\s+(?:once|when|after|if|where)\s+(?:(?:it|they|this|that|such\s+[a-z]+)\s+(?:is|are|has\s+been|have\s+been)\s+)?confirmed\s+(?:by\s+e-?mail|in\s+writing|by\s+letter|in\s+an?\s+(?:e-?mail|letter))\b/i.test(sentence)) return true;
  // "We'll email you a link to confirm, and cancellation takes effect only when you click it": the written step sent by email is the condition.
  if (/\b(?:e-?mail|send|text)\s+(?:you\s+)?an?\s+(?:confirmation\s+)?link\b/i.test(sentence) && /\b(?:(?:takes?\s+effect|becomes?\s+effective|(?:is|are)\s+(?:complete|effective|final))\s+only|only\s+(?:takes?\s+effect|becomes?\s+effective))\s+(?:when|once|after|if)\s+you\s+(?:click|tap|follow|open|use)\b/i.test(sentence)) return true;
  // "Changes to your order only take effect once you confirm them in your account dashboard": the written step is the condition.
  if (/\bonly\s+takes?\s+effect\s+(?:once|when|if|after)\s+you\s+(?:confirm|approve|accept|submit)\s+(?:it|them|this|the\s+[a-z]+)\s+(?:in|through|via|on)\s+(?:your|the)\s+(?:[a-z-]+\s+)?(?:dashboard|portal|account|settings|app|console)\b/i.test(sentence)) return true;
  // "Changes … that we talk through in a planning meeting only apply once we send you an updated Order Form and you accept it": the written instrument is the condition.
  if (/\bonly\s+(?:appl(?:y|ies)|takes?\s+effect|becomes?\s+(?:effective|binding)|binds?)\s+(?:once|when|if|after)\s+(?:we|you|they|the\s+[A-Za-z]+|both\s+parties)\s+(?:(?:have|has)\s+)?(?:sends?|sent|issues?|issued|signs?|signed|countersigns?|countersigned|executes?|executed)\s+(?:(?:you|us|them|the\s+[A-Za-z]+)\s+)?(?:an?\s+|the\s+)?(?:(?:updated|revised|new|signed|written|amended|formal)\s+)?(?:order\s+form|change\s+(?:order|note|request)|variation(?:\s+(?:order|agreement))?|amendment|contract|statement\s+of\s+work|sow|quote|quotation)\b/i.test(sentence)) return true;
  // "Transfers agreed at a members' meeting … are only entered in the register once two directors approve them": a formal approval is the condition.
  if (/\bonly\s+(?:entered|recorded|registered)\s+in\s+the\s+(?:register|minutes|records?)\s+once\b/i.test(sentence)) return true;
  // "That confirmation constitutes the Controller's general written authorisation": the oral step stands in for the writing, which it does not require.
  if (/\b(?:constitutes?|counts?\s+as|(?:shall|will)\s+(?:constitute|count\s+as|be\s+treated\s+as))\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z'’]+\s+){0,3}?(?:written|signed)\s+(?:authori[sz]ation|consent|approval|instructions?|notice|confirmation)\b/i.test(sentence)) return false;
  // "May telephone the duty officer … to report a fault, and shall follow up each call with a written incident report": each call is put in writing.
  if (/\b(?:shall|must|will)\s+follow\s+up\s+(?:each|every|any|the|such)\s+(?:call|conversation|instruction)s?\s+with\s+an?\s+(?:written|signed)\b/i.test(sentence)) return true;
  // "Offers mentioned in a sales presentation or call are only valid once they appear in an order form you have accepted": the written order is the condition.
  if (/\bonly\s+(?:valid|binding|effective|enforceable)\s+(?:once|when|if|after)\s+(?:they|it|these|such\s+[a-z]+)\s+(?:appears?|(?:is|are)\s+(?:included|written|set\s+out|recorded|confirmed))\s+in\s+(?:an?|the|your)\s+(?:[a-z-]+\s+){0,2}?(?:order(?:\s+form)?|contract|agreement|form|quote|quotation)\b/i.test(sentence)) return true;
  // "Instructions given by telephone … shall be followed up by the Client with a signed work request before any chargeable work is performed".
  if (/\b(?:shall|must)\s+be\s+followed\s+up\b[^.;]{0,80}\bwith\s+an?\s+(?:signed|written)\b[^.;]{0,60}\bbefore\b/i.test(sentence)) return true;
  // "Any actions agreed at that meeting shall be recorded in writing and signed off … before taking effect".
  if (/\b(?:recorded|confirmed|documented|set\s+out)\s+in\s+writing\b[^.;]{0,80}?\bbefore\s+(?:taking|it\s+takes|they\s+take)\s+effect\b/i.test(sentence)) return true;
  // "Shall be recorded as a formal Variation before it takes effect", "takes effect only when you confirm it in your billing settings".
  if (/\b(?:recorded|documented|confirmed)\s+(?:as|in)\s+(?:an?\s+)?(?:formal\s+|written\s+|signed\s+)?(?:variation|amendment|change\s+(?:note|order))s?\b[^.;]{0,80}?\bbefore\s+(?:taking|it\s+takes|they\s+take|it\s+becomes|they\s+become)\s+(?:effect|effective|binding)\b|\btakes?\s+effect\s+only\s+(?:when|once|if|after)\s+(?:you(?:['’]ve|\s+have)?|the\s+[a-z]+(?:\s+has)?)\s+(?:confirm(?:s|ed)?|approve[sd]?|accept(?:s|ed)?|submit(?:s|ted)?)\s+(?:it|them|this|the\s+[a-z]+)\s+(?:in|through|via|on)\s+(?:your|the|our)\s+(?:[A-Za-z-]+\s+){0,3}?(?:settings|portal|account|dashboard|console|app|order\s+form)\b/i.test(sentence)) return true;
  // "Anything we agree on it is written up and sent to you for signature before it becomes binding", "takes effect only when both have executed an amendment deed".
  if (/\b(?:written\s+up|sent\s+to\s+(?:you|the\s+[a-z]+)\s+for\s+signature)\b[^.;]{0,80}?\bbefore\s+(?:it|they|this|that|such\s+[a-z]+)\s+(?:becomes?|is|are|takes?)\s+(?:binding|effective|valid|effect)\b|\btakes?\s+effect\s+only\s+(?:when|once|if|after)\b[^.;]{0,80}?\b(?:executed|signed|countersigned)\b/i.test(sentence)) return true;
  if (!WRITTEN.test(sentence) || !CONFIRMATION.test(sentence)) return false;
  // "Binds the Customer without a written confirmation", "without asking for written confirmation": the writing is waived, not required.
  if (WAIVED_WRITING.test(sentence)) sentence = blanked(sentence, WAIVED_WRITING_ALL);
  if (!WRITTEN.test(sentence)) return false;
  // "Written up later only if either party asks": writing on request is no condition of the oral step.
  if (OPTIONAL_WRITING.test(sentence)) return false;
  const written = [...sentence.matchAll(WRITTEN_ALL)].map((m) => m.index!);
  for (const c of sentence.matchAll(CONFIRMATION_ALL)) if (written.some((w) => Math.abs(w - c.index!) <= WRITTEN_NEAR)) return true;
  return false;
}

const FALLBACK =
  /\b(?:where|if)\s+the\s+parties\s+have\s+failed\s+to\s+agree\b[^.;]*?,\s*[^.;]*\b(?:shall|will)\s+be\s+(?:adjusted|calculated|determined|set|fixed)\s+(?:in\s+line\s+with|by\s+reference\s+to|in\s+accordance\s+with|at)\b|\b(?:absent|failing|in\s+the\s+absence\s+of)\s+(?:such\s+)?agreement\b[^.;]{0,60}?\b(?:shall|will)\s+be\s+(?:calculated|determined|set|fixed|charged|priced)\s+(?:pro\s+rata|at|by|in\s+accordance|on\s+the\s+basis)\b|\b(?:if|where|should)\s+(?:we|you\s+and\s+(?:we|us)|we\s+and\s+you|the\s+(?:two\s+)?parties|both\s+parties|they|the\s+[A-Za-z]+\s+and\s+the\s+[A-Za-z]+)\s+(?:can['’]?t|cannot|can\s+not|do\s+not|don['’]t|fail\s+to|are\s+unable\s+to|be\s+unable\s+to)\s+agree\b[^.;]*?,\s*[^.;]*\b(?:appl(?:y|ies)|prevails?|governs?|continues?\s+to\s+apply|(?:shall|will|must)\s+(?:accept|adopt|use|follow)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:nominated|proposed|chosen|selected|specified|determined|set)\s+by)\b|\b(?:until\s+(?:then|that\s+time|(?:they|it|such\s+[a-z]+)\s+(?:is|are|has\s+been|have\s+been)\s+(?:agreed|confirmed|settled|fixed))|in\s+the\s+meantime|pending\s+(?:such\s+|that\s+)?(?:agreement|confirmation))\s*,?\s*[^.;]{0,80}?\b(?:appl(?:y|ies)|govern|governs|prevail|prevails|remains?\s+in\s+force|continues?\s+to\s+apply)\b|\bfailing\s+(?:which|one|that|this|such\s+(?:a\s+)?(?:solution|resolution))\b|\b(?:if|where|should)\s+no\s+(?:[a-z]+\s+){0,2}?(?:price|fee|rate|amount|figure|sum|charge)s?\s+(?:is|are|has\s+been|have\s+been)\s+(?:agreed|settled|fixed)\b[^.;]*?\b(?:appl(?:y|ies)|prevails?|governs?|continues?\s+to\s+apply|remains?\s+in\s+force)\b|\bfailing\s+any\s+(?:specific\s+|such\s+)?agreement\b|\b(?:(?:if|where|should)\s+no\s+(?:agreement|resolution|solution|settlement)\s+is\s+(?:reached|agreed|found)[^.;]*?,\s*[^.;]*\b(?:may|will|shall|can)\s+(?:then\s+)?(?:terminate|end|cancel|withdraw|refer|escalate|suspend)\b|(?:if|where|should)\s+(?:no\s+agreement\s+is\s+reached|the\s+(?:two\s+)?parties\s+(?:be\s+|are\s+)?(?:unable|fail)\s+to\s+(?:agree|settle)|they\s+(?:be\s+|are\s+)?(?:unable|fail)\s+to\s+(?:agree|settle))[^.;]*?,\s*[^.;]*\b(?:appl(?:y|ies)|increase[sd]?|rise|move|continues?|remains?|prevails?|governs?|calculated|computed|determined|decided|referred|fixed|indexed|adjusted|uplifted)\b|failing\s+(?:such\s+)?agreement|(?:if|where|should|in\s+the\s+event\s+that)\s+(?:the\s+(?:two\s+)?parties|they|both\s+parties|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+and\s+(?:the\s+)?[a-z]+)\s+(?:cannot|can\s+not|do\s+not|did\s+not|have\s+not|fail\s+to|are\s+unable\s+to|are\s+not\s+able\s+to)\s+(?:yet\s+)?(?:agree|reach)|\b(?:should|if|where)\s+(?:the\s+(?:two\s+)?parties|they|both\s+parties)\s+be\s+(?:unable|not\s+able)\s+to\s+(?:agree|settle|reach|determine|fix)\b[^.;]*?,\s*[^.;]*\b(?:shall|will|may)\s+(?:not\s+[a-z]+|govern|apply|prevail|remain|stay|continue|terminate)\b|\b(?:stays?|remains?)\s+unchanged\b|\b(?:should|if|where|in\s+the\s+event\s+that)\s+(?:the\s+)?[A-Za-z]+\s+and\s+(?:the\s+)?[A-Za-z]+\s+(?:be\s+unable|are\s+unable|fail|cannot|do\s+not)\s+(?:to\s+)?(?:agree|reach|settle)\b[^.;]*?,\s*[^.;]*\b(?:shall|will|may)\s+(?:be\s+referred|apply|govern|prevail|terminate|cease|stop|suspend|revert|be\s+determined|be\s+decided|rise|increase|remain|stay|continue|be\s+(?:adjusted|increased|indexed|calculated|valued|priced|charged|paid|set))\b|\b(?:and|but)\s+(?:the\s+parties|they)\s+(?:fail|are\s+unable)\s+to\s+(?:reach\s+agreement|agree)\b[^.;]*?,\s*[^.;]*\bmay\s+(?:terminate|cancel|withdraw|end)\b|in\s+the\s+absence\s+of\s+(?:such\s+)?agreement|until\s+(?:such\s+time\s+as\s+)?(?:the\s+parties\s+agree|agreed)|continues?\s+to\s+(?:apply|govern)|continues?\s+(?:on\s+(?:a\s+)?)?(?:month\s+to\s+month|monthly\s+basis|year\s+to\s+year|on\s+the\s+same\s+terms|at\s+the\s+(?:existing|current|same|prior)\s+(?:prices|rates|fees|charges))|remains?\s+in\s+(?:force|effect)|appl(?:y|ies)\s+until|otherwise\b[^.;]*\bappl(?:y|ies))/i;

/** A "fallback" that is only more negotiation ("failing which they will continue discussions"). */
const TALK_AS_FALLBACK = /\bfailing\s+(?:which|that|agreement)\s*,?\s+(?:they|the\s+parties)\s+(?:will|shall)\s+(?:continue|keep)\s+(?:to\s+)?(?:discuss\w*|negotiat\w*|talk\w*)/i;

/** True when the sentence says what applies if the parties do not agree. */
export function hasFallback(sentence: string): boolean {
  // "Failing which they will continue discussions until agreement is reached": more talk is no fallback.
  return FALLBACK.test(sentence) && !TALK_AS_FALLBACK.test(sentence);
}

const VARIATION_SUBJECT = /\b(?:changes?|amendments?|variations?|modifications?|waivers?|amended|varied|modified|waived|amend|vary|modify)\b/i;

/** True when the sentence is a variation clause: changes take effect only when agreed in writing. */
export function isVariationClause(sentence: string): boolean {
  return VARIATION_SUBJECT.test(sentence) && /\b(?:in\s+writing|written|signed|executed|formal\s+(?:variation|amendment|change\s+note))\b/i.test(sentence) && !AMENDMENT_TO_COME.test(sentence);
}

/** One amendment still to be signed at a later point ("fixed by an amendment (avenant) to be signed upon completion of the pilot"): a document to come, no variation clause. */
const AMENDMENT_TO_COME = /\b(?:settle|agree|fix|set|determine)\s+in\s+an?\s+(?:later|subsequent|future|further)\s+(?:written\s+)?(?:amendment|variation|addendum)\b|\b(?:written|incorporated|recorded|set\s+out|included)\s+(?:in|into)\s+an?\s+(?:future|later|subsequent|further)\s+(?:amendment|variation|addendum)\b|\b(?:written|incorporated|recorded)\s+into\s+(?:the|this)\s+(?:agreement|contract)\s+by\s+(?:way\s+of\s+)?(?:an?\s+)?(?:amendment|variation|addendum)\b|\b(?:will|shall)\s+(?:later\s+)?(?:fix|set|agree|determine|settle|specify|record)\s+(?:[a-z]+\s+){0,3}?in\s+an?\s+(?:written\s+|signed\s+)?(?:amendment|variation|addendum)\b|\b(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:amendment|variation|addendum|avenant)\s+(?:\([^)]{1,30}\)\s+)?(?:to\s+be|that\s+(?:will|shall)\s+be|which\s+(?:will|shall)\s+be)\s+(?:signed|executed|concluded|agreed)\s+(?:upon|on|after|at|once|when|following|before)\b/i;

const DISPUTE = /\b(?:disputes?|disagreements?|controvers(?:y|ies)|(?<!credits?[\s-])(?<!\b(?:formal|valid)\s)(?<!small[\s-])(?<!\b(?:waiver|waive[sd]?|release[sd]?)\s+of\s+(?:(?:any|all|further|its|their)\s+)?)(?<!\b(?:liability|liabilities|indemnit(?:y|ies)|insurance|cover)\s+(?:for|against|in\s+respect\s+of)\s+(?:[a-z-]+\s+){0,3})(?<![a-z]-loss\s)(?<!\b(?:insurance|expense|expenses|mileage|travel)\s)claims?(?!\s+is\s+lodged|\s+is\s+made|\s+is\s+submitted|\s+for\s+(?:service\s+)?credits?|\s+(?:team|teams|handling|handlers?|department|staff|officers?|managers?|portal|system|data|processing|forms?|environment|platform|application|app|software|database|module|service|records?|files?|registers?|histor(?:y|ies))\b)|arbitrat\w*|mediat\w*|(?<!\b(?:after[\s-]hours|out[\s-]of[\s-]hours|incident|technical|operational|support|on[\s-]call|functional|hierarchical)[\s-])escalat(?!or)\w*(?!\s+(?:matrix|matrices|path|paths|contacts?|lists?|levels?|points?|chart)\b)(?!\s+(?:(?:unresolved|open|critical|major|priority\s+\d)\s+)?(?:incidents?|tickets?|faults?|issues?|problems?|alerts?|outages?)\b)(?!\s+(?:procedures?|process(?:es)?)\s+for\s+(?:[a-z-]+\s+){0,3}?(?:incidents?|outages?|faults?|alerts?|tickets?)\b))\b/i;

/** True when the sentence is about resolving a dispute (negotiation is then a step, not a term left open). */
export function aboutDispute(sentence: string): boolean {
  return DISPUTE.test(sentence);
}

const AIM_SUBJECT =
  /\b(?:(?:security\s+|technical\s+|organi[sz]ational\s+)?(?:measures|controls)|(?:security|service|performance)\s+commitments|safeguards|times?|levels?|uptime|throughput|latency|capacity|forecasts?|accura(?:cy|te)|bandwidth|staffing|headcount|frequenc(?:y|ies)|availab\w*|hours|dates?|deadlines?|timescales?|timelines?|schedules?|turnarounds?|targets?|figures?|milestones?|SLAs?|responses?|resolutions?|credits?|estimates?|performance|objectives?|recovery|RTOs?|RPOs?|benchmarks?|metrics?|KPIs?|delays?|retention\s+periods?|how\s+long|time\s+it\s+takes|(?:delivery\s+|processing\s+|response\s+)?speeds?|within\s+(?:(?:a\s+few|\d+|[a-z]+)\s+)?(?:seconds?|minutes?|days?|weeks?))\b/i;
const CONTRACT_PART =
  /\b(?:agreement|contract|order(?:\s+form)?|SLAs?|schedules?|document|terms|conditions|proposal|addend(?:um|a)|DPA|BAA|protocol|quot(?:e|ation)|statement\s+of\s+work|SOW|service\s+levels?|commitments?|obligations?|annex|appendix|exhibit|clause|section|letter|memorandum|polic(?:y|ies)|pages?|website|descriptions?|specifications?)\b/i;

/** True when the sentence speaks of service levels, times or dates (what an aim disclaimer empties). */
export function aboutLevels(sentence: string): boolean {
  return AIM_SUBJECT.test(sentence);
}

/** True when the words before a phrase name a contract document or its terms (what a non-binding statement empties). */
export function aboutContract(before: string): boolean {
  return CONTRACT_PART.test(before);
}

const DEFINITION = /^\s*(?:for\s+the\s+purposes?\s+of\s+[^,]{1,80},\s*)?["“']([^"”']{1,80})["”']\s+(?:means|shall\s+mean|has\s+the\s+meaning|is\s+defined\s+as|refers\s+to)\b/i;
/** A definition of a capitalised term without quotes ("Good Industry Practice means …"): case-sensitive, so that "the service means" is none. */
const TITLE_DEFINITION = /^\s*((?:[A-Z][A-Za-z-]*\s+){0,5}[A-Z][A-Za-z-]*)\s+(?:means|shall\s+mean|has\s+the\s+meaning|is\s+defined\s+as)\b/;

/** The span (in sentence offsets) of the term a definition sentence defines, if the sentence is one. */
export function definedTerm(sentence: string): { start: number; end: number } | undefined {
  const m = DEFINITION.exec(sentence) ?? TITLE_DEFINITION.exec(sentence);
  if (!m) return undefined;
  const start = sentence.indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

const SINGLE_AGENT =
  /^[\s,]+by\s+(?:the\s+)?(?![Pp]arties\b|[Bb]oth\b|[Mm]utual\b|[Ee]ach\b|[Aa]greement\b)(?:customer|client|buyer|agency|authority|provider|supplier|contractor|vendor|licensor|licensee|company|processor|controller|state|department|purchaser|business\s+associate|covered\s+entity|subscriber|[A-Z][A-Za-z]+)\b(?!\s+(?:and|&)\s+(?:the\s+)?[A-Za-z])(?![^.;]{0,20}\b(?:in\s+consultation|(?:after|following)\s+consultation|jointly|together|in\s+agreement)\s+with\b)(?![A-Za-z\s]{0,30}\bof\s+(?:both|each\s+of\s+the|the)\s+parties\b)/;

/** True when the words after a deferred decision give it to one party ("to be determined by the Buyer"), which is an option, not an agreement to agree; "by Vendor and Client" names both. */
export function decidedByOneParty(after: string): boolean {
  return SINGLE_AGENT.test(after) && !TWO_AGENTS.test(after) && !JOINT_BODY.test(after);
}

/** The words that name a party to an IT services contract. */
export const PARTY_WORD = String.raw`(?:customer|client|supplier|provider|contractor|vendor|seller|reseller|partner|consultant|agency|authority|buyer|purchaser|processor|controller|licensor|licensee|company|state|city|county|council|commonwealth|government|ministry|department|msp|subscriber)`;
/** {@link PARTY_WORD} in either case, for tests on the text as written: who may stand beside a name as one of two agents. */
export const PARTY_WORD_ANY_CASE = PARTY_WORD.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** Two agents, either named in several words ("by the Contracting Authority and the Contractor", "by Axiell and the Licensee", "by the Provider's commercial team and the Consortium"): case-sensitive, so that "set by the Supplier and notified" names one. */
const TWO_AGENTS_SOURCE = String.raw`by\s+(?:the\s+)?(?:(?:[A-Z][A-Za-zÀ-ɏ'’.-]*|${PARTY_WORD_ANY_CASE})\s+){1,3}?(?:(?<=['’]s\s)(?:[a-z-]+\s+){0,2}(?:team|department|unit|office|staff|managers?|leads?|directors?|officers?)\s+)?(?:and|&)\s+(?:the\s+)?(?:[A-Z][A-Za-z.]*|${PARTY_WORD_ANY_CASE})\b`;
/** A body of both parties as the agent ("by the Service Management Board", "by the Steering Committee"): a joint decision, not one party's. */
const JOINT_BODY = /^[\s,]+by\s+(?:the\s+)?(?:parties['’]\s+)?(?:[A-Z][a-z]+\s+)?(?:[Mm]anagers|[Rr]epresentatives|[Ll]eads)\b|^[\s,]+by\s+(?:the\s+|an?\s+)?(?:(?:[A-Z][A-Za-z-]*|joint|steering|governance|management|project|programme|program|partnership|change|advisory|contract|service|operational|operations|working|price|pricing|review|technical|commercial|monitoring|oversight|supervisory|liaison|coordination)[\s-]+){0,4}(?:[Bb]oard|[Cc]ommittee|[Gg]roup|[Ff]orum|[Pp]anel|[Cc]ouncil)\b|^[\s,]+by\s+(?:the\s+|an?\s+)?(?:[Jj]oint|[Mm]ixed|[Mm]onitoring|[Ff]ollow[\s-]up|[Ss]teering|[Ll]iaison|[Cc]oordination|[Oo]versight)[\s-]+(?:[A-Za-z-]+[\s-]+)?[Cc]ommission\b/;
const TWO_AGENTS = new RegExp(String.raw`^[\s,]+${TWO_AGENTS_SOURCE}`);
const TWO_AGENTS_ANYWHERE = new RegExp(String.raw`\b${TWO_AGENTS_SOURCE}`);

const SETTLED_NOW =
  /^[\s,]+(?:(?:upon|on)\s+)?(?:in\s+(?:writing|the\s+(?!\s|(?:future|later|subsequent|separate|further|new|annual|yearly|next|following|quarterly|coming|course|light|first|second|initial)\b)|this\s+|an?\s+(?!\s|(?:future|later|subsequent|separate|further|new|supplementary|revised|updated|amended|joint|standalone|stand\s+alone|side\s+letter)\b)(?!(?:[a-z-]+\s+){0,2}(?:discussions?|negotiations?|consultations?|talks|dialogue)\b)|clause|schedule|section|annex|appendix|exhibit|attachment|accordance)|on\s+the\s+basis|based\s+on|according\s+to|as\s+set\s+out|under\s|using\s|by\s+reference|(?:at|to|as)\s+[$€£]?\d)/i;

/** True when the words after a participle show the value is already settled ("agreed in the order form", "set at 20 USD"). */
export function settledNow(after: string): boolean {
  return SETTLED_NOW.test(after) && !FUTURE_DOCUMENT.test(after.slice(0, 120));
}

/** The document a value is settled in is itself still to come ("in a Statement of Work that the parties are to enter into later", "produced once the parties have scoped the work"). */
/** A plan or document the provider will still put together with the client ("under a plan we'll put together with you once you sign up"). */
const PLAN_TO_COME = String.raw`(?:plan|schedule|roadmap|timetable|document|statement\s+of\s+work|proposal)\s+(?:that\s+|which\s+)?(?:we|the\s+parties)(?:\s+will|\s+shall|['’]ll)?\s+(?:put\s+together|work\s+out|draw\s+up|prepare|develop)\s+(?:together\s+)?with\s+(?:you|the\s+(?:customer|client))`;

const FUTURE_DOCUMENT = new RegExp(
  String.raw`\b(?:${PLAN_TO_COME}|later|subsequently|jointly|(?:executed|signed|concluded|entered\s+into)\s+(?:after|following|once|when)\s+(?:go[\s-]live|signature|the\s+[a-z]+)|(?:that|which)\s+(?:we|the\s+parties|both\s+parties|you\s+and\s+we|the\s+[A-Za-z]+\s+and\s+(?:the\s+)?[A-Za-z]+)(?:\s+will|\s+shall|['’]ll|\s+(?:intend|plan|expect)\s+to)\s+(?:work\s+out|agree|prepare|draw\s+up|negotiate|settle|execute|sign|conclude|write|produce|develop)|(?:intends?|plans?|expects?|proposes?|wish(?:es)?|undertakes?)\s+to\s+(?:conclude|agree|sign|enter\s+into|execute|finali[sz]e|draw\s+up|prepare|negotiate|exchange|issue)|(?:have|has|are|is)\s+yet\s+to\s+(?:conclude|agree|sign|enter\s+into|execute|finali[sz]e|draw\s+up|prepare|write|develop|produce|adopt)|(?:are|is)\s+to\s+(?:create|draw\s+up|prepare|produce|write|develop|agree|execute|sign|conclude|complete|enter\s+into|fill\s+(?:in|out)|populate|finali[sz]e)|(?:that|which)\s+the\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+and\s+the\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:will|shall|are\s+to)\s+(?:conclude|sign|execute|agree|prepare)|to\s+be\s+(?:created|developed|written|issued|published|adopted)|\bstill\s+to\s+be\s+(?:coordinated|agreed|drafted|prepared|finali[sz]ed|concluded)\b|\bstill\s+pending\b|\bwithin\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:days|weeks|months)\s+(?:of|after|from)\s+(?:the\s+)?(?:effective|commencement|start|signature|contract)\b|to\s+be\s+approved\s+(?:by\s+(?:the\s+)?[A-Za-z]+\s+)?(?:in\s+due\s+course|later|at\s+a\s+later\s+(?:date|stage))|(?:in\s+(?:a|such\s+a)\s+(?:way|manner)|on\s+(?:terms|a\s+basis))\s+(?:that\s+)?(?:we|the\s+parties|you\s+and\s+we)(?:\s+will|\s+shall|['’]ll)?\s+(?:agree|settle|work\s+out|decide)\b|\bonce\s+(?:agreed|finali[sz]ed|settled|approved)\b|to\s+(?:enter\s+into|be\s+(?:agreed|signed|executed|entered\s+into|prepared|produced|drawn\s+up))|(?:produced|prepared|drawn\s+up|signed(?:\s+off)?|sign\s+off|approved?|agreed|issued|written|attached|annexed)\s+(?:once|after|when|later|following)|once\s+the\s+parties|after\s+the\s+parties)\b`,
  'i',
);

const DEFERRAL =
  /\b(?:later|(?:in|by|under)\s+(?:a|an)\s+side[\s-]+letter|at\s+a\s+(?:later|future)|at\s+the\s+(?:relevant|appropriate|proper)\s+time|through\s+(?:consultation|discussion|negotiation)s?|in\s+due\s+(?:course|time)|after|once|following|during|in\s+the\s+course\s+of|before|at\s+the\s+time|at\s+renewal|in\s+the\s+future|by\s+(?:the\s+parties|both\s+parties|both\s+sides|mutual|negotiation|agreement|discussion|consensus|us\s+and\s+you|you\s+and\s+us|you\s+and\s+we|we\s+and\s+you)|between\s+the\s+parties|jointly|mutually|separately|individually|case-by-case|between\s+(?:the\s+)?[A-Za-z]+\s+and\s+(?:the\s+)?[A-Za-z]+|with\s+(?:the\s+|each\s+(?:[A-Za-z-]+\s+)?)?(?:customer|client|supplier|provider|contractor|vendor|buyer|agency|subscriber|licensee|department|council|authority)|(?:subsequent|later|future|further)\s+(?:mini[\s-]?competitions?|call[\s-]?offs?|tenders?|procurements?)|(?:subsequent|later|future|separate|further|new|supplementary|additional|standalone)\s+(?:[a-z-]+\s+){0,2}?(?:order(?:\s+form)?|agreement|contract|amendment|addendum|side\s+letter|statement\s+of\s+work|SOW|schedule|document|change\s+order|quote|quotation|proposal)s?)\b/i;

const LATER = new RegExp(
  String.raw`\b(?:${PLAN_TO_COME}|following\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,3}?review\b|with\s+you\s+separately\b|if\s+(?:and\s+when\s+)?you\s+(?:go\s+over|exceed|outgrow|need\s+more)\b|closer\s+to\s+the\s+(?:date|time|event)\b|(?:closer|nearer)\s+to\s+(?:the\s+)?(?:go[\s-]?live|launch|start|opening|roll[\s-]?out|cut[\s-]?over|commencement|season)(?:\s+(?:date|day))?\b|nearer\s+the\s+(?:go[\s-]?live|launch|start|opening|roll[\s-]?out|cut[\s-]?over|commencement|season)(?:\s+(?:date|day))?\b|(?:at|during|in\s+the\s+course\s+of)\s+the\s+(?:first|next|second)\s+(?:[A-Za-z]+\s+)?(?:review|meeting)\b|(?:if\s+and\s+when|when|if|as\s+and\s+when)\s+(?:the|a|any|such\s+a)\s+(?:problem|issue|situation|case|question)\s+(?:arises|occurs|comes\s+up)|at\s+renewal(?:\s+time)?|(?:before|ahead\s+of|prior\s+to|closer\s+to|nearer(?:\s+to)?)\s+(?:the\s+)?(?:end|expiry|renewal)\s+of\s+(?:your|the|its|their)\s+(?:(?:current|first|initial|minimum|fixed|original)\s+)?(?:subscription\s+term|contract\s+term|term|subscription|contract|agreement|period)|when\s+(?:we|you|the\s+parties)\s+sign\s+(?:your|the|an?|our)\s+(?:order(?:\s+form)?|contract|agreement|sow|statement\s+of\s+work)|before\s+(?:your|their|its|the)\s+(?:subscription|contract|term|agreement)\s+renews|(?:once|when|after)\s+(?:that|the|this|each)\s+(?:[a-z-]+\s+){0,2}?(?:is|has\s+been|are|have\s+been)\s+(?:commissioned|launched|completed|installed|built|delivered|live|operational|in\s+service)|(?:confirmed|agreed|set\s+out|specified|fixed|documented|recorded)\s+in\s+(?:a|an|the)\s+(?:future|later|subsequent|separate|new|next)\s+(?:[a-z-]+\s+)?(?:order|agreement|amendment|statement\s+of\s+work|sow|quote|quotation|version|schedule)|later|subsequently|thereafter|at\s+a\s+subsequent\s+(?:stage|date|point|time|phase)|at\s+(?:the\s+)?[A-Za-z]+['’]s\s+renewal|(?:when|as|if|as\s+and\s+when|if\s+and\s+when)\s+(?:the\s+|a\s+|any\s+)?(?:need|occasion|necessity)\s+(?:for\s+it\s+)?(?:arises|occurs)|as\s+and\s+when\s+(?:such|the|any|new|additional|further)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:are|is)\s+(?:added|introduced|required|needed|connected|joined)|comes?\s+up\s+for\s+renewal|when\s+(?:both\s+(?:sides|parties)|the\s+parties)\s+are\s+ready|(?:ahead\s+of|before|prior\s+to)\s+(?:that|the\s+next|each|every)\s+(?:[a-z-]+\s+)?(?:session|season|cycle|round|phase|term|year)|(?:ahead\s+of|before|prior\s+to|at)\s+(?:each|every|the\s+next|any)\s+(?:renewal|anniversary|contract\s+year|new\s+term)|at\s+the\s+(?:contract\s+|next\s+|first\s+)?(?:anniversary|renewal)|at\s+(?:your|our|its|their)\s+(?:next\s+|first\s+)?renewal|(?:once|after|when)\s+(?:we['’]ve|we\s+have|you['’]ve|you\s+have|they['’]ve|they\s+have)\s+(?:reviewed|assessed|investigated|looked\s+into|considered|analy[sz]ed)\b|when\s+(?:you|the\s+[a-z]+)\s+(?:need|want|require|order)\s+(?:them|it|more|those|these)\b|prior\s+to\s+go[\s-]live\b|(?:before|prior\s+to)\s+the\s+first\s+(?:such\s+)?(?:[a-z-]+\s+){0,2}?(?:call[\s-]?outs?|operations?|orders?|deliver(?:y|ies)|visits?|use|invoices?|sessions?|releases?)\b|(?:in\s+the\s+light\s+of|based\s+on|after)\s+the\s+(?:first|initial|pilot)\s+(?:[a-z]+['’]s\s+)?(?:results|performance|figures|data|experience)\b|(?:once|after|when)\s+(?:the\s+)?[A-Za-z]+\s+(?:completes?|has\s+completed|finishes?|concludes?)\s+(?:its|their|the|our|your)\s+(?:[a-z-]+\s+){0,3}?(?:review|assessment|procurement|audit|survey|evaluation)\b|at\s+the\s+(?:first|next|second|mid[\s-]?term)\s+(?:annual\s+|quarterly\s+)?(?:[a-z-]+\s+){0,3}?review\b|on\s+(?:each\s+|the\s+next\s+|any\s+)?renewal|at\s+the\s+end\s+of\s+the\s+(?:[a-z]+\s+)?(?:season|pilot|trial)|at\s+the\s+(?:close|end)\s+of\s+(?:each|every|the)\s+(?:(?:financial|fiscal|contract|calendar)\s+)?(?:year|quarter)|(?:once|when|after)\s+(?:you|we|the\s+[a-z]+|your\s+[a-z]+)\s+(?:reach|reaches|exceed|exceeds|hit|hits|pass|passes)\b|at\s+a\s+(?:later|future)|at\s+the\s+time\b(?!\s+of\b)|in\s+due\s+course|in\s+(?:the\s+)?future|(?:in|during)\s+the\s+(?:final|last|closing)\s+(?:[a-z0-9]+\s+)?(?:months?|weeks?|days?|year|quarter)\s+of\s+(?:the|this|its|your)\b|(?:nearer|closer)\s+(?:to\s+)?the\s+time|when\s+the\s+time\s+comes|at\s+(?:that|a\s+later)\s+(?:time|stage|point)|down\s+the\s+line|(?:before|by)\s+the\s+(?:(?:service|contract|operational|project)\s+)?(?:start|go-live|commencement|launch|effective)\b|before\s+go[\s-]live\b|(?:after|once|following)\s+(?:go-live|signature|signing|the\s+(?:pilot|first|initial|discovery|transition))|(?:once|after|following|upon\s+completion\s+of)\s+the\s+(?:[a-z]+\s+)?(?:audit|assessment|review|survey|discovery|pilot|workshop|analysis)|(?:once|after|when)\s+(?:the\s+|our\s+|your\s+|its\s+)?[A-Za-z]+\s+(?:has|have)\s+(?:reviewed|assessed|completed|considered|evaluated|analy[sz]ed|examined|studied)\b|during\s+(?:the\s+)?(?:contract\s+)?negotiations?|at\s+the\s+next\s+(?:scheduled\s+)?(?:review|meeting|renewal)|at\s+(?:the\s+|its\s+|their\s+|your\s+|our\s+)?(?:(?:relevant|applicable|scheduled)\s+)?(?:next|annual|yearly|quarterly|first|following|inaugural)\s+(?:[A-Za-z-]+\s+){0,2}(?:review|meeting|board|committee|forum)|further\s+(?:by|between|with)\b|at\s+(?:that|each|the\s+annual|the\s+yearly)\s+review|(?:during|after|once|following|at\s+the\s+(?:end|close)\s+of|on\s+(?:the\s+)?completion\s+of|upon\s+(?:the\s+)?completion\s+of|by\s+the\s+end\s+of)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}(?:phase|stage|pilot|discovery|transition|implementation|onboarding|mobili[sz]ation|design\s+review|first\s+(?:quarter|year|month)))`,
  'i',
);

/** True when the words after a discussion or choice put it off to a later time ("nearer the time", "at a later stage", "before the Start Date"). */
export function deferredLater(after: string): boolean {
  return LATER.test(after);
}

/** True when the words after a decision name both parties as the ones who decide ("by the Contracting Authority and the Supplier together"). */
/** True when the words after a decision give it to a body of both parties ("by the steering committee"). */
export function decidedByJointBody(after: string): boolean {
  // "Reviewed and set by the Joint Steering Committee": the body after a second verb.
  return JOINT_BODY.test(after) || JOINT_BODY.test(after.replace(/^\s+and\s+[a-z]+(?:\s+[a-z]+){0,2}(?=\s+by\b)/i, ''));
}

/** True when the words after a decision name both parties as the ones who decide ("by the Contracting Authority and the Supplier together"). */
export function decidedByBoth(after: string): boolean {
  return TWO_AGENTS_ANYWHERE.test(after.slice(0, 80));
}

/** Settled with the client at some later event ("will be settled with you when you ask to leave the service"). */
const WITH_YOU_LATER = /^\s+with\s+you\s+by\s+(?:our|the)\s+(?:[a-z-]+\s+){0,2}(?:team|manager|staff)\b|^\s+with\s+(?:you|us)\s+(?:when|once|if|before|after|as\s+and\s+when|at\s+the\s+time)\b/i;

/** True when the words after a weak decision verb defer it ("will be set at a future date", "will be confirmed by the parties after go-live"). */
export function deferred(after: string): boolean {
  return DEFERRAL.test(after) || WITH_YOU_LATER.test(after) || LATER.test(after) || FUTURE_DOCUMENT.test(after.slice(0, 120)) || TWO_AGENTS_ANYWHERE.test(after.slice(0, 80)) || JOINT_BODY.test(after);
}
