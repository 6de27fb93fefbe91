/**
 * The language lexicon: the classes of wording the language rules report
 * (`vague-term`, `agreement-to-agree`, `verbal-agreement`, and `number-mismatch`),
 * why each is a problem in a contract, and what to write instead.
 *
 * A class is not a list of strings but a pattern over word forms: inflections
 * ("endeavour", "endeavours", "endeavor"), intensifiers and short gaps ("uses
 * all commercially reasonable endeavours", "make every effort"), hyphens and
 * line breaks between words. A match is then judged on its sentence, as a
 * careful reader would (server/core/prose/sentence.ts): a soft word bounded by
 * a hard limit is a measurable promise; a discretion that shapes a right is no
 * defect; an oral promise the sentence denies force, or a term left to
 * agreement with a fallback, is fine; events beyond a party's control are an
 * escape hatch outside a force-majeure clause only.
 *
 * The classes are compiled, once, into as few regular expressions as keep
 * each under the size V8 optimises; they run only on the sentences that hold
 * one of the classes' anchor words (a small expression finds them), on a
 * normalised copy of the prose with the same offsets, and the sentence tests
 * run only on matches. Prose already read is not read again, and neither is
 * a sentence: each sentence's findings are kept by its text.
 */
import type { ParseResult, Prose, Span } from '../../grammar/index.js';
import { FoldedExpression } from './prose/folded.js';
import { needsOf, NeedsTest, packNeeds, withCovers, withoutCovers, type BuiltNeedsTable, type NeedsTable } from './prose/needs.js';
import { NUMBER_PAIR, numberMismatch, type NumberMismatch } from './prose/numbers.js';
import {
  aboutContract,
  aboutDispute,
  aboutLevels,
  blanked,
  bounded,
  decidedByOneParty,
  definedTerm,
  deferred,
  deferredLater,
  decidedByBoth,
  decidedByJointBody,
  hasFallback,
  withoutWaivedWriting,
  isRight,
  isVariationClause,
  negated,
  negatedBefore,
  deniedAfter,
  clauseAround,
  sentenceAround,
  sentenceEnds,
  PARTY_WORD,
  PARTY_WORD_ANY_CASE,
  settledNow,
  writingRequired,
  WRITING_DISPENSED,
  type BoundKind,
} from './prose/sentence.js';

/** The diagnostic code a lexicon class raises. */
export type LexiconCode = 'vague-term' | 'agreement-to-agree' | 'verbal-agreement' | 'number-mismatch';

/** How the sentence around a match is judged. */
type Judge =
  /**
   * Reported unless a hard limit of this kind bounds it in the same sentence; `right` also spares it when the sentence only gives a right
   * (`'active'`: only a right a party is given by name, "the Client may, on reasonable notice, inspect", not a passive "maintenance may be
   * performed on short notice", which is the other side's leeway).
   */
  /** `limitAfter`: spared when a hard limit follows it "in any event" ("efforts to restore service, and in any event within 4 hours"). */
  | { kind: 'soft'; bound?: BoundKind; right?: boolean | 'active'; limitAfter?: true }
  /** An efforts standard written as a verb ("will endeavour to"): reported when a duty governs it. */
  | { kind: 'effort-verb' }
  /** A soft standard word ("reasonable assistance", "an adequate level", "appropriately"): reported when it qualifies a duty, no hard limit of any kind bounds it and the sentence gives no mere right. */
  | { kind: 'duty' }
  /** Events beyond a party's control: reported outside a force-majeure clause. */
  | { kind: 'escape' }
  /** A disclaimer that turns a promise into an aim: reported when the sentence speaks of levels, times or dates. */
  | { kind: 'aim' }
  /** A statement that the text binds nobody: reported when it speaks of the contract or its terms. */
  | { kind: 'nonbinding'; needsNothing?: boolean }
  /** A decision deferred to later agreement: `strong` verbs defer by themselves, `weak` ones need a deferral ("later", "after go-live"), `parties` ones need the parties as subject. */
  | { kind: 'defer'; strength: 'strong' | 'weak' | 'parties' | 'phrase' | 'later' | 'relative' }
  /** Always reported (template blanks, TBD). */
  | { kind: 'always' }
  /** An oral promise or informal approval: spared when the sentence negates it or requires writing. */
  | { kind: 'oral' }
  /** A number in words beside digits: reported when they disagree. */
  | { kind: 'number' }
  /** A bracketed prompt left in the text ("[CUSTOMER NAME]", "[counterpartyName]", "[to be completed]"): judged on the words as written, since case tells a prompt from prose. */
  | { kind: 'placeholder' }
  /** The written instrument the contract requires, waived for an informal step ("whether or not it is later put in writing", "no separate work order need be raised"). */
  | { kind: 'waiver' }
  /** An informal channel whose outcome the sentence makes binding ("a request made through the in-product chat shall bind the Customer"). */
  | { kind: 'binding' }
  /** The client's informal say-so as the order for chargeable or extra work: reported when the sentence gives it a price or a start and names no written instrument. */
  | { kind: 'work-order' }
  /** An informal step (a call, a word to the account manager, an okay) that the sentence gives an effect: something approved, added, counted or started. Read off the whole sentence. */
  | { kind: 'informal-effect' }
  /** A level, measure or feature one party may change alone: reported unless the sentence requires the other's agreement or forbids a reduction. */
  | { kind: 'unilateral' }
  /** Levels or times that vary with something left unmeasured ("resolution times will vary with the complexity of each issue"). */
  | { kind: 'vary' };

/** One class of the lexicon. */
export interface LexiconEntry {
  /** A stable id, for `Diagnostic.data` and hover. */
  id: string;
  code: LexiconCode;
  /** Examples of the wording the class covers (documentation and tests; matching uses the pattern). */
  phrases: readonly string[];
  /** One sentence: why the wording is a problem in a contract. */
  why: string;
  /** What to do instead, as the end of a sentence ("write a number of days"). */
  advice: string;
  /**
   * What to write instead, as an LSP snippet whose business values are tab
   * stops. Shown on hover; the quick fix (never preferred) uses it when the
   * class has a mechanical place to put it (see `fix`).
   */
  replacement: string;
  /** Whether a quick fix replaces the match with `replacement` (some classes need the drafter's own words). */
  fix: 'replace' | 'drop-frame' | 'clause-choice' | 'none';
  /** Words right after the match that make it harmless ("as discussed in clause 4"). */
  unlessFollowedBy?: RegExp;
  /** Words right before the match that make it harmless ("as amended from time to time", "solely as necessary"). */
  unlessPrecededBy?: RegExp;
  /** Matched words that are harmless in themselves ("at your sole discretion": the reader's own choice). */
  unlessMatches?: RegExp;
}

interface Row extends LexiconEntry {
  /** The pattern: regular-expression source in which a space stands for any run of whitespace or hyphens (' ?' for an optional run: "co ?operation", "voice ?mail"), and ' for either apostrophe. */
  pattern: string;
  judge: Judge;
}

const EFFORTS_WHY =
  'An efforts standard promises trying, not a result: courts read it differently from one jurisdiction to the next, and nobody can show from it whether the provider did enough.';
const SOON_WHY = 'It sets no deadline, so nobody can show that the provider was late.';
const REASONABLE_TIME_WHY = 'What is "reasonable" is only settled in a dispute, after the fact; a number of days can be checked on the calendar.';
const AGREE_WHY =
  'A term the parties still have to agree on is no term at all: until it is agreed it cannot be enforced, and either side can refuse to agree.';
const AGREE_ADVICE = 'settle the term before signing and write it down, or say what applies if the parties do not agree';
const VERBAL_WHY =
  'A promise or approval made only by word of mouth is hard to prove and is usually excluded by the entire-agreement clause, so it will likely not bind anyone.';

const DEADLINE = `within \${1:5} \${2|business days,days,hours|}`;
const EFFORT = String.raw`(?:efforts?|endeavou?rs?)`;
const EFFORT_STRONG = String.raw`(?:commercially|reasonable|reasonably|best|utmost|good faith|diligent|every|all|maximum)`;
const EFFORT_WEAK = String.raw`(?:its|their|our|his|her|your|the|any|such|due|sincere|genuine|prompt|practicable|possible|appropriate|sufficient|commercially|reasonable|reasonably|best|utmost|good faith|diligent|every|all|maximum)`;
const PARTY_POSSESSIVE = String.raw`(?:its|their|our|his|her|your|a party's|either party's|each party's|any party's|the party's|the (?:[A-Za-zÀ-ɏ]+ )?[A-Za-zÀ-ɏ]+'s|[A-Za-zÀ-ɏ]+'s|[A-Za-zÀ-ɏ]+s'|[A-Za-zÀ-ɏ]+ [A-Za-zÀ-ɏ]+s'|[A-Za-zÀ-ɏ]+ [A-Za-zÀ-ɏ]+'s)`;
const STRONG_MANNER = String.raw`(?:verbally|orally|by word of mouth)`;
/** A festival as an event held, not a festival's edition, season, site or tickets ("after the close of each festival edition"). */
const FESTIVAL = String.raw`festival(?! (?:editions?|seasons?|sites?|grounds?|tickets?|goers|organi[sz]ers?|period|weeks?|days?|programme|program|app|platform|portal|wristbands?|permits?|stalls?|places?|closes|ends|opens|begins|starts|finishes)\b)`;
/** An inspection held, not an inspection season or peak ("during the February fleet-inspection peak"). */
const INSPECTION = String.raw`inspection(?! (?:peaks?|seasons?|periods?|weeks?|months?|days?|programmes?|programs?|windows?|schedules?|cycles?)\b)`;
const CHANNEL_EVENT = String.raw`(?:committee evening|call(?! for (?:proposals|tenders|applications|bids|papers|expressions))(?! off\b)|phone call|video call|meeting|briefing|huddle|kick off|kickoff|debrief|consultation|session|interview|demo|demonstration|conversation|chat|stand up|site visit|visit|workshop|review|lunch|dinner|reception|gala|banquet|expo|exhibition|trade show|seminar|showcase|show and tell|fitting|meet ?ups?|check ?ins?|(?:project |product |service )launch(?! (?:of|date))|(?:trade|job|careers?|student|education|recruitment|exchange) fairs?|(?:information|open|members['’]?|parents['’]?|client|customer|partner|networking|consultation|public) evening|open day|field days?|(?:bidders['’]? |suppliers['’]? |supplier |tender |market engagement )?information days?|bidders['’]? days?|(?:dockside|roadside|spot|safety) check|presentation|pitch|catch up|(?:site )?induction|walk round|walkround|walk through|walkthrough|site tour|tour|${INSPECTION}|handover|webinar|webcast|town hall|roadshow|conference|video conference|videoconference|forum|agm|annual general meeting|${FESTIVAL}|summit|away day|awayday|consult|concert|recital|field trial)`;
/** An informal channel: the phone, a call, a meeting or review, a demonstration, a chat, a conversation, in person. */
const WEAK_MANNER = String.raw`(?:with (?:the |our |your |its |their |a )?(?:phone|telephone) (?:[A-Za-zÀ-ɏ]+ ){0,2}?(?:team|desk|line|staff|agents?)|with (?:the |our |your |its |their )?(?:[A-Za-zÀ-ɏ]+['’]s )?(?:customer )?(?:support|sales|service desk|help desk|helpdesk|account|team)(?: (?:team|staff|desk|agents?|representatives?))?(?= (?:when|while|during|before|at|on|by)\b)|by (?:telling|calling|phoning|telephoning|ringing|speaking to|talking to) (?:the |a |an |our |your |their |its )?[A-Za-zÀ-ɏ]+|(?:by|on|over|via) (?:the |a |an )?(?:(?:tele)?phone(?: calls?)?|(?:two way )?radio)|(?:by|on|over|via|in|during|at) (?:a|an|the|our|your|their|its|this|that|any|each|one) (?:(?!(?:when|while|if|where|once|after|before|until|but|whenever)\b)[A-Za-zÀ-ɏ]+['’]? ){0,3}?${CHANNEL_EVENT}s?|(?:on|in|during|at) (?:project|status|progress|steering|site|sales|planning|review|weekly|monthly|service|team|routine|regular|periodic|scheduled|informal|fortnightly|quarterly|daily|occasional) (?:[A-Za-zÀ-ɏ]+ )?(?:calls|meetings|visits|workshops|reviews|demos|demonstrations)|during (?:site )?(?:calls|meetings|visits|workshops|demos|demonstrations)|in (?:demonstrations?|demos?|conversations?|discussions?|chats?|meetings?|person|passing)|by (?:leaving |sending )?(?:a |an )?(?:voice ?mail|voice message|voice note)s?|on (?:the |a |our |your |its )?(?:(?:emergency|support|help|service) )?(?:phone line|telephone line|line|hotline|helpline)(?= (?:is|are|will|shall|suffices|counts)\b| (?:\w+ ){0,3}?(?:is|are) (?:sufficient|enough|binding|valid)\b)|over (?:lunch|dinner|coffee|drinks)|(?:in|over|via|by|on) (?:an? |the )?(?:live |web |instant )?(?:chat|text message|sms|whatsapp|slack|instant message)s?|via (?:text|teams)|on site(?! (?:[a-z]+ )?(?:services?|reviews?|visits?|checks?|sessions?|support|attendance|work|engineers?|technicians?|presence|inspections?|audits?|training|hours?|days?|staff|response|repairs?|maintenance))|face to face|(?:when|while|as) (?:they|he|she|we|you|our [a-z]+|the [a-z]+) (?:visited|came to|called at|dropped in at|attended) (?:your|the|our|its|their|a|one of (?:your|the|our|its|their)) (?:[A-Za-zÀ-ɏ'’-]+ ){0,3}?(?:premises|office|site|school|club|shop|store|home|house|farm|yard|depot|clinic|meeting|event|show|fair|rehearsal|practice|concert|performance|match|game|class|lesson|workshop)s?|while (?:at|on|visiting) (?:your|the|our|its|a) (?:[A-Za-zÀ-ɏ-]+ ){0,2}?(?:depot|site|premises|office|plant|facility|store|warehouse|clinic|yard|station)|while (?:showing|taking|walking) (?:[A-Za-zÀ-ɏ'’-]+ ){1,4}?(?:round|around) (?:the|our|your|its|their) [A-Za-zÀ-ɏ-]+|in the course of (?:a|an|the|any|each) (?:[A-Za-zÀ-ɏ]+ ){0,3}?(?:(?:phone |video |telephone |conference )?call|conversation|chat|visit|(?:video )?conference)s?|(?:when|while|by) (?:speaking|talking) (?:with|to)|(?:when|while|after|as) (?:you|we|they|the [a-z]+) (?:spoke|talked|speak|talk) (?:with|to)|(?:when|while|after|as) (?:the |our |your |its |their )?(?:[A-Za-zÀ-ɏ'’-]+ ){0,3}?(?:leads|managers|teams|directors|officers|representatives|engineers|parties|committee|board) (?:spoke|talked|met)(?= (?:in|on|at|last|earlier|before|after|during)\b)|(?:during|in|at) (?:the |a |any )?(?:sprint (?:planning|reviews?|demos?)|backlog refinement|retrospectives?|planning sessions?)|(?:via|through|by|over|on|in) (?:a |an |the |any |our |your |its )?(?:[a-z-]+ )?messenger(?: (?:apps?|applications?|services?))?|(?:during|in|at) (?:the |a |an |your |our |its )?onboarding(?: (?:sessions?|calls?|workshops?|meetings?|training))?(?![a-z]| (?:forms?|documents?|checklists?|questionnaires?|portals?|guides?|packs?|plans?|templates?|process(?:es)?|phases?|periods?|fees?|charges?|materials?|records?)\b))`;
/** A messaging app, as the channel of an informal step ("arrange with our regional partner over KakaoTalk"). */
const MESSAGING_APP = String.raw`(?:whatsapp|kakao ?talk|kakao|wechat|telegram|viber|zalo|imessage|facebook messenger|line app)`;
const APPROVE = String.raw`(?:agree[sd]?|agreeing|approv(?:e|es|ed|al|ing)|confirm(?:s|ed|ation)?|promis(?:e|es|ed)|authori[sz](?:e|es|ed|ation)|instruct(?:s|ed|ions?)?|accept(?:s|ed)?|offer(?:s|ed)?|waive[sd]?|grant(?:s|ed)?|ask(?:s|ed)? for|okay(?:s|ed)?|ok(?:'?d|ayed)|sign(?:s|ed)? off|go ahead|green lit|commit(?:s|ted|ments?)|assur(?:e|es|ed|ances?)|conced(?:e|es|ed)|pledg(?:e|es|ed)|undert(?:ook|aken|akings?)|consent(?:s|ed)?|(?:says?|said) so|said|told|tells?|inform(?:s|ed)(?! of)|indicated|mentioned|stated|settled(?: on| upon)?|settles? (?:on|upon)|arranged|decided(?: on| upon)?|decides? (?:on|upon)|nodded(?: through)?|(?:shook|shaken|shakes?) on|mentions|states|indicates|says|talked (?:over|through)|(?:consent|approval|authori[sz]ation|instruction|acceptance|permission|sign off|go ahead)s?(?: [a-z\x27’]+){0,14}? (?:(?:may|can|shall|will|is|are|was|were) )?(?:be |been )?(?:given|expressed|conveyed|communicated)|(?:gives?|gave|given|giving) (?:[a-z\x27’]+ ){0,3}?(?:the |a |its |their )?(?:nod|go ahead|green light|thumbs up|ok|okay)|(?:gives?|gave|given|giving|grants?|granted) (?:(?:its|their|his|her|the) )?(?:consent|approval|authori[sz]ation|permission|instructions?)(?: (?:thereto|to it|to this|for it))?|saying so|(?:gives?|gave|given|giving) (?:his|her|its|their|our|my) word)`;
/** Verbs of saying or promising, as a seller's statement is reported. */
const SPOKE = String.raw`(?:mentioned|said|stated|told|tells you|says|promises you|indicated|quoted|promised|offered|assured|guaranteed|represented|committed to|confirmed)`;
/** Who speaks for a seller: sales staff, account managers, representatives, agents. */
/** Verbs of saying, as what a party said is told apart from what the sentence does with it. */
const SAYING = String.raw`(?:says?|said|states?|stated|confirms?|confirmed|indicates?|indicated|tells?|told|mentions?|mentioned)`;
/** The verb that gives a statement its effect, where a that-clause of what was said ends ("… that the data never leaves the country shall be treated as …"). */
const STATEMENT_GIVEN_EFFECT = String.raw`(?:shall|will|is|are|form|forms|carry|carries|bind|binds|constitutes?)`;

/** What a seller's staff said, and how it was said, in the `handshake` class and the judgements of its matches. */
const STATEMENT_NOUN = String.raw`(?:offers?|commitments?|promises?|assurances?|statements?|representations?|claims?|estimates?|indications?)`;
const STATEMENT_MADE = String.raw`(?:made|given|voiced|expressed|communicated|offered)`;
const SELLER = String.raw`(?:sales(?:people|person|m[ae]n)?|bid (?:teams?|managers?|leads?|writers?)|account (?:reps?|managers?|executives?|teams?|directors?)|business development (?:staff|teams?|managers?|executives?|representatives?)|reps?|representatives?|agents?|presales|pre sales|(?:solutions?|sales|pre sales|presales) (?:engineers?|architects?|consultants?)|chief executives?|ceos?|founders?|(?:sales|account|commercial) leads?|(?:a )?members? of (?:our |the |its )?staff|ambassadors?|(?:managing|sales|commercial|regional) directors?)`;
/** The soft words of a standard that names no level (a word family: adjective, adverb and noun forms). */
const SOFT_WORD = String.raw`(?:prompt|reasonabl[ey]|reasonableness|practicabl[ey]|proportionate(?:ly)?|adequate(?:ly)?|acceptabl[ey]|appropriate(?:ly)?|suitabl[ey]|sufficient(?:ly)?|satisfactor(?:y|ily)|commensurate(?:ly)?|sensibl[ey]|expedient(?:ly)?|promptness|timeliness)`;
/** What a soft word qualifies, taken into the match so that the message quotes the phrase. */
const SOFT_NOUN = String.raw`(?:spare parts|spares|stocks?|inventory|assistance|co ?operation|support|help|level|levels|measures|steps|actions?|number|amount|quantity|turnaround|period|time|timeframe|speed|promptness|notice|warning|detail|information|access|care|standard|standards|quality|service|security|protection|resources|staff|staffing|manner|frequency|intervals|updates|backups|records|documentation|testing|monitoring|checks|controls|safeguards|precautions|arrangements|provision|response|responses|coverage|capacity|performance|attention|priority|diligence|urgency)`;
const GAP_WORDS = (n: number) => String.raw`(?: [A-Za-zÀ-ɏ0-9\x27’]+){0,${n}}? `;

/** The lexicon, most specific patterns first (the first alternative that matches at a position wins). */
/** Words that make a limit apply whatever else the sentence says ("and, in any event, within 4 hours"); shared by the judgements below. */
/** Words that set a floor under an effort ("and, as a minimum, shall resolve 95% …", "whatever the outcome, shall supply loan units within 48 hours"). */
const FLOOR_MARKER = String.raw`as\s+a\s+(?:floor|minimum)|at\s+(?:(?:a|the\s+very)\s+)?minimum|at\s+the\s+very\s+least|whatever\s+the\s+outcome|whatever\s+happens|whatever\s+the\s+(?:size|volume|level|number)\s+of\s+(?:the\s+)?[a-z]+|regardless\s+of\s+(?:the\s+)?(?:outcome|result)|in\s+all\s+events|whatever\s+the\s+(?:cause|reason|circumstances)`;
const IN_ANY_EVENT = String.raw`in\s+any\s+(?:event|case)|in\s+(?:all|every)\s+(?:cases?|circumstances?)|under\s+all\s+circumstances|at\s+the\s+latest`;
/** Words that call a way of doing things a settled practice ("the parties' established pattern", "by long-standing practice"). */
const SETTLED = String.raw`(?:established|customary|usual|habitual|long standing|longstanding|historic(?:al)?|past|existing|previous|consistent|settled)`;

/** The provider as the one who changes or chooses ("the Supplier", "the Service Provider"), in the row patterns of changes at will and of one party's discretion. */
const PROVIDER_WORD = String.raw`(?:supplier|provider|contractor|vendor|processor|msp|company|operator|service provider|licensor|host)`;

const ROWS: readonly Row[] = [
  // ---- Numbers in words beside digits.
  {
    id: 'number-words-digits',
    code: 'number-mismatch',
    phrases: ['ten (20) business days', '30 (thirty) days'],
    why: 'Words and digits that disagree leave two readings of the same term, and courts differ on which one prevails.',
    advice: 'write the same number in both',
    replacement: '${1:the same number in words and digits}',
    fix: 'none',
    pattern: NUMBER_PAIR,
    judge: { kind: 'number' },
  },
  // ---- Template blanks and open values (agreement-to-agree).
  {
    id: 'template-blank',
    code: 'agreement-to-agree',
    phrases: ['______', '[enter a date]', '[●]', '<<Customer name>>', '[ ]', '[90]', '<insert contract number>', '99.x %', 'status.yourcompany.com'],
    why: 'A template blank left in the contract means the term was never filled in, so there is nothing to enforce.',
    advice: 'fill in the blank before signing',
    replacement: '${1:the agreed value}',
    fix: 'none',
    pattern: String.raw`_{2,}|#{3,}|\.{6,}(?![.\s]*\d)|…{3,}(?![…\s]*\d)|\b[a-z]+_(?:name|date|address|number|amount|email|title)\b|(?<![a-z])x{3,}(?![a-z])|(?<![a-z0-9])xx?(?=\s+(?:(?:business|working|calendar)\s+)?(?:days?|hours?|minutes?|months?|weeks?|years?|percent)\b)|(?<![a-z0-9.])xx?\s*%|(?<![a-z0-9.])xx(?=\s+[a-z]+\s+(?:per|a|an|each)\b)|(?<![a-z0-9.])xx(?=\s+(?:pounds?|euros?|dollars?|usd|eur|gbp|chf|sek|nok|dkk|pln|czk|huf|ron|tenge|rupees?|yen|yuan|francs?)\b)|(?<![a-z0-9])(?:xx|\d{1,2})[-\/.\s]xx(?:[-\/.\s](?:\d{2,4}|x{2,4}))?(?![a-z0-9])|\[[^\[\]]{0,40}\b(?:to follow|to come|to be provided|to be confirmed|pending)\s*\]|\b(?:mm|dd)\/(?:dd|mm)\/yy(?:yy)?\b|\byyyy-mm-dd\b|\[\s*\]|\[\s*[●•·*…]+\s*\]|\[[^\[\]]{1,40}?\s[●•…]+\s*\]|[●•]{1,3}(?=\s|$)|<<[^<>]{1,100}>>|<(?![\/!])[A-Za-z][A-Za-z\s,'’\-]{2,60}>|\[(?:insert|enter|add|list|specify|name|date|number|amount|describe|select|complete|fill|state|include|choose|delete|customer|supplier|provider|client|buyer|party|company|address|x+|n|(?!\d\]\s*(?:[.,;:)]|$))\d+)\b[^\]]{0,100}\]|\[[^\[\]]{1,60}\bto (?:insert|enter|complete|specify|add|select|fill in|state|choose)\b[^\]]{0,100}\]|(?<![a-z0-9.])(?:\d{1,3}|x{1,3})\.x{1,3} *(?:%|percent\b)|\b(?:your|my|our)[-_]?(?:company|domain|business|organi[sz]ation|firm|site|website|brand)(?:[-_]?name)?\.[a-z]{2,}\b|\b(?:company|domain)[-_]?name\.[a-z]{2,}\b|%%[a-z0-9_]+%%|\((?:to be (?:completed|confirmed|provided|agreed|inserted)|tbc|tbd|to follow)\)`,
    judge: { kind: 'always' },
  },
  {
    id: 'to-be-determined',
    code: 'agreement-to-agree',
    phrases: ['TBD', 'TBA', 'TBC', 'to be advised'],
    why: 'The value is left open, so the contract does not say what was promised.',
    advice: 'settle the value and write it down before signing',
    replacement: '${1:the agreed value}',
    fix: 'clause-choice',
    pattern: String.raw`t\.?b\.?[dac]\.?(?![A-Za-z0-9])|to be (?:advised|announced)`,
    judge: { kind: 'always' },
  },
  {
    id: 'to-be-agreed',
    code: 'agreement-to-agree',
    phrases: ['to be agreed', 'to be determined', 'to be mutually agreed', 'to be negotiated', 'to be confirmed', 'yet to be agreed'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'clause-choice',
    pattern: String.raw`(?:yet )?to be (?:(?:mutually|jointly|separately|further|subsequently|later|individually|formally|commercially|finally) )?(?:agreed|determined|decided|settled|fixed|negotiated|renegotiated|discussed|confirmed|finali[sz]ed|defined|specified|worked out|revisited|resolved|arranged|concluded|priced|quoted|set(?! (?:out|forth)))(?: upon| on)?|to be (?:identified|selected|chosen|designated|worked out|completed|filled in|populated|drawn up|finali[sz]ed|compiled|prepared|produced|listed) (?:jointly )?by (?:the|both) parties|to be (?:completed|prepared|drafted|filled in|populated|drawn up) by (?:the )?[a-z]+ and (?:approved|agreed|signed off|accepted) by (?:the )?[a-z]+|to be (?:established|determined|set|fixed|decided|defined|specified) (?:[a-z]+ ){0,8}?(?:at a later (?:stage|date|point)|in due course)|(?:yet )?to be established (?:jointly |mutually )?(?:by (?:the|both) parties|between the parties|by the [a-z]+ and the [a-z]+)|to be (?:completed|filled in|inserted|provided|specified) by (?:the )?[a-z]+ (?:prior to|before) (?:signature|signing|execution)|to be (?:mutually|jointly) approved|(?:which|that) (?:remains?|is still) to be (?:completed|finali[sz]ed|agreed|drafted|prepared|filled in)|(?:which|that) (?:has|have) (?:yet|still) to be (?:completed|finali[sz]ed|agreed|drafted|prepared|written|produced|developed|drawn up|filled in)(?!,? (?:within|by|no later than|not later than|before)\b)|(?:still |yet )?to be (?:chosen|selected|agreed|fixed|set|determined|decided) by (?:mutual|common|joint) (?:consent|agreement|accord|decision)`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'subject-to-agreement',
    code: 'agreement-to-agree',
    phrases: ["subject to the parties' mutual written agreement", 'subject to further agreement', 'subject to a separate agreement'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:as agreed in this contract}',
    fix: 'none',
    pattern: String.raw`subject to (?:a |the )?joint (?:review|assessment|evaluation)s?(?= by| of| between| following| after| once| at|,)|subject to (?:joint |mutual |further )?review and (?:sign[ -]?off|approval|agreement) by (?:both|the) parties|subject to (?:(?:the|their|parties'?|both parties'?|mutual|further|separate|written|prior|future|later|subsequent|a|an|any|good faith) ){0,4}(?:(?:joint |annual |mutual )?(?:review|discussion|negotiation|consultation|evaluation)s? and )?(?:(?:written|mutual|joint|further|separate) ){0,2}(?:agreement|negotiations?|discussions?)|(?:scope|timing|timescales?|duration|dates?|prices?|pricing|fees?|charges?|rates?|schedule|plan|methodology|format|frequency|terms)(?:,? (?:and )?[a-z]+){0,4}(?: of (?:that |the |any |each |such )?[a-z]+)? (?:shall|will|must) (?:require|be subject to) (?:the )?(?:prior )?(?:mutual )?agreement of (?:both|the) parties|subject to (?:the|both) parties (?:agreeing|reaching (?:an )?agreement|negotiating)|subject of (?:(?:an?|separate|further|future|later|subsequent|mutual|joint|good faith|negotiated|commercial|contractual|bilateral|pricing|price) ){1,3}(?:amendments?|addend(?:um|a)|variations?)|subject of (?:(?:an?|separate|further|future|later|subsequent|mutual|joint|good faith|negotiated|commercial|contractual|bilateral|pricing|price) ){0,3}(?:discussions?|negotiations?|agreements?|consultations?|talks|understandings?|arrangements?|(?:commercial |pricing |price |contract )?reviews?)|subject of (?:an? )?(?:separate|further|future|later|subsequent|joint|mutual) (?:decisions?|determinations?|arrangements?|resolutions?)|subject of (?:an? )?(?:further |new |separate |later |second )?(?:round|series) of (?:talks|discussions|negotiations|consultations)|subject of an? (?:later|further|future|subsequent|separate) (?:written )?(?:proposals?|quotations?|quotes?|offers?) and (?:mutual |its |their |your )?(?:acceptance|agreement|approval)|subject to review and approval by the (?:joint |contract )?(?:steering|management|governance|change) (?:committee|board|group)|subject to (?:[a-z]+ and )?(?:final |further |mutual )?agreement (?:by|between) (?:the|both) [a-z]+ and (?:the )?[a-z]+|subject to (?:further |final |mutual |joint )?confirmation (?:by|between) (?:the |both )parties`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'will-be-agreed',
    code: 'agreement-to-agree',
    phrases: ['will be agreed between the parties', 'will be negotiated at a later date', 'will be revisited in good faith', 'will be set by mutual agreement', 'may later be agreed', 'as mutually agreed', 'agreed at the time'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    pattern: String.raw`(?:shall|will) be (?:as )?(?:determined|decided|set|fixed) by the [a-z]+,? (?:after|following|in) (?:(?:further|prior|joint) )?(?:consult(?:ing|ations? with)|(?:a )?(?:review|discussions?) with) the [a-z]+|(?:will|shall|must|would|should|can|may(?: later| subsequently| also)?) be (?:(?:mutually|jointly|separately|further|subsequently|later|individually|then|only|formally|finally|also) )?(?:agreed|negotiated|renegotiated|revisited|decided|determined|finali[sz]ed|worked out|(?:[A-Za-zÀ-ɏ]+ ){0,5}?(?:discussed|reviewed|provided|communicated|published|[A-Za-zÀ-ɏ]+) and (?:agreed|negotiated|settled|decided|determined|fixed|defined|specified|finali[sz]ed|established))|as (?:may be )?(?:subsequently|later|hereafter|thereafter)(?: mutually| jointly)? agreed|as (?:may be |the parties may )?(?:mutually |jointly )?agreed(?! (?:in|under|by|on|with|upon|herein|during|at|over|via|orally|verbally|amendments?|variations?|changes?|modifications?)\b)|as (?:the|both) (?:parties|(?:[a-z]+ )?(?:committee|board|group|panel|forum)) (?:may |shall |will )?(?:later |then |jointly |mutually |subsequently |thereafter )?(?:agree|decide|determine|settle)(?! otherwise)|agreed at the time|as (?:may be )?(?:determined|decided|settled|fixed|set) by (?:mutual |further |separate )?agreement(?: between)?|as (?:may be )?(?:jointly|mutually) (?:determined|decided|settled|fixed|set|established|defined)(?= (?:by|between)\b| in (?:a|an) (?:subsequent|later|future|separate|further)\b| at (?:the|a) (?:relevant|later|appropriate|future|proper) (?:time|date|stage|point)\b)|(?:an? )?agreement (?:will|shall|is to) (?:later |subsequently |then |only )?be reached|as (?:may be )?(?:mutually |jointly )?negotiated (?:by|between) (?:the|both) parties|as (?:may be )?(?:mutually|jointly) (?:determined|decided|settled|fixed|set)(?! (?:in|under|by (?!(?:the|both) parties)|on|with|upon|herein|during|at|over|via|orally|verbally))|as (?:may be )?(?:determined|decided|settled|fixed) (?:mutually |jointly )?by (?:both|the) parties(?! (?:in|under|on|upon|herein|at) )|as (?:may be )?(?:finali[sz]ed|settled|fixed|determined|agreed) between (?:the|both) parties|as mutually agreed (?:upon )?by the parties at the time|(?:shall|will) be (?:the )?subject of an? (?:(?:separate |further |later )?(?:side letter|separate agreement|further agreement|letter agreement|addendum)|(?:separate|further|later|subsequent|future) (?:[a-z-]+ ){0,2}?(?:agreement|contract|addendum|order|statement of work))(?: to be (?:executed|agreed|signed|entered into))?|(?:will|shall) be set out in an? (?:[a-z-]+ ){0,2}?(?:policy|document|schedule|plan|procedure|annex|protocol) (?:that|which) (?:we|the parties|you) and (?:you|we|us|the [a-z]+) (?:will|shall) (?:jointly )?(?:put together|draw up|prepare|agree|develop|work out|write)|as (?:may be )?agreed (?:in due course|later|subsequently|from time to time) between|as (?:the )?parties'? (?:[a-z-]+ ){0,2}?(?:representatives|managers|leads|teams|officers) (?:may|shall|will) (?:jointly |mutually )?(?:agree|decide|determine|settle)|as (?:jointly |mutually )?(?:determined|decided|fixed|settled|set) by (?:the )?[a-z]+ and (?:the )?[a-z]+ (?:following|after|at|during|upon|on completion of|before|once|when)|(?:will|shall) be (?:set up|configured|applied|implemented|introduced|fixed|set) (?:once|when|after) (?:we['’]ve|we have|we|the parties have|both parties have) agreed (?:them|it|these|those|this) with (?:you|your [a-z-]+(?: [a-z-]+)?|the [a-z-]+(?: [a-z-]+)?)|conditions (?:that |which )?the parties (?:will|shall) (?:put in place|agree|set|settle|work out|establish)|(?:is|are) something (?:we|the parties) (?:plan|intend|expect|hope|aim) to (?:agree|settle|work out|negotiate)|as (?:mutually |jointly )?agreed (?:on each occasion|each time|case by case|for each (?:request|occasion|assessment|engagement))|(?:will|shall) work together to (?:establish|agree|develop|define|set)|we['’]ll work (?:them|it|those|these|that) out with you|to be (?:completed|finali[sz]ed|filled in|drawn up|agreed) jointly|(?:will|shall) be (?:allocated|apportioned|assigned|decided|agreed|settled) at the (?:first|next|inaugural) meeting of the (?:[a-z-]+ ){0,3}?(?:board|committee|group|forum|panel)|(?:we|you) and (?:the |your |our )?(?:[a-z-]+ ){0,3}?(?:will|shall) (?:talk through|discuss|agree|settle|work out|review|decide|consider|look at)(?: (?:together|jointly))?(?:,? whether|(?: together| jointly)?,(?: [^.;,]{1,60},)? (?:whether|which|what|how))|as the parties (?:may |shall |will )?(?:later |subsequently |jointly )?resolve|we['’]ll discuss (?:the |an? )?(?:[a-z-]+ ){0,2}?(?:terms|price|pricing|fees?|costs?|charges?|rates?)(?: for (?:it|them|this|that))? with you|(?:terms|prices|pricing|rates|fees|levels) (?:that |which )?we (?:negotiate|agree|settle|work out) with (?:them|you|each customer) when (?:they|you) (?:sign up|subscribe|order|join)|we['’]ll (?:sort out|work out|agree|settle|figure out) (?:the )?(?:details|terms|cost|costs|price|pricing|fees?|dates|scope)\b[^.;]{0,60}? with you|(?:a )?matter (?:that |which )?the parties (?:will|shall) (?:resolve|settle|agree|decide)|(?:a |an )?separate (?:arrangement|agreement|plan|schedule) (?:that )?we['’]ll (?:put together|work out|agree|draw up) with you|(?:will|shall) be (?:named|listed|identified|specified) in a (?:subsequent|later|future|separate) (?:order form|order|sow|statement of work|schedule|annex)|(?:scope|price|pricing|terms|fees?|costs?)(?: and (?:scope|price|pricing|terms|fees?|costs?))? (?:worked out|agreed|settled|set) together with you|(?:are|is) reserved for an? (?:future|later|subsequent|separate) (?:variation|agreement|amendment|contract|negotiation)|such (?:sum|amount|price|rate|fee) as the parties may (?:from year to year |from time to time |annually )?(?:settle upon|settle|agree|determine|fix)|we['’]ll talk (?:to|with) you about (?:what (?:that|it|this) costs|the (?:cost|price|fees?|terms))|(?:an? )?(?:amount|price|fee|sum|rate) (?:that )?we and (?:you|your [a-z-]+(?: [a-z-]+)?|the [a-z-]+(?: [a-z-]+)?) (?:settle on|agree on|agree|set|fix)|(?:in|by) an? (?:separate|later|future|subsequent) (?:[a-z-]+ ){0,2}?(?:procedure|plan|document|protocol|schedule|annex|agreement|description|specification|policy|statement) (?:that|which) (?:both sides|both parties|the parties|we and you|you and we|(?:the )?[a-z-]+ and (?:the |your )?[a-z-]+) (?:will|shall) (?:draw up|prepare|agree|write|put together|develop)|(?:will be|is) up for (?:discussion|negotiation)|(?:a|an) (?:further|separate|later|subsequent|future) agreement between the parties (?:will|shall) (?:set out|specify|fix|determine|establish|define)|(?:will|shall) (?:together|jointly) (?:draw up|prepare|agree|develop|write|work out|establish)|we['’]ll discuss with you (?:how many|how much|what|which|whether)|(?:will|shall) look again at|settle (?:[a-z-]+ ){0,2}?(?:values|figures|levels|thresholds|terms|prices?|rates?|amounts?|targets?) between (?:them|themselves)|(?:will|shall|are to) (?:draw up|prepare|develop|work out|put together) and (?:agree|settle|finali[sz]e)|(?:will|shall|are to) (?:discuss|negotiate) and agree (?:on |upon )?(?:the|an?|any|their|its|new|revised)\b|(?:will|shall) be (?:pinned|nailed|firmed) down|(?:policy|plan|procedure|process|schedule|annex|terms|arrangements?) (?:that |which )?(?:we['’]re|we are|the parties are|both sides are|both parties are|you and we are|we and (?:the |our |your )?(?:[a-z-]+ ){1,3}?are) still (?:finali[sz]ing|drafting|working out|negotiating|agreeing|developing|working on)|we['’]ll (?:talk|chat|speak) (?:with|to) you about (?:an? |the |your )?(?:[a-z-]+ ){0,2}?(?:limit|limits|price|pricing|fee|fees|rate|rates|terms|cost|costs|charges?|quota|allowance|plan|plans|tier|package)|(?:is|are|remains?|shall remain|will remain) left open\b|(?:will|shall|are to) (?:draw up|prepare|agree|develop|write|work out|put together) (?:together|jointly)|(?:will|shall) be (?:sorted|worked|thrashed|ironed|hammered) out|(?:parties|both sides|we and you|you and we) (?:intend|plan|expect|aim|hope) to (?:put in place|agree|develop|establish|introduce|set up|draw up|work out)|we['’]ll (?:sit down|get together|meet) with (?:you|your [a-z-]+(?: [a-z-]+)?)(?: [a-z-]+){0,3}? (?:to|and) (?:put together|agree|work out|settle|set|fix|decide)|(?:is to be|are to be|will be|shall be|to be) arrived at|(?:shall|will) be (?:attached|added|appended|annexed) (?:as|to) (?:an? |the )?(?:annex|appendix|schedule|exhibit)(?: [a-z0-9]+)? (?:when|once|after) (?:it is |they are |it has been |they have been )?(?:finali[sz]ed|agreed|available|ready|complete|completed|settled)|by (?:an? )?(?:variation|amendment|change (?:note|order))s? to be (?:issued|agreed|signed|made) (?:at a later date|later|in due course|in future)|(?:will|shall) consider (?:together )?with (?:the [a-z-]+|you|us)\b|(?:something|a matter|an issue) (?:we['’]ll|we will|the parties will) (?:review|discuss|look at|revisit|agree|settle)|(?:determined|decided|settled|fixed|agreed|set) by (?:both|the) parties in an? (?:subsequent|later|future|separate|further) (?:side letter|letter|agreement|document|amendment|variation|order)|(?:timeline|timetable|schedule|date|dates|price|prices|fee|fees|terms|scope) (?:that |which )?we (?:settle|agree|work out|fix|set|decide) with you|(?:will|shall) consider,? (?:at|during|following|after) (?:the|a|its|each) (?:[a-z-]+ ){0,2}?review,? (?:what|which|whether|how)\b|(?:terms|arrangements|conditions|safeguards|measures) (?:that |which )?the parties (?:will |shall )?agree to (?:put in place|adopt|set|establish)|(?:at|on) an? (?:rate|price|fee|percentage|amount|level) (?:to be )?(?:negotiated|agreed|settled) (?:in good faith )?(?:before|at|prior to|ahead of|on) (?:each|every|the)\b|(?:one|an? [a-z-]+|the [a-z-]+) (?:that )?we (?:decide|agree|settle|work out|choose) (?:on )?together|(?:is|are) worked out with (?:our|the|your) (?:[a-z-]+ ){0,2}?(?:team|staff|manager|managers) (?:case by case|individually|on a case by case basis)|(?:rates?|prices?|fees?|charges?|terms|amounts?|sums?) (?:to be )?(?:negotiated|agreed|settled|worked out|fixed) (?:with (?:the |each |your )?[a-z]+ )?(?:on an? |each time on an? )?(?:case[- ]by[- ]case|ad[- ]hoc|job[- ]by[- ]job|project[- ]by[- ]project)(?: basis)?|(?:is|are|remains?) (?:still )?open (?:for|to) (?:discussion|negotiation|agreement)|(?:will|shall) (?:decide|determine|agree|settle|work out) (?:together )?with (?:the [a-z-]+|you|us) (?:how many|how much|what|which|whether)\b|to be (?:set out|specified|recorded|documented|fixed) in an? (?:side letter|separate letter|letter agreement|subsequent (?:agreement|letter|document))|we['’]ll (?:discuss|review) (?:the )?(?:terms|price|pricing|fees?|costs?|charges?) and agree (?:them|it|these|those) with you|such (?:[a-z-]+ )?(?:periods?|times?|dates?|hours|windows?|levels?|amounts?|sums?) as (?:[^.;]{1,80}? )?(?:mutually|jointly) (?:agree|decide|determine|settle|set)\b|(?:price|fee|rate|cost|terms) (?:that )?we['’]ll (?:work (?:through|out)|agree|settle|figure out|sort out) (?:together|with you)|(?:shall|will) in due course (?:draw up|prepare|agree|develop|settle)|(?:shall|will) be discussed (?:by the parties |between the parties )?in good faith|(?:is|are) left for (?:the )?[^.;]{1,60}? to (?:fix|agree|settle|decide|determine|set|resolve|discuss)|will be (?:covered|governed|dealt with|addressed) by an? (?:separate|later|future|further) (?:[a-z]+ )?agreement between (?:us|the parties|you and us)|(?:an? )?(?:arrangement|agreement|deal|understanding) (?:that )?we['’]ll (?:reach|make|strike|come to) with|(?:will|shall) jointly (?:identify|select|choose|define|determine|fix|set|agree)|in a (?:way|manner) (?:that )?(?:we both|both parties|both sides|the parties) (?:accept|agree)|we['’]ll (?:set|agree|fix|settle|work out) the (?:price|fee|rate|cost|terms)s? (?:for [^.;]{1,60}? )?with you|(?:is|are) reserved for (?:discussion|negotiation|agreement) between|(?:shall|will) be as (?:determined|decided|agreed|settled|fixed) at the (?:[a-z-]+ ){0,2}?(?:meeting|review|workshop)|the parties agree in an? (?:[a-z-]+ ){0,2}?(?:change note|variation|amendment) at (?:that|the) time|on terms we['’]ll (?:finali[sz]e|agree|settle|work out) with|to be (?:prepared|drawn up|agreed) and approved at an? (?:future|later|subsequent) (?:[a-z-]+ ){0,3}?(?:meeting|review)|(?:priced|costed|charged) (?:by|through|after) negotiation|to be issued (?:following|after) (?:further )?consultation|(?:dealt with|addressed|covered|handled|settled|set out|documented) (?:by the parties )?in an? (?:later|subsequent|future) side letter|(?:shall|will) be as (?:subsequently|later|hereafter) (?:approved|agreed|determined|decided|specified|fixed) by|the parties (?:may |shall |will )?(?:subsequently |later )?adopt by mutual (?:consent|agreement)|(?:discussed|negotiated|agreed|settled|decided) by the parties at each (?:contract |annual )?(?:anniversary|renewal)|(?:are|is) reserved and (?:will|shall) be (?:notified|confirmed|communicated|advised|specified) (?:following|after|once|when)|(?:we|the parties) (?:will |shall |['’]ll )?(?:decide|choose|select) (?:on )?(?:together )?with you (?:during|at|in|after|before)|we['’]ll discuss (?:the |any |your |an? )?(?:[a-z-]+ )?(?:fees?|prices?|pricing|charges?|costs?|rates?|discounts?)(?: and (?:the )?[a-z]+)? with you|the parties (?:will|shall) put in place (?:at a later (?:stage|date)|later|in due course)|(?:will|shall),? in consultation with the [a-z]+,? (?:decide|determine|set|fix)|(?:shall|will) (?:jointly )?review,? and (?:thereafter|then|subsequently) agree|(?:a|the) (?:specification|spec|scope|design|plan|timetable|price|fee) (?:that )?we(?: will|['’]ll)? agree with you (?:later|at a later (?:stage|date)|in due course)|(?:shall|will) enter into (?:good faith )?discussions with a view to|we['’]ll discuss (?:an? |the |any )?(?:[a-z-]+ )?discounts?|(?:confirm|agree|set|fix|settle) the (?:cost|price|fee|charge|rate)s? (?:with you )?later|(?:shall|will) then (?:decide|determine|set|fix) the (?:service credits?|charges?|fees?|prices?|rates?|service levels?|kpis?)|(?:listed|set out|specified|defined) in (?:annex|schedule|appendix) [a-z0-9]+ once the parties have (?:completed|agreed|finished|approved)|(?:will|shall) jointly (?:work up|work out|develop|draw up|prepare) [^.;]{0,100}? at a later (?:stage|date|point)|to be set out in a (?:subsequent|later|future) (?:variation|amendment|change note|side letter)|(?:confirmed|decided|set|fixed|settled) when we agree (?:your|the)|(?:notified|proposed|set) by the [a-z]+ at a later (?:date|stage) and agreed with the [a-z]+|and agree what (?:changes|adjustments|amendments) to make|(?:those|such|as) (?:that )?the parties (?:may |shall |will )?(?:approve|agree|select) in due course|(?:the [a-z]+ and the [a-z]+|the parties|we and you) (?:will|shall) reach terms|(?:considered|reviewed|discussed|negotiated|decided) by the [a-z]+ at each (?:contract |annual )?(?:anniversary|renewal)|(?:apportioned|allocated|shared|split|divided) as the parties (?:may |shall |will )?(?:later |subsequently )?(?:arrange|agree|decide|determine)|whose terms are still (?:open|to be agreed|under discussion)|(?:will|shall) consult with the [a-z]+ to (?:settle|agree|decide|determine|fix)|(?:shall|will) be a matter for the parties to (?:resolve|agree|settle|decide|determine|negotiate)|left blank pending (?:the )?(?:parties['’]? )?(?:discussion|agreement|negotiation)|(?:finali[sz]ed|agreed|settled|set out) in the (?:[a-z-]+ ){1,4}?once (?:that|the) (?:plan|document|schedule) has been approved|we['’]ll talk (?:with|to) you about (?:an? |the )?(?:sla|price|pricing|fees?|discount|terms|service levels?)|once we['’]ve agreed the (?:scope|price|terms|plan) (?:together|with you)|will be discussed with you once you['’]ve|(?:is|are) worked out case by case with|in a side letter (?:that )?we['’]ll agree with|and agree whether (?:it|the [a-z-]+) (?:continues|applies|remains)|on what (?:commercial )?terms the [a-z]+ will|to be (?:attached|appended|annexed) (?:by the parties )?(?:at a later (?:date|stage)|later)|we['’]ll talk about (?:an? |the )?(?:[a-z-]+ )?(?:plan|price|pricing|sla|discount) and set the price then|(?:are|is) reserved for (?:discussion|agreement|negotiation) at the (?:next |annual |first )?(?:[a-z-]+ )?(?:review|meeting)|to be (?:decided|determined|set|fixed) by the [a-z'’ ]{1,40}? in consultation with the [a-z]+|(?:at a rate|on terms|at a price) (?:that )?we['’]ll agree with|(?:a|an) (?:[a-z-]+ )?(?:policy|plan|schedule|document) that we['’]ll (?:finali[sz]e|agree|settle) with|(?:shall|will) be a matter for the (?:annual |next |first )?(?:price |contract |service )?review|in a way we work out with [^.;]{0,30}? later|will be settled with your [a-z ]{1,40}? when|which will form part of this [a-z -]{1,30}? once finali[sz]ed`,
    judge: { kind: 'defer', strength: 'strong' },
  },
  {
    id: 'will-be-set',
    code: 'agreement-to-agree',
    phrases: ['will be set at a future date', 'will be fixed once', 'will be defined during transition', 'will be confirmed by the parties after go-live'],
    why: AGREE_WHY,
    advice: 'settle the term before signing and write it down',
    replacement: '${1:the agreed terms}',
    fix: 'none',
    pattern: String.raw`(?:will|shall) then be (?:settled|agreed|negotiated|fixed|determined|set)(?= with\b)|(?:will|shall|must|would|should) be (?:(?:mutually|jointly|separately|further|subsequently|later|individually|then|only|formally|finally|also|instead) )?(?:fixed|scoped|costed|chosen|selected|set(?! (?:out|forth|up))|confirmed|defined|settled|established|completed|filled in|filled out|specified|arranged|resolved|addressed|priced|scheduled|developed|drawn up|prepared|worked up|laid down|set down|captured|detailed|documented|recorded|described|determined|decided|(?:allocated|apportioned|approved) (?:jointly )?by (?:both|the) parties|approved jointly)|(?:fees?|prices?|pricing|charges?|rates?|tariffs?|costs?|surcharges?)(?: (?:for|of|per|on|payable for|payable on|applicable to|charged for|due for|in respect of)(?: [a-z'-]+){1,7}?)? (?:will|shall) be announced`,
    // "Return of the data must be completed within the time the Covered Entity sets, at most 30 days": a deadline for an act, not a term left open.
    unlessFollowedBy: /^\s+(?:[a-z]+ly,?\s+(?:and\s+)?(?:in\s+any\s+event\s+)?)?(?:without\s+(?:undue\s+)?delay\s+and\s+)?(?:within|no\s+later\s+than|not\s+later\s+than|by\s+no\s+later)\b|^\s+in\s+(?:the\s+)?minutes\b|^\s+(?:without\s+(?:undue\s+)?delay|promptly|as\s+soon\s+as)\b|^\s+(?:during|outside|in)\s+(?:periods?\s+of\s+low|(?:normal\s+|regular\s+)?business\s+hours|off[\s-]peak|the\s+(?:agreed\s+)?maintenance\s+window|low[\s-]+(?:usage|traffic|utili[sz]ation))\b/i,
    judge: { kind: 'defer', strength: 'weak' },
  },
  {
    id: 'parties-will-agree',
    code: 'agreement-to-agree',
    phrases: ['the parties will agree', 'the parties shall negotiate in good faith', 'the parties will settle later', 'the parties will work out'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    pattern: String.raw`(?:commit|commits|undertake|undertakes) to (?:defining|agreeing|settling|determining|fixing|negotiating|working out),? (?:by (?:mutual (?:accord|agreement)|common accord)|jointly|together)|(?:will|shall|must|to|are to|would|intend to|undertake to|we'll) (?:(?:jointly|mutually|later|subsequently|thereafter|afterwards|then|first|each|both|also|together|separately|further|in good faith|in due course|at (?:some|a) (?:later|future) (?:point|stage|date|time)|review and|discuss and|consider and|meet and|(?:seek|endeavou?r|try|attempt|work(?: together)?|co ?operate|meet|sit down|get together|come together|convene|(?:hold|have|enter into|open) (?:discussions|talks|meetings|negotiations))(?: together| with (?:you|us|them))? (?:in good faith )?to|(?:sit down|get together|come together|meet)(?: together)? and|consult(?: with)? each other and) )*(?:decide (?:together|jointly)(?: on| upon)?|agree(?: on| upon)?(?! (?:that|to (?!(?:a|an|the) )))|negotiate|renegotiate|determine|decide|settle(?: upon| on)?|(?:thrash|hammer|iron|flesh|sort|map|figure) out|draw up|scope and price|pick|fix(?: upon| on)?(?! (?:any |all |the |each |such |a |an )?(?:[a-z]+ ){0,2}?(?:defects?|errors?|bugs?|faults?|issues?|problems?|incidents?|vulnerabilit(?:y|ies))\b)|discuss and (?:agree|settle|decide|determine|finali[sz]e)(?: upon| on)?|discuss (?:in good faith|together|jointly)(?=,| at | the | what | how | which | whether )|revisit|finali[sz]e|work out|define|develop|come to (?:an? )?(?:arrangement|agreement|understanding|terms)|reach (?:an? )?(?:agreement|arrangement|understanding|consensus|decision)|reach (?:an? )?(?:shared|common|joint|agreed) (?:position|view|understanding|approach)|arrive at|make (?:an? )?(?:arrangement|agreement)|select|choose|set(?! (?:up|out|forth|aside|off|about|in motion))|arrange|confer|consult(?: (?:with )?each other| together| jointly)? (?:on|about|regarding|over|in relation to))|(?:will|shall|must|are to) (?:enter into|open|hold|commence|begin|start|conduct) (?:good faith )?(?:discussions|talks|negotiations) (?:regarding|about|on|concerning|in relation to|with respect to|over|to (?:establish|agree|settle|determine|develop|set|fix))|(?:will|shall|must|to|are to) (?:(?:enter into|open|hold|commence|begin|start) (?:discussions|talks|negotiations)|consult(?: (?:with )?each other| together)?) (?:in good faith )?with a view to (?:agreeing|settling|reaching|negotiating|fixing|determining)|(?:will|shall|must|are to) (?:(?:jointly|together|each year|annually) )?review (?:[a-zà-ɏ'0-9-]+ ){1,20}?and (?:(?:jointly|mutually|then) )?(?:agree|negotiate|decide|settle|determine|set|fix)(?: on| upon)?(?! (?:that|to (?!(?:a|an|the) )))|(?:must|shall|will) ?, (?:[a-z0-9-]+ ){1,10}?[a-z0-9-]+ ?, (?:(?:jointly|mutually|together) )?(?:negotiate|agree|settle|fix|determine|set|work out|decide)(?: and agree)?|(?:will|shall|we'll) (?:talk|go) (?:through|over) (?:[a-z'-]+ ){1,8}?(?:with (?:you|us|them) )?and (?:then )?(?:settle|agree|fix|decide|finali[sz]e)(?: on| upon)?|(?:will|shall|we'll) (?:talk|speak) (?:with|to) (?:you|us|them) about what (?:happens|will happen) to (?:your|the|its|their) (?:[a-zà-ɏ'-]+ ){1,5}?(?:if|when|once|after|should)|(?:will|shall|must|are to) (?:(?:jointly|together) )?review ?,? and (?:where|if|when|as) (?:necessary|needed|required|appropriate) ?,? (?:agree|negotiate|settle|decide)(?: on| upon)?|(?:will|shall|we'll) discuss (?:the )?(?:scope|price|pricing|fees?|costs?|terms|charges?|timing)(?: and (?:the )?(?:scope|price|pricing|fees?|costs?|terms|charges?|timing))? with (?:you|us|them)`,
    judge: { kind: 'defer', strength: 'parties' },
  },
  // ---- Oral promises and informal approval (verbal-agreement).
  {
    id: 'as-discussed',
    code: 'verbal-agreement',
    phrases: ['as discussed', 'as previously discussed', 'per our conversation', 'as per our discussion', 'as promised'],
    why: 'It points to a conversation the contract does not record, so what was agreed cannot be proved.',
    advice: 'write what was agreed into the contract itself',
    replacement: 'as set out in ${1:this contract}',
    fix: 'clause-choice',
    pattern: String.raw`as (?:previously |already |earlier )?discussed|(?:as )?per (?:our|the|your|my|this|that) (?:(?:recent|earlier|previous|phone|telephone|last|sales) )?(?:conversation|discussion|call|chat|talk)|as (?:previously )?promised|as (?:outlined|described|explained|agreed|presented|shown|demonstrated|set out) (?:at|in|during|on) (?:our|the|your|my|this|that) (?:(?:recent|earlier|previous|last|first|initial|sales|kick off|kickoff|project) )?(?:meeting|call|conversation|discussion|demo|demonstration|presentation|visit|workshop|chat)`,
    unlessFollowedBy: /^[\s,]+(?:(?:in|under|at|by)\s+(?:the\s+|this\s+)?(?:[A-Za-z-]+\s+){0,3}(?:clause|section|schedule|exhibit|annex|appendix|attachment|paragraph|article|order\s+form)|above|below|herein)\b/i,
    judge: { kind: 'oral' },
  },
  {
    id: 'verbally-agreed',
    code: 'verbal-agreement',
    phrases: ['verbally agreed', 'agreed orally', 'approved on a call', 'agreed by telephone', 'promised over the phone', 'agreed informally', 'okayed over dinner', 'approved during a video call', 'work requested by text message', 'granted over chat', 'agreed at the monthly review meeting'],
    why: VERBAL_WHY,
    advice: 'write the promise into the contract itself, or require written confirmation',
    replacement: 'agreed in writing in ${1:this contract}',
    fix: 'clause-choice',
    // The approval (or the work asked for) and the informal channel are one alternative each, so that the long channel pattern is compiled once.
    pattern: String.raw`(?:arranges?|arranged|agrees?|agreed|settles?|settled|negotiates?|negotiated) (?:[^\s.;,]+ ){0,6}?(?:(?:over|via|through|on|by) (?:${MESSAGING_APP})|over signal)\b|${STRONG_MANNER}(?: ${APPROVE})?|(?:approves?|approved|agrees?|agreed|authori[sz]es?|authori[sz]ed|instructs?|instructed|confirms?|confirmed|extends?|extended|varies|varied|amends?|amended|accepts?|accepted|communicat(?:es|ed)|gives?|given|issues?|issued|conveys?|conveyed) ${STRONG_MANNER}|informally ${APPROVE}|informally (?:requested|asked for|ordered|requests|orders|asks?|asked|settle|settles|agree|agrees|arrange|arranges|obtained|given|granted|secured)|(?:obtained|secured|received|collected|given|made|communicated|issued) informally|raised no objection when (?:[a-z'’-]+ ){0,4}?(?:was|were) (?:explained|described|mentioned|raised|discussed) to|(?:instructions?|requests?|approvals?|orders?) (?:spoken|given orally|given verbally|phoned in|called in) to|(?:settles?|settled|agrees?|agreed|arranges?|arranged|approves?|approved) informally|(?:told|tells) (?:the|its|our|their|his|her) (?:[a-z-]+ ){0,2}?(?:team|staff|crew|engineers?|technicians?|fitters?|installers?|workers?) to (?:proceed|go ahead|start|begin|continue|carry on)|(?:requested|asked for) (?:verbally|orally|informally)|(?:${APPROVE}|(?:work|changes?|extras?|deliverables?|tasks?|services?|upgrades?|variations?|additions?|jobs?|licen[cs]es?|seats?|users?|overtime|hours|items?|equipment|hardware|features?|modules?|add ons?|purchases?|orders?|visits?|sessions?|days|downtime|maintenance|outages?) (?:(?:on|for|to|in|at) (?:the|a|an|our|your|its|their) (?:[A-Za-zÀ-ɏ\x27’]+ ){0,5}?)?(?:that |which )?(?:[A-Za-zÀ-ɏ\x27’]+ ){0,4}?(?:requested|requests|asks? for|asked for|orders?|ordered|books?|booked))(?: informally|,?${GAP_WORDS(6)},?${WEAK_MANNER})|(?:meeting|call|conversation|discussion|visit|workshop)s? (?:with [^.;,]{1,60} )?(?:produced|resulted in|led to|reached) (?:an? |the )?(?:understanding|agreement|arrangement)|(?:understanding|agreement|arrangement) reached (?:in|during|on|at) (?:their|the|a|our|its) (?:[a-z-]+ ){0,2}?(?:call|meeting|conversation|discussion|visit)|raised no objection when (?:the |our |its )?[^\s.;,]+ (?:demonstrated|explained|described|presented|showed|mentioned|raised)|(?:arrange|arranged|agree|agreed|settle|settled|book|booked|order|ordered) (?:(?:a|an|the|your|any) (?:[^\s.;,]+ ){0,3}?)?with (?:our|the|your) (?:[^\s.;,]+ ){0,3}?(?:managers?|reps?|representatives?|agents?|engineers?|technicians?|staff|team) when (?:they|he|she|it|you) (?:call|calls|called|drop|drops|dropped|visit|visits|visited|come|comes|came) (?:at|by|round|in|to|over)\b|(?:visits?|visited|calls? at|called at|comes? to|came to) (?:your|the|our) (?:[^\s.;,]+ ){0,3}?and (?:agrees?|agreed|approves?|approved|confirms?|confirmed|arranges?|arranged)\b|(?:agrees?|agreed|confirms?|confirmed|says?|said|tells?|told|(?:gives?|gave|given) the go ahead|talks? through|talked through) (?:[^\s.;,]+ ){0,2}?(?:(?:at|in) the (?:[^\s.;,]+ ){0,4}?(?:field|ground|venue|showground|depot|counter|start line|finish line|gate|reception|desk|booth|table|stall|till|show|cinema|yard|arena|stadium|clubhouse|showroom)|at check[\s-]?in)\b|(?:has |have )?(?:said|says) (?:that )?(?:he|she|they) (?:is|are|was|were) happy for (?:the |that |this )?(?:work|job|change|replacement)s? to (?:go ahead|proceed|start)`,
    judge: { kind: 'oral' },
  },
  {
    id: 'verbal-agreement',
    code: 'verbal-agreement',
    phrases: ['verbal agreement', 'oral promise', 'verbal assurance', 'oral instruction', 'informal sign-off', 'spoken request'],
    why: VERBAL_WHY,
    advice: 'write the promise into the contract itself, or require written confirmation',
    replacement: 'the written terms of ${1:this contract}',
    fix: 'none',
    pattern: String.raw`(?:arrangements?|agreements?|understandings?|deals?) (?:reached|made|agreed|concluded|struck) informally|(?:telephone|phone|telephoned|phoned|voice|whatsapp|sms|slack|teams|chat|text) (?:instructions?|approvals?|authori[sz]ations?|consents?|agreements?|confirmations?|promises?|assurances?|variations?|extensions?|waivers?)|(?:verbal|oral|spoken) (?:ok|okay|nod|yes)\b|(?:verbal|oral|spoken|informal) (?:[A-Za-zÀ-ɏ]+ )?(?:agreements?|approvals?|authority|tours?|walk ?rounds?|walkabouts?|visits?|promises?|instructions?|requests?|authori[sz]ations?|consents?|confirmations?|directions?|go ahead|sign offs?|assurances?|permissions?|understandings?|arrangements?|representations?|commitments?|undertakings?|waivers?|deals?|clearances?|assents?|consultations?|discussions?|conversations?|talks|exchanges?|notices?|notifications?|extensions?|variations?|amendments?|changes?|e ?mails?|messages?|estimates?|quotes?|quotations?|prices?|acknowledg(?:e)?ments?)|informally (?:excuses?|waives?|releases?|relieves?|approves?|var(?:y|ies)|extends?|authori[sz]es?|agrees?|accepts?|consents?)`,
    judge: { kind: 'oral' },
  },
  {
    id: 'handshake',
    code: 'verbal-agreement',
    phrases: ['handshake', "gentleman's agreement", 'a nod from', 'say-so', 'promised by the sales representative', 'commitments made by presales engineers', 'what the account manager said'],
    why: 'An informal understanding outside the document is hard to prove and usually not binding.',
    advice: 'write the promise into the contract itself',
    replacement: 'the written terms of ${1:this contract}',
    fix: 'none',
    pattern: String.raw`handshake(?: (?:deal|agreement)s?)?|gentlem[ae]n's agreements?|nod from|say so|${SPOKE} by (?:the |our |your |its |their |a |an |any )?(?:${PARTY_POSSESSIVE} )?(?:[A-Za-zÀ-ɏ]+ ){0,2}?${SELLER}|${SPOKE} to (?:the |our |your |its |their |a )?(?:[A-Za-zÀ-ɏ]+ ){1,4}?by (?:the |our |your |its |their |a |an |any )?(?:${PARTY_POSSESSIVE} )?(?:[A-Za-zÀ-ɏ]+ ){0,2}?${SELLER}|(?:(?:sales|pre sales|presales) (?:team|teams|reps?|staff|person|people|representatives?|agents?|engineers?|leads?|directors?|managers?|executives?)|account (?:reps?|managers?|executives?|teams?)|salesm[ae]n|salespeople|salesperson|representatives?) (?:[A-Za-zÀ-ɏ]+ ){0,2}?${SPOKE}|${STATEMENT_NOUN} (?:[A-Za-zÀ-ɏ]+ ){0,8}?${STATEMENT_MADE}(?: to (?:you|us|the [a-z]+))? by (?:the |our |your |its |their |a |an |any )?(?:${PARTY_POSSESSIVE} )?(?:[A-Za-zÀ-ɏ]+ ){0,2}?${SELLER}|(?:promised|offered|committed|assured|guaranteed) (?:to (?:you|us|them|the [a-z]+|(?:[a-z-]+ ){1,4}?[a-z]+) )?by (?:one of |(?:an? )?members? of )?(?:our |the |your |its |their )?(?:[a-z'-]+ ){0,2}?(?:consultants?|engineers?|specialists?|managers?|staff|team|representatives?|advisers?|advisors?) (?:during|at|in|on) (?:the |a |an |our |any )?(?:[a-zà-ɏ'-]+ ){0,3}?(?:stalls?|stands?|booths?|workshops?|meetings?|calls?|demos?|demonstrations?|presentations?|visits?|sessions?|fairs?|exhibitions?|trade shows?|conferences?|expos?|events?)|(?:our|the|your|its|their) (?:[a-z-]+ )?(?:specialists?|consultants?|engineers?|managers?|representatives?|advisers?|agents?|team|staff) (?:told|promised|assured) (?:you|the customer|the client|us) (?:on|in|during|at|over|by) (?:an? |the )?(?:[a-z-]+ )?(?:calls?|meetings?|phone|telephone|visits?|workshops?|demos?|chats?)|(?:re)?(?:commitments?|promises?|assurances?|statements?|representations?|claims?|confirmations?|undertakings?)(?: (?:about|regarding|on|concerning|as to)(?: [a-z-]+){1,3}?)? (?:made|given) (?:[A-Za-zÀ-ɏ\x27’]+ ){0,5}?(?:in|during|at|on) (?:[A-Za-zÀ-ɏ-]+ ){0,3}?(?:demonstrations?|demos?|presentations?|pitch(?:es)?|meetings?|calls?|negotiations?|workshops?|webinars?|visits?|sales (?:process|calls?|meetings?))|(?:${STATEMENT_NOUN}|undertakings?) from (?:the |our |its |their |your )?(?:[A-Za-zÀ-ɏ]+ ){0,2}?${SELLER}|(?:commitments?|assurances?|promises?|undertakings?|representations?) (?:given|made|offered) (?:to (?:the |your |its |our )?(?:[a-z-]+ ){0,3}?)?by (?:the |our |your |its |their )?(?:[a-zà-ɏ]+['’]s )?(?:sales|account|business development|pre ?sales|commercial) (?:representatives?|reps?|staff|team|managers?|executives?|directors?|engineers?|leads?)|(?:shake|shakes|shook|shaken|shaking) hands (?:on|over)|said (?:that )?you (?:could|can|may|might)(?=[^.;]{0,120}\b(?:don't|do not|won't|will not|need not|needn't) (?:need to |have to )?(?:make|submit|file|book|sign|complete|place|fill|pay))|(?:anything|whatever|everything) (?:that )?(?:our|the|your|its) (?:[a-z-]+ ){0,2}?(?:installers?|technicians?|engineers?|staff|reps?|representatives?|agents?|fitters?) (?:promises?|promised|says?|said|tells? you|told you|offers?|offered|agrees?|agreed)(?![^.;]*\b(?:only|unless|until|not|never)\b)|(?:that|which) (?:our|the|your|its) (?:[a-z-]+ ){0,2}?(?:reps?|representatives?|salespeople|salesperson|agents?|account managers?) (?:offered|promised|quoted|gave) (?:to )?you\b|our (?:[a-z-]+ )?(?:team|staff|engineers?|technicians?|reps?) (?:demoed|demonstrated|showed|promised)(?: to)? you(?: and said)?(?=[^.;]{0,120}\b(?:included|free|at no charge|covered)\b)|(?:rights?|features?|terms?|discounts?|prices?|options?|extras?) (?:that )?we (?:mentioned|promised|offered|described|quoted) (?:to you )?when we (?:showed|demonstrated|demoed|presented|visited|met)\b|our (?:[a-z-]+ )?(?:presenters?|demonstrators?|hosts?|trainers?) (?:tells?|told|says?|said|promises?|promised) you\b(?=[^.;]{0,160}\b(?:rely on|applies|is part of|are part of|binds?|we['’]ll (?:honou?r|accept|apply|treat))\b)`,
    judge: { kind: 'oral' },
  },
  // ---- Escape hatches, aims, non-binding statements (vague-term).
  {
    id: 'beyond-control',
    code: 'vague-term',
    phrases: ['events beyond its reasonable control', 'factors outside our control', 'any cause beyond its control'],
    why: 'Outside a force-majeure clause, an exception for events beyond a party\'s control has no list of events and no duty to give notice or mitigate, so it can excuse almost any failure.',
    advice: 'list the excused events, or refer to the force majeure clause',
    replacement: 'a force majeure event as defined in ${1:the force majeure clause}',
    fix: 'none',
    pattern: String.raw`(?:circumstances|events|causes|conditions) (?:that are |which are )?not reasonably (?:foreseeable|anticipat(?:able|ed)|avoidable|preventable)|(?:things|anything|something|issues|factors|matters|problems|difficulties|events|causes|reasons)(?: else)?(?: that| which)? (?:we|it|they|the [a-z]+) (?:can't|cannot|can not|don't|do not|could not|couldn't) (?:reasonably )?(?:control|(?:have )?(?:prevented|avoided|foreseen))|(?:conditions|circumstances|events|causes)(?: [a-z]+){0,3}? (?:that|which) (?:the [a-z]+|it|we|they|[a-z]+(?: [a-z-]+){0,2}) (?:could not|couldn't|cannot) (?:reasonably )?(?:have )?(?:foreseen|anticipated|avoided|prevented|control)|(?:(?:attributable|due|owing) to|arising (?:from|out of)|caused by|resulting from) unforeseen (?:[a-z-]+ )?(?:circumstances?|events?|difficult(?:y|ies)|problems?|conditions?)|(?:circumstances?|events?|causes?|reasons?|matters?) (?:that are |which are )?independent of (?:the )?(?:its|our|their|[a-z]+'s) (?:own )?(?:will|control)|(?:something|anything)(?: (?:happens|occurs|arises))? (?:(?:that|which) (?:is |happens |occurs |arises |falls |lies )?|that's )?(?:outside|beyond) (?:of )?(?:its|our|their|the [a-z]+'s) (?:reasonable )?control|(?:events?|circumstances?|causes?|matters?|reasons?|factors?) (?:that are |which are )?(?:outside|beyond) (?:of )?the (?:[a-z]+ ){1,3}[a-z]+'s (?:reasonable )?control|(?<=\b(?:not be (?:held|liable|responsible|bound)|be (?:excused|released|relieved)|no (?:liability|credit|penalty))\b[^.;]{0,80}? (?:where|if|when|owing to|due to|because of|in the event of) (?:any )?)unforeseen (?:[a-z-]+ )?(?:difficult(?:y|ies)|circumstances?|events?|problems?|obstacles?|conditions?)|(?:matters?|events?|circumstances?|causes?|factors?) (?:that |which )?(?:the [a-z]+|it|we|they)(?:, acting reasonably,)? (?:regards?|considers?|deems?|treats?) (?:as|to be) (?:being )?(?:beyond|outside) (?:its|our|their) (?:reasonable )?(?:control|influence)|(?:events?|circumstances?|causes?|matters?|conditions?|factors?|occurrences?|reasons?) over which (?:we|it|they|the [a-z]+) (?:has|have|had) (?:no|little) (?:(?:reasonable|direct|effective) )?(?:control|influence)|(?:events?|circumstances?|causes?|matters?|conditions?|factors?|occurrences?|reasons?)(?: that| which)? (?:we|it|they|the [a-z]+|the [a-z]+ (?:provider|supplier|contractor|vendor|processor|operator|host|company|licensor)) (?:cannot|can't|couldn't|didn't|(?:could|can|did) not) (?:reasonably )?(?:have )?(?:foreseen|anticipated|prevented|controlled|avoided|control|foresee|anticipate|expect|prevent|avoid|influence|influenced)|(?:events?|circumstances?|causes?|matters?|factors?)(?: (?:arise|arises|arising|occur|occurs|occurring))?(?: that| which)? (?:we|it|they|the [a-z]+) (?:was|were|is|are|(?:has|have) been|would be) (?:unable|not able|powerless) to (?:reasonably )?(?:influence|control|prevent|avoid|foresee)|(?:events?|circumstances?|causes?|matters?|factors?|occurrences?)(?: that| which)? (?:cannot|couldn't|wouldn't|(?:could|can|would) not) (?:reasonably )?(?:have been |be )(?:foreseen|anticipated|prevented|avoided|expected|controlled)|(?:reasons?|causes?|events?|circumstances?|matters?) (?:that are |which are )?(?:outside|beyond) (?:of )?(?:its|our|their|the [a-z]+'s) (?:own )?(?:will|power|sphere|influence)|(?:events?|circumstances?|causes?|matters?|factors?|reasons?|delays?|hindrances?) (?:that are |which are |that is |which is )?not (?:attributable|due|imputable) to (?:the |its |their |our )?[a-z]+|(?:networks?|services?|systems?|providers?|suppliers?|vendors?|carriers?|subcontractors?|parties) (?:that are |which are )?(?:outside|beyond) (?:our|its|their|the [a-z]+'s) (?:reasonable |direct )?control|(?:events?|circumstances?|causes?|factors?|matters?|issues?|reasons?|occurrences?|conditions?|anything|acts?|problems?|things?|interruptions?|outages?|failures?|delays?|downtime|incidents?|disruptions?|unavailability|errors?|faults?|constraints?|limitations?|difficult(?:y|ies))(?: else)? (?:(?:that are|which are|that is|which is|that lie|which lie|that lies|which lies|lies|lie|that fall|which fall|that falls|which falls|reasonably|wholly|entirely|falling|lying|originating|arising|occurring|caused|resulting|stemming|coming)(?: from)? )?(?:(?:that |which )?(?:might|may|could|would|can) (?:reasonably |fairly )?be (?:regarded|considered|deemed|seen|treated|described) as )?(?:(?:not )?(?:wholly|entirely|reasonably) )?(?:beyond|outside(?: of)?|not (?:wholly |entirely |directly |fully |reasonably )?(?:within|under)) (?:the )?(?:${PARTY_POSSESSIVE} |[A-Za-zÀ-ɏ]+ [A-Za-zÀ-ɏ]+'s )?(?:(?:reasonable |direct |immediate |sole )?(?:control|influence)|sphere of (?:influence|control)|area of (?:responsibility|control))(?: of (?:the |a |either |any )?(?:[A-Za-zÀ-ɏ]+))?|(?:matters?|events?|circumstances?|causes?|factors?|conditions?|obstacles?|difficult(?:y|ies))(?: that| which)? (?:the [a-z]+|it|we|they) (?:could|can|would) not (?:reasonably )?be expected to (?:overcome|avoid|prevent|foresee|anticipate|control)|(?:caused by|due to|resulting from|arising from|owing to|because of|as a result of) (?:any )?(?:unforeseen|unforeseeable|unexpected|exceptional|extraordinary) (?:circumstances|events|occurrences|conditions)|(?:anything|something|any event|events|circumstances|whatever) (?:that |which )?(?:we|it|they|the [a-z]+) (?:couldn['’]t|could not|cannot|can['’]t|can not) (?:reasonably )?(?:foresee|anticipate|predict)(?: (?:or|and) (?:prevent|avoid|control))?|(?:something|anything|things?|events?|circumstances?|matters?)(?: (?:happens|happen|occurs|occur|arises|arise))? (?:(?:that|which) (?:is |are |happens |occurs |arises |falls |lies )?|that's )?(?:out of|outside(?: of)?) (?:our|its|their|the [a-z]+'s) hands|(?:events?|circumstances?|causes?|matters?|reasons?|factors?) (?:that are |which are )?(?:outside|beyond) (?:[a-zà-ɏ-]+ ){1,4}?[a-zà-ɏ-]+(?:'s|s') (?:reasonable )?control|(?:any )?(?:disruptions?|interruptions?|delays?|failures?|problems?|incidents?) (?:that |which )?(?:it|we|they|the [a-z]+) (?:could not|couldn't|cannot|can't) (?:reasonably )?(?:have )?(?:foreseen|anticipated|avoided|prevented)|(?:matters?|things?|events?|circumstances?|causes?|anything|something)(?: that| which)? (?:are|is|was|were|lie|lies) not within (?:its|our|their|the [a-z]+'s) (?:power|ability|control) to (?:prevent|avoid|control|influence)|(?:things|events|matters|anything|something|problems|issues)(?: that| which)? (?:happen|happens|occur|occurs|arise|arises|lie|lies) (?:outside|beyond) (?:our|its|their|the [a-z]+'s) (?:reasonable )?control|(?:things|problems|issues|events|matters|causes)(?: that| which)? (?:aren't|are not|isn't|is not) (?:our|its|their) fault|(?:things|matters|events|problems)(?: that| which)? (?:aren't|are not|isn't|is not) in (?:our|its|their) hands|or (?:similar|other) (?:external |outside |unforeseen )?(?:matters|events|circumstances|causes|problems|difficulties|factors)(?! (?:listed|set out|specified|defined|described|in (?:clause|section|schedule|annex))\b)|during (?:any )?unforeseen (?:[a-z-]+ )?(?:circumstances?|events?|conditions?|difficult(?:y|ies)|problems?)|(?:something|anything|things|problems|events)(?: that| which)? (?:we|it|they) (?:couldn't|could not|can't|cannot) help|(?:conditions|circumstances|events|causes|matters|factors|things|problems|difficulties|anything|something)(?: [a-z-]+){0,6}? (?:that|which) (?:(?:are|is|were|was|lie|lies) not|isn['’]t|aren['’]t) within (?:its|our|their|the [a-z]+['’]s) (?:reasonable )?control|(?:anything|something|things|events|circumstances)(?: else)?(?: that| which)? (?:we|it|they) (?:can['’]t|cannot|could not|couldn['’]t) (?:reasonably )?(?:prevent|avoid|foresee)|(?:things|events|something|anything) (?:happen|happens|occur|occurs) that (?:we|it|they) (?:couldn['’]t|could not|can['’]t|cannot) (?:reasonably )?(?:foresee|prevent|avoid|control)|(?:that|which) (?:the [a-z]+|it|we|they) (?:considers?|deems?|regards?|judges?|believes?) (?:to be )?(?:outside|beyond) (?:its|their|our) (?:own )?(?:sphere of influence|reasonable control|control)|(?:something|anything|things|events?|circumstances?|causes?)(?: that| which)? (?:(?:was|were|is|are) )?out of (?:our|its|their) hands|(?:whenever|where|if|when) unforeseen (?:[a-z-]+ )?(?:circumstances?|events?|difficult(?:y|ies)|problems?|conditions?) (?:arise|arises|occur|occurs)|(?:disruption|events?|circumstances?|failures?|incidents?) (?:that|which) (?:the [a-z]+|it|we|they) did not cause|(?:third part(?:y|ies)|suppliers?|providers?|networks?|carriers?) (?:that |which )?(?:we|it|they) (?:don['’]t|do not|cannot|can['’]t) control`,
    judge: { kind: 'escape' },
  },
  {
    id: 'targets-only',
    code: 'vague-term',
    phrases: ['targets only', 'indicative', 'a service goal and not a guarantee', 'does not guarantee response times', 'estimates only', 'we have a target of'],
    why: 'It turns the promise into an aim, so a missed figure is no breach and gives no remedy.',
    advice: 'make the figures commitments, with a remedy when they are missed',
    replacement: '${1:commitments}',
    fix: 'none',
    pattern: String.raw`(?:targets?|objectives?|goals?|estimates?|aims?|guidelines?|approximations?|forecasts?)(?: (?:values?|times?|figures?|levels?|dates?))? only|(?:are|is) (?:only )?(?:provisional|indicative|tentative)(?= and (?:may|can|might|will) (?:move|change|slip|shift|vary|be exceeded|be extended|be changed))|(?:are|is) (?:only |merely )?(?:service |performance |availability )?(?:objectives|targets|goals)(?=[^.;]{0,100}? and (?:(?:do|does|shall|will) not (?:constitute|create|amount to|form|give rise to)|(?:are|is) not) (?:a |an |any )?(?:warranty|guarantee|commitment|undertaking|obligation|remedy|liability))|(?:are|is) (?:only |provided |given |shown )?for guidance(?: only| purposes)?(?![^.]*\b(?:signed|in writing|written)\b)|(?:are|is) (?:only |merely |just )?(?:a |an )?(?:rough|general|approximate|broad) (?:guides?|guidance|indications?|pointers?)(?![^.]*\b(?:signed|in writing|written)\b)|(?:are|is) (?:only |merely |mere |non binding )?(?:estimates|forecasts|indicative)(?=(?: for (?:illustration|information|guidance|reference)(?: only| purposes)?)? and (?:(?:do|does|shall|will) not|don['’]t|doesn['’]t) (?:bind|constitute|create|amount))|(?:describe|describes|state|states|reflect|reflects|set out|sets out) (?:the |its |our |their )?(?:[a-z]+['’]s )?(?:aims|goals|objectives|intentions|aspirations)(?= and (?:do|does|shall|will) not\b)|(?:represents?|reflects?|describes?|illustrates?|sets? out|states?|express(?:es)?) (?:the |its |our |their )?(?:[A-Za-z]+['’]s )?(?:intended approach|general approach|intended practices?|intentions?|expectations?|aspirations?|current (?:plans?|approach|intentions?|practices?)|planned approach)(?= (?:for [^.;]{0,60}? )?(?:and (?:is|are|does|do|shall|will) not\b|,? ?(?:rather than|instead of|as opposed to|and not|but not) (?:an? |any )?(?:(?:firm|binding|contractual|fixed|legal|enforceable) )?(?:commitments?|obligations?|guarantees?|promises?|undertakings?)\b))|(?:constitutes?|is|are|represents?) (?:an? |the )?(?:service |performance |security |availability |quality )?(?:objective|target|goal|aim)s?\b[^;]{0,80}?\b(?:and|but) not (?:an? )?(?:contractual|binding|firm|legal) (?:undertaking|commitment|obligation|guarantee)|(?:(?:represents?|constitutes?) (?:no more than|nothing more than|only|merely|just) (?:the |an? |its |their |our |[A-Za-zÀ-ɏ]+(?:'s|s') )?|(?:is|are) (?:no more than|nothing more than|only|merely|just) (?:the |its |their |our |[A-Za-zÀ-ɏ]+(?:'s|s') ))(?:(?:best|good[ -]faith|current|present|reasonable|honest|initial) )*(?:estimates?|forecasts?|projections?|expectations?|approximations?|guesses?)|(?:dates?|milestones?|timetables?|schedules?|timelines?|times?|timescales?|deadlines?|targets?|figures?|levels?|durations?|estimates?) (?:[a-z-]+ ){0,6}?(?:is|are) (?:only |merely |purely |strictly )?(?:provisional|tentative)(?= (?:and|only|at|until)\b|\s*[.;,]|$)(?! (?:and|until) (?:[a-z]+ ){0,4}?(?:finali[sz]|agree|confirm|settl|fix|determin|negotiat))|(?:has|have) (?:a|an) (?:(?:service|availability|uptime|performance) )?(?:target|goal|objective|aim) of|(?:shall|will|is|are) not be (?:in breach|in default|liable) (?:merely|solely|simply|only) (?:by|for|because of) (?:failing|a failure|any failure|its failure|their failure) to (?:meet|achieve|reach|attain|hit) (?:them|it|these|those|any of them|such (?:targets?|dates?|milestones?|goals?|levels?))\b|(?:(?:service|good faith|best) )?(?:targets?|objectives?|goals?|estimates?|aims?|aspirations?|expectations?|guidelines?)(?:,? [A-Za-zÀ-ɏ]+){0,10}?,? (?:(?:and|but) )?(?:not|rather than|instead of|as opposed to) (?:an? )?(?:(?:firm|binding|contractual|fixed|guaranteed|hard) )?(?:guarantees?|commitments?|promises?|obligations?|warrant(?:y|ies)|outcomes?|results?)|(?:is|are) (?:only |merely |just )?(?:an? )?(?:targets?|goals?|objectives?|estimates?|aspirations?|guidelines?|aims?)(?=\s*(?:[.;]|, (?:and|but) |$))|(?:is|are) (?:only |merely |just )?(?:an? )?(?:targets?|goals?|objectives?|aspirations?|aims?|ambitions?)(?=,? (?:and|but) (?:we|it|they|the [a-z]+) (?:do not|does not|don't|doesn't|don’t|doesn’t|cannot|can't|can’t|will not|won't|won’t) (?:guarantee|promise|warrant|commit to)\b)|(?:is|are) (?:only |merely |just )?estimates (?:based on|derived from|drawn from)|(?:do|does|will|shall|can) not (?:promise|guarantee|warrant|undertake|commit) to (?:achieve|meet|reach|attain|deliver) (?:them|it|these|those|the (?:[a-z]+ ){0,2}?(?:figures?|targets?|levels?|times?))|gives? no (?:assurance|guarantee|undertaking|warranty) that (?:they|it|these|those|the (?:[a-z]+ ){0,2}?(?:figures?|targets?|levels?|times?)) (?:will|shall) be (?:met|achieved|reached|kept)|(?:an? )?(?:target|goal|objective|aim|aspiration) (?:and|but) not (?:something|anything|one) (?:we|it|they|the [a-z]+) (?:guarantees?|promises?|commits? to|warrants?)|(?:is|are) estimated (?:at|to be)|(?:is|are) (?:expressed|stated|given|set|provided|published) as (?:targets?|goals?|objectives?|estimates?|guidelines?)|no (?:particular |specific )?(?:results?|outcomes?|levels?) (?:can|could|is|are|will) (?:be )?guaranteed|indicative(?! of)|aspirational|non guaranteed|not guaranteed|(?:cannot|can't|could not|can not|will not|may not) be guaranteed|no guarantee|not (?:an? )?guarantee|no (?:[a-z]+ ){1,2}guarantees?|(?:are|is) not (?:guarantees|commitments|promises)|(?:are|is) not (?:contractual|binding|firm|fixed|guaranteed) (?:deadlines?|dates?|commitments?|obligations?|targets?|milestones?|time limits?|undertakings?|promises?|guarantees?)|(?:design )?(?:intent|intention)s? only|unofficial (?:[a-z]+ )?(?:benchmarks?|targets?|figures?|slas?)|(?:expresse?s?|states?|describes?|sets?|gives?|quotes?) (?:[a-z\x27’]+ ){0,3}?as (?:an? )?(?:objective|target|goal|aim) of|(?:set|sets|setting) (?:ourselves|itself|themselves|himself|herself) (?:an? )?(?:target|goal|objective|aim)|(?:we|it|they|the [a-z]+) (?:anticipates?|expects?|estimates?) (?:an? )?\d|(?:reporting |informational |internal )?(?:metrics|measures|indicators|kpis?) only|(?:is|are) under no obligation (?:whatever |whatsoever |at all )?to (?:meet|achieve|attain|exceed|reach|comply)|(?:is|are) (?:only |merely |just )?(?:targets?|goals?|objectives?|aspirations?) (?:for|in respect of|applicable to)|(?:(?:does|do|will|shall|can|is|are) not|cannot|can't|won't|don't|doesn't) (?:guarantee|constitute an? guarantee|represent an? (?:guarantee|commitment))|without (?:any )?(?:guarantee|commitment)|not (?:(?:intended|meant|offered|given|provided|published) )?(?:as|to be) (?:an? |any )?(?:(?:binding|firm|contractual|legal) )?(?:guarantee|commitment|promise|warranty)s?|(?:does|do|will|shall|can|is|are) not (?:(?:in themselves|of themselves|themselves|by themselves) )?(?:represent|constitute|create|amount to|form|give rise to|establish) (?:an? |any )?(?:(?:binding|firm|contractual|legal|enforceable) )?(?:commitments?|guarantees?|promises?|obligations?|undertakings?)|(?:working|works|work|strives?|striving|aims?|aiming) towards?|(?:aims?|aiming) for|(?:not|no|nor) (?:[a-z,]+ ){0,5}?(?:undertakes?|warrants?|promises?|guarantees?|commits?) (?:to (?:achieve|deliver|reach|meet|attain) |that )?(?:[a-z]+ ){0,8}?(?:particular|specific|any given) (?:[a-z]+ )?(?:results?|outcomes?|levels?|figures?|times?|speeds?|performance)|(?:offered|provided|given|intended|meant|published|included|set out) (?:only |solely |merely |purely )?(?:as|for) (?:an? |the )?(?:general )?(?:guide|guidance|indication|framework|illustration|reference point)|(?:we|the (?:provider|supplier|vendor|contractor|licensor)|it) (?:cannot|can't|can not|do not|does not) promise that|(?:is|are) approximate(?: only)?,? and (?:(?:do|does) not|don['’]t|doesn['’]t) (?:bind (?:us|the [a-z]+)|create (?:a |any )?(?:commitment|obligation|promise))|(?:are|is) (?:merely |only |purely )?illustrative|cannot commit to (?:any|a) (?:timescale|timeframe|time frame|deadline|date)|(?:treat|treats|regard|regards) (?:[a-z-]+ ){0,3}?(?:deadlines?|dates?|times?|targets?|levels?) as (?:objectives|targets|goals|estimates|aims)|(?:make|makes|give|gives) no commitment (?:about|as to|on) how (?:long|quickly|soon|fast)|(?:make|makes|give|gives) no commitment (?:to|as to|regarding) (?:any )?particular|(?:make|makes) no promise that|(?:are|is) (?:only |merely )?indicative of (?:[a-z-]+ ){0,8}?(?:and|but) (?:shall|will|do|does) not (?:give rise to|result in|trigger|lead to|attract) (?:any )?(?:deductions?|credits?|service credits?|penalt(?:y|ies)|remedies|liability)|(?:is|are) (?:an? |only an? |merely an? |just an? )?(?:general |rough )?guide(?: only)?,? and (?:(?:do|does) not|don['’]t|doesn['’]t) bind (?:us|the [a-z]+)|(?:are|is) (?:only |merely )?indicative of (?:the )?(?:standard|level|performance|service)|(?:is|are) (?:an? |only an? |merely an? )?(?:design|engineering|internal|aspirational) (?:objectives?|goals?|targets?|aims?)|represents? (?:(?:the |its |our |their )?[^\s.;,]+['’]s |the |its |our |their )?(?:objectives|aims|goals|targets|aspirations|intentions)|express(?:es)? (?:(?:the |its |our |their )?[^\s.;,]+['’]s |the |its |our |their )?(?:aspirations|objectives|aims|goals|intentions)|(?:are|is) (?:only |merely )?planning assumptions|(?:are|is) (?:only )?indicative(?=,? and (?:the [a-z]+|we|it) (?:may|can) (?:adjust|change|vary|revise|increase))|(?:are|is) (?:only |merely )?(?:a )?statements? of intent|(?:are|is) guidance only|(?:reflects?|describes?|represents?) (?:[^\s.;,]+ ){0,4}?current practices?(?= and (?:do|does|shall|will) not oblige\b)|(?:are|is) (?:only |merely )?(?:service |performance )?aspirations?(?=[^.;]{0,100}\b(?:no liability|not (?:be )?liable|no remedy|not give rise)\b)|(?:are|is) (?:an? )?guides? only|(?:are|is) (?:only )?estimates?(?: [a-z]+){0,4},? and we (?:don['’]t|do not) (?:promise|guarantee|commit) to (?:meet|achieve|hit)|(?:are|is) given by way of example only|(?:are|is) (?:only |merely )?(?:service |performance |availability )?(?:objectives|targets|goals) and (?:do|does|shall|will) not (?:warrant|guarantee|promise|ensure|commit)(?= that\b)|(?:limits?|quotas?|allowances?|caps?|thresholds?|(?:response|resolution|delivery|turnaround) times?|service levels?|capacit(?:y|ies)|speeds?|bandwidth)(?: [a-z-]+){0,5}? (?:are|is) (?:only )?approximate(?=,? and (?:we|it|they|the [a-z]+) (?:may|can|might|will) (?:apply|enforce|vary|change|adjust|set|raise|lower)\b)`,
    judge: { kind: 'aim' },
  },
  {
    id: 'not-binding',
    code: 'vague-term',
    phrases: ['not legally binding', 'for discussion purposes only', 'creates no obligation', 'shall not be construed as contractual commitments'],
    why: 'A statement that the text binds nobody empties every promise it covers.',
    advice: 'remove the statement, or move the text out of the contract',
    replacement: '${1:a binding commitment}',
    fix: 'none',
    pattern: String.raw`(?:is|are) not an? (?:legally |contractually )?binding (?:commitment|obligation|undertaking|promise)s?|(?:shall|will|does|do|is|are) not (?:be )?(?:legally |contractually )?enforceable|(?<=\bnothing\b[^.;]{0,120}?)(?:is|are|shall be|will be) binding (?:on|upon) (?:us|you|it|them|the [a-z]+)|(?<=\bnothing in (?:these|this|the|our) (?:[a-z]+ )?(?:terms|agreement|contract|schedule|sla|documentation|order form|order) )(?:obliges|requires|commits|binds) (?:us|you|it|them|the [a-z]+) to (?:achieve|meet|attain|reach|deliver|maintain)|(?:not|non) (?:be )?(?:legally |contractually )?binding|no (?:legal|binding|contractual) (?:effect|force)|(?:creat(?:e|es|ing)|impos(?:e|es|ing)|giv(?:e|es|ing) rise to) no (?:[A-Za-zÀ-ɏ]+ ){0,2}(?:obligations?|liability|commitments?)|(?:does|do|shall|will) not (?:create|constitute|amount to|form|give rise to) (?:an? |any )?(?:agreement|contract)(?: with)?|for (?:discussion|information(?:al)?|guidance|planning|illustrative|indicative|reference) only|(?:(?:does|do|shall|will) not|(?:is|are|was|were) not intended to|(?:does|do|shall|will) not purport to) (?:create|constitute|impose|give rise to) (?:any |an? )?(?:legally )?(?:binding|contractual|legal|enforceable) (?:obligations?|commitments?|relations?|contract)|(?:is|are) not intended to (?:create|give rise to|impose) (?:any )?(?:liability|liabilities)(?! (?:to|towards|for|in respect of) (?:any )?third)|(?:shall|will|does|do) not give rise to (?:any )?(?:liability|liabilities)(?! (?:to|towards|for|in respect of) (?:any )?third)|for (?:discussion|information(?:al)?|guidance|planning|illustrative|indicative|reference|monitoring) purposes only|(?:creates?|gives?|confers?) no rights? (?:and|or) no (?:obligations?|duties)|(?:does|do|shall|will) not bind (?:either|any|both|the) (?:of them|party|parties|of the parties)|(?:are|is) not (?:contractual|binding|legally binding|enforceable) (?:undertakings?|promises?|obligations?|commitments?)|(?:does|do|shall|will) not (?:(?:of|in|by) (?:themselves|itself) )?bind (?:the |either |any |us |you |it |them )?(?:[a-z-]+ ){0,3}?to (?:any|a) (?:particular|specific|given) (?:standard|level|result|outcome)s?|(?:shall|will|are|is|must|should) not (?:to )?be (?:construed|interpreted|read|treated|regarded|deemed|taken) as (?:an? |any )?(?:(?:contractual|binding|legal|firm|enforceable) (?:commitments?|obligations?|promises?|undertakings?|guarantees?)|(?:guarantees?|warrant(?:y|ies)|commitments?|promises?|undertakings?)(?: of [a-z]+)?)|failure to (?:meet|attain|achieve|reach|observe|comply with|respect|keep to|hit) (?:them|it|these|those|such [a-z]+|the [a-z]+(?: [a-z]+)?) (?:shall|will|does|do) not (?:in itself |of itself |by itself )?(?:constitute|amount to|be) (?:a )?(?:breach|default)|descriptive only|(?:is|are) (?:merely |purely )?(?:illustrative|indicative|descriptive|examples?) only|(?:is|are) (?:merely |purely |only )?(?:illustrative|indicative)(?=[,.;]|$)|(?<=\b(?:figures?|numbers?|targets?|levels?|times?|metrics?|statistics|dates?|estimates?)\b[^.;]{0,120}?, )not (?:an? |any )?(?:firm |binding |contractual )?(?:commitment|guarantee|promise|undertaking|warranty)|(?<=\bnothing\b[^.;]{0,80}?)(?:is|are) (?:a |an )?(?:binding|firm|contractual) (?:commitment|promise|guarantee|obligation|undertaking)|(?:are|is) not intended to be (?:legally |contractually )?binding|(?:aren['’]t|isn['’]t|are not|is not) (?:legally |contractually )?binding on (?:anyone|anybody|either party|the parties|us|you)|(?<=\bnothing in (?:them|it|these(?: [a-z]+)?|this(?: [a-z]+)?|the [a-z]+)\b[^.;]{0,20}?)(?:is|are) (?:meant|intended) to (?:tie|bind|commit|oblige) (?:us|you|it|them|the [a-z]+) to|(?<=\bnothing\b[^.;]{0,120}?)creates? (?:a|any) (?:commitment|obligation|promise|warranty)|(?:are|is) (?:provided|given|supplied|published|included) for information (?:only |purposes only )?and (?:do|does|shall|will) not form part of (?:this|the|our|these)`,
    judge: { kind: 'nonbinding' },
  },
  {
    id: 'nothing-binding',
    code: 'vague-term',
    phrases: ['nothing in this SLA creates a binding obligation'],
    why: 'A statement that the text binds nobody empties every promise it covers.',
    advice: 'remove the statement, or move the text out of the contract',
    replacement: '${1:a binding commitment}',
    fix: 'none',
    pattern: String.raw`(?:creates?|constitutes?|imposes?) (?:an? |any )?(?:legally )?binding (?:obligations?|commitments?)`,
    judge: { kind: 'nonbinding', needsNothing: true },
  },
  // ---- Efforts and discretion.
  {
    id: 'best-efforts',
    code: 'vague-term',
    phrases: ['best efforts', 'commercially reasonable efforts', 'all reasonable endeavours', 'uses all commercially reasonable endeavours to', 'make every effort', 'reasonable best efforts', 'best-effort basis'],
    why: EFFORTS_WHY,
    advice: 'promise the result itself, or state what the effort must include (people, hours, steps)',
    replacement: '${1:will restore service within 4 hours}',
    fix: 'drop-frame',
    pattern: String.raw`(?:do|does) (?:what|all|everything|whatever) (?:we|it|they) (?:reasonably )?can|(?:an? |only an? )?obligations? (?:of|de) (?:means|moyens)|(?:(?:use|uses|using|used|make|makes|making|exercise|exercises|apply|applies|employ|employs) (?:(?:all|its|their|our|his|her|your|every|the|such) )*)?(?:${EFFORT_WEAK} ){0,3}${EFFORT_STRONG} (?:${EFFORT_WEAK} ){0,3}${EFFORT}(?: basis)?(?: to)?|(?:do|does|try|tries|trying|doing) (?:its|their|our|his|her|your) (?:very |level )?(?:best|hardest|utmost)(?: to)?|(?:make|makes|making) every (?:reasonable )?attempt to|(?:devote|devotes|dedicate|dedicates|commit|commits) (?:all|every|such) (?:available |necessary |reasonable )?(?:resources|resource|effort)(?: as (?:may be|are|is) (?:necessary|needed|required))? to|(?:deploy|deploys|use|uses|apply|applies|exercise|exercises|employ|employs|with) (?:its|their|our|his|her|your|all) (?:best|utmost|greatest) diligence|to the best of (?:its|their|our|his|her|your) (?:abilit(?:y|ies)|capabilit(?:y|ies)|knowledge and abilit(?:y|ies))|(?:do|does|doing) (?:everything|all that is|all) (?:within|in) (?:its|their|our|his|her|your) power|(?:do|does|doing|make|makes|making|take|takes|taking) (?:everything|all efforts|all steps|all that is|whatever is|all|every effort|anything) (?:that is |which is |it can |they can |we can )?within reason|as best (?:we|it|they|the [a-z]+) (?:can|may|are able|is able)`,
    judge: { kind: 'soft', limitAfter: true },
  },
  {
    id: 'endeavour-to',
    code: 'vague-term',
    phrases: ['will endeavour to', 'shall try to', 'strives to', 'will attempt to'],
    why: EFFORTS_WHY,
    advice: 'promise the result itself, or state what the effort must include (people, hours, steps)',
    replacement: '${1:will restore service within 4 hours}',
    fix: 'drop-frame',
    pattern: String.raw`(?:endeavou?r|endeavou?rs|try|tries|attempt|attempts|strive|strives|seek|seeks|aim|aims|hope|hopes|aspire|aspires|intends) to|(?:try|tries|strive|strives|work|works) (?:very |really |extra |our |its |their )?(?:hard|harder|hardest) to|(?:endeavou?r|endeavou?rs|try|tries|attempt|attempts|strive|strives), (?:[a-z']+ ){0,3}?[a-z']+, to|(?:endeavou?r|endeavou?rs|strive|strives) (?:throughout|at all times|during|always|continuously|constantly)(?: [a-z]+){0,3}? to|(?:strive|strives) for|(?:aiming|striving|endeavou?ring|trying|seeking|hoping) to|(?:endeavou?r|endeavou?rs|try|tries|attempt|attempts|strive|strives|seek|seeks|aim|aims) not to`,
    judge: { kind: 'effort-verb' },
  },
  {
    id: 'diligently',
    code: 'vague-term',
    phrases: ['will work diligently to', 'with reasonable diligence', 'with all due diligence', 'exercise due diligence'],
    why: EFFORTS_WHY,
    advice: 'promise the result itself, or state what the effort must include (people, hours, steps)',
    replacement: '${1:will restore service within 4 hours}',
    fix: 'none',
    pattern: String.raw`diligently|with (?:all )?(?:due|reasonable|commercially reasonable|appropriate|utmost|proper) diligence|(?:exercise|exercises|exercising|use|uses|using|apply|applies|applying) (?:all )?(?:due|reasonable|commercially reasonable|proper) diligence|(?:exercise|exercises|exercising) diligence`,
    judge: { kind: 'soft', bound: 'time', right: true, limitAfter: true },
  },
  {
    id: 'reasonable-steps',
    code: 'vague-term',
    phrases: ['reasonable steps', 'all reasonable steps', 'reasonable measures', 'reasonable precautions'],
    why: EFFORTS_WHY,
    advice: 'name the steps, or promise the result itself',
    replacement: '${1:the steps listed in this contract}',
    fix: 'none',
    pattern: String.raw`(?:(?:all|every) )?reasonable (?:steps|measures|precautions)|(?:such )?(?:steps|measures|actions?|precautions) as (?:are|is|may be) reasonably (?:necessary|required|appropriate|practicable)|(?:do|does|doing) (?:all|everything|whatever) (?:that )?(?:is|it is) (?:reasonable|reasonably practicable|practicable)|(?:all|such|every) necessary (?:steps|measures|precautions)|proper (?:steps|measures|precautions)`,
    judge: { kind: 'soft', bound: 'standard', limitAfter: true },
  },
  {
    id: 'sole-discretion',
    code: 'vague-term',
    phrases: ['at its sole discretion', 'as it deems necessary', 'as it sees fit', 'measures it considers appropriate'],
    why: 'A duty performed at the performer\'s own discretion lets it decide alone whether and how it performs, so nobody can show that it fell short.',
    advice: 'state the criteria, or make it a right the party may choose to use',
    replacement: '${1:as set out in this contract}',
    fix: 'none',
    pattern: String.raw`(?:will|shall|may|is to)(?<!\b(?:customer|client|controller|authority|expert|arbitrator|auditor|you) (?:will|shall|may|is to)) (?:determine|decide|assess|judge) (?:in good faith |(?:acting )?reasonably |alone |unilaterally )?whether(?:,? and (?:to what extent|how far|how much),?)? (?:[a-z-]+ ){1,6}?(?:counts?|qualif(?:y|ies)|(?:is|are) (?:to be )?(?:treated|counted|regarded)) as (?:downtime|unavailab[a-z]*|an? (?:outage|incident|service failure)|excluded downtime)|(?:at|in|for|within) (?:its|their|our|his|her|your|the [A-Za-zÀ-ɏ]+(?:'s)?|such party's|each party's|[A-Za-zÀ-ɏ]+(?:'s|s')|the [A-Za-zÀ-ɏ]+ [A-Za-zÀ-ɏ]+(?:'s|s')) (?:(?:sole|absolute|own|full|reasonable|unfettered|complete|exclusive|unrestricted|unqualified) (?:and )?)*(?:discretion|opinion|judge?ment|view)|exercising (?:its|their|our|his|her|your) (?:(?:own|sole|absolute|exclusive) )?(?:judge?ment|discretion)|(?:according to|on the basis of|based on) (?:its|their|our|his|her|the [a-z]+'s) own (?:professional )?(?:judge?ment|assessment|evaluation|opinion|view|discretion)|in (?:its|their|our|his|her|the [a-z]+'s) own (?:professional )?(?:opinion|assessment|judge?ment)|whenever (?:it|we|they|the [a-z]+) (?:considers?|deems?|thinks?|judges?|believes?) (?:that )?[^.;]{0,60}?\b(?:warrants?|justif(?:y|ies)|requires?|calls? for) (?:a |an |the )?(?:change|revision|adjustment|update)s?|(?:whenever|once|if|where|when) (?:the )?[a-z]+ (?:considers?|deems?|judges?|thinks?|believes?) (?:(?:it|that|this)['’]s |(?:it |them |this |that |an? [a-z]+ |such [a-z]+ |[a-z]+ (?=to be ))?(?:(?:to be|is|are) )?)(?:necessary|appropriate|fit|needed|required|advisable|ready|suitable|warranted|justified|worthwhile|useful|beneficial|desirable)|(?:whenever|once|if|where|when|unless) (?:the )?[a-z]+ (?:considers?|deems?|judges?|thinks?|believes?) (?:that )?(?:[a-z'-]+ ){1,3}?(?:is|are|would be|has become|have become) (?:justified|warranted|necessary|excessive|abusive|unreasonable|disproportionate)(?![a-z])|to (?:the |its |their )?[a-z]+'s (?:(?:sole|complete|full|entire|absolute) )?satisfaction|(?:satisfactory|unsatisfactory|acceptable) to the (?:city|council|county|state|department|agency|authority|buyer|customer|client|purchaser|owner)|to the degree acceptable to|(?:use|uses|using|exercise|exercises) (?:its|their|our|his|her|his or her|your) (?:own )?(?:best )?(?:judge?ment|discretion) (?:as to|to decide|in deciding|on|when|in)|(?:by|using|through|in) (?:whatever|such|any) (?:reasonable )?(?:method|methodology|methods|means|approach|process|tools?) (?:as )?(?:it|they|we|the [A-Za-zÀ-ɏ]+) (?:may )?(?:chooses?|selects?|thinks? fit|sees? fit|prefers?|deems? appropriate)|(?:rests? |lies? |(?:is )?left )?(?:entirely |wholly |solely )?(?:at|in|within|to) the (?:(?:sole|absolute|entire|complete) )?discretion of|(?:entirely |wholly |solely )?at [a-z]+'s (?:(?:sole|absolute|own) )?discretion|at (?:such )?(?:intervals|times|frequencies|a frequency) (?:as |that )?(?:it|they|we|the [a-z]+) (?:sees?|thinks?|deems?|considers?) (?:fit|appropriate|necessary|suitable)|at (?:such |whatever )?times (?:that |which |as )?(?:[a-z-]+ ){1,3}?(?:considers?|deems?|judges?|thinks?) (?:to be )?(?:least disruptive|most convenient|appropriate|convenient|suitable|best)|whenever (?:we|it|they|the ${PROVIDER_WORD}) (?:decides?|chooses?|wish(?:es)?|likes?|wants?)(?! to)|at (?:a |such )?(?:frequency|frequencies|intervals?|times?) (?:that |which |as )?(?:fits?|suits?|meets?) (?:our|its|their|the [A-Za-zÀ-ɏ]+'s) (?:own )?(?:operational|business|commercial|internal) (?:needs|requirements|convenience|priorities)|(?<!\b(?:often|much|many|long|soon|far|frequently) )as (?:we|it|they|the ${PROVIDER_WORD}) (?:may )?(?:choose|chooses|please|pleases|wish|wishes|like|likes)(?! to)|(?:as|when|where|wherever|if|whenever|to the extent(?: that)?) (?:and when )?(?:it|they|we|he|she|the [A-Za-zÀ-ɏ]+|[A-Za-zÀ-ɏ]+(?= (?:deems|considers|thinks|judges|determines|believes) ))(?:,? (?:acting )?(?:reasonably|in good faith|properly),?)? (?:deems?|considers?|thinks?|sees?|judges?|determines?|finds?|believes?) (?:(?:it|them|this|that|such [A-Za-zÀ-ɏ]+|the [A-Za-zÀ-ɏ]+) )?(?:to be |it's |it is |that's |that is )?(?:fit|appropriate|necessary|suitable|convenient|practical|reasonable|best|proper|desirable|advisable|expedient|prudent|wise|sensible|needed|required|warranted|justified|called for|feasible|practicable|possible|unavoidable|essential|indispensable|proportionate)|(?:it|they|we|he|she|the (?!parties\b)[A-Za-zÀ-ɏ]+) (?:(?:reasonably|in good faith|alone|solely) )?(?:deems?|considers?|thinks?|judges?|believes?|determines?|finds?|regards? as|sees? as) (?:them |it |this |that |such [a-z]+ )?(?:to be |are |is )?(?:fit|fitting|appropriate|necessary|suitable|advisable|proportionate|adequate|sufficient|reasonable|sensible|justified|prudent|needed|required|warranted|fair|equitable|equivalent|comparable|acceptable|satisfactory|customary|usual|normal|impractical|impracticable|unreasonable|inappropriate|unnecessary|unsuitable)|in the (?:(?:sole|reasonable|absolute|professional|considered) )?(?:view|opinion|judge?ment|assessment) of (?!(?:an? |the )?(?:independent|expert|arbitrat|court|tribunal|auditor|adjudicat|mediator|regulator|supervisory))(?:the |its |their |our )?[a-z]+|(?:we|it|they|the [a-z]+) (?:alone |solely |exclusively )?(?:decides?|determines?|judges?|assesses?)(?:,? (?:acting )?(?:reasonably|in good faith|properly),?)? whether|(?:save|except|unless) (?:where|when|if) (?:it|they|we|i|he|she|the [A-Za-zÀ-ɏ]+) (?:reasonably )?(?:judges?|considers?|thinks?|believes?|decides?|determines?|deems?|finds?|is satisfied) that|only (?:where|if|when|once) (?:the )?[a-z]+,? (?:acting (?:honestly|reasonably|in good faith),? )?(?:concludes?|decides?|determines?|considers?|judges?|is satisfied) that|whenever (?:we|the (?:provider|supplier|contractor|processor|msp|vendor|host|licensor|company)) (?:reasonably )?(?:judges?|considers?|deems?|determines?|decides?|believes?) that|(?:when|once|if|where|whenever) (?:it|we|they|the [a-z]+) (?:judges?|considers?|deems?|decides?|determines?) that (?:the |such |this |that )?(?:[a-z-]+ ){0,2}?(?:is|are) no longer (?:needed|required|necessary|useful)|(?:once|when|if|after|where|until) (?:the )?[a-z]+ (?:is|are) (?:satisfied|content|happy) that|such (?:[a-z-]+ ){1,8}?as (?:the |its |our )?(?:[a-z]+ ){0,2}?[a-z]+ (?:thinks?|considers?|deems?|judges?|sees?) (?:fit|proper|appropriate|necessary|suitable|adequate|sufficient|relevant|material|important|significant)(?= (?:before|after|during|for|to|in|at|on|from)\b|\s*[.,;]|$)|(?:to )?(?:whatever|such) (?:extent|degree) (?:as )?(?:it|they|we|the [a-z]+) (?:considers?|deems?|judges?|thinks?|believes?) (?:necessary|appropriate|fit|needed|required|advisable|reasonable)|(?:with|at|in|to) (?:whatever|such) (?:frequency|periodicity|intervals?|manner|standard|level|times?|schedule) (?:as )?(?:it|they|we|the [a-z]+|its (?:own )?[a-z]+(?: [a-z]+)?) (?:considers?|deems?|judges?|thinks?|believes?) (?:necessary|appropriate|fit|fitting|needed|required|advisable|reasonable|suitable|convenient|right|best|proper)|to the (?:sole |complete |full |entire |absolute )?satisfaction of (?:the |its |their )?[a-z]+|(?:determined|decided|assessed|judged) (?:solely |exclusively )?by (?:the )?[a-z]+ (?:alone|solely|exclusively)|[a-z]+(?:'s|s') (?:own )?(?:determination|decision|assessment|finding)s? (?:(?:in|on) (?:this|that|the|any such) (?:regard|respect|matter|point|question) )?(?:is|are|shall be|will be) (?:final|conclusive)|(?:at|with) (?:whatever|such) (?:frequency|frequencies|intervals?|times?|pace) (?:as )?(?:it |we |they |the (?:[a-z]+ ){1,3}?|its (?:[a-z]+ ){1,3}?)(?:deems?|considers?|judges?|thinks?) (?:it )?(?:necessary|appropriate|fit|fitting|suitable|useful|warranted|adequate)|as and when (?:the |its |our )?(?:[a-z]+ ){1,3}?(?:judges?|considers?|deems?|thinks?|decides?)|the (?:means|measures|steps|resources|tools|arrangements) (?:that |which )?(?:it|they|we|the [a-z]+) (?:judges?|considers?|deems?|thinks?) (?:useful|necessary|appropriate|fit|fitting|suitable|adequate)|if (?:it|we|they|the [a-z]+) so (?:decides?|wishes?|chooses?|elects?)|as (?:assessed|determined|judged|decided) by (?!(?:an? |the )?(?:independent|expert|arbitrat|court|tribunal|auditor|adjudicat|mediator|regulator|supervisory|european|commission|government|minister|law)\b)(?:the )?[a-z]+(?: [a-z]+)?(?: (?:in good faith|acting reasonably|alone))?(?=[,.;]|$)|(?:such|any) (?:limitations?|restrictions?|conditions?) as (?:the )?[a-z]+ (?:may )?(?:reasonably )?(?:impose|require|specify|set)|(?:such|any|whatever) (?:operational |technical |practical |resourcing )?(?:constraints|limitations|restrictions) as (?:the |it |we |they )?(?:[a-z]+ )?(?:may )?(?:identify|determine|specify|notify|consider|think|see)|(?:such|whatever) (?:(?:retention|storage|archiving|notice|response|review|backup) )?(?:periods?|durations?|frequency|intervals?|levels?|number|amount) as (?:the |its |our )?(?!parties\b)[a-z]+ (?:may )?(?:(?:reasonably|alone|solely|unilaterally) )?(?:determines?|decides?|specif(?:y|ies)|sets?|chooses?|selects?|(?:sees?|thinks?) fit|deems? (?:appropriate|necessary|fit))|(?:if|where|when|whenever) (?:your |the |its |their )?(?:[a-z-]+ ){0,2}?(?:looks?|seems?|appears?) (?:excessive|unreasonable|abusive|inappropriate|unfair|disproportionate) to (?:us|the [a-z]+)|(?:we|it|they|the [a-z]+) (?:alone |solely )?(?:decides?|determines?|judges?) what (?:counts|qualifies|amounts) as|(?:where|when|if|once) (?:the |our |its )?(?:[a-z]+ ){1,2}?[a-z]+,? (?:acting (?:honestly|reasonably|in good faith),? )?(?:judges?|considers?|deems?|determines?|decides?) (?:the |that |an? |any )?(?:[a-z-]+ ){0,3}?(?:to be|is|was) (?:material|significant|substantial|serious|excessive|sufficient)|(?:whenever|when|where|if|once) (?:the )?[a-z]+ (?:determines|decides|considers|deems|judges) that (?:[a-z-]+ ){0,3}?(?:is|are) (?:required|necessary|needed|warranted|appropriate)|at (?:the )?(?:times?|a time|such times?|whatever times?|dates?|(?:a|the|such|whatever) (?:point|moment|stage)s?) (?:that |which |as )?(?:the (?:[a-z]+ )?[a-z]+|(?:our|its|their) [a-z]+|it|we|they) (?:finds?|considers?|deems?|thinks?|judges?) (?:convenient|appropriate|suitable|fit|(?:least|less) disruptive|most (?:convenient|effective|suitable|appropriate)|opportune|best)|to the extent (?:that )?(?:it|they|we|the [a-z]+) (?:considers?|deems?|judges?|thinks?|finds?) (?:it )?(?:[a-z]+ )?(?:justifiable|justified|necessary|appropriate|reasonable|feasible|viable|worthwhile)|whenever (?:we|it|they|the [a-z]+) (?:chooses?|wishes?|wants?|likes?|pleases?)(?=[,.;]|$)|whenever (?:we|it|they|the [a-z]+) (?:chooses?|wishes?|wants?|likes?|pleases?|considers?|deems?|thinks?|judges?) (?:it |an? [a-z]+ |such [a-z]+ )?(?:to be )?(?:necessary|appropriate|fit|needed|required|advisable|warranted|justified)?|to the extent (?:that )?(?:it|they|we|the [a-z]+) (?:believes?|considers?|deems?|thinks?) (?:that )?(?:[a-z]+ )?(?:is |are )?(?:justifiable|justified|necessary|warranted)|at (?:intervals|times|a frequency) (?:that )?(?:it|we|they|the [a-z]+) (?:determines?|chooses?|decides?|sets?)|at (?:whatever|such) (?:intervals|times|frequency|frequencies|dates) (?:as )?(?:it|they|we|the [a-z]+) (?:chooses?|selects?|decides?|prefers?|wishes?|determines?)(?![a-z])|at (?:intervals|times|dates|a frequency|a time|moments) of (?:its|their|our|his|her|the [A-Za-z\u00c0-\u024f]+'s|[A-Za-z\u00c0-\u024f]+'s) (?:own )?(?:choosing|choice|selection)|(?:where|when|if|whenever|once) (?:it|they|we|the [a-z]+) (?:judges?|considers?|deems?|believes?|finds?) (?:the |that |an? |any )?(?:[a-z-]+ ){0,3}?to (?:warrant|justify|require|merit|call for) (?:it|this|them|that|such)|as (?:its|our|their|the [A-Za-zÀ-ɏ]+'s) (?:own )?(?:operations|operational needs|business needs|business|needs|requirements|convenience) (?:require|requires|dictate|dictates|demand|demands|permit|permits|allow|allows)|(?:in|at) the (?:way|pace|manner|speed|order|time)(?: and (?:in|at) the (?:way|pace|manner|speed|order|time))? (?:that |which )?(?:we|it|they|the [a-z]+) (?:choose|chooses|decide|decides|prefer|prefers|select|selects)|unless (?:it|we|the ${PROVIDER_WORD}) (?:decides?|determines?)(?: that| it)?|such (?:[a-z-]+ ){1,6}?as (?:the )?(?:contractor|supplier|provider|processor|vendor|msp|operator|we|it) (?:may|shall|will) (?:in its discretion )?(?:decide|determine|choose|select|think fit|see fit|consider appropriate|deem appropriate)|whatever (?:action|actions|steps|measures|remedy|remedies|response|frequency|intervals?|level|speed) (?:we|it|they|the [a-z]+) (?:feel|feels|think|thinks|consider|considers|deem|deems|believe|believes) (?:is |are )?(?:warranted|appropriate|necessary|fit|justified|right|best|suitable)|whenever (?:it|we|they|the [a-z]+) (?:considers?|deems?|thinks?|judges?) (?:such an? |an? |the )?(?:update|change|revision|review|adjustment)s? (?:to be )?(?:needed|necessary|required|appropriate)|(?<=[a-z,] )whenever (?:we|it|they|the [a-z]+) (?:need|needs|want|wants|decide|decides|choose|chooses) to\b|(?:substitute|replace|swap) (?:[^.;]{0,100}? )?(?:with|by|for) (?:an? |one |ones )?(?:[a-z-]+ ){0,2}?(?:one|ones|alternatives?|equivalents?|components?|products?) of (?:its|their|our|the [a-z]+['’]s) own choosing|(?:where|if|whenever) (?:it|we|they|the [a-z]+) considers? (?:the|such|that|any) (?:change|variation|amendment|substitution) (?:to be )?(?:an improvement|appropriate|beneficial)|(?:where|if|when) the [a-z]+,? (?:acting (?:in good faith|reasonably|honestly),? )?determines? that (?:an? |the )?(?:outage|incident|failure|downtime|breach)|(?:for|within) a (?:period|time|duration) (?:that )?we choose|such (?:safeguards|measures|steps|controls) as (?:it|we|they|the [a-z]+) (?:determines?|considers?|deems?|thinks?)(?: (?:appropriate|necessary|fit))?`,
    // "Shall inform the Controller if, in its opinion, an instruction infringes": the opinion triggers a duty to warn (GDPR Article 28(3)), it hollows nothing.
    unlessPrecededBy: /\b(?:inform|notify|tell|alert|warn|advise)\b[^.;]*\b(?:if|where|when|whenever)\s*,?\s*$/i,
    // "Whether to take part is up to you, at your sole discretion": the reader's own choice, which binds nobody else.
    // "the Expert's determination shall be final": an independent decision, which is how disputes end, not one party's discretion.
    unlessMatches: /^(?:at|in)\s+your\s+(?:(?:sole|absolute|own)\s+(?:and\s+)?)*discretion$|^(?:expert|arbitrator|arbiter|adjudicator|auditor|court|tribunal|mediator|referee|valuer|accountant|umpire|panel|assessor)s?['’]/i,
    judge: { kind: 'soft', right: 'active' },
  },
  // ---- Deadlines without a number.
  {
    id: 'reasonable-time',
    code: 'vague-term',
    phrases: ['within a reasonable time', 'within a reasonable period', 'within a commercially reasonable timeframe', 'reasonable time'],
    why: REASONABLE_TIME_WHY,
    advice: 'write a number of days',
    replacement: DEADLINE,
    fix: 'replace',
    pattern: String.raw`(?:(?:within|in) )?(?:(?:a|the|an) )?(?:commercially )?(?:reasonable|sensible|acceptable) (?:time(?: frame| scale)?|timeframe|timescale|period(?: of time)?)|(?:within|in) (?:a|the) (?:time ?frame|time scale|timescale|period|time) (?:that |which )?(?:reflects?|is (?:appropriate|proportionate|commensurate) (?:to|with)) (?:their|its|the) (?:[a-z]+ )?(?:severity|priority|urgency|impact|complexity|seriousness)|(?:within|in) (?:a|the) (?:short|brief|reasonably short) (?:time|period|while)|within a few (?:seconds|minutes|hours|days|weeks)`,
    unlessPrecededBy: /\bat\s+(?:any|all)\s+$/i,
    judge: { kind: 'soft', bound: 'time' },
  },
  {
    id: 'as-soon-as-possible',
    code: 'vague-term',
    phrases: ['as soon as possible', 'as soon as reasonably practicable', 'as quickly as possible', 'asap', 'at the earliest opportunity'],
    why: SOON_WHY,
    advice: 'write a number of hours or days',
    replacement: DEADLINE,
    fix: 'replace',
    pattern: String.raw`as soon as (?:our|the|its|their) (?:[a-z]+ )?(?:team|staff|engineers?|technicians?|agents?|people) (?:is|are) able to(?: get to (?:it|them|the [a-z]+))?|(?:at|by) the earliest (?:possible |practicable |reasonable )?(?:juncture|opportunity|moment|point|time|stage)|(?:in|within) the (?:shortest|quickest|briefest) (?:possible |practicable |reasonable )?(?:time|period|timeframe|time frame|delay)(?: possible| practicable)?|as (?:soon|quickly|fast|promptly|early|much|little|often|frequently|speedily|swiftly|many|few)(?: [A-Za-zÀ-ɏ]+){0,2}? as (?:(?:is|it|they|we|he|she|this|that|the [A-Za-zÀ-ɏ]+) )?(?:(?:reasonably|commercially|technically|operationally|conveniently) )*(?:possible|practicable|practical|feasible|reasonable|can|could|is able|are able|allows?|permits?|necessary|needed|required|the circumstances (?:allow|permit))|asap|(?:a |some )?heads up in advance|at (?:a|any) (?:convenient|suitable) (?:point|time|moment)|as and when (?:our|its|their|the [a-z]+'s|your) (?:[a-z-]+ )?(?:schedule|workload|capacity|resources|priorities|roadmap) (?:allows?|permits?)|at the earliest (?:opportunity|possible (?:time|date)|convenience)|(?:in|within) the best (?:possible )?(?:time|timeframe|time frame|delay)|with (?:minimal|minimum|little) delay|as soon as (?:we are|we're|our (?:[a-z-]+ )?team is|it is|they are|the [a-z]+ is) able`,
    judge: { kind: 'soft', bound: 'time' },
  },
  {
    id: 'promptly',
    code: 'vague-term',
    phrases: ['promptly', 'prompt notice', 'forthwith', 'shortly', 'quickly', 'expeditiously', 'in due course', 'in good time', 'in a timely manner', 'timely', 'when resources allow'],
    why: SOON_WHY,
    advice: 'write a number of hours or days',
    replacement: DEADLINE,
    fix: 'replace',
    pattern: String.raw`promptly|prompt (?:written )?(?:notice|notification|attention|payment|action|response|reply|correction|remedy|repair|delivery|investigation|review|resolution)|forthwith|as a matter of (?:(?:high|top|the (?:highest|utmost)|some) )?(?:priority|urgency)|(?:within|after|in) (?:a|an) (?:(?:very|fairly|relatively) )?(?:short|brief) (?:interval|delay|window|space of time)|(?:when|whenever|if|as and when) (?:our|its|the|their) (?:[a-z-]+ ){0,2}?(?:systems?|platforms?|networks?|tools?|software) (?:allows?|permits?)(?! (?:it|this|them|otherwise)\b)|shortly|quickly|expeditiously|swiftly|speedily|in due course|in due time|in good time|at the earliest (?:convenient|practicable|possible|reasonable|appropriate) (?:point|time|opportunity|moment|stage)|in a timely (?:manner|fashion|way)|in an? (?:(?:reasonably|sufficiently|suitably) )?(?:prompt|speedy|swift|expeditious|quick|rapid) (?:manner|fashion|way)|on a timely basis|timely|as (?:far ahead|far in advance|much notice|early|soon|long|much|quickly|promptly|fast|rapidly|speedily) as (?:the )?(?:circumstances|time|resources|the situation|operations|operational needs) (?:allow|permit)s?|whatever (?:notice|time|resources|capacity|warning) (?:the )?(?:situation|circumstances|time|resources|operations) (?:allows?|permits?)|(?:when|as|if|where) (?:the )?(?:[A-Za-zÀ-ɏ\x27’]+ ){0,3}?(?:resources|time|capacity|workload|availability|staffing|personnel|priorities)(?: [A-Za-zÀ-ɏ0-9\x27’,]+){0,8}? (?:allows?|permits?)|(?:once|when|as soon as|whenever|until) (?:an? |the |our |its )?(?:staff|engineers?|technicians?|resources?|personnel|someone|team members?) (?:becomes?|become|is|are) (?:free|available)|(?:availability|level) of (?:its |our |their |the [A-Za-zÀ-ɏ]+'s )?(?:resources|personnel|staff|engineers|technicians)(?= (?:at (?:any|the) (?:given )?time|from time to time|at that time))|as and when (?:[A-Za-zÀ-ɏ\x27’]+ ){0,4}?(?:capacity|available|availability|resources|time permits|able|possible|practicable|convenient|free)|(?:when|once|whenever) (?:[A-Za-zÀ-ɏ\x27’]+ ){1,3}?(?:has|have) (?:the |spare |free )?(?:capacity|time|resources|availability)|(?:subject to|depending on|dependent on) (?:(?:the|staff|engineer|engineering|resource|team|technician) )*(?:availability|capacity|workload)|(?<=\b(?:processed|handled|paid|dealt with|answered|resolved|reviewed|actioned)\b[^.;]{0,40}?)in the (?:ordinary|normal|usual) course(?: of business)?|(?:within |not exceed |in )?a few (?:minutes|hours|days|weeks)|(?:within )?a (?:day|week|few days) or so|depending on how busy (?:we|it|they) (?:are|is)|with (?:the |such )?urgency (?:as )?(?:the situation|the circumstances|circumstances|it) (?:warrants?|requires?|demands?)|as (?:fast|quickly|soon) as (?:our|its|the|their) (?:[a-z-]+ )?(?:systems?|resources|capacity|workload) (?:allows?|permits?)`,
    judge: { kind: 'soft', bound: 'time' },
  },
  {
    id: 'without-undue-delay',
    code: 'vague-term',
    phrases: ['without undue delay', 'without unreasonable delay', 'without delay'],
    why: 'It sets no deadline; where a law sets one (GDPR: 72 hours), the contract should state a shorter one so that the client can meet it.',
    advice: 'write a number of hours',
    replacement: `within \${1:48} \${2|hours,business days|}`,
    fix: 'replace',
    pattern: String.raw`without (?:any )?(?:(?:undue|unreasonable|unnecessary|unjustified|unjustifiable|significant|material|excessive) )?delay|without (?:undue|unreasonable|unnecessary) (?:latency|lag|interruption|disruption|degradation)`,
    judge: { kind: 'soft', bound: 'time' },
  },
  {
    id: 'reasonable-notice',
    code: 'vague-term',
    phrases: ['reasonable notice', 'minimal notice', 'short notice', 'adequate notice', 'due notice'],
    why: 'How much notice is enough is only settled in a dispute; a number of days can be checked.',
    advice: 'write a number of days of notice',
    replacement: `\${1:30} days' written notice`,
    fix: 'replace',
    pattern: String.raw`(?:reasonable|sufficient|adequate|appropriate|due|minimal|minimum|short|shorter|little) (?:prior |advance )?(?:written )?notice`,
    judge: { kind: 'soft', bound: 'time', right: 'active' },
  },
  // ---- Frequencies and quantities.
  {
    id: 'periodically',
    code: 'vague-term',
    phrases: ['periodically', 'regularly', 'on a regular basis', 'at appropriate intervals', 'frequently'],
    why: 'It sets no frequency, so it can mean once a week or once in the whole term, and nobody can show that a check or a report was missed.',
    advice: 'write how often, such as monthly',
    replacement: '${1|at least monthly,at least quarterly,at least weekly,at least yearly|}',
    fix: 'replace',
    pattern: String.raw`periodic(?:ally)?|regularly|as (?:demand|needs?|workload|usage) (?:requires?|dictates?|permits?|allows?)|regular (?:(?:vulnerability|security|penetration|malware|virus|integrity) )?(?:(?:preventive|preventative) maintenance|scans?|scanning|health checks?|integrity checks?|calibration|maintenance|testing|tests|backups?|reviews?|checks?|inspections?|updates?|audits?|patching|servicing|cleaning)(?! (?:at|every|each|once|twice|in accordance)\b)|now and (?:then|again)|every so often|once in a while|(?:often|frequently|regularly) enough|as (?:often|frequently) as (?:necessary|needed|required|appropriate)|as (?:often|frequently) as (?:the )?(?:[a-z]+ ){0,2}?(?:deems?|considers?|thinks?|judges?) (?:it )?(?:necessary|appropriate|fit)|as (?:often|frequently) as (?:[a-z-]+ ){0,2}?(?:conditions|circumstances|needs?) (?:require|requires|dictate|dictates|warrant|warrants|permit|permits)|on a (?:(?:regular|periodic|frequent|recurring|ongoing|routine) )basis|at (?:regular|periodic|appropriate|reasonable|suitable|sensible|frequent|routine|set) (?:intervals|times|periods|points)|(?:(?:reasonably|sufficiently|suitably) )?(?:regular|frequent|routine) (?:(?:email|e mail|status|progress|security|software) )?(?:updates?|reports?|reviews?|audits?|backups?|checks?|tests?|testing|scans?|meetings?|maintenance|schedule|cadence|patching|monitoring|intervals)|(?:reasonably |sufficiently )?frequently(?! asked)|occasionally|every so often|at such (?:intervals|times|frequency|frequencies|periods) as (?:[a-z']+ ){1,3}?(?:may )?(?:reasonably )?(?:requires?|requests?|specif(?:y|ies)|directs?|determines?)|(?:with|at) a frequency (?:suited|suitable|appropriate|proportionate|adapted|tailored) to|at (?:intervals|times|frequencies) (?:suited|suitable|adapted|tailored|matched|appropriate) to (?:the )?(?:[a-z-]+ ){0,3}?(?:conditions|circumstances|weather|needs?|risks?|seasons?|workload|demand)|keep (?:the |its |our |your |their )?(?:[A-Za-z]+ ){0,2}?(?:informed|updated|apprised)(?= (?:of|about|on|as to|regarding)\b)|at (?:a )?(?:frequency|frequencies|intervals) (?:that |which )?(?:reflects?|matches|suits?|follows?|tracks?|depends? on|varies with|responds? to) (?:the )?(?:prevailing |current |local |actual |changing )?(?:[a-z]+ (?:and [a-z]+ )?)?(?:conditions|weather|demand|needs|workload|activity|circumstances)`,
    // "A process for regularly testing, assessing and evaluating the effectiveness of the measures": the GDPR's own words (Art. 32(1)(d)), a term of art.
    unlessFollowedBy: /^[\s-]+testing(?:,?[\s-]+assessing)?(?:,?[\s-]+and)?(?:[\s-]+evaluating)?[\s-]+(?:the|their|its)[\s-]+effectiveness\b/i,
    // "We may change how frequently backups are taken": the words name the frequency as a subject, they promise none.
    unlessPrecededBy: /\bhow\s+$/i,
    judge: { kind: 'soft', bound: 'frequency', right: true },
  },
  {
    id: 'from-time-to-time',
    code: 'vague-term',
    phrases: ['from time to time'],
    why: 'It sets no frequency, so it can mean once a week or once in the whole term, and nobody can show that a check or a report was missed.',
    advice: 'write how often, such as monthly',
    replacement: '${1|at least monthly,at least quarterly,at least weekly,at least yearly|}',
    fix: 'replace',
    pattern: String.raw`from time to time`,
    // "The GDPR, as amended from time to time" and "VAT at the rate in force from time to time" name the version in force, not a frequency.
    unlessPrecededBy: /\b(?:amended|updated|revised|supplemented|superseded|replaced|varied|modified|changed|in\s+force|prevailing|applicable|current|issued|published)(?:\s+(?:or|and)\s+\w+)?\s*,?\s*$/i,
    judge: { kind: 'soft', bound: 'frequency', right: true },
  },
  {
    id: 'approximately',
    code: 'vague-term',
    phrases: ['approximately', 'roughly', 'circa'],
    why: 'An approximate quantity cannot be held against anyone: state the number, or a minimum or maximum.',
    advice: 'state the number, or a minimum or maximum',
    replacement: '${1|up to,at least,exactly|}',
    fix: 'replace',
    pattern: String.raw`approximately|roughly|circa|approx\.?|every (?:few|couple of|several) (?:seconds|minutes|hours|days|weeks|months)|(?:within|in|after|for) (?:a )?(?:few|couple of|several) (?:more )?(?:minutes|hours|days|weeks|business days|working days)`,
    // "99.5% a month, so that downtime totals no more than roughly 3.6 hours": an illustration of the figure the sentence commits to.
    unlessPrecededBy: /\b(?:so\s+that|i\.e\.|that\s+is|equivalent\s+to|corresponding\s+to|which\s+(?:is|equals|means|amounts\s+to)|amounting\s+to)\b[^.;]{0,40}$/i,
    judge: { kind: 'soft' },
  },
  {
    id: 'sufficient-resources',
    code: 'vague-term',
    phrases: ['sufficient staff', 'adequate resources', 'sufficient capacity', 'adequate training', 'sufficient rack space'],
    why: '"Sufficient" or "adequate" names no level, so nobody can show that the provider fell below it.',
    advice: 'state the number or the minimum',
    replacement: '${1:at least} ${2:N}',
    fix: 'none',
    pattern: String.raw`(?:sufficient|adequate|enough|appropriate) (?:[A-Za-zÀ-ɏ]+ ){0,2}?(?:staff|staffing|resources?|personnel|capacity|stock|space|training|insurance|amounts?|headcount|bandwidth|storage|spare parts|engineers|people|numbers?|time|reviewers|analysts|agents|technicians|specialists|consultants|operators|(?:call )?handlers|operatives|crews?|drivers|nurses|guards|stewards|marshals|attendants|cleaners|workers|employees)|(?:suitably|appropriately|adequately|sufficiently|properly) (?:qualified|skilled|experienced|trained)|(?:at|to) a level (?:suited|suitable|appropriate|proportionate|adapted|tailored) to (?:the )?(?:expected|anticipated|actual|likely) (?:demand|volumes?|usage|load)|(?:deploy|provide|allocate|commit) the resources (?:needed|necessary|required) to|enough (?:[a-z]+ ){0,2}?(?:copies|backups?|replicas|snapshots)|such (?:[a-z-]+ )?(?:resources|personnel|staff|engineers|capacity) as (?:are|is|may be) (?:necessary|required|needed)`,
    judge: { kind: 'duty' },
  },
  {
    id: 'minimal-downtime',
    code: 'vague-term',
    phrases: ['minimal downtime', 'minimal disruption', 'to a minimum', 'as little as possible'],
    why: 'How much is "minimal" is not stated, so no outage or disruption can be shown to exceed it.',
    advice: 'state the maximum, such as hours of downtime a month',
    replacement: 'at most ${1:4} hours of downtime a month',
    fix: 'none',
    pattern: String.raw`(?:minimal|minimum|(?:the )?least(?: possible)?) (?:(?:service|planned|unplanned) )?(?:downtime|disruption|interruptions?|impact|outages?|inconvenience)|to (?:an? |the )?(?:(?:absolute|bare|strict|practical|practicable) )?minimum|as little as possible|minimi[sz](?:e|es|ing) (?:the |any )?(?:(?:service|planned|unplanned|operational|business) )?(?:downtime|disruption|interruptions?|impact|outages?)|keep (?:the )?(?:downtime|disruption|interruptions?|outages?) (?:low|short|limited)`,
    // "Assurances as to the minimum number of dates": as to is about, no minimum promised.
    unlessPrecededBy: /\bas\s+$/i,
    judge: { kind: 'soft', bound: 'time', limitAfter: true },
  },
  {
    id: 'high-availability',
    code: 'vague-term',
    phrases: ['high availability', 'highly available', 'maximum uptime'],
    why: 'Availability needs a percentage and a measurement window to be checked, as in an SLA uptime 99.9% monthly.',
    advice: 'state a percentage and a measurement period',
    replacement: '${1:99.9}% monthly uptime',
    fix: 'replace',
    pattern: String.raw`fair use (?:limits?|polic(?:y|ies)|caps?|thresholds?|allowances?)(?= (?:apply|applies|will apply|may apply)\b)|(?:exceeds?|exceeded|exceeding|(?:go|goes|went|going|gone) beyond|in excess of) (?:the )?(?:normal|usual|typical|ordinary|expected|average) (?:usage|use|volumes?|load|consumption|levels of (?:usage|use|traffic|load|consumption))(?! (?:as )?(?:defined|set out|stated|specified|described|shown)\b)|high(?:ly)? availab(?:ility|le)|maximum (?:availability|uptime)|high uptime|(?:reasonably|generally|substantially|normally|usually) available|(?:substantially|nearly|almost) (?:all|all of) the time|(?:for )?(?:a|the) (?:substantial|vast|large|great) majority of (?:each|every|the|any) (?:calendar )?(?:month|year|quarter|week|day|time)`,
    // "When the service becomes generally available": a release stage, not a level of availability.
    // \"Once the feature is generally available in Malaysia\": a release made to all customers, no level of availability.
    unlessPrecededBy: /\b(?:becomes?|became|becoming|made|makes?|making)\s+$|\b(?:once|when|until|after|before|as\s+soon\s+as)\s+(?:the\s+|that\s+|this\s+|it\s+|such\s+)?(?:[a-z-]+\s+){0,3}?(?:is|are|becomes?)\s+$/i,
    judge: { kind: 'soft', bound: 'amount' },
  },
  // ---- Standards nobody can check.
  {
    id: 'industry-standard',
    code: 'vague-term',
    phrases: ['industry standard', 'industry best practice', 'best practices', 'good industry practice', 'state of the art'],
    why: 'No single industry standard exists, so nobody can show that the provider fell short of it; name the standard and version.',
    advice: 'name the standard and its version',
    replacement: '${1:ISO/IEC 27001:2022}',
    fix: 'replace',
    pattern: String.raw`(?:qualifications?|experience|skills?|expertise|competence)(?: and (?:qualifications?|experience|skills?|expertise|competence))? (?:fit|suitable|appropriate|adequate|sufficient) for (?:the|their|its) (?:tasks?|work|roles?|duties)|(?:sound|good|prudent|generally accepted) (?:business|commercial|professional|engineering) practices?|(?:(?:in step|in line|in keeping|up to date) with|abreast of) (?:(?:the|all) )?(?:(?:latest|current|ongoing|new|relevant) )?(?:developments|advances|progress|innovations?|changes) in (?:the )?(?:technology|technologies|market|industry|field|sector)|(?:(?:in step|in line|in keeping) with|abreast of) (?:the )?(?:(?:latest|current) )?(?:technological|technical|technology|industry|market) (?:developments|advances|progress|change|changes|trends)|(?:consistent|in line|in accordance|comparable) with (?:the )?(?:standards?|practices?) of (?:other )?(?:[a-z]+ ){0,3}?(?:providers|carriers|suppliers|vendors|operators)|industry standards?|industry (?:best |good )?practices?|as (?:are|is|may be) (?:customary|usual|normal|standard|common|typical|generally accepted) (?:in|within|for|across) (?:the )?(?:[a-z]+ )?(?:industry|market|trade|sector|profession)|(?:with|at) (?:the|a) (?:frequency|intervals?|standard|level|manner) (?:that is |which is )?(?:customary|usual|normal|typical|standard|common) (?:in|within|for) (?:the )?(?:[a-z]+ )?(?:industry|market|trade|sector|profession)|(?:in accordance|consistent|in line|in keeping) with (?:the |its |their |our |(?:the )?[a-z]+'s )(?:own )?(?:usual|normal|customary|standard|internal|established) (?:practices?|procedures?|processes)|(?:in accordance|consistent|in line|in keeping) with (?:the |its |their |our |(?:the )?[a-z]+'s )(?:own )?(?:usual|normal|customary|ordinary|habitual|internal|established) standards|(?:consistent|in line|in keeping|in accordance|comparable|commensurate) with (?:what|the (?:standards?|practices?|levels?|performance|quality)) (?:[a-z-]+ ){0,7}?(?:customarily|generally|normally|typically|usually|commonly) (?:achieve[ds]?|observed|followed|applied|accepted|provide[ds]?|offered|met|delivered|attained)|(?:the )?practices? customarily (?:followed|observed|applied)|(?:consistent(?:ly)?|in line|in accordance|in keeping) with (?:the |its |their |our |your )?(?:[a-z'-]+ ){0,3}?(?:requirements?|polic(?:y|ies)|needs|procedures?|guidelines|preferences),? (?:as (?:those|they|these|it) (?:evolve|evolves|change|changes|develop|develops)|as (?:amended|updated|changed|revised) from time to time|as (?:the |it |they |we )(?:[a-z]+ )?(?:chooses?|decides?|wishes?) to (?:revise|change|amend|update)|as (?:the |it |they |we )(?:[a-z]+ )?(?:revises?|amends?|updates?|changes?|modif(?:y|ies)) (?:them|it)(?: (?:unilaterally|from time to time|at will|at any time))?)|(?:good|best|accepted|recognised|recognized|prevailing|generally accepted) (?:(?:industry|market|sector|international) )?practices?|state of the art|(?:industry|market|sector) norms?|(?:with|at) (?:the|a) (?:level|standard|degree) of (?:care|skill|diligence|service) (?:that is |which is )?(?:customary|usual|normal|typical|standard|common) (?:in|within|for) (?:the )?(?:[a-z]+ )?(?:industry|market|trade|sector|profession)|in a manner consistent with the (?:operational|business) (?:needs|requirements|priorities) of the [a-z]+|in line with the (?:[a-z]+'s )?(?:foreseeable|anticipated|expected|likely) needs`,
    unlessFollowedBy: /^[\s,]*\(?\s*as\s+defined\b/i,
    // "Taking into account the state of the art": a factor to weigh, not a standard promised.
    unlessPrecededBy: /\b(?:taking\s+into\s+account|having\s+regard\s+to|considering|in\s+view\s+of)\s+(?:the\s+)?$/i,
    judge: { kind: 'soft', bound: 'standard' },
  },
  {
    id: 'appropriate-measures',
    code: 'vague-term',
    phrases: ['appropriate technical and organisational measures', 'adequate security', 'appropriate safeguards', 'suitable checks', 'safeguards reasonably designed'],
    why: 'It leaves it to the provider to decide what is appropriate; the contract should name the standard or list the measures required.',
    advice: 'name the standard, or list the measures',
    replacement: 'the measures listed in ${1:this contract}',
    fix: 'none',
    pattern: String.raw`(?:all )?(?:useful|necessary|appropriate|reasonable|adequate) precautions|(?<=\b(?:in|within|at) )(?:an? )?secure (?:environments?|locations?|manner|places?|facilit(?:y|ies)|fashion)|(?:appropriate|adequate|suitable|sufficient|reasonable|proper|necessary|commercially reasonable) (?:(?:administrative|physical|technical|organi[sz]ational|operational|security|data|protection|protective|privacy|and|or|other),? ){0,6}(?:measures?|safeguards?|controls?|security|precautions?|protections?|checks?|procedures?|actions?|arrangements)|(?:safeguards?|measures?|controls?|security) reasonably (?:designed|calculated)|(?:appropriate|adequate|proportionate|commensurate|suitable) (?:to|with|for) (?:the )?(?:[A-Za-zÀ-ɏ]+ ){0,2}?(?:risks?|norms|industry|sensitivity)|whatever (?:[a-z]+ ){0,4}?(?:safeguards|measures|controls|steps|precautions|actions?) (?:are|is|it considers|it deems|we consider|(?:it|we|they) (?:thinks?|judges?|finds?)) (?:appropriate|adequate|suitable|necessary|proper|sufficient|prudent|sensible|fitting|right)|(?:to|at) a (?:standard|level) (?:befitting|commensurate with|appropriate to|suited to) the (?:sensitivity|nature|importance|value)`,
    // "An event outside that party's reasonable control": the force-majeure test, not a control measure.
    unlessPrecededBy: /\b(?:beyond|outside|within|under|not\s+within)\s+(?:[A-Za-z'’]+\s+){0,3}$/i,
    judge: { kind: 'soft', bound: 'standard' },
  },
  {
    id: 'commercially-reasonable',
    code: 'vague-term',
    phrases: ['commercially reasonable', 'on a commercially reasonable basis'],
    why: 'What is "commercially reasonable" depends on who asks; the contract should state the standard itself.',
    advice: 'state the standard itself',
    replacement: '${1:the standard set out in this contract}',
    fix: 'none',
    pattern: String.raw`commercially reasonable`,
    judge: { kind: 'soft', bound: 'standard', limitAfter: true },
  },
  {
    id: 'reasonable-costs',
    code: 'vague-term',
    phrases: ['reasonable costs', 'reasonable expenses', 'reasonable travel expenses', 'fees will be reasonable'],
    why: 'A "reasonable" amount is a blank cheque until someone disputes it; a cap or a rate can be checked on the invoice.',
    advice: 'state a cap or a rate',
    replacement: 'costs up to ${1:amount}',
    fix: 'none',
    pattern: String.raw`reasonable (?:[A-Za-zÀ-ɏ]+ )?(?:costs|expenses|fees|charges|prices)|(?:fees?|charges?|costs?|expenses?|prices?|rates?) (?:[A-Za-zÀ-ɏ]+ ){0,4}?(?:will|shall|must) be reasonable|(?:at|for) competitive (?:prices?|rates?)`,
    judge: { kind: 'soft', bound: 'amount', right: true },
  },
  // ---- Qualifiers that let one side decide when a promise applies.
  {
    id: 'where-possible',
    code: 'vague-term',
    phrases: ['where possible', 'to the extent practicable', 'where feasible', 'insofar as this is possible'],
    why: 'It lets the provider decide alone when the promise applies, which empties the promise.',
    advice: 'state the exceptions, or drop the qualifier',
    replacement: 'unless ${1:the client agrees otherwise in writing}',
    fix: 'replace',
    pattern: String.raw`(?:where|wherever|whenever|when|insofar as|as far as) (?:it|they|we|he|she|the [A-Za-zÀ-ɏ]+) (?:reasonably )?(?:can|is able|are able)(?=[.,;]|$)|(?:where|wherever|if|when) (?:(?:reasonably|commercially|technically) )?(?:possible|practicable|practical|feasible)|(?:insofar|in so far) as (?:(?:reasonably|commercially|technically|economically|operationally) )?(?:possible|practicable|practical|feasible)(?![a-z])|(?:once|when|whenever) (?:it|this) (?:is|becomes) (?:(?:reasonably|commercially|technically|operationally) )?(?:practical|practicable|feasible|convenient)(?: to do so)?(?![a-z])|(?:where|wherever|if|when|whenever) (?:the )?circumstances (?:so )?(?:permit|allow)|(?:with |on |after |giving )?(?:such|whatever) (?:prior |advance )?notice (?:to (?:the |its |our )?[a-z]+ )?(?:as )?(?:the )?circumstances (?:permit|allow)|at such times as (?:suit|suits|are convenient (?:to|for)|fit) (?:the |its |our )?(?:[a-z'’]+ ){0,2}?(?:operational |business |internal )?(?:needs|requirements|convenience|schedules?|planning)|(?:insofar|in so far|so far) as (?:it|they|we|the [a-z]+) (?:is|are) (?:reasonably )?able(?=[,.;]|$)|to the extent (?:(?:reasonably|commercially|technically) )?(?:possible|practicable|practical|feasible|reasonable)|to the (?:greatest|fullest|maximum|largest) extent (?:reasonably )?(?:possible|practicable|feasible)|(?:insofar|in so far) as (?:this |it )?is (?:(?:reasonably|commercially|technically|economically|operationally)(?: and (?:reasonably|commercially|technically|economically|operationally))? )?(?:possible|practicable|practical|feasible)|to the extent (?:that )?(?:this|it|doing so) is (?:(?:reasonably|commercially|technically|economically|financially|operationally) )?(?:justifiable|viable)|(?:so |in so )?far as (?:is |it is |this is )?(?:(?:reasonably|technically|commercially|operationally|economically) )?(?:possible|practicable|practical|feasible)|(?:insofar|in so far|as far|so far) as (?:circumstances|conditions|resources|capacity|workload) (?:permit|allow)|(?:where|wherever|whenever|if|when|as and when) (?:it|that|this) is (?:(?:reasonably|commercially|technically|economically) )?(?:possible|practicable|practical|feasible|sensible|viable|worthwhile)|(?:for )?(?:as|so) long as (?:is |it is |it remains )?(?:(?:reasonably|commercially|technically|economically) )?(?:practical|practicable|possible|feasible|sensible|viable|necessary|needed|required)(?=[.,;]|$| and\b)|(?:insofar|in so far) as possible|(?:insofar|in so far|so far) as (?:is )?(?:reasonably )?(?:practicable|feasible)(?=[,.;]|$)|to the extent (?:that )?(?:it|this|that|they|the [a-z]+) (?:is|are) (?:(?:reasonably|commercially|technically|operationally|economically) )?(?:possible|practicable|practical|feasible|viable)|(?:insofar|in so far|so far|as far) as (?:it|they|we|he|she|the [a-z]+) (?:is|are) (?:reasonably able to|able to do so|(?:reasonably )?able to [a-z]+(?: (?:it|them|this|that|so))?(?=[.,;]|$))|as (?:circumstances|conditions|resources|capacity|workload|time) (?:permit|permits|allow|allows)|to the extent (?:that )?(?:its |our |their )?(?:resources|capacity|workload|staffing|circumstances) (?:permits?|allows?)|as often as (?:our |its |their |the )?(?:[a-z']+ ){0,2}?(?:schedules?|capacity|resources|workload|availability|rotas?) (?:allows?|permits?)|(?:with|using|exercising) (?:the|such|all) (?:diligence|care|skill|speed|urgency|promptness) (?:that |which )?(?:the )?circumstances (?:require|demand|warrant|permit)|to the extent (?:that )?(?:it|they|we|the [a-z]+) (?:is|are) (?:reasonably )?able(?: to do so)?(?=[,.;]|$)|as far as (?:its|our|their|the [a-z]+'s) (?:[a-z-]+ )?(?:circumstances|resources|capacity|workload|operations|schedule) (?:allow|allows|permit|permits)|(?:available|accessible|open|staffed|online|reachable|in service) (?:[a-z]+ ){0,2}?at (?:such )?times (?:that are |which are |as are )?convenient (?:to|for)`,
    // "Return or destroy all PHI, if feasible. If return or destruction is not feasible, …": the next sentence says what applies otherwise (45 CFR 164.504(e)).
    // "…, or if it is not feasible, …" says what applies; "where practicable and, in any event, not less than 12 hours" bounds the soft word.
    unlessFollowedBy: new RegExp(String.raw`^[^.;]{0,20}[.;]\s*(?:if|where|to\s+the\s+extent)\b[^.;]{0,60}\b(?:is|are)\s+not\s+(?:feasible|possible|practicable)\b|^\s*,?\s*(?:and|but)\s*,?\s*(?:${IN_ANY_EVENT})\s*,?\s*(?:not\s+less\s+than|no\s+less\s+than|at\s+least|within|no\s+later\s+than)\b`, 'i'),
    judge: { kind: 'soft', right: true, limitAfter: true },
  },
  {
    id: 'as-needed',
    code: 'vague-term',
    phrases: ['as needed', 'as necessary', 'where appropriate', 'if necessary', 'when needed'],
    why: 'It does not say who decides what is needed or when, so the service cannot be held to a level.',
    advice: 'state who decides and when',
    replacement: "${1:on the client's request}",
    fix: 'replace',
    pattern: String.raw`as (?:needed|necessary|appropriate)(?! to (?:reflect|comply with|conform (?:to|with)|give effect to) (?:any |the )?(?:changes? (?:in|to)|amendments? (?:in|to)|applicable|law|laws|legislation|regulations?|rules))|as required(?= (?:during|throughout|from time to time|over)\b)|whenever (?:necessary|needed|required)|(?:where|if|when) (?:appropriate|necessary|needed)|(?:whenever|where|when) (?:this|it|that|they|these) (?:is|are) (?:needed|necessary|required)|(?:on )?an? as needs? (?:be |arises )?basis|to the extent (?:needed|necessary|required)(?=[.;]|$)|as may be (?:necessary|needed|required|appropriate)(?! (?:by|under) (?:law|applicable|the law|statute|regulation)| to (?:reflect|comply|conform|implement|give effect|meet|address|satisfy))|(?:for )?(?:such|a) (?:period|time|duration) as (?:is|may be) (?:necessary|needed|required|reasonable)|as and when (?:required|needed|necessary|appropriate)|(?:when|whenever|once|if) (?:[a-z-]+ ){0,2}?(?:levels?|stocks?|supplies|capacity) (?:run|runs|get|gets|become|becomes) (?:low|short|insufficient)|as and when (?:[a-z-]+ ){1,3}?(?:call|calls) for (?:it|them|this)|as and when (?:[a-z-]+ ){1,3}?(?:require|requires|warrant|warrants|demand|demands|dictate|dictates) (?:it|them|this)|as needs? (?:be|arise|arises)|(?:judged|decided|assessed|determined|considered|granted|given|awarded|handled|reviewed|dealt with|treated|agreed) (?:on a )?case by case(?: basis)?|as and when circumstances (?:require|permit|allow|dictate)|(?:for )?(?:only )?(?:as|so) long as (?:the |its |their )?(?:purposes?|needs?)(?: [a-z-]+){0,6}? (?:requires?|necessitates?|demands?)|whenever (?:we|it|they) (?:think|thinks|consider|considers|deem|deems|judge|judges|believe|believes)\b|such (?:further|additional) [a-z-]+(?: [^\s.;,]+){0,8}? as (?:is|are|may be) (?:needed|necessary|required)|as (?:the [a-z]+|it|we|they) (?:deems?|considers?|thinks?) (?:relevant|necessary|appropriate|fit|sufficient)|intervals (?:that )?(?:the )?[a-z]+ (?:considers?|deems?|thinks?) (?:sufficient|appropriate|adequate|necessary|reasonable)|(?:at |with )?(?:intervals|times|frequenc(?:y|ies)) (?:that |which )?(?:seems?|looks?|feels?) (?:right|appropriate|sensible|suitable|sufficient|best) to (?:us|it|them|the [a-z]+)|at whatever (?:time|times|intervals?|frequency|level|pace) (?:we|it|they|the [a-z]+) (?:think|thinks|consider|considers|deem|deems|judge|judges)(?: (?:works?|is|are))? (?:best|right|appropriate|suitable|sufficient)|(?:(?:save|except) (?:where|when|if)|unless) (?:it|we|they|the [a-z]+) (?:considers?|deems?|thinks?|judges?) (?:[a-z-]+ ){0,3}?(?:useful|necessary|appropriate|desirable|helpful|beneficial)|with such (?:frequency|regularity) as (?:is|may be|shall be) (?:appropriate|necessary|reasonable|sufficient|suitable)|(?:it|we|they|the [a-z]+) (?:judges?|considers?|deems?|thinks?) (?:that )?the (?:load|demand|volume|traffic|need|usage) (?:requires?|warrants?|justif(?:y|ies)) it|in such (?:manner|way|amount) as (?:the )?[a-z]+ (?:deems?|considers?|thinks?) (?:fair|appropriate|reasonable|fit)|as often as (?:the [a-z]+|it|we)(?:,[^,.;]{1,60},)? (?:considers?|deems?|thinks?|judges?) (?:it )?(?:warranted|necessary|appropriate|fit|needed)|(?:on|at|to) (?:a|an) (?:schedule|frequency|timetable|intervals?) of (?:the [a-z]+'s|its|their|our) own (?:choosing|choice)|where (?:the [a-z]+'s|its|our|their) (?:operational |business )?(?:circumstances|needs|resources|capacity) (?:allow|permit)s?|wherever (?:it|we|they|the [a-z]+) (?:judges?|considers?|deems?|thinks?) (?:the |that |it )?[^.;]{0,40}?to be (?:adequately|sufficiently|appropriately) (?:protected|safeguarded|secured)|(?:where|if|when|to the extent) (?:it|we|they|the [a-z]+) (?:judges?|considers?|deems?|thinks?) (?:it |this |that |such )?(?:[a-z]+ )?(?:feasible|practicable|possible)|at intervals that (?:make sense|suit|work) for (?:our|its|their|the [a-z]+['’]s|the (?:platform|service|services|system|systems|environment|infrastructure|estate|network))|(?:where|if|when) (?:it|we|they|the [a-z]+) considers? that [^.;]{0,60}? is not (?:practical|practicable|feasible|possible)|at a frequency that keeps [^.;]{0,40}? low|insofar as it is commercially sensible to do so`,
    // "Only as necessary" limits; "which the parties accept as appropriate" is a judgement already made.
    // "The Parties will discuss and agree on such supplementary measures as may be necessary": the measures are the term left to agreement, reported as that.
    unlessPrecededBy: /\bas\s+(?:often|frequently)\s+$|\b(?:only|solely|strictly|reasonably)\s+(?:(?:in\s+)?so\s+far\s+|to\s+the\s+extent\s+)?$|\b(?:agree|negotiate|discuss|settle)\w*\s+(?:on\s+|upon\s+)?(?:such|any|the)\b[^.;]{0,80}$|\b(?:accept(?:s|ed)?|regard(?:s|ed)?|consider(?:s|ed)?|recogni[sz](?:e|es|ed)|agree(?:s|d)?|approve[sd]?|designate[sd]?|confirm(?:s|ed)?)\s+(?:[A-Za-z]+\s+){0,3}$/i,
    // "Where necessary agree amendments": the soft word qualifies a later agreement, reported as that; "where necessary to comply with law": the law decides.
    unlessFollowedBy: /^\s*,?\s*(?:agree|negotiate|settle|decide)\b|^\s+to\s+(?:comply|conform)\s+with\s+(?:(?:the\s+|any\s+)?(?:applicable\s+)?(?:law|laws|legislation|regulations?|statut\w+)|legal)\b/i,
    judge: { kind: 'soft', bound: 'time', right: 'active' },
  },
  // ---- Later classes (issue 10, third round): general forms of the standards above, tried after every specific row.
  {
    id: 'left-for-later',
    code: 'agreement-to-agree',
    phrases: ['left for later discussion', 'deferred to a future agreement', 'reserved for further negotiation'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    pattern: String.raw`(?:left|deferred|postponed|reserved|held over|parked) (?:for|to|until) (?:a |the )?(?:later|future|further|subsequent|separate) (?:discussions?|agreements?|negotiations?|decisions?|reviews?|dates?|stages?)|(?:is|are|remains?|shall be|will be) left (?:open )?(?:for|to) (?:(?:further|later|future|separate) )?(?:negotiations?|discussions?|agreement)|left (?:open )?for (?:(?:later|future|subsequent|further) )?(?:determination|decision|resolution|agreement|negotiation)|reserved for (?:a |an )?(?:(?:later|future|subsequent|further|separate) )?(?:[a-z]+ )?(?:determination|decision|resolution|agreement|negotiation)|(?:remains?|is|are|stays?|shall remain|will remain|shall be|will be) open (?:for|to) (?:(?:further|later|future|separate) )?(?:negotiations?|discussions?|agreement)|(?:is|are|remains?) (?:still )?(?:under (?:discussion|negotiation)|being (?:negotiated|discussed))|(?:of which|which) (?:remains?|is|are) (?:still )?(?:open|undecided|unresolved)(?=[.,;]|$)|(?:will|shall) be (?:attached|added|appended|inserted) (?:to (?:this|the) (?:[a-z]+ ){0,2}?)?(?:when|once|after) (?:it is |they are )?(?:finali[sz]ed|agreed|settled)|(?:remains?|is|are|stays?) (?:still )?(?:open|undecided|unresolved|unsettled)(?= and (?:shall|will|is to|are to|must) be (?:settled|agreed|determined|decided|resolved|fixed|allocated|addressed|the subject of))|(?:is|are) reserved and (?:will|shall|is to|are to) be (?:inserted|completed|filled in|added|specified|stated)(?: by (?:the )?[a-z ]{1,40}?)?(?: (?:before|prior to) (?:signature|signing|execution|contract award|award))?|(?:parties|we and you|you and we) (?:intend|plan|expect) to (?:set out|record|document|specify|agree|define|fix)(?=,? in (?:a|an) (?:later|future|subsequent|separate|further) )|to be (?:attached|added|appended|inserted) (?:as|in) (?:an? )?(?:exhibit|annex|schedule|appendix) [a-z0-9]+ (?:following|after|once|upon) (?:further )?(?:discussions?|negotiations?|agreement)|(?:remains?|is|are|stays?) (?:still )?(?:open|undecided|unresolved|unsettled) pending (?:a |the |any )?(?:joint |further |mutual |separate |later )?(?:[a-z-]+ ){0,2}?(?:reviews?|discussions?|agreement|negotiations?|decisions?)|to be (?:approved|agreed|adopted|settled|signed off) (?:jointly |mutually )?by (?:the |both )?parties (?:at a later (?:date|stage|point)|later)|(?:is|are|remains?|shall be|will be) left (?:to|for) (?:a |the )?(?:joint|steering|governance|project|programme) (?:[a-z]+ ){0,2}?(?:committee|board|group|forum|panel)|(?:dealt with|covered|addressed|handled|settled|regulated|governed) (?:in|by|under) (?:a|an) (?:separate|later|future|subsequent|further) (?:written )?(?:arrangement|agreement|contract|side letter|understanding)s?(?= between| by the parties| to be|[.,;]|$)|(?:dealt with|covered|addressed|handled|settled|regulated|governed|set out|specified|stated|fixed) (?:in|by|under) (?:a|an) side letter(?= (?:which|that) (?:the )?(?:[a-z]+ ){0,4}?(?:intend|will|shall|are to|plan|expect)| to be (?:concluded|agreed|signed|entered|executed))|(?:will|shall|is to|are to) be (?:approved|agreed|decided|determined|settled|fixed|confirmed|chosen|selected) at a (?:later|future|subsequent) (?:date|stage|point|time|meeting)|(?:is|are|shall be|will be|remains?) subject to (?:re)?negotiation(?: between (?:the|both) parties)?|once the parties (?:conclude|complete|finish|finali[sz]e) (?:their )?(?:discussions|negotiations|talks)|(?:remains?|are|is|stays?) open for (?:us|the parties|you and us|both parties|discussion|negotiation)(?: to (?:discuss|agree|negotiate|settle))?|(?:shall|will) be (?:as|whatever) (?:the )?(?:joint |steering |governance |project |programme |management |partnership )?(?:committee|board|group|forum|panel) (?:resolves?|decides?|determines?|agrees?)(?= (?:when|at|once|after|following|in) )|(?:the )?(?:amount|sum|figure|cap|price|fee|rate|level|limit) (?:to be )?(?:fixed|agreed|set|determined|settled) by (?:the )?[a-z]+ and (?:the )?[a-z]+(?= (?:before|when|once|after|at the time|following)\b)|as (?:to be )?(?:finali[sz]ed|completed) (?:jointly )?by (?:the|both) parties (?:during|after|at|in the course of|following|before) (?:the )?(?:mobili[sz]ation|onboarding|transition|implementation|pilot|go live|discovery|kick off)`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'enter-into-agreement',
    code: 'agreement-to-agree',
    phrases: ['the parties will enter into an agreement setting out the service levels', 'the Supplier shall then enter into a separate maintenance contract', 'the parties agree to enter into a definitive agreement'],
    // Not reported: 'the Processor shall enter into a written contract with each Sub-processor' (a contract with someone else).
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    // A contract a party must make with someone else ("a written contract with each Sub-processor") leaves nothing open between the parties.
    unlessFollowedBy: /^\s+with\s+(?!\s|(?:the\s+)?(?:customer|client|buyer|authority|purchaser|council|agency|licensee|subscriber|supplier|provider|contractor|vendor|each\s+other|one\s+another|you|us)\b)/i,
    pattern: String.raw`(?:will|shall|must|agree to|agrees to|intend to|intends to|undertake to|undertakes to|are to|is to) (?:(?:then|subsequently|later|also|promptly|jointly) )?enter into (?:an?|such) (?:(?:further|separate|new|definitive|formal|subsequent|written|detailed|long form|supplementary|follow on|service|services|maintenance|support) ){0,3}(?:agreement|contract|arrangement)s?`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'decided-together',
    code: 'agreement-to-agree',
    phrases: ['to be created jointly by the Customer and the Provider', 'any dates that we set together', 'a decision can then be taken on how to proceed', 'the price is settled only when a request comes in', 'charges are agreed according to the work required'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    pattern: String.raw`(?:we|the [a-z]+)(?:'ll| will| shall) (?:put|pull|draw|work) (?:(?:the|your|those|such|custom|bespoke|suitable|new) )?(?:terms|pricing|prices?|an? (?:sla|agreement|quote|package|contract|price)) (?:together|up|out) with (?:you|the customer|the client)|(?:we|the [a-z]+)(?:'ll| will| shall) (?:put together|draw up|work out) (?:(?:the|your|those|such|custom|bespoke|suitable|new) )?(?:terms|pricing|prices?|an? (?:sla|agreement|quote|package|contract|price)) with (?:you|the customer|the client)|(?:will|shall|are to|must) (?:establish|develop|define|set|agree|draw up|work out|design|determine|fix|settle|prepare|select|choose|decide) (?:together|jointly|between them) (?:at a (?:later|future) (?:stage|date|point|time)|later|in due course|in the future)|(?:will|shall|are to|must) (?:identify|select|choose|define|determine|fix|set|agree) jointly|(?:to|will|shall|must|is to|are to) be (?:(?:created|developed|prepared|drafted|written|defined|designed|produced|agreed|decided|fixed|determined|chosen|worked out|drawn up|identified|selected|specified|listed) jointly|(?:(?:prepared|drafted|written|produced|developed|reviewed) and )?jointly (?:approved|signed off|adopted|established|set|fixed|created|developed|prepared|drafted|written|defined|designed|produced|agreed|decided|fixed|determined|chosen|worked out|drawn up))|(?:dates?|deadlines?|milestones?|prices?|fees?|rates?|terms?|levels?|targets?|priorities|scope|timelines?|timetables?|schedules?|plans?) (?:that |which )?(?:we|the parties|both parties|you and we|we and you|you and us) (?:will |shall |may |can )?(?:set|agree|decide|fix|choose|determine|work out|plan|map out|draw up) together|(?:a|the|any) (?:final )?decision (?:can|will|may|shall|would|is to) (?:then |later |subsequently )?be (?:taken|made|reached)|(?:is|are|will be|shall be) (?:settled|fixed|determined|agreed|set|quoted|priced|costed) only (?:when|once|after|at the time)|(?:is|are|will be|shall be) (?:settled|fixed|determined|agreed|quoted|priced|costed) (?:on a )?case by case|(?:charges|prices|fees|rates|costs|pricing) (?:are|is|will be|shall be) (?:agreed|settled|fixed|negotiated) (?:separately )?(?:according to|depending on|based on|on the basis of|for each|per) (?:the )?(?:(?:nature|size|scope|complexity|type) of (?:the )?)?(?:work|job|project|task|request|engagement|case)|negotiated (?:individually |separately )?(?:with each|for each|per) (?:customer|client|subscriber|purchaser|buyer|account)|(?:by (?:way of )?|through )(?:further |mutual |good faith )?negotiations? (?:with|between)|(?:by|through) (?:a )?separate negotiations?|(?:by|through|upon) (?:(?:a|the) )?(?:joint|common|mutual) (?:decision|accord|consent|determination) of (?:the|both) parties|subject to (?:later|subsequent|further|future) (?:ratification|approval|confirmation|agreement) by|pending (?:further |mutual |final )?agreement (?:on|of|about)|(?:a|the) (?:time|date|day|slot) (?:mutually )?(?:agreeable|acceptable|convenient) to (?:both|each) (?:sides|parties)|(?:on|at|for) (?:a |the )?(?:dates?|times?|days?) (?:to be |that are |which are )?(?:mutually|jointly) (?:determined|decided|agreed|fixed|set|selected|chosen|arranged)(?= (?:by|between) (?:the|both) )|(?:quoted|agreed|priced|fixed|set)(?: and agreed)? (?:between us |between the parties |with you )?at the time (?:of (?:the |each )?(?:request|order)|(?:you|your [a-z]+|the (?:customer|client)) (?:asks?|requests?|orders?))|jointly (?:develop|prepare|draw up|produce|work out|design|create|agree|define|establish|set) (?:a |an |the )?(?:[a-z-]+ ){0,3}?(?:plan|targets?|service levels?|kpis?|timetable|roadmap|prices?|pricing|fees?|rates?|terms|protocol|criteria|regime|thresholds?)|(?:we and you|you and we|you and us|both parties|the parties) (?:will|shall) (?:set|agree|decide|fix|choose|determine|work out)\b[^.;]{0,120}?\btogether\b|on terms (?:that |which )?(?:we|the parties)(?:['’]ll| will| shall) (?:discuss|agree|settle|negotiate|work out)`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'informal-work-order',
    code: 'verbal-agreement',
    phrases: ['if you instruct us to take on a new piece of work, we will do it and charge our hourly rate', 'the customer may change the goals just by telling the consultant, with the extra time reflected in the cost', 'work asked for by a client representative will be done and charged at the schedule rates'],
    why: VERBAL_WHY,
    advice: "name the written instrument that orders chargeable or extra work (a signed change order, a purchase order), and who may sign it",
    replacement: '${1:once the Client has approved it in a signed change order}',
    fix: 'none',
    pattern: String.raw`(?:asks?|asked|asking) (?:us |me |them |one of (?:our|the) [a-z]+ )?(?:for|to)|(?:tells?|telling|told) (?:us|me|them|it|you|the [a-z]+|our [a-z]+|[a-z]+(?: [a-z]+)?'s (?:[a-z]+ ){0,2}?(?:staff|team|engineers?|agents?|desk|technicians?))(?: to| that)?|(?:by|just by|simply by) telling|instructs? (?:us|me|them|the [a-z]+) to|(?:your|the (?:customer|client)'s|their) instruction to|(?:email|e mail|ring|call|phone|telephone|text) (?:me|us)|(?:has|have) (?:given|granted) (?:(?:its|their|the|your) )?(?:approval|authori[sz]ation|consent|the go ahead)|(?:authori[sz]ation|approval) (?:has|have) been given|(?:accepts?|accepted|agrees?|agreed) (?:it |them |this )?(?:there and then|on the spot|with you|with us)|(?:agreed|confirmed|settled|arranged) (?:it |them |this )?(?:directly )?with (?:you|us)|(?:asked|requested) (?:for )?by (?:a|the|any|an) (?:client|customer|buyer|user)(?: [a-z]+)?|without (?:the )?(?:customer|client|buyer)'?s? (?:sign off|approval|consent|authori[sz]ation)|(?:telephone|phone|verbal|oral) orders?|(?:choose|chose|chosen|pick|picked|agree|agreed|decide|decided) on (?:that|the|a|our) (?:phone |telephone |video )?call|(?:telephones?|phones?|rings?|calls?|texts?) (?:the [a-z]+|our [a-z]+|us|them) to (?:authori[sz]e|approve|order|request|instruct|book)|(?:mentioned|said|told|mention|say|tell)(?: it)? to (?:our|the|your) (?:[a-z-]+ ){0,2}?(?:specialist|engineer|technician|rep|representative|manager|agent|staff|team)|(?:tells?|told) one of (?:our|the|its|their) [a-z-]+`,
    judge: { kind: 'work-order' },
  },
  {
    id: 'document-to-come',
    code: 'agreement-to-agree',
    phrases: ['in a Service Level Agreement that is yet to be issued', 'extra charges, to be set out in a further quotation'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    // "Will be fixed in a statement of work that the parties are to enter into later": the term left open is reported once, where it is deferred.
    unlessPrecededBy: /\b(?:will|shall)\s+be\s+(?:fixed|set|specified|defined|documented|described|stated|detailed|recorded)\s+in\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}$/i,
    pattern: String.raw`(?:will|shall) be (?:set out|recorded|specified|defined|documented|laid down) by the parties in (?:a|an) (?:separate|later|subsequent|future|further) (?:[a-z-]+ ){0,2}?(?:letter|agreement|document|schedule|annex|addendum|amendment|order form)|(?:is|are) yet to be (?:issued|drafted|prepared|written|produced|published|signed|executed|concluded|finali[sz]ed)|(?:will|shall|are to|must|intend to|plan to) (?:later |subsequently |then )?(?:conclude|enter into|sign|execute|agree) (?:a|an) (?:separate|further|subsequent|later|new|supplementary) (?:[a-z-]+ ){0,2}?(?:agreement|contract|addendum|annex|schedule|sla|service level agreement|statement of work)|remains? to be (?:drawn up|drafted|prepared|written|agreed|settled|negotiated|finali[sz]ed)|(?:will|shall) be (?:the )?subject of (?:a |an )?(?:new|separate|further|later|additional|subsequent) (?:contract|agreement|order|quotation|quote|proposal|statement of work)|(?:each of which|which) (?:will|shall) (?:later|subsequently|then|in due course) (?:specify|set out|define|state|fix|determine|establish)|(?:agreement|contract|addendum|arrangement|amendment|annex|schedule|appendix|memorandum|document|protocol|plan|sla|service level agreement|statement of work|sow|order form|matrix|register|runbook|handbook|playbook|rate card|price list|tariff)s?(?: [a-z0-9]+)?,? (?:which|that) (?:we and you|you and we|you and us|(?:the|both) parties|the [a-z]+(?: [a-z]+)? and the [a-z]+(?: [a-z]+)?) (?:shall|will|are to|must|intend to|plan to|undertake to) (?:(?:later|subsequently|then|jointly) )?(?:conclude|sign|execute|enter into|negotiate|agree|prepare|complete|draw up|finali[sz]e|produce|develop|write|establish|(?:discuss|review|consider) and (?:sign off|approve|agree|finali[sz]e|adopt)|sign off)|(?:which|that) (?:a|an|the) (?:subsequent|later|future|separate|further) (?:[a-z-]+ ){0,3}?(?:memorandum|agreement|addendum|annex|document|protocol|schedule|statement of work|sow|order form|work order|change order|quotation)(?: between the parties)? (?:is to|will|shall) (?:set out|specify|define|establish|determine|fix)|(?:schedule|annex|plan|quote|quotation|document|runbook|letter)s? (?:(?:which|that) )?we (?:will|shall) (?:[a-z]+ and )?agree with you|(?:shall|will) set out in a (?:separate |further |later )?(?:[a-z-]+ ){0,2}?(?:runbook|document|plan|schedule|annex|procedure)s?, to be (?:drafted|prepared|agreed|drawn up) (?:at a later stage|later|subsequently)|(?:will|shall) be (?:the )?subject of (?:a|an) (?:[a-z-]+ ){0,3}?(?:memorandum|agreement|contract|addendum|protocol)(?: of understanding)? (?:to be|that (?:will|shall) be|which (?:will|shall) be) (?:signed|concluded|agreed|executed|drawn up|prepared)|(?:in|by) (?:an?|the) (?:[a-z-]+ ){0,2}?(?:appendix|annex|schedule|addendum|agreement|amendment|memorandum|document|protocol|sla|order form|statement of work|clause|provision|rider)s? (?:to be|that (?:will|shall) be|which (?:will|shall) be) (?:signed|concluded|agreed|executed|drawn up|prepared|completed)|to be (?:set out|specified|stated|detailed|confirmed|given) in (?:an?|the) (?:separate|future|later|subsequent|further|new) (?:[a-z]+ ){0,2}?(?:quotation|quote|proposal|agreement|document|order|schedule|change order|statement of work|list|rate card|tariff|catalogue)s?|(?:will|shall) be (?:set out|specified|stated|detailed|confirmed|given) in (?:the|each|an?) (?:individual|relevant|separate|specific) (?:[a-z]+ )?(?:quote|quotation|proposal|estimate)s?|(?:will|shall|are to|is to) be (?:set out|specified|stated|detailed|defined|laid down|dealt with|covered|addressed) in (?:an?|the) (?:future|later|subsequent|further) (?:[a-z-]+ ){0,2}?(?:addendum|annex|schedule|appendix|agreement|amendment|document|memorandum|protocol)s?|(?:remains?|is|are) (?:still )?open(?= (?:and (?:will|shall) be (?:agreed|settled|decided|fixed|written|set|determined|included|added)|pending (?:agreement|discussions?|negotiations?|a decision))\b)|(?:will|shall) be (?:set out|specified|listed|included|recorded|stated) in (?:annex|schedule|appendix|exhibit) [0-9a-z]+ once (?:agreed|finali[sz]ed|settled|approved)|(?:is|are) to be drawn up and (?:approved|agreed|signed) by (?:both|the) parties|(?<!\b(?:if|where|unless|until|when|once|should|whether)\b[^.;,]{0,80})(?:have|has)(?: not|n't) (?:yet )?been (?:settled|agreed|fixed|finali[sz]ed|decided|determined|negotiated)(?: yet)?|(?:is|are) still being (?:finali[sz]ed|negotiated|agreed|discussed|worked out|defined|settled)|(?:will|shall|is to|are to) be (?:incorporated|added|included|inserted|set out) (?:in|into|by|through|via) (?:an?|the) (?:later|subsequent|future|further|separate) (?:[a-z]+ )?(?:variation|amendment|addendum|change order|contract change note)s?|(?:will|shall|is to|are to) be (?:included|added|inserted|incorporated|set out|specified|confirmed|published|defined|stated) in (?:the|a) (?:next|later|future|subsequent|revised|updated) (?:version|revision|edition|issue|update) of (?:this|the|these|our) (?:sla|agreement|contract|schedule|annex|appendix|exhibit|order form|statement of work|sow|service description|dpa|baa|terms)|(?:will|shall|is to|are to) be (?:added|inserted|included|incorporated|appended) (?:to|in|into) (?:this|the) [a-z]+(?: [a-z]+)? (?:by way of|by means of|through|via|by|in) (?:an?|the) (?:later|subsequent|future|further|separate) (?:[a-z]+ )?(?:amendment|variation|addendum|agreement|annex|change order|version)s?|(?:schedule|annex|appendix|exhibit|attachment|section|part) [a-z0-9.]+ \((?:to follow|to come|to be (?:provided|supplied|issued|agreed|confirmed|added|inserted)|tbc|tbd|pending)\)|(?:which|that) (?:is|are) (?:still )?to be (?:completed|drawn up|drafted|prepared|written|agreed|finali[sz]ed|populated|filled in) (?:once|when|after|following|as soon as)|(?:put|set|record|write|document) (?:them|it|this|these|those|the [a-z]+) (?:down )?in (?:a|an) (?:separate|later|subsequent|future|further|new) (?:written )?(?:agreement|contract|order|statement of work|sow|addendum)|(?:covered|governed|set out|dealt with|addressed) (?:by|in) (?:a|an) (?:future|later|separate|new|subsequent) (?:policy|agreement|document|schedule|annex|arrangement)|(?:in|by) an? (?:[a-z-]+ ){0,2}?(?:variation|change note|change order|change request|work order|side letter|deed)s? (?:to be|that (?:will|shall) be|which (?:will|shall) be) (?:signed|concluded|agreed|executed|drawn up|prepared|issued|completed) (?:after|once|following|at the end of|on completion of|later|in due course|when)\b`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'will-be-discussed',
    code: 'agreement-to-agree',
    phrases: ['will be discussed nearer the time', 'will be considered at a later stage', 'will be looked at in due course'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    pattern: String.raw`(?:will|shall|must|would|should|can|may|are to|is to) be (?:(?:jointly|mutually|further|then|only|also) )?(?:discussed|considered|talked through|looked at|explored|reviewed|revisited|raised|taken up|addressed|handled)|(?:is|are|will be|shall be) (?:a |an )?(?:topic|matter|subject|item|point|question)s? for (?:the |both )parties to (?:take up|discuss|consider|address|agree|settle|decide|review|resolve|determine|negotiate|fix|set)`,
    judge: { kind: 'defer', strength: 'later' },
  },
  {
    id: 'once-agreed',
    code: 'agreement-to-agree',
    phrases: ['until both parties have agreed it', 'once the Customer and the Supplier have determined them', 'only when the two of them have settled the price'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    // A term that binds, applies or is filled in only once both parties have agreed it is still to be agreed ("does not bind either party until the two of them have agreed it"); with a fallback, or agreed in writing as a variation, it is not.
    pattern: String.raw`(?:the|both) (?:parties|sides) (?:are|have) yet to (?:confirm|agree|settle|decide|determine|fix|set|negotiate)|(?:once|after|until|when|unless and until|only when|only after|only once) (?:the |both )?(?:parties|two of them|both of them|(?:the )?[a-z]+ and (?:the )?[a-z]+) (?:have|has) (?:(?:jointly|mutually|both|first|together|each) )?(?:agreed|determined|decided|settled|negotiated|finali[sz]ed|worked out)|(?:once|after|until|when|unless and until|only when|only after|only once) (?:the |both )?(?:parties|[a-z]+ and (?:the )?[a-z]+) (?:have|has) (?:worked|sorted|hammered|thrashed|figured|ironed) (?:them|it|these|those|this|that|the [a-z]+) out|(?:once|after|until|when|unless and until|only when|only after|only once) (?:it|they|this|that|the [a-z]+|such [a-z]+) (?:has|have) been (?:(?:jointly|mutually) )?(?:agreed|negotiated|settled)(?= (?:between|by|with) (?:us|you|both of us|the parties|both parties|you and us|us and you|both sides)\b)|(?:once|after|until|when|unless and until|only when|only after|only once) (?:the |both )?(?:parties|we and you|you and we) (?:have|has) (?:reached|come to) (?:an? )?agreement (?:on|about|regarding)|(?:once|after|until|when|only when|only after|only once) (?:we|you)(?:['’]ve| have) (?:(?:jointly|both|first|together) )?(?:agreed|settled|worked out|finali[sz]ed) (?:the |a |an )?(?:[a-z-]+ ){0,2}?(?:details|terms|price|pricing|fees?|scope|specification|rules|rates?|settings|values?|limits?|levels?) (?:of (?:it|them|the [a-z]+) )?with (?:you|us|your (?:[a-z-]+ )?(?:administrator|admin|team|manager|representative|contact|lead|officer|staff|department|office))|(?<=\b(?:settings|terms|prices|pricing|fees|rates|limits|levels|values|parameters|thresholds|configurations?)\b[^.;]{0,120}?)(?:once|after|until|when|only when|only after|only once) (?:we|you)(?:'ve| have) (?:(?:jointly|both|first|together) )?(?:agreed|settled|worked out|finali[sz]ed) (?:them|it|these|those) with (?:you|us|your (?:[a-z-]+ )?(?:administrator|admin|team|manager|representative|contact|lead|officer|staff|department|office))`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'parties-relative',
    code: 'agreement-to-agree',
    phrases: ['an amount the parties agree before the start date', 'terms the parties reach later', 'the date the parties later select'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    pattern: String.raw`(?:(?:the |both )parties|we (?:may |will |shall |can |might )?(?:(?:later|subsequently|then|eventually|first) )*(?:jointly|mutually|together)|(?:you and (?:we|us)|we and you|you and the [a-z]+|the [a-z]+ and you)) (?:may |will |shall |can |might )?(?:(?:later|subsequently|jointly|mutually|then|eventually|ultimately|first|together) )*(?:agree(?: on| upon)?|arrive at|reach|select|choose|decide(?: on| upon)?|settle(?: on| upon)?|fix(?! (?:any |all |the |each |such |a |an )?(?!(?:in|at|by|within|during|under|through)\b)(?:[a-z]+ ){0,2}?(?:defects?|errors?|bugs?|faults?|issues?|problems?|incidents?|vulnerabilit(?:y|ies))\b)|determine|negotiate|arrange|complete|finali[sz]e|fill in|populate|draw up|work out|come to|pick|nominate|identify|establish)(?! (?:that|to (?!(?:a|an|the) )))`,
    // "The parties shall establish a Joint Governance Board": a duty to set up a body, not a term left open (what the body may later decide is read on its own).
    unlessFollowedBy: /^\s+(?:an?|the)\s+(?:[A-Za-z-]+\s+){0,3}(?:board|committee|group|forum|panel|team|council)s?\b/i,
    judge: { kind: 'defer', strength: 'relative' },
  },
  {
    id: 'parties-confirm-later',
    code: 'agreement-to-agree',
    phrases: ['the parties will confirm the escalation contacts at a later date', 'the parties shall define the reporting format at a later stage', 'both parties will specify the test data in due course'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed terms}',
    fix: 'none',
    // A choice both parties are to make: a term left open only when the sentence puts it off ("at a later date"); "the parties shall confirm receipt within 5 days" is a duty.
    pattern: String.raw`(?:the |both )parties (?:will|shall|are to|must) (?:(?:jointly|mutually|together|then) )?(?:confirm|specify|define)`,
    judge: { kind: 'defer', strength: 'later' },
  },
  {
    id: 'quality-claim',
    code: 'vague-term',
    phrases: ['enterprise-grade reliability', 'industry-leading reliability', 'highly resilient', 'a high level of service', 'best-in-class security', 'robust controls'],
    why: 'A claim of quality ("enterprise-grade", "highly resilient", "best-in-class") names no level, so no failure can be shown to fall short of it.',
    advice: 'state the measurable level (an uptime percentage, a recovery time) or the standard',
    replacement: '${1:99.9}% monthly uptime',
    fix: 'none',
    pattern: String.raw`(?:the |at )?(?:optimal|optimum|best possible|peak) (?:operation|performance|running|functioning|availability|efficiency|service|level|use)s?|(?:the )?(?:very )?best (?:services?|work|support|results?|quality) (?:it|we|they|he|she) (?:can|could|is able to|are able to)|operating (?:optimally|flawlessly|seamlessly|smoothly)|(?:the )?(?:highest|best|top|maximum) (?:possible )?(?:level|degree|standard|quality)s? of|(?:robust|consistent|excellent|dependable)(?: [a-z,\x27’-]+){0,4}? (?:level|standard|quality|degree) of (?:service|performance|support|reliability)|(?:industry|market|world|sector) leading|(?:presentable|attractive|pleasant) (?:condition|state|appearance)|enough (?:[a-z-]+ )?(?:spares?|hardware|parts|stock|capacity|staff|resources|engineers|bandwidth|storage|licen[cs]es)|(?:leading|cutting|bleeding) edge|(?:enterprise|industry|carrier|commercial|production|business|bank|military|telco) (?:grade|class)(?: (?:reliability|security|availability|performance|resilience|service|support|infrastructure|hosting|protection))?|best in (?:class|breed)|world class|first class|top tier|high(?:ly)? (?:resilient|reliable|secure|performant|scalable|responsive|robust|redundant|fault tolerant)|high (?:quality|standards?|reliability|resilience|performance)|(?:a |an )?(?:high|very high|superior|premium) (?:level|degree|standard)s? of (?:[A-Za-zÀ-ɏ]+)|robust (?:security|measures|controls|protections?|safeguards|processes|procedures)|fully (?:resilient|redundant)`,
    judge: { kind: 'duty' },
  },
  {
    id: 'designed-to',
    code: 'vague-term',
    phrases: ['is designed to limit impact', 'in a way designed to', 'intended to minimise disruption'],
    why: 'It promises a design intention, not a result, so nothing the provider does or fails to do can breach it.',
    advice: 'promise the result itself, with a measurable level',
    replacement: '${1:will restore service within 4 hours}',
    fix: 'none',
    pattern: String.raw`(?:in a (?:way|manner) |(?:is|are|be|been|being) )(?:designed|intended|engineered|architected|calculated|meant) (?:so as )?to|(?:designed|intended|engineered|architected) (?:so as )?to (?:be|limit|minimi[sz]e|reduce|avoid|ensure|meet|achieve|keep|maintain|prevent|withstand)`,
    judge: { kind: 'duty' },
  },
  {
    id: 'soft-standard',
    code: 'vague-term',
    phrases: ['reasonable assistance', 'reasonably informed', 'an adequate level of security', 'all practicable measures', 'with due urgency', 'within a fair period', 'appropriately', 'with reasonable promptness'],
    why: 'A soft standard ("reasonable", "adequate", "acceptable", "appropriate", "due") names no level, so nobody can show that the duty it qualifies was not met.',
    advice: 'state the level, the number or the standard that must be met',
    replacement: '${1:the measurable level}',
    fix: 'none',
    pattern: String.raw`(?:(?:all|every|any|such|with|with all) )?(?:${SOFT_WORD}(?: ${SOFT_NOUN})?|fair (?:(?:advance|prior) )?(?:${SOFT_NOUN}|basis|share|price|value|opportunity|heads up|credit|refund|compensation)|due (?:urgency|haste|speed|dispatch|expedition|regard|attention|priority|consideration)|(?:prompt|expeditious) manner)|(?:could|would|might|can|may) (?:fairly|reasonably|legitimately|properly) (?:expect|require|anticipate)|as (?:is|are|may be|shall be) (?:reasonably )?(?:reasonable|appropriate|practicable|proportionate|sensible|prudent|fitting|befitting)|in proper working (?:condition|order)|in good (?:working )?(?:order|condition|repair)|fit for purpose(?= (?!(?:and|or|for|in|as|at|to|by|under|with|if|when|where|throughout|during|from|on|until|unless|is|are|was|were|shall|will|must|within|without|save|except|but)\b)[a-z])|(?:properly|adequately|suitably|sufficiently) (?:informed|maintained|trained|supervised|documented|secured|protected|safeguarded|stored|configured|managed|encrypted|anonymi[sz]ed|pseudonymi[sz]ed|backed up|resourced|staffed)|(?:to|of) (?:a|an) (?:good|acceptable|reasonable|proper|satisfactory|decent) standard|(?:should|will|shall) (?:generally|normally|usually|typically|ordinarily) (?:remain|be|stay) (?:low|high|fast|short|stable|quick|minimal)|proper (?:care|attention|diligence|precautions|safeguards|maintenance)|without (?:any )?(?:significant|material|noticeable|undue|appreciable|substantial) (?:degradation|deterioration|slowdown|loss of performance)|the kind of (?:[a-z]+ )?(?:security|protection|care|service|support|safeguards|measures) (?:that )?(?:a|an|any|one) (?:[a-z'’]+ ){1,5}?(?:should|would|ought to) (?:have|provide|offer|take)|(?:running|run|runs|operating|operate|operates|functioning|function|functions|working|work|works) smoothly|(?:(?:security|technical|organi[sz]ational|protective) )?(?:measures|safeguards|controls|precautions|protections?|arrangements) (?:that are |which are )?suited to|(?:safeguards|measures|controls|precautions|security|protections?|steps) (?:that |which )?(?:we|it|they|the [a-z]+) (?:think|thinks|consider|considers|deem|deems|believe|believes|judge|judges) (?:are |is |to be )?(?:right|appropriate|suitable|adequate|sufficient|fit|best)|enough (?:advance |prior )?(?:warning|notice|time|capacity|staff|resources|support)|robust (?:level|degree|amount|set) of (?:redundancy|resilience|security|protection|monitoring|backups?|testing|controls?|capacity|support)|(?:fast|quick|quickly|responsive|reliable|large|big|strong) enough (?:for|to)|fair and (?:equitable|reasonable) (?:basis|manner|share|price|value)|proper (?:training|care|maintenance|supervision|safeguards|precautions|security|support|instruction)|(?:can|could|is able to|be able to|capable of) (?:handle|handling|cope with|coping with|support|supporting) (?:the )?(?:expected|anticipated|likely|foreseeable|normal|peak|busy) (?:[a-z-]+ )?(?:demand|loads?|volumes?|traffic|usage|periods|days)|cop(?:e|es|ing) with (?:busy|peak|high|heavy) (?:[a-z-]+ ){0,2}?(?:days|periods|times|loads?|demand|traffic)|robust enough to|enough (?:redundancy|capacity|resources|staff|staffing|bandwidth|storage|headroom)|(?:a )?level of (?:security|protection|service|care) (?:that |which )?(?:suits|matches|reflects|is appropriate to) (?:their|its|the)|(?:properly|adequately|appropriately|suitably) (?:resourced|staffed)|(?:notice|period|time|amount|warning) that is (?:fair|reasonable) in the circumstances|(?:is|are) expected to (?:remain|be|stay) (?:low|high|fast|stable|acceptable)|such (?:precautions|measures|steps) as are (?:proper|appropriate|necessary|needed)`,
    unlessFollowedBy: /^[\s,]+(?:[A-Za-z]+[\s-]+){1,2}(?:grounds?|cause|basis|belief|suspicion)\b|^[\s,]+(?:(?:control|skill|care|request(?:s|ed)?|believ\w*|suspect\w*|foresee\w*|grounds?|cause|doubt|withheld|delayed|conditioned|likely|expects?|expected|anticipat\w*|use\s+polic\w*|authorit(?:y|ies)|person|contact|party|parties|court|regulator|body|reduction|refund|basis(?=\s+(?:for|to|of|that)\b)|share|part|portion|completion)\b|to\s+(?:the\s+)?(?:customer|client|buyer|controller|agency|authority|state|city|purchaser|licensee|subscriber)\b(?!\s+(?:with|in|on|for|regarding)\b)(?!['’]s\s+(?:operations?|operational|business|needs|requirements|activities|environment|systems?|circumstances|size|risks?)\b)|(?:authority\s+)?for\s+(?:the\s+)?[A-Za-z]+\s+to\s+(?:proceed|start|begin|act|charge|go\s+ahead|invoice)\b)/i,
    unlessPrecededBy: /\b(?:not|no|nor|never|cannot|reduced|refunded|adjusted|credited|charged|allocated|apportioned|prorated|paid|being|acting|mutually)\s+$/i,
    judge: { kind: 'duty' },
  },
  // ---- Fourth round (stop 20): classes read off the sentence rather than one phrase.
  {
    id: 'placeholder',
    code: 'agreement-to-agree',
    phrases: ['[CUSTOMER NAME]', '[TIMEZONE, DAYS/HOURS]', '[counterpartyName]', '[to be completed by the parties]', '{{effective_date}}', '[school name]', '[If Addendum: this Agreement supplements the services agreement]'],
    why: 'A drafting prompt left in the contract means the term was never filled in, so there is nothing to enforce.',
    advice: 'fill in the value before signing',
    replacement: '${1:the agreed value}',
    fix: 'none',
    pattern: String.raw`\[(?:if|where|option(?:al)?|alternative) [^\[\]:]{0,60}:[^\[\]]{1,400}\]|\[[^\[\]]{1,160}\]|\{\{[^{}\n]{1,60}\}\}|\{[a-z][^{}\n]{1,60}\}|\((?:insert|enter|add|attach|paste|amount|name|date|number|price|fee|value|list|specify|state|give) [^()\n]{1,80}\)|\bto +be +(?:inserted|added|attached|pasted|filled +in) +(?:here|at +this +point|below|in +this +space)\b|\{\d[\d.,]{0,9}\}|\bx (?:time|days?|hours?|minutes?|months?|weeks?|business days|working days|percent)\b|\b(?:insert|enter|specify) (?:the )?(?:[a-z]+ ){0,3}?(?:name|number|date|amount|months|days|value|address|title|percentage|period|length|duration|term|price|fee|rate|time)s?(?: of [a-z]+)?\b`,
    judge: { kind: 'placeholder' },
  },
  {
    id: 'writing-waived',
    code: 'verbal-agreement',
    phrases: ['whether or not they are later put in writing', 'no separate work order need be raised', 'shall be deemed a signed change order', 'even though it was never confirmed in writing'],
    why: 'The contract requires a written instrument for this step; waiving it for an informal one lets work, money or promises change hands on nobody\'s signature, and the entire-agreement clause then fights the waiver.',
    advice: 'keep the written instrument, or name the exception and its limit (who may approve, up to what amount), and record it afterwards',
    replacement: '${1:once approved in writing by the Client\'s authorised representative}',
    fix: 'none',
    pattern: String.raw`(?<=\b(?:paid|payment|entitled|charged|invoiced|treated|accepted)\b[^.;]{0,120}?)(?:notwithstanding|despite|in spite of) the absence of (?:a |an |any )?(?:(?:signed|written|formal|prior) )?(?:variation (?:forms?|orders?|notices?)|work orders?|change (?:orders?|notes?|forms?)|purchase orders?|written (?:approvals?|instructions?|orders?))|whether or not (?:[a-z\x27’]+ ){0,8}?(?:in writing|written|signed|documented|recorded|confirmed|submitted|raised|issued|countersigned|opened|logged|executed|minuted)|(?<=\b(?:constitutes?|shall constitute|shall be|is|are|becomes?) (?:an? |the )?(?:[a-z]+ ){0,2}(?:variation|amendment|change order|change)[^.;]{0,30}?)notwithstanding (?:clause|section|paragraph|article|condition) [0-9][0-9.]*|without (?:a |an |any )?(?:(?:signed|written|formal|prior) )?(?:variation (?:forms?|orders?|notices?)|work orders?|change (?:orders?|notes?|forms?)|contract change notes?|change requests?|purchase orders?)(?![^.;]{0,80}\b(?:not|never)\b)(?=[^.;]{0,80}\b(?:regarded|treated|deemed|counts?|paid|approved|accepted|authori[sz]ed)\b)|before (?:a |the )?(?:(?:signed|written) )?(?:work order|change order|change request form|change request|variation form|variation order|variation|order|purchase order|contract|amendment)s? (?:is|are|has been|have been|was) (?:issued|signed|countersigned|executed|raised)(?=[^.;]{0,40}\b(?:treated|regarded|deemed)\s+(?:as\s+|to\s+be\s+)?(?:approved|accepted|ordered)\b)|before (?:a |an |the )?(?:(?:signed|written|formal) )?(?:work order|change order|change request|variation|order form|order|purchase order|contract|amendment|statement of work|sow)s? (?:is|are|has been|have been|was|were) (?:in place|issued|signed|countersigned|executed|raised|agreed)(?=[^.;]{0,80}\bas (?:if|though) (?:that|the|a|an|such|those|these) (?:[a-z]+ ){0,4}?(?:had been|were|was|is|are) (?:executed|signed|issued|raised|countersigned|in place|agreed)\b)|notwithstanding that (?:the |a |any )?(?:signed |written )?(?:[a-z]+ ){0,3}?(?:forms?|orders?|notes?|amendments?|instruments?) (?:required|needed)[^.;]{0,40}? (?:has|have|was|were) not been (?:completed|signed|issued|executed|raised)|(?:even )?(?:though|although|despite|notwithstanding) (?:that )?(?:(?:clause|section|paragraph|article|condition) [0-9][0-9.]*(?: ?\([a-z0-9 ]+\))?|(?:the|this|our|your) (?:order form|agreement|contract|terms|statement of work|sow|dpa|baa|master agreement)),? (?:which )?(?:requires?|requiring|provides?|providing|says?|states?|stipulates?|stipulating)[^.;]{0,80}?(?:signed|signature|written|writing|countersigned|executed)|(?:even )?(?:if|though|where|when|although) no (?:[a-z]+ ){0,2}?(?:written|signed|formal) [a-z]+ (?:is|are|was|were|has been|have been) (?:[a-z]+ed|given|made|sent|drawn up)|(?:even )?(?:if|though|where|when|although) no (?:[a-z]+ ){0,3}?(?:order forms?|orders?|sow|statement of work|change (?:orders?|requests?|notes?|forms?)|variation (?:forms?|orders?|notes?|notices?)|work orders?|purchase orders?|amendments?|tickets?) (?:is|are|was|were|has been|have been) (?:signed|executed|issued|raised|opened|placed|submitted|countersigned)|notwithstanding (?:that )?(?:this agreement|the (?:[a-z]+ ){0,3}?(?:agreement|contract|order form|terms|sow))(?: may)? (?:otherwise )?(?:requires?|be amended only by|only be amended by) (?:a |an )?(?:signed|written|countersigned)|notwithstanding (?:that )?(?:clause|section|paragraph|article|condition) [0-9][0-9.]*(?: ?\([a-z0-9 ]+\))? (?:requires?|provides?|states?|says?)(?: that)? (?:any |all |every |each |a |an |the )?(?:[a-z]+ ){0,3}?(?:to be |must be |shall be |be )?(?:made |given |agreed |recorded |confirmed )?(?:by|in) (?:a |an )?(?:signed|written|writing|countersigned)|notwithstanding (?:clause|section|paragraph|article|condition) [0-9][0-9.]* ?\((?:variations?|amendments?|changes?|change control)\)|notwithstanding (?:that )?(?:the requirement (?:of|in|under) )?(?:clause|section|paragraph|article|condition) [0-9][0-9.]*(?: ?\([a-z0-9 ]+\))?,? (?:which |that )?(?:otherwise )?(?:requires?|calls? for|provides? for|for)[^.;]{0,60}?(?:signed|signature|signatures|written|writing|countersigned|executed)|(?:even )?(?:though|if|where|when|although) (?:[a-z\x27’]+ ){0,5}?(?:is|are|was|were|has|have|had) (?:not|never) (?:been |yet been )?(?:(?:put|reduced|recorded|confirmed|documented|set out|made|given|agreed|signed) )?(?:in writing|into writing|in (?:a |any )?(?:formal |written |signed )?(?:document|instrument))|(?:even )?(?:though|if|where|when|although) (?:they|it|these|such [a-z]+) (?:are|is|were|was|have|has) (?:not|never) (?:been )?(?:reproduced|included|repeated|reflected|incorporated|recorded|written down) (?:in|into) (?:this|the) (?:dpa|baa|agreement|contract|addendum|order form|sow|statement of work|terms|document)|(?:no|without (?:a|any)) (?:separate |further |formal |written |signed |new |additional )*(?:work |change |purchase |variation |task |service )?(?:orders?|requests?|notes?|forms?|amendments?|variations?|authori[sz]ations?)(?: [a-z]+){0,2}? (?:need|needs|is|are|shall|will|must|has to|have to) (?:to )?(?:be )?(?:raised|required|needed|issued|signed|submitted|obtained|necessary)|(?:authori[sz]ation|approval|consent|acceptance) (?:is|shall be|will be) (?:implied|presumed|assumed)|without (?:any )?(?:[a-z]+ )?(?:approval|authori[sz]ation|confirmation|sign off)s? being (?:sent|given|obtained|issued)|without (?:further |any |formal )?(?:documentation|paperwork|written (?:record|confirmation|approval))|need not (?:go through|follow|use|be put through) (?:the )?(?:[a-z]+ ){0,2}(?:procedure|process)|(?:without (?:the |any )?|with no )(?:need for|need to (?:raise|issue|sign|obtain)|requiring) (?:a |an |any )?(?:separate |further |formal |written |signed |new )*(?:work |change |purchase |variation )?(?:orders?|requests?|notes?|forms?|amendments?|variations?|sign offs?|approvals?|confirmations?|acceptances?|instruments?|documents?|paperwork)|(?:shall|will|is|are) (?:be )?deemed (?:to be |to constitute |to have been |as )?(?:an? )?(?:signed|executed|written|duly (?:signed|executed|authori[sz]ed))|(?:and |but )?(?:never|not) (?:subsequently |later |afterwards |since )?(?:written down|put in writing|reduced to writing|recorded in writing|confirmed in writing|written up|documented)|(?:does|do|did) not (?:need|have) to be (?:recorded|written down|confirmed|documented|put in writing|minuted|signed)|need not (?:be )?(?:recorded|written down|confirmed|documented|put in writing|minuted|signed)|without (?:ever )?being (?:recorded|written down|confirmed in writing|documented|signed)|(?:even )?(?:though|if|although) (?:[a-z\x27’]+ ){0,5}?(?:is|are|was|were|has|have|had) (?:not|never) (?:been |yet been )?(?:signed|executed|countersigned)|even (?:where|if|though) no (?:signed |written )?(?:work order|change order|purchase order|variation|change request)s? (?:exists?|(?:is|was|has been) (?:issued|signed|raised))`,
    judge: { kind: 'waiver' },
  },
  {
    id: 'informal-binding',
    code: 'verbal-agreement',
    phrases: ['a request made through the in-product chat shall bind the Customer', 'an extension granted during a live chat session shall be binding'],
    why: VERBAL_WHY,
    advice: 'make it binding only once it is confirmed in writing by someone authorised to sign',
    replacement: '${1:once confirmed in writing}',
    fix: 'none',
    pattern: String.raw`(?:through|in|via|during|on|over|by|at|as|after|following|per(?= the)|further to|pursuant to|in the course of) (?:a |an |the |any |its |their |our |your )?(?:(?!(?:when|while|if|where|once|after|before|until|but|whenever)\b)[a-zà-ɏ0-9\x27’]+ ){0,4}?(?:chat|commissioning(?: visits?| meetings?)?|committee evenings?|counter(?= (?:shall|will|is|are|must)\b)|messenger(?: groups?| chats?| threads?)?|signal (?:groups?|chats?|messages?)|emoji(?: reactions?)?|(?:live )?messaging windows?|meet ?ups?|consultation evenings?|(?:studio |site |office )?intercoms?|(?:tasting|social|networking|drinks|launch) evenings?|(?:farm|school|garden) gates?|(?:community |public |village |town |parish )?gatherings?|walks? (?:of|around|round|through) (?:the )?site|(?<!\b(?:alarm|emergency|wake up|roll|nurse|night) )call(?! for (?:proposals|tenders|applications|bids|papers|expressions))(?! off\b)|(?<!(?:hospital|community|local|student|campus|internet|commercial|public|national|regional|talk|pirate) )radio(?! (?:station|stations|show|shows|programme|programmes|presenters?|volunteers?|studios?)\b)|phone|telephone|conversation|discussion|meeting|bridge|visit|interview|walk ?down|trial(?=[,.;]| (?:shall|will|is|are|was|were|and|in|at|on)\b)|screen ?share|(?<!\bper |\beach )trip(?= to )|walk ?(?:round|around|about|over)s?|session|demo|demonstration|ticket|comment|message|teams|slack|whatsapp|discord|telegram|wechat|viber|text(?! form)|sms|messaging group|group chat|chat group|briefing|debrief|workshop|(?:quick |brief )?word (?:with|to)|(?:site )?survey|(?:launch|go live|training|onboarding|kick off|user group|customer|partner|bidders['’]?|suppliers['’]?|supplier|open|industry|demo|information|engagement|outreach) days?|reception|user group (?:meetings?|conferences?|events?|sessions?)|(?:launch|customer|partner|user|sales|marketing|product|networking) events?|(?:trade|industry|sector|technology) (?:fairs?|shows?|exhibitions?|expos?)|webinars?|roadshows?|screen ?shar(?:e|es|ing)(?: sessions?)?|${INSPECTION}|(?:on site |site )audit|(?:on site |site )(?:[a-z]+ )?(?:assessment|review)|(?:[a-z]+ ){0,2}?(?:tender|bid|bidders'?) clarification (?:meeting|session|conference)|walkthrough|walk through|walk round|walkover|walk over|ride along|drive round|(?:site )?induction|quayside|dockside|roadside(?! (?:readers?|card readers?|terminals?|units?|sensors?|signs?|cabinets?|boxes|honesty))|kerbside|doorstep|(?:vendor |trade |dairy |tourism |industry )?fair demo|(?<!(?:deems?|considers?|thinks?|finds?|is|are|be|as) )fairs?(?= (?:forms?|is|are|will|shall|becomes?|applies|binds?|in|at|about|and|come|comes|apply)\b|\s*[,.;]|$)|lunch|dinner|coffee|drinks|convention|(?:county|agricultural|country|boat|home|motor|horse|dog) shows?|forum|agm|annual general meeting|${FESTIVAL}|summit|handover(?= at\b)|hand over(?= at\b)|handover (?:meeting|visit|walk ?round)|(?:launch|open|information) evening|(?:sign up|sales) (?:conversation|call)|zoom|webex|skype|voice notes?|voice memos?|hearing|(?:bidders?'? |pre ?bid |tender |supplier |clarification )conference|teleconference|videoconference|video call|conference call|zoom call|webex)s?(?: (?:session|call|line|conversation|channel|message|thread)s?)?|(?:phoned|telephoned|rung|called) (?:through|in)|(?:as|while|when) (?:they|we|he|she|it|the [a-z]+|(?:the |our |its )?[a-z'’]+ (?:team|engineers?|technicians?|staff|inspectors?|auditors?)) (?:walked|toured|visited|inspected|walks|tours|visits|inspects)(?: (?:through|round|around))?(?![a-z])|(?:settled|agreed|arranged) (?:in|at) (?:the )?(?:[a-z-]+ ){0,3}?(?:control room|site office|plant room|depot|canteen)(?![a-z])|(?:at|by) the (?:close|end|conclusion) of (?:the |a |each )?(?:[a-z-]+ ){0,2}?(?:session|meeting|call|visit|demo|demonstration|workshop)s?|when (?:the )?(?:two |both )?(?:teams|parties|sides|managers|leads) (?:met|meet|spoke|talked)(?![a-z])|in person|face to face|there and then|then and there|on the spot|on site(?! (?:[a-z]+ )?(?:services?|reviews?|visits?|checks?|sessions?|support|attendance|work|engineers?|technicians?|presence|inspections?|audits?|training|hours?|days?|staff|response|repairs?|maintenance))|(?:when|while|by) (?:phoning|calling|ringing|telephoning|contacting)(?: in)?|(?:when|while|by) (?:speaking|talking|chatting) (?:with|to)|(?:when|while|if|once) (?:you|we|they|the [a-z]+) (?:speak|speaks|talk|talks|chat|chats) (?:with|to)|(?:while|when) (?:visiting|touring|inspecting|attending|walking|surveying|patrolling)|(?:while|when|during) (?:carrying out|conducting|performing|doing) (?:the |a |an )?(?:[a-z]+ ){0,2}?(?:assessment|audit|inspection|visit|walkthrough|survey)|(?:in the course of|during|at) (?:the |a |an )?(?:[a-z]+ )?(?:business|service|account|progress|governance) reviews?|(?:while|when) (?:they|we|our (?:[a-z]+ ){0,2}[a-z]+|one of (?:our|the|its|your) (?:[a-z]+ ){0,2}[a-z]+|the [a-z]+) (?:visits?|attends?|inspects?|tours?|(?:came|come|comes|went|go|goes) (?:out |over |round |along |down |up )?to (?:meet|see|visit))|(?:while|when) (?:the |our |its )?(?:[a-z'’]+ ){0,3}?(?:team|engineers?|technicians?|staff) (?:is|are) (?:at|on site)|(?:when|while) (?:he|she|they|the [a-z]+) (?:called|dropped in|visited) (?:at|in|by)|tells? (?:the |its |our |your )?(?:[a-z'’-]+ ){0,4}?that|(?:instant )?messaging (?:system|platform|app|tool|channel|service)s?|(?:when|while|if|once|where) (?:the |its |our |your |a |an )?(?:[a-z'’-]+ ){0,3}?(?:rings|phones|telephones)(?= (?:the|a|an|our|its|your|us|them)\b)|(?:by|through) (?:the |its |their |a |an )?(?:[a-z'’-]+ ){0,4}?(?:announcing|declaring|saying|stating) (?:it|this|that|so)(?: (?:to|at|in)\b)?|with the (?:(?:full|prior|tacit) )?(?:knowledge|acquiescence|awareness|tacit (?:consent|approval|agreement)) of|(?:gave|given|made|offered|provided|stated|expressed|said) (?:during|in the course of|in) (?:the |our |its |their )?(?:contract |pre ?contract |pre ?sales? |commercial |sales |tender )?negotiations|at the (?:telephoned|phoned|verbal|oral|spoken) (?:request|instruction|direction) of|at the (?:request|instruction|direction) of (?:the |its |their |any |your )?(?:[a-z-]+ ){0,2}?(?:on site |site |local |store |branch |depot |duty |shift |floor |hangar |ward |field |plant |warehouse |control room |front line |frontline |night |weekend )(?:staff|personnel|employees|managers?|users|workers|officers?|supervisors?|crews?|teams?)|(?<=\b(?:arranged|agreed|approved|granted|given|authori[sz]ed|settled|waived)\b[^.;]{0,80}?)(?:speaking|talking|chatting) (?:with|to)|(?:every|any|each|that|this|the|your|their|its|an?) (?:[a-z]+ ){0,2}?(?:phone calls?|telephone calls?|calls?|conversations?|voicemails?)(?! (?:off|out|for|centre|center|back|line|desk))|(?:telephone|phone|verbal|oral|spoken) (?:diagnosis|assessment|estimate|quote|request|booking|order|consultation|advice)|(?:demonstrated|demoed|showcased|presented|shown) (?:to (?:it|you|them|us|the [a-z]+) )?(?:before|prior to|ahead of) (?:signature|signing|contract signature|the contract was signed|contract award|award)|treats? (?:a|an|any|the|your|each) (?:[a-z]+ ){0,2}?(?:voice messages?|voicemails?|voice notes?|text messages?|texts|sms|whatsapp messages?|chat messages?|phone calls?|calls?) (?:from|by|of)\b|by (?:simply |just |merely )?(?:mentioning|raising|saying) (?:it |them |this |that |so )?to (?:the |our |your |its |their |a |an )?(?:[a-zà-ɏ'’-]+ ){0,3}?(?:managers?|engineers?|team|leads?|officers?|representatives?|reps?|staff|directors?|supervisors?|agents?|consultants?|technicians?|contacts?)\b|(?:reply|replies|replying|respond|responds|responding|answer|answers|answering)(?: ['‘"“]?[a-z]+['’"”]?)? to (?:our|your|the|a|an|its|their) (?:[a-z]+ )?(?:text messages?|texts|sms|whatsapp(?: messages?)?|chat messages?|messages?|voicemails?)\b|(?:on the strength|on the basis|in reliance) of (?:the |its |their |your |our |an? )?(?:[a-zà-ɏ'’-]+ ){0,2}?(?:whatsapp|teams|slack|chat|text|sms|phone|telephone|verbal|oral|voicemail) (?:approval|consent|authori[sz]ation|instruction|ok|okay|go ahead|confirmation)s?\b|(?:once|when|if|after) you (?:mention|say|tell)(?: it| this| that| so)? (?:to )?(?:our|the|your) (?:[a-z-]+ ){0,2}?(?:staff|team|agents?|engineers?|reps?|representatives?|managers?|leads?)\b|(?:at|on) the (?:foot|top|base|door|gate) of the (?:tower|building|mast|stairs|steps|site|quay)\b|(?:an?|the|any) (?:[a-zà-ɏ-]+ ){0,2}?(?:walk through|walkthrough|phone call|video call|chat|conversation|visit|demo)s? with (?:our|your|the|its|their) (?:[a-zà-ɏ'’-]+ ){0,2}?(?:representatives?|reps?|engineers?|managers?|staff|team|agents?|consultants?)\b|(?:while|whilst|when) (?:the|our|your|its|their) (?:[a-z-]+ ){0,2}?(?:lead|engineer|manager|representative|rep|technician|officer|team|staff|consultant|agent) (?:is|are|was|were) (?:at|on|visiting) (?:the|your|our|its|their) [a-zà-ɏ'’-]+|(?:while|whilst|when) (?:at|on|visiting) (?:an?|the|your|our|its|their) (?:[a-zà-ɏ'’-]+ ){0,3}?(?:site|premises|office|hall|depot|plant|school|store|shop|yard|facility|building|location|farm|station|warehouse|mountain)|(?:during|in the course of) (?:the )?(?:pre contract |contract |commercial |price |sales )?negotiations (?:in|at|with|over)|by (?:sending|dropping|leaving|giving) (?:us|me|them|our [a-z]+|the [a-z]+) (?:a |an )?(?:quick |short |brief )?(?:whatsapp|text|sms|voice|chat|instagram|facebook|slack|teams|telegram|signal)(?: message| note| call)?|(?:while|whilst) (?:servicing|repairing|inspecting|visiting|installing|maintaining|replacing|checking) (?:the|a|an|your|our|its|their) [a-zà-ɏ'’-]+|(?:when|while|if) you (?:drop|pop|stop|come) (?:in|into|by|round|over)(?: at| to)? (?:the|our|your) [a-zà-ɏ'’-]+|(?:at|in) the (?:stable |livery |farm |boat |builder's |contractor's )?yard|on the (?:strength|basis) of (?:an? |the |their |its |your )?(?:[a-z-]+ ){0,2}?(?:instant messag(?:e|es|ing)|text|whatsapp|chat|phone|telephone|verbal|oral)(?: exchanges?| messages?| chats?| conversations?| calls?)?|after talking (?:the matter|it|this|that|things) (?:through|over) with|(?:demoed|demonstrated|showed|presented) to you before you (?:signed up|signed|subscribed|ordered|bought)|(?:pricing|price|prices|discount|discounts|rate|rates|terms) (?:that )?(?:our|the) (?:[a-z-]+ ){0,2}?(?:founder|ceo|director|owner|rep|representative|salesperson|manager|engineer|team) discussed with|(?:texts|messages|whatsapps|rings|phones) (?:to )?(?:the|our|your) (?:[a-z'’-]+ ){0,3}?(?:technician|engineer|manager|staff|team|agent|desk|contact|officer)|(?:anything|everything|whatever) (?:our|the) (?:[a-z-]+ ){0,2}?(?:specialist|rep|representative|engineer|consultant|staff|team|manager|salesperson|agent) (?:promised|told|offered|said)|texting (?:[a-z'’ ]{0,30}? )?to (?:the|our|your) (?:[a-z'’-]+ ){0,3}?(?:manager|engineer|technician|rep|representative|team|staff|agent|contact)|discussed (?:an? |the )?(?:[a-z-]+ ){0,4}?with (?:the |our |its )?(?:[a-z]+'s )?(?:sales|account) (?:staff|team|rep|representative|manager)s?|discussed between (?:the )?[a-z' -]{3,60}? and (?:the )?(?:[a-z]+'s )?(?:sales|account) (?:representative|rep|manager|team|staff)|(?:pre contract |pre sales )?site walks?|(?:our|the) (?:[a-z-]+ ){0,2}?(?:installer|technician|engineer|rep|representative|staff|agent|driver) tells you|while (?:they're|they are|he's|she's|he is|she is) (?:visiting|on site)|(?:has|have) told (?:the|our|your) (?:[a-z-]+ ){0,2}?(?:foreman|manager|supervisor|lead|officer|coordinator)|(?:assurance|promise|statement|representation|commitment), (?:as )?given by (?:its|our|the|their) (?:[a-z-]+ ){0,2}?(?:sales|account) (?:representative|rep|manager|staff|team)|one of (?:our|its|their|the [a-z]+(?:['’]s)?) (?:staff|employees|technicians|engineers|team|people|drivers|installers) (?:agrees?|says?|tells you|confirms?|okays?)|replying (?:[^\s]+ )?to (?:[a-z'’-]+ ){0,4}?(?:whatsapp|text|sms|slack|teams|chat|instant) messages?|(?:our|your|the|one of our) (?:[a-z-]+ )?(?:technicians?|engineers?|installers?|staff|reps?|drivers?) (?:visits?|calls?|comes?)(?: [^\s.;,]+){0,5}? and (?:says?|tells you|confirms?|agrees?)|(?:on site|field|site) (?:technician|engineer|installer|staff|rep|representative|team)s? (?:agrees?|agreed|says?|said|confirms?|confirmed|okays?|okayed)|(?:engineer|technician|installer|rep|representative|manager)s? agrees? with (?:the|your|our) (?:[a-z-]+ ){1,3}?at (?:the|a|your|our) (?:[a-z-]+ ){0,3}?(?:pier|site|depot|yard|station|office|premises|plant|farm|quay|dock|gate|hall)|by e ?mail without (?:a|an|any|the) (?:[a-z-]+ ){0,2}?(?:variation|change|order|form|request|note)|(?:ringing|calling|phoning|telephoning) (?:the |our |its |your )?(?:[a-z'’-]+ ){0,2}?(?:support desk|helpdesk|help desk|service desk|hotline|helpline|support line)|(?:assurances?|promises?|statements?|undertakings?|commitments?) given by (?:the |our |its |their )?(?:[^\s.;,]+['’]s )?(?:technician|engineer|installer|staff|driver|rep|representative|manager)s? at (?:the|a|our|your|its)|told (?:you|your|our|the) (?:[a-z-]+ )?(?:specialist |engineer |technician |rep |representative |manager |agent |staff |team )?(?:during|at|on) (?:the |your )?(?:set ?up|onboarding|installation|sign ?up)|working (?:group|party)(?: meetings?)?|(?:an? |the )walk ?(?:through|round|around|down)|when (?:our|the|your) (?:[a-z-]+ )?(?:engineer|technician|installer|rep|representative)s? (?:came|come|comes) (?:out|round|over|by)|when (?:the |our |its |your )?(?:[^\s.;,]+['’]s )?(?:staff|engineers?|technicians?|team|people) (?:were|was) at (?:the|your|our|its)(?= )|told (?:our|the) (?:support|help|service) (?:line|desk|team|chat)|instagram(?: dms?| direct messages?)?|facebook messenger|given (?:orally |verbally |in person )?to (?:the |our |its |your )?(?:[^\s.;,]+['’]s )?(?:[a-z-]+ )?(?:technicians?|engineers?|drivers?|crew|installers?|fitters?)(?= at (?:the|a|its|our|your)\b)|(?:when|while) meeting(?= (?:the|our|your|its|with)\b)|(?:texts|texted|text|messages|messaged|whatsapps|whatsapped|whatsapp|dms|dm'd|dmed) (?:you|us|them|him|her|the (?:[a-z'’-]+ ){0,2}?[a-z'’-]+) that|(?:after|following|when|while) (?:speaking|talking|chatting) (?:to|with) (?:one of )?(?:our|the|its) (?:[a-z'’-]+ ){0,2}?(?:reps?|representatives?|agents?|staff|team|advisers?|advisors?|sales ?people|salespeople|account managers?)(?= (?:at|during|on|in) )|(?:showed|shown|demonstrated) (?:you |us |them )?(?:[^\s.;,]+ ){0,8}?(?:during|at|in) (?:the|a|an|our|your) (?:[a-z'’-]+ ){0,2}?(?:demo|demonstration|presentation|pitch|walkthrough|webinar)s?`,
    judge: { kind: 'binding' },
  },
  {
    id: 'levels-vary',
    code: 'vague-term',
    phrases: ['resolution times will vary with the complexity of each issue', 'response times depend on the nature of the request'],
    why: 'A level that varies with something nobody measures is no level: any figure can be explained away.',
    advice: 'give the level for each case (a table by priority), with a remedy when it is missed',
    replacement: '${1:within ${2:8} ${3|business hours,hours,business days|}}',
    fix: 'none',
    pattern: String.raw`(?:may|might|can|will) be (?:reduced|curtailed|limited|scaled back) (?:during|in|at) (?:times|periods) of (?:high|peak|exceptional|heavy|increased) (?:demand|load|usage|workload)|(?:may|might|can|could) (?:fall|drop|dip) below (?:the )?(?:(?:stated|agreed|committed|target|published) )?(?:levels?|targets?|figures?|percentages?)|(?:will|may|can|might|could|does|do|shall|would) (?:(?:necessarily|naturally|inevitably|often|greatly|widely|significantly) )?vary|(?:varies|varying|vary) (?:(?:greatly|widely|significantly|considerably) )?(?:with|by|depending|according|from case)|(?:depend|depends|dependent|depending|contingent) (?:up)?on (?:the )?(?:(?:nature|complexity|severity|circumstances|scale|type|volume|extent|size) of|complexity|circumstances|nature)|(?:depend|depends|dependent|depending|contingent) (?:up)?on (?:when|whether|how soon|how quickly|how often|how frequently|how busy)|(?:depend|depends|dependent|depending|contingent) (?:up)?on (?:the |its |their |our )?(?:[a-z]+'s )?(?:own )?(?:assessment|judge?ment|view|opinion|evaluation|appraisal)|(?:may|might|can|will) (?:shift|change|fluctuate|be adjusted)(?: by (?:the )?[a-z]+)? (?:with|according to|depending on|in line with) (?:(?:our|its|their|the) )?(?:operational|business|internal) (?:needs|requirements|priorities)|(?:may|might|could) (?:become|be|prove) necessary to (?:extend|vary|change|adjust|revise|exceed|depart from)|(?:consistent|in line|in keeping|commensurate) with (?:the |its |our |their )?(?:[a-z]+'s )?(?:prevailing |available |current |existing )?(?:operational |operating |staffing |resourcing )?(?:capacity|resources|staffing levels?|workload)(?= (?:at|from|of|on|in)\b|[.,;]|$)`,
    judge: { kind: 'vary' },
  },
  {
    id: 'near-enough',
    code: 'vague-term',
    phrases: ['obligations broadly similar to those in this DPA', 'substantially equivalent protection', 'maintained at a level consistent with event conditions'],
    why: 'A likeness with no measure ("broadly similar", "substantially equivalent") or a level that follows whatever the conditions are lets the provider decide alone how far it may fall short.',
    advice: 'require the same terms (or terms no less protective), or state the level',
    replacement: '${1:no less protective than}',
    fix: 'none',
    pattern: String.raw`(?:within|inside) (?:(?:the|its|our) )?(?:industry )?(?:normal|usual|acceptable|expected|typical|customary) (?:operating )?(?:parameters|ranges?|tolerances|bounds)|within (?:the )?(?:time limits?|timescales?|time frames?|periods?|deadlines?) (?:that are )?(?:customary|usual|normal|typical|standard|common) (?:for|in)|(?:broadly|largely|roughly|more or less|essentially|substantially|materially|reasonably|generally) (?:similar|equivalent|comparable|the same|in line|consistent)(?: (?:to|with|as))?|(?:at|to) (?:a|an|the) (?:[a-z]+ )?(?:level|standard|rate|speed|capacity|quality)s? (?:consistent|commensurate|in line|in keeping|compatible) with (?:the )?(?:[a-z]+ ){0,3}?(?:conditions|circumstances|demand|usage|traffic|load|connectivity|needs|resources|environment|constraints)|(?:performance|throughput|capacity|latency|response times?|resolution times?|availability|speed|service levels?)(?: [a-z'-]+){0,12}? (?:shall|will|must) be (?:consistent|commensurate|in line|in keeping|compatible) with (?:the )?(?:[a-z'-]+ ){0,3}?(?:conditions|circumstances|demand|usage|traffic|load|connectivity|needs|resources|environment|constraints|practice|practices)|in a manner (?:consistent|in line|in keeping|commensurate) with (?:the )?(?:[a-z]+ ){0,2}?(?:conditions|circumstances) prevailing|consistent with (?:the )?prevailing (?:[a-z]+ )?(?:conditions|circumstances)|within (?:customary|usual|normal|acceptable) limits`,
    // Not the `duty` judgement: the named terms ("those set out in this DPA") are what the likeness falls short of, not a standard that bounds it.
    // No right spares it: "peak periods may lead to degraded processing" is no party's right.
    judge: { kind: 'soft' },
  },
  {
    id: 'goodwill-basis',
    code: 'vague-term',
    phrases: ['cooperation with audits is offered on a goodwill basis', 'provided as a courtesy'],
    why: 'A service given as goodwill or a courtesy is no duty: the provider may stop giving it whenever it likes.',
    advice: 'make it an obligation, with its scope and cost',
    replacement: '${1:shall provide}',
    fix: 'none',
    pattern: String.raw`(?:is|are|will be|shall be|being) (?:offered|provided|given|made|performed|extended|rendered|supplied) (?:only |solely |purely |merely )?(?:on|as) (?:a|an) (?:goodwill|courtesy|voluntary|ex gratia|gratuitous) (?:basis|gesture|measure)|(?:is|are|will be|shall be|being) (?:offered|provided|given|made|performed|extended|rendered|supplied) (?:only |solely |purely |merely )?(?:as a (?:matter of )?(?:goodwill|courtesy)|out of goodwill)`,
    judge: { kind: 'duty' },
  },
  {
    id: 'no-longer-needed',
    code: 'vague-term',
    phrases: ['deleted once it is no longer needed', 'returned when they are no longer required'],
    why: 'It sets no date: the party that holds the data or the goods decides alone when they are "no longer needed".',
    advice: 'give a number of days after a named event (the end of the contract, the end of the purpose)',
    replacement: 'within ${1:30} days after ${2:the end of the contract}',
    fix: 'none',
    pattern: String.raw`(?:once|when|after|where|if|whenever) (?:it|we|they|the [a-z]+) (?:considers?|deems?|decides?|judges?|thinks?|believes?) (?:that )?(?:it|they|them|the [a-z]+|such [a-z]+) (?:is|are|to be) no longer (?:needed|required|necessary)|(?:once|when|after|as soon as|where|if) (?:the [a-z]+|it|we|they) no longer (?:needs?|requires?) (?:it|them|the data)|(?:once|when|after|as soon as|where|if|whenever) (?:it|they|the [a-z]+|such [a-z]+|that [a-z]+|those [a-z]+) (?:is|are|becomes?|has become|have become) no longer (?:needed|required|necessary)|(?<=\b(?:kept|retained|stored|held|preserved|keep|retain|store|hold|preserve)\b[^.;]{0,100}?)(?:for )?no longer than (?:is |are |may be |it is )?(?:necessary|needed|required|reasonable)|(?:for )?(?:as|so) long as (?:we|it|they|the [a-z]+) (?:think|thinks|consider|considers|deem|deems|judge|judges)(?: it| is| to be)* (?:useful|necessary|appropriate|needed|makes sense|sensible|worthwhile)|(?<=\b(?:kept|retained|stored|held|preserved|keep|retain|store|hold|preserve)\b[^.;]{0,120}?)(?:only )?(?:for )?(?:as long as|so long as) (?:is |are |may be |it is )?(?:necessary|needed|required|reasonable|appropriate)|(?<=\b(?:kept|retained|stored|held|preserved|keep|keeps|retain|retains|store|stores|hold|holds|preserve|preserves)\b[^.;]{0,100}?)(?:for )?(?:as|so) long as (?:we|it|they|the [a-z]+) (?:need|needs|require|requires|want|wants|wish|wishes|like|likes)(?: (?:it|them|the [a-z]+|to))?|for as long as (?:[a-zà-ɏ'’-]+ ){1,4}?(?:considers?|deems?|thinks?|judges?|believes?) (?:it |them )?(?:necessary|needed|appropriate|fit|useful)|(?:only )?for as long as (?:it|we|they|the [a-z]+) (?:finds?|considers?|deems?|thinks?|judges?) (?:the data |it |them |this |that )?(?:reasonably )?(?:useful|necessary|appropriate|helpful|valuable|needed)|save (?:where|if|to the extent) (?:it|we|the [a-z]+) (?:considers?|deems?|thinks?) (?:retention|it|continued retention|storage|them) (?:reasonably )?necessary`,
    judge: { kind: 'soft', bound: 'time' },
  },
  {
    id: 'changed-at-will',
    code: 'vague-term',
    phrases: ['may be modified by the Processor unilaterally at any time', 'Provider may modify or discontinue features at its sole discretion', 'the Host may revise the service levels by posting an updated version'],
    why: 'A level, measure or feature the provider may change alone, whenever it likes, promises nothing: it can be lowered the day it would be missed.',
    advice: 'require the client\'s written agreement to any change, or forbid changes that reduce the levels, measures or features',
    replacement: '${1:may not be reduced without the Customer\'s written agreement}',
    fix: 'none',
    pattern: String.raw`(?:may|can|reserves? the right to) (?:at any time )?(?:unilaterally )?(?:(?:modify|change|amend|revise|vary|update|increase|raise|alter)(?: (?:or|and) (?:modify|change|amend|revise|vary|update|increase|raise|alter))? (?:(?:these|the|its|our|your|this) (?:[a-z-]+ ){0,2}|(?:subscription|service|licen[cs]e|monthly|annual|usage|plan|list|seat|user|hosting|unit) )(?:terms(?: of (?:service|use))?|conditions|addend(?:um|a)|annex(?:es)?|dpa|policy|policies|service levels?|fees|prices|charges|services|(?:service )?specifications?|service descriptions?|(?:service )?credits? schedules?|rate cards?|(?:monitoring |measurement )?methodolog(?:y|ies)|(?:[a-z-]+ ){0,2}?frequenc(?:y|ies)|(?:maintenance |service )?schedules?)|(?:engage|appoint|add|replace) (?:new |additional |further |other )?sub ?(?:processors|contractors))(?=[^.;]{0,160}\b(?:at any time|at will|unilaterally|without (?:requiring|needing|obtaining|seeking) (?:the )?[a-z]+['’]s (?:prior )?(?:written )?consent|on (?:its|our) own initiative|(?:with )?no requirement to (?:obtain|seek)|with immediate effect|without (?:any )?(?:further |prior )?(?:notice|consent)|without (?:informing|notifying|telling|consulting) (?:the |its |your )?[a-z]+|no (?:consent|approval|agreement) (?:from|of|by) (?:the|your) [a-z]+ (?:is|are) (?:needed|required|necessary)|whenever (?:it|we|they) (?:chooses?|wishes?|likes?|pleases?)|as (?:and when )?(?:it|we|they) (?:sees?|thinks?) fit|without (?:the )?[a-z]+['’]s (?:prior )?(?:written )?consent|at (?:its|our) (?:sole |absolute |own )?discretion))|(?:may|can) be (?:modified|changed|amended|revised|varied|updated|withdrawn|reduced|lowered|adapted|adjusted|increased|replaced) (?:by (?:us |it |the (?:[a-z]+ ){1,2}|(?!(?:mutual|written|agreement|consent|notice|either|both|each|any|all|its|their|your|our|his|her|an?|email|e ?mail|letter|post|law|statute|regulation|order|variation|amendment|means|way|reference|operation|virtue|you|them|him|me)\b)[a-zà-ɏ]+ (?:[a-zà-ɏ]+ )?(?=(?:from time to time|periodically) without)))?(?:(?<!\b(?:customer|client|controller|authority|buyer|council|purchaser|subscriber|trust|board|you) )(?:from time to time|periodically) (?=without))?(?:unilaterally|at any time|at will|without notice|without (?:the )?[a-z]+['’]s (?:prior )?consent|without (?:the )?consent of|as (?:market |commercial |economic )?conditions (?:require|dictate|warrant|allow)|as (?:it|we|they) sees? fit)|(?:prices?|fees?|charges?|rates?) (?:[a-z-]+ ){0,12}?(?:may|can) (?:rise|increase|go up|change) (?:at any (?:time|point|moment)|without (?:any |prior |advance )?(?:notice|warning))|(?:polic(?:y|ies)|procedures?|plans?|rules|standards|guidelines),? which (?:we|it|they|the [a-z]+) may (?:amend|change|modify|revise|update|vary)(?= (?:at any time|without (?:any )?(?:prior )?notice|unilaterally|at will|as it sees fit))|(?:may|can) (?:apply|charge|introduce|implement) (?:revised|new|updated|increased|higher) (?:subscription |service |licen[cs]e )?(?:fees|prices|charges|rates|tariffs)|(?:rates|prices|fees|charges|tariffs),? which (?:we|it|they|the [a-z]+) may (?:set|adjust|change|vary|revise|increase|update)(?: (?:and|or) (?:set|adjust|change|vary|revise|increase|update))?|(?:we|provider|supplier|processor|host|vendor|licensor|contractor|msp|company|(?<=^ ?|[.;:] |, )(?:[a-zà-ɏ][a-zà-ɏ0-9&-]+ ){0,3}(?!(?:alone|solely|only|also)\b)[a-zà-ɏ][a-zà-ɏ0-9&-]+)(?: (?:may|can|reserves? the right to|is entitled to|(?:is|are) (?:entirely )?free to)|['’]re (?:entirely )?free to)(?:, [^,.;]{1,60},)? (?:at any time (?:and )?|from time to time |periodically )?(?:without (?:any |prior |advance )?notice (?:to (?:the |you |us )?(?:[a-zà-ɏ]+ )?)?)?(?:unilaterally )?(?:add(?:,| or| and| and/or) |(?:engage|appoint|add|use) (?:[a-z-]+ ){0,2}?sub ?processors (?:and|or) )?(?:modify|change|amend|revise|vary|update|reduce|lower|withdraw|discontinue|cut back|alter|adapt|adjust|remove|replace)(?:(?:,| or| and| and/or|, or|, and) (?:modify|change|amend|revise|vary|update|reduce|lower|withdraw|discontinue|cut back|alter|adapt|adjust|remove|add|replace)){0,2} (?:the |any |its |our |these |such )?(?:[a-z'-]+ ){0,3}?(?:service levels?|terms(?: of (?:service|use))?|(?:hourly |daily |day |subscription |service |monthly |annual )?(?:charges?|prices?|fees?|rates)|staffing|opening hours|features?|rate cards?|(?:service )?credits? (?:percentages|levels|amounts|regime|scheme|schedules?|tables?)|(?:list|register) of (?:[a-z]+ ){0,2}?(?:countries|locations|regions|sites|data (?:centres|centers))|(?:service |product )?catalogues?|(?:[a-z-]+ )?(?:calendars?|timetables?|rotas?)|(?:service |product )?catalogs?|price (?:lists?|schedules?)|(?:list|register) of (?:its )?(?:sub ?processors|(?:[a-z-]+ )?(?:devices|platforms|browsers|models))|(?:list|register|range) of (?:supported|approved|compatible|certified) [a-z-]+(?: [a-z-]+)?|sub ?processors|hosting locations|throughput|bandwidth|(?:connection |transfer |download |upload )?speeds?|rate limits?|quotas?|service descriptions?|(?:(?:storage|hosting|processing|data|server) )?locations? (?:at|in|where) which|slas?|response times?|resolution times?|processing times?|turnaround times?|delivery times?|refresh rates?|thresholds|polling intervals?|storage limits?|throughput limits?|limits|support hours|feature sets?|targets|functions?|security measures|(?:list|register|description|catalogue|schedule) of (?:[a-z-]+ ){0,4}?(?:measures|safeguards|controls)|measures|safeguards|annex(?:es)?(?: [a-z0-9]+)?|features|functionalit(?:y|ies)|functions|(?:device |asset )lists?|composition of the (?:[a-z]+ ){0,2}?services?|components? of the (?:[a-z]+ )?(?:catalogue|catalog|portfolio)|(?:functional )?scope|recovery (?:time|point) objectives?|rtos?|rpos?|(?:target )?(?:uptime|availability)(?: (?:targets?|figures?|percentages?))?|(?:uptime|availability|performance|support|service level) (?:levels?|commitments?))|(?:may|can) be (?:modified|changed|amended|revised|varied|updated|withdrawn|reduced|lowered|adapted|adjusted|increased|raised|altered) (?:by (?:us |it |the (?:[a-z]+ ){1,2}))?whenever (?:(?:it|we|they|the [a-z]+) (?:so )?(?:chooses?|wishes?|likes?|sees? fit|thinks? fit|decides?)|(?:its|our|their|the [a-z]+'s) (?:own )?(?:[a-z-]+ ){0,2}?(?:costs?|prices?|expenses?|overheads) (?:change|changes|rise|rises|increase|increases|go up|goes up))|(?:roadmaps?|product plans?|release schedules?),? which (?:may|can) (?:change|be changed|be revised)(?: at any time| without notice)|(?:any )?(?:revisions?|changes?|increases?) (?:of|to|in) (?:the )?(?:charges|fees|prices|rates|tariffs)(?: [a-z'-]+){0,16}? shall take effect from the date (?:mentioned|stated|specified|given|set out) in the notice|(?<=\b(?:we|the ${PROVIDER_WORD}) )(?:may|can|is entitled to|reserves the right to)(?: at any time)? (?:substitute|replace|swap|change|vary|modify|alter|revise|amend|update)\b[^.;]{0,140}? without (?:(?:prior|any|further|advance) )?(?:notice\b|(?:notice to|reference to|consulting|consultation with|informing|notifying|telling|(?:the )?consent of|(?:the )?approval of)(?: or (?:the )?(?:consent|approval|notice) (?:of|from|to))? (?:the|its|our|your) (?:client|customer|authority|buyer|council|department|agency|controller|purchaser|subscriber|trust|board)|the (?:client|customer|authority|buyer|council|department|agency|controller|purchaser|subscriber)['’]s (?:prior )?(?:consent|approval))|(?<=\b(?:we|the ${PROVIDER_WORD}) )(?:may|can) (?:change|modify|vary|revise|alter|adjust|raise|increase) (?:[a-z-]+ ){0,3}?(?:plans?|prices?|fees?|limits?|quotas?|features?|tiers?)\b(?=[^.;]{0,160}\b(?:at any time|without (?:any |prior |further )?notice|whenever (?:we|it) (?:like|likes|choose|chooses|wish|wishes)))|(?:may|can|reserves? the right to) (?:at any time )?(?:suspend|withdraw|discontinue|remove|change|modify|alter)(?:(?:,| or| and|, or|, and) (?:suspend|withdraw|discontinue|remove|change|modify|alter)){0,2} (?:(?:the|any|its|our|your) )?(?:[a-zà-ɏ'’-]+ ){0,4}?(?:features?|functions?|functionality|modules?|tools?)(?=[^.;]{0,120}\b(?:at any time|for any reason|without (?:any )?(?:further |prior )?(?:notice|reason|cause)|at (?:its|our) (?:sole |absolute |own )?discretion|whenever (?:it|we) (?:chooses?|wishes?|likes?)))|(?:may|can|we'll|we will) (?:at any time )?(?:shorten|reduce|cut|lower|change|alter|adjust|vary) (?:(?:the|your|its|our) (?:[a-z-]+ ){0,3}?(?:retention periods?|retention|storage periods?|history|backups?|allowances?|limits?|quotas?)|how (?:often|frequently|long|much|many))(?=[^.;]{0,120}\b(?:at any time|at will|if we need to|whenever (?:it|we)|at (?:its|our) (?:sole |absolute |own )?discretion|without (?:telling|notifying|informing|asking) (?:you|the [a-z]+)|(?:don't|do not) need (?:your|the [a-z]+'s) (?:consent|agreement|approval)))|(?:may|can) (?:engage|appoint|add|use|change|replace) (?:new |additional |other )?sub ?processors?\b[^.;]{0,120}?\b(?:is|are) not (?:required|obliged|bound) to (?:inform|notify|tell)|reserves? the right to (?:[a-z-]+ ){1,10}?and to (?:adjust|increase|change|vary|raise|revise) (?:the |its |our )?(?:[a-z-]+ ){0,3}?(?:charges?|fees?|prices?) accordingly|(?:may|can) (?:amend|change|vary|modify|alter|revise|reschedule) (?:the |its )?(?:[a-z-]+ ){0,3}?(?:schedules?|windows?|plans?|procedures?)\b[^.;]{0,80}? without (?:the )?(?:[a-z]+'s )?(?:consent|approval|agreement)|(?:may|can) (?:adjust|correct|modify|amend|override) (?:those |the |its |such )?(?:measurements?|data|figures|results|readings)\b[^.;]{0,80}? where (?:it|we|the [a-z]+) (?:considers?|deems?|thinks?|believes?)|(?:may|can) (?:[a-z]+, )*(?:[a-z]+ or )?(?:substitute|withdraw|reconfigure|replace|remove|change|retire|rename|reshape|redesign|restructure|discontinue) (?:any |the )?(?:components?|parts?|elements?|features?)\b[^.;]{0,80}? (?:without (?:seeking |obtaining )?(?:the )?(?:[a-z]+'s )?(?:consent|approval|agreement)|whenever (?:we|it|they) (?:like|likes|choose|chooses|wish|wishes|want|wants|please|pleases)\b)|reserves? the right to (?:substitute|replace|change|swap) (?:the |its |any )?(?:[a-z-]+ ){0,3}?(?:hardware|equipment|devices|components|software|models?)\b[^.;]{0,80}? (?:of its choosing|at any time|as it sees fit|at its discretion)|at any time,? without (?:telling|notifying|informing) (?:you|the customer|the client)|(?:can|may) (?:raise|increase|change|alter) (?:the |our |its |your )?(?:[a-z-]+ ){0,3}?(?:price|prices|fees?|charges?|rates?)(?= [^.;]{0,80}?\b(?:with no |without (?:any )?)(?:advance |prior )?(?:warning|notice)\b)|(?:may|can) unilaterally (?:modify|change|amend|revise|vary|update|reduce|lower|alter|adjust)|(?:reserves? the right to|may|can) (?:adjust|change|increase|raise|revise|modify) (?:[^\s.;,]+ ){0,3}?(?:fees|prices|charges|rates)(?= at (?:its|our|their) (?:sole |absolute |own )?discretion)|(?:may|can) (?:replace|reduce|scale back|downgrade|withdraw|remove)(?: or (?:replace|reduce|scale back|downgrade|withdraw|remove))? (?:the |its |any )?(?:[a-z-]+ ){0,3}?(?:measures|controls|safeguards|levels|features|services)(?=[^.;]{0,120}\b(?:unilaterally|without (?:notifying|telling|informing|consulting|notice|consent)))|(?:can|may) (?:lower|reduce|cut|limit) (?:the )?(?:number|amount|quota|limit|volume)(?= [^.;]{0,120}?\b(?:with no (?:advance |prior )?(?:notice|warning)|without (?:any )?(?:advance |prior )?(?:notice|warning)))|(?<=\b(?:we|the ${PROVIDER_WORD}) )(?:can|may) (?:lower|reduce|cut|limit) (?:the )?(?:number|amount|quota|limit|volume)(?= [^.;]{0,120}?\bif (?:we|it|they) (?:think|thinks|consider|considers|deem|deems|judge|judges|believe|believes) (?:it |this |that )?(?:to be )?(?:necessary|appropriate|fit|right|needed|prudent)\b)|(?<=\b(?:we|the ${PROVIDER_WORD}) )(?:may|can), without (?:(?:the )?[a-z]+['’]s (?:prior )?(?:written )?(?:consent|approval|agreement)|(?:any |prior |advance )?notice(?: to (?:you|the [a-z]+))?), (?:substitute|replace|swap|change|vary|modify|alter|revise|amend|update|reduce|withdraw|remove)\b|(?:can|may) (?:raise|increase|lower|reduce|change|alter|adjust)(?: or (?:raise|increase|lower|reduce|change|alter|adjust))? (?:[^\s.;,]+ ){0,3}?(?:prices|fees|charges|rates)(?= [^.;]{0,40}?\b(?:as (?:and when )?(?:we|it|they) (?:sees?|thinks?) fit|at (?:its|our|their) (?:sole |absolute |own )?discretion|whenever (?:we|it|they)\b))|(?:prices|fees|charges|rates)(?: [a-z-]+){0,6}? (?:can|may) change (?:at (?:our|its|their) (?:sole |absolute |own )?discretion|whenever (?:we|it|they)\b)|(?<=\b(?:supplier|provider|contractor|vendor|processor|we|company|operator|host) )(?:may|can) (?:alter|change|modify|vary|amend|replace)(?= (?:the |its |our )?(?:[^\s.;,]+,? ){1,20}?(?:as (?:and when )?(?:it|we|they) (?:sees?|thinks?) fit|at (?:its|our|their) (?:sole |absolute |own )?discretion))|(?:may|can) (?:revise|amend|modify|change|update|vary)(?= (?:the |its |our |any )?(?:[^\s.;,]+,? ){0,10}?(?:periods?|percentages?|levels?|thresholds?|credits?|specifications?|fields?|limits?|hours|times)\b[^.;]{0,80}?\b(?:whenever (?:it|we|they)\b|at any time|without (?:obtaining |seeking )?(?:the )?[^\s.;,]+['’]s (?:prior )?(?:written )?(?:consent|approval)))|(?:our )?(?:prices?|pricing|fees?|charges?|rates?) [^.;]{0,80}?(?:may|can|might) (?:go up or down|rise or fall|move up or down|change at any time)|(?:may|can) put up (?:the |our |its |your )?(?:[a-z-]+ ){0,4}?(?:prices?|fees?|charges?|rates?)|may be (?:[a-z]+(?:,| or| and) ){0,3}?(?:withdrawn|removed|discontinued|changed|modified) by us at any time|may (?:change|move|relocate) the locations? of (?:the |its )?(?:data cent(?:re|er)s?|hosting)[^.;]{0,80}? without (?:informing|notifying|telling|notice to)|may substitute [^.;]{0,80}? at any time and without notice|may (?:substitute|swap|replace|change|switch) [^.;]{0,120}? at (?:its|their|our) (?:own |sole |absolute )?(?:option|discretion|choice|convenience),? and without (?:(?:prior |any |advance )?notice|informing|notifying|telling|consulting)`,
    judge: { kind: 'unilateral' },
  },
  {
    id: 'use-as-order',
    code: 'verbal-agreement',
    phrases: ['keeps using an additional service after the Provider has begun to deliver it'],
    why: VERBAL_WHY,
    advice: "name the written instrument that orders extra services (a signed order form or change order), and who may sign it",
    replacement: '${1:once the Customer has ordered it in a signed order form}',
    fix: 'none',
    pattern: String.raw`(?:keeps?|keep|keeping|continues?|continue|continuing) (?:using|to use) (?:it|them|the [a-z-]+(?: [a-z-]+)?) after (?:the |a |an |each |any )?(?:[a-z-]+ ){0,2}?(?:demonstrations?|demos?|webinars?|calls?|meetings?|workshops?|presentations?|visits?)|(?:continued|continuing) use (?:of (?:the |its |their |your |our )?(?:[a-z-]+ ){0,3}?)?after (?:the |a |an |each |any )?(?:[a-z-]+ ){0,2}?(?:demonstrations?|demos?|webinars?|calls?|meetings?|workshops?|presentations?|visits?|conversations?)|(?:keeps?|keeping|continues?|continuing) (?:using|to use) (?:an? |the |any )?(?:additional|new|extra|further|upgraded|added) (?:[a-z-]+ ){0,3}?(?:services?|modules?|features?|tiers?|products?|licen[cs]es?|seats?|nodes?|instances?|servers?|devices?|users?|storage|capacity)`,
    judge: { kind: 'informal-effect' },
  },
  {
    id: 'as-parties-negotiate',
    code: 'agreement-to-agree',
    phrases: ['such fees as the Provider and the Subscriber may negotiate', 'on terms the Supplier and the Agency may agree'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the fees set out in ${2:Schedule B}}',
    fix: 'none',
    pattern: String.raw`(?:as|that|which) (?:the )?(?:[a-z]+ ){0,2}?[a-z]+ and (?:the )?(?:[a-z]+ ){0,2}?[a-z]+ (?:(?:may|will|shall|might|can|are yet to|have yet to|are still to|are to) )?(?:(?:later|subsequently|jointly|mutually|then|from time to time) )?(?:agree|negotiate|determine|decide|settle|fix|set|arrive at|come to|(?:arrange|work out|sort out) between (?:them|themselves)|(?:specify|define|set out|record|document)(?= in (?:a|an) (?:later|future|subsequent|separate|further)\b))(?! (?:that|to (?!(?:a|an|the) )))|to be (?:established|determined|fixed|set|worked out|decided) (?:jointly |mutually )?by (?:the )?(?:[a-z]+ ){0,2}?[a-z]+ and (?:the )?(?:[a-z]+ ){0,2}?[a-z]+|as (?:negotiated|agreed|settled|determined|arranged|worked out) between (?:the |our |your |its )?(?:[a-z'-]+ ){0,3}?[a-z]+ and (?:the |our |your |its )?(?:[a-z'-]+ ){0,3}?[a-z]+`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'by-agreement-later',
    code: 'agreement-to-agree',
    phrases: ['will be scoped and priced by agreement between the parties', 'shall be fixed by mutual agreement'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the terms set out in ${2:Schedule B}}',
    fix: 'none',
    pattern: String.raw`(?:will|shall|are to|is to|must) be (?:as )?[a-z]+ed(?: (?:through|out|up))? (?:under|through|in|via|following|after) (?:a |an )?(?:(?:separate|further|later|future|subsequent|new|mutual|joint|good faith) )?(?:negotiations?|discussions?|consultations?) (?:between|among|with) (?:the |both )?(?:parties|(?:[a-z]+ ){1,2}and (?:the )?[a-z]+)|(?:by|through) (?:mutual )?consensus,? (?:reset|set|fix|agree|determine|decide|revise|adjust|establish)|(?:will|shall|are to|is to|must) be (?:[a-z]+ed|laid|drawn|set|worked|written) (?:down|up|out) (?:later |subsequently |then )?by (?:mutual |common |joint )?(?:agreement|accord|consent)|(?:will|shall|are to|is to|must) be [a-z]+ed (?:later |subsequently |then )?by (?:mutual |common |joint )(?:accord|consent)|(?:will|shall|are to|is to|must) be (?:[a-z]+ed )(?:(?:annually|yearly|periodically|each year) )?(?:and [a-z]+ed )?(?:later |subsequently |then )?by (?:mutual |further |separate |later |common |joint )?agreement|(?:will|shall|is to|are to) be (?:the )?(?:result|outcome|subject) of (?:(?:a|further|separate|later) )?(?:negotiations?|discussions?) between|subject to (?:a |an )?(?:future|later|separate|further|subsequent) (?:arrangement|agreement|discussion|negotiation)s? (?:between|with)|(?:governed|covered|regulated) by (?:[a-z-]+ ){0,2}?(?:terms|arrangements|agreements?|clauses) to be (?:put in place|agreed|concluded|drawn up|entered into|negotiated|settled)|(?:shall|will) be (?:identified|agreed|determined|selected|decided|defined|set|fixed) in consultation with (?:the )?[A-Za-z]+ (?:as (?:the )?(?:contract|project|work|services?|call off) (?:progresses|proceeds|develops)|at a later (?:date|stage)|in due course|later)|(?:are|is) (?:set|fixed|defined|specified|laid down|set out) in (?:a|an) (?:separate|future|later|subsequent|further|new) (?:[a-z-]+ )?(?:agreement|contract|order|addendum|document)s? (?:that |which )?(?:we|the parties|you and we)(?:'ll| will| shall) (?:sign|conclude|agree|enter into)|(?:will|shall|is to|are to) be (?:dealt with|handled|covered|addressed) by (?:a )?(?:separate|further|later|mutual|subsequent) agreement|(?:is|are) to be (?:completed|agreed|prepared|drawn up|finali[sz]ed|populated) jointly|(?:is|are) to be (?:adopted|agreed|settled|drawn up|approved) (?:jointly )?by (?:the |both )parties (?:before|by|within|during)|we(?:'ll| will) (?:let you know|tell you|confirm) (?:the )?(?:figure|price|rate|fee|amount|discount)s? (?:nearer|closer to|before) (?:the )?(?:time|season|date|start)|(?:is|are) to be (?:attached|appended|annexed|inserted|added) as (?:schedule|annex|appendix|exhibit|attachment) [0-9a-z]+ (?:once|when|after) (?:finali[sz]ed|agreed|settled|approved) (?:by|between) (?:the |both )parties|(?:will|shall|is to|are to) be (?:the )?subject of (?:a |an )?(?:supplementary|separate|further|later|subsequent|future|new) (?:[a-z]+ )?(?:agreement|addendum|amendment|contract|side letter)|(?:will|shall|is to|are to) be (?:the )?subject of (?:(?:further|separate|later|renewal|good faith) ){1,2}(?:negotiations?|discussions?|talks)(?= (?:commencing|starting|beginning|to be held|held|opening|to begin|to start)\b)|(?:prices?|fees?|rates?|charges?|costs?) (?:[a-z-]+ ){0,8}?(?:shall|will|are to|is to) be arrived at(?: (?:between|of|among) (?:the |both )?parties)?|(?:fixed|set|determined|decided|settled|established|priced|revised|adjusted) by (?:mutual|common|joint) (?:agreement|accord|consent)|(?:to be |be )?(?:determined|agreed|decided|developed|ascertained|established|defined|designed|set|drawn up|prepared|worked out) jointly (?:with|by|between)|(?:shall|will|is to|are to) be (?:as )?(?:determined|decided|agreed|set|fixed|settled|approved|specified) by (?:the )?(?:joint|steering|governance|partnership)(?: [a-z]+){0,2} (?:board|committee|group|forum|panel)`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'staff-statement',
    code: 'verbal-agreement',
    phrases: ['the flat rate the technician quotes on site', 'any discount our installer promises at setup will be honoured'],
    why: VERBAL_WHY,
    advice: 'write the price or promise into the contract or an order, or require it to be confirmed in writing',
    replacement: '${1:the rate set out in ${2:the price list}}',
    fix: 'none',
    pattern: String.raw`(?:rates?|prices?|pricing|fees?|charges?|amounts?|discounts?|rebates?|refunds?|reductions?|offers?|guarantees?|warrant(?:y|ies)|estimates?|dates?|deadlines?|times?|credits?|terms?)(?: (?:on|for) (?:[a-z-]+ ){0,2}?[a-z-]+)?(?: (?:that|which))? (?:the |our |its |your |their |an? |any )?(?:[a-z]+ ){0,4}?(?:technicians?|engineers?|installers?|staff(?: members?)?|representatives?|reps?|account (?:managers?|executives?)|sales (?:executives?|reps?|team|staff)|executives?|consultants?|salespeople|salesperson|agents?|employees?|(?:managing|sales|regional|commercial) directors?|chief executives?|founders?|ambassadors?) (?:quotes?|quoted|states?|stated|names?|named|gives?|gave|tells?|told|promises?|promised|offers?|offered|mentions?|mentioned|agrees?|agreed|confirms?|confirmed|approves?|approved|grants?|granted)|(?:rates?|prices?|pricing|fees?|charges?|discounts?|quotes?|refunds?|(?:refund |fee )?exceptions?|waivers?) (?:quoted|offered|promised|given|stated|confirmed|granted|agreed|approved)(?: to you)? by (?:our|the|its|their) (?:[a-z]+ ){0,2}?(?:staff|team|technicians?|engineers?|representatives?|reps?|agents?|employees?|consultants?)`,
    judge: { kind: 'oral' },
  },
  {
    id: 'discussed-then-binding',
    code: 'verbal-agreement',
    phrases: ['service levels discussed during your free consultation will apply', 'the allowances described at the onboarding session apply in place of any limits'],
    why: VERBAL_WHY,
    advice: 'write what was discussed into the contract, or make it apply only once confirmed in writing',
    replacement: '${1:the terms set out in ${2:Schedule 1}}',
    fix: 'none',
    pattern: String.raw`(?:discussed|described|describes|explains|presents|outlines|explained|presented|outlined|promised|shown|demonstrated|demonstrates?|talked about|understood|points? out|pointed out|identifies|identified|indicates|indicated|shows|showed|mentions|mentioned|asks? for|asked for|say|says|said|requested)(?: [a-z\x27’]+){0,8}? ${WEAK_MANNER}|(?:demonstrated|shown|promised|described|mentioned) (?:to [a-z\x27’ ]{1,40}? )?by (?:our|its|their|the [a-z]+['’]s) (?:sales ?people|salespeople|sales (?:staff|team|reps?|representatives?)|account managers?)|(?:our|its|their|the [a-z]+['’]s) (?:sales ?people|salespeople|sales (?:staff|team|reps?|representatives?)|account managers?|founder) (?:showed|demonstrated|promised|described|mentioned|offered)|promised to you by (?:a|an|the|our) (?:shop assistant|cashier|member of staff|staff member|field staff|engineers?|installers?|technicians?)|(?:outlined|described|shown|promised) in (?:the|our|its|a) (?:[a-z'’]+ ){0,3}?sales (?:presentation|pitch|deck|demo)|discussed with (?:the |our |its )?(?:[a-z'’]+ ){0,3}?sales team before (?:signature|signing|contract)`,
    judge: { kind: 'binding' },
  },
  {
    id: 'in-a-later-document',
    code: 'agreement-to-agree',
    phrases: ['will be set out in an order form the parties will sign later', 'shall be specified in a separate agreement to be concluded'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the fees set out in ${2:Schedule B}}',
    fix: 'none',
    pattern: String.raw`(?:will|shall|are to|is to) be (?:regulated|governed|laid down|set out|spelled out|spelt out|specified|stated|listed|recorded|documented|included|defined|determined|fixed) (?:by the parties )?in (?:an?|some|the) (?:(?:separate|future|later|subsequent|further|new) )?(?:[a-z]+ ){0,2}?(?:order(?: form)?|agreement|contract|document|schedule|sow|statement of work|amendment|addendum|annex|exhibit|quote|quotation|proposal|offer|manual|handbook|protocol|procedure|sla|service level agreement)s?|(?:will|shall) be (?:set out|covered|documented|recorded|agreed) (?:in|by) a (?:separate )?(?:side letter|sla|service level agreement|agreement) (?:that|which) (?:we|the parties)(?: will|['’]ll| shall) (?:sign|agree|conclude|enter into)|(?:will|shall|are to|is to) be (?:set out|covered|documented|recorded|listed|defined|specified) in (?:an?|the) (?:[a-z-]+ ){0,2}?(?:runbook|plan|manual|handbook|document|procedure|playbook|schedule|annex|addendum) (?:that|which) (?:we|the parties|both parties|the [a-z]+ and the [a-z]+)(?: will|['’]ll| shall| are to| is to) (?:work up|draw up|work out|prepare|develop|put together|agree|write)(?: together| jointly)?`,
    judge: { kind: 'defer', strength: 'weak' },
  },
  {
    id: 'reach-agreement-on',
    code: 'agreement-to-agree',
    phrases: ['with the aim of reaching a new agreement on service charges', 'to negotiate a mutually acceptable change order', 'on mutually agreeable terms', 'is a matter for the first steering committee to resolve'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the terms set out in ${2:Schedule B}}',
    fix: 'none',
    pattern: String.raw`(?:prices?|fees?|rates?|terms|charges?|costs?) (?:that )?(?:we|you)(?:'ll| will| shall)? (?:(?:quote|propose|set|calculate) and )?(?:agree|settle|negotiate|work out|arrive at|discuss|talk through|go through)(?: (?:on|upon))? with (?:you|us)|(?:we|you)(?:'ll| will| shall) (?:discuss|agree|negotiate|settle|work out) (?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:limits?|quotas?|allowances?|caps?|levels?)(?: and (?:its |their |the )?(?:price|pricing|fees?|cost|rate))? with (?:you|us)|(?:we|you)(?:'ll| will| shall) (?:talk through|go through|discuss|work out|agree|negotiate|settle) (?:the |an? )?(?:(?:custom|bespoke|tailored|separate|individual|special) )?(?:terms|costs?|prices?|pricing|fees?|charges?|rates?|quotes?|quotations?)(?: and (?:the )?(?:terms|costs?|prices?|pricing|fees?|charges?|rates?|timelines?|timing))? with (?:you|us)|(?:is|are) (?:worked out|agreed|negotiated|settled|arranged) with each (?:[a-z]+ ){0,2}?[a-z]+ (?:individually|separately|case by case)|(?:that|which) (?:we|the provider|the supplier) (?:set|agree|negotiate|settle|work out|fix|arrange) with each (?:[a-z]+ ){0,2}?[a-z]+ (?:individually|separately|case by case)|(?:is|are) (?:worked out|agreed|negotiated|settled|arranged) with you (?:individually|separately|case by case)|(?:is|are|will be) (?:something|a matter|an item|a point) (?:that )?(?:we|you)(?:'ll| will| shall)? (?:agree|settle|negotiate|work out|discuss|decide|talk through|go through)(?: (?:on|upon))? (?:with (?:you|us|the [a-z]+|each (?:[a-z]+ )?[a-z]+|(?:our|your|the) (?:sales|account|commercial) (?:team|department|representatives?|managers?|staff))|together)|(?:pricing|prices?|fees?|rates?|charges?|discounts?) (?:[a-z0-9,'-]+ ){0,8}?(?:is|are) (?:worked out|agreed|negotiated|settled|arranged) (?:individually |separately |case by case )?with (?:our|the|your) (?:sales|account|commercial) (?:team|department|representatives?|managers?|staff)|as (?:they|both of them|the two of them) (?:may |shall |will )?(?:(?:later|subsequently|jointly|mutually|then) )?(?:agree|determine|decide|settle)(?! otherwise)(?! (?:that|to (?!(?:a|an|the) )))|(?:the |both )parties (?:will|shall|agree to) take such (?:action|steps) as (?:may be|is|are) (?:needed|necessary|required) to amend|(?:be |is |are )?as (?:negotiated|agreed|determined|settled) between (?:the )?(?:[a-z]+ ){1,3}?and (?:the )?[a-z]+|(?:be|is|are) as (?:the |both )?parties (?:may |shall |will )?(?:(?:later|jointly|mutually|subsequently|from time to time) )?(?:agree|determine|decide|settle|fix|set)|as (?:the |both )?parties (?:may |shall |will )?(?:later|subsequently|from time to time|hereafter) (?:agree|determine|decide|settle)|(?:is|are|will be|shall be|remains?) (?:a |an )?(?:topic|matter|subject|item|question|issue)s? for (?:the |a |an |its )?(?:[a-z]+ ){0,2}?(?:steering|governance|joint|project|partnership|change|contract management) (?:committee|board|group|forum|meeting) to (?:resolve|decide|determine|settle|agree(?: on| upon)?|fix)|(?:joint|steering|governance) (?:[a-z]+ )?(?:committee|board|group|forum) (?:will|shall) (?:settle|determine|agree|decide|fix|set)(?= [^.;]*\b(?:once|after|when|later|in due course)\b)|come to terms|whatever (?:it|they|the parties|both parties|the [a-z]+) (?:may )?(?:subsequently |later |then )?(?:agrees?|settles?|negotiates?) with|(?:whatever|(?:on )?such (?:[a-z]+ ){0,2}?as) (?:they|the parties|both parties|both of them) (?:may |will |shall |might |can )?(?:(?:later|then|jointly|mutually|subsequently) )?(?:agree|settle|negotiate|decide|determine|fix|set|work out|arrange|choose|select)|(?:reserves? the right|is entitled|are entitled|has the right|have the right|may) to (?:re)?negotiate (?:the )?(?:[a-z]+ )?(?:terms|prices?|pricing|fees?|rates?|charges?|service levels?|scope)|at (?:a|such) (?:rate|price|fee|charge) (?:that |which |as )?(?:you|your (?:[a-z]+ )?[a-z]+|the (?:[a-z]+ )?[a-z]+) (?:agrees?|settles?|negotiates?) with (?:us|you) (?:later|subsequently|at the time|in due course)|(?:reach|reaching|conclude|concluding|negotiate|negotiating|seek|seeking|enter into|entering into) (?:a |an )?(?:new |revised |further |separate |fresh |mutual )?agreement (?:on|about|regarding|as to|in respect of|for|over)|(?:a )?matters? for (?:review and )?(?:further |separate |later |future |mutual )?(?:agreement|negotiation|discussion|decision)|an? mutually (?:agreed|agreeable|acceptable)(?: upon)? (?:date|time|day|schedule|timetable|price|fee|rate|amount|scope|plan|level|start date)|(?:will|shall|are to|is to) be quoted(?: and [a-z]+ed)?(?: for)? separately|(?:are|is) (?:agreed|settled|negotiated|determined|fixed) between (?:the |both )?parties (?:before|prior to|at the time of|ahead of)|(?:is|are|will|shall) (?:to )?be (?:completed|filled in|finali[sz]ed|populated|drawn up|prepared|attached) (?:during|in the course of|as part of) (?:the )?(?:contract )?negotiations?|mutually (?:acceptable|agreeable|satisfactory) (?:[a-z]+ )?(?:terms|prices?|pricing|fees?|rates?|charges?|change orders?|schedules?|dates?|plans?|amendments?|solutions?|resolutions?|arrangements?|adjustments?|basis|compensation|levels?|timetables?|scope)`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'parties-discuss-terms',
    code: 'agreement-to-agree',
    phrases: ['the parties shall meet to discuss the change and amend the terms', 'the parties will discuss in good faith how the objection might be resolved'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the following applies: }',
    fix: 'none',
    pattern: String.raw`(?:terms|conditions|basis)(?: that| which)? (?:the |both )?parties (?:will|shall) (?:discuss|negotiate)(?: in good faith)?|(?:the )?[a-z]+ and (?:the )?[a-z]+ (?:will|shall|are to) discuss (?:in good faith )?(?:an? |the )?(?:[a-z-]+ ){0,2}?(?:mechanisms?|arrangements?|procedures?|protocols?|solutions?|schemes?|allocation|apportionment)|(?:the |both )parties (?:will|shall|are to) discuss (?:in good faith )?(?:the|an?) (?:(?:fair|equitable|reasonable) )?(?:allocation|apportionment|sharing|split|division) of|(?:the |both )parties (?:will|shall|are to) discuss (?:an? |the )?(?:supplementary|separate|further|additional|new|suitable|appropriate) (?:[a-z-]+ ){0,3}?(?:mechanisms?|arrangements?|agreements?|terms|procedures?|protocols?|solutions?|plans?|addend(?:um|a))|(?:the |both )parties (?:will|shall|must|are to) (?:discuss|consult|confer|talk)(?: [a-z\x27’,-]+){0,12}? and (?:agree(?: on| upon)?|settle|reach (?:terms|agreement)|decide|fix|determine)(?! (?:that|to (?!(?:a|an|the) )))|(?:(?:the |both )parties|(?:the )?[a-z]+ and (?:the )?[a-z]+) (?:will|shall|must|are to|agree to) (?:(?:promptly|then|first|jointly|together) )?(?:meet (?:and|to) )?(?:discuss|consult|confer|negotiate|work together)(?: (?:[a-z\x27’,]+ ){0,8}?(?:how|whether|what|which(?! of (?:them|us|you|the parties))|amend|amendment|adjust|adjustment|vary|variation|revise|revision|change the|changes to|resolve|resolution))|(?:will|shall|are to|agree to|undertake to) (?:enter into|hold|open|begin|start|have) (?:discussions|talks|negotiations|consultations) (?:on|about|regarding|concerning|over)|(?:we|the provider|the supplier|the contractor|the vendor) (?:will|shall) (?:discuss|agree|negotiate) (?:an? |the |any )?(?:[a-z-]+ ){0,2}?(?:fees?|prices?|pricing|charges?|rates?|costs?|terms) with (?:you|the customer|the client|the buyer|the licensee)|(?:will|shall) review (?:[a-z-]+ ){0,4}?(?:together|jointly) and (?:decide|agree|determine|settle)|(?:will|shall|are to|(?:we|you|they)'ll) (?:then )?(?:talk|speak) (?:about|through|over) (?:the |possible |any |new |revised |further )*(?:terms|prices?|pricing|fees|charges|renewal|extension|scope)`,
    judge: { kind: 'defer', strength: 'relative' },
  },
  {
    id: 'whatever-agreed',
    code: 'agreement-to-agree',
    phrases: ['the credit will be whatever figure the parties later settle', 'the price will be whatever is negotiated before the change order is signed', 'the service levels will be those the buyer and seller agree after the order'],
    why: AGREE_WHY,
    advice: AGREE_ADVICE,
    replacement: '${1:the agreed value}',
    fix: 'none',
    pattern: String.raw`(?:be|is|are|at|in) such (?:amount|sum|figure|rate|price|fee|level|number|percentage)s? as may (?:later |subsequently |from time to time )?be agreed\b|whatever (?:(?:we|you|the parties|they) (?:both|together|jointly)|the two of us|both of us) (?:later |then |each year |each time )?(?:settle on|settle upon|agree on|agree upon|agree|decide on|work out|arrive at)(?= (?:will|shall) (?:then )?(?:apply|govern|prevail|take effect)\b)|in (?:a|an) (?:[a-z-]+ ){0,2}?(?:rate card|price list|schedule of rates|tariff|quote|quotation|proposal) (?:that|which) (?:the [a-z]+|we|you) (?:will|shall)(?: later)? (?:issue|prepare|produce|draw up|propose|send|publish) and (?:the [a-z]+|we|you) (?:will|shall|must) (?:need to |have to )?(?:accept|approve|agree)|(?:shall|will|is to|are to) (?:consider|decide|determine|review|assess)\b[^.;]{0,200}?\bwhether\b[^.;]{0,200}?\band,? if so,? (?:in|at|for|on|of) what (?:amount|price|rate|fee|level|cost|sum|terms)|(?:at|to|follows?|be) (?:whatever|such) (?:level|amount|figure|price|rate|sum|number|value)s? (?:as )?(?:that |the |a |any )?(?:joint )?(?:committee|board|group|panel|forum|parties|two parties|two sides|both sides|sides) (?:may )?(?:later )?(?:agrees?|decides?|settles?|determines?)|(?:is|are|will be|shall be|remains?) (?:a )?matters? for (?:the )?(?:two |both )?(?:parties|sides) to (?:discuss|agree|settle|negotiate|decide|work out)|(?:will|shall|is to|are to) be (?:allocated|apportioned|divided|shared|settled|determined|fixed|set|defined|regulated|specified) (?:between (?:the |both )?parties |between (?:the )?[a-z]+ and (?:the )?[a-z]+ )?(?:by|in) (?:a |an )?(?:later|subsequent|separate|further|future) (?:written )?agreement|(?:will|shall|is to|are to) be (?:whatever|those|such|what) (?:[a-z']+ ){0,5}?(?:later |subsequently |then |jointly |eventually |mutually )?(?:agree|agreed|settle|settled|negotiate|negotiated|decide|decided|determine|determined|work out|worked out)|(?:in )?(?:a|such|the) (?:form|format|manner|medium)(?: and (?:form|format|manner|medium))? (?:as |that )?(?:the parties|both parties|they) (?:may )?(?:reasonably |mutually |later )?(?:agree|settle)|(?:agreed|confirmed|set|fixed|decided|priced|quoted|determined|arranged) (?:on an? )?(?:job by job|case by case|project by project|job basis|case basis)|may (?:seek to )?renegotiate|(?:keeps?|retains?|reserves?) the right to renegotiate|in (?:whatever|such) (?:form|format|manner|way|medium) (?:as )?(?:the parties|both parties|they|the parties may) (?:may )?(?:later |jointly |mutually )?agree|with a view to (?:agreeing|reaching (?:an? )?agreement)|(?:will|shall) be as (?:mutually |jointly )?(?:agreed|determined|decided|settled) (?:by|between) the parties|(?:will|shall) be as (?:subsequently|later|hereafter|thereafter) (?:agreed|determined|decided|settled|fixed) (?:by|in) (?:(?:written|mutual|separate|further) )?(?:agreement|accord)|(?:will|shall) be as (?:subsequently|later|hereafter|thereafter) (?:agreed|arranged|settled|worked out) between|(?:prepare|develop|draw up|produce|establish) (?:a|an|the) mutually agreed|(?:at|on|in|within) (?:a|an) mutually agreed (?:timeframe|time|frequency|interval|schedule|period|timescale)|(?:draw up|prepare|produce|develop|work out) (?:a |an |the )?(?:[a-z]+ ){0,3}?(?:that is |which is )?(?:mutually )?(?:acceptable|agreeable) to (?:both(?: parties| of them| sides)?|them|each other)|(?:is|are) negotiated (?:individually|separately|case by case|on a case by case basis)|will be (?:reviewed|revisited) and (?:an? |the )?(?:new |revised |fresh )?(?:[a-z-]+ ){0,2}?(?:prices?|fees?|rates?|charges?|terms?) (?:re)?negotiated|(?:will|shall) be as (?:[A-Za-zÀ-ɏ'’]+ ){1,8}?(?:subsequently|later|hereafter|thereafter) (?:agree|settle|determine|decide|fix)`,
    judge: { kind: 'defer', strength: 'phrase' },
  },
  {
    id: 'informal-effect',
    code: 'verbal-agreement',
    phrases: [
      'may be cleared on the phone by the duty engineer, and a visit so cleared counts as covered',
      'a change order counts as approved as soon as the client okays the quote',
      'may add a delivery site simply by telling the account manager',
      'work gets under way once the client has agreed to it by email, by post or over the telephone',
      'customers can simply tell their account manager before the renewal date, and we will put the change through',
      'each job requested on such a call is charged at the published rates',
    ],
    why: VERBAL_WHY,
    advice: 'name the written instrument that gives the step its effect (a signed change order, an e-mail from a named person), and who may sign it',
    replacement: '${1:once the Customer has approved it in writing}',
    fix: 'none',
    pattern: String.raw`(?:has|have) attended (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:demonstration|demo|presentation|walkthrough|walk through|site visit|workshop)|after (?:discussing|talking through|talking over) (?:it|this|them|the [a-z]+) (?:informally |orally |verbally )?with (?:the |your |our )?(?:customer|client|authority|supplier|provider|contractor|account manager|[A-Z][a-z]+)|(?:on|over|by|via) (?:the )?(?:tele)?phone(?! (?:number|line|support|helpline|hotline|desk))|(?:just |simply |only )?by (?:phoning|telephoning|ringing|calling|telling|speaking to|talking to)|on (?:a|the|one of the|any) (?:[a-z]+ ){0,3}?calls|(?:during|in|on) (?:a|the|any) (?:[a-z]+ ){0,4}?call(?! off\b)|phoned|texted|whatsapped|telephonically|(?:has|have) rung|rang|rings? you|calls you|phones you|(?:just |simply )?by letting (?:your|our|the) (?:[a-z-]+ ){0,3}?(?:manager|team|rep|representative|contact) know|(?:a |an |one )?(?:quick |short |simple )?(?:whatsapp|text|sms)(?= from\b)|(?:texting|messaging|phoning|ringing|calling) (?:your|our|the) (?:[a-z-]+ ){0,3}?(?:manager|team|rep|representative|agent|contact)|(?:the parties'|their|its|our|the|that|this|such|an|a) (?:${SETTLED} ){1,2}(?:practice|pattern|custom|habit|way of working)s?|(?:has|have)(?:, [^,.;]{1,60},)? (?:historically|traditionally|always|previously|customarily|routinely|regularly|habitually) (?:been )?(?:[a-z]+ed(?: out)?|done|given|made|sent|paid for)|(?:by|under|in line with|in accordance with|following|per) (?:the parties' |their |its |our |the |an? )?(?:${SETTLED} ){1,2}(?:practice|pattern|custom|habit)s?|(?:during|in|at) (?:a|an|the|any) (?:[a-z]+ ){0,2}?(?:presentations?|demonstrations?|demos?|pitch(?:es)?|briefings?)|(?:in|via|through|by|over|on) (?:a |an |the |any |its |their |our |your )?(?:[a-z-]+ ){0,3}?chat(?: (?:messages?|threads?|conversations?|sessions?|channels?|windows?))?(?![a-z])|(?:in|via|through|by) (?:a |an |the )?(?:microsoft )?teams (?:messages?|chats?|threads?|posts?)|instant message (?:threads?|conversations?)|(?:the |a |an |any )?(?:[a-z-]+ ){0,2}?instant messaging (?:channel|group|thread|app|tool)s?|(?:in|during|at|by|via|over) (?:a|an|the|any) (?:[a-z-]+ ){0,2}?(?:video|tele|web) ?conferences?|(?:in|at|during) (?:a|an|the|its|their|our|any) (?:[a-z'-]+ ){0,3}?(?:check ins?|stand ups?|catch ups?|syncs?)(?![a-z])|(?:in|at|during) (?:[a-z'-]+ ){0,2}?(?:check ins|stand ups|catch ups)(?![a-z])|in person(?![a-z])|from the bench|(?:at|during|in) (?:the |a )?(?:[a-z]+ )?(?:steering|project|programme|governance) (?:committee|board)(?: meetings?)?(?= (?:shall|will|is|are|form|forms)\b|,)|(?:by|over|via|on) (?:the )?(?:two way |ranger |site |vhf |uhf |handheld |field |shift |operations |control room |(?:[a-z]+ )?(?:company|internal|private|trunked) )?radio(?: (?:network|channel|link|system)s?)?|in (?:a|an|the) (?:casual|informal|quick|brief|friendly|passing|verbal|oral) (?:exchange|word|remark|aside)s?|(?:a|one|any) (?:quick |brief |verbal |single )?word from|(?:an? |the )?(?:instant|text|chat|whatsapp|slack|teams|sms) messages? (?:go ahead|approval|ok|okay|sign off|consent)s?|(?:a|the|any|this|that|such) course of conduct|(?:during|on|at) (?:a|an|the|any) (?:[a-z-]+ ){0,2}?visits?(?![a-z])|while (?:he|she|they|it|the [a-z]+) (?:is|are) on (?:the )?(?:premises|site)|(?:a |the )?(?:tele)?phone (?:call|order)s?|(?:engineer|technician|representative|agent|staff|manager|consultant|salesperson)s? (?:tells?|told) (?:you|the (?:customer|client))|in conversation|at (?:their|the|our|its|any|a) (?:[a-z]+ ){0,3}?meetings?|or (?:by )?(?:tele)?phone|(?:given|placed|issued|made) (?:orally|verbally)|face to face|(?:talked|talked through|discussed|agreed|settled|arranged) (?:through )?with (?:you|the customer|the client)(?= (?:beforehand|before|in advance|while|during|at)\b)|discussed with the (?:customer|client)|(?:discussed|mentioned|promised|offered|talked about) (?:orally |verbally )?with (?:[a-z'’-]+ ){1,5}?at (?:the|its|their|our|a|an) (?:[a-z-]+ ){0,2}?(?:office|offices|premises|depot|branch|showroom|stand|booth|counter|reception|garage|yard)(?![a-z])|(?:from|in|during) (?:that|the|this) conversation|okay(?:s|ed|ing)?|ok'?d|(?:handled|dealt with|agreed|approved|settled) informally|(?:says?|said) (?:they are|it is|that they are) (?:happy|content|fine|satisfied)|orders?, (?:whether )?(?:oral|verbal) or written|orders?, (?:whether )?written or (?:oral|verbal)|whatever you tell us|(?:during|in|on|at) (?:a|the|any) (?:tele)?phone (?:appointment|conversation|discussion|session|consultation|call|meeting)s?|(?:in|during) (?:a|an|the|any) (?:[a-z]+ ){0,3}?meetings?|(?:over|via|by|through) (?:instant |direct )?messaging|(?:an? |any |the )?(?:slack|teams|whatsapp|telegram|signal|sms|text|chat|instant|line|kakaotalk|kakao|zalo|imessage|viber) messages?(?= (?:from|to|by|sent|posted|asking|requesting|approving|confirming)\b)|through (?:the |a |its |their |our )?(?:[a-z'-]+ ){0,2}?(?:hotline|helpline|help desk|helpdesk|phone line|telephone line)|(?:through|via|over|by) (?:an? |the )(?:[a-z]+ )?(?:chat |instant |text )?messages?(?![a-z])|(?:viewed|attended|seen|watched) (?:a |the )?(?:[a-z-]+ )?(?:demonstrations?|demos?|presentations?)|at (?:the |a )?(?:[a-z-]+ )?(?:reception|front desk|counter|booth)(?![a-z])|(?:by|via|over|on|in) (?:a |an )?(?:whatsapp|sms|text|slack|teams|signal|telegram) messages?|(?:through|via|by|over|on) (?:whatsapp|telegram|slack)(?: or (?:whatsapp|telegram|slack|sms|text))?|in (?:a|an|the|our|your|their) (?:[a-z]+ ){0,2}?(?:slack|teams|whatsapp|chat) (?:channel|group|thread)s?|(?:has|have) in practice been|on more than one occasion|(?:have|has) (?:regularly|repeatedly|routinely) (?:asked|requested|performed|accepted|provided)|during (?:a|an|the) site walk|(?:at|during|in) (?:a|an|the|any) (?:[a-z-]+ ){0,2}?(?:walk ?throughs?|walk ?rounds?|site tours?)(?![a-z])|(?:rings|calls|phones|telephones) (?:the|our|a|its) (?:[a-z]+ ){0,2}?(?:line|desk|number|centre|center|helpline|hotline)|(?:at|during) (?:a|an|the|any|each) (?:[a-z]+ ){0,3}?reviews?(?=(?: meeting)?(?: with| between| and| ?,))|(?:that|this|such) practice as|(?:accepted|agreed|approved|settled) in practice|(?:the parties'|their|its|our) practice,? (?:[a-z]+ ){0,6}?of|in (?:a|an|the) (?:instant message|chat|messaging|text message|slack|teams) (?:thread|conversation|channel|session)s?|in the course of (?:a|an|the|any) (?:[a-z]+ ){0,2}?(?:chat|call|meeting|conversation|session|visit)s?|(?:through|by|from|in) (?:its|their|the|a|any) course of (?:dealing|performance)|(?:that|this|such|the) (?:course of (?:dealing|performance)|practice) (?:shall|will|is to|may) be (?:taken|treated|deemed|regarded)|(?:just |simply |only need to )?(?:tell|telling|ask|asking|reach out to|reaching out to|talk to|talking to) (?:their|your|our|the|its|his|her) (?:[a-z]+ ){0,2}?(?:managers?|consultants?|specialists?|advis[eo]rs?|representatives?|reps?|team|engineers?|technicians?|agents?)|(?:via|through|by|over|on) (?:a |an |the |any )?(?:[a-z]+ )?messenger(?: (?:apps?|applications?|services?))?|on (?:the |a |our |your |its )?(?:[a-z]+ )?(?:hotline|helpline)(?= that\b)|(?:through|via|by|in|with) (?:a |an )?(?:voice ?mail|voice messages?|voice notes?)|in the course of (?:a|an|the|any) (?:[a-z-]+ ){0,2}?(?:inspections?|walk ?rounds?|tours?)|in (?:a |an |the |our |your |its )?(?:[a-z-]+ )?messenger(?: (?:apps?|applications?|services?))?|(?:through|via|in|on) (?:the |a |an |our |your )?(?:[a-z-]+ ){0,2}?messaging (?:groups?|channels?|threads?|apps?)|(?:during|at|in) (?:the|a) (?:[a-z-]+ )?(?:steering|project|governance|working) group(?! (?:meeting|session))|(?:asks?|asked|requests?|requested) (?:our |the |your )?(?:[a-z]+ )?(?:pilots?|engineers?|technicians?|drivers?|operators?|crew|installers?) (?:for )?(?:on the day|on site|in person)|over (?:the |a |our |its )?(?:[a-z]+ )?(?:hotline|helpline)|(?:in|on|via) (?:a |an |the |our )?(?:[a-z-]+ )?forum (?:threads?|posts?)|(?<=\b(?:instructions?|directions?|approvals?|consents?|authori[sz]ations?|extensions?|waivers?|acceptances?) (?:[a-z]+ ){0,2}?(?:given|issued|granted|made|expressed) (?:by|to) (?:(?!e ?mail|in writing|letters?\b|portal|fax|electronic)[^.;]){0,120}?)(?:has|have|shall have|will have|carry|carries|shall carry) the same (?:legal )?(?:effect|force|validity|status) as (?:an? |the )?(?:written|signed|formal)|(?:text|texts|message|messages|whatsapp|ring|rings) (?:your|our|the) (?:[a-z-]+ ){0,2}?(?:contact|manager|rep|representative|engineer|agent|team|lead)|telling (?:your|our|the) (?:[a-z-]+ ){0,2}?(?:tuner|guide|driver|instructor|coach|rep|representative|agent|engineer|technician|staff|team|contact|manager|host|warden|keeper)|(?:when|if|after) (?:our|the|your) (?:[a-z-]+ ){0,2}?(?:team|rep|representative|agent|manager|staff) (?:messages|texts|calls|rings|phones|whatsapps) you|(?:text|call|ring|phone|message) (?:our|the) (?:[a-z-]+ )?(?:support |help )?(?:number|line|hotline)|sends? (?:us |you |the [a-z]+ )?an? (?:whatsapp|text|sms|slack|teams|signal|messenger) message (?:accepting|approving|agreeing to|confirming|authori[sz]ing)|said yes (?:to [^.;]{1,40}? )?when (?:our|your|the|its) (?:[a-z]+ ){0,2}?(?:visited|came|called|rang|dropped by)|(?:has|have) (?:indicated|signalled|signaled|expressed|nodded) (?:his |her |their |its )?(?:approval|assent|agreement)|when (?:we|our [a-z]+|your [a-z]+) (?:dropped|popped|called|came) (?:by|in|round|over)|when (?:you|we) met (?:at|in|on)|telephoned (?:the|our|your) [a-z]+ to (?:authori[sz]e|approve|agree|confirm)|over signal\b|during a walk (?:along|around|round|through|on)`,
    judge: { kind: 'informal-effect' },
  },
];

/** The lexicon: every class the language rules report, with why and what to write instead. */
export const LEXICON: readonly LexiconEntry[] = ROWS.map(({ pattern: _p, judge: _j, ...entry }) => entry);

const BY_ID = new Map(LEXICON.map((e) => [e.id, e]));

/** The class with this id. */
export function lexiconEntryById(id: string): LexiconEntry | undefined {
  return BY_ID.get(id);
}

/** Lower case, single spaces, straight apostrophes. */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** Regular-expression source of a row's pattern: a space is any run of whitespace or hyphens, an apostrophe either form. */
function compile(pattern: string): string {
  return withCurlyApostrophes(pattern)
    .replace(/ (\?)?/g, (_, optional) => (optional ? String.raw`[\s-]*` : String.raw`[\s-]+`))
    .replace(/\[\\s-\][+*]\(\?!/g, (m) => `${m}[\\s-]|`);
}

/** An escape, a character class (with its escapes), or an apostrophe, in a pattern's source. */
const APOSTROPHE_TOKENS = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|'/g;
const ESCAPE_OR_APOSTROPHE = /\\[\s\S]|'/g;
/**
 * A row's pattern with each apostrophe matching a curly one too: `['’]` where it
 * stands alone, the two characters where it stands in a character class
 * (`[a-z'-]`). Replacing it by a class inside a class, as before stop 29, broke
 * that class for text scanned as written.
 */
function withCurlyApostrophes(pattern: string): string {
  // One replace over the tokens that matter (an escape, a whole class, an apostrophe): character by character, the patterns took 13 ms at each start.
  if (pattern.indexOf("'") < 0) return pattern;
  return pattern.replace(APOSTROPHE_TOKENS, (token) => (token === "'" ? "['\u2019]" : token[0] === '[' ? token.replace(ESCAPE_OR_APOSTROPHE, (t) => (t === "'" ? "'\u2019" : t)) : token));
}

/**
 * The source of a row's pattern for the normalised text the rows run on
 * ({@link normalizeForScan}): there a run of whitespace or hyphens is a run of
 * spaces and an apostrophe is straight, so the expressions are smaller and
 * faster to compile and to run.
 */
function compileForScan(pattern: string): string {
  return pattern.replace(/ (\?)?/g, (_, optional) => (optional ? ' *' : ' +')).replace(/ [+*]\(\?!/g, (m) => `${m} |`);
}

/** Whitespace other than the space, and the hyphen: what {@link normalizeForScan} turns into spaces. */
const NOT_A_SPACE = /-|[^\S ]/g;

/**
 * The text the row expressions run on: lower case, every whitespace character
 * and hyphen a space, every curly apostrophe straight. Each character is
 * replaced by one, so offsets are those of the text; undefined when lower-casing
 * changes the length (a rare letter such as İ), and the text is then scanned as written.
 */
function normalizeForScan(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  // Spaces are left as they are: replacing only the other whitespace and hyphens is the same result, three times as fast.
  const spaced = lower.replace(NOT_A_SPACE, ' ');
  return spaced.indexOf('\u2019') >= 0 ? spaced.replace(/\u2019/g, "'") : spaced;
}

const WORD_BOUND_START = String.raw`(?<![A-Za-zÀ-ɏ0-9_])`;
const WORD_BOUND_END = String.raw`(?![A-Za-zÀ-ɏ0-9_])`;
/** Rows whose pattern starts and ends with punctuation (blanks) match without word boundaries. */
const RAW_ROWS = new Set(['template-blank', 'placeholder']);
/**
 * Numbers written in words and digits ("ten (10)") always have a parenthesis:
 * their row is a separate expression, run only on prose that has one (it is
 * the costliest row, and most prose has none).
 */
const NUMBER_ROWS = ROWS.filter((r) => r.judge.kind === 'number');
const WORD_ROWS = ROWS.filter((r) => !RAW_ROWS.has(r.id) && r.judge.kind !== 'number');
const BLANK_ROWS = ROWS.filter((r) => RAW_ROWS.has(r.id));
const ORDER = [...WORD_ROWS, ...BLANK_ROWS];
/**
 * V8 compiles a regular expression with its optimisations (quick checks,
 * Boyer-Moore lookahead) only while its source is under 20 KB; past that,
 * matching is tens of times slower. The rows are compiled, in order, into as
 * few expressions as keep each under this size; their matches are merged by
 * position, the earlier row winning at the same start, as in one expression.
 * Each match is judged on its sentence as it is found: one the sentence spares
 * hides nothing, and its expression tries again from the next character. The
 * size is well under that limit because most expressions are never built
 * ({@link needsOf}): the smaller each, the fewer rows a process compiles that
 * no sentence of it can match (with 5 KB, lint of the bench's 1,000 files ran
 * 52 M fewer instructions on its main thread than with 15 KB, callgrind).
 */
const MAX_SOURCE = 5_000;
interface Matcher {
  /** The rows for the text as written, case-insensitive: built on first use, for the rare text lower-casing would lengthen ({@link normalizeForScan}). */
  readonly re: RegExp;
  /** Index in ORDER after the matcher's last row. */
  end: number;
  /** The same rows for the normalised text ({@link normalizeForScan}), case-sensitive: built on first use, a long row split into parts. */
  readonly scan: Searcher;
  /** Index in ORDER of the matcher's first row. */
  first: number;
  /**
   * Whether its matches lie within their sentence: the expression then stops
   * at the sentence's end. Otherwise (template blanks, whose brackets may hold
   * a full stop) it reads on into the text after it.
   */
  inSentence: boolean;
  /** Its index in MATCHERS and in the needs of {@link TABLES}. */
  index: number;
}
/** Classes matched by an expression of their own (see lexiconTables). */
const OWN_EXPRESSION = new Set(['informal-effect']);

/**
 * What the lexicon works out from its rows before it reads any text: how the
 * rows are grouped into expressions, the anchor expression, and what a match
 * of each expression must contain ({@link needsOf}); each expression's source
 * is made when the expression is first built ({@link scanSource}). The build works this out once (scripts/lexicon-tables.mjs)
 * and writes it into the bundles; everything else (tests, scripts) works it
 * out at load. It took about 35 ms at each start of the command line, and
 * reading the needs of 200 KB of expressions about 55 ms more.
 */
export interface LexiconTables {
  /** The rows of each expression: `first` to `end` of ORDER. */
  readonly matchers: readonly { readonly first: number; readonly end: number; readonly inSentence: boolean }[];
  /** The anchor expressions' sources ({@link anchorSources}): a text holds an anchor word when one of them matches. */
  readonly anchors: readonly string[];
  /** What a match of each matcher's `scan` must contain, by matcher. */
  readonly needs: NeedsTable;
  /** The number of rows, to tell a table made for other rows. */
  readonly rows: number;
}

export function lexiconTables(): LexiconTables {
  const lean = leanLexiconTables();
  return { ...lean, needs: needsTable(lean.matchers) };
}

/** Lean tables, as the build writes them into the web language server's bundle: no needs at all ({@link loadTables} works them out). */
export type LeanLexiconTables = Omit<LexiconTables, 'needs'>;

/** The tables without the needs: what scripts/lexicon-tables.mjs writes into the web language server's bundle. */
export function leanLexiconTables(): LeanLexiconTables {
  const matchers: { first: number; end: number; inSentence: boolean }[] = [];
  let size = 0;
  let first = 0;
  let end = 0;
  const flush = () => {
    matchers.push({ first, end, inSentence: true });
    first = end;
    size = 0;
  };
  for (const r of WORD_ROWS) {
    const length = compile(r.pattern).length + 2;
    // A class read off the whole sentence has an expression of its own: in a shared one, a class before it matched at the same place and spared by its sentence would hide it.
    if (end > first && (size + length > MAX_SOURCE || OWN_EXPRESSION.has(r.id))) flush();
    end++;
    size += length;
    if (OWN_EXPRESSION.has(r.id)) flush();
  }
  if (end > first) flush();
  matchers.push({ first, end: first + BLANK_ROWS.length, inSentence: false });
  return { matchers, anchors: anchorSources(ANCHOR_STEMS), rows: ORDER.length };
}

/** What a match of each matcher's `scan` must contain ({@link LexiconTables}): about 150 ms of reading expressions in a fresh process. */
function needsTable(matchers: LexiconTables['matchers']): NeedsTable {
  // A long row's needs are read alternative by alternative, one left with none kept as such, so that each part of it is tested on its own (SplitExpression).
  const needs = matchers.map((m) => {
    const alternatives = longRowAlternatives(m.first, m.end, m.inSentence);
    return alternatives ? { any: alternatives.map(needsOf) } : needsOf(scanSource(m.first, m.end, m.inSentence));
  });
  return packNeeds(needs);
}

/** The tables the build wrote into this bundle (a JSON string), when it did. */
declare const __CLAUSEWISE_LEXICON_TABLES__: string | undefined;
function loadTables(): LexiconTables {
  const built: LexiconTables | BuiltLexiconTables | LeanLexiconTables | undefined = typeof __CLAUSEWISE_LEXICON_TABLES__ === 'string' ? JSON.parse(__CLAUSEWISE_LEXICON_TABLES__) : undefined;
  if (!built || built.rows !== ORDER.length) return lexiconTables();
  // Lean tables (the web language server's bundle) leave the needs to be worked out here.
  if (!('needs' in built)) return { ...built, needs: needsTable(built.matchers) };
  if (!('compact' in built)) return built;
  // Compact tables (the Node language server's bundle) leave the covers to be worked out here.
  const { compact: _compact, ...tables } = built;
  return { ...tables, needs: withCovers(built.needs) };
}

/** Compact tables, as the build writes them into the language servers' bundles: the needs without their covers ({@link BuiltNeedsTable}). */
export type BuiltLexiconTables = Omit<LexiconTables, 'needs'> & { readonly needs: BuiltNeedsTable; readonly compact: true };

/** What scripts/lexicon-tables.mjs writes into the Node language server's bundle. */
export function builtLexiconTables(): BuiltLexiconTables {
  const tables = lexiconTables();
  return { ...tables, needs: withoutCovers(tables.needs), compact: true };
}

/** The source of rows `first` to `end` for normalised text ({@link normalizeForScan}), case-sensitive. */
export function scanSource(first: number, end: number, inSentence: boolean): string {
  const rows = ORDER.slice(first, end);
  if (!inSentence) return rows.map((r) => `(${blankSource(r.pattern, true)})`).join('|');
  return `${WORD_BOUND_START}(?:${rows.map((r) => `(${compileForScan(r.pattern)})`).join('|')})${WORD_BOUND_END}`;
}

/** The case-insensitive source of rows `first` to `end` for text as written. */
function writtenSource(first: number, end: number, inSentence: boolean): string {
  const rows = ORDER.slice(first, end);
  if (!inSentence) return rows.map((r) => `(${blankSource(r.pattern, false)})`).join('|');
  // No u flag: case-insensitive Unicode property classes make the expression slow to compile, so letter classes are spelt out (Latin).
  return `${WORD_BOUND_START}(?:${rows.map((r) => `(${compile(r.pattern)})`).join('|')})${WORD_BOUND_END}`;
}

/** The matchers of the tables, each expression's source made and the expression built (and so compiled) only when first asked for. */
function buildMatchers(tables: LexiconTables): Matcher[] {
  return tables.matchers.map(({ first, end, inSentence }, index) => {
    let written: RegExp | undefined;
    let normal: Searcher | undefined;
    return Object.defineProperties(
      { first, end, inSentence, index },
      {
        re: { get: () => (written ??= new RegExp(writtenSource(first, end, inSentence), 'gi')), enumerable: true },
        scan: { get: () => (normal ??= splitScan(tables, index) ?? new RegExp(scanSource(first, end, inSentence), 'g')), enumerable: true },
      },
    ) as Matcher;
  });
}

/** What scanProse asks of a matcher's expression: a global regular expression, or one split into parts ({@link SplitExpression}). */
interface Searcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A row's expression longer than this is split into parts of about
 * {@link SPLIT_PART} characters ({@link SplitExpression}). A row is one class
 * of wording, written as a few hundred alternatives, up to 15 KB; V8 compiles
 * the whole expression at its first search, about 1 ms a KB, although a
 * sentence that reaches it (its needs hold) can match only a few of them.
 */
const SPLIT_ABOVE = 3_000;
const SPLIT_PART = 1_500;

/**
 * The top-level alternatives of an expression's source: it split at each `|`
 * outside groups and character classes. A long row's needs are read off these
 * same alternatives ({@link lexiconTables}), so that alternative `i` of a
 * part's range is alternative `i` of the needs table.
 */
export function topAlternatives(source: string): string[] {
  return alternativesFrom(source, 0).alternatives;
}

/**
 * The alternatives of `source` from `from` up to the `)` that closes the group `from` stands in (its offset is
 * `end`), or to the end of the source (`end` is its length).
 */
function alternativesFrom(source: string, from: number): { alternatives: string[]; end: number } {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && depth === 0) {
      alternatives.push(source.slice(start, i));
      return { alternatives, end: i };
    } else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return { alternatives, end: source.length };
}

/** The alternatives of the scan expression of rows `first` to `end` when they are one row longer than {@link SPLIT_ABOVE}, to be split. */
function longRowAlternatives(first: number, end: number, inSentence: boolean): string[] | undefined {
  if (!inSentence || end !== first + 1) return undefined;
  const body = compileForScan(ORDER[first]!.pattern);
  if (body.length <= SPLIT_ABOVE) return undefined;
  const alternatives = topAlternatives(body);
  return alternatives.length > 1 ? alternatives : undefined;
}

/**
 * The parts of matcher `index`'s scan expression, when it is one long row
 * whose alternatives are those of its needs (so that each part can be tested
 * before it is searched); otherwise undefined (the expression stays whole).
 */
export function splitParts(tables: LexiconTables, index: number): { sources: string[]; ranges: [number, number][] } | undefined {
  const { first, end, inSentence } = tables.matchers[index]!;
  const alternatives = longRowAlternatives(first, end, inSentence);
  if (!alternatives || alternatives.length !== tables.needs.needs[index]!.length) return undefined;
  const ranges: [number, number][] = [];
  let from = 0;
  let size = 0;
  alternatives.forEach((a, i) => {
    if (i > from && size + a.length > SPLIT_PART) {
      ranges.push([from, i]);
      from = i;
      size = 0;
    }
    size += a.length + 1;
  });
  ranges.push([from, alternatives.length]);
  if (ranges.length < 2) return undefined;
  // The same shape as scanSource's: the row is group 1 of every part.
  const sources = ranges.map(([a, b]) => `${WORD_BOUND_START}(?:(${alternatives.slice(a, b).join('|')}))${WORD_BOUND_END}`);
  return { sources, ranges };
}

function splitScan(tables: LexiconTables, index: number): SplitExpression | undefined {
  const parts = splitParts(tables, index);
  return parts && new SplitExpression(parts.sources, parts.ranges, index);
}

/**
 * One row's scan expression split into parts by its alternatives, searched as
 * the whole would be: each search returns the leftmost match of any part, and
 * of the parts matching there the first, which is the match of the whole (an
 * alternation tries its alternatives in order at each place, the first place
 * first). A part is built (compiled) only when first searched, and in a gated
 * scan it is searched only when the text holds what one of its alternatives
 * needs ({@link NeedsTest.mayMatchSome}): most of a long row is then never
 * compiled. test/unit/needs.test.ts holds every split expression to the
 * whole one on the labelled corpus.
 */
export class SplitExpression implements Searcher {
  lastIndex = 0;
  /** Set before a gated scan searches a text: the test that spares the parts the text cannot match. Unset, every part is searched. */
  gate: NeedsTest | undefined = undefined;
  private readonly built: (RegExp | undefined)[];

  constructor(
    readonly sources: readonly string[],
    private readonly ranges: readonly (readonly [number, number])[],
    private readonly need: number,
  ) {
    this.built = sources.map(() => undefined);
  }

  exec(text: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (let p = 0; p < this.sources.length; p++) {
      const [from, to] = this.ranges[p]!;
      if (this.gate && !this.gate.mayMatchSome(this.need, from, to, text)) continue;
      const re = (this.built[p] ??= new RegExp(this.sources[p]!, 'g'));
      re.lastIndex = this.lastIndex;
      const m = re.exec(text);
      // Strictly before: at the same place the earlier part's match is the whole's.
      if (m && (best === null || m.index < best.index)) best = m;
    }
    this.lastIndex = best ? best.index + best[0].length : 0;
    return best;
  }
}

/**
 * The source of a blank's or prompt's pattern, whose spaces are written as in a regular expression (" *", " +"): a
 * space is any run of spaces in the normalised text, of whitespace in the text as written, so that a prompt a prose
 * block wraps ("[list to⏎      follow]") is still one.
 */
function blankSource(pattern: string, normal: boolean): string {
  return pattern.replace(/ ([*+?])?/g, (_, q: string | undefined) => (normal ? ` ${q === '*' || q === '?' ? '*' : '+'}` : String.raw`\s${q === '*' || q === '?' ? '*' : '+'}`));
}

/**
 * One row's expression, anchored where it is tried (the sticky flag), for the
 * words text as written (`i`) or normalised: compiled the first time a row
 * after a spared match is tried at the same place (see the scan).
 */
const ROW_AT: (RegExp | undefined)[][] = [[], []];
function rowAt(order: number, normal: boolean): RegExp {
  const cache = ROW_AT[normal ? 1 : 0]!;
  let re = cache[order];
  if (!re) {
    const row = ORDER[order]!;
    re = order < WORD_ROWS.length
      ? new RegExp(`${WORD_BOUND_START}(?:${normal ? compileForScan(row.pattern) : compile(row.pattern)})${WORD_BOUND_END}`, normal ? 'y' : 'yi')
      : new RegExp(blankSource(row.pattern, normal), normal ? 'y' : 'yi');
    cache[order] = re;
  }
  return re;
}

/**
 * The word starts every match holds at least one of (a stem of each row's
 * required words), compiled into a few expressions ({@link anchorSources}): prose without any of
 * them, most strings of a contract, is never run through the row expressions.
 * test/unit/lexicon.test.ts checks that gated and ungated scans agree on the
 * whole labelled corpus and on every phrase of every row.
 */
const BE = String.raw`be[\s-]+(?:[a-z]+[\s-]+)?`;
export const ANCHOR_STEMS: readonly string[] = [
  // agreement to agree
  'tbd', 'tba', 'tbc', String.raw`t\.b`, String.raw`be[\s-]+(?:advised|announced)`, 'agree(?!ment)', String.raw`subject[\s-]+(?:to|of)`,
  String.raw`make[\s-]+(?:an?[\s-]+)?agreement`, 'negotiat', 'determin', 'decid', 'settl', 'revisit', 'finali',
  'define', 'develop', 'select', String.raw`resolve(?![a-z])`, String.raw`obligations?[\s-]+(?:of|de)[\s-]+(?:means|moyens)`, 'consensus', 'arrive', 'orientation', 'chosen', String.raw`not[\s-]+(?:attributable|imputable|due)[\s-]+to`, String.raw`(?:fall|drop|dip)[\s-]+below`, String.raw`(?:reduced|curtailed|limited|scaled[\s-]+back)[\s-]+(?:during|in|at)[\s-]+(?:times|periods)`, 'influence', 'speaking', 'sprint', 'retrospectiv', 'backlog', String.raw`(?:shall|will|must|to)[\s-]+fix(?![a-z])`, 'choos', 'arrang', 'confer', 'reach', 'discuss', 'confirm', 'parties', 'conclud', 'drawn', 'establish',
  String.raw`work(?:ed)?[\s-]+(?:out|together|up)`, String.raw`come[\s-]+to`,
  String.raw`${BE}(?:fixed|set|completed|filled|scheduled|addressed|resolved|specified|defined|prepared|priced|quoted|considered|talked|looked|explored|reviewed|raised|taken|handled|scoped|costed|chosen|selected|settled|established|arranged|developed|drawn|worked|captured|determined|decided|confirmed|finali[sz]ed|approved)(?![a-z])`,
  String.raw`(?:left|deferred|postponed|reserved|held[\s-]+over|parked)[\s-]+(?:for|to|until)`,
  // oral promises and informal channels
  'verbal', 'oral', 'mouth', 'telephon', 'informal', 'spoken', 'phone', 'call', 'meeting', 'demo', 'visit', 'workshop',
  String.raw`(?:in|at|during|on|by|over|via)[\s-]+(?:[a-z]+[\s-]+){1,4}reviews?(?![a-z])`, 'lunch', 'dinner', 'coffee', 'walk', 'tour', 'inspection', 'handover',
  'drinks', 'presentation', 'pitch', 'chat', 'conversation', 'talk', 'sms', 'whatsapp', 'slack', 'promis', 'handshake', 'gentlem', 'sales',
  'presales', 'representativ', 'agent', String.raw`reps?(?![a-z])`, String.raw`account[\s-]+(?:reps?|managers?|executives?|teams?|directors?)`,
  String.raw`(?:in|on|face)[\s-]+(?:person|passing|site|to)`, String.raw`(?:stand|catch)[\s-]+up`, String.raw`via[\s-]+(?:text|teams)`, String.raw`(?:text|instant)[\s-]+messages?`,
  String.raw`say[\s-]+so`, String.raw`nod[\s-]+from`, 'okay', String.raw`ok'?d(?![a-z])`, String.raw`(?:says?|said)[\s-]+(?:they|it|that)`,
  // escape hatches, aims, statements that bind nobody
  'beyond', 'outside', String.raw`not[\s-]+(?:within|under)`, 'target', 'objective', 'goal', 'estimat', 'aim', 'guideline', 'approximat', 'forecast', 'aspir', 'expectation',
  'indicativ', 'provisional', 'tentativ', 'guarant', 'knowledge', 'acquiesc', 'awareness', 'tacit', String.raw`(?:may|can)[\s-]+(?:engage|appoint|replace)`, 'bench', 'hearing', 'commit', 'undertake', 'prevail', 'supersede', 'override', 'postpone', String.raw`now[\s-]+and[\s-]+(?:then|again)`, String.raw`every[\s-]+so[\s-]+often`, String.raw`once[\s-]+in[\s-]+a[\s-]+while`, 'steering', 'binding', 'contractual', String.raw`no[\s-]+(?:legal|binding|contractual)`, String.raw`no[\s-]+(?:[a-z]+[\s-]+)?(?:obligation|liabilit|commitment)`,
  String.raw`without[\s-]+(?:any[\s-]+)?commitment`, String.raw`purposes[\s-]+only`,
  String.raw`without[\s-]+(?:(?:prior|any|further|advance)[\s-]+)?(?:notice|warning|reference|consult|(?:the[\s-]+)?(?:consent|approval))`, String.raw`kind[\s-]+of`, String.raw`(?:good|decent)[\s-]+standard`, String.raw`(?:generally|normally|usually|typically)[\s-]+(?:remain|be|stay)`, 'fitting', String.raw`(?:its|their|our|his|her|your)[\s-]+power`, String.raw`heads[\s-]+up`, 'showcase', 'expo', 'exhibition', 'seminar', 'evening', String.raw`(?:dockside|roadside|spot|safety)[\s-]+check`, String.raw`drawn[\s-]+up`, 'approved', String.raw`(?:remains?|still)[\s-]+open`, String.raw`(?:change|modify|vary|revise|alter|adjust)[\s-]+(?:[a-z-]+[\s-]+){0,3}?(?:plans?|prices?|fees?|limits?|quotas?|features?|tiers?)`, String.raw`(?:may|can)[\s-]+(?:rise|go[\s-]+up|increase|change)`, 'significant', 'substitut', 'choos', 'wish', 'convenien',
  // efforts, discretion, soft standards
  'effort', 'endeavo', 'best', 'hardest', 'utmost', 'try', 'tries', 'attempt', 'striv', 'seek', 'hope', 'intend', 'diligen', 'reasonabl',
  'discretion', 'opinion', 'judg', 'deem', 'consider', 'think', 'find', 'believ', String.raw`sees?[\s-]+fit`, 'sensibl', 'acceptabl',
  'appropriat', 'suitabl', 'sufficien', 'adequat', 'enough', String.raw`proper(?:ly)?(?![a-z])`, 'necessar', 'commercial', 'proportion',
  'commensur', 'satisfactor', 'expedi', 'fair', 'practic', 'possib', 'feasib', 'needed', 'industr', String.raw`state[\s-]+of[\s-]+the[\s-]+art`,
  'grade', String.raw`(?:enterprise|industry|carrier|commercial|production|business|bank|military|telco)[\s-]+class`, 'high', String.raw`(?:industry|market|world|sector)[\s-]+leading`, String.raw`(?:leading|cutting|bleeding)[\s-]+edge`, String.raw`(?:world|first)[\s-]+class`, String.raw`top[\s-]+tier`, 'robust', String.raw`fully[\s-]+(?:resilient|redundant)`,
  'superior', 'premium', String.raw`maximum[\s-]+(?:availability|uptime)`, String.raw`(?:reasonably|generally|substantially|normally|usually)[\s-]+available`,
  'nearly', 'almost', 'substantial', 'smooth', String.raw`(?:designed|intended|engineered|architected|calculated|meant)[\s-]+(?:so[\s-]+as[\s-]+)?to(?![a-z])`,
  // deadlines, frequencies and quantities without a number
  'soon', 'quick', 'fast', 'prompt', 'early', 'earliest', 'much', 'little', 'often', 'frequent', 'speed', 'swift', 'asap', 'forthwith', 'short',
  'rapid', 'timel', 'delay', String.raw`due[\s-]+(?:course|urgency|haste|speed|dispatch|expedition|regard|attention|priority|consideration|prior|advance|written|notice)`,
  String.raw`good[\s-]+time`, String.raw`time[\s-]+to[\s-]+time`, String.raw`(?:allows?|permits?)(?![a-z])`, String.raw`as[\s-]+and[\s-]+when`, 'capacit', 'workload',
  String.raw`(?:has|have)[\s-]+(?:the[\s-]+|spare[\s-]+|free[\s-]+)?(?:time|resources|availability)`,
  String.raw`(?:to|on|the|staff|engineer|engineering|resource|team|technician)[\s-]+availability`,
  'periodic', 'regular', 'recurring', 'ongoing', 'routine', 'interval', 'occasional', 'approx', 'roughly', 'circa', 'minim', 'downtime',
  'disruption', 'interruption', 'outage', String.raw`least[\s-]+(?:possible[\s-]+)?(?:(?:service|planned|unplanned)[\s-]+)?(?:downtime|disruption|interruption|impact|outage)`,
  // fourth round: waived writing, binding informal steps, levels that vary, disclaimers read off the sentence
  String.raw`whether[\s-]+or[\s-]+not`, 'though', 'although', 'need', 'requir', 'bind', 'session', 'bridge', 'vary', 'varies', 'varying', 'depend', 'contingent',
  'commitment', 'undertak', 'warrant', 'particular', 'toward', 'framework', 'guid', 'indication', 'illustrat', 'consult',
  'briefing', 'huddle', String.raw`kick[\s-]*off`, 'debrief', 'nodd', 'shook', 'shake', 'ticket', 'comment', 'messag', 'teams', 'never',
  String.raw`not[\s-]+(?:subsequently[\s-]+|later[\s-]+|afterwards[\s-]+|since[\s-]+)?(?:written|put|reduced|recorded|confirmed|documented)`, 'complet', 'populat',
  String.raw`draw[\s-]+up`, 'pending', 'ratification', 'agreeable', String.raw`asks?(?![a-z])`, 'asked', 'asking', 'tell', 'told', 'instruct', 'authoris', 'authoriz', 'approval', 'accept', 'agreed', 'requested', String.raw`(?:email|e[\s-]mail|ring|call|phone|telephone|text)[\s-]+(?:me|us)`, 'shift', 'fluctuat', 'regarded', 'directly', String.raw`yet[\s-]+to[\s-]+be`, String.raw`\((?:amount|name|date|number|price|fee|value|list|specify|state|give)[\s-]`, String.raw`at[\s-]+the[\s-]+time`, String.raw`(?:set|agree|decide|fix|choose|determine|plan|map[\s-]+out|draw[\s-]+up)[\s-]+together`, String.raw`remains?[\s-]+to[\s-]+be`, String.raw`(?:in[\s-]+)?so[\s-]+far[\s-]+as`, 'discord', 'telegram', String.raw`nothing[\s-]+in`, 'wechat', 'viber', String.raw`by[\s-]+an?[\s-]+(?:later|subsequent|separate|further|future)[\s-]+(?:written[\s-]+)?agreement`, String.raw`whenever[\s-]+(?:we|it|they|the[\s-]+[a-z]+)[\s-]+(?:wish|like|please)`, 'justifiab', 'viable', String.raw`decision[\s-]+(?:can|will|may|shall|would|is)`, String.raw`(?:priced|costed)[\s-]+(?:only|on)`, String.raw`by[\s-]+(?:mutual[\s-]+|further[\s-]+|separate[\s-]+|later[\s-]+|common[\s-]+|joint[\s-]+)?agreement`, String.raw`arrived[\s-]+at`,
  'voice', String.raw`e[\s-]?mail`, 'ring', 'honour', 'honor', 'quot', 'technician', 'engineer', 'installer', 'staff', 'consultant', 'employee', 'whatever', 'renegotiat',
  'xxx', String.raw`(?:mm|dd)\/`, 'yyyy', 'insert', 'enter', 'specify', 'metric', 'indicator', 'kpi', String.raw`measures[\s-]+only`, String.raw`no[\s-]+obligation`,
  'anticipat', 'expect', 'reference', 'talked', 'given', 'express', String.raw`information[\s-]+only`, 'aiming', 'striving', 'trying', 'seeking', 'hoping', 'few', 'couple', 'several', 'foreseen', 'intent', 'point', 'identif', 'indicat', 'mention', 'shows', 'showed', 'taken', 'amend', 'negotiated', 'staff', 'someone', String.raw`x[\s-]+(?:time|days?|hours?|minutes?|months?|weeks?|business|working|percent)`, 'unofficial', 'objective', 'operating', 'highest', 'consistent', 'sound', 'prudent', 'direct', 'word', 'procedure', 'committee', 'board', 'terms', 'verification', 'acknowledg', 'ascertain', 'jointly', 'ahead', 'regard', 'provided', 'included', 'inserted', 'discussed', 'described', 'explained', 'presented', 'outlined', 'shown', 'demonstrat', 'understood', 'consultation', 'interview', 'telling', 'calling', 'phoning', 'ringing', 'speaking', 'voicemail', 'diagnos', 'implied', 'presumed', 'documentation', 'matter', 'laid', 'captured', 'detailed', 'documented', 'recorded', 'ourselves', 'itself', 'themselves', 'optim', 'peak', 'counts', 'serves', 'formed', 'authority', 'convey', 'spoken', 'sign', 'paperwork', 'quoted', 'separately', 'originat', 'arising', 'occurring', 'caused', 'resulting', 'stemming', 'case', String.raw`as[\s-]+needs?`, 'mutually', String.raw`not[\s-]+(?:create|constitute|amount|form|give|wholly|entirely)`, String.raw`giv(?:e|es|ing)[\s-]+rise`, String.raw`course[\s-]+of[\s-]+(?:dealing|performance|conduct)`, String.raw`notwithstanding[\s-]+(?:that|this|the)`, 'satisfaction', 'telegram', 'occasion', 'repeatedly', 'routinely', 'radio', 'similar', 'equivalent', 'comparable', 'assess', 'goodwill', 'courtesy', 'customar', 'reception', 'precludes', 'fair', 'runbook', 'reserved', String.raw`no[\s-]+longer[\s-]+than`, String.raw`run[\s-]+low`, String.raw`cut[\s-]+back`, 'unreasonabl', 'unnecessar', 'thereto', String.raw`saying[\s-]+so`, 'presentable', 'sitting', 'determination', String.raw`as[\s-]+(?:often|frequently)[\s-]+as`, String.raw`(?:as|so)[\s-]+long[\s-]+as`, String.raw`xx[-\/.]`, String.raw`\d{1,2}[-\/.]xx`, 'viewed', 'watched', 'attended', 'message', 'unforeseen', 'hotline', 'helpline', 'evolve', String.raw`(?:slack|whatsapp|sms|text|chat|instant)[\s-]+messag`, 'reassur', 'strength', String.raw`over[\s-]+which`, 'lies', 'minuted', 'circumstances', 'unilateral', String.raw`at[\s-]+(?:any[\s-]+time|will)`, 'modif', 'revis', 'discontinu', String.raw`(?:keeps?|keeping|continues?|continuing)[\s-]+(?:using|to[\s-]+use)`, 'walk', 'webinar', 'webcast', 'roadshow', String.raw`town[\s-]+hall`, String.raw`xx[\s-]+(?:business|working|calendar|days?|hours?|minutes?|months?|weeks?|years?|percent)`, String.raw`xx[\s-]+[a-z]+[\s-]+(?:per|a|an|each)(?![a-z])`, String.raw`xx[\s-]*%`, 'frequenc', 'alter', 'strive', 'promise', 'forum', 'unjustifi', 'spelled', 'spelt', String.raw`(?:ordinary|normal|usual)[\s-]+course`, String.raw`xx[\s-]+(?:pounds?|euros?|dollars?|usd|eur|gbp|chf|sek|nok|dkk|pln|czk|huf|ron|tenge|rupees?|yen|yuan|francs?)(?![a-z])`, 'illustrativ', String.raw`as[\s-]+best`, 'competitive', 'befitting', String.raw`be[\s-]+(?:dealt[\s-]+with|covered|laid[\s-]+down|set[\s-]+out|detailed|stated)[\s-]+in`, String.raw`in[\s-]+the[\s-]+(?:[a-z]+[\s-]+)?view[\s-]+of`, String.raw`(?:casual|passing|brief|quick|friendly)[\s-]+(?:exchange|word|remark|aside)`, String.raw`(?:unable|not[\s-]+able|powerless)[\s-]+to`, String.raw`(?:cannot|can't|couldn't|didn't|(?:could|can|did)[\s-]+not)[\s-]+(?:reasonably[\s-]+)?(?:have[\s-]+)?(?:foreseen|anticipated|prevented|controlled|avoided|control|foresee|prevent|avoid|influence)`, String.raw`in[\s-]+(?:line|keeping|step)[\s-]+with`, 'abreast', 'enforceab', String.raw`scope[\s-]+and[\s-]+price`, 'pick', 'survey', String.raw`heads[\s-]+up`, String.raw`as[\s-]+required`, 'useful', 'figure', 'debrief', 'launch', String.raw`case[\s-]+by[\s-]+case`, 'safeguard', String.raw`(?:what|whatever|everything)[\s-]+(?:we|it|they)[\s-]+(?:reasonably[\s-]+)?can`, 'assessed', 'assessment', 'obliges', 'composition', 'catalog', 'chatting', 'concur', 'assent', String.raw`fair[\s-]+use`, 'extent', 'limitation', 'whenever', 'executed', 'ordered', 'tells', 'messaging', 'incorporated', 'covered', String.raw`at[\s-]+the[\s-]+(?:request|instruction|direction)[\s-]+of`, 'usually', String.raw`(?:when|where|wherever|insofar[\s-]+as|as[\s-]+far[\s-]+as)[\s-]+(?:the[\s-]+)?[a-zÀ-ɏ]+[\s-]+(?:reasonably[\s-]+)?(?:can|is[\s-]+able|are[\s-]+able)(?![a-z])`, 'illustrativ', 'inconvenien', 'qualification', 'excessive', String.raw`counts[\s-]+as`, 'locked', 'zoom', 'audit', 'independent', 'something', 'anything', 'clearance', String.raw`(?:may|can|right[\s-]+to|entitled[\s-]+to)[\s-]+(?:at[\s-]+any[\s-]+time[\s-]+)?(?:unilaterally[\s-]+)?(?:add|change|update|reduce|lower|withdraw|adapt|adjust|remove)`, 'parameters', 'tolerances', String.raw`up[\s-]+to[\s-]+date[\s-]+with`, String.raw`(?:next|later|future|subsequent|revised|updated)[\s-]+(?:version|revision|edition|issue|update)[\s-]+of`, 'compatibl', String.raw`no[\s-]+longer`, 'allocat', 'apportion', 'approved',
  String.raw`at[\s-]+such[\s-]+times`, String.raw`screen[\s-]?shar`, String.raw`user[\s-]+group`, String.raw`(?:teams|parties|sides|managers|leads)[\s-]+(?:met|meet|spoke|talked)`, String.raw`within[\s-]+(?:its|our|their|the[\s-]+[a-z]+['’]s)[\s-]+(?:power|ability)`, String.raw`put[\s-]+together`, String.raw`information[\s-]+days?`, String.raw`bidders?['’]?[\s-]+days?`, String.raw`rely[\s-]+(?:up)?on`, String.raw`need[\s-]+not`, 'swap', String.raw`stand[\s-]+by`, String.raw`over[\s-]+signal`, String.raw`left[\s-]+blank`, 'attached', String.raw`by[\s-]+us[\s-]+at[\s-]+any`, 'relocate', String.raw`keeps[\s-]+the[\s-]+risk`, String.raw`way[\s-]+of[\s-]+example`, String.raw`raise[\s-]+what`, 'intercom', String.raw`shop[\s-]+assistant`, String.raw`(?:you|we)[\s-]+met`, String.raw`put[\s-]+up`, String.raw`make[\s-]+sense`, String.raw`did[\s-]+not[\s-]+cause`, String.raw`apportioned`, String.raw`farm[\s-]+gate`, String.raw`dropped[\s-]+by`, String.raw`said[\s-]+yes`, 'majority', String.raw`out[\s-]+of[\s-]+(?:our|its|their)[\s-]+hands`, String.raw`up[\s-]+or[\s-]+down`, String.raw`set[\s-]+the[\s-]+(?:price|fee|rate|cost|terms)`, String.raw`level[\s-]+of[\s-]+(?:security|protection|service|care)`, 'commissioning', String.raw`happy[\s-]+for`, String.raw`check[\s-]?in`, String.raw`word[\s-]+to`, 'counter', 'emoji', String.raw`signal[\s-]+(?:group|chat|message)`, String.raw`meet[\s-]?ups?`, 'urgency', 'cope', 'coping', String.raw`handl(?:e|ing)[\s-]+(?:the[\s-]+)?(?:expected|anticipated|likely|foreseeable|normal|peak|busy)`, String.raw`work[\s-]+through`, 'messenger', 'gathering', String.raw`rang(?![a-z])`, String.raw`said[\s-]+yes`, String.raw`health[\s-]+checks?`, String.raw`fair[\s-]+and`, String.raw`statements?[\s-]+of[\s-]+intent`, String.raw`guidance[\s-]+only`, String.raw`couldn['’]t[\s-]+reasonably`, String.raw`or[\s-]+so`, String.raw`how[\s-]+busy`, String.raw`determine[\s-]+whether`, String.raw`consider[\s-]+(?:together[\s-]+)?with`, String.raw`something[\s-]+we`, String.raw`to[\s-]+be[\s-]+issued`, String.raw`closer[\s-]+to`, String.raw`produced[\s-]+an`, String.raw`reached[\s-]+in`, String.raw`working[\s-]+group`, String.raw`walk[\s-]?(?:through|down)`, String.raw`came[\s-]+out`, String.raw`instagram`, String.raw`given[\s-]+by`, String.raw`(?:were|was)[\s-]+at`, String.raw`told[\s-]+(?:you|your|our)`, String.raw`deems?[\s-]+relevant`, String.raw`intervals`, String.raw`such[\s-]+further`, String.raw`see[\s-]+fit`, String.raw`sees[\s-]+fit`, String.raw`binding[\s-]+on`, String.raw`a[\s-]+few[\s-]+(?:minutes|hours|days|weeks)`, String.raw`represents?[\s-]+(?:the|its|our|their)`, String.raw`express(?:es)?[\s-]+(?:the|its|our|their)`, String.raw`planning[\s-]+assumptions`, String.raw`can['’]t[\s-]+reasonably`, String.raw`whenever[\s-]+(?:we|it|they)`, String.raw`when[\s-]+finali[sz]ed`, String.raw`waives?`, String.raw`what[\s-]+you['’]re`, String.raw`covered[\s-]+by`, String.raw`treat[\s-]+it`, String.raw`count[\s-]+towards?`, String.raw`suffice`, String.raw`act[\s-]+on`, String.raw`documented[\s-]+instructions`, String.raw`(?:technicians?|engineers?)[\s-]+(?:visits?|agrees?)`, String.raw`agrees?[\s-]+with`, String.raw`ringing`, String.raw`by[\s-]+e[\s-]?mail[\s-]+without`, String.raw`screen[\s-]?share`, String.raw`mentioned[\s-]+to`, String.raw`all[\s-]+(?:it|we|they)[\s-]+(?:reasonably[\s-]+)?can`, String.raw`(?:what|everything|whatever)[\s-]+(?:it|we|they)[\s-]+(?:reasonably[\s-]+)?can`, String.raw`sorted[\s-]+out`, String.raw`arrived[\s-]+at`, String.raw`intend[\s-]+to`, String.raw`sit[\s-]+down`, String.raw`remains[\s-]+to[\s-]+be`, String.raw`review[\s-]+and[\s-]+sign`, String.raw`regular[\s-]+(?:vulnerability|security|penetration|malware|virus|scans?)`, String.raw`purposes?[\s-]+(?:of|require)`, String.raw`scale[\s-]+back`, String.raw`lower[\s-]+the`, String.raw`within[\s-]+(?:its|our|their)[\s-]+control`, String.raw`not[\s-]+intended`, String.raw`interview`, String.raw`trip`, String.raw`walk[\s-]?(?:round|around|about|over)`, String.raw`supplier[\s-]+day`, String.raw`informally`, String.raw`raised[\s-]+no[\s-]+objection`, String.raw`bid[\s-]+team`, String.raw`honou?r`, String.raw`accordingly`, String.raw`instead[\s-]+of`, String.raw`for[\s-]+as[\s-]+long[\s-]+as`, String.raw`properly[\s-]+authori[sz]ed`, String.raw`date[\s-]+of[\s-]+your`, String.raw`falls[\s-]+within`, String.raw`paying[\s-]+for`, String.raw`without[\s-]+further[\s-]+charge`, String.raw`(?:the[\s-]+)?ones[\s-]+(?:our|the|your|its)`, String.raw`replying`, String.raw`unilaterally`, String.raw`left[\s-]+open`, String.raw`talk[\s-]+with[\s-]+you`, String.raw`design[\s-]+objective`, String.raw`not[\s-]+within[\s-]+(?:its|our|their)`, String.raw`try[\s-]+not`, String.raw`look[\s-]+again`, String.raw`draw[\s-]+up[\s-]+and`, String.raw`pinned[\s-]+down`, String.raw`still[\s-]+finali[sz]ing`, String.raw`discuss[\s-]+in[\s-]+good`, String.raw`one[\s-]+of[\s-]+(?:our|its|their|the)`, String.raw`leads[\s-]+spoke`, String.raw`with[\s-]+no[\s-]+advance`, String.raw`settle[\s-]+revised`, String.raw`couldn['’]t[\s-]+help`, String.raw`we[\s-]+and[\s-]+(?:your|the)`, String.raw`up[\s-]+for[\s-]+discussion`, String.raw`further[\s-]+agreement`, String.raw`(?:together|jointly)[\s-]+draw[\s-]+up`, String.raw`stand[\s-]+behind`, String.raw`tells[\s-]+you`, String.raw`while[\s-]+(?:they|he|she)['’]?(?:re|s)?`, String.raw`acted[\s-]+(?:up)?on`, String.raw`has[\s-]+told`, String.raw`proper[\s-]+steps`, String.raw`necessary[\s-]+steps`, String.raw`(?:aren['’]t|are[\s-]+not|isn['’]t|is[\s-]+not)[\s-]+(?:our|its|their)[\s-]+fault`, String.raw`(?:aren['’]t|are[\s-]+not|isn['’]t|is[\s-]+not)[\s-]+in[\s-]+(?:our|its|their)[\s-]+hands`, String.raw`(?:fast|quick|quickly|responsive|reliable|large|big|strong)[\s-]+enough`, String.raw`sort[\s-]+out`, String.raw`talk[\s-]+(?:to|with)[\s-]+you`, String.raw`site[\s-]+walks?`, String.raw`stays?[\s-]+in[\s-]+place`, String.raw`still[\s-]+stands`, String.raw`told[\s-]+otherwise`, String.raw`further[\s-]+formalit`, String.raw`reserved[\s-]+for`, String.raw`indicative[\s-]+of`, String.raw`adjust[\s-]+(?:those|the|its|such)[\s-]+(?:measurements?|data|figures|results|readings)`, String.raw`texting`, String.raw`validly[\s-]+(?:made|given|raised)`, String.raw`taken[\s-]+into[\s-]+account`, String.raw`work[\s-]+(?:them|it|those|these|that)[\s-]+out`, String.raw`talk[\s-]+through`, String.raw`work[\s-]+together`, String.raw`(?:texts|messages)[\s-]+(?:to[\s-]+)?(?:the|our|your)`, String.raw`promised[\s-]+you`, String.raw`followed[\s-]+up`, String.raw`allocated[\s-]+at`, String.raw`reserves?[\s-]+the[\s-]+right`, String.raw`(?:outside|beyond)[\s-]+(?:of[\s-]+)?(?:our|its|their)[\s-]+(?:reasonable[\s-]+)?control`, String.raw`talking[\s-]+(?:the[\s-]+matter|it|this|that|things)[\s-]+(?:through|over)`, String.raw`as[\s-]+soon[\s-]+as`, String.raw`something[\s-]+we`, 'honour', String.raw`operational[\s-]+circumstances`, String.raw`without[\s-]+(?:an?[\s-]+)?purchase[\s-]+orders?`, String.raw`(?:arrangement|understanding)[\s-]+(?:replaces|supersedes|overrides)`, String.raw`ride[\s-]+along`, String.raw`instant[\s-]+messag`, 'ordinarily', String.raw`case[\s-]+by[\s-]+case`, String.raw`as[\s-]+(?:to[\s-]+be[\s-]+)?(?:finali[sz]ed|completed)[\s-]+(?:jointly[\s-]+)?by`, 'assent', 'demonstrated', String.raw`(?:amount|sum|figure|cap|price|fee|rate|level|limit)[\s-]+(?:fixed|agreed|set|determined|settled)[\s-]+by(?![a-z])`, String.raw`(?:county|agricultural|country|boat|home|motor|horse|dog)[\s-]+shows?(?![a-z])`, 'walkover', String.raw`walk[\s-]+over(?![a-z])`, String.raw`(?:stable|livery|farm|boat)[\s-]+yard`, String.raw`in[\s-]+good[\s-]+(?:working[\s-]+)?(?:order|condition|repair)(?![a-z])`, String.raw`guide(?:[\s-]+only)?[\s,]+and[\s-]+(?:doesn|don|does|do)`, String.raw`discuss[\s-]+(?:the[\s-]+)?(?:scope|price|pricing|fees?|costs?|terms|charges?|timing)(?![a-z])`, 'forum', 'agm', 'festival', 'summit', String.raw`(?:committee|board|group|forum|panel)[\s-]+(?:resolves?|decides?|determines?)(?![a-z])`, String.raw`(?:while|whilst)[\s-]+(?:servicing|repairing|inspecting|visiting|installing|maintaining|replacing|checking)(?![a-z])`, String.raw`(?:drop|pop|stop|come)[\s-]+(?:in|into|by|round)(?![a-z])`, String.raw`(?:sending|dropping|leaving|giving)[\s-]+(?:us|me|them)(?![a-z])`, String.raw`subject[\s-]+of[\s-]+(?:an?[\s-]+)?(?:[a-z]+[\s-]+)?(?:round|series)(?![a-z])`, String.raw`how[\s-]+(?:often|frequently)(?![a-z])`, String.raw`said[\s-]+(?:that[\s-]+)?you[\s-]+(?:could|can|may|might)(?![a-z])`, String.raw`(?:while|whilst|when)[\s-]+(?:at|on|visiting)[\s-]+(?:an?|the|your|our|its|their)(?![a-z])`, 'negotiations', String.raw`(?:text|texts|message|messages|whatsapp|ring|rings)[\s-]+(?:your|our|the)(?![a-z])`, 'suited', String.raw`(?:out[\s-]+of|outside(?:[\s-]+of)?)[\s-]+(?:our|its|their|the[\s-]+[a-z]+['’]s)[\s-]+hands(?![a-z])`, String.raw`speak[\s-]+(?:with|to)[\s-]+(?:you|us|them)(?![a-z])`, String.raw`(?:while|whilst|when)[\s-]+(?:the|our|your|its|their)[\s-]+(?:[a-z-]+[\s-]+){0,2}?(?:lead|engineer|manager|representative|rep|technician|officer|team|staff|consultant|agent)[\s-]+(?:is|are|was|were)[\s-]+(?:at|on|visiting)(?![a-z])`, String.raw`constraints[\s-]+as`, String.raw`(?:trade|industry|sector|technology)[\s-]+(?:fairs?|shows?|exhibitions?|expos?)`, 'kakao', 'zalo', 'imessage', 'precaution', String.raw`team[\s-]+is[\s-]+able`, String.raw`(?:walked|toured)[\s-]+(?:through|round|around)`, String.raw`control[\s-]+room`, String.raw`(?:parties|party|processor|controller|supplier|customer|client|provider|vendor|contractor)[\s-]+to[\s-]+(?:describe|insert|specify|list|complete|provide|state|add|enter|confirm|agree|decide)`, String.raw`(?:whatever|such)[\s-]+(?:intervals|times|frequency|frequencies|dates)`, String.raw`(?:in|by|under)[\s-]+an?[\s-]+(?:separate|later|future|subsequent|further)[\s-]+(?:written[\s-]+)?(?:arrangement|agreement|contract|side[\s-]+letter|understanding)`,
  // Round 90 (stop 33): kept informed, intervals suited to conditions, a timeframe reflecting severity, a pre-contract demonstration, obtained informally.
  String.raw`(?:informed|updated|apprised)[\s-]+(?:of|about|on|as|regarding)`, String.raw`(?:intervals|times|frequencies)[\s-]+(?:suited|suitable|adapted|tailored|matched|appropriate)`, 'reflects', 'demonstrated', 'demoed', 'showcased', 'informally',
  // Round 91 (stop 33): a convention as a channel.
  'convention',
  // Round 92 (stop 33): an open day as a channel.
  String.raw`open[\s-]+days?`,
  // Round 93 (stop 33): terms put in a separate document.
  String.raw`an?[\s-]+(?:separate|later|subsequent|future|further|new)[\s-]+(?:written[\s-]+)?(?:order|statement|sow|addendum)`,
  // Round 95 (stop 33): both sides who will set a term together; unless the provider decides.
  String.raw`(?:we[\s-]+and[\s-]+you|you[\s-]+and[\s-]+(?:we|us))`, String.raw`unless[\s-]+(?:[a-z]+[\s-]+){1,3}?(?:decides?|determines?)`,
  // Round 94 (stop 33): a short or brief time.
  String.raw`(?:short|brief)[\s-]+(?:time|period|while)`,
  // Round 126 (stop 41): everything within reason, events a named provider could not prevent, no breach merely by failing to meet them.
  String.raw`within[\s-]+reason(?![a-z])`,
  String.raw`(?:could|can|did)[\s-]*not[\s-]+(?:reasonably[\s-]+)?(?:have[\s-]+)?(?:prevent|avoid|foresee|control)`,
  String.raw`(?:merely|solely|simply)[\s-]+(?:by|for|because)[\s-]+`,
  // Round 128 (stop 42): "fit-for-purpose redundancy", a standard written as an adjective before what it qualifies.
  String.raw`fit[\s-]+for[\s-]+purpose`,
  // Round 132 (stop 44): a provider's usual standards or practices as the measure.
  String.raw`(?:usual|normal|ordinary|habitual)[\s-]+(?:standards|practices?|procedures?|processes)`,
  // Round 132 (stop 44): use beyond what is normal, a threshold no number sets.
  // Round 132 (stop 44): data kept in a secure environment, location or manner, no measure named.
  String.raw`secure[\s-]+(?:environments?|locations?|manner|places?|facilit(?:y|ies)|fashion)`,
  String.raw`(?:exceed(?:s|ed|ing)?|beyond|excess[\s-]+of)[\s-]+(?:the[\s-]+)?(?:normal|usual|typical|ordinary|expected|average)[\s-]+(?:usage|use|volume|load|consumption|levels)`,
];
/** A node of the stems' trie ({@link anchorSources}): the stems that end here (their rest, an expression), and the letters that go on. */
interface StemNode {
  /** True when a stem of letters only ends here: every word start with these letters is an anchor, whatever follows. */
  whole: boolean;
  rests: Set<string>;
  next: Map<string, StemNode>;
}

/** A stem's leading letters (those no quantifier follows) and the expression after them. */
function stemHead(stem: string): [string, string] {
  let i = 0;
  while (i < stem.length && /[a-z0-9'’]/.test(stem[i]!) && !/[?*+{]/.test(stem[i + 1] ?? '')) i++;
  return [stem.slice(0, i), stem.slice(i)];
}

/**
 * A stem that starts with a group (`(?:in|at|on)[\s-]+…`, `(?:cannot|(?:could|can)[\s-]+not)[\s-]+…`) as one stem per
 * alternative of the group, and one that starts with an optional group (`(?:in[\s-]+)?so[\s-]+far`) as the stem with it
 * and the stem without it; any other stem as itself. The expressions are only tested, so `(?:a|b)c` and `ac|bc` find
 * the same texts; spread, each alternative goes into the trie under its letters ({@link anchorSources}) instead of
 * being tried at every word start.
 */
function spreadStem(stem: string): string[] {
  const group = leadingGroup(stem);
  if (!group) return [stem];
  const { alternatives, after } = group;
  const quantifier = after[0];
  if (quantifier === '*' || quantifier === '+' || quantifier === '{' || (quantifier === '?' && after[1] === '?')) return [stem];
  const rest = quantifier === '?' ? after.slice(1) : after;
  const spread = [...alternatives, ...(quantifier === '?' ? [''] : [])].flatMap((alternative) => spreadStem(alternative + rest));
  // A group of many alternatives with a long rest would copy the rest for each: kept whole past this many.
  return spread.length > 24 ? [stem] : spread;
}

/** The top-level alternatives of the non-capturing group a stem starts with, and the expression after its `)`; undefined if it starts otherwise. */
function leadingGroup(stem: string): { alternatives: string[]; after: string } | undefined {
  if (!stem.startsWith('(?:')) return undefined;
  const { alternatives, end } = alternativesFrom(stem, 3);
  return end < stem.length ? { alternatives, after: stem.slice(end + 1) } : undefined;
}

/**
 * The largest source of an anchor expression. V8 leaves expressions of more
 * than 20 KB of source unoptimised, and one just past it tested the bench's
 * texts ten times slower (141 ms against 12 ms); well below it, splitting
 * costs nothing measurable (two or three expressions: 13 ms against 13 ms).
 * With the stems' leading groups spread into the trie (stop 43) the
 * expressions hold about 23 KB: at 8,500 characters the template blanks still
 * fit in the third, and no fourth expression is tested (the stems added since
 * left them, at 8,400, an expression of their own: a fourth search of every
 * text without an anchor).
 */
export const ANCHOR_CHUNK = 8_500;

/** Template blanks and prompts, which need no word start: the anchor expressions find them too ({@link anchorSources}). */
export const BLANK_ANCHORS = String.raw`_{2}|%%|#{3}|\.{6}|…{3}|[a-z]_(?:name|date|address|number|amount|email|title)\b|[\[<●•{]|(?:\d|x)\.x|(?:your|my|our)[-_]?(?:company|domain|business|organi[sz]ation|firm|site|website|brand)|(?:company|domain)[-_]?name\.`;

/**
 * The stems as expressions, from a trie of their leading letters: a word start
 * follows only the letters it has. V8 tries an expression's alternatives one
 * by one, so the former flat list made every word start try every stem of its
 * letter, and its compiled code (about 500 KB) was read from memory again for
 * each document of a lint: 70 ms of the bench's lint, against 12 ms for the
 * trie alone. The expressions are only tested (never asked where or what they
 * matched), so a stem of letters only makes the longer stems it begins
 * needless, and they are left out. The alternatives are split into
 * expressions of at most {@link ANCHOR_CHUNK} characters.
 */
function anchorSources(stems: readonly string[]): string[] {
  const root: StemNode = { whole: false, rests: new Set(), next: new Map() };
  for (const stem of stems.flatMap(spreadStem)) {
    const [head, rest] = stemHead(stem);
    let node = root;
    for (const ch of head) {
      let next = node.next.get(ch);
      if (!next) node.next.set(ch, (next = { whole: false, rests: new Set(), next: new Map() }));
      node = next;
    }
    if (rest === '') node.whole = true;
    else node.rests.add(rest);
  }
  const alternatives = (node: StemNode): string[] => [
    ...node.rests,
    ...[...node.next].map(([ch, next]) => {
      if (next.whole) return ch;
      const inner = alternatives(next);
      return inner.length === 1 && !inner[0]!.includes('|') ? ch + inner[0] : `${ch}(?:${inner.join('|')})`;
    }),
  ];
  const blanks = BLANK_ANCHORS;
  const out: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = (tail = '') => {
    out.push(`${WORD_BOUND_START}(?:${chunk.join('|')})${tail}`);
    chunk = [];
    size = 0;
  };
  for (const alternative of alternatives(root)) {
    if (chunk.length && size + alternative.length + 1 > ANCHOR_CHUNK - WORD_BOUND_START.length - 4) flush();
    chunk.push(alternative);
    size += alternative.length + 1;
  }
  // The last expression also finds the blanks, when they fit: one search of the text fewer.
  if (size + blanks.length + 1 > ANCHOR_CHUNK - WORD_BOUND_START.length - 4) {
    flush();
    out.push(blanks);
  } else flush(`|${blanks}`);
  return out;
}
const TABLES = loadTables();
/** The tables this module loaded, from its bundle or worked out: for the test that holds each bundle's tables to the full ones (needs.test.ts). */
export function loadedLexiconTables(): LexiconTables {
  return TABLES;
}
const MATCHERS = buildMatchers(TABLES);
/**
 * The anchor expressions, case-sensitive, for lower-cased text: their words
 * are written in lower case (test/unit/anchor.test.ts), and V8 compiles a
 * case-insensitive expression of this size in about 1.5 times as long (6.1 ms
 * against 3.5 ms for the first).
 */
const ANCHORS = TABLES.anchors.map((source) => new RegExp(source, 'g'));
/** The same, case-insensitive, for the rare text that lower-casing would lengthen (built on first use). */
let anchorsAsWritten: RegExp[] | undefined;

/** Whether `text` holds an anchor word (or a template blank) at or after `from`. */
function hasAnchor(text: string, from: number): boolean {
  const lower = text.toLowerCase();
  const asWritten = lower.length !== text.length;
  const anchors = asWritten ? (anchorsAsWritten ??= TABLES.anchors.map((source) => new RegExp(source, 'gi'))) : ANCHORS;
  for (const anchor of anchors) {
    anchor.lastIndex = from;
    if (anchor.test(asWritten ? text : lower)) return true;
  }
  return false;
}
/** Tells which matchers a sentence cannot match (built on first use). */
let needsTest: NeedsTest | undefined;
/**
 * Characters of text read before and after each range: a row may look behind
 * its match, and a template blank (whose brackets may hold a full stop) may
 * run past the end of the sentence. The other rows stop at the sentence's
 * end. Reading only this far, rather than to the end of the prose, is what
 * keeps a long text block from being searched once per range.
 */
const CONTEXT_BEFORE = 64;
const CONTEXT_AFTER = 256;

/** Every sentence of `text`, as [from, to): the row expressions run on those that hold an anchor. */
function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const at of sentenceEnds(text)) {
    const to = Math.min(text.length, at + 1);
    if (to > from) out.push([from, to]);
    from = to;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

/** Whether the sentence of a key ({@link SENTENCES_SEEN}) holds an anchor word; the character before it, or the mark of the start of the text, is read by the look-behind only. */
function anchored(key: string): boolean {
  return hasAnchor(key, 1);
}

const NUMBER_MATCHER = new RegExp(`${WORD_BOUND_START}(?:${NUMBER_ROWS.map((r) => `(${compile(r.pattern)})`).join('|')})${WORD_BOUND_END}`, 'gi');

/** Where the words of a prose string stand, for the judgements that depend on it. */
export interface ProseContext {
  /** True when the prose stands in a force-majeure clause (its name or heading says so). */
  forceMajeure?: boolean;
}

/** A lexicon match found in a text. */
export interface LexiconMatch {
  entry: LexiconEntry;
  /** Span of the words, in the offsets of the text that was searched (plus `base`). */
  span: Span;
  /** The words as written. */
  text: string;
  /** For `number-mismatch`: the two values and where each is written (offsets plus `base`). */
  numbers?: NumberMismatch & { wordsSpan: Span; digitsSpan: Span };
}

/** Two parties named as the subject ("the Customer and the Supplier will jointly decide"). */
const TWO_PARTIES = new RegExp(String.raw`\b${PARTY_WORD}\s+and\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:${PARTY_WORD}|operator|trust|board|hospital|university|insurer|bank|municipality)\b`, 'i');
/** Two capitalised parties as the subject ("the Contractor and the Commonwealth"). */
const TWO_NAMED = /\b[A-Z][A-Za-zÀ-ɏ]+\s+and\s+(?:the\s+)?[A-Z][A-Za-zÀ-ɏ]+(?:\s+[A-Z][A-Za-zÀ-ɏ]+){0,3}\s+$|\b[A-Z][A-Za-zÀ-ɏ]+\s+and\s+(?:the\s+)?[A-Z][A-Za-zÀ-ɏ]+(?:\s+[A-Z][A-Za-zÀ-ɏ]+){0,3}\s+(?:will|shall|must|are\s+to)\b/;
/** Parties who disagree, or a question still open between them: a meeting that takes it up is a step of dispute resolution. */
const DISAGREEING = /\b(?:disagree\w*|disputed|unresolved(?!\s+(?:incidents?|tickets?|faults?|issues?|problems?|defects?|alerts?|requests?)\b))\b/i;
/** A decision that is a negotiation, and words after it that give only its criteria ("according to", "based on"). */
const NEGOTIATED = /\b(?:re)?negotiat/i;
const CRITERIA_AFTER = /^[\s,]+(?:according\s+to|based\s+on|on\s+the\s+basis\s+of|depending\s+on|in\s+the\s+light\s+of)\b/i;
/** A party word and a name, in either order, as the subject ("the customer and HCMku are to …", "Acme and the Client will …"). */
const PARTY_AND_NAME = new RegExp(
  String.raw`\b(?:(?:${PARTY_WORD_ANY_CASE})\s+and\s+(?:the\s+)?[A-Z][A-Za-z0-9]+|[A-Z][A-Za-z0-9]+\s+and\s+(?:the\s+)?${PARTY_WORD_ANY_CASE})\s+(?:$|(?:will|shall|must|are\s+to)\b)`,
);
/** A condition or exception before "the parties agree" ("unless the parties agree otherwise"): an option, not a term left open. */
const CONDITION_BEFORE = /\b(?:if|unless|where|when|whenever|until|except|save|otherwise|once|after|provided)\s+(?:(?:as|that|and\s+when)\s+)?(?:the\s+|both\s+)?$/i;
/** A term the parties' later choice fills ("an amount the parties agree", "the date the parties select"). */
const TERM_BEFORE =
  /\b(?:amounts?|sums?|dates?|prices?|pricing|rates?|fees?|terms?|levels?|figures?|times?|timetables?|schedules?|intervals?|frequenc(?:y|ies)|cadence|timing|quantit(?:y|ies)|numbers?|values?|caps?|charges?|percentages?|periods?|scopes?|plans?|milestones?|budgets?|methods?|formats?|places?|locations?|deadlines?|credits?|discounts?|limits?|conditions?|basis|mechanisms?|formula|index|volumes?|windows?|hours|days|sites?|suppliers?|vendors?|tools?|standards?)\s+(?:that\s+|which\s+|as\s+)?$/i;
/** Pieces of the support-channel tests: requests that are accepted or taken, the words of support work, a desk that takes requests. */
const REQUESTS_TAKEN = (what: string) => String.raw`\b(?:${what})\s+(?:are|is|will\s+be|may\s+be|can\s+be)\s+(?:only\s+)?(?:accepted|taken|received|logged|handled|answered)\b`;
const SUPPORT_WORDS = String.raw`(?:support|service|help)\s+requests?|(?<!(?:security|data|privacy)\s)(?<![A-Za-z]-)incidents?(?!\s+(?:managers?|coordinators?|commanders?|leads?|owners?|teams?|bridges?)\b)|(?<!(?:tour|event|entry|admission|concert|match|season|parking|train|bus|ferry|flight|museum|theatre|lottery)[\s-])(?<![A-Za-z]-)tickets?(?![\s-](?:offices?|desks?|halls?|machines?|barriers?|counters?|booths?|kiosks?|sales|holders?|inspectors?|buyers?|purchasers?|types?|prices?|layouts?|designs?|templates?|printing|stock|formats?)\b)|faults?(?![\s-](?:prediction|predictions|detection|tolerance|tolerant|finding|diagnosis|models?|analytics|priorit(?:y|ies)|matri(?:x|ces)|categor(?:y|ies)|classifications?|severit(?:y|ies))\b)|enquir(?:y|ies)|quer(?:y|ies)|password|callbacks?`;
const TAKES_REQUESTS = (what: string) => String.raw`\b(?:accepts?|takes?|receives?|handles?|logs?|answers?)\s+(?:\w+\s+)?(?:${what})\b`;
/** What a support channel handles; an approval of these is no variation of the contract. */
const SUPPORT_OBJECT = new RegExp(`^\\s*(?:[A-Za-z-]+\\s+){0,2}?(?:support|assistance|help(?:desk)?)\\b[^.;]{0,60}?\\b(?:is|are|will\\s+be|shall\\s+be)\\s+(?:offered|provided|available|given)\\s*$|${REQUESTS_TAKEN('requests?|calls?|tickets?|orders?|reports?')}|\\b(?:${SUPPORT_WORDS}|outages?|(?<![A-Za-z]-)alerts?(?!\\s+(?:system|systems|service|platform|app|thresholds?|levels?|rules?|settings?|limits?|types?))|receipt)\\b|${TAKES_REQUESTS('requests?|calls?|orders?')}`, 'i');
/** A money figure: an amount with a currency. */
const MONEY = /(?:[$€£]\s?\d|\b\d[\d,.]*\s?(?:USD|EUR|GBP|CHF|AUD|CAD|JPY|NZD|SEK|NOK|DKK)\b)/;
/** Information disclosed or received by some means (the definition of confidential information). */
const INFORMATION_DISCLOSED = /\b(?:confidential\s+)?information\b[^.;]{0,80}\b(?:disclos\w*|provided|communicated|shared|furnished|conveyed|made\s+available|received|obtained)\b/i;
/** A named part of the contract that sets out what the soft word leaves open ("as set out in the Maintenance Schedule", "in accordance with Annex 2"). */
const SCHEDULE_SETS_IT = /^[\s,]*(?:as\s+(?:set\s+out|specified|defined|described|detailed|listed|stated)\s+in|in\s+accordance\s+with|pursuant\s+to|per)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Schedule|Annex|Appendix|Exhibit|Attachment|Table|Plan|Policy)\b/;
/** A condition of writing or signature ("until confirmed in writing", "unless both parties have initialled them"): the text then sets a formality, it empties no promise. */
const FORMALITY = /\b(?:unless|until|except\s+(?:where|when|if))\b[^.;]*\b(?:initial(?:l)?ed|signed|in\s+writing|written|executed|countersigned|agreed)\b/i;
/** Whether the sentence, read without the matched words, gives a right (in the whole sentence or the clause the match stood in). */
function rightOutside(sentence: string, start: number, end: number): boolean {
  // "Back up your data frequently so you can get recent work back": a purpose, no right given.
  const rest = blanked(sentence.slice(0, start) + sentence.slice(end), PURPOSE_CLAUSE);
  return isRight(rest) || isRight(clauseAround(rest, start, start));
}

/** Advice before the soft word ("we suggest that you", "customers are encouraged to"): no promise. */
const RECOMMENDATION = /\b(?:suggest|recommend|encourage|advise)(?:s|ed)?\b(?:\s+that)?\s+(?:you|customers?|clients?|users?|the\s+(?:customer|client|user))\b|\b(?:you|customers?|clients?|users?)\s+(?:are|is)\s+(?:strongly\s+)?(?:encouraged|advised|recommended)\s+to\b/i;
/** A soft word as the predicate ("is sufficient", "are not adequate"). */
const PREDICATE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:not\s+)?(?:\w+ly\s+)?$/i;
/** "… to extend", "… to start billing": what the predicate is sufficient for, a verb. */
const PURPOSE_AFTER = /^\s+for\s+the\s+purposes?\s+of\b|^\s+to\s+(?!(?:the|a|an|its|their|his|her|our|your|any|each|all|such|this|that|these|those|every|both)\b)[a-z]+\b|^\s+(?:for\s+(?:the\s+|a\s+|an\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+to\b|authori[sz]ation|authority|approval|evidence|proof|consent|grounds)/i;
/** "Only", "solely" shortly before a soft word: it limits what a party may do. */
const ONLY_BEFORE = /\b(?:only|solely|strictly|exclusively)\b[^,;.]{0,30}$/i;
/** A term of the contract as the subject ("this clause", "service credits", "the remedies"). */
const CONTRACT_SUBJECT = /\b(?:clauses?|sections?|agreement|contract|terms?|provisions?|paragraphs?|schedules?|credits?|remed(?:y|ies)|parties|indemnit(?:y|ies)|limitations?|caps?|warrant(?:y|ies))\b/i;
/** A transfer of personal data to a country whose law gives adequate protection. */
const ADEQUACY = /\b(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|transfers?)\b/i;
const MODAL_BEFORE = /(?:(?:\b(?:will|shall|must|would|should|agrees?\s+to|undertakes?\s+to|is\s+to|are\s+to|(?:is|are)\s+(?:obliged|required|bound)\s+to)|['’]ll)\s+(?:(?:also|then|first|always|otherwise|\w+ly)\s+)?)$/i;
/** A duty earlier in the clause the effort verb is coordinated with ("we shall revisit the requirement and, within limits, try to"). */
const COORDINATED_DUTY = /\b(?:will|shall|must|agrees?\s+to|undertakes?\s+to)\s+[^.;]*\band\b[^.;]{0,30}$/i;
const THIRD_PERSON = /^(?:endeavou?rs|strives|aims|tries|seeks|hopes|aspires|intends)\b/i;

/** A clause of purpose ("so you can get recent work back"): what a duty is for, not a right it gives. */
const PURPOSE_CLAUSE = /\bso\s+(?:that\s+)?(?:you|we|it|they|the\s+[a-z]+)\s+(?:can|may|could|might)\b[^,.;]*/gi;

/** A reason for using a right right after a soft word ("reasonable grounds", "reasonable security grounds", "good cause"). */
/** The mitigation standard from the start of a match ("use reasonable efforts to mitigate", "reasonable steps to mitigate"); a soft word alone ("promptly to mitigate") or a verb ("endeavour to mitigate") is not it. */
const MITIGATION = /^(?:[a-z]+[\s-]+){0,3}?(?:reasonabl[ey]|best)[\s-]+(?:steps|efforts?|endeavou?rs?|measures)[\s-]+to[\s-]+mitigat/i;
const GROUNDS_AFTER = /^[\s,]*(?!(?:whatever|regardless|irrespective)\b)(?:[A-Za-z]+[\s-]+){0,2}(?:grounds?|cause|basis\s+for|belief|suspicion)\b/i;
/**
 * The duty to mitigate one's own loss, whatever the wording: the soft word stands just before it ("reasonable steps to
 * limit any loss you suffer", "endeavours to mitigate its losses") or states which loss a claimant could have avoided
 * ("loss that could reasonably have been avoided"). Mitigating the effect of an event or a failure is a duty of
 * performance (the corpus reads "reasonable endeavours to mitigate its effect" as vague), a loss of something (data,
 * service) is the other party's performance, and "could not reasonably have been avoided" is an excuse.
 */
const MITIGATION_AFTER = /^[\s,]*(?:(?:can|could|is\s+able|are\s+able)\s+)?(?:(?:steps?|efforts?|endeavou?rs?|measures?|means|action|care)\s+)?(?:to\s+)?(?:mitigat\w*|limit|reduce|minimi[sz]e)\s+(?:the\s+|any\s+|that\s+|those\s+|these\s+|its\s+|their\s+|your\s+|his\s+|her\s+|such\s+)?(?:[a-z]+\s+)?(?:loss(?:es)?|damages?)\b(?!\s+of\b)/i;
const LOSS_AVOIDABLE = /^\s+(?:have\s+been\s+|be\s+)?(?:avoided|mitigated)\b/i;
const HARMFUL_EFFECT = /\bmitigat\w*[^.;]{0,30}?\bany\s+harmful\s+effects?\b/i;
function mitigation(text: string, start: number, end: number, from: number, to: number): boolean {
  // "Reasonable efforts to mitigate any harmful effect of a use or disclosure": the business associate's duty of performance, no loss of its own.
  if (MITIGATION.test(text.slice(start, aheadTo(text, end, to, 40))) && !HARMFUL_EFFECT.test(text.slice(start, aheadTo(text, end, to, 100)))) return true;
  if (MITIGATION_AFTER.test(text.slice(end, aheadTo(text, end, to, 80)))) return true;
  const before = text.slice(backTo(text, start, from, 40), start);
  // "Shall mitigate, to the extent commercially practicable, its own costs": the soft word qualifies mitigation of one's own loss.
  if (/\bmitigat\w*,?\s+(?:to\s+the\s+extent\s+)?(?:[a-z]+\s+)?$/i.test(before) && /^[^.;]{0,20}\b(?:its|their|his|her|your)\s+own\s+(?:costs?|loss(?:es)?|damages?|expenses?)\b/i.test(text.slice(end, aheadTo(text, end, to, 60)))) return true;
  return LOSS_AVOIDABLE.test(text.slice(end, aheadTo(text, end, to, 40))) && !/\b(?:not|never)\s+$/i.test(before);
}

/** How far after a match its row's `unlessFollowedBy` reads, into the next sentence if need be. */
const FOLLOWING = 80;
/**
 * How far past its sentence a judgement may read: a row's `unlessFollowedBy` ({@link FOLLOWING} characters after a match near
 * the end) and a term left to a later agreement, whose fallback may stand in the next sentence ({@link fallbackFollows}). A
 * sentence so judged is remembered with these characters after it ({@link SentenceScan.readsOn}).
 */
const READS_ON = 200;

/**
 * A fallback in the sentence after a deferred term: "The parties shall jointly develop a plan … If the parties cannot agree a
 * plan within thirty days, the service levels in this Agreement continue to apply." What applies if the parties do not agree is
 * settled, so nothing is left open, wherever the fallback stands.
 */
function fallbackFollows(text: string, to: number): boolean {
  const next = text.slice(to, to + READS_ON);
  if (!/^\s*(?:If|Where|Should|In\s+the\s+event\s+that|Failing)\b/.test(next)) return false;
  const stop = /[.;](?=\s|$)/.exec(next);
  return hasFallback(stop ? next.slice(0, stop.index + 1) : next);
}

/** A line break, a tab or two blanks in a row: the layout of a wrapped, indented prose block. */
const LAYOUT = /[\n\r\t]| {2}/;

/**
 * True when the row's judgement lets the match stand in its sentence. The sentence is judged by its words, not by
 * how its prose block is wrapped and indented: a sentence with line breaks or runs of blanks is judged as it reads
 * with each run made one space (the expressions of the judgements count characters, and a window of 60 of them
 * held fewer words the deeper a block was indented), followed by the text after it as written.
 */
function reported(row: Row, text: string, start: number, end: number, context: ProseContext): boolean {
  const { from, to } = sentenceAround(text, start, end);
  if (!LAYOUT.test(text.slice(from, to))) return judged(row, text, start, end, context);
  // A match starts and ends on a word, so no run of blanks spans its edges: the three parts collapse on their own.
  const head = oneLine(text.slice(from, start));
  const words = oneLine(text.slice(start, Math.min(end, to)));
  return judged(row, head + words + oneLine(text.slice(Math.min(end, to), to)) + text.slice(to, to + READS_ON), head.length, head.length + words.length, context);
}

/** Text with each run of blanks made one space. */
function oneLine(text: string): string {
  return text.replace(BLANK_RUN, ' ');
}
const BLANK_RUN = /[ \t\r\n]+/g;

/** True when the row's judgement lets the match stand in its sentence ({@link reported}). */
function judged(row: Row, text: string, start: number, end: number, context: ProseContext): boolean {
  // "The maximum number of on-site audits": a kind of audit, no step taken on site.
  if (row.code === 'verbal-agreement' && /^on[\s-]+site[\s-]+(?:audits?|inspections?|visits?|support|work|attendance|engineers?|technicians?)\b/i.test(text.slice(start, end + 20))) return false;
  // "Provider may, in its sole discretion, determine whether an interruption … counts as Downtime": one side decides whether the promise was broken, whatever right the sentence frames it as.
  if (row.id === 'sole-discretion' && /\bdetermine\s+whether\b[^.;]{0,100}\b(?:counts?\s+as|constitutes?|amounts?\s+to|is)\s+(?:downtime|an?\s+outage|unavailab\w*|a\s+service\s+failure|a\s+breach|an?\s+incident)\b/i.test(text.slice(start, end + 200))) return true;
  // "If the parties so decide": a decision of both, no one side's discretion.
  if (row.id === 'sole-discretion' && /\b(?:the|both)\s+parties\s+(?:so\s+)?(?:decide|agree|wish)\b/i.test(text.slice(start, end))) return false;
  // "Shall be those informally agreed at the project workshop": an agreement already made informally, the informal step, not a term left open.
  if (row.code === 'agreement-to-agree' && /\b(?:informally|verbally|orally)\s+(?:agreed|settled|approved)$/i.test(text.slice(start, end))) return false;
  // "The parties will agree on reasonable procedures": the soft word is part of the term left open, reported once as that.
  if (row.code === 'vague-term' && /\b(?:will|shall)\s+agree\s+(?:on|upon)?\s*$/i.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "Hold valid work permits before they start on site": where people work, no step taken there.
  if (row.code === 'verbal-agreement' && /^on[\s-]+site$/i.test(text.slice(start, end)) && /\b(?:start|starts|begin|begins|work|works|working|arrive|arrives|attend|attends|are|is|be|present|deployed)\s+$/i.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "Request that an engineer attend the site in person, such attendance being charged at the rates in Schedule 4": how the work is done, no step taken in person.
  if (row.code === 'verbal-agreement' && /^in[\s-]+person$/i.test(text.slice(start, end)) && /^\s*(?:[,.;]|$)/.test(text.slice(end, end + 2)) && /\b(?:attend|attends|attending|be\s+present|is\s+present|are\s+present)\b(?:[\s,]+(?!(?:agree[sd]?|approv\w*|confirm\w*|promis\w*|accept\w*|authori[sz]\w*|consent\w*|say|says|said|told|tells?|offer\w*|waiv\w*)\b)[A-Za-zÀ-ɏ'’-]+){0,8}\s+$/i.test(text.slice(Math.max(0, start - 100), start))) return false;
  // "If you call our helpline to report a lost loyalty card, we'll block the card during the call": a support call, no informal step.
  if (row.code === 'verbal-agreement' && /\bcall\s+(?:our|the)\s+(?:helpline|help\s*desk|support\s+line|service\s+desk)\s+to\s+report\b/i.test(text.slice(Math.max(0, start - 120), start))) return false;
  // "If you tell us about a permit that was charged twice, we'll … refund": a complaint, no order.
  if (row.id === 'informal-work-order' && /^tell\s+us$/i.test(text.slice(start, end)) && /^\s+about\b/i.test(text.slice(end, end + 10))) return false;
  // "By continuing to sell tickets after that date you accept the new terms": conduct after a written notice, no informal channel.
  if (row.code === 'verbal-agreement' && /^by\s+continuing\s+to\b/i.test(text.slice(start, end))) return false;
  // "Will decide together, at the end of the trial, whether": a time, no channel.
  if (row.code === 'verbal-agreement' && /^at\s+the\s+end\s+of\s+the\s+(?:trial|pilot|term|season|year|month|quarter|period)\b/i.test(text.slice(start, end))) return false;
  // "The events listed in the 'Events outside our control' section": a heading quoted, no excuse written.
  if (row.code === 'vague-term' && /['‘“"]$/.test(text.slice(Math.max(0, start - 1), start)) && /^['’”"]\s+(?:section|clause|heading|part|schedule|paragraph)\b/i.test(text.slice(end, end + 20))) return false;
  // "Hotspur may take reasonable steps to verify a requester's identity": a right, whose standard binds nobody.
  if (row.id === 'reasonable-steps' && /\bmay\s+take\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return false;
  // "As required by and to the extent set out in WCAG 2.1": a standard named, nothing left to agree.
  if (row.id === 'as-parties-negotiate' && /^as\s+required\s+by\b/i.test(text.slice(start, end))) return false;
  // "The alarm-call recording service": a kind of call a service handles, no conversation.
  if (row.code === 'verbal-agreement' && /\b(?:alarm|emergency|wake[\s-]?up|roll|nurse|distress|night)[\s-]+calls?$/i.test(text.slice(start, end))) return false;
  // "A text message … confirming a Service Credit is sufficient for the account to set that credit off": a message said to suffice, no soft standard.
  if (row.code === 'vague-term' && /^sufficient$/i.test(text.slice(start, end)) && /^\s+(?:for|to)\b/i.test(text.slice(end, end + 10)) && /\b(?:messages?|approvals?|confirmations?|notices?|e-?mails?|texts?|calls?|instructions?|consents?|authori[sz]ations?|go[\s-]+aheads?)\b[^.;]{0,140}\b(?:is|are|shall\s+be|will\s+be)\s+$/i.test(text.slice(Math.max(0, start - 160), start))) return false;
  // "Where time does not permit completion of a Variation Form": a condition, no promise made as time permits.
  if (row.code === 'vague-term' && /^(?:where|if|when|unless)\s+time\s+does\s+not\s+permit\b/i.test(text.slice(start, end))) return false;
  // "Credits accrue whether or not the Provider shows that it used its best efforts": the efforts are named only to be ruled out.
  if (row.code === 'vague-term' && /\b(?:efforts?|endeavou?rs?)\b/i.test(text.slice(start, end + 14)) && /\b(?:whether\s+or\s+not|regardless\s+of\s+whether|irrespective\s+of\s+whether)\b[^.;,]{0,60}$/i.test(text.slice(Math.max(0, start - 80), start))) return false;
  // "Which the parties accept as meeting the requirements of Principle 11": meeting a standard, no meeting held.
  if (row.code === 'verbal-agreement' && /\bmeeting$/i.test(text.slice(start, end)) && /^\s+(?:the|all|any|its|their|our|your|these|those)\s+(?:[a-z-]+\s+){0,2}?(?:requirements?|standards?|criteria|conditions|obligations|needs|expectations|targets?|specifications?)\b/i.test(text.slice(end, end + 60))) return false;
  // "Is a strict obligation and not a best-endeavours undertaking": the soft standard is named only to be ruled out.
  if (row.code === 'vague-term' && /\b(?:strict|absolute|firm)\s+obligation\s+and\s+not\s+(?:merely\s+)?an?\s+$/i.test(text.slice(Math.max(0, start - 60), start))) return false;
  // "Is absolute and is not limited to the use of reasonable efforts": the same, ruled out in other words.
  if (row.code === 'vague-term' && /\bnot\s+(?:limited|confined|restricted)\s+to\s+(?:the\s+)?(?:use\s+of\s+)?$/i.test(text.slice(Math.max(0, start - 60), start))) return false;
  // "Reasonable efforts, for the purposes of clause 8.3, means attendance … within four working hours": the soft words are the term the sentence defines.
  if (row.code === 'vague-term' && /^\s*["“]?$/.test(text.slice(sentenceAround(text, start, end).from, start)) && /^["”]?\s*(?:,[^;]{0,60}?,\s*)?(?:means|shall\s+mean)\b/i.test(text.slice(end, end + 80))) return false;
  // "Shall be those the parties approve in due course", "will consult with the Contractor to settle, in due course, the procedure": the time of a decision still to come, reported as the term left open.
  if (row.code === 'vague-term' && /^in\s+due\s+course$/i.test(text.slice(start, end)) && /\b(?:parties|we\s+and\s+you|you\s+and\s+we)\s+(?:may\s+|shall\s+|will\s+)?(?:approve|agree|decide|select|settle)\s+$|\bto\s+(?:settle|agree|decide|determine|fix)\s*,\s*$/i.test(text.slice(Math.max(0, start - 60), start))) return false;
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  const before = text.slice(from, start);
  const after = text.slice(end, aheadTo(text, end, to, 120));
  // "Redundancy sufficient to meet the Tier III requirements of ANSI/TIA-942", "a stock adequate to supply 40 crew for 72 hours": the soft word is measured by the figure or standard it must reach.
  if (row.code === 'vague-term' && /^(?:sufficient|adequate|enough)$/i.test(text.slice(start, end)) && SOFT_MEASURED_AFTER.test(after)) return false;
  // "We aim to respond within four working hours and will always respond by the end of the next working day": a firm time limit stands behind the aim.
  if (row.id === 'endeavour-to' && /^(?:aims?|try|tries|endeavou?rs?|strives?)\s+to$/i.test(text.slice(start, end)) && FIRM_BACKSTOP_AFTER.test(after)) return false;
  // "Shall try to agree the Exit Plan within three months; failing agreement, the model Exit Plan at Annex 7 shall apply": a fallback settles the term if they do not agree.
  if (row.id === 'endeavour-to' && /^\s+(?:agree|settle|reach\s+agreement)\b/i.test(after) && AGREEMENT_FALLBACK.test(text.slice(end, to))) return false;
  // "May be carried out at short notice, but any such period counts as Downtime": the short notice costs the provider, the client loses nothing by it.
  if (row.id === 'reasonable-notice' && /^(?:at\s+|on\s+)?short\s+notice$/i.test(text.slice(start, end)) && /^[^.;]{0,40}?\bbut\b[^.;]{0,40}?\b(?:counts?|(?:shall|will)\s+count|(?:is|are|shall\s+be|will\s+be)\s+(?:treated|counted|included))\s+(?:as|in|towards?)\s+(?:the\s+)?(?:downtime|unavailability|an?\s+outage|(?:the\s+)?availability)\b/i.test(after)) return false;
  // "Reasonable assistance in diagnosing faults, limited to supplying error logs and access to test accounts": the help is listed, nothing left to judge.
  if (row.code === 'vague-term' && /\b(?:assistance|co-?operation|support|help)$/i.test(text.slice(start, end)) && /^[^.;]{0,100}?,\s*(?:limited|confined|restricted)\s+to\s+(?:supplying|providing|giving|sending|making\s+available|the\s+provision\s+of)\b/i.test(after)) return false;
  // "May be agreed at the monthly service meeting and will take effect immediately, without amendment of this SLA": what is agreed at the meeting binds at once without the written amendment, the informal step, reported once as that.
  if (row.code === 'agreement-to-agree' && /^(?:may|can)\s+(?:also\s+)?be\s+(?:agreed|settled|arranged|decided|approved)$/i.test(text.slice(start, end)) && /^\s+(?:at|in|during|on|over|by)\s/i.test(after) && /\bwithout\s+(?:any\s+|further\s+|formal\s+|a\s+|an\s+)?(?:written\s+)?(?:amendment|variation|change\s+(?:note|order|request))s?\b/i.test(after)) return false;
  // The words after the match may run into the next sentence ("return or destroy all PHI, if feasible. If return … is not feasible, …"): the one reading past the sentence ({@link FOLLOWING}).
  // "With fair warning to the Customer": after a noun of notice, "to the Customer" names who is warned, not who judges the soft word.
  if (row.unlessFollowedBy?.test(text.slice(end, end + FOLLOWING)) && !(row.id === 'soft-standard' && /\b(?:warning|notice)$/i.test(text.slice(start, end)) && /^\s+to\s/i.test(text.slice(end, end + 4)))) return false;
  if (row.unlessMatches?.test(text.slice(start, end))) return false;
  // "May raise fees … by telling you at least 60 days beforehand by email": the telling is written.
  if (row.code === 'verbal-agreement' && /^(?:by\s+)?(?:telling|notifying|informing)\b/i.test(text.slice(start, end)) && /^[^.;]{0,80}?\b(?:by\s+e-?mail|in\s+writing|by\s+letter|by\s+post)\b/i.test(after)) return false;
  // "Objects on reasonable data-protection grounds": the standard of a party's reason for using a right, not of a duty.
  if (row.code === 'vague-term' && GROUNDS_AFTER.test(text.slice(end, aheadTo(text, end, to, 60)))) return false;
  // "Force Majeure means an event … that could not have been prevented by reasonable precautions": the test of avoidability, a term of art, whichever class matched it.
  if (row.code === 'vague-term' && FORCE_MAJEURE_NAMED.test(sentence) && /\b(?:avoided|prevented|overcome)\s+by\s+(?:the\s+)?(?:taking\s+)?(?:of\s+)?(?:all\s+)?$/i.test(before)) return false;
  // "Force Majeure: neither of us is responsible for failing … because of things neither could reasonably prevent": the test of avoidability in the force-majeure clause, a term of art.
  if (row.code === 'vague-term' && FORCE_MAJEURE_NAMED.test(sentence) && /\b(?:neither|no\s+party|either)\b[^.;]{0,60}\b(?:could|can|would)\s+(?:not\s+)?$/i.test(before)) return false;
  // "The measures the Processor considers appropriate shall, as a minimum, comprise encryption at rest using AES-256 …": the discretion only adds to a floor the sentence lists.
  if (row.id === 'sole-discretion' && /\b(?:considers?|deems?|thinks?)\s+(?:appropriate|necessary|suitable)$/i.test(text.slice(start, end)) && /^\s+(?:shall|will|must)\s*,?\s*(?:as\s+a\s+minimum|at\s+(?:a\s+)?minimum)\s*,?\s*(?:comprise|include|consist\s+of)\b/i.test(after)) return false;
  // "Replace any vehicle that fails … forthwith, and no later than the next scheduled service day": a hard limit by a named day.
  if (row.code === 'vague-term' && /^\s*,?\s*(?:and|but)\s+(?:in\s+any\s+event\s+)?(?:no|not)\s+later\s+than\s+the\s+(?:next|following|same|end\s+of\s+the)\b/i.test(after)) return false;
  // "Appropriate personal protective equipment …, meeting the requirements of the Personal Protective Equipment at Work Regulations 1992": the standard named.
  if (row.code === 'vague-term' && /\bmeeting\s+the\s+requirements\s+of\s+the\s+(?:[A-Z][A-Za-z]+\s+){1,8}(?:at\s+Work\s+)?(?:Regulations|Act|Directive|Standard)\s+\d{4}\b/.test(sentence)) return false;
  // "Oral instructions … are not Documented Instructions unless confirmed by email": the writing is required, not waived.
  // "… are not documented instructions, and the Processor shall act on them only once confirmed by email": the same condition, written as "only once".
  if (row.id === 'writing-waived' && /\b(?:unless\s+|only\s+(?:once|when|after|if|where)\s+(?:(?:it|they|this|that|such\s+[a-z]+)\s+(?:is|are|has\s+been|have\s+been)\s+)?)confirmed\s+(?:by\s+e-?mail|in\s+writing|by\s+letter|in\s+an?\s+(?:e-?mail|letter))\b/i.test(sentence)) return false;
  // "We'll pay back what you reasonably spend …, up to the fees you paid for that month": a sum capped.
  if (row.code === 'vague-term' && /^reasonably$/i.test(text.slice(start, end)) && /\b(?:pay\s+back|reimburse|refund)\b/i.test(sentence) && /\bup\s+to\s+(?:the|a)\s+(?:fees?|amount|charges?|sum|maximum)\b/i.test(sentence)) return false;
  // "At regular intervals, and no patch … shall remain unapplied for more than 14 days": a hard limit bounds the interval.
  if (row.id === 'periodically' && /\bfor\s+more\s+than\s+\d+\s+(?:days?|hours?|weeks?)\b/i.test(sentence)) return false;
  // "Use reasonable efforts to mitigate its loss", "reasonable steps to mitigate": the legal standard of mitigation, a term of art, whichever class matched it.
  if (row.code === 'vague-term' && !/^intervals\b/i.test(text.slice(start, end)) && mitigation(text, start, end, from, to)) return false;
  // "Each Party shall mitigate, so far as it is able, any loss it incurs": the soft words qualify the duty to mitigate one's own loss, the same term of art.
  if (row.code === 'vague-term' && /\bmitigat\w*\s*,\s*$/i.test(before) && /\b(?:loss|losses|damage|damages)\b/i.test(after)) return false;
  // "Neither party shall be in breach for … circumstances beyond its reasonable control …, provided that it notifies the other party without delay" (or "uses all reasonable endeavours to mitigate the effects"): the duties of the force-majeure provision.
  if (row.code === 'vague-term' && FORCE_MAJEURE_PROVISION.test(sentence) && (/\b(?:notif\w*|inform\w*|tells?|told|warn\w*|advis\w*)\b[^.;]{0,60}$/i.test(before) || /^\s*(?:to\s+)?mitigat/i.test(after))) return false;
  // "Only if reasonable precautions could not have prevented it": the test of avoidability, a term of art.
  if (row.code === 'vague-term' && /^\s*(?:could|would)\s+not\s+(?:reasonably\s+)?have\s+(?:prevented|avoided)\b/i.test(after)) return false;
  // "Knows of it or, exercising reasonable diligence, would have known of it": the test of constructive knowledge, a term of art.
  if (row.code === 'vague-term' && /^[\s,]*(?:would|should|could)\s+have\s+(?:known|discovered|been\s+aware|become\s+aware)\b/i.test(text.slice(end, aheadTo(text, end, to, 60)))) return false;
  // "Adequate safeguards, namely the standard contractual clauses": the standard is named right after it.
  // "Measures proportionate to the risk to the systems, which shall include at a minimum the Essential Eight strategies": a floor named in a relative clause.
  if (row.code === 'vague-term' && (NAMED_RIGHT_AFTER.test(after) || NAMED_AFTER_NOUN.test(after) || ((row.id === 'appropriate-measures' || (row.id === 'soft-standard' && /^\s+(?:to|with)\s+the\s+(?:[a-z-]+\s+)?risks?\b/i.test(after))) && NAMED_LATER.test(after)))) return false;
  // "Make reasonable adjustments … for users with disabilities": the duty of equality law, a term of art.
  if (row.code === 'vague-term' && /^reasonable$/i.test(text.slice(start, end)) && /^\s+adjustments?\b/i.test(after) && /\bdisab(?:led|ilit(?:y|ies))\b/i.test(sentence)) return false;
  if (row.unlessPrecededBy?.test(before)) return false;
  // "Using AES-256 and TLS 1.3, which we consider appropriate for this kind of data": a comment on measures the sentence has already named.
  if (row.code === 'vague-term' && NAMED_THEN_JUDGED.test(text.slice(from, end))) return false;
  // "Commensurate with the data held, being at a minimum the safeguards in CIS Critical Security Controls v8": a named floor right after.
  if (row.code === 'vague-term' && /^[^.;]{0,60}?,\s*being\s+(?:at\s+(?:a\s+)?minimum|at\s+least)\s+(?:the\s+|those\s+)?(?:[a-z]+\s+){0,3}(?:in|of|under|required\s+by|set\s+out\s+in)\s+(?:the\s+)?[A-Z]/.test(after)) return false;
  // "A country listed by the Federal Council as providing adequate protection": the adequacy an authority decides, a term of data-protection law.
  if (row.code === 'vague-term' && /^adequate/i.test(text.slice(start, end)) && /\b(?:listed|recogni[sz]ed|designated|found|deemed)\s+by\s+[^.;]{1,60}?\s+as\s+(?:providing|offering|ensuring|having)\s+$/i.test(before)) return false;
  // "The Customer may request a report whenever it wishes": the client's own choice of when to use its right.
  if (row.code === 'vague-term' && /^(?:whenever|as)\s+it\s/i.test(text.slice(start, end)) && /\b(?:the\s+)?(?:customer|client|authority|council|controller|buyer|purchaser|subscriber)\s+may\b[^.;]*$/i.test(before)) return false;
  // "As appropriate to the environment identified in the agreed Statement of Applicability": a document of the contract fixes it.
  if (row.code === 'vague-term' && /appropriate$/i.test(text.slice(start, end)) && /^\s+to\s+[^.;]{0,80}?\b(?:identified|set\s+out|specified|defined|listed)\s+in\s+(?:the\s+)?(?:agreed\s+)?(?:[A-Z][a-z]+\s+){1,4}/.test(after)) return false;
  // "Orally where time does not permit a written Variation": the condition for the oral step, which is the verbal problem, not a vague deadline.
  if (row.code === 'vague-term' && /\bpermits?$/i.test(text.slice(start, end)) && /^\s+(?:a|an|the)\s+(?:written|signed|formal)\b/i.test(after)) return false;
  // "Deemed given once the representative has attended a satisfactory live demonstration": the quality of the meeting is the verbal problem's.
  if (row.code === 'vague-term' && /^(?:satisfactory|successful)$/i.test(text.slice(start, end)) && /^\s+(?:[a-z-]+\s+)?(?:demonstration|demo|presentation|walk[\s-]?through|meeting|call)\b/i.test(after) && /\battended\s+(?:an?|the)\s+$/i.test(before)) return false;
  // "The parties will settle the plan at a later date, as they see fit": the parties' own later choice, the agreement to agree reported once.
  if (row.code === 'vague-term' && /^as\s+(?:they|both\s+parties|the\s+parties)\s/i.test(text.slice(start, end)) && /\b(?:the|both)\s+parties\s+(?:will|shall|are\s+to|must)\b/i.test(before)) return false;
  const term = definedTerm(sentence);
  if (term && start - from >= term.start && end - from <= term.end) return false;
  const judge = row.judge;
  // "Says on a site visit that the installation is satisfactory": a soft word in what was said on the channel is the verbal problem's, reported once, as that.
  if (row.code === 'vague-term' && SAID_ON_CHANNEL.test(before) && SPOKEN_CHANNEL.test(before)) return false;
  // "Approved jointly at a later meeting": a meeting still to come is where a decision is put off (an agreement to agree), not an informal step.
  // ("Having confirmed at the inception meeting": a first meeting already held is no meeting to come.)
  // "Any instruction first given by word of mouth must be confirmed on that form … before the Contractor acts on it", "shall not act on them until … confirmed in writing": the written step comes first.
  // "Appropriate security patches …, meaning all vendor patches rated Critical or High … within 14 days", "in good working order, which means maintained in accordance with …": the soft word defined in the same clause.
  if (row.code === 'vague-term' && row.id !== 'beyond-control' && /^[^.;]{0,100}?,\s*(?:meaning|which\s+(?:[A-Za-z]+\s+){0,4}?means|that\s+is\s+to\s+say|i\.e\.|namely)\b/i.test(after)) return false;
  // "Handled case by case in a way we both accept": the case-by-case handling is the term left open, reported once as that.
  if (row.id === 'as-needed' && /^\s+in\s+a\s+(?:way|manner)\s+(?:that\s+)?(?:we\s+both|both\s+parties|both\s+sides|the\s+parties)\b/i.test(after)) return false;
  if (row.code === 'verbal-agreement' && ORAL_CONFIRMED_FIRST.test(sentence) && !/\b(?:even\s+though|although|despite|notwithstanding)\b/i.test(sentence)) return false;
  // "During the maypole festival", "after the end of the festival", "their impact on the festival": the festival as a time or a thing affected, no meeting where anything was agreed.
  if (row.code === 'verbal-agreement' && /\bfestival$/i.test(text.slice(start, end)) && (/^(?:during|after|before|throughout|for|until)\b/i.test(text.slice(start, end)) || (/^on\b/i.test(text.slice(start, end)) && /\b(?:impact|effect|effects|bearing|influence)\s+$/i.test(before)))) return false;
  // "Before the Authority decides whether to order them": the client's own choice of what it orders.
  if (row.id === 'sole-discretion' && /^(?:the\s+)?(?:Authority|Customer|Client|Council|Controller|Buyer|Trust|Purchaser)\s+decides?\s+whether\b/.test(text.slice(start, end))) return false;
  // "Given orally … during routine maintenance": when something happened, no promise of how often.
  if (row.id === 'periodically' && /\b(?:during|in\s+the\s+course\s+of|while\s+carrying\s+out)\s+$/i.test(before)) return false;
  // "Neither a telephone conversation with nor an email from support staff can vary the committed availability level": the variation denied.
  if (row.id === 'levels-vary' && /\bneither\b[^.;]{0,120}\bnor\b[^.;]{0,80}$/i.test(before)) return false;
  if (row.code === 'verbal-agreement' && LATER_CHANNEL.test(text.slice(start, end)) && !(/\b(?:first|inaugural|inception)\b/i.test(text.slice(start, end)) && /\b(?:having\s+)?(?:(?:confirmed|agreed|approved|stated|said|given|made|settled|accepted)\s+|(?:discussed|outlined|described|presented|explained)\s+(?:with\s+[^.;]{0,60}?\s+)?|arranged\s+(?:(?:between|with)\s+[^.;]{0,80}?\s+)?)$/i.test(before))) return false;
  // "The Parties will agree the list … at the onboarding workshop": the meeting is where the agreement still to come is reached (reported as an agreement to agree).
  if (row.code === 'verbal-agreement' && /\b(?:the\s+|both\s+)parties\s+(?:will|shall|are\s+to|must)\s+(?:\w+\s+(?:and\s+)?)?(?:agree|decide|settle|determine|fix|set)\b/i.test(before)) return false;
  // "The Authority and the Contractor shall agree the data-migration approach … at the Implementation Meeting": the same agreement still to come, the parties named.
  if (row.code === 'verbal-agreement' && /\b(?:the\s+)?[A-Z][A-Za-z]+\s+and\s+(?:the\s+)?[A-Z][A-Za-z]+\s+(?:will|shall|are\s+to|must)\s+(?:jointly\s+)?(?:agree|decide|settle|determine|fix)\b[^.;]{0,100}$/.test(before) && /^(?:at|during|in)\s+(?:the|a|an)\s/i.test(text.slice(start, end))) return false;
  // "The percentage shall be agreed in the annual service review": the decision is put off to that meeting (reported as an agreement to agree).
  if (row.code === 'verbal-agreement' && /\b(?:shall|will|is\s+to|are\s+to)\s+be\s+(?:agreed|decided|settled|determined|fixed|set|discussed|reviewed)(?:\s+by\s+(?:the\s+)?[^.;,]{1,60}?)?\s+$/i.test(before) && !/^(?:orally|verbally|by\s+word)/i.test(text.slice(start, end))) return false;
  // "Unit prices shall be agreed at the annual review; if no agreement is reached …": the meeting is where the decision is put off (the agreement to agree, with or without its fallback).
  if (row.code === 'verbal-agreement' && /^(?:agreed|decided|settled|determined|fixed)\b(?![^.;]*\bby\s+what(?:ever)?\b)/i.test(text.slice(start, end)) && /\b(?:shall|will|is\s+to|are\s+to)\s+be\s+$/i.test(before)) return false;
  // "Should the parties fail to agree … at the annual review, the fees in force continue": a fallback; "any dispute … talked through informally …, then referred to expert determination": a step of dispute resolution.
  if (row.code === 'verbal-agreement' && ((/\b(?:fail(?:s|ed)?|unable)\s+to\s+agree\b/i.test(sentence) && hasFallback(sentence)) || DISPUTE_STEP.test(sentence))) return false;
  // "On a regular basis as set out in the Maintenance Schedule": a schedule of the contract fixes what the soft word leaves open.
  if (row.code === 'vague-term' && SCHEDULE_SETS_IT.test(text.slice(end, aheadTo(text, end, to, 80)))) return false;
  // "In accordance with Good Industry Practice": a capitalised standard is a term the contract defines.
  if (row.id === 'industry-standard' && /^(?:[A-Z][a-z]+[\s-]+){1,4}[A-Z][a-z]+$/.test(text.slice(start, end))) return false;
  // "Maintenance may be performed at the Provider's discretion, provided that it does not exceed six hours per month": the proviso caps the discretion with a hard limit.
  if (row.id === 'sole-discretion' && DISCRETION_CAPPED.test(after)) return false;
  switch (judge.kind) {
    case 'soft':
      // "Acknowledged within one hour and thereafter worked on with due diligence until resolved": a limit on the step before "thereafter" does not bound the one after it.
      if (judge.bound && bounded(sentence, judge.bound) && !(THEREAFTER_BEFORE.test(before) && !bounded(text.slice(start, to), judge.bound)) && !(judge.bound === 'frequency' && !bounded(ownDuty(text, from, end, to), 'frequency'))) return false;
      // "… and in any event within 48 hours", "and we guarantee monthly availability of at least 99.5%": a floor after the aim bounds it.
      if (judge.limitAfter && floorAfter(text, end, to)) return false;
      // "Reasonable wear is acceptable …, and our listing guide sets out exactly what counts as reasonable wear": a document the sentence names defines the soft term.
      if (row.code === 'vague-term' && DEFINED_IN_DOCUMENT.test(sentence)) return false;
      // "Will use reasonable efforts to offer a change; if it cannot offer one within a reasonable period, which shall not exceed thirty days, the Customer may terminate": the effort has a deadline and a remedy when it fails.
      if (judge.limitAfter && EFFORT_FALLBACK.test(text.slice(end, to))) return false;
      // "Excused to the extent caused by a Force Majeure Event as defined in Section 22.1, and shall resume performance as soon as practicable": the force-majeure regime's own duty to resume.
      if (row.id === 'as-soon-as-possible' && FORCE_MAJEURE_NAMED.test(sentence) && /\bresum\w*\b[^.;]{0,40}$/i.test(before)) return false;
      // "Neither party shall be in breach for … circumstances beyond its reasonable control …, provided that it notifies the other party without delay": the notice of the force-majeure provision.
      // "Contractor may, at its option, use reasonable efforts to accommodate …": a permission, no duty.
      if (row.code === 'vague-term' && /\bmay\s*,\s*at\s+its\s+(?:sole\s+)?(?:option|discretion|election)\s*,\s*(?:use|make|exercise|apply)?\s*$/i.test(before)) return false;
      // "Excused on grounds of force majeure only where the event could not have been avoided by reasonable precautions": the test of avoidability, a term of art.
      if (row.code === 'vague-term' && FORCE_MAJEURE_NAMED.test(sentence) && /\b(?:avoided|prevented|overcome)\s+by\s+(?:the\s+)?(?:taking\s+)?(?:of\s+)?$/i.test(before)) return false;
      // "No more than 48 hours after …, and sooner where feasible": a soft word that only betters a hard limit.
      if (row.code === 'vague-term' && /\b(?:sooner|earlier|faster|quicker|more\s+often|more\s+frequently)\s+(?:(?:if|where|when)\s+)?$/i.test(before) && (bounded(sentence, 'time') || bounded(sentence, 'frequency'))) return false;
      // "A deputy to be nominated by the Supplier in due course": when a choice still to be made falls, part of that deferral, no deadline of a duty.
      if (row.id === 'promptly' && /^in\s+due\s+course/i.test(text.slice(start, end)) && /\bto\s+be\s+(?:nominated|appointed|designated|named|identified)\b[^.;]{0,40}$/i.test(before)) return false;
      // "Bear the costs of notifying, to the extent reasonable and capped at CHF 50,000": a soft word on costs that a cap bounds.
      if (row.code === 'vague-term' && /\bcosts?\b/i.test(sentence) && bounded(sentence, 'amount')) return false;
      // "The Authority shall decide in due course how many cameras are installed": when the client makes its own choice, no duty of the other side.
      if (row.code === 'vague-term' && CLIENT_DECIDES.test(before)) return false;
      // "The Customer alone decides whether to take a fee reduction": the client's choice of its own remedy.
      if (CLIENT_ALONE_DECIDES.test(text.slice(start, end))) return false;
      // "We suggest that you look at the terms regularly": advice to the reader, not a promise.
      if (RECOMMENDATION.test(before)) return false;
      // "Requests by the Controller, which it may make whenever it wishes, shall be executed within 72 hours": when a party uses its right.
      if (/\b(?:which|that)\s+(?:it|they|he|she|you)\s+may\s+(?:make|give|send|submit|issue|exercise|request|place|raise)\s+$/i.test(before)) return false;
      // "Such additional services as the Client may request from time to time": the soft word shapes the act the other party may do.
      if (judge.right === true && /\bmay\s+(?:[a-z]+ly\s+)?[a-z]+\s*$/i.test(before)) return false;
      // "The Board may periodically issue directions": how often the client uses its right.
      if (TIMING_ROWS.has(row.id) && CLIENT_MAY.test(before)) return false;
      // "Where the platform misses its service level, the Provider may, if it so decides, issue a credit": a discretion over the remedy the other party is owed empties it; no mere right.
      if (row.code === 'vague-term' && PROVIDER_MAY.test(before) && REMEDY_AFTER.test(after)) return true;
      // "APRA may at its discretion request additional management information": the discretion of the one who asks, over its own request.
      if (judge.right && DISCRETION.test(text.slice(start, end)) && /\bmay\s+$/i.test(before) && /^\s*,?\s*(?:request|ask\s+for|require|call\s+for)\b/i.test(after)) return false;
      // "The Customer may, at its discretion, request a copy", "may, at any time and in its sole judgement, ask for": the discretion qualifies the right it follows.
      // "The Client may request, at its discretion, additional site visits": the discretion of the one who asks.
      // "At its discretion the Customer can request ad hoc route audits": the same, the discretion first.
      if (judge.right && /^\s*,?\s*(?:the\s+)?(?:customer|client|authority|buyer|controller|council|purchaser)\s+(?:may|can)\s+(?:request|ask\s+for|order|require)\b/i.test(after)) return false;
      if (judge.right && /\b(?:the\s+)?(?:client|customer|buyer|authority|council|controller|purchaser|you)\s+may\s+(?:request|ask\s+for|require|order)\s*,\s*$/i.test(before)) return false;
      if (judge.right && /\bmay\s*,\s*(?:as\s+)?(?:(?:at\s+any\s+time|from\s+time\s+to\s+time)\s+and\s+)?$/i.test(before) && !(row.code === 'vague-term' && DISCRETION.test(text.slice(start, end)) && termsVaried(sentence))) return false;
      if (judge.right && DISCRETION.test(text.slice(start, end))) {
        // "Consent, which the Controller may withhold at its sole discretion": the client's own choice whether to consent.
        if (CLIENT_WITHHOLDS.test(before)) return false;
        // "The Museum may object to a new sub-processor at its discretion": an objection is the right of the party served, whatever its name.
        if (/\bmay\s+object\b[^.;]{0,80}$/i.test(before)) return false;
        // "May at its discretion perform emergency maintenance, but it shall not exceed two hours a month": a discretion with a cap.
        if (CAPPED.test(sentence) && (bounded(sentence, 'time') || bounded(sentence, 'amount'))) return false;
        // "Customer may at its discretion request additional replicas", "audits may be carried out by the Controller as it thinks fit": the discretion of the party given a right.
        if ((CLIENT_MAY.test(before) && CLIENT_ACT_AFTER.test(after)) || DONE_BY_CLIENT.test(before)) return false;
        // "We may in our sole discretion offer you promotional ride credits": a gift the provider may make, no promise emptied.
        if (/^\s*,?\s*(?:offer|give|grant|provide|award)\s+(?:you\s+|customers?\s+|users?\s+)?(?:promotional|goodwill|courtesy|bonus|free|complimentary|loyalty)\b/i.test(after)) return false;
        // "Customer is entitled, but not obliged, to make such efforts as it sees fit to verify the alert": how the client uses its own right.
        if (CLIENT_ENTITLED_BEFORE.test(before)) return false;
        // "The Contracting Authority may terminate this contract at any time it deems fit by giving 60 days' notice": the client's choice when to use its right.
        if (CLIENT_RIGHT_BEFORE.test(before)) return false;
        // "The Authority may request a report … at intervals of its choosing, which the Contractor shall supply within 10 Working Days": when the client asks is its own choice.
        if (CLIENT_REQUESTS_BEFORE.test(before)) return false;
        // "The Authority alone decides, as it sees fit, which zones are added": the client's own choice of what it orders.
        if (CLIENT_DECIDES.test(before)) return false;
        // "Where the Operator, at its sole discretion, decides to suspend a zone, the MSP shall …": a party's choice to act, which triggers the other's duty.
        if (/\b(?:where|if|when|whenever|should|once)\s+(?:the\s+)?[A-Za-z]+\s*,\s*$/i.test(before) && /^\s*,?\s*(?:decides?|elects?|chooses?|opts?|wishes?)\s+to\b/i.test(after)) return false;
      }
      // The right is read outside the matched words: "at such intervals as Finance may reasonably require" leaves a duty.
      // "To the Customer's satisfaction, acting reasonably", "passes the Acceptance Tests to the satisfaction of the Customer": a measured satisfaction.
      if (/satisf|acceptab/i.test(text.slice(start, end)) && SATISFACTION_MEASURED.test(sentence)) return false;
      // "Whether an eligible outage occurred is for the provider to determine in its sole discretion": one party's discretion over the fact that
      // triggers a promise (a credit, an emergency window) empties the promise; it is no mere right.
      // "We may suspend your account if we think it necessary": the provider's judgement over cutting off the client is no mere right.
      if (judge.right && !DECLARED_ROUTINE.test(before) && rightOutside(sentence, start - from, end - from) && !(row.code === 'vague-term' && ((DISCRETION.test(text.slice(start, end)) && (FACT_DECIDED.test(sentence) || termsVaried(sentence) || WITHHELD.test(sentence))) || PROVIDER_CUTS_OFF.test(sentence) || NAMED_CUTS_OFF.test(sentence)))) {
      if (judge.right !== 'active' || !/\bmay\s+be\s+[a-z]+(?:ed|en|ne)\b/i.test(sentence)) return false;
      }
      return true;
    case 'effort-verb':
      // "We aim to complete a request within 5 business days": a provider speaking of itself states its promise as an aim.
      // "Resolved within four business hours, and we will always endeavour to resolve tickets sooner than the stated times": an aim beyond a promise.
      if (BEYOND_BOUND.test(after) || floorAfter(text, end, to)) return false;
      // "Where the Provider intends to replace a subcontractor, it shall give notice": a condition, no aim.
      if (/^intends\b/i.test(text.slice(start, end)) && /\b(?:where|if|when|whenever|should|once)\s+(?:the\s+)?[A-Za-z]+\s+$/i.test(before)) return false;
      // "Will aim to resolve within 4 hours, and for each further hour a credit of 2% of the monthly fee falls due": the deadline is priced, a measured promise.
      if (CREDIT_FOR_MISS.test(after) && bounded(sentence, 'time')) return false;
      return MODAL_BEFORE.test(before) || THIRD_PERSON.test(text.slice(start, end)) || COORDINATED_DUTY.test(before) || (FIRST_PERSON_BEFORE.test(before) && PROMISE_AIM.test(text.slice(start, end)) && !GUARANTEE_AFTER.test(after));
    case 'duty':
      // A soft standard qualifying a duty: spared when any hard limit bounds it, or the sentence only gives a right or defines a term.
      if (term) return false;
      // "Under an appropriate statutory obligation of confidentiality": the GDPR's own words (Art. 28(3)(b)), a term of art.
      if (/^appropriate$/i.test(text.slice(start, end)) && /^\s+statutory\s+obligations?\b/i.test(after)) return false;
      // "Kept in a suitable format, namely CSV files matching the … record sheets": the soft word is defined at once.
      if (/^[^.;]{0,80}?,?\s+(?:namely|that\s+is(?:\s+to\s+say)?|i\.e\.|specifically|meaning)\s/i.test(after)) return false;
      // "Assurances … as to the acceptable humidity range": what the assurance is about, no standard set.
      if (/\bas\s+to\s+the\s+$/i.test(before)) return false;
      // "Reasonable wear is acceptable …, and our listing guide sets out exactly what counts as reasonable wear": a document the sentence names defines the soft term.
      if (DEFINED_IN_DOCUMENT.test(sentence)) return false;
      // "Countries with an adequate level of protection": the adequacy of a country's data protection law, a term of art.
      // "Outside Paraguay only where adequate safeguards are in place": safeguards no named mechanism defines stay vague.
      if (/^adequa/i.test(text.slice(start, end)) && !/^adequately[\s-]+(?:encrypted|anonymi[sz]ed|pseudonymi[sz]ed|backed[\s-]+up)\b/i.test(text.slice(start, end + 20)) && ADEQUACY.test(sentence) && !(/^adequate[\s-]+safeguards\b/i.test(text.slice(start, end + 12)) && !/\b(?:article|art\.?|chapter|standard\s+contractual\s+clauses|sccs?|binding\s+corporate\s+rules|adequacy\s+decision)\b/i.test(sentence))) return false;
      // "Informal approval is sufficient to extend the date": a judgement of something else, not a standard for a duty.
      if (PREDICATE_BEFORE.test(before) && !/\bsuch\s+(?:[a-z-]+\s+){0,2}as\s+(?:are|is)\s+$/i.test(before) && !/\b(?:shall|must|will)\s+(?:at\s+all\s+times\s+)?be\s+$/i.test(before) && !/\b(?:shall|must|will)\s+ensure\s+(?:that\b|(?=there\s+(?:is|are|will\s+be)\b))[^.;]*$/i.test(before) && PURPOSE_AFTER.test(text.slice(end, aheadTo(text, end, to, 40)))) return false;
      // "No authorisation expressed orally … shall be sufficient": the sentence denies the standard is met, it sets none.
      if (/^(?:sufficient|enough|adequate)/i.test(text.slice(start, end)) && /\bno\s+[a-z][^.;]{0,80}\b(?:shall|will|is|are)\s+(?:be\s+)?$/i.test(before)) return false;
      // "The acceptable-use limits", "the Acceptable Use Policy": a name, not a standard.
      if (/^acceptable$/i.test(text.slice(start, end)) && /^[\s-]+use\b/i.test(text.slice(end, aheadTo(text, end, to, 10)))) return false;
      // "Reasonable skill and care", "reasonable care": the legal standard of care, a term of art.
      if (/^reasonabl\w*[\s-]+(?:skill|care)\b/i.test(text.slice(start, end))) return false;
      // "Records sufficient to show its compliance with this Addendum": the purpose is the standard.
      if (/^sufficient/i.test(text.slice(start, end)) && /^[\s-]+to[\s-]+(?:show|demonstrate|evidence|prove|verify)[\s-]+(?:its|their|the|such|that|full)?[\s-]*compliance\b/i.test(text.slice(end, aheadTo(text, end, to, 60)))) return false;
      // "To the Customer's reasonable satisfaction": an objective standard, a term of art.
      if (/^reasonabl/i.test(text.slice(start, end)) && /^[\s-]+satisfaction\b/i.test(text.slice(end, aheadTo(text, end, to, 20)))) return false;
      // "Approved by the appropriate County Official": the competent official, not a standard.
      if (/^appropriate$/i.test(text.slice(start, end)) && /^\s+(?:[A-Z][A-Za-z]+\s+){0,3}(?:[Oo]fficials?|[Oo]fficers?|[Aa]uthorit(?:y|ies)|[Bb]od(?:y|ies)|[Dd]epartments?|[Rr]epresentatives?|[Ss]ignator(?:y|ies))\b/.test(text.slice(end, aheadTo(text, end, to, 50)))) return false;
      // "A revised plan acceptable to both of them": a plan the parties must agree, not a standard one of them judges.
      if (/^(?:mutually[\s-]+)?acceptabl/i.test(text.slice(start, end)) && /^[\s-]+to[\s-]+(?:both|each[\s-]+(?:party|of[\s-]+them)|the[\s-]+parties)\b/i.test(text.slice(end, aheadTo(text, end, to, 30)))) return false;
      // "Reasonable efforts to synchronise …, and shall in all cases keep the drift below one second": a limit that applies in any event bounds it.
      if (floorAfter(text, end, to)) return false;
      // "The Client may at any time request reasonable changes": the soft word shapes what the client may ask for, no duty of the other side.
      if (CLIENT_REQUESTS.test(before)) return false;
      // "Shall comply with the Authority's reasonable instructions", "all reasonable directions of the Customer": the soft word bounds what the other side may instruct, as "reasonable requests" does; it sets no standard for the duty.
      if (/^(?:with[\s-]+)?(?:(?:all|any|such)[\s-]+)?reasonable$/i.test(text.slice(start, end)) && /^[\s-]+(?:instructions?|directions?|directives?)\b/i.test(after) && (/(?:\b[A-Za-z]+['’]s?|\b(?:your|its|their|our|his|her))[\s-]+(?:(?:all|any|such)[\s-]+)?$/.test(before) || /^[\s-]+(?:instructions?|directions?|directives?)[\s-]+(?:of|from|given[\s-]+by|issued[\s-]+by)[\s-]+(?:the[\s-]+|your[\s-]+|us\b|you\b|[A-Z])/i.test(after))) return false;
      // A money figure in the sentence prices the soft word ("reasonable assistance at 120 USD an hour").
      if (MONEY.test(sentence)) return false;
      // "Only to the extent reasonably necessary": a limit on what a party may do, not a standard for a duty.
      if (ONLY_BEFORE.test(before) && !/\bsuch\s+time\s+as\s+(?:is|are)\s+$/i.test(before)) return false;
      // "Service credits are intended to be the sole remedy": what a term of the contract is for, not a design aim of the service.
      if (row.id === 'designed-to' && CONTRACT_SUBJECT.test(before)) return false;
      // "Backed up using suitable redundancy so that it can be restored": a "can" of purpose gives no right.
      // ("Suitable access controls … and shall review the user account list every quarter": the quarterly review is another duty.)
      // "A satisfactory daily throughput": the frequency word says what is measured, it bounds no soft level.
      const measuredPer = /^[\s-]+(?:daily|weekly|monthly|hourly|quarterly|annual|yearly)[\s-]+[a-z]/i.test(text.slice(end, aheadTo(text, end, to, 30)));
      return !bounded(sentence, 'time') && !bounded(sentence, 'amount') && (measuredPer || !bounded(ownDuty(text, from, end, to), 'frequency')) && !bounded(sentence, 'standard') && !isRight(blanked(sentence, PURPOSE_CAN));
    case 'escape':
      // "Under clause 30 (Excusing Events) the Contractor is relieved … only while an event beyond its reasonable control prevents performance": the excuse is the one that clause defines.
      if (/^\s*(?:under|in|pursuant\s+to|as\s+provided\s+in)\s+(?:clause|section|article|condition)\s+\d[\d.]*\s*\(\s*[^)]{0,40}\b(?:Events?|Force\s+Majeure|Relief)\b[^)]{0,20}\)/i.test(sentence)) return false;
      // "Section 14 lists the only events outside anyone's control that excuse either of us": the list that defines the excuse.
      if (/\blists?\s+the\s+only\s+(?:events|circumstances|causes)\b/i.test(sentence)) return false;
      // "Excused only where they amount to a Relief Event as defined in Schedule 1": the excuse is the defined event, not the open words.
      if (/^[^.;]*?\b(?:only\s+)?(?:where|if|to\s+the\s+extent)\s+(?:they|it|such\s+[a-z]+|the\s+[a-z]+)\s+(?:amounts?\s+to|constitutes?|qualif(?:y|ies)\s+as|(?:is|are))\s+an?\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s+Event\b/.test(after)) return false;
      // "The events listed in Section 15 (Events Outside Our Control)": the heading of the clause that defines the excuse, a reference to it.
      // "Section 14 ('Things outside our control') lists the only events …": the same, with the heading in quotes.
      if (/\b(?:clause|section|article|paragraph|schedule|condition)\s+[0-9][0-9.]*\s*\(\s*['‘"“]?\s*$/i.test(before)) return false;
      // "Events beyond reasonable control as described in Section 17": the excuse is the one that clause defines.
      if (/^,?\s+(?:as\s+(?:described|defined|set\s+out|listed|specified|referred\s+to)\s+in|under|within\s+the\s+meaning\s+of)\s+(?:clause|section|article|paragraph|schedule|condition)\s+[0-9]/i.test(after)) return false;
      // "Events beyond a Party's reasonable control, such as war …": an excuse for any party is the mutual force-majeure provision, wherever it stands.
      if (/\b(?:a|either|each|any|neither|the\s+affected)\s+[Pp]arty['’]s\b/.test(text.slice(start, end))) return false;
      // "'Superior Force' means an event beyond the reasonable control of the affected party": the mutual excuse, whatever it is called.
      if (/\b(?:control|influence)\s+of\s+(?:a|either|each|any|both|the\s+affected)\s+part(?:y|ies)\b/i.test(text.slice(start, end) + after.slice(0, 30))) return false;
      // "A typhoon, war or other event beyond the reasonable control of either party": the same mutual excuse.
      if (/\bof\s+(?:a|either|each|any|both|the\s+affected)\s+part(?:y|ies)\s*$/i.test(text.slice(start, end))) return false;
      // "Where the payment module fails for reasons outside our control, the filing date of your application is preserved": the excuse keeps the other side's position, it takes nothing from it.
      if (/^\s*(?:where|if|when|should)\b/i.test(before) && OTHER_SIDE_KEPT.test(text.slice(end, to))) return false;
      // A mutual excuse ("neither party is liable for … events beyond its control") is a force-majeure provision wherever it stands.
      // "Force Majeure or any other cause outside our control": the excuse reaches past the defined event (unless the sentence defines that event).
      if (!context.forceMajeure && /force[\s\-]+majeure/i.test(sentence) && /\bother\s+(?:[a-z]+\s+){0,2}$/i.test(before) && !FORCE_MAJEURE_DEFINED.test(sentence)) return !/\b(?:neither|either|each|no)\s+party\b/i.test(before);
      // "Circumstances it could not reasonably have foreseen, whether or not those circumstances amount to Force Majeure": an excuse wider than force majeure, not the force-majeure event.
      const widerThanForceMajeure = /\bwhether\s+or\s+not\s+(?:they|it|(?:those|such|that|the|this)\s+[a-z]+)\s+(?:(?:would|could|might|may|does|do)\s+)?(?:amounts?\s+to|constitutes?|qualif(?:y|ies)\s+as)\s+(?:an?\s+)?force[\s-]+majeure\b/i.test(sentence);
      // "Neither the Authority nor the Contractor shall be in breach while prevented … by war, flood … or other events beyond its reasonable control", "Neither Globex nor Acme …": the mutual excuse, with the parties named.
      if (/\b[Nn]either\s+(?:(?:the\s+)?[A-Z][A-Za-z]+|you|we|us)\s+nor\s+(?:(?:the\s+)?[A-Z][A-Za-z]+|you|we|us)\b|\b[Nn]either\s+of\s+(?:us|them|the\s+parties)\b/.test(before)) return false;
      return !context.forceMajeure && (widerThanForceMajeure || !/force[\s\-]+majeure/i.test(sentence)) && !/\b(?:neither|either|each|no)\s+party\b/i.test(before);
    case 'aim':
      // "A quote given over the phone is an estimate only and is not binding until confirmed in writing": a formality, not a promise emptied.
      if (FORMALITY.test(sentence)) return false;
      // "A statement of intent … shall not give rise to enforceable obligations", "guidance only and do not oblige", "do not constitute a warranty of uptime or a basis for Service Credits": read before the credits, which the sentence denies.
      if (/\b(?:shall|will|does|do)\s+not\s+give\s+rise\s+to\s+(?:any\s+)?(?:enforceable|binding|legal|contractual)\s+obligations?\b|\bcreates?\s+no\s+(?:enforceable|binding|legal|contractual)\s+obligations?\b|\bdo(?:es)?\s+not\s+oblige\b|\bdo(?:es)?\s+not\s+constitute\s+(?:a|an|any)\s+(?:warranty|guarantee|commitment)\b|\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t)\s+create\s+(?:any\s+)?(?:obligations?|commitments?)\s+(?:on|for)\s+(?:us|the\s+[A-Za-z]+)\b|\b(?:do(?:es)?\s+not|don['’]t)\s+create\s+(?:any\s+)?(?:enforceable|binding|legal|contractual)\s+(?:rights?|obligations?)\b/i.test(sentence)) return true;
      // "The targets are … for each priority; if the Supplier fails to meet them, credits apply": targets with a remedy are commitments.
      // ("Are indicative of the performance expected and shall not give rise to service credits" denies the remedy.)
      if (/^(?:is|are)\s/i.test(text.slice(start, end)) && /\b(?:credits?|remed(?:y|ies)|fails?\s+to\s+meet)\b/i.test(sentence) && !/\bnot\s+(?:(?:of|in|by)\s+itself\s+)?(?:give\s+rise\s+to|result\s+in|trigger|lead\s+to|attract|give\s+(?:the\s+[A-Za-z]+|you|customers?|clients?)|entitle\s+(?:the\s+[A-Za-z]+|you)(?:\s+to)?)\s+(?:any\s+)?(?:entitlement\s+to\s+)?(?:service\s+)?(?:credits?|remed(?:y|ies))\b/i.test(sentence)) return false;
      // "Is aspirational and does not form a contractual requirement": the sentence says the text binds nobody.
      // "Represent design goals and not contractual guarantees": the same, in a noun phrase.
      if (/\band\s+not\s+(?:contractual|binding|legal)\s+(?:guarantees?|commitments?|obligations?|undertakings?|promises?)\b/i.test(sentence)) return true;
      if (/\bnot\s+(?:be\s+(?:construed|interpreted|read|treated)\s+as\s+(?:imposing|creating|giving\s+rise\s+to)|form|constitute|create|amount\s+to)\s+(?:(?:a|an|any)\s+)?(?:contractual|binding|legal)\b/i.test(sentence)) return true;
      // "The patch review described in Annex B represents the Provider's intended approach and is not a contractual commitment": a part of the contract emptied, whatever it is about.
      if (/\b(?:intended|planned|general)\s+(?:approach|practices?)\b|\bcurrent\s+practices?\b|\bintentions?\b|\bexpectations?\b|\baspirations?\b|\bcurrent\s+plans?\b/i.test(text.slice(start, end)) && aboutContract(before)) return true;
      // "An aspirational deliverable, and … it gives rise to no contractual obligation": the sentence says the promise binds nobody.
      if (/\b(?:gives?\s+rise\s+to|creates?|imposes?)\s+no\s+(?:contractual|binding|legal)\s+(?:obligations?|commitments?|duties|liabilit(?:y|ies))\b/i.test(sentence)) return true;
      // "Planning assumptions, and the Supplier gives no commitment to meet them", "not warranted to be in place", "shall not be used to assess … performance": the sentence says the figures bind nobody.
      if (/\bgives?\s+no\s+(?:commitment|undertaking|warranty|guarantee)\b|\bnot\s+(?:warranted|guaranteed)\s+to\b|\bshall\s+not\s+be\s+used\s+to\s+assess\b/i.test(sentence)) return true;
      // "The commitments in this Annex describe the Processor's security goals … and are not a guarantee": a part of the contract made goals, whatever they are about.
      if (/^(?:goals?|aims?|objectives?|targets?|aspirations?)\b[^.;]*\bnot\s+(?:an?\s+)?(?:guarantees?|commitments?|promises?|warrant(?:y|ies))\b/i.test(text.slice(start, end)) && aboutContract(before)) return true;
      // Charges that are indicative, and that the Supplier may adjust: a price the provider may move is no price.
      if (/^(?:are|is)\s+(?:only\s+)?indicative$/i.test(text.slice(start, end)) && /^,?\s+and\s+(?:the\s+[a-z]+|we|it)\s+(?:may|can)\s+(?:adjust|change|vary|revise|increase)\b/i.test(after)) return true;
      // "Storage limits … are approximate, and we may apply them differently depending on demand": a limit the provider may move is no limit (the row reads the provider's say after it).
      if (/\bapproximate$/i.test(text.slice(start, end))) return true;
      return aboutLevels(sentence);
    case 'nonbinding':
      // "A promise binds us only if it appears in your order confirmation email; comments in our chat are for information only": what is said informally is denied force.
      if (/\bbinds?\s+(?:us|you|the\s+[a-z]+)\s+only\s+if\b/i.test(sentence)) return false;
      // "Handwritten changes have no legal effect unless both parties have initialled them": a formality, not a promise emptied.
      if (FORMALITY.test(sentence)) return false;
      // "Instructions given orally … shall be confirmed by email within 24 hours, failing which they shall not bind either party": the sanction of a formality, no promise emptied.
      if (/\b(?:failing\s+(?:which|that|this|such\s+[a-z]+)|if\s+not\s+(?:so\s+)?confirmed|unless\s+(?:so\s+)?confirmed)\b[^.;]{0,40}$/i.test(before)) return false;
      if (judge.needsNothing && !/\bnothing\b/i.test(before)) return false;
      // "Clause headings are for reference only", "the headings are descriptive only": boilerplate about captions, not the terms.
      if (/\b(?:headings?|captions?|titles?|table\s+of\s+contents|footnotes?)\b/i.test(before)) return false;
      // "Any decision not recorded in minutes signed by both shall have no contractual effect": a formality for decisions, no promise emptied.
      if (/\bnot\s+(?:recorded|confirmed|set\s+out|documented|made)\s+in\b[^.;]*\b(?:signed|writing|written)\b/i.test(before)) return false;
      // "Oral undertakings by the Provider's sales staff … have no contractual effect": the entire-agreement clause denies force to what was said, it empties no promise of the text.
      if (ORAL_STATEMENTS.test(before) || ORAL_COMMUNICATIONS.test(before)) return false;
      // "Instructions from any other official shall have no contractual effect": the formal route for instructions, no promise emptied.
      if (ROUTE_DENIED.test(before)) return false;
      // "Statements made by Provider personnel on support calls do not vary the Service Levels and create no additional commitment": what was said is denied force.
      if (STATEMENTS_ON_CHANNEL.test(before)) return false;
      // "The figures in the status dashboard are published for information only": levels emptied as much as terms.
      return aboutContract(before) || (!judge.needsNothing && aboutLevels(before));
    case 'defer': {
      // "Capped at a figure to be agreed in writing by the parties": the writing is the form of a later agreement on the value, no variation clause.
      if (/^to\s+be\s+(?:mutually\s+|jointly\s+)?agreed$/i.test(text.slice(start, end)) && /^\s+in\s+writing(?:\s+(?:by|between)\s+(?:the|both)\s+parties)?\s*(?:[.;]|$)/i.test(after) && /\b(?:an?|such)\s+(?:[a-z-]+\s+)?(?:figure|amount|sum|rate|price|fee|level|cap|percentage|number)\s+$/i.test(before) && !hasFallback(sentence)) return true;
      // "Where the Controller objects … and the parties cannot reach agreement on a solution within 30 days, the Controller may terminate": what follows failure is settled.
      if (/\b(?:cannot|can['’]t|do\s+not|fail\s+to)\s+reach\s+agreement\b[^.;]*\b(?:may|shall|will)\s+terminate\b/i.test(sentence)) return false;
      if ((hasFallback(sentence) && !NOTHING_APPLIES_UNTIL.test(sentence)) || isVariationClause(sentence)) return false;
      // "Should the Controller and the Processor be unable to settle the audit scope within 20 days, the audit … shall proceed on the scope set out in the Controller's audit notice": what follows failure is settled.
      if (/\b(?:be|are|is)\s+unable\s+to\s+(?:agree|settle)\b[^.;]*,\s*[^.;]*\bshall\s+(?:proceed|apply)\b/i.test(sentence)) return false;
      // "… jointly develop a service improvement plan. If the parties cannot agree a plan within thirty days, the service levels in this Agreement continue to apply."
      if (row.code === 'agreement-to-agree' && fallbackFollows(text, to)) return false;
      // "A window moved in a phone call stands as agreed": what the sentence gives the step already taken, not a term left open.
      if (/^as\s+agreed\b/i.test(text.slice(start, end)) && /\b(?:stands?|stood|counts?|is\s+treated|are\s+treated|shall\s+stand|(?:shall|will)\s+be\s+(?:treated|deemed|regarded)|treat\s+(?:that|this|the|such|it|them)(?:\s+[a-z-]+){0,2}|(?:treats?|deems?|regards?|considers?)\s+(?:an?|any|each|the|such|that|this)(?:\s+[A-Za-z'’-]+){1,6}?)\s+$/i.test(before)) return false;
      // "Measures listed in Annex II, which the parties agree are appropriate": what the parties agree now, nothing left open.
      if (/\bagree$/i.test(text.slice(start, end)) && /^\s+(?:that\s+)?(?:(?:it|they|these|those|such\s+[a-z]+)\s+)?(?:are|is)\b/i.test(after)) return false;
      // "May be agreed between the contract managers at their monthly meeting …, no contract amendment being necessary": settled informally, the verbal problem.
      if (row.code === 'agreement-to-agree' && /\bno\s+(?:contract\s+|formal\s+|written\s+)?(?:amendment|variation|change\s+order|written\s+confirmation)\s+(?:being|is|shall\s+be|will\s+be)\s+(?:necessary|needed|required)\b/i.test(sentence) && /\b(?:meeting|call|phone|chat|conversation)\b/i.test(sentence)) return false;
      // "May be agreed with the administrator by telephone": agreed orally, which is the verbal-agreement problem.
      // "May be agreed with the churchwardens at the annual vestry meeting, and the Processor shall carry out the deletion accordingly": agreed with someone at a meeting and acted on.
      if (row.code === 'agreement-to-agree' && /^may\b/i.test(text.slice(start, end)) && /^\s+with\s+(?:the\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,2}\s+(?:at|in|during)\s+(?:a|the|their|its|an)\s+(?:[a-z-]+\s+){0,3}?(?:meeting|forum|gathering|visit)\b[^.;]*\b(?:shall|will|may)\s+(?:then\s+)?(?:carry\s+out|implement|action|proceed|act)\b/i.test(after)) return false;
      if (!/^[^.;]{0,100}\b(?:meeting|call|workshop|session|review)\s+(?:to\s+be\s+(?:held|convened|arranged|scheduled)|still\s+to\s+come)\b/i.test(after) && /^[^.;]{0,60}\b(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|orally|verbally|on\s+(?:a|the)\s+call|during\s+(?:a|the)\s+(?:[a-z-]+\s+){0,2}?call|in\s+person|in\s+conversation|informally|(?:in|at|during)\s+(?:a|the|their|its)\s+meeting|(?:in|at|during)\s+(?:a|the|their|its)\s+(?:workshop|site\s+visit|visit)(?![^.;]{0,40}\b(?:following|after|once|when)\b)|(?:in|at|during)\s+(?:a|the|each|every)\s+(?:(?:daily|weekly|monthly)\s+)?(?:[a-z-]+\s+)?(?:stand[\s-]?ups?|check[\s-]?ins?|catch[\s-]?ups?|huddles?)|(?:through|via|by|over|in)\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:chat|messages?|whatsapp|slack|teams|sms|text)|over\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:lunch|dinner|breakfast|coffee|drinks))\b/i.test(after)) return false;
      // "Ask for any instruction given in a call to be confirmed by email before acting on it": a written formality, no term left open.
      if (/^to\s+be\s+confirmed$/i.test(text.slice(start, end)) && /^\s+(?:in\s+writing|by\s+e-?mail|by\s+letter)(?:\s+before\b|\s*(?:[.;]|$))/i.test(after)) return false;
      // "Subject to the Agreement": the defined agreement in force, not one still to be reached.
      if (row.id === 'subject-to-agreement' && /^[Ss]ubject\s+to\s+(?:this\s+[Aa]greement|the\s+Agreement)\b(?!\s+of\b)/.test(text.slice(start, end + 12))) return false;
      // "Every statement of work must be in writing and agreed before any work begins": a formality for a document, not a term left open.
      // "Work outside the scope will be quoted separately and proceeds only after the client has approved the quote in writing": the same formality.
      if (/^(?:must|shall)\b/i.test(text.slice(start, end)) && !NEGOTIATED.test(text.slice(start, end)) && !DEAL_TERM_BEFORE.test(before) && /\b(?:before|prior\s+to|until)\b/i.test(sentence) && (/\b(?:in\s+writing|written|signed|by\s+e-?mail|by\s+letter|(?:through|via|in|on)\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+){0,2}?(?:portal|page|console|dashboard|order\s+form|form|app)|countersigned|minutes\s+(?:signed|countersigned))\b/i.test(sentence) || /^\s+with\s+(?:the\s+)?[A-Za-z]+\b/.test(after))) return false;
      if (/^will\b/i.test(text.slice(start, end)) && WRITTEN_GO_AHEAD.test(sentence)) return false;
      // "Each such check will be quoted separately before it is carried out": a price given before the work, for the client to accept, not a term left open.
      if (/\bquoted\b/i.test(text.slice(start, end)) && /^\s+(?:separately\s+)?before\s+(?:it|they|the\s+[a-z]+|any\s+[a-z]+)\s+(?:is|are)\s+(?:carried\s+out|performed|done|started|undertaken)\b/i.test(after)) return false;
      // "Not subject to negotiation", "without further negotiation": the sentence denies the deferral.
      if (/\b(?:not|no|never|nor|without)\s+(?:\w+\s+)?$/i.test(before)) return false;
      // "Shall be determined by an independent expert appointed by …": a third party decides, nothing is left for the parties to agree.
      if (THIRD_PARTY_DECIDES.test(after)) return false;
      // "If a dispute arises, the contract managers shall discuss and agree a way forward": a step of dispute resolution, not a term left open.
      if (/^(?:will|shall|are\s+to)\s+(?:discuss|negotiate)\s+and\s+agree\b/i.test(text.slice(start, end)) && /\b(?:disputes?|disagreements?|complaints?)\b/i.test(sentence)) return false;
      if (judge.strength === 'phrase' || judge.strength === 'strong') {
        // "Its terms to be negotiated according to the age of the equipment": criteria guide a negotiation, they do not settle its outcome.
        const criteriaOnly = NEGOTIATED.test(text.slice(start, end)) && CRITERIA_AFTER.test(after);
        // "Will be determined by the Ministry at a later stage": a decision put off, even one party's, leaves the term open.
        // "An amount to be agreed in the Order Form": the document is where the later agreement is written, not a value settled now.
        // "Shall be mutually agreed in a test plan to follow": the same, a document still to come ("the fee will be agreed in the order form" is how each order sets its fee).
        const agreedInDocument = AGREED_IN_DOCUMENT.test(after) && (/^to\s+be\s+(?:(?:mutually|jointly|separately)\s+)?(?:agreed|negotiated|settled|established|determined|fixed|defined|specified|confirmed)(?:\s+(?:jointly\s+|mutually\s+)?by\s+(?:the|both)\s+parties)?$/i.test(text.slice(start, end)) || (/^(?:shall|will)\s+be\s+(?:(?:mutually|jointly|separately)\s+)?(?:agreed|negotiated|settled|established|determined|fixed|defined|specified)$/i.test(text.slice(start, end)) && /^[^.;]{0,60}\b(?:to\s+follow|to\s+come|still\s+to\s+be|to\s+be\s+(?:prepared|drawn\s+up|written|produced|issued))\b/i.test(after)));
        // "Such amounts as the parties may subsequently settle in a Change Note": a decision put off in so many words is no value settled in that document.
        // ("As the parties may later agree in writing" is the variation formality, not a document: still settled.)
        // "Shall be such amount as may be agreed in the Implementation Plan": an amount still to be agreed, wherever it will be written.
        const putOff = (/\b(?:subsequently|later|thereafter)\b/i.test(text.slice(start, end)) || /^(?:be|is|are|at|in)\s+such\s+[a-z]+\s+as\s+may\s+be\s+agreed$/i.test(text.slice(start, end))) && !/^[\s,]+in\s+writing\b/i.test(after);
        // "An amount to be negotiated in the commercial terms": a bargain still to be struck, wherever it will be written.
        const stillToNegotiate = /^to\s+be\s+(?:re)?negotiated$/i.test(text.slice(start, end)) && /^\s+in\s+(?:the|an?)\s/i.test(after);
        // "Shall be those the Controller and Processor agree in a security annex to be appended after the security assessment": a document still to come, the term left open.
        if (/^\s+in\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:annex|schedule|appendix|addendum|document|plan)\s+(?:still\s+)?to\s+be\s+(?:appended|attached|added|annexed|prepared|drawn\s+up|agreed|written)\b|^\s+in\s+the\s+(?:[A-Za-z-]+\s+){0,3}?(?:renewal|extension)\b/i.test(after) && !aboutDispute(sentence)) return true;
        if ((settledNow(after) && !criteriaOnly && !agreedInDocument && !putOff && !stillToNegotiate) || (decidedByOneParty(after) && !deferredLater(after))) return false;
        return true;
      }
      // "Will be arranged as quickly as circumstances permit after a failure is reported": the deadline is vague, nothing is left to agree.
      // "Service credits … will be established by the Judiciary's ICT Committee at a later date": a term of the deal one party will set later leaves it open ("the storage tier will be chosen by the Customer at a later date" is the client's own choice).
      // "The number of sites covered by the fixed fee will be settled when the municipality confirms its final list": a term of the deal fixed at a later decision.
      if (judge.strength === 'weak' && /\b(?:settled|fixed|agreed|decided|set)$/i.test(text.slice(start, end)) && WHEN_PARTY_DECIDES.test(after) && /\b(?:number|quantity|scope|volume|list|count|prices?|pricing|fees?|rates?)\b/i.test(before) && !settledNow(after)) return true;
      // "Will be set out in a separate security schedule to follow": the document named in the match is still to come.
      // "Shall be specified in Annex I, which remains to be completed": the annex named is still blank.
      if (judge.strength === 'weak' && /^\s+in\s+(?:the\s+)?(?:annex|schedule|appendix|exhibit)\s+[A-Z0-9]+\s*,\s*which\s+(?:remains?|is|are)\s+(?:still\s+)?(?:to\s+be\s+(?:completed|agreed|finali[sz]ed|prepared|drafted|filled\s+in)|blank|empty|incomplete|unfinished|outstanding)\b/i.test(after)) return true;
      // "Any increase to the fee for each extra depot will be announced 60 days before it applies": notice of a change to a fee in force, no term left open.
      if (judge.strength === 'weak' && /\bannounced$/i.test(text.slice(start, end)) && /\b(?:increases?|changes?|rises?|reductions?|decreases?|adjustments?|revisions?|updates?|amendments?|variations?|uplifts?)\s+(?:to|in|of)\s+(?:the\s+|our\s+|your\s+|its\s+|their\s+|any\s+)?$/i.test(before)) return false;
      if (judge.strength === 'weak') return !settledNow(after) && (!decidedByOneParty(after) || (deferredLater(after) && (DEAL_TERM_BEFORE.test(before) || (QUANTITY_SUBJECT.test(before) && PUT_OFF_TO_LATER_STAGE.test(after))))) && (deferred(after) || /^\s+(?:still\s+)?to\s+(?:follow|come)\b/i.test(after) || /^\s+(?:then|at\s+that\s+(?:point|time|stage|review|meeting))\b/i.test(after)) && !/^\s+(?:as\s+(?:quickly|soon|promptly|fast|rapidly|early)\s+as|within\b|promptly\b|immediately\b)/i.test(after);
      // A discussion or review is a term left open only when it is put off ("nearer the time", "at a later stage").
      // A disagreement taken up at the next meeting is a step of dispute resolution, not a term left open.
      if (judge.strength === 'later') return !settledNow(after) && !decidedByOneParty(after) && (deferredLater(after) || /^\s+between\s+(?:us|you)\s+and\s+(?:you|us|your|our)\b/i.test(after) || /^\s+with\s+(?:you|us|the\s+(?:customer|client))\s+and\s+(?:then\s+)?(?:set|agreed|fixed|settled|priced|quoted)\s+(?:separately|later|at\s+(?:that|the)\s+time)\b/i.test(after) || decidedByBoth(after) || decidedByJointBody(after) || BETWEEN_PARTIES_WHEN.test(after) || CASE_BY_CASE.test(after) || (ON_REQUEST_LATER.test(after) && DEAL_TERM_BEFORE.test(before))) && !aboutDispute(sentence) && !DISAGREEING.test(sentence);
      // "An amount the parties agree before the Start Date": the parties' later choice is the term itself.
      if (judge.strength === 'relative') {
        if (CONDITION_BEFORE.test(before) || aboutDispute(sentence)) return false;
        // "At a rate which the parties will fix in a written amendment": a document still to be made is no value settled now.
        // "Within the time frame the parties will establish in the implementation plan": a plan named in lower case, still to be written, no document in force.
        if (settledNow(after) && !(/\b(?:will|shall)\b/i.test(text.slice(start, end)) && (/^\s+in\s+an?\s+(?:written\s+|signed\s+|formal\s+)?(?:amendment|addendum|variation|change\s+(?:order|note)|side\s+letter)\b/i.test(after) || /^\s+in\s+the\s+(?:[a-z-]+\s+){0,2}?(?:plan|protocol|procedure|runbook|policy)\b/.test(after)))) return false;
        // "The parties will/shall negotiate": the parties as the subject of a future decision, as in `parties-will-agree`.
        // "Limited as the parties may subsequently negotiate": a decision put off in so many words.
        // "We'll talk about the terms and fees when you ask for it": the provider speaking of a talk still to come, as "will" does.
        if (/\b(?:will|shall|must|agree\s+to|undertake\s+to)\b|\b(?:we|you|they)['’]ll\s+(?:then\s+)?(?:talk|speak)\b|\bmay\s+(?:subsequently|later|hereafter|in\s+future)\s+(?:negotiate|agree|settle|decide|determine|fix|set)\b/i.test(text.slice(start, end))) return true;
        return TERM_BEFORE.test(before) || deferredLater(after) || deferred(after);
      }
      // The parties as the subject of a future decision; a dispute to negotiate is not a term left open.
      // "We and your organisation will sit down together to settle", "we'll sit down together and work out": both sides at the table.
      if (/\b(?:sit\s+down|get\s+together|come\s+together)\b/i.test(text.slice(start, end)) && !aboutDispute(sentence)) return true;
      // "Which we'll work out together with you during onboarding", "we'll hammer out with your procurement team": the provider and the client at the table.
      // "The Board will decide at a later stage whether … and on what terms": a decision put off, whoever takes it.
      // "The Authority shall, following consultation with the Contractor, decide at a later stage whether …": the same, a comma-insert before the verb.
      if (/^(?:will|shall)\s*(?:,[^,.;]{1,80},\s*)?decide$/i.test(text.slice(start, end)) && /^\s+(?:at\s+a\s+later\s+(?:stage|date|point)|at\s+the\s+(?:[a-z-]+\s+){0,2}(?:review|meeting)\s+whether|later\s*,\s*(?:in\s+consultation\s+with\s+[^,;.]{1,60},\s*)?(?:whether|how|what|which)|later\s+(?:whether|on|how|what)|in\s+due\s+course\s+(?:whether|on|how|what))\b/i.test(after) && !aboutDispute(sentence)) return true;
      if (/^(?:we|you)\b/i.test(text.slice(start, end)) && /^\s+(?:[A-Za-zÀ-ɏ'’-]+\s+){0,12}?(?:together\b|(?:together\s+)?with\s+(?:you|us|them|your\s+[a-z]+(?:\s+[a-z]+)?)\b)/i.test(after) && !aboutDispute(sentence)) return true;
      // "We'll work with you to agree a suitable add-on price", "we'll decide together after the pilot month": the other side named inside the words matched.
      if (/^(?:we|you)\b[^.;]*\b(?:with\s+(?:you|us)|together)\b/i.test(text.slice(start, end)) && !aboutDispute(sentence)) return true;
      // "The Authority shall determine the service credits … at a later date": a term of the deal one party will set later leaves it open.
      if (/^(?:will|shall)\s+(?:decide|determine|set|fix|establish)$/i.test(text.slice(start, end)) && /^\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:service\s+credits?|credits?|prices?|fees?|charges?|rates?|service\s+levels?|scope)\b[^.;]{0,80}?\b(?:at\s+a\s+later\s+(?:date|stage|point)|later|in\s+due\s+course)\b/i.test(after) && !aboutDispute(sentence)) return true;
      // "We'll sit down with you after the first season to settle a fair price": the provider and the client at the table.
      if (/\b(?:we|you)(?:['’]ll|\s+will|\s+shall)?\s+(?:sit\s+down|get\s+together|meet)\s+(?:together\s+)?with\s+(?:you|us)\b[^.;]{0,80}$/i.test(before) && !aboutDispute(sentence)) return true;
      if (/^(?:will|shall)\s+decide$/i.test(text.slice(start, end)) && /^\s*,\s*(?:in\s+consultation\s+with\b|(?:following|after)\s+[^,;]{0,60},\s+whether\b|(?:once|when|after|following)\s+[^,;]{0,80},\s+(?:whether|which|how|what)\b)/i.test(after) && !aboutDispute(sentence)) return true;
      // "The terms of which we will settle together", "we'll have to agree new limits with you first", "we'll agree a plan at that point": the provider speaking for both sides of a decision it puts off.
      if ((/^(?:we|you)\b/i.test(text.slice(start, end)) || /\b(?:we|you)(?:['’]ll|\s+will|\s+shall|\s+must)?(?:\s+(?:have|need))?\s+$/i.test(before)) && /^\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:together\b|with\s+(?:you|us)\b|at\s+that\s+(?:point|time|stage)\b|later\b|at\s+a\s+later\s+(?:date|stage)\b|in\s+due\s+course\b)/i.test(after) && !aboutDispute(sentence)) return true;
      // "Celda Reservas and the guesthouse will settle between them later": whoever the two are, they decide together.
      if (/^\s+(?:between\s+them(?:selves)?|together|jointly)\b/i.test(after) && /\band\b[^.;]{0,60}$/i.test(before) && !aboutDispute(sentence)) return true;
      return (/\b(?:parties|both\s+sides|both\s+of\s+them|both\s+of\s+us|the\s+two\s+of\s+us|we\s+and\s+(?:you|your\s+[a-z]+|the\s+[a-z]+)|you\s+and\s+(?:we|us))\b/i.test(before) || TWO_PARTIES.test(before) || TWO_NAMED.test(before) || PARTY_AND_NAME.test(before)) && !aboutDispute(sentence);
    }
    case 'always':
      return true;
    case 'oral':
      // "Where the Authority's Representative has verbally agreed an extension …, the Contractor shall not be in delay": the oral step relieves a party, whatever negation the relief is written with.
      if (/^\s*(?:where|if|once|provided\s+that)\b[^.;]*\b(?:verbally|orally|by\s+(?:tele)?phone)\b[^.;]*,\s*(?:the\s+)?[A-Za-z]+\s+shall\s+not\s+be\s+in\s+(?:delay|default|breach)\b/i.test(sentence)) return true;
      // "A custom uptime commitment, which we'll settle with you during onboarding": a decision still to come, the agreement to agree.
      if (/\b(?:we|you|the\s+parties)\s*(?:['’]ll|\s+will|\s+shall)\s+(?:settle|agree|confirm|decide|finali[sz]e|fix|set|discuss)\b/i.test(text.slice(start, end))) return false;
      // "Confidential Information means information disclosed orally or in writing": how information reaches a party, not an oral agreement.
      // ("May disclose health information … if the privacy officer agrees in a phone call": a party's approval given on the channel, whatever it lets the other disclose.)
      if (INFORMATION_DISCLOSED.test(sentence) && !/\bbind\w*|\b(?:honou?r|appl(?:y|ies))\b/i.test(sentence) && !/^(?:agree[sd]?|approv(?:e|es|ed)|authori[sz](?:e|es|ed)|consent(?:s|ed)?)\s/i.test(text.slice(start, end))) return false;
      // "Verbal requests from Data Subjects … shall be logged and forwarded to the Controller": requests taken in and passed on, no approval.
      if (/^(?:verbal|oral)\s+requests?\b/i.test(text.slice(start, end)) && /\b(?:logged|recorded|forwarded|passed\s+on|referred)\b/i.test(sentence)) return false;
      // A support channel ("accepts support requests over the phone") is no approval.
      // "Further faults while on site, the customer's verbal go-ahead", "on a trouble ticket whenever the End-User verbally agrees": a new subject after a comma or a conjunction begins what the oral step is about.
      const windowStart = backTo(text, start, from, 40);
      const newSubject = ORAL_SUBJECT_START.exec(text.slice(windowStart, start));
      const object = channelObject(text, windowStart + (newSubject ? newSubject[0].length : 0), end);
      // A statement by the seller's staff is what they said, whatever it was about ("statements about how quickly the MSP would attend incidents").
      // "May authorise additional disclosures of incident PHI orally, and Business Associate may act upon that authorisation": an approval acted on, whatever it concerns.
      if (SUPPORT_OBJECT.test(object) && !VARIATION_OBJECT.test(object) && !SELLER_STATEMENT.test(text.slice(start, end)) && !WRITING_DISPENSED.test(sentence) && !ACTED_UPON.test(sentence)) return false;
      // "Where our specialist told you on a call that the module is free, we are bound by that statement and will not charge": a negation in the promise kept, not one of the statement.
      if (/\b(?:are|is|shall\s+be|will\s+be)\s+bound\s+by\s+(?:that|this|such|the|any\s+such)\s+(?:statement|promise|assurance|representation|commitment|undertaking)s?\b/i.test(sentence)) return true;
      // "Notwithstanding anything said by our sales team, your plan includes only …": the sentence sets what was said aside.
      if (/\bnotwithstanding\s+(?:anything|any\s+(?:statement|representation|promise)s?|what(?:ever)?)\s*$/i.test(before)) return false;
      // "Answer informal email enquiries within two Working Days": a support channel named before what comes through it.
      if (/^\s+(?:[a-z-]+\s+)?(?:enquir(?:y|ies)|quer(?:y|ies)|support\s+requests?|questions?)\b/i.test(text.slice(end, aheadTo(text, end, to, 40)))) return false;
      // "The Client may ask for on-site service reviews": a right to ask, given no effect.
      if (/^(?:asks?|asked|request(?:s|ed)?)\s+for\b/i.test(text.slice(start, end)) && isRight(sentence)) return false;
      // "Disputes shall be settled in meetings of senior managers": a step of dispute resolution, not an informal variation.
      if (SETTLING.test(text.slice(start, end)) && aboutDispute(sentence)) return false;
      // "Assurances given by the sales team that the data would never leave the country carry the same force": a negation in what was said is not about the statement.
      if (SELLER_STATEMENT.test(text.slice(start, end))) return !negated(blanked(sentence, THAT_CLAUSE_AFTER_STATEMENT), start - from) && !writingRequired(sentence);
      // "Where the officer indicates during a farm inspection that a deadline can slip, the Contractor shall not be in breach": the informal word excuses a breach, a negation in the effect, not in what was said.
      if (/^[^.;]*,\s*(?:so\s+|and\s+)?(?:the\s+[A-Za-z]+|we)\s+(?:shall|will)\s+not\s+(?:be\s+(?:in\s+breach|in\s+default|liable|penali[sz]ed)|levy|charge|claim|deduct|impose)\b/i.test(text.slice(end, to))) return !writingRequired(sentence);
      // "Windows may be used once the manager has given the go-ahead by phone, and time spent in them is not Downtime": the negation is the effect the informal word has.
      if (NOT_DOWNTIME.test(text.slice(end, to))) return !writingRequired(sentence);
      // "The Processor need not encrypt the records, having been told by the Controller's representative during a video meeting that …": the informal word dispenses with a duty.
      if (DUTY_DISPENSED_BEFORE.test(text.slice(from, start))) return !writingRequired(sentence);
      // "Confirmation given at the kick-off workshop that the data never leaves the Territory shall be treated as a commitment": a negation in what was confirmed.
      // "Confirms by phone that a security incident is not notifiable": a negation in what was said, to the end of its clause, is not about the oral step.
      return !negated(blanked(blanked(sentence.slice(0, end - from), LEADING_CONDITION) + blanked(blanked(sentence.slice(end - from), THAT_CLAUSE_TO_COMMA), THAT_CLAUSE_SAID), STATEMENT_CONTENT), start - from) && !writingRequired(sentence);
    case 'number':
      return true;
    case 'placeholder':
      // "Shall be [Anzahl] days": a bracket of words where a number stands, right before its unit, is a value still to fill in, in whatever language.
      if (VALUE_SLOT.test(text.slice(start, end)) && !KEPT_BRACKET.test(text.slice(start + 1, end - 1).trim()) && UNIT_AFTER.test(text.slice(end, end + 40))) return true;
      return isPlaceholder(text.slice(start, end));
    case 'waiver':
      // "Nothing … shall be deemed a signed order", "no instruction … whether or not in writing": the sentence denies the waiver.
      if (negatedBefore(sentence, start - from) || deniedAfter(sentence, end - from)) return false;
      // "If the parties have not signed the SLA within three months, the service levels in Appendix B apply until they do": a default until the document is signed, no waiver.
      if (/\b(?:appl(?:y|ies)|shall\s+apply|continue\s+to\s+apply|remain\s+in\s+force)\s+until\b/i.test(sentence)) return false;
      // A deemed signature is a waiver only when an informal step stands for it ("approves by replying to the e-mail").
      // "Work done on the instructions of the duty manager is deemed approved even where no Change Request has been signed": a person's word stands for the form.
      if ((/^(?:shall|will|is|are)\b/i.test(text.slice(start, end)) || FORM_WAIVED.test(text.slice(start, end))) && !INFORMAL_STEP.test(sentence) && !DONE_ON_WORD_DEEMED.test(sentence)) return false;
      // "Incidents reported by phone are worked on whether or not a ticket is opened": a support channel, no approval (unless the sentence gives what was said there effect).
      if (FORM_WAIVED.test(text.slice(start, end)) && SUPPORT_CHANNEL.test(sentence) && !CHANNEL_GIVEN_EFFECT.test(sentence)) return false;
      return true;
    case 'work-order': {
      // "The charges for any Additional Services requested by the Client … shall be as agreed between the parties at the relevant time": a request whose price is left open.
      if (/^(?:asked|requested)\b/i.test(text.slice(start, end)) && /\b(?:shall|will)\s+be\s+as\s+(?:mutually\s+)?agreed\b/i.test(sentence)) return false;
      // "New prices apply … whether or not we have told you about them": a notice not given, no work ordered by word of mouth.
      if (/\bwhether\s+or\s+not\s+(?:we|it|they|the\s+[a-z]+)\s+(?:have|has|had)\s+$/i.test(before)) return false;
      // "Within 5 working days of you telling us about them": the notice that starts a deadline, no work ordered.
      if (/\bwithin\s+\d+\s+(?:[a-z]+\s+)?(?:days?|hours?)\s+of\s+(?:you|the\s+[a-z]+)\s+$/i.test(before)) return false;
      // "At a rate your adviser agrees with us later": a price put off, the agreement to agree, not work ordered informally.
      if (/^\s+(?:later|subsequently|at\s+a\s+later\s+(?:date|stage))\b/i.test(text.slice(end, end + 20))) return false;
      // "We'll tell you about any price increase at least 60 days before your renewal date": the provider's notice to the client, no work ordered.
      // "You can ask us for a credit of 10% …, and we will apply it to your next invoice": a remedy claimed, no work ordered.
      if (/^ask(?:s|ed|ing)?\s+(?:us\s+|me\s+|them\s+)?for$/i.test(text.slice(start, end)) && /^\s*(?:an?\s+|any\s+|the\s+)?(?:service\s+)?(?:credits?|refunds?|compensation|rebates?)\b/i.test(text.slice(end, end + 40))) return false;
      if (/^tell(?:s|ing)?\s+(?:you|the\s+(?:customer|client))\b/i.test(text.slice(start, end)) && /\b(?:we(?:['’]ll|\s+will|\s+shall)?|the\s+(?:provider|supplier|vendor|msp|processor|contractor)\s+(?:will|shall))\s+$/i.test(before)) return false;
      // "Work you ask for … goes ahead once agreed with you, and may carry a surcharge": an informal say-so that orders chargeable or extra work.
      // "Installations requested by the Client's engineer while on the mountain shall count as approved Change Requests": the request made into the instrument.
      // "The Supplier may alter the scope … and the Service Charges as its business requires, without the Customer's consent": the consent missing from a change made alone, no work ordered informally.
      // "The Supplier reserves the right to alter the scope … without the Client's consent", "We can raise our prices … without telling you first": the same, whoever holds the right.
      if ((/^without\b/i.test(text.slice(start, end)) || /\bwithout\s+(?:first\s+)?$/i.test(before)) && /\b(?:may|can|reserves?\s+the\s+right\s+to|(?:is|are)\s+(?:entitled|free)\s+to)\s+(?:(?:at\s+any\s+time|unilaterally)\s+)?(?:alter|change|modify|vary|amend|increase|raise|substitute|replace|adjust|put\s+up)\b[^.;]*$/i.test(before)) return false;
      if (!WORK_PRICED.test(sentence) && !(EXTRA_WORK.test(sentence) && WORK_DONE.test(sentence)) && !AS_APPROVED_INSTRUMENT.test(sentence)) return false;
      // "Provisioned and invoiced at list rate without a further order form": the written order dispensed with is none given.
      if (FORMAL_ORDER.test(blanked(blanked(sentence, WRITING_DISPENSED), AS_APPROVED_INSTRUMENT_ALL)) || WORK_UNPRICED.test(sentence) || SUPPORT_REQUEST.test(sentence)) return false;
      // "The Client may, at its discretion, ask for extra sessions, charged at the day rate set out in Schedule 5": a right priced by the contract, nothing agreed informally.
      // "The Museum may ask for additional reports whenever it wishes, and each shall be charged at EUR 450": the same, a right priced in the sentence.
      if (PRICED_BY_CONTRACT.test(sentence) && (isRight(sentence) || /\bmay\s*(?:,[^,.;]{1,40},\s*)?(?:ask|request)\s+for\b/i.test(sentence))) return false;
      // "If you ask for an export, we will deliver it within 10 business days and may charge our costs, capped at USD 750": a service on request with its deadline and its cap, nothing agreed informally.
      if (bounded(sentence, 'time') && CAPPED_AMOUNT.test(sentence)) return false;
      // "Reasonable costs of a restore requested by the Customer are chargeable, capped at EUR 750": a capped charge for what the client asks for, and nothing said informally.
      if (CAPPED_AMOUNT.test(sentence) && !INFORMAL_STEP.test(sentence)) return false;
      return !negated(sentence, start - from) && !writingRequired(sentence);
    }
    case 'informal-effect': {
      if (reopenedAtReview(text, from, start, end)) return false;
      // "Questions may be put by telephone …, but only answers published on the platform shall be binding": the channel is denied force.
      if (ONLY_WRITTEN_BINDS.test(sentence)) return false;
      // "A visit so cleared counts as covered", "the site is treated as added", "work gets under way once …": the informal step has an effect.
      // The effect must stand in the same part of the sentence: "contact us by WhatsApp for questions; orders are accepted only through the portal" gives the message no effect.
      const part = semicolonPart(sentence, start - from);
      if (!INFORMAL_EFFECT.test(part) && !(INFORMAL_CHARGE.test(part) && ORDERED.test(part)) && !WRITING_DISPENSED.test(sentence) && !CLAUSE_STEP_DISPENSED.test(sentence)) return false; // the written step dispensed with anywhere: "…on a call with its account team; no signed consent is needed"
      // A support line is no approval channel, unless the sentence approves or authorises something through it ("approved by the technician on duty when the Customer rings the support line").
      if (SUPPORT_CHANNEL.test(sentence) && !/\b(?:approv(?:e|es|ed|al)|authori(?:ty|[sz](?:e|es|ed|ation))|binds?|waive[rsd]?|extend(?:s|ed)?|extension|entitles?|takes?\s+effect)\b/i.test(sentence)) return false;
      // "So the Customer need not submit the claims otherwise required by clause 6": a step of the contract dispensed with, not a dispute.
      if (aboutDispute(sentence) && !CLAUSE_STEP_DISPENSED.test(sentence)) return false;
      // "Hauliers may contact the pre-clearance helpdesk by telephone … to amend or cancel a booking": a user changing its own booking through a desk, no variation of the contract.
      if (/\bmay\s+(?:contact|call|phone|ring|telephone)\s+(?:the\s+|our\s+|its\s+)?(?:[a-z-]+\s+){0,3}?(?:help\s*desk|helpline|hotline|service\s+desk|support\s+line|call\s+cent(?:re|er)|booking\s+(?:line|office|desk))\b/i.test(sentence) && /\b(?:bookings?|reservations?|appointments?|slots?)\b/i.test(sentence)) return false;
      // "Treated as withdrawn if the representative indicates on a call that it will not be pursued": a negation in what was said is not about the step.
      // "If cleared … in a Teams chat, shall not be counted as Degraded Performance": the negation is the effect given to the step.
      // "… so the Customer need not submit the claims": the negation is the effect given to the step.
      return (NOT_DOWNTIME.test(sentence) || CLAUSE_STEP_DISPENSED.test(sentence) || !negated(blanked(blanked(sentence, REPORTED_SPEECH), STATEMENT_CONTENT), start - from)) && !writingRequired(sentence);
    }
    case 'binding': {
      if (reopenedAtReview(text, from, start, end)) return false;
      if (ONLY_WRITTEN_BINDS.test(sentence)) return false;
      // "May carry out one on-site audit per year": the audit is what is done, not the channel of an approval.
      if (/^on[\s-]+site\b/i.test(text.slice(start, end)) && /\b(?:carry\s+out|conduct|perform|undertake|request|arrange|schedule|hold|permit|allow|facilitate|accept|submit\s+to)\s+(?:an?|one|the|any|each|two|further)\s+(?:[a-z]+\s+)?$/i.test(before)) return false;
      // "Failing agreement on the cost of an on-site audit …, the standard daily rate shall apply": what the audit costs, no step taken at one.
      if (/^(?:on|over|at|by)\s+(?:the\s+)?(?:cost|costs|price|fees?|charges?|scope|timing|dates?|frequency)\s+of\b/i.test(text.slice(start, end))) return false;
      // "The charges for on-site visits": a kind of visit, not a step taken on one.
      if (/^on[\s-]+site[\s-]+(?:[a-z]+[\s-]+)?(?:visits?|sessions?|workshops?|trainings?|days?|inspections?|audits?|checks?)$/i.test(text.slice(start, end))) return false;
      // "Will be confirmed once we have discussed your needs with you during onboarding": a discussion still to come, the deferral is the finding.
      if (STEP_STILL_TO_COME.test(before)) return false;
      // The informal step must be made binding ("shall bind", "shall be binding", "deemed an order"), or be the way an approval is given
      // ("may authorise the work by telephoning the help desk", "in a telephone conversation, authorise"), not merely mentioned.
      const approval = APPROVAL_BEFORE.test(text.slice(backTo(text, start, from, 90), start)) || MODAL_APPROVAL_BEFORE.test(text.slice(backTo(text, start, from, 160), start)) || APPROVAL_AFTER.test(text.slice(end, aheadTo(text, end, to, 40))) || AT_WHICH_APPROVED.test(text.slice(end, aheadTo(text, end, to, 120))) || (start === from + (sentence.length - sentence.trimStart().length) && /^(?:following|after)\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?:conversations?|calls?|chats?|discussions?)$/i.test(text.slice(start, end)) && LEAVE_AFTER_TALK.test(text.slice(end, aheadTo(text, end, to, 160)))) || (/^(?:as\s+)?per\s/i.test(text.slice(start, end)) && DONE_PER_EXCHANGE.test(text.slice(end, aheadTo(text, end, to, 200))));
      // Or the sentence gives what came through the channel an effect, in the same part of it ("may rely on authorisations communicated in its Slack workspace", "may treat a confirmation posted in Teams as approval").
      // Or the sentence obliges a party to deliver what it showed there ("shall deliver the enhanced reporting demonstrated to the Council at the tender presentation").
      const deliverAsShown = /^(?:demonstrated|shown|presented|promised|described|offered)\b/i.test(text.slice(start, end)) && /\b(?:shall|will|must)\s+(?:also\s+)?(?:extend|provide|deliver|supply|install|cover|build|add|implement)\b[^.;]{0,120}$/i.test(text.slice(from, start));
      const effect = !approval && !deliverAsShown && !BINDING_AFTER.test(text.slice(end, to)) && !BINDING_BEFORE.test(text.slice(from, start));
      // Or assent is deemed from what followed the channel ("deemed to have accepted the item if it keeps logging tickets against it after it was demonstrated at a review", "you are taken to have approved the change").
      const deemed = DEEMED_ASSENT.test(semicolonPart(sentence, start - from));
      // Or what was ordered through the channel is paid for ("emergency works ordered by the duty officer by radio shall be paid at the emergency rates"); "on-site visits will be charged" orders nothing.
      const part = semicolonPart(sentence, start - from);
      const actedOn = /^on\s+the\s+(?:strength|basis)\s+of\b/i.test(text.slice(start, end));
      const given = CHANNEL_GIVEN_EFFECT.test(part) || WRITING_DISPENSED.test(part) || (CHANNEL_CHARGE.test(part) && (ORDERED_BEFORE.test(text.slice(from, start)) || actedOn));
      // "Acted on as if they were formal service requests": the support words name what the step is made into, no support channel.
      // "We'll treat any approval you give us on a support call as authority to replace hardware": an approval made into authority, whatever the line.
      const approvalAsAuthority = APPROVAL_AS_AUTHORITY.test(sentence);
      if (effect && !deemed && !(given && (approvalAsAuthority || !SUPPORT_CHANNEL.test(blanked(sentence, AS_IF_FORMAL_REQUEST))) && !aboutDispute(sentence))) return false;
      // "Any extension … that the regional director of the probation service requests in a videoconference": requests is the verb of a relative clause, no support request.
      // "May re-prioritise incident tickets by WhatsApp message …, and the new priority binds the MSP": a change of the deal made on a ticket.
      if (!deemed && !approvalAsAuthority && !/^\s*(?:an?\s+|the\s+|any\s+)?(?:[A-Za-z]+['’]s\s+)?(?:waiver|variation|amendment|extension|exception|commitment|promise|assurance|undertaking)s?\b/i.test(sentence) && !DEAL_TERM_VIA_CHANNEL.test(sentence) && SUPPORT_OBJECT.test(channelObject(text, backTo(text, start, from, 60), end)) && !SERVICE_REQUESTS_VERB.test(channelObject(text, from, end)) && !/\bre-?prioriti[sz]/i.test(channelObject(text, from, end))) return false;
      // "Need not issue deletion certificates … where it has reported the deletion … in a phone call": the negation waives the written step, it does not deny the informal one.
      return !negatedBefore(withoutWaivedWriting(sentence), start - from) && !deniedAfter(sentence, end - from) && !writingRequired(sentence);
    }
    case 'unilateral':
      // "No one on chat can change your price, plan or these Terms": the sentence denies the change.
      if (/\b(?:no\s+one|nobody|no\s+(?:member|employee|person|agent|representative)s?)\b[^.;]{0,40}$/i.test(before) || /^(?:no\s+one|nobody)\b/i.test(text.slice(start, end))) return false;
      // "You can change prices there yourself whenever you need to": the client changing its own settings, not the provider changing the deal.
      if (/^(?:and\s+)?you\s+(?:can|may)\b/i.test(text.slice(start, end)) || /\byou\s+(?:can|may)\s+$/i.test(before)) return false;
      // "Radore and the Customer may change the committed bandwidth by WhatsApp messages": two parties changing together is no change at will (how they agree is read on its own).
      // (Prices for alarm sensors and monitoring may change whenever we update them: two things, not two parties.)
      if (/\b(?:[A-Z][A-Za-z]+\s+and\s+(?:the\s+)?[A-Z][A-Za-z]+|[Ww]e\s+and\s+you|[Yy]ou\s+and\s+(?:we|us))\s+(?:may|can)\s+(?:jointly\s+|together\s+|mutually\s+)?(?:change|modify|amend|vary|update|reduce|adjust|alter|revise)\b/.test(sentence.slice(0, end - from))) return false;
      // "The two site managers may vary resolution targets by verbal agreement": a change the two agree, no change at will (the informal step is read on its own).
      if (VARIED_BY_AGREEMENT.test(text.slice(start, aheadTo(text, start, to, 160)))) return false;
      // "The Customer may change the features it uses": the client choosing for itself, not a level of the other side changed.
      if (CLIENT_AT_START.test(text.slice(start, end)) && !PROVIDES_TO_OTHERS.test(sentence)) return false;
      // "The Customer may update the Annex at any time": the client named just before the words that give the right.
      if (/^(?:may|can|reserves?)\b/i.test(text.slice(start, end)) && CLIENT_SUBJECT_BEFORE.test(before)) return false;
      // "May update Annex III to add sub-processors under the notice procedure in clause 8": a change made through the contract's own procedure.
      if (/\b(?:under|in\s+accordance\s+with|following|subject\s+to|pursuant\s+to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:notice|objection|notification)\s+(?:procedure|process|mechanism)\b/i.test(sentence)) return false;
      // "Beta features … may be withdrawn at any time, but your paid features remain subject to the Service Levels": what is promised stays.
      if (/\b(?:beta|preview|trial|experimental)\b/i.test(sentence) && /\bremains?\s+subject\s+to\b/i.test(sentence)) return false;
      // "May be changed only with the Customer's written consent", "no change may reduce the service levels": the change is bounded.
      // "Provided it considers that the overall level of protection is not materially reduced": a bound the changing party judges for itself is none.
      if (CHANGE_BOUNDED.test(sentence) && !BOUND_IN_ITS_VIEW.test(sentence)) return false;
      // "By giving 90 days' notice", "no revision takes effect until thirty (30) days after customers have been notified": a change the client sees coming, in time to leave.
      if (bounded(sentence, 'time')) return false;
      // "Effective at the end of the current Term, and a customer unwilling to pay … may terminate", "30 days after we have emailed you", "only at the next renewal period after email notice": a change the client is told of, or may leave.
      if (CHANGE_WITH_EXIT.test(sentence)) return false;
      return !negatedBefore(sentence, start - from);
    case 'vary':
      // "The service manager and the clinic owner may vary response priorities by informal agreement": a variation the two agree, no level that varies (the informal step is read on its own).
      if (VARIED_BY_AGREEMENT.test(text.slice(start, aheadTo(text, start, to, 160)))) return false;
      // "The Department's contract manager may vary the call script": the client changes what it asks for, no level of the other side varies.
      if (/^may\b/i.test(text.slice(start, end)) && CLIENT_SUBJECT_BEFORE.test(before)) return false;
      // "The credit obligations do not depend on whether it does so": the sentence denies the variation.
      if (/\b(?:do|does|shall|will|must)\s+not\s+$/i.test(before)) return false;
      // "But no such meeting shall vary any term of this Agreement": the sentence denies the variation.
      if (/\bno\s+(?:such\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+$/i.test(before)) return false;
      // "No statement made in a meeting or call shall vary the Service Levels unless …": the sentence, opened by its negation, denies the variation.
      if (/^\s*(?:no|neither)\b/i.test(text.slice(from, start)) && /^shall\s+vary$/i.test(text.slice(start, end))) return false;
      // "No statement … shall vary this SLA unless it is recorded in a change note": to vary a document is to amend it, no level that varies.
      if (/\bvary$/i.test(text.slice(start, end)) && /^\s+(?:this|the|these|that|any|its|our|your)\s+(?:[A-Za-z-]+\s+){0,2}?(?:sla|slas|agreement|contract|terms|schedules?|annex(?:es)?|orders?|conditions|service\s+levels?)\b/i.test(after)) return false;
      // "Response times vary by priority as set out in Schedule 2", "vary but never exceed 8 hours": the variation is measured.
      return aboutLevels(sentence) && !bounded(sentence, 'standard') && !bounded(sentence, 'time') && !bounded(sentence, 'amount');
  }
}

/**
 * A term of the deal given through the channel, whatever faults or outages it is about: a service level changed ("the shorter
 * Response Time for Priority 1 faults, discussed … at the reception, will apply"), or credits made claimable ("Service Credits …
 * may also be claimed for any outage that the support engineer acknowledges over live chat"). No support request.
 */
const DEAL_TERM_VIA_CHANNEL = /\bcredit\s+(?:requests?|claims?)\b|\bclaims?\s+for\s+(?:service\s+)?credits?\b|\b(?:support|service)\s+hours\b[^.;]{0,60}?\bapply\s+as\s+agreed\b|\bshall\s+be\s+supplied\s+and\s+(?:charged|invoiced|billed)\b|\bcredits?\b[^.;]{0,80}?\bpromised\b|\b(?:can|may)\s+waive\s+(?:your|the)\b|\bpick[\s-]?up\s+times?\b|\bappl(?:y|ies)\s+in\s+place\s+of\s+the\s+(?:standard\s+)?(?:[A-Za-z0-9-]+\s+){0,2}?(?:targets?|times?|levels?)\b|\bany\s+credit\s+(?:he|she|they|it|the\s+[a-z]+)\s+acknowledges?\b[^.;]{0,40}\bis\s+payable\b|\bcredits?\s+(?:owed|due)\b[^.;]{0,80}?\b(?:were|was|are|is)\s+(?:settled|agreed)\b|\b(?:higher|lower|increased|reduced|revised|new)\s+(?:service\s+)?credit\s+(?:rates?|percentages?|levels?)\b|\b(?:credit|refund)\s+requests?\b[^.;]{0,120}?\bvalid\s+claim\b|\b(?:service\s+)?credit\s+claims?\b[^.;]{0,60}?\b(?:treated|deemed)\s+as\s+(?:accepted|approved|valid)\b|\bchanges?\s+to\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:procedure|process|plan|schedule|levels?|times?|scope)\b[^.;]*\b(?:(?:shall|will)\s+bind|is\s+effective|takes\s+effect)\b|\bexclusion\s+of\b[^.;]{0,80}?\bfrom\s+(?:the\s+)?(?:downtime|availability|service\s+credits?)\b|\b(?:shorter|longer|faster|quicker|new|revised|reduced|extended|improved|tighter)\s+(?:response|resolution|fix|restore|repair|restoration)\s+times?\b|\b(?:credits?|refunds?|compensation)\b[^.;]{0,60}?\bmay\s+(?:also\s+)?be\s+claimed\b/i;

/** The names a contract gives the client, in the judgements of a discretion that is the client's own. */
const CLIENT = String.raw`(?:customer|client|controller|authority|buyer|council|agency|department|purchaser|board|ministry|secretariat|commission|municipality|subscriber|licensee|covered\s+entity|procuring\s+entity|contracting\s+entity|employer)`;
const CLIENT_WITHHOLDS = new RegExp(String.raw`\b(?:${CLIENT}|you)\s+may\s+(?:withhold|refuse|grant|give|decline)\s+$`, 'i');
/** The client asking for something earlier in the sentence ("The Authority may request a report on …"). */
const CLIENT_REQUESTS_BEFORE = new RegExp(String.raw`\b(?:the\s+)?(?:${CLIENT}|you)\s+may\s+(?:request|ask\s+for|require|call\s+for|order|issue|publish|send|give)\b[^.;]{0,100}$`, 'i');
const CLIENT_MAY = new RegExp(String.raw`\b(?:${CLIENT}|you)\s+(?:may|(?:is|are|shall\s+be)\s+entitled|(?:has|have)\s+the\s+right|reserves?\s+the\s+right)\s*,?\s*(?:at\s+its\s+(?:sole\s+)?discretion\s+and\s+)?(?:(?:if|where|when|whenever)\s+)?$`, 'i');
/** A body that provides the service to others ("the shared portal made available to participating municipalities"): then it is the provider, whatever its name. */
const PROVIDES_TO_OTHERS = /\b(?:made\s+available|provided|offered|supplied)\s+to\s+(?:the\s+)?(?:participating\s+|member\s+|its\s+)?(?:municipalities|agencies|members|users|customers|clients|schools|authorities|councils|departments)\b/i;
/** A discussion between the parties put off to an event ("discussed between the parties should such a breach occur"). */
const BETWEEN_PARTIES_WHEN = /^\s+between\s+(?:the\s+|both\s+)?parties\s+(?:should|if|when|once|in\s+the\s+event)\b|^\s+(?:together\s+)?with\s+(?:you|us|the\s+(?:customer|client|controller|authority|council|supplier|provider))\s+(?:before|ahead\s+of|prior\s+to|in\s+(?:good\s+)?time\s+(?:for|before)|at\s+the\s+(?:end|close|start)\s+of|at\s+(?:the\s+)?(?:next\s+)?renewal|(?:closer|nearer)\s+(?:to\s+)?(?:the\s+|your\s+)?(?:renewal|end|expiry))\b/i;
/** A discussion with the other side one case at a time ("discussed with you case by case"). */
/** A price talked over only when the client asks ("the fee for exporting historic data will be discussed with you if you ever ask for it"): the term is left to that talk. */
const ON_REQUEST_LATER = /^\s+with\s+(?:you|us|the\s+(?:customer|client))\s+(?:if|when|once|should|whenever)\s+(?:you|the\s+[a-z]+)\s+(?:ever\s+)?(?:asks?|requests?|needs?|wants?|requires?)\b/i;

const CASE_BY_CASE = /^\s+with\s+(?:you|us|the\s+[a-z]+)\s+(?:case[\s-]+by[\s-]+case|individually|on\s+a\s+case[\s-]+by[\s-]+case\s+basis)\b|^\s+between\s+(?:us|the\s+parties|you\s+and\s+us)\s+(?:on\s+a\s+)?case[\s-]+by[\s-]+case\b/i;
/**
 * An approval or instruction a party treats as its authority ("we'll treat any approval you give us on a support call as authority to …"),
 * or an authorisation given by calling a line ("may authorise additional … visits … by telephoning the Service Desk"), whatever the line.
 */
const APPROVAL_AS_AUTHORITY = /\bauthori[sz]e\b[^.;]{0,100}\bby\s+(?:telephoning|phoning|calling|ringing)\b|\btreats?\s+(?:any|each|every|an?|the)\s+(?:approval|instruction|consent|authori[sz]ation|go-ahead)s?\b[^.;]{0,80}?\bas\s+(?:(?:its|our|the|full|sufficient|valid)\s+)?(?:authority|authori[sz]ation|approval)\b|\btreats?\s+(?:that|this|such|the|any)\s+(?:approval|instruction|consent|authori[sz]ation)\s+as\s+(?:an?\s+)?(?:change\s+(?:request|order|note)|variation(?:\s+order)?|purchase\s+order|work\s+order|order)\b/i;
/** "… that the director of the probation service requests": requests as the verb of a relative clause whose subject ends in service. */
const SERVICE_REQUESTS_VERB = /\b(?:that|which)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){1,8}?service\s+requests\s*$/i;
/** A step in a clause of what is still to happen ("once we have discussed …", "after the parties have talked through …"). */
const STEP_STILL_TO_COME = /\b(?:once|after|when|until|as\s+soon\s+as)\s+(?:we|you|they|both\s+parties|the\s+parties|the\s+[A-Za-z]+)\s+(?:have|has)\s+$/i;
/** Only what is published or written binds ("but only answers published on the e-procurement platform shall be binding"). */
const ONLY_WRITTEN_BINDS = /\b(?:act|proceed|rely)\s+(?:up)?on\s+(?:them|it|such\s+[a-z]+)\s+only\s+(?:after|once|when)\s+(?:they|it)\s+(?:are|is|have\s+been|has\s+been)\s+confirmed\s+(?:in\s+writing|by\s+e-?mail|in\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}(?:ticketing\s+system|portal|system|tool))\b|\b(?:(?:takes?\s+effect|appl(?:y|ies))\s+only|only\s+(?:takes?\s+effect|appl(?:y|ies)))\s+(?:when|once|after|if)\b[^.;]{0,80}\b(?:approves?|confirms?|signs?|accepts?)\b[^.;]{0,40}(?:\b(?:e-?mail(?:ed)?|console|portal|in\s+writing|written)\b|\b(?:your|the|our)\s+(?:[a-z-]+\s+)?(?:account|dashboard|portal|console|app)\b(?!\s+(?:manager|director|lead|executive|team|rep|representative|owner)s?\b))|\bonly\s+(?:answers?|responses?|statements?|information|replies|instructions?)\s+(?:published|given\s+in\s+writing|posted|issued\s+in\s+writing|confirmed\s+in\s+writing)\b[^.;]*\bbinding\b/i;
/** A document in which a term "to be agreed" is written ("in the Order Form", "in each statement of work"), not "in writing". */
const AGREED_IN_DOCUMENT = /^\s+in\s+(?:the\s+|an?\s+|each\s+|its\s+|their\s+|your\s+)?(?:[A-Za-z'’-]+\s+){0,2}?(?:order(?:\s+form)?|statement\s+of\s+work|sow|quote|quotation|plan|annex|schedule|agreement|contract|variation|amendment|report|description|specification)s?\b/i;
/** The client as the first words of a match ("the Customer may change …"). */
const CLIENT_AT_START = new RegExp(String.raw`^(?:the\s+)?(?:${CLIENT}|you)\b`, 'i');
/** The client's right to ask for something, right before what it may ask for ("the Client may at any time request"). */
const CLIENT_REQUESTS = new RegExp(String.raw`\b(?:${CLIENT}|you)\s+may\s+(?:at\s+any\s+time\s+|from\s+time\s+to\s+time\s+)?(?:request|ask\s+for|require|propose|order)\s+(?:any\s+|such\s+)?$`, 'i');
/** The client, or someone of the client's, as the subject right before a verb ("the Department's contract manager "). */
const CLIENT_SUBJECT_BEFORE = new RegExp(String.raw`\b(?:${CLIENT}|you)(?:['\u2019]s(?:\s+[A-Za-z-]+){1,3})?\s+$`, 'i');
/** A right of the client, with what it may do, before a discretion ("Customer is entitled, but not obliged, to make such efforts"). */
const CLIENT_ENTITLED_BEFORE = new RegExp(String.raw`\b(?:${CLIENT}|you)\s+(?:is|are|shall\s+be)\s+entitled(?:\s*,\s*but\s+not\s+obliged\s*,)?\s+to\b[^.;]{0,60}$`, 'i');
const CLIENT_ACT_AFTER = /^\s*,?\s*(?:and\s+[^,.;]{0,40},\s*)?(?:either\s+)?(?:to\s+)?(?:request|ask|require|order|choose|elect|decide|terminate|suspend|audit|inspect|extend|call\s+for|deduct|withhold|claim|reject)\b/i;
const DONE_BY_CLIENT = new RegExp(String.raw`\bmay\s+be\s+[a-z]+(?:ed|en|ne)\s+(?:out\s+)?by\s+the\s+${CLIENT}\s+(?:as\s+(?:often|frequently|many\s+times)\s+)?(?:as\s+)?$`, 'i');
/** A third party as the one who decides ("by an independent expert", "by the arbitrator"). */
const THIRD_PARTY_DECIDES = /^[\s,]+by\s+(?:an?\s+|the\s+)?(?:independent\s+|neutral\s+)?(?:expert|arbitrat\w*|adjudicator|tribunal|court|mediator)s?\b/i;
/** The client choosing for itself ("the Authority alone decides", "the Customer may decide"). */
const CLIENT_CHOOSES = String.raw`(?:${CLIENT}|you)\s+(?:alone\s+(?:decides?|determines?|chooses?|selects?)|(?:may|shall|will)\s+(?:decide|determine|choose|select))`;
/** A match that is the client's own choice ("the Customer alone decides whether"). */
const CLIENT_ALONE_DECIDES = new RegExp(String.raw`^(?:the\s+)?${CLIENT_CHOOSES}\b`, 'i');
/** The client as the one who decides, just before a discretion ("The Authority alone decides, as it sees fit,"). */
const CLIENT_DECIDES = new RegExp(String.raw`\b${CLIENT_CHOOSES}\s*,?\s*(?:as\s+)?$`, 'i');
/** The client's right just before a discretion over when it is used ("the Authority may terminate this contract at any time"). */
const CLIENT_RIGHT_BEFORE = new RegExp(String.raw`\b(?:${CLIENT}|you)\s+may\s+(?:terminate|suspend|audit|inspect|request|extend|cancel|withdraw\s+from)\b[^.;,]{0,60}$`, 'i');
/** An amount capped ("capped at USD 750", "up to 1,000 EUR"). */
const CAPPED_AMOUNT = /\b(?:capped\s+at|up\s+to|not\s+(?:to\s+)?exceed(?:ing)?|no\s+more\s+than|at\s+most|maximum\s+of)\s+(?:[A-Z]{3}\s*|[$€£]\s*)?\d/i;
const CAPPED = /\b(?:shall|will|may)\s+not\s+exceed\b|\bno\s+more\s+than\b|\bat\s+most\b/i;

/** The provider given a choice, just before the discretion ("the Provider may, if it so decides,"). */
const PROVIDER_MAY = /\b(?:provider|supplier|contractor|vendor|host|msp|processor|licensor|we)\s+may\s*,\s*$/i;
/** A remedy the other party is owed, right after the discretion ("issue a credit against future invoices", "grant a refund"). */
const REMEDY_AFTER = /^\s*,?\s*(?:(?:issue|grant|pay|apply|give|award|offer)\s+(?:(?:a|an|any|the)\s+)?(?:service\s+)?(?:credits?|refunds?|compensation|rebates?)|(?:decline|refuse|reject|deny|withhold|reduce)\s+(?:(?:a|an|any|the)\s+)?(?:service\s+)?(?:credits?|refunds?|compensation|rebates?)(?:\s+(?:claims?|requests?))?)\b/i;

/** A change the other party must agree to, or one that may not lower what was promised. */
const CHANGE_BOUNDED = /\b(?:with|subject\s+to|only\s+with|upon|after\s+obtaining)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|agreement|approval)\b|\bby\s+(?:mutual\s+)?(?:written\s+)?agreement\b|\b(?:not|never)\s+(?:be\s+)?(?:materially\s+)?(?:reduce|lower|degrade|diminish|decrease|weaken)\w*|\bno\s+(?:such\s+)?(?:change|modification|update|revision)s?\s+(?:(?:may|shall|will)\s+)?(?:materially\s+)?(?:reduces?|lowers?|degrades?|diminish(?:es)?|decreases?|weakens?)\b|\bno\s+(?:such\s+)?(?:change|modification|update|revision)s?\s+(?:(?:may|shall|will)\s+)?takes?\s+effect\s+(?:until|before|earlier\s+than)\b|\bno\s+(?:such\s+)?(?:change|modification|update|revision|amendment)s?\s+(?:that|which)\b[^.;]{0,80}?\b(?:(?:may|shall|will|can)\s+)?takes?\s+effect\s+without\s+(?:the\s+|your\s+|its\s+|their\s+)?(?:[A-Za-z]+['’]s\s+)?(?:prior\s+)?(?:written\s+|express\s+)?(?:consent|agreement|approval|acceptance)\b/i;

/** A bound on a change that the changing party judges for itself ("provided it considers that the level of protection is not reduced"). */
/** A change the other side is told of in advance or may leave: an exit, a notice period, the next renewal. */
const CHANGE_WITH_EXIT = /\bonly\s+after\s+(?:the\s+)?[A-Za-z]+\s+(?:has|have)\s+(?:countersigned|approved|agreed|consented)\b|\b(?:may|can|is\s+entitled\s+to|are\s+entitled\s+to)\s+terminate\b|\b(?:\d+|seven|fourteen|thirty|sixty|ninety)\s+(?:calendar\s+|business\s+|working\s+)?days['’]?\b|\b(?:next|following)\s+renewal\b|\bend\s+of\s+the\s+(?:current|then[\s-]current)\s+(?:term|subscription|period)\b|\bunless\s+(?:you|the\s+[a-z]+)\s+(?:accepts?|agrees?)\b[^.;]{0,20}\bin\s+writing\b/i;
const BOUND_IN_ITS_VIEW = /\b(?:provided|so\s+long\s+as|as\s+long\s+as|if|where)\s+(?:that\s+)?(?:it|they|we|the\s+[a-z]+)\s+(?:considers?|deems?|judges?|believes?|thinks?|determines?|is\s+satisfied)\s+(?:that\s+)?[^.;]{0,80}?\b(?:not|never|no)\b/i;

/** What a party says, as a that-clause the match stands in ("says on a site visit that a terminal installation is"). */
const SAID_ON_CHANNEL = new RegExp(String.raw`\b${SAYING}\b[^.;]{0,60}\bthat\b[^.;,]*$`, 'i');

/** A channel on which things are said rather than written. */
const SPOKEN_CHANNEL = /\b(?:visit|meeting|call|phone|telephone|conversation|chat|demo\w*|walk[\s-]*(?:through|round)|workshop|audit|inspection|in\s+person|orally|verbally|radio)\b/i;

/** A dispute taken through its steps ("any dispute … shall first be talked through …; either party may refer it to expert determination"). */
const DISPUTE_STEP = /\bdisputes?\b[^.;]*\b(?:refer(?:red)?\s+(?:it\s+)?to|escalat(?!or)\w*|expert\s+determination|arbitrat\w*|mediat\w*)/i;

/** A meeting or call still to come ("at a later meeting", "in a future workshop"). */
/** A written step the contract puts before acting on what was said ("must be confirmed on that form within two Working Days before the Contractor acts on it", "shall be restated … in an email … within one Business Day", "shall not act on them until … confirmed"). */
const ORAL_CONFIRMED_FIRST = /\b(?:are|is)\s+to\s+be\s+(?:confirmed|restated|recorded|documented)\b[^.;]{0,120}?\b(?:before|within)\b|\bmust\s+be\s+made\s+(?:through|via|in|using|on)\s+(?:your|the)\s+(?:[a-z-]+\s+){0,2}?(?:settings|portal|account|form|dashboard|app|writing)\b|\b(?:must|shall)\s+be\s+(?:confirmed|restated|recorded|documented)\b[^.;]{0,120}?\b(?:before|within)\b|\b(?:shall|will|must)\s+not\s+act\s+(?:up)?on\s+(?:them|it|such\s+[a-z]+|any\s+[a-z]+)\s+until\b/i;
const LATER_CHANNEL = /\b(?:later|future|subsequent|forthcoming|upcoming|first|inaugural|inception)\s+(?:[a-z-]+\s+){0,2}(?:meeting|call|session|workshop|review|discussion|conversation)s?\b/i;

/** The that-clause after a statement or confirmation, up to the verb that gives the statement its effect. */
const THAT_CLAUSE_SAID = new RegExp(String.raw`^(?:\s+[A-Za-z'’-]+,?){0,3}?,?\s+that\b[^.;]*?(?=\s+${STATEMENT_GIVEN_EFFECT}\b)`, 'i');

/** What was said, as a that-clause right after the oral step, to the end of its clause ("confirms by phone that an incident is not notifiable,"). */
const THAT_CLAUSE_TO_COMMA = /^(?:\s+(?:to|in|at|near|of)\s+(?:the\s+)?[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3})?\s+that\b[^.;,]*/;

/** What a party says on the informal channel, as a clause after a verb of saying ("indicates on a call that it will not be pursued"), up to the end of that clause. */
const REPORTED_SPEECH = new RegExp(String.raw`\b(?:${SAYING}|signals?|signall?ed|advises?|advised|informs?|informed)\b[^.;,]{0,60}?\s+that\b[^.;,]*`, 'gi');

/** Statements made by word of mouth, as the subject an entire-agreement clause denies force ("oral undertakings by the sales staff", "verbal assurances"). */
const ORAL_STATEMENTS = new RegExp(String.raw`\b(?:oral|verbal|spoken|informal)\s+(?:[a-z]+\s+)?(?:${STATEMENT_NOUN}|undertakings?|agreements?|understandings?|arrangements?)|\b${STATEMENT_NOUN}\s+(?:[a-z]+\s+){0,5}?(?:made|given)\s+(?:orally|verbally|by\s+word\s+of\s+mouth)\b|\b${STATEMENT_NOUN}\s+(?:made\s+)?by\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[A-Za-z'’]+\s+){0,2}?${SELLER.replace(/ /g, '[\\s-]+')}\b`, 'i');

/** Work that goes ahead only once a party has approved it in writing ("proceeds only after the Client has approved the quote in writing"). */
const WRITTEN_GO_AHEAD = /\b(?:only\s+(?:after|once|when)|not\s+(?:before|until))\b[^.;]{0,60}?\b(?:approv\w*|accept\w*|sign\w*|agreed?)\b[^.;]{0,40}?\b(?:in\s+writing|written|signed)\b|\b(?:only\s+(?:after|once|when)|not\s+(?:before|until))\b[^.;]{0,40}?\b(?:written|signed)\s+(?:approval|acceptance|order|consent)\b/i;

/** Instructions or approvals from anyone outside the formal route, denied force just before ("instructions from any other official shall have"). */
const ROUTE_DENIED = /\b(?:instructions?|directions?|approvals?|consents?|waivers?|variations?|orders?|requests?|communications?)\s+(?:(?:[a-z]+\s+){0,2}?(?:given|issued|made|sent|received)\s+)?(?:from|by)\s+(?:any\s+)?(?:other|another|unauthori[sz]ed)\b[^.;]{0,40}?\b(?:carry|carries|have|has|shall\s+have|will\s+have|(?:are|is)\s+of)\s+$/i;

/** Statements made on a spoken channel, as the subject of what follows ("statements made by our staff on support calls"). */
const STATEMENTS_ON_CHANNEL = new RegExp(String.raw`\b${STATEMENT_NOUN}\s+(?:[a-z'’]+\s+){0,6}?(?:on|during|in|over)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:calls?|meetings?|visits?|chats?|(?:tele)?phone)\b`, 'i');

/** Oral communications denied force just before ("oral communications carry no contractual effect"). */
const ORAL_COMMUNICATIONS = /\b(?:meetings?|calls?|discussions?|conversations?|workshops?)\b[^.;]{0,80}?\b(?:is|are)\s+(?:held\s+)?$|\b(?:oral|verbal|spoken|informal)\s+(?:[a-z]+\s+)?(?:communications?|notices?|instructions?|messages?|exchanges?)\s+(?:carry|have|shall\s+have|will\s+have|are\s+of)\s+$/i;

/** A bracket of one to three words, no digits, where a value stands ({@link UNIT_AFTER}). */
const VALUE_SLOT = /^\[\s*[A-Za-zÀ-ɏ]+(?:[\s-]+[A-Za-zÀ-ɏ]+){0,2}\s*\]$/;
/** The unit of a number right after a bracket ("[Anzahl] days", "[Betrag] EUR", "[rate] per cent"). */
const UNIT_AFTER = /^\s+(?:(?:business|working|calendar|banking)\s+)?(?:days?|hours?|minutes?|weeks?|months?|years?|per\s*cent|percent|%|[A-Z]{3}\b)/;

/** Words that deliberately leave a bracket in a signed contract ("[Not used]", "[Reserved]", "[sic]"): no prompt. */
const KEPT_BRACKET = /^(?:not used|reserved|intentionally (?:left blank|omitted|deleted)|deleted|omitted|redacted|sic|emphasis added|none|n\/a)$/i;
/** Prompt words a template writes in capitals ("[CUSTOMER NAME]", "[DATE]"). */
const PROMPT_WORD = /\b(?:NAME|DATE|NUMBER|AMOUNT|ADDRESS|CUSTOMER|CLIENT|SUPPLIER|PROVIDER|PARTY|COMPANY|INSERT|ENTER|DAYS|HOURS|TIME(?:ZONE)?|PRICE|FEES?|TITLE|EMAIL|X+)\b/;

/** True when a bracketed text, as written, is a template prompt rather than prose. */
function isPlaceholder(written: string): boolean {
  if (written.startsWith('{{')) return true;
  // "to be inserted here": the text tells the drafter to put something in its place.
  if (/^to\s+be\s/i.test(written)) return true;
  // "(INSERT PROVIDER'S SUBMISSION HERE)": an instruction in parentheses, in capitals or ending in "here".
  if (written.startsWith('(')) {
    const inner = written.slice(1, -1).replace(/\s+/g, ' ').trim();
    // "(Amount not to exceed)", "(Name of the Customer)": a prompt in title case where the value should be.
    // "(List Title/Position)": an instruction to the drafter, a verb then the value in title case.
    return /^(?:INSERT|ENTER|ADD|ATTACH|PASTE)\b/.test(inner) || /\bhere$/i.test(inner) || /^(?:Amount|Name|Date|Number|Price|Fee|Value)\b(?: [a-z]+){0,5}$/.test(inner) || /^(?:List|Insert|Enter|Specify|State|Add|Give) [A-Z][A-Za-z]*(?:[\/ ][A-Z][A-Za-z]*){0,4}$/.test(inner);
  }
  // "Insert Number of Months": a prompt written in capitals where the value should be.
  if (!written.startsWith('[') && !written.startsWith('{')) return /^(?:Insert|Enter|Specify|INSERT|ENTER|SPECIFY|X)\s/.test(written);
  // "{Effective Date}", "{company_name}": a merge field in single braces.
  if (written.startsWith('{')) {
    const field = written.slice(1, -1).trim();
    // "{Fee.Monthly.$}", "{ImplementationFee.$}": a dotted path, as template engines name fields.
    if (/^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_$]+)+$/.test(field)) return true;
    return /^[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*$/.test(field) || /^[a-z]+(?:_[a-z]+)+$/.test(field) || /^[a-z]+(?:[A-Z][a-z0-9]+)+$/.test(field) || /^\d[\d.,]*$/.test(field);
  }
  // A prompt may wrap across the lines of a text block.
  const inner = written.slice(1, -1).replace(/\s+/g, ' ').trim();
  if (KEPT_BRACKET.test(inner)) return false;
  // A blank written with underscores, dots or dashes ("[__/__/____]", "[…]").
  if (/^[\s_.\/\-–:…]+$/.test(inner) && /[_.…]{2}|_/.test(inner)) return true;
  // "[Processor to describe measures here, …]", "[Latvia / other – parties to confirm]": who is to fill it in.
  if (/\b(?:parties|party|processor|controller|supplier|customer|client|provider|vendor|contractor|authority|council|buyer|purchaser|employer|licensor|licensee|operator|agency|trust)\s+to\s+(?:describe|insert|specify|list|complete|provide|state|add|enter|confirm|agree|decide)\b/i.test(inner)) return true;
  if (/^(?:to be|tbc|tbd|tba|insert|enter|fill in|add)\b/i.test(inner) || /\bto be (?:inserted|confirmed|added|completed|agreed|determined|provided|specified|advised|filled in)\b/i.test(inner)) return true;
  // Title-case words ending in what a value is called ("[Legal Entity Name]", "[Go-Live Date]").
  if (/^(?:[A-Z][A-Za-z'’-]*\s+){0,4}(?:Name|Date|Address|Number|Amount|Entity|Signatory|Title|Email|Fee|Price|Percentage|Information|Details)$/.test(inner)) return true;
  // "[DPO name]", "[DPO email address]": a capitalised word and then what the value is called, in lower case.
  if (/^(?:[A-Z][A-Za-z'’-]*\s+){1,3}(?:name|date|address|number|amount|email(?:\s+address)?|phone(?:\s+number)?|title|signatory|fee|price)$/.test(inner)) return true;
  // "[forename, surname, position of the authorising officer]": the names of the values to write, in lower case.
  if (/^(?:forename|first name|surname|last name|full name|position|job title|title|signature|role)(?:\s*[,/]\s*(?:forename|first name|surname|last name|full name|position|job title|title|signature|role)\b)+/i.test(inner)) return true;
  // "[school name]", "[customer's billing address]": the name of the value in a few lower-case words, where the value should be.
  if (/^(?:[a-z'’-]+\s+){1,3}(?:name|date|address|number|amount|e-?mail|title|price|fee|rate|percentage|url|website|phone|telephone)s?$/.test(inner)) return true;
  // "[start time]", "[end time]", "[day]": when a window opens or closes, named in lower case where the value should be.
  if (/^(?:(?:start|end|opening|closing|finish|cut-?off|due|delivery|go-?live|renewal|review|payment|maintenance)\s+)?(?:time|day|weekday|hour|month|year)s?$/.test(inner)) return true;
  // "[Standard Contractual Clauses module / other – select]", "[monthly / quarterly – choose one]": options left for the drafter to pick.
  if (/\S\s*\/\s*\S[^\]]*?\s[–—-]\s*(?:select|choose|pick|specify|delete as (?:appropriate|applicable))(?:\s+one)?$/i.test(inner)) return true;
  // "[If Addendum: this Agreement operates as …]", "[Option 2: …]", "[Delete if not applicable]": a drafting choice left in.
  if (/^(?:if|where|option(?:al)?|alternative|delete|use|choose|select)\b[^:\]]{0,60}:/i.test(inner) || /^(?:(?:delete|remove|use|include) )?(?:if|where|as) (?:not )?(?:applicable|appropriate|required|relevant)$/i.test(inner) || /^optional$/i.test(inner)) return true;
  // "[frequency]", "[date]": the name of the value, in lower case, where the value should be.
  if (/^(?:frequency|date|amount|number|name|price|fee|period|time|percentage|value|duration|address|currency|rate|email|e-mail|phone|telephone|url|website|contact|jurisdiction|country|city|state|county|province|region|venue|location|place|court|language|company|entity|importe|monto|montant|betrag|bedrag|importo|valor|valeur|precio|prix|preis|fecha|datum)$/.test(inner)) return true;
  // "[Guidance Note: the Buyer is to decide …]": a drafting note left in.
  if (/^(?:guidance|drafting|draftsman's|drafter's|editorial)\s+note\b|^note\s+to\s+(?:draft|drafter|buyer|customer)\b/i.test(inner)) return true;
  // camelCase, as a merge field is named ("[counterpartyName]").
  if (/^[a-z]+(?:[A-Z][a-z0-9]+)+(?:_[A-Za-z0-9]+)?$/.test(inner)) return true;
  // Capitals only, as prompts are written ("[TIMEZONE, DAYS/HOURS]"); an acronym or two ("[EU GDPR]", "[ISO 27001]") is not one.
  if (!/^[A-Z][A-Z0-9]*(?:[\s,\/&_.'’+()-]+[A-Z][A-Z0-9]*)*$/.test(inner)) return false;
  return PROMPT_WORD.test(inner) || inner.replace(/[^A-Z]/g, '').length >= 7;
}

/** What changes the deal, even when it concerns a support ticket ("a change of incident priority agreed orally"). */
const VARIATION_OBJECT = /\b(?:re-?prioriti[sz]\w*|commitments?|changes?|variations?|amendments?|extensions?|waivers?|exceptions?|relaxations?|derogations?|deviations?|discounts?|credits?|prices?|fees?|rates?|clocks?|deadlines?)\b/i;

/** The words before a new subject in the window before an oral step: a comma or a conjunction, then an article or a pronoun. */
const ORAL_SUBJECT_START = /^[^.;]*(?:,|\b(?:whenever|when|if|where|once|after))\s+(?=(?:the|a|an|any|its|their|our|your|it|they|we|you)\s)/i;

/** A condition that opens the sentence and ends at its comma ("Where time does not permit completion of a Variation Form, the officer may approve a Variation orally"): its negation is not the main clause's. */
const LEADING_CONDITION = /^\s*(?:where|if|when|whenever|should)\b[^,.;]{0,100},/i;

/** What an oral undertaking says, set off by commas ("undertaking, made orally at the signing, not to use the data for analytics"): its negation is the promise, not a denial of it. */
/** What an assurance says, up to what the sentence gives it ("assurance, given during the audit walk-through, that donor identifiers are never stored … is incorporated"), and a document said not to be updated ("notwithstanding Schedule 2, which has not been updated"): no denial of the informal step. */
const SAID_OR_NOT_UPDATED = /(?<=\b(?:assurance|statement|confirmation|representation|promise|undertaking|commitment)s?\b[^.;]{0,80}?),?\s+that\b[^.;]*?(?=\s+(?:is|are|shall\s+be|will\s+be|forms?|becomes?)\s+(?:hereby\s+)?(?:incorporated|part|binding|deemed|treated)\b)|,\s+which\s+(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:updated|amended|changed|revised)\b/i;
const UNDERTAKING_NOT_TO = /(?<=\b(?:undertaking|promise|commitment|assurance)s?\b[^.;]{0,80}?\b(?:orally|verbally|by\s+word\s+of\s+mouth)\b[^.;]{0,60}?,\s+)not\s+to\b/i;
/** What an informal statement says, which no negation in it denies (the two above, blanked at once). */
const STATEMENT_CONTENT = new RegExp(`${SAID_OR_NOT_UPDATED.source}|${UNDERTAKING_NOT_TO.source}`, 'gi');

/** Time or an event an informal step takes out of the service level ("time spent in them is not Downtime", "shall not count as an outage"). */
const NOT_DOWNTIME = /\b(?:shall|will)\s+not\s+be\s+(?:counted|treated|regarded)\s+as\s+(?:downtime|degraded\s+performance|unavailability|an?\s+outage|a\s+service\s+failure)\b|\b(?:is|are|shall\s+be|will\s+be)\s+not\s+(?:counted\s+(?:as|towards?)\s+)?(?:downtime|unavailability|an?\s+outage|a\s+service\s+failure)\b|\b(?:shall|will)\s+not\s+count\s+(?:as|towards?|against)\s+(?:the\s+)?(?:downtime|unavailability|availability|uptime|an?\s+outage|the\s+service\s+levels?)\b|\b(?:shall|will)\s+not\s+count\s+against\s+(?:the\s+|your\s+|its\s+|their\s+)?(?:[A-Za-z]+['’]s\s+)?(?:(?:service\s+)?credit\s+(?:eligibility|entitlements?)|credits?|entitlements?)\b/i;
/** A duty dispensed with because of what a party was told ("need not encrypt …, having been told by", "is not required to …, on being told"). */
const DUTY_DISPENSED_BEFORE = /\b(?:need\s+not|is\s+not\s+(?:required|obliged)\s+to|shall\s+not\s+be\s+(?:required|obliged)\s+to|is\s+released\s+from|is\s+excused\s+from)\b[^.;]{0,120},\s*(?:having\s+been|on\s+being|after\s+being|once)\s+$/i;
/** A later decision or confirmation by a party, after a weak decision verb ("when the municipality confirms its final facilities list"). */
const WHEN_PARTY_DECIDES = /^\s+(?:only\s+)?(?:when|once)\s+(?:the\s+[A-Za-z]+|you|we|it|they|[A-Z][A-Za-z]+)\s+(?:confirms?|finali[sz]es?|decides?|knows?|(?:has|have)\s+(?:confirmed|finali[sz]ed|decided))\b|^\s+(?:only\s+)?(?:when|once)\s+(?:we\s+both|both\s+of\s+us|we\s+and\s+you|you\s+and\s+we|both\s+parties|the\s+parties)\s+(?:sign\s+off|agree|settle)\b/i;
/** Verbs of settling or deciding, which an informal channel may serve in a dispute procedure. */
const SETTLING = /\b(?:settled|arranged|decided|discussions?|consultations?|talks|exchanges?|conversations?)\b/i;

/** An informal step that a deemed signature stands for. */
const INFORMAL_STEP = /\b(?:repl(?:y|ies|ied|ying)|e-?mails?|chat|call|phone|telephone|helpline|hotline|help\s*desk|radio|whatsapp|slack|teams|sms|verbal(?:ly)?|oral(?:ly)?|messag\w*|conversation|meeting|in\s+person|text|discuss(?:ed|ions?)?\s+with|working\s+bees?|site\s+walk(?:around|round|over)?s?|walk[\s-]?(?:around|round)s?|agreed\s+with\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:technician|engineer|installer|foreman|driver|rep|representative|agent|staff))\b/i;
/** A waiver of a ticket or a form that is no written approval in itself ("whether or not a ticket is opened", "even if no order form is signed"): a waiver of writing only beside an informal step. */
/** A change the parties make by agreement ("may vary response priorities by informal agreement"): no change at will and no level that varies. */
const VARIED_BY_AGREEMENT = /\b(?:may|can)\s+(?:change|modify|amend|vary|adjust|alter|revise)\s+(?:[A-Za-z'’-]+\s+){0,4}?by\s+(?:(?:informal|mutual|written|oral|verbal|joint|their|common)\s+)?agreement\b/i;
/** Work done on a person's word and deemed approved ("done … on the instructions of the Client's duty manager is deemed approved"). */
const DONE_ON_WORD_DEEMED = /\bon\s+the\s+(?:verbal\s+|oral\s+)?(?:instructions?|directions?|requests?|word|say[\s-]?so)\s+of\b[^.;]{0,120}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:deemed|treated\s+as|taken\s+as|regarded\s+as)\s+(?:approved|authori[sz]ed|agreed|ordered|instructed)\b/i;
const FORM_WAIVED = /\b(?:opened|logged)$|^(?:even\s+)?(?:if|though|where|when|although)\s+no\b/i;
/** One case-insensitive expression that matches where any of `parts` matches: a long list of alternatives kept one to a line, so that each can be read, found and changed alone. */
function oneOf(parts: readonly RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join('|'), 'i');
}
/** Effects given to an informal step that both the binding and the informal-effect judgements read ("shall be remunerated", "fees … accrue", "shall be read into this Contract", "suffices for the purposes of clause 8.7", "applies to Customer Data under these Terms"). */
const STEP_EFFECT_SHARED = oneOf([
  /\b(?:shall|will)\s+become\s+(?:the\s+|a\s+|an\s+)?(?:contracted|contractual|binding|agreed|committed)\s+(?:service\s+levels?|sla|levels?|terms?|prices?|rates?|targets?|commitments?)\b|\bappl(?:y|ies)\s+for\s+the\s+(?:life|lifetime|duration|whole\s+term)\s+of\b|\b(?:that|this|the|such\s+an?)\s+(?:extension|discount|upgrade|change|promise|offer|concession|waiver|exception)\s+counts\b|\bthat['’]s\s+part\s+of\s+(?:your|the|our)\b|\b(?:took|takes|shall\s+take|will\s+take)\s+effect\s+on\s+the\s+(?:terms|basis|conditions)\b/,
  /\bmay\s+therefore\s+(?:engage|proceed|use|appoint)\b|\b(?:that|this|the)\s+(?:commitment|promise|undertaking|assurance)\s+(?:appl(?:y|ies)|supplements|amends|varies|forms\s+part\s+of)\b|\b(?:is|are)\s+included\s+(?:within|in)\s+the\s+contract\s+price\b|\b(?:are|is)\s+incorporated\s+as\b/,
  /\bas\s+if\s+ordered\b|\bwe\s+(?:will|['’]ll)\s+stand\s+by\s+(?:that|it|this)\b|\b(?:is|are)\s+final\s*,\s+and\b|\bremains?\s+valid\s+even\b/,
  /\b(?:shall|will)\s+be\s+(?:processed|treated|accepted)\s+as\s+(?:an?\s+)?(?:valid\s+|authori[sz]ed\s+)?change\s+requests?\b|\b(?:shall|will)\s+be\s+treated\s+as\s+(?:the\s+)?service\s+levels?\b|\baccordingly\s+without\s+(?:further|any\s+further|written)\s+instructions?\b/,
  /\bappl(?:y|ies)\s+to\s+(?:every|each|all)\b|\b(?:is|are)\s+part\s+of\s+(?:your|our|the)\s+agreement\b|\bshall\s+have\s+the\s+same\s+effect\s+as\b|\bstands?\s+in\s+place\s+of\s+(?:a|an|the)\b/,
  /\bwe['’]ll\s+start\s+(?:charging|billing)\b|\bwe['’]ll\s+bill\s+(?:the|you|your)\b|\b(?:shall|will)\s+be\s+paid\s+as\s+(?:an?\s+)?(?:additional|extra|contract)\b/,
  /\bcounts?\s+as\s+part\s+of\s+(?:your|the|this)\b|\btreat\s+(?:that|this|it)\s+as\s+(?:a|an)\s+(?:change|variation|amendment|order)\b|\b(?:is|are|shall\s+be)\s+authori[sz]ed\s+to\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+accepted\s+as\s+(?:a\s+)?valid\b|\b(?:is|are)\s+part\s+of\s+what\s+you(?:['’]re|\s+are)\s+(?:buying|paying\s+for|getting)\b|\b(?:shall|will)\s+be\s+valid\s+(?:[a-z-]+\s+)?(?:claims?|notices?)\b/,
  /(?<!\bnot\s{1,3})\bconstitutes?\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z'’]+\s+){0,3}?(?:written|documented|signed)\s+(?:authori[sz]ation|consent|approval|instructions?)\b|\bappl(?:y|ies)\s+in\s+addition\s+to\b|\bappl(?:y|ies)\s+to\s+your\s+(?:account|subscription|plan|order)\b/,
  /\bas\s+the\s+agreed\s+(?:rates?|prices?|fees?|charges?|terms|service\s+levels?)\b|\b(?:is|are)\s+included\s+in\s+(?:your|the)\s+(?:plan|subscription|service\s+levels?|sla|charges?|price|contract|agreement)\b/,
  /\b(?:applies|apply|shall\s+apply|will\s+apply)\s+throughout\s+the\s+(?:whole\s+|entire\s+)?(?:term|contract\s+period)\b|\bmay\s+proceed\s+and\s+the\s+(?:work|job|repair)s?\s+(?:is|are)\s+(?:chargeable|payable|billable)\b/,
  /\bwe['’]ll\s+(?:move|switch|upgrade)\s+your\b|\bwe\s+will\s+bill\s+(?:those|these|the|such)\b/,
  /\b(?:can|may)\s+extend\s+your\b/,
  /\bshall\s+govern\s+the\b|\bshall\s+have\s+effect\s+as\b|\b(?:is|are|shall\s+be|will\s+be)\s+honou?red\b/,
  /\bshall\s+not\s+be\s+in\s+(?:delay|default|breach)\b/,
  /\bshall\s+have\s+the\s+status\s+of\b/,
  /\b(?:is|are)\s+part\s+of\s+(?:what\s+we\s+(?:promise|undertake|commit)|(?:our|the|this|your)\s+(?:agreement|contract|terms|booking))\b/,
  /\bas\s+if\s+(?:it\s+were\s+|they\s+were\s+)?written\s+into\b/,
  /\btreated\s+as\s+forming\s+part\s+of\b/,
  /\bmay\s+(?:retain|keep|store|hold)\b[^.;]{0,80}?\bfor\s+an\s+(?:additional|extra|further)\b/,
  /\b(?:the|that|this)\s+(?:extension|upgrade|change|discount|waiver)\s+(?:starts?|begins?|applies|takes\s+effect)\s+(?:straight\s+away|immediately|at\s+once|right\s+away)\b/,
  /\bshall\s+be\s+applied\s+by\s+the\b/,
  /\bwe['’]ll\s+accept\s+(?:the|your|those)\b|\byou\s+can\s+rely\s+on\s+(?:that|it|this)\b/,
  /\b(?:any|the|each)\s+credit\s+(?:he|she|they|it|the\s+[a-z]+)\s+acknowledges?\b[^.;]{0,40}\bis\s+payable\b/,
  /\bcomes?\s+with\s+your\s+(?:plan|subscription)\b/,
  /\balso\s+(?:covers|applies\s+to|includes)\b|\b(?:will|shall)\s+also\s+(?:monitor|provide|cover|support|deliver|include|supply|maintain|host)\b/,
  /\b(?:is|are)\s+added\s+to\s+your\s+(?:plan|subscription|account|order)\b/,
  /\b(?:shall|will|may)\s+rely\s+on\s+(?:it|them|that|this)\s+as\b/,
  /\b(?:that|this|the)\s+(?:waiver|discount|extension|change|arrangement|agreement|promise)\s+(?:still\s+)?applies\b/,
  /\bappl(?:y|ies)\s+in\s+place\s+of\b/,
  /\bas\s+if\s+(?:it|they)\s+had\s+been\s+(?:issued|raised|signed|placed)\s+as\s+(?:an?\s+)?(?:[A-Za-z]+\s+)?(?:notice|order|variation|request)\b/,
  /\bwe['’]ll\s+apply\s+(?:it|them|that|this)\s+to\s+your\b/,
  /\b(?:shall|will|does|do)\s+not\s+require\s+(?:a|an|any)\s+(?:[A-Za-z]+\s+){0,2}?(?:change\s+notes?|variations?|amendments?|change\s+orders?|change\s+requests?|work\s+orders?|purchase\s+orders?)\b/,
  /\bneed\s+not\s+(?:submit|file|lodge|send|complete|raise)\s+(?:a|an|any)\s+(?:[a-z-]+\s+)?(?:claim|form|request|notice)\b/,
  /\brel(?:y|ies)\s+on\s+(?:that|this|the|such)\s+(?:confirmation|assurance|statement|promise|undertaking|approval)\b|\bin\s+place\s+of\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:annex|amendment|variation|agreement|order|form|instrument|contract)\b/,
  /\bremoves?\s+(?:that|the|this|such)\s+(?:[a-z-]+\s+)?(?:period|outage|time|incident|downtime)\s+from\b/,
  /\b(?:is|are)\s+(?:satisfied|discharged|fulfilled)\s+(?:where|when|if|once)\b/,
  /\bmay\s+(?:engage|appoint|add|use)\s+(?:a\s+)?(?:new\s+|additional\s+|further\s+)?(?:sub-?processors?|sub-?contractors?)\b[^.;]{0,120}?\b(?:where|if|once|provided)\b/,
  /\b(?:that|this|the)\s+(?:[a-z-]+\s+){0,2}?(?:overrides?|supersedes?)\s+(?:your|the|its|our|any)\b/,
  /\b(?:is|are)\s+(?:hereby\s+)?waived\b/,
  /\b(?:is|are)\s+included\s+(?:at\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost)|free\s+of\s+charge)\b/,
  /\b(?:has|have)\s+been\s+(?:raised|increased|reduced|lowered|extended|changed|varied|amended)\s+(?:to|from|by)\b/,
  /\bmay\s+(?:begin|start|commence)\s+(?:using|processing|sharing|to\s+(?:use|process|share))\b[^.;]{0,120}?\bonce\b/,
  /\b(?:that|this|the\s+(?:new|higher|lower|agreed|revised))\s+(?:[a-z-]+\s+)?(?:then\s+)?governs\b/,
  /\bis\s+all\s+(?:you|the\s+[A-Za-z]+)\s+needs?\s+to\b/,
  /\bas\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:sign[\s-]?off|approval|acceptance|consent|authori[sz]ation)\b/,
  /\b(?:shall|will)\s+(?:deliver|provide|perform|supply)\s+(?:that|the|this|such)\s+(?:extended|additional|revised|new|agreed)\b/,
  /\beven\s+(?:where|if|though)\s+(?:no|the)\s+(?:[a-z-]+\s+){0,3}?(?:form|request|order|note|claim)\s+(?:is|was|has\s+been)\s+(?:never\s+|not\s+)?(?:lodged|submitted|filed|raised|issued|signed)\b/,
  /\bwe['’]ll\s+treat\s+(?:your|the)\s+[a-z-]+\s+as\s+(?:cancelled|upgraded|renewed|approved|changed)\b|\bwe['’]ll\s+treat\s+(?:that|it|this)\s+as\s+(?:your|an?|the)\s+(?:[a-z-]+\s+)?(?:order|request|instruction|approval|notice|consent)\b/,
  /\byou\s+(?:don['’]t|do\s+not)\s+need\s+to\s+(?:fill\s+in|submit|complete|sign|send)\b/,
  /\b(?:has|have)\s+applied\s+(?:that|this|the\s+(?:new|revised|extended))\s+[a-z-]+\s+since\b/,
  /\btakes?\s+effect\s+(?:straight\s+away|immediately|at\s+once|right\s+away|the\s+moment|as\s+soon\s+as\s+you)\b/,
  /\bthat\s+(?:text|message|call|e-?mail|chat)\s+(?:extends|changes|amends|varies|upgrades|grants)\b/,
  /\b(?:is|are)\s+(?:accordingly\s+|therefore\s+|now\s+)?within\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?scope\b/,
  /\b(?:shall|will)\s+serve\s+as\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:sign[\s-]?off|approval|acceptance|consent)\b/,
  /,\s+it['’]s\s+(?:covered|included|free|approved)\b/,
  /\bwaives?\s+(?:its\s+|any\s+|the\s+)?(?:right\s+to\s+)?(?:service\s+)?credits?\b/,
  /\b(?:is|are)\s+(?:part\s+of\s+)?what\s+(?:you['’]re|you\s+are|the\s+[A-Za-z]+\s+is)\s+(?:buying|getting|purchasing|paying\s+for)\b/,
  NOT_DOWNTIME,
  /\b(?:is|are)\s+covered\s+by\s+(?:our|the|its|your)\s+(?:[a-z-]+\s+){0,2}?(?:obligations|sla|warranty|support|subscription|plan)\b/,
  /\b(?:is|are|shall\s+be)\s+valid\s+without\s+(?:a|any)\s+(?:written|signed|formal)\b/,
  /\bwe['’]ll\s+treat\s+(?:it|them|that|this)\s+as\s+(?:covered|included|approved|agreed|free|in\s+scope|part\s+of)\b/,
  /\byou\s+(?:won['’]t|will\s+not)\s+be\s+(?:charged|billed|invoiced)\b/,
  /\bas\s+(?:if|though)\s+(?:it|they|that|this)\s+(?:had\s+been|were|was)\s+(?:listed|included|set\s+out|named|specified)\s+in\b/,
  /\b(?:shall|will)\s+count\s+towards?\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:level|allowance|commitment|quota|target|total|minimum)\b/,
  /\b(?:shall|will)\s+suffice\s+as\s+(?:an?\s+|the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:(?:documented|written|formal|valid|prior)\s+)?(?:variation|change|order|approval|authori[sz]ation|instruction|consent)s?\b/,
  /\b(?:shall|will|must)\s+act\s+(?:up)?on\s+(?:it|them|that|this|such\s+instructions?)\b(?!\s+only\b)/,
  /\b(?:bill|charge|invoice)\s+(?:you|the\s+[A-Za-z]+)\s+accordingly\b|\bwe['’]ll\s+switch\s+(?:you|your)\b/,
  /\b(?:shall|will)\s+be\s+(?:supplied|provided|delivered|installed)\s+under\s+this\b/,
  /\bappl(?:y|ies)\s+under\s+this\s+(?:sla|agreement|contract|schedule|call[\s-]off|framework)\b/,
  /\b(?:shall|will)\s+(?:constitute|be)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:documented|binding|formal|written|contractual)\s+(?:[a-z-]+\s+)?(?:commitment|obligation|undertaking|instruction|policy|schedule)s?\b/,
  /\b(?:shall|will)\s+apply\s+to\s+(?:all|any|each|every)\s+(?:subsequent|future|later|further|additional|new)\s+(?:[a-z-]+\s+){0,3}?(?:orders?|modules?|services?|call[\s-]offs?|invoices?|purchases?|sites?|work)\b/,
  /\bas\s+(?:if|though)\s+an?\s+(?:[A-Za-z-]+\s+){0,2}?(?:order|change\s+(?:order|note|request)|variation(?:\s+order)?)\s+had\s+been\s+(?:issued|raised|placed|signed|approved)\b/,
  /\bappl(?:y|ies)\s+instead\s+of\b|\b(?:replaces?|overrides?|supersedes?)\s+(?:section|clause|schedule|paragraph)\s+\d/,
  /\bfor\s+as\s+long\s+as\s+(?:the|our|your|that|he|she|they)\s*(?:[A-Za-z]+\s+)?(?:said|promised|indicated|told\s+you)\b/,
  /\bas\s+(?:properly\s+|duly\s+|validly\s+|fully\s+)?(?:authori[sz]ed|approved|agreed)\s+(?:changes?|variations?|orders?|instructions?|requests?|work)\b/,
  /\b(?:bill|charge|invoice)\s+(?:you\s+for\s+)?(?:the|those|these|any|them|it)\b[^.;]{0,40}?\bfrom\s+the\s+date\s+of\s+(?:your|the|that)\s+(?:text|message|call|conversation|chat|e-?mail)\b/,
  /\bfalls?\s+within\s+(?:(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:documented\s+instructions?|scope(?:\s+of\s+(?:the\s+)?(?:services?|work|contract))?)|this\s+(?:sla|agreement|contract|order))\b/,
  /\b(?:shall|will)\s+be\s+(?:provided|supplied|delivered|performed|carried\s+out)\s+(?:without\s+(?:any\s+)?(?:further|additional|extra)\s+charge|free\s+of\s+charge|at\s+no\s+(?:further|additional|extra)\s+(?:charge|cost))\b/,
  /\b(?:is|are)\s+not\s+an?\s+(?:default|breach)\b|\b(?:shall|will)\s+not\s+(?:be|constitute|amount\s+to)\s+an?\s+(?:default|breach)\b/,
  /\baccepted\s+(?:responsibility|liability)\s+for\b/,
  /\bwe(?:['’]ll|\s+will|\s+shall)\s+(?:stick|keep|hold\s+ourselves)\s+to\s+(?:it|that|this|them)\b/,
  /\b(?:is|are|shall\s+be|will\s+be|remains?)\s+(?:payable|due|valid|binding|effective)\s+notwithstanding\b/,
  /\b(?:that|this|it|which)\s+counts?\s+as\s+(?:(?:your|our|the|its|an?)\s+)?(?:permission|approval|consent|authori[sz]ation|agreement|order|instruction)\b/,
  /\b(?:shall|will)\s+(?:be|constitute)\s+(?:an?\s+)?valid\s+(?:[A-Za-z]+\s+)?(?:change|variation|instructions?|order|notice|approval|consent|request|claim)\b/,
  /\b(?:ceased|stopped|discontinued)\s+(?:providing|supplying|performing|delivering|charging)\b[^.;]{0,60}?\bfrom\s+(?:that|the\s+same)\s+(?:date|day|point|moment)\b/,
  /\b(?:is|are)\s+(?:accordingly\s+|therefore\s+|now\s+|thus\s+|hence\s+)?in\s+(?:force|effect)\b/,
  /\bappl(?:y|ies)\s+from\s+the\s+(?:date|day|time|moment)\s+(?:it|they|this|that)\s+(?:was|were)\s+(?:offered|agreed|confirmed|promised|given|approved|accepted)\b/,
  /\b(?:which|that)\s+now\s+governs?\b/,
  /\bwe['’]ll\s+stand\s+(?:behind|by)\s+(?:that|it|this|what)\b/,
  /\b(?:will|shall)\s+be\s+added\s+to\s+(?:your|the)\s+(?:plan|subscription|order|scope|contract)\b/,
  /\bthat\s+(?:rota|schedule|plan|arrangement|list|price|rate|figure|level|target|tier|timetable|number)\s+governs\b/,
  /\band\s+acted\s+(?:up)?on\s+(?:immediately|at\s+once|forthwith|straight\s+away)\b/,
  /\b(?:may|shall|will)\s+(?:extend|shorten|change|vary|adjust|install|provide|supply|deliver|replace)\s+(?:the\s+|them\s+|it\s+)?(?:[a-z-]+\s+){0,2}?accordingly\b/,
  /\bbinds\s+(?:the\s+)?[A-Za-z]+\s+as\s+(?:though|if)\s+set\s+out\b/,
  /\bapplies\s+to\s+your\s+(?:[a-z-]+\s+){0,2}?(?:subscription|plan|order|account|contract)\b/,
  /\bis\s+entitled\s+to\s+(?:that|the|this|those)\s+(?:objective|level|target|price|discount|term|feature)s?\b/,
  /\b(?:are|is)\s+(?:billed|charged|invoiced)\s+from\s+the\s+date\s+of\s+the\s+(?:text|message|call|conversation|chat|e-?mail)\b/,
  /\bstays?\s+in\s+place\s+(?:for\s+as\s+long\s+as|while|until)\b/,
  /\b(?:shall|will)\s+keep\s+(?:the|its|such)\s+[a-z-]+(?:\s+[a-z-]+)?\s+until\s+told\s+otherwise\b/,
  /\b(?:shall|will)\s+be\s+applied\s+(?:from|to)\s+(?:the\s+)?next\s+invoice\b/,
  /\bis\s+the\s+approved\s+(?:list|version|plan|schedule)\b/,
  /\b(?:shall|will)\s+then\s+(?:[a-z]+\s+){1,4}?accordingly\b/,
  /\bwithout\s+(?:any\s+)?further\s+formalit(?:y|ies)\b/,
  /\b(?:still\s+stands|still\s+applies|remains?\s+(?:valid|binding|in\s+force))\b/,
  /\bcounts?\s+as\s+(?:accepting|approving|ordering|placing|confirming)\b/,
  /\bshall\s+not\s+be\s+taken\s+into\s+account\s+in\s+(?:calculating|the\s+calculation\s+of)\s+(?:availability|uptime|downtime|service\s+credits?)\b/,
  /\bsatisf(?:ies|y)\s+(?:clause|section|paragraph|article)\s+\d/,
  /\bas\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?documented\s+instructions?\b/,
  /\b(?:shall|will)\s+be\s+(?:valid|formal|proper)\s+(?:service\s+requests?|change\s+requests?|orders?|instructions?)\b/,
  /\b(?:shall|will)\s+supplement\s+(?:annex|schedule|appendix|exhibit|the\s+(?:dpa|agreement|contract|sla|specification))\b/,
  /\b(?:is|are)\s+included\s+in\s+(?:your|the)\s+(?:subscription|plan|package)\b/,
  /\b(?:are|is)\s+(?:scheduled|planned)\s+maintenance\s+for\s+the\s+purposes\s+of\b/,
  /\bas\s+(?:if|though)\s+ordered\b/,
  /\bdeemed\s+to\s+be\s+(?:within|in|part\s+of)\s+(?:the\s+)?scope\b/,
  /\band\s+(?:will|shall)\s+then\s+apply\b/,
  /,\s+the\s+[A-Za-z]+\s+shall\s+not\s+be\s+charged\s+(?:separately|extra|again)\b/,
  /\bpending\s+(?:the|a)\s+(?:formal|written|signed)\s+(?:change\s+(?:note|order|request)|variation|order|approval|contract\s+change\s+note)\b/,
  /\b(?:will|shall)\s+be\s+(?:delivered|provided|included)\s+as\s+part\s+of\s+(?:your|the|its)\s+(?:subscription|plan|service|services|package|contract)\b/,
  /\b(?:requires?|needs?)\s+no\s+(?:separate|further|additional|written|formal)\s+(?:authori[sz]ation|approval|consent|instruction|agreement)\b/,
  /\b(?:shall|will)\s+be\s+recogni[sz]ed\s+(?:under|as\s+part\s+of|for\s+the\s+purposes\s+of)\s+(?:this|the)\b/,
  /\b(?:is|are)\s+(?:an?\s+)?documented\s+instructions?\b/,
  /\bno\s+(?:objection|notice|approval|consent|consultation)\s+(?:period|process|procedure|requirement|step)\s+(?:applies|is\s+(?:needed|required|necessary))\b/,
  /\b(?:shall|may|will|can|is\s+entitled\s+to)\s+(?:rely|act)\s+(?:up)?on\s+(?:that|such|the|this)\s+(?:confirmation|assurance|statement|promise|representation|undertaking|commitment)\b/,
  /\b(?:shall|will)\s+have\s+the\s+same\s+(?:effect|force|status|standing)\s+as\s+(?:an?\s+)?(?:service\s+request|change\s+request|order|written|signed|formal|purchase\s+order)\b/,
  /\bas\s+(?:though|if)\s+(?:each|it|they|that|this|the\s+[a-z]+)\s+(?:had\s+been|were|was)\s+(?:ordered|approved|requested|authori[sz]ed)\b/,
  /,\s+(?:the\s+[A-Za-z]+|we|you|it|they)\s+need\s+not\s+(?:submit(?:\s+to)?|provide|carry\s+out|perform|comply\s+with|deliver|give|send|obtain|undergo|allow)\b(?!\s+(?:more|other)\s+than\b)/,
  /\b(?:that|this|the|such)\s+(?:arrangement|agreement|understanding|deal)\s+(?:replaces|supersedes|overrides|prevails\s+over|takes\s+precedence\s+over|amends|varies)\b/,
  /\bconstitutes?\s+(?:an?\s+)?(?:change|variation|amendment|addition)\s+to\s+(?:the|this)\s+(?:specification|contract|agreement|scope|services|order|sow|statement\s+of\s+work)\b/,
  /\bcounts?\s+as\s+(?:an?\s+)?(?:valid|formal|proper|effective)\s+(?:cancellation|notice|termination|order|request|claim|booking|acceptance)\b/,
  /\b(?:shall|will)\s+be\s+(?:invoiced|billed|charged|treated)\s+as\s+(?:approved\s+)?(?:change\s+(?:requests?|orders?)|variations?|additional\s+services?)\b/,
  /\b(?:is|are)\s+included\s+(?:in|among)\s+(?:the\s+)?(?:commitments|obligations|service\s+levels|scope|services|terms)\s+(?:under|of)\s+(?:this|the)\b/,
  /\b(?:is|are)\s+included\s+in\s+(?:your|the|its|their|our)\s+(?:[A-Za-z]+['’]s\s+)?(?:[a-z-]+\s+)?(?:plan|scope|subscription|package|price|fee)\s+(?:free|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge))\b/,
  /\b(?:we['’]ll|we\s+will|we\s+shall|(?:shall|will|may)\s+)\s*(?:take|treat)\s+(?:that|this|it|your\s+(?:reply|answer|yes))\s+as\s+(?:your\s+|an?\s+)?(?:order|acceptance|approval|consent|instruction|agreement)\b/,
  /\b(?:shall|will)\s+be\s+(?:regarded|treated|deemed|considered)\s+as\s+(?:ordered|approved|accepted|agreed|authori[sz]ed|instructed)\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+accepted\s+as\s+(?:an?\s+)?(?:valid|formal|proper)\s+(?:claims?|requests?|notices?|orders?)\b/,
  /\b(?:we['’]ll|we\s+will|we\s+shall|shall|will|may)\s+treat\s+(?:that|this|such|the|your)\s+(?:message|text|call|reply|email|chat|conversation|request|instruction|confirmation)\s+as\s+(?:an?\s+)?(?:acceptance|approval|consent|order|instruction|agreement|authori[sz]ation)\b/,
  /\b(?:shall|will)\s+be\s+the\s+agreed\s+(?:[a-z-]+\s+){0,3}?(?:policy|schedule|plan|procedure|process|levels?|terms?|price|rate|scope)\b/,
  /\b(?:will|shall)\s+be\s+applied\s+to\s+(?:your|the|its|their)\s+(?:next\s+)?(?:renewal|invoice|bill|account|subscription|order)\b/,
  /\bmay\s+(?:process|use|keep|retain|store|share|proceed|act)\s+(?:[a-z-]+\s+){0,3}?on\s+(?:that|this|such)\s+basis\b/,
  /\b(?:shall|will)\s+take\s+effect\s+(?:immediately|at\s+once|straight\s+away|from\s+that\s+(?:day|date|moment))\b/,
  /\b(?:shall|will)\s+(?:constitute|be|have\s+effect\s+as|count\s+as)\s+(?:an?\s+)?(?:documented|written|formal|valid)\s+instructions?\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+excluded\s+from\s+(?:the\s+)?(?:monthly\s+|annual\s+|quarterly\s+)?(?:uptime|availability|downtime|service\s+level)\b/,
  /\b(?:shall|will)\s+(?:satisfy|meet|fulfil|fulfill|discharge)\s+(?:the\s+requirements?\s+of\s+)?(?:clause|section|paragraph|article)\s+\d/,
  /\b(?:are|is)\s+(?:then\s+)?(?:permitted|authori[sz]ed|approved|agreed)\s+(?:uses?|disclosures?|purposes?|services?|changes?|work)\s+under\s+(?:this|the)\b/,
  /\btakes?\s+effect\s+from\s+(?:the\s+(?:date|day|time)\s+of\s+)?(?:your|the|that|this|such)\s+(?:message|text|call|conversation|request)\b/,
  /\b(?:shall|will)\s+remain\s+in\s+(?:force|effect|place)\s+for\s+the\s+(?:initial|whole|entire|first|remaining)\b/,
  /\b(?:that|this|such|the)\s+(?:assurance|statement|promise|confirmation|commitment|undertaking)\s+entitles?\b/,
  /\b(?:shall|will)\s+be\s+(?:remunerated|paid\s+for)\b/,
  /\b(?:shall|will)\s+(?:be\s+sufficient|suffice)\s+(?:for\s+(?:the\s+)?[A-Za-z]+\s+)?to\s+(?:proceed|go\s+ahead|establish|prove|support|justify|evidence)\b/,
  /\bfrom\s+the\s+(?:date|day|time|moment)\s+of\s+(?:that|the|such)\s+(?:request|call|meeting|session|discussion|conversation|visit|walk[\s-]?through|inspection|demonstration|demo|workshop)\b/,
  /\b(?:will|shall)\s+be\s+reflected\s+(?:in|on)\s+(?:its|your|the|their|our)\s+(?:first|next|following|monthly)\s+(?:invoice|bill|statement)\b/,
  /\b(?:is|are)\s+(?:hereby\s+)?incorporated\s+(?:into|in)\s+(?:this|the)\s+(?:agreement|contract|dpa|baa|order|sow|terms|sla)\b/,
  /\b(?:that|this|such|the)\s+(?:arrangement|agreement|promise|commitment|discount|policy|concession)\s+(?:still|continues?\s+to)\s+appl(?:y|ies)\b/,
  /\b(?:is|are)\s+included\s+(?:free|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge))\b/,
  /\bappl(?:y|ies)\s+to\s+all\b/,
  /\bappl(?:y|ies)\s+(?:for|during|throughout)\s+(?:the\s+)?(?:first|initial|whole|entire)\b/,
  /\b(?:added|charged)\s+to\s+(?:the|your|its|our)\s+(?:monthly\s+|next\s+|annual\s+)?(?:charge|charges|invoice|bill|fees?)\b/,
  /\b(?:is|are|counts?\s+as|count\s+as)\s+(?:an?\s+)?part\s+of\s+(?:your|the|its|their|these|this)\s+(?:[A-Za-zÀ-ɏ-]+\s+){0,2}?(?:plan|order|contract|agreement|subscription|service|terms|DPA|SLA)\b/,
  /\b(?:shall|will)\s+be\s+treated\s+as\s+(?:validly|properly|duly)\s+(?:submitted|made|given|served|lodged|raised|notified)\b/,
  /\b(?:shall|will)\s+be\s+treated\s+as\s+(?:scheduled|planned|agreed|approved)\s+maintenance\b/,
  /\b(?:shall|will)\s+continue\s+on\s+the\s+terms\s+of\b/,
  /\b(?:shall|will)\s+be\s+(?:serviced|provided|supplied|delivered)\s+at\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:rates?|prices?|fees?|tariffs?)\b/,
  /\b(?:shall|will)\s+not\s+be\s+charged\s+for\s+(?:them|it|those|these)\b/,
  /\b(?:shall|will)\s+apply\s+to\s+(?:them|it|those|these)\b/,
  /\b(?:shall|will)\s+be\s+treated\s+as\s+(?:the\s+)?(?:committed|contractual|binding|agreed)\b/,
  /\boverrides?\s+(?:our|the|its|any)\s+(?:[a-z-]+\s+){0,2}?(?:price\s+list|prices|rates|terms|tariff|schedule)\b/,
  /\beven\s+(?:if|though)\s+(?:it|they|this|that)\s+(?:is\s+not|isn['’]t|are\s+not|aren['’]t|was\s+not|wasn['’]t)\s+(?:shown\s+|listed\s+|included\s+|stated\s+|written\s+|recorded\s+|set\s+out\s+)?(?:on|in)\s+(?:your|the|our|its|their)\s+(?:order|contract|agreement|quote|invoice|pricing\s+page|price\s+list|website)\b/,
  /\b(?:is|are|becomes?)\s+(?:then\s+)?(?:active|live|in\s+effect)\b/,
  /\b(?:shall|will)\s+be\s+(?:treated\s+as\s+)?documented\s+instructions\b/,
  /\b(?:is|are)\s+then\s+(?:chargeable|billable|payable)\b/,
  /\bbecomes?\s+(?:chargeable|billable|payable)\b/,
  /\b(?:remains?|stays?)\s+(?:valid|in\s+force|binding|effective)\b/,
  /\b(?:will|shall)\s+(?:then\s+)?apply\s+(?:from|as\s+of|with\s+effect\s+from)\b/,
  /\b(?:bill|charge|invoice)\s+you\s+for\s+(?:it|them|the\s+(?:change|upgrade|new\s+[a-z]+))\b/,
  /\b(?:is|are)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:we|it|they|the\s+[a-z]+)\s+(?:commits?\s+to|promises?|guarantees?|will\s+honou?r|(?:is|are)\s+bound\s+by)\b/,
  /\bbecomes?\s+(?:an?\s+)?(?:integral\s+)?part\s+of\s+(?:your|the|its|their|our)\s+(?:order|contract|agreement|subscription|plan|booking|service)\b/,
  /\b(?:is|are)\s+(?:then\s+)?(?:permitted|allowed|entitled)\s+to\s+[^.;]{0,80}?\b(?:that|such|the\s+agreed)\s+(?:longer|shorter|extended|new|revised|additional|higher|lower|different)\b/,
  /\bmay\s+(?:begin|start|commence|proceed\s+with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?work\b[^.;]*\bbefore\b/,
  /\b(?:will|shall)\s+invoice\s+(?:it|them|for\s+it|for\s+them|the\s+[a-z]+)\b/,
  /\b(?:is|are)\s+(?:enough|sufficient)\s+(?:for\s+(?:us|you|them|the\s+[a-z]+)\s+)?to\s+(?:cancel|order|add|upgrade|change|terminate|approve|authori[sz]e|release|book|reserve|hold)\b/,
  /\bon\s+(?:that|this)\s+(?:footing|basis|understanding)\b/,
  /\bhonou?rs\s+(?:that|this|such|the)\s+(?:commitment|promise|statement|undertaking|assurance)\b/,
  /\bin\s+place\s+of\s+the\s+(?:standard|usual|published|contractual|normal|period|one|written|signed|formal)\b/,
  /\bmay\s+(?:begin|start|commence|proceed\s+with)\s+(?:the\s+)?work\b[^.;]*\b(?:once|when|after|as\s+soon\s+as)\b/,
  /\bstarts?\s+(?:right\s+away|immediately|at\s+once|straight\s+away)\b/,
  /\b(?:fees?|charges?)\b[^.;]{0,40}?\baccrue\b/,
  /\bread\s+into\s+(?:this|the)\s+(?:contract|agreement)\b/,
  /\b(?:suffices?|(?:is|are|shall\s+be)\s+sufficient)\s+for\s+the\s+purposes?\s+of\b/,
  /\bappl(?:y|ies)\s+to\s+[^.;]{0,40}?\bunder\s+(?:these|this|the)\s+(?:terms|agreement|contract)\b/,
]);

/** The sentence makes the informal step binding. */
const BINDING_AFTER_OWN = oneOf([
  /(?:\bthat\s+[^.;,]{1,80}?|^\s*[A-Za-z'’-]+\s+)\bmay\s+[a-z]+\b[^.;]*?,\s*(?:the\s+[A-Za-z]+|we|you|it|they)\s+may\s+(?:then\s+)?[a-z]+/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:deemed\s+)?approved\s+for\s+(?:invoicing|payment|billing)\b/,
  /(?:\bagreed\s+(?:on\s+the\s+spot|there\s+and\s+then)\s+|^\s*)that\b[^.;]{0,120}?\b(?:would|will|shall)\s+(?:not\s+)?(?:count|be\s+counted)\s+(?:against|towards?|as)\s+(?:the\s+)?(?:uptime|availability|downtime|service\s+levels?|SLA|an?\s+outage|unavailability)\b/,
  /^(?:(?!\s(?:and|but|or)\s)[^,;]){0,60}?\b(?:shall|will)\s+(?:supersede|override|take\s+precedence\s+over)\b/,
  /\bprevails?\s+over\b/,
  /\bapply\s+in\s+addition\s+to\b/,
  /^[^,;]{0,40}?\b(?:is|are)\s+(?:hereby\s+)?accepted\s+by\s+the\s+[A-Za-z]+\b/,
  /\b(?:shall|will)\s+be\s+(?:built|provided|delivered|supplied|maintained)(?:\s+and\s+(?:maintained|supported|provided))?\s+by\s+(?:the\s+)?[A-Za-z]+\s+as\s+part\s+of\b/,
  /\b(?:that|this|the|such)\s+(?:[a-z]+\s+)?(?:postponement|extension|change|variation|waiver|arrangement|scope|reduction|price|rate|fee|discount|quota|limit|allowance|interval|frequency|speed)\s+(?:applies|shall\s+apply|stands|is\s+binding)\b/,
  // "If our engineer showed a faster sync interval during the demo, that interval applies as the Service Level": what was shown made a term.
  /\bappl(?:y|ies)\s+as\s+(?:the|a|an|our|your)\s+(?:[a-z-]+\s+)?(?:service\s+levels?|sla|commitments?|targets?|standards?|levels?)\b/,
  /\bconstitutes?\s+(?:an?\s+)?(?:binding|firm|contractual)\s+(?:commitment|undertaking|obligation|warranty|term)\b/,
  /^(?:(?!\s(?:and|but|or)\s)[^,;]){0,60}?\b(?:(?:shall|will)\s+)?governs?\b/,
  /^(?:(?!\s(?:and|but|or)\s)[^,;]){0,40}?\b(?:shall|will)\s+apply\s+to\s+(?:the|your|its|their|our)\b/,
  /\b(?:shall|will)\s+be\s+(?:delivered|built|provided|supplied|added|implemented|included)\b[^.;]{0,80}?\b(?:at\s+no\s+(?:extra|additional)\s+(?:charge|cost)|free\s+of\s+charge)\b/,
  /\b(?:that|this|such)\s+(?:[a-z-]+\s+)?(?:coverage|feature|service|support|discount|price|rate|extension|option|module)\s+(?:is|are)\s+included\b/,
  /\b(?:won['’]t|will\s+not|shall\s+not)\s+be\s+(?:billed|charged|invoiced)\s+until\b/,
  /\bact\s+(?:up)?on\s+(?:them|it|such\s+[a-z]+)\s+as\s+(?:documented|written|formal|valid)\s+(?:instructions?|orders?|requests?)\b/,
  /\bforms?\s+the\s+(?:applicable|relevant|binding)\b/,
  /\b(?:treated|regarded|deemed)\s+as\s+(?:validly|properly|duly)\s+(?:submitted|made|given|served|lodged|filed)\b/,
  /^[^.;]{0,80}?,\s+(?:the\s+[A-Za-z]+|we)\s+(?:extended|reduced|changed|increased|shortened|deleted|moved|upgraded)\b/,
  /\b(?:shall|will)\s+be\s+reflected\s+in\s+(?:the\s+|our\s+|your\s+)?(?:next|following|subsequent)\s+(?:invoice|bill|statement)\b/,
  /\b(?:are|is)\s+(?:active|live|enabled|in\s+force|effective)\s+from\b/,
  /\b(?:we['’]ll|we\s+will|we\s+shall)\s+(?:bill|charge|invoice)\s+you\s+from\b/,
  /\bis\s+the\s+(?:price|fee|rate)\s+(?:you['’]ll|you\s+will|the\s+(?:customer|client)\s+will)\s+pay\b/,
  /^(?:(?!\s(?:and|but|or|save|except)\s)[^,;]){0,60}?\bcontinues?\s+to\s+apply\b/,
  /\b(?:have|has)\s+proceeded\s+on\s+(?:that|this|the)\s+basis\b/,
  /\b(?:shall|will)\s+apply\s+from\s+(?:the\s+)?(?:start|beginning|first\s+day)\s+of\b/,
  /\b(?:we['’]ll|we\s+will|we\s+shall|the\s+[a-z]+\s+(?:will|shall))\s+honou?r\s+(?:that|it|this|them|such\s+[a-z]+)\b/,
  /^(?:(?!\s(?:and|but|or)\s)[^,;]){0,60}?\bappl(?:y|ies)\s+to\s+(?:all|every|each|any|the|your|its|their|our)\s+(?:[a-z-]+\s+)?(?:renewals?|orders?|invoices?|subscriptions?|periods?|years?)\b/,
  /\b(?:shall|will)\s+be\s+deemed\s+(?:to\s+be\s+)?(?:an?\s+)?(?:authori[sz]ed|approved|agreed|valid)\s+(?:changes?|variations?|orders?|instructions?|additional\s+services)\b/,
  /^[^.;]{0,120}?,\s+(?:the\s+[A-Za-z]+|we)\s+(?:will|shall)\s+(?:also\s+)?[a-z]+\b[^.;]{0,80}?\b(?:at\s+no\s+(?:extra|additional)\s+(?:charge|cost)|free\s+of\s+charge)\b/,
  /\b(?:shall|will)\s+have\s+(?:full\s+)?(?:contractual|binding|legal)\s+(?:force|effect)\b/,
  /\b(?:shall|will)\s+be\s+(?:implemented|executed|applied|deployed|carried\s+out)\s+(?:forthwith|immediately|at\s+once|straight\s+away|without\s+(?:further\s+)?(?:delay|formality))\b/,
  /\b(?:shall|will|is|are)\s+(?:be\s+)?(?:considered|regarded|deemed|treated\s+as)\s+(?:to\s+have\s+been\s+)?(?:granted|given|obtained|instructed|approved|ordered|authori[sz]ed)\b/,
  /^[^.;]{0,80}?,\s+(?:the\s+[A-Za-z]+(?:\s+[A-Za-z]+)?|we)\s+(?:will|shall)\s+(?:also\s+)?(?:cover|include|provide|support|add)\b/,
  /\bhonou?rs\s+(?:that|this|such|the)\s+(?:commitment|promise|statement|undertaking|assurance)\b/,
  /\b(?:shall|will)\s+have\s+effect\s+as\s+(?:an?\s+)?(?:(?:approved|agreed|authori[sz]ed|valid|formal)\s+)?(?:change|variation|amendment|order|instruction)s?\b/,
  /\b(?:shall|will)\s+trigger\s+(?:the\s+|a\s+|any\s+)?(?:[a-z-]+\s+)?(?:payment|invoice|invoicing|milestone|acceptance)\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?incorporated\s+(?:by\s+reference\s+)?in(?:to)?\b/,
  /\btreated\s+as\s+(?:(?:binding|contractual|express)\s+)?(?:terms|conditions|obligations|warranties|commitments)\s+of\b/,
  /\b(?:is|are|shall\s+be|will\s+be|forms?|becomes?)\s+(?:an?\s+)?(?:binding\s+)?part\s+of\s+(?:our|its|their|your|the\s+[A-Za-z]+['’]s)\s+(?:obligations|commitments|duties|undertakings)\b/,
  /\b(?:shall|will)\s+have\s+the\s+(?:same\s+)?(?:force|effect|status|weight)\s+(?:of|as)\s+(?:an?\s+)?(?:warranty|term|condition|obligation|undertaking|commitment|representation)\b/,
  /\b(?:count|counts|treat|treats|regard|regards|consider|considers|deem|deems|record|records)\s+(?:it|them|this|these|those|that|such\s+[a-z]+|the\s+[a-z]+)\s+as\s+(?:having\s+been\s+)?(?:ordered|approved|agreed|accepted|authori[sz]ed|instructed|requested|purchased|commissioned)\b/,
  /\b(?:those|these|such|the\s+(?:agreed|revised|new|amended))\s+(?:[a-z-]+\s+){0,2}?(?:then\s+|(?:shall|will)\s+(?:then\s+)?)(?:govern|prevail)s?\b/,
  /\b(?:shall|will|is|are|becomes?)\s+(?:be\s+)?(?:binding|enforceable|(?:treated|regarded)\s+as\s+(?:(?:an?|the|its|their|[a-z]+['’]s)\s+)*(?:[a-z]+\s+)?(?:order|agreement|approval|change|variation|instruction)|deemed\s+(?:to\s+(?:be|constitute|have\s+been)\s+|as\s+)?(?:an?\s+)?(?:(?:documented|formal|valid)\s+)?(?:signed|written|valid|binding|approved|agreed|accepted|order|change|variation|instruction|authori[sz]))/,
  /\b(?:shall|will)\s+bind\b/,
  /\bbinding\s+(?:on|upon)\b/,
  /\b(?:shall|will)\s+remain\s+(?:in\s+(?:force|effect|place)|valid)\b/,
  /\b(?:shall|will)\s+(?:form|constitute|create)\s+(?:an?\s+)?(?:binding|valid|firm)\s+(?:order|contract|agreement|commitment)\b/,
  /\bas\s+if\s+(?:it|they)\s+(?:were|was)\s+written\s+into\b/,
  /\b(?:treat|treats|regard|regards)\s+[^.;]{1,60}?\s+as\s+(?:an?\s+)?part\s+of\b/,
  /\b(?:processed|treated|actioned|handled)\s+(?:[a-z]+\s+){0,3}?as\s+(?:valid|binding|formal)\s+(?:[a-z]+\s+)?(?:instructions?|orders?)\b/,
  /\bwhereupon\s+[^.;]{0,60}?\b(?:shall|will)\b/,
  /\b(?:after|following|upon)\s+which\s+[^.;]{0,60}?\b(?:shall|will)\s+(?:have\s+no|not\s+be\s+(?:liable|entitled|obliged|responsible)|no\s+longer)\b/,
  /\b(?:shall|will|is|are)\s+(?:be\s+)?deemed\s+(?:to\s+be\s+)?(?:added|incorporated|included|part|covered|in\s+scope)\b/,
  /\b(?:shall|will)\s+(?:serve|act|stand|count|operate)\s+as\s+(?:(?:an?|the|its)\s+)?(?:[a-z-]+\s+)?(?:change\s+order|order|amendment|variation|approval|authori[sz]ation|instruction)/,
  /\btakes?\s+effect\b/,
  /\bwith\s+immediate\s+effect\b/,
  /\band\s+(?:is\s+|are\s+)?(?:treated|regarded|deemed)\s+as\s+(?:(?:an?|the|its|their|formal|valid|binding)\s+)*(?:orders?|agreements?|approvals?|changes?|variations?|instructions?)\b/,
  /\b(?:shall|must|will)\s+be\s+complied\s+with\b/,
  /\b(?:shall|will)\s+be\s+(?:executed|treated|processed|handled)\s+as\s+(?:an?\s+)?(?:documented|valid|formal|written)\s+instructions?\b/,
  /\bobliges?\s+(?:the\s+)?[a-z]+\s+to\b/,
  /\bappl(?:y|ies)\s+(?:the\s+moment|as\s+soon\s+as|immediately|at\s+once|straight\s+away)\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:treated|regarded)\s+as\s+(?:an?\s+)?part\s+of\b/,
  /\b(?:will|shall)\s+be\s+(?:executed|implemented|deployed)\s+by\b/,
  /\b(?:shall|will|is|are)\s+(?:be\s+)?(?:considered|regarded|deemed)\s+(?:as\s+)?(?:ordered|purchased)\b/,
  /\b(?:shall|will|is|are)\s+(?:be\s+)?treated\s+as\s+(?:approved|authori[sz]ed|agreed|instructed|ordered|commissioned)\b/,
  /\b(?:shall|will|is|are)\s+(?:be\s+)?deemed\s+(?:to\s+(?:be|have\s+been)\s+)?(?:discharged|satisfied|fulfilled|met|closed|resolved)\b/,
  /\b(?:acted|relied)\s+(?:on|upon)\s+as\b/,
  // "Consent … obtained … in a Slack message and is relied on under this DPA": what came through the channel is relied on as the consent the contract requires.
  /\b(?:is|are|was|were|shall\s+be|will\s+be|may\s+be)\s+relied\s+(?:on|upon)\s+(?:under|for\s+the\s+purposes\s+of|as)\b/,
  // "And that call shall constitute the Controller's prior authorisation": a party's authorisation, named with its owner and kind.
  /\b(?:shall|will)\s+constitute\s+(?:an?\s+|the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:(?:prior|written|formal|express|specific|general|documented)\s+)?(?:authori[sz]ation|approval|consent|order|instruction)s?\b/,
  /\bconstitutes?\s+(?:an?\s+|the\s+)?(?:(?:binding|valid|formal|firm|purchase|works?|change|call[\s-]off|prior|written|express|sufficient)\s+)?(?:authori[sz]ation|approval|acceptance|consent|order|instruction|variation|amendment)s?\b/,
  /\b(?:shall|will)\s+be\s+(?:delivered|provided|supplied|performed|built|implemented|carried\s+out)\s+(?:under\s+this\s+(?:contract|agreement)\s+)?at\s+the\s+(?:rates?|prices?|fees?)\b/,
  /\bincorporated\s+herein\b/,
  /\bbinds?\s+(?:both|the)\s+parties\b/,
  /\bbinds?\s+the\s+(?:client|customer|supplier|provider|contractor|msp|processor|controller)\b/,
  /\b(?:are|is)\s+(?:accepted\s+and\s+)?(?:billable|chargeable|payable)\s+on\s+delivery\b/,
  /\b(?:are|is)\s+included\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:fee|price|charges?|subscription)\b/,
  /\b(?:shall|will)\s+operate\s+as\s+(?:an?\s+)?(?:formal\s+|valid\s+)?(?:extension|waiver)\b/,
  /\bas\s+if\s+(?:set\s+out|written|included|incorporated|contained)\s+in\b/,
  /\b(?:shall|will)\s+be\s+(?:performed|carried\s+out|delivered|provided)\s+and\s+(?:paid|invoiced|charged)(?:\s+for)?\b/,
  /\bappl(?:y|ies)\s+to\s+all\s+(?:subscriptions?|orders?|customers?|members?|accounts?)\b/,
  /\b(?:shall|will)\s+oblige\b/,
  /\b(?:are|is)\s+(?:documented|written)\s+instructions?\b/,
  /\bappl(?:y|ies)\s+notwithstanding\b/,
  /\b(?:is|are)\s+(?:an?\s+)?(?:valid|binding|formal)\s+(?:order|instruction|approval|authori[sz]ation|variation)s?\b/,
  /\b(?:are|is|shall\s+be|will\s+be)\s+incorporated\s+(?:into|in)\b/,
  /\bqualif(?:y|ies)\s+for\s+(?:the\s+|a\s+|an\s+)?(?:refund|credit|service\s+credit|compensation|payment)\b/,
  /\b(?:forms?|becomes?)\s+part\s+of\b/,
  /\b(?:satisf(?:y|ies)|fulfil(?:l?s)?|discharges?)\s+(?:(?:its|their|the|your|our|any|that|this)\s+)?(?:[a-z]+['’]s\s+)?(?:[a-z-]+\s+)?(?:obligations?|duty|duties|requirements?)\b/,
  /\bappl(?:y|ies)\s+from\b/,
  /\bappl(?:y|ies)\s+to\s+(?:this|the|your|its|their|[A-Z][A-Za-zÀ-ɏ-]*['’]s)\b/,
  /\bneed\s+(?:take\s+)?no\s+further\s+(?:[a-z]+\s+)?(?:action|steps?)\b/,
  /\bstands?\s+as\b/,
  /\b(?:will|shall)\s+apply\b/,
  /\bappl(?:y|ies)\s+in\s+place\s+of\b/,
  /\b(?:will|shall)\s+be\s+(?:applied|honou?red|credited|granted|included|covered|added)\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:taken|treated|regarded|accepted)\s+as\s+(?:(?:sufficient|full|valid|an?|the)\s+)*(?:authority|authori[sz]ation|approval|instruction|consent)\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:taken|treated|regarded|deemed|considered)\s+as\s+(?:approved|accepted|agreed|authori[sz]ed)\b/,
  /\bwithout\s+(?:further|any|additional)\s+(?:verification|confirmation|checks?|authori[sz]ation)\b/,
  /\b(?:shall|will)\s+be\s+(?:provided|delivered|included|supplied|performed)\s+(?:as\s+part\s+of|at\s+no\s+(?:additional|extra)\s+(?:charge|cost)|free)/,
  /\b(?:counts?|serves?|acts?|operates?)\s+as\s+(?:(?:an?|the|your|our|its|their)\s+)?(?:[A-Za-z-]+(?:['’]s)?\s+)?(?:authori[sz]ation|approval|order|instruction|acceptance|consent|authority|agreement)\b/,
  /\b(?:is|are|constitutes?|shall\s+be)\s+(?:(?:an?|the|your|our|its|their)\s+)?(?:authority|authori[sz]ation|approval|order|acceptance|consent)\s+(?:to|for)\b/,
  /\b(?:contract|agreement|order)\s+is\s+(?:formed|concluded|made|created)\b/,
  /\byou\s+agree\s+to\s+pay\b/,
  /\b(?:is|are|shall\s+be|will\s+be)\s+(?:to\s+be\s+)?(?:regarded|treated|deemed|taken)\s+as\s+(?:an?\s+|the\s+)?(?:executed|signed|binding|valid|formal)\b/,
  /\b(?:will|shall)\s+be\s+honou?red\b/,
  /\b(?:treated|regarded)\s+as\s+(?:authori[sz]ed|approved|accepted|agreed)\b/,
]);
const BINDING_AFTER = new RegExp(`${BINDING_AFTER_OWN.source}|${STEP_EFFECT_SHARED.source}`, 'i');

/** What an informal request is made into ("shall count as approved Change Requests", "treated as an accepted work order"). */
const AS_APPROVED_INSTRUMENT_SOURCE = String.raw`\b(?:takes?\s+effect|applies|is\s+(?:applied|activated|switched\s+on))\s+(?:the\s+moment|as\s+soon\s+as|once)\s+you\s+(?:tell|ask|let)\b|\b(?:counts?|count|is\s+treated|are\s+treated)\s+as\s+an?\s+(?:booking|order|reservation|purchase)\s+under\s+(?:these|this|the)\b|\b(?:count|counts|be\s+treated|be\s+deemed|be\s+regarded|is\s+treated|are\s+treated)\s+as\s+(?:an?\s+)?(?:approved|accepted|agreed|valid|authori[sz]ed|signed)\s+(?:change\s+(?:requests?|orders?|notes?)|orders?|variations?|work\s+orders?|purchase\s+orders?)\b`;
const AS_APPROVED_INSTRUMENT = new RegExp(AS_APPROVED_INSTRUMENT_SOURCE, 'i');
const AS_APPROVED_INSTRUMENT_ALL = new RegExp(AS_APPROVED_INSTRUMENT_SOURCE, 'gi');
/** A price or a charge the informal order sets off ("charged at our hourly rate", "the extra time reflected in the cost", "billable"). */
const WORK_PRICED = /\b(?:paid\s+(?:as|at|for)|charge[sd]?|charging|bill(?:s|ed|ing)?|billable|chargeable|invoiced?|surcharges?|(?:hourly|standard|current|day|daily)\s+rates?|fixed\s+fee|(?:extra|additional|the)\s+cost|agreement\s+to\s+pay|estimates?|quoted|binds?)\b/i;
/** No price after all ("at no additional charge", "free of charge"), or a price left to a later quotation (an agreement to agree, reported as such). */
const WORK_UNPRICED = /\b(?:(?:at\s+)?no\s+(?:additional\s+|extra\s+)?(?:charge|cost|fee)|free\s+of\s+charge|quotations?|quoted\s+(?:separately\s+)?before|(?:will|shall)\s+be\s+quoted\s+separately|worked\s+out|(?:quoted|priced)\s+and\s+agreed|agreed\s+at\s+the\s+time|to\s+be\s+(?:agreed|set\s+out|determined))\b/i;
/** Work beyond the agreed scope. */
const EXTRA_WORK = /\b(?:new\s+piece\s+of\s+work|(?:extra|additional|further|non-standard|out-of-scope|out\s+of\s+scope|ad[\s-]hoc)\s+(?:work|time|hours|services?|tasks?|labour|labor)|changes?\s+(?:you|the\s+(?:client|customer))\s+(?:want|wants|need|needs|ask|asks)|the\s+change\s+you\s+want)\b/i;
/** A price the contract itself sets ("at the day rate set out in Schedule 5"). */
const PRICED_BY_CONTRACT = /\b(?:rates?|prices?|fees?|charges?)\s+(?:(?:set\s+out|specified|stated|listed|given)\s+)?in\s+(?:the\s+)?(?:(?:pricing|price|payment|charges?|rates?|fees?|commercial|financial|framework|call[\s-]off)\s+)?(?:Schedule|Annex|Appendix|Exhibit|price\s+list|rate\s+card)\b|\b(?:charged|invoiced|billed|payable|priced)\s+at\s+(?:EUR|USD|GBP|CHF|AUD|CAD|NZD|SGD|€|\$|£)\s?\d/i;
/** A support request: the channel for faults, not an order for work (SUPPORT_OBJECT is too wide here: a fault the order repairs is no support request). */
const SUPPORT_REQUEST = /\bsupport\s+requests?\b/i;
/** The work then goes ahead. */
const WORK_DONE = /\b(?:(?:will|shall|may|can|we|I)\s+(?:then\s+)?(?:do|make|carry\s+out|perform|start|begin|proceed|continue|go\s+ahead)|goes\s+ahead|(?:is|are|will\s+be)\s+(?:done|carried\s+out|performed|started))\b/i;
/** A written instrument that orders the work: then the say-so is no order. */
const FORMAL_ORDER = /\b(?:purchase\s+orders?|change\s+(?:orders?|requests?|notes?|control|forms?)|order\s+forms?|statements?\s+of\s+work|work\s+orders?|signed|in\s+writing|written|tickets?(?![\s-](?:offices?|desks?|halls?|machines?|barriers?|counters?|booths?|kiosks?)\b)|portal|ticketing)\b/i;

/** An approval given through the informal step, just before it in the same clause ("may be approved on the spot by the office manager during the visit"). */
const APPROVAL_BEFORE = /\b(?:(?:may|can)\s+be\s+(?:settled|agreed|varied|amended|arranged|changed|altered|rescheduled)(?=\s)|authori[sz](?:e|es|ed|ing|ation)|approv(?:e|es|ed|ing|al)|permit(?:s|ted|ting)?|grant(?:s|ed|ing)?|okay(?:s|ed)?|sign(?:s|ed)?\s+off|waive[sd]?|waivers?|consent(?:s|ed)?|assent(?:s|ed)?|accept(?:s|ed|ance)?|concur(?:s|red|rence)?|(?:agreement|consent)\s+(?:reached|given|obtained)|(?:indicated|indicates?|signals?|signall?ed|expresse[sd]|express|given|confirmed)\s+(?:(?:its|his|her|their)\s+)?(?:agreement|consent|approval|satisfaction))\b[^.;:]*$/i;
/** An approval given at the event the channel names, in a clause about it ("following the kick-off meeting at the port office, at which the representative approved"). */
const AT_WHICH_APPROVED = /^[^.;]{0,40}?,\s*at\s+which\s+[^.;,]{0,60}?\b(?:approved|authori[sz]ed|agreed\s+to|signed\s+off|accepted|consented\s+to)\b/i;
/** A party that may authorise something, however long its object, with no comma before the channel ("may authorise disclosures of PHI on … tags to the … subcontractor in a conversation with …"). */
const MODAL_APPROVAL_BEFORE = /\b(?:may|can)\s+authori[sz]e\b[^.;:,]*$/i;
/** A right a party is given as the outcome of a talk that opens the sentence ("Following a telephone conversation with the Controller's privacy officer, the Processor may use …", "Following the conversation between the practice manager and the Processor's support team, the Processor may also use …"): the conversation is the permission (not a right to raise, log or report something, which needs none). */
const LEAVE_AFTER_TALK = /^\s+(?:with\s+(?:the\s+|an?\s+|its\s+|their\s+|your\s+|our\s+)?(?:[A-Za-zÀ-ɏ'’-]+\s+){0,4}?|between\s+(?:the\s+|an?\s+|its\s+|their\s+|your\s+|our\s+)?(?:[A-Za-zÀ-ɏ'’-]+\s+){0,4}?and\s+(?:the\s+|an?\s+|its\s+|their\s+|your\s+|our\s+)?(?:[A-Za-zÀ-ɏ'’-]+\s+){0,4}?)[A-Za-zÀ-ɏ'’-]+\s*,\s*(?:(?:the\s+)?(?:[A-Z][A-Za-z-]*\s+){1,2}|we\s+|you\s+)(?:may|can|is\s+(?:permitted|entitled|allowed)\s+to|are\s+(?:permitted|entitled|allowed)\s+to)\s+(?!not\b|(?:raise|log|report|open|submit|contact|call|phone|request|ask|escalate)\b)[a-z]+/;
/** What a party now does, or does under its fee, as the exchange the sentence opens with settled it ("Per the WhatsApp exchange with the Client's coordinator, the Supplier now services the tablets under the fixed monthly fee"). */
const DONE_PER_EXCHANGE = /^[^.;]{0,100}?,\s*(?:(?:the\s+)?(?:[A-Z][A-Za-z-]*\s+){1,2}|we\s+)(?:now\s+[a-z]+\b|[a-z]+s?\b[^.;]{0,120}?\b(?:under|within|for)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:fee|fees|charges?|price|subscription)\b)/;
/** An approval given through the informal step, just after it ("in a telephone conversation, authorise the Business Associate"). */
const APPROVAL_AFTER = /^[\s,]*(?:[A-Za-z'’]+\s+){0,3}?(?:authori[sz](?:e|es|ed)|approv(?:e|es|ed|ing)|permit(?:s|ted)?|okay(?:s|ed)?|sign(?:s|ed)?\s+off|agree(?:s|d)?\s+to)\b/i;

/** Assent a sentence deems given ("shall be deemed to have accepted", "you are taken to have approved", "you accept the additional charge"). */
const DEEMED_ASSENT = /\b(?:deemed|taken|treated|considered|regarded)\s+to\s+have\s+(?:accepted|approved|agreed|ordered|consented|authori[sz]ed)\b|\byou\s+(?:thereby\s+)?(?:accept|agree\s+to)\b/i;

/** A consequence before the informal step ("pricing reflects the assumptions discussed at the kick-off call", "delivery will follow the plan talked through at"). */
const BINDING_BEFORE = /\b(?:is|are|be|remains?)\s+entitled\s+to\s+(?:the|any|all|those)\s+[^.;]{0,100}?\b(?:that|which)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?$|\b(?:include|includes|cover|covers)\s+the\s+(?:[a-z-]+\s+){0,3}?[a-z]+\s+(?:(?:that|which)\s+)?(?:[A-Za-z'’-]+\s+){1,4}$|\b(?:may|can)\s+be\s+(?:commissioned|ordered|instructed|authori[sz]ed|extended)\s+(?:by\s+(?:the\s+)?[A-Za-z'’\s]{1,40}?\s+)?$|\b(?:will|shall)\s+be\s+paid\s+at\s+the\s+(?:[a-z-]+\s+)?rate\s+$|\bwithin\s+any\s+(?:longer|extended|later)\s+(?:period|time|deadline)\b[^.;]{0,80}$|\b(?:shall|will)\s+be\s+as\s+(?:the\s+)?[^.;]{0,60}?\b(?:arrange|agree|settle|decide)\s+between\s+themselves\s+$|\bdocumented\s+instructions\b[^.;]{0,120}\binclude\s+any\b[^.;]{0,120}$|\b(?:general|prior|specific)\s+(?:written\s+)?authori[sz]ation\b[^.;]{0,120}\bwas\s+given\s+$|\b(?:figure|level|target|hours|commitment|rate|price|fee|sla)s?\b[^.;]{0,80}\bappl(?:y|ies)\s+(?:as\s+)?$|\b(?:is|are)\s+the\s+(?:one|ones)\s+$|\b(?:include|includes|cover|covers)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:promised|offered|described|shown|demonstrated)\b[^.;]{0,120}$|\b(?:shall|will|must)\b[^.;]{0,80}\bon\s+the\s+(?:terms|basis|rates?|conditions|prices?)\s+$|\baccepts?\s+as\s+binding\b[^.;]{0,160}$|,\s*as\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){1,4}?(?:agreed|approved|confirmed|allowed|permitted)\s+$|\b(?:may|can)\s+be\s+(?:commenced|started|begun|carried\s+out|performed|undertaken)\s+$|\b(?:shall|will)\s+be\s+as\s+$|\b(?:shall|will)\s+be\s+calculated\s+(?:at|on)\s+the\s+(?:[a-z-]+\s+)?(?:rate|basis|level)\b[^.;]{0,120}$|\breflects?\s+the\s+(?:understanding|arrangement|agreement)\b[^.;]{0,120}$|\b(?:shall|will|must)\s+honou?r\s+the\s+(?:[a-z-]+\s+)?(?:discount|price|rate|offer|terms?)\b[^.;]{0,160}$|\b(?:has|have)\s+not\s+objected\s+$|\binstructions?\b[^.;]{0,120}?\bmay\s+be\s+(?:passed|given|communicated|conveyed|relayed)\s+to\b[^.;]{0,80}$|\b(?:shall|will|must)\s+be\s+(?:performed|carried\s+out|done|undertaken)\s+at\s+the\s+(?:intervals|times|frequency|dates?)\b[^.;]{0,120}$|\b(?:shall|will|must)\s+(?:follow|apply|adopt|use|keep\s+to|adhere\s+to)\s+the\s+(?:[a-z-]+\s+){0,3}?(?:approach|method|methodology|process|procedure|plan|schedule)\s+(?:that\s+)?(?:its|the|our|your)\s+(?:[a-z-]+\s+){0,2}?(?:team|staff|engineers?|managers?|representatives?|consultants?)\s+(?:described|outlined|presented|explained|showed|demonstrated|proposed)\b[^.;]*$|\bon\s+the\s+(?:[a-z-]+\s+)?basis\s+(?:that|which)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?(?:outlined|described|explained|presented|set\s+out|promised)\b[^.;]*$|\btakes?\s+effect\s+(?:as\s+soon\s+as|the\s+moment|once|when)\s+you\b[^.;]{0,80}$|\bappl(?:y|ies)\b[^.;]{0,160}?,?\s*as\s+(?:arranged|agreed|promised|discussed|settled)\s+$|\b(?:shall|will|must)\s+(?:follow|comply\s+with|carry\s+out|implement|obey|act\s+in\s+accordance\s+with)\s+(?:any\s+|all\s+)?(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?instructions?\b[^.;]{0,160}$|\b(?:shall|will)\s+be\s+(?:suspended|paused|stopped|halted|deferred|delayed|extended|brought\s+forward)\s+(?:whenever|when|once|if)\b[^.;]{0,60}?\b(?:asks?|tells?|requests?|instructs?)\b[^.;]*$|\b(?:shall|will|must)\s+(?:[a-z]+\s+){0,2}?(?:deliver|complete|provide|install|supply|finish|hand\s+over)\b[^.;]{0,120}?\b(?:by|on|before)\s+the\s+(?:date|deadline|day|time)\s+(?:that\s+(?:was|were)\s+)?(?:discussed|agreed|mentioned|given|set|named|promised|confirmed)\b[^.;]{0,80}$|\b(?:shall|will)\s+be\s+entitled\s+to\s+(?:the|any|such)\b[^.;]{0,100}?\b(?:that|which)\s+(?:was|were)\s+(?:discussed|agreed|promised|offered|mentioned|arranged)\b[^.;]*$|\b(?:shall|will)\s+be\s+(?:carried\s+out|performed|actioned|executed|implemented|done)\s*,?\s*$|\b(?:shall|will)\s+apply\s+from\s+the\s+(?:date|day|time)\b[^.;]{0,120}$|\b(?:shall|will|must|may)\s+act\s+(?:up)?on\s+(?:any\s+|all\s+)?(?:the\s+)?(?:[A-Za-z]+\s+)?instructions?\b[^.;]{0,160}$|\b(?:extensions?|waivers?|approvals?|consents?|variations?|changes?)\b[^.;]{0,100}?\bmay\s+be\s+(?:granted|given|agreed|approved|made)\s+by\b[^.;]{0,80}$|\b(?:shall|will)\s+continue\s+(?:to\s+provide\s+)?(?:the|any|such)\b[^.;]{0,120}$|^\s*(?:the\s+)?(?:consent|approval|authori[sz]ation|permission)\s+(?:to|for)\b[^.;]{0,120}?\bwas\s+given\s+by\b[^.;]*$|\bbecause\s+that['’]s\s+what\s+(?:our|your|the|its)\b[^.;]*$|\bmay\s+(?:keep|retain|continue|store|use|process)\b[^.;]{0,120}?,\s+(?:the\s+)?[^.;,]{0,60}?\bhaving\s+(?:indicated|agreed|said|confirmed|approved)\b[^.;]*$|\b(?:instructions?|approvals?|consents?|orders?|authori[sz]ations?)\b[^.;]{0,100}?\bmay\s+be\s+given\s+by\b[^.;]{0,80}$|\bdocumented\s+instructions\s+(?:include|includes|cover|covers|extend\s+to)\b[^.;]*$|\b(?:is|are)\s+(?:those|the\s+ones?|the\s+terms?)\s+(?:that|which)\s+(?:were|was)\s+(?:shown|described|explained|quoted|promised|offered|presented|demonstrated|outlined)\b[^.;]*$|\b(?:shall|will)\s+be\s+(?:paid|credited|applied|provided)\s+as\s+(?:the\s+|our\s+|its\s+)?(?:[A-Za-z'’-]+\s+){0,4}?(?:promised|agreed|said|confirmed|offered)\b[^.;]*$|\b(?:shall|will)\s+apply\s*,?\s+as\s+(?:amendments?|variations?|changes?)\s+to\s+(?:annex|schedule|appendix|the)\b[^.;]*$|\b(?:shall|will|must)\s+(?:keep\s+to|follow|adhere\s+to|comply\s+with|observe|stick\s+to|work\s+to|reflect)\b[^.;]{0,100}?\bas\s+(?:they|it)\s+(?:were|was)\s+(?:explained|described|outlined|presented|agreed|discussed|set\s+out|promised)\b[^.;]*$|\bwe(?:['’]ll|\s+will|\s+shall)\s+honou?r\s+(?:the|any|all|every)\b[^.;]{0,160}$|\b(?:shall|will|must)\s+honou?r\s+(?:the|any|all|every|each)\s+(?:undertakings?|commitments?|promises?|assurances?|representations?|statements?)\b[^.;]{0,160}$|\b(?:is|are)\s+(?:those|the\s+ones?|the\s+terms?)\s+(?:described|shown|explained|quoted|promised|offered|presented|demonstrated|outlined)\s+to\b[^.;]*$|\b(?:is|are)\s+the\s+(?:ones?|terms?)\s+(?:that\s+)?(?:our|the|your|its)\s+(?:[a-z-]+\s+){0,3}?(?:explained|described|quoted|promised|offered|agreed|outlined|gave|set\s+out)\b[^.;]*$|\b(?:shall|will)\s+be\s+entitled\s+to\s+(?:the|any|that|such)\s+(?:[a-z-]+\s+){0,3}?(?:discussed|agreed|promised|offered|quoted|arranged|mentioned)\b[^.;]*$|\b(?:shall|will|must)\s+[a-z]+\b[^.;]{0,160}?\bas\s+(?:arranged|agreed|promised|discussed|settled)\s+$|\bmay\s+(?:relax|waive|vary|amend|extend|reduce|suspend)\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?(?:[a-z-]+\s+){0,3}?(?:obligations?|duties|requirements?|deadlines?)\b[^.;]{0,80}$|\b(?:may|can)\s+be\s+(?:moved|rescheduled|changed|extended|shortened|cancelled)\b[^.;]{0,60}?\b(?:if|once|when|where)\b[^.;]{0,80}$|\b(?:is|are|shall\s+be)\s+validly\s+(?:made|given|served|submitted|raised)\s+(?:if|when|where|once)\b[^.;]{0,120}$|\bwe\s+(?:will\s+)?honou?r\s+(?:the|any)\s+(?:[a-z-]+\s+){0,3}$|\bentitled\s+to\s+(?:payment|be\s+paid|charge)\s+for\b[^.;]{0,160}?\b(?:requested|ordered|asked\s+for|instructed|agreed)\b[^.;]{0,100}$|\b(?:may|can|is\s+entitled\s+to|shall\s+be\s+entitled\s+to)\s+rely\s+(?:up)?on\s+(?:any\s+)?(?:commitments?|statements?|assurances?|representations?|promises?|undertakings?)\b[^.;]{0,120}?\b(?:given|made|offered)\s+by\b[^.;]{0,80}$|\b(?:shall|will|must)\s+(?:extend|provide|deliver|supply|install|cover|build|add|implement)\b[^.;]{0,120}?\b(?:that|which)\s+(?:the\s+)?[A-Za-z]+\s+(?:requested|asked\s+for|pointed\s+out|identified|mentioned|indicated)\s*$|\b(?:shall|will|must)\s+(?:keep\s+to|follow|adhere\s+to|comply\s+with|observe|stick\s+to|work\s+to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:schedule|plan|timetable|procedure|process|levels?|programme|program|rota|pattern)\s+(?:outlined|described|set\s+out|agreed|discussed|presented|explained|shown)\b[^.;]*$|\bon\s+the\s+basis\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:pattern|plan|schedule|terms|levels?|approach|arrangements?|proposal|timetable)\s+(?:discussed|agreed|described|outlined|presented|explained)\b[^.;]*$|\b(?:on|under|in\s+accordance\s+with)\s+the\s+terms\s+(?:that\s+)?(?:the\s+)?(?:[A-Za-z'’]+\s+){0,4}?(?:described|stated|promised|quoted|offered|explained|outlined|agreed|set\s+out)\b[^.;]*$|\bappl(?:y|ies)\s+as\s+(?:arranged|agreed|discussed|described|promised)\b[^.;]*$|\b(?:shall|will|must)\s+(?:extend|provide|deliver|supply|install|cover)\b[^.;]{0,100}?\s(?:pointed\s+out|identified|indicated|named|requested|mentioned|shown)\s+by\b[^.;]*$|\b(?:credits?|refunds?|compensation)\b[^.;]{0,60}?\bmay\s+(?:also\s+)?be\s+claimed\b[^.;]*$|\b(?:switch(?:es)?|moves?|upgrades?|downgrades?)\s+to\b[^.;]*$|\b(?:shall|will|must)\s+be\s+(?:calculated|determined|set|fixed|priced|charged|measured|applied)\s+(?:on\s+the\s+basis|in\s+the\s+way|as)\s+(?:discussed|agreed|described|explained|outlined|set\s+out|talked\s+through)\b[^.;]*$|\b(?:shall|will|must)\s+(?:perform|operate|run|be\s+delivered|be\s+provided)\s+(?:to|at|in\s+line\s+with)\s+(?:the\s+)?(?:levels?|standards?|specifications?|figures?|times?)\s+(?:described|stated|promised|quoted|presented|explained|set\s+out|shown)\b[^.;]*$|\b(?:claims?|notices?|objections?|consents?|approvals?|waivers?|instructions?)\b[^.;]{0,80}?\b(?:may|can|shall)\s+be\s+(?:lodged|made|given|submitted|served|notified)\s+(?:simply\s+|just\s+)?$|\b(?:shall|will|must)\s+(?:follow|apply|reflect)\s+whatever\b[^.;]*$|\b(?:shall|will|must)\s+(?:honou?r|follow|comply\s+with|observe)\s+(?:the\s+|any\s+|all\s+)?[^.;]{0,80}?\b(?:that|which)\s+[^.;]{0,80}?\b(?:settled|agreed|arranged|promised|confirmed)\b[^.;]*$|\bmay\s+be\s+(?:postponed|deferred|delayed|suspended|extended|waived|relaxed|varied|adjusted|changed|shortened|lengthened)\s+(?:where|if|when|once)\b[^.;]*$|\bcan\s+be\s+(?:confirmed|approved|ordered|accepted|agreed)\s+by\b[^.;]*$|\bbecause\s+(?:our|your|the|its)\s+[^.;]{0,60}?\b(?:promised|agreed|confirmed|offered|said|allowed|permitted|approved|okayed|authori[sz]ed)\b[^.;]*$|\b(?:may|can)\s+(?:approve|authori[sz]e|consent\s+to|confirm|accept|order)\b[^.;]{0,120}?\bby\s+(?:simply\s+|just\s+)?(?:replying|responding|answering|saying|typing|clicking|posting|sending)\b[^.;]*$|\bmay\s+[a-z]+\b[^.;]*\b(?:where|if|when|once)\b[^.;]*\b(?:has|have)\s+(?:agreed|approved|consented|authori[sz]ed)\b[^.;]{0,40}$|\b(?:will|shall)\s+(?:also\s+)?be\s+(?:available|payable|granted|provided|applied)\s+for\b[^.;]*\b(?:that|which)\s+[^.;]{0,80}$|\b(?:shall|will|must|may)\s+treat\s+as\s+(?:an?\s+)?(?:approved|authori[sz]ed|agreed|valid|binding)\b[^.;]*$|\b(?:shall|will|must|may)\s+treat\s+[^.;]{1,80}?\s+as\s+(?:having\s+)?(?:given|granted|obtained|approved|accepted|agreed|authori[sz]ed)\b[^.;]*$|\b(?:shall|will|is|are)\s+(?:be\s+)?deemed\s+(?:to\s+(?:be|have\s+been)\s+)?(?:granted|given|approved|accepted|agreed|authori[sz]ed)\b[^.;]*$|\b(?:shall|will|is|are)\s+(?:be\s+)?(?:treated|deemed|regarded)\s+as\s+(?:authori[sz]ed|approved|agreed|accepted)\b[^.;]*$|\bcan\s+be\s+(?:switched\s+on|activated|enabled|added)\b[^.;]*$|\bmay\s+(?:proceed|go\s+ahead|start|begin)\b[^.;]*$|\b(?:shall|will|is|are)\s+(?:be\s+)?deemed\s+to\s+have\s+(?:occurred|been\s+given|been\s+granted|taken\s+place)\b[^.;]*$|\b(?:is|are|shall\s+be|will\s+be)\s+(?:(?:considered|deemed|treated\s+as|regarded\s+as|taken\s+as)\s+)?(?:confirmed|complete|accepted|approved)\s+(?:when|once|if|where)\b[^.;]*$|\bmay\s+(?:extend|increase|reduce|change|vary|amend|prolong|shorten|waive)\b[^.;]*\b(?:where|if|when|once)\b[^.;]*\b(?:so\s+)?(?:requests?|asks?|instructs?|agrees?)\s+$|\b(?:reflects?|is\s+based\s+on|are\s+based\s+on|incorporates?|(?:will|shall|must)\s+(?:follow|reflect|honou?r|comply\s+with))\s+(?:the\s+|any\s+|all\s+)?(?:[A-Za-z-]+\s+){0,3}$/i;

/** A channel for reporting faults or raising support requests ("support requests may be raised by phone"), which approves nothing. */
const SUPPORT_CHANNEL = new RegExp(
  `${REQUESTS_TAKEN('requests?|calls?|tickets?')}|\\b(?!logging\\s+(?:outages?|faults?|incidents?|issues?|problems?)\\b)(?:report\\w*|rais\\w*|log\\w*|submit\\w*|open\\w*)\\s+(?:[a-z]+\\s+){0,3}?(?:incidents?|faults?|tickets?|issues?|problems?|outages?|(?:support\\s+)?(?<!change\\s)requests?(?!\\s+of\\b))\\b|\\b(?:${SUPPORT_WORDS})\\b|${TAKES_REQUESTS('requests?|calls?')}`,
  'i',
);

/** What an informal step is given: an approval, a start, an addition, a deemed effect, a charge. */
const INFORMAL_EFFECT_OWN =
  /\b(?:we['’]ll\s+(?:switch|move|upgrade)\s+(?:you|it|them)\b|(?:we['’]ll|we\s+will|we\s+shall)\s+add\s+(?:it|them)\b|(?:have|has|shall\s+have|carry|carries)\s+the\s+same\s+(?:effect|force|status|weight)\s+as\s+(?:an?\s+)?(?:formal|written|signed)|(?:is|are)\s+locked\s+in|(?:delivered|supplied|provided|implemented|built)\s+and\s+(?:paid|invoiced|charged|billed)(?:\s+for)?|(?:won['’]t|will\s+not|shall\s+not)\s+(?:charge|bill|invoice)\s+(?:you|the\s+[a-z]+)\s+for\s+(?:it|them|those|these|that)\b|forms?\s+(?:an?\s+)?(?:integral\s+)?part\s+of\b|confirms?\s+(?:your|the|its|their)\s+(?:plan|order|subscription|purchase|acceptance)\b|counts?\s+as|treated\s+(?:by\s+(?:the\s+)?[A-Za-z]+\s+)?as|binding\s+(?:on|upon)\b|become\s+(?:your|the|its|their)\s+(?:authori[sz]ed|approved|agreed)\b|(?:are|is)\s+(?:binding\s+)?commitments?\b|on\s+(?:that|this|such)\s+(?:authority|authori[sz]ation|approval|instruction|say[\s-]+so)\b|as\s+(?:if|though)\s+(?:an?\s+)?(?:formal\s+|written\s+|signed\s+)?(?:works?\s+order|purchase\s+order|change\s+order|order|variation)\s+had\s+been\s+(?:issued|placed|signed|raised)\b|handled\s+as\s+(?:approved|agreed|authori[sz]ed|valid)\b|suffices?\s+to\s+(?:vary|amend|change|modify|approve|authori[sz]e|waive|extend|order)\b|constitutes?\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z]+['’]s\s+)?(?:[a-z]+\s+)?(?:authori[sz]ation|authority|approval|consent|order|instruction|variation|amendment|acceptance)s?\b|(?:consent|approval|authori[sz]ation)\b[^.;]{0,120}?\b(?:may|can|shall|will)\s+(?:also\s+)?be\s+(?:given|granted|expressed|communicated)\b|precludes?\b|(?:extension|approval|consent|waiver)\s+(?:so\s+)?(?:granted|given)\s+in\s+that\s+way|(?:considered|regarded)\s+(?:as\s+)?(?:accepted|approved|agreed|authori[sz]ed|ordered)|ranks?\s+as|deemed|regarded\s+as|(?:is|are|be|been)\s+(?:approved|cleared|authori[sz]ed|added|accepted|covered)|cleared|go(?:es)?\s+ahead|gets?\s+under\s+way|proceed\w*|okay\w*|ok'?d|agreed\s+to\s+it|accepts?|add(?:s|ed)?\s+(?:a|an|the|any)\b|cancel\w*(?!\s+(?:an?\s+|the\s+|any\s+)?(?:[a-z-]+\s+)?(?:visits?|appointments?|bookings?|sessions?|meetings?|calls?|tickets?|requests?|installations?)\b)|at\s+the\s+(?:customer|client)['’]?s\s+(?:cost|expense)|happy|whatever\s+you\s+tell\s+us|binds?|switched\s+on|amend\w*|modif(?:y|ies|ied)|honou?r\w*|replac\w*|(?:will|shall)\s+be\s+(?:done|carried\s+out|performed)|(?:added|moved|changed)\s*,|(?:added|moved|changed)\s+(?:or|and)\s+|acted\s+(?:on|upon)|(?:issue|issues|issued|place|places|placed|give|gives|given|fill|fills)\s+(?:an?\s+|the\s+|any\s+|those\s+)?(?:[a-z]+\s+)?orders?|orders?\s+(?:[a-z]+\s+){0,3}?(?:placed|given|issued)|activated|stands|takes?\s+effect|lets?\s+the\s+next|without\s+(?:a\s+|an\s+|any\s+)?(?:(?:separate|formal|further|prior)\s+)?(?:(?:call[\s-]+off|work|task)\s+)?(?:change\s+(?:order|request)|written|signed|purchase\s+order|order|paperwork)|(?:is|are)\s+(?:then\s+)?(?:carried\s+out|done|performed|placed|awarded|processed|actioned)\b(?!\s+only\b)|(?:is|are)\s+(?:sufficient|enough)\b|on\s+the\s+strength\s+of\b|put\s+(?:the|that|this|it)\s+(?:[a-z]+\s+)?through\b|\bon\s+the\s+(?:directions?|instructions?)\b|orders?\b[^.;]{0,40}?\b(?:are|is|be|been)\s+(?:placed|given|issued|awarded)\b|\bawarded\s+on\b|\b(?:move|moves|moved|switch(?:es|ed)?|upgrades?|upgraded|downgrades?|downgraded)\s+(?:(?:to|onto)\s+)?(?:the|their|your|its|a|an|another)\s+(?:[a-z]+\s+)?(?:subscription|plan|account|tier|service|edition|package)\b|\bwithout\s+(?:raising|issuing|submitting|signing|obtaining|completing)\s+(?:a|an|any)\s+(?:formal\s+|written\s+|separate\s+)?(?:change\s+(?:order|request|note)|purchase\s+order|variation(?:\s+order)?|order)\b|\bas\s+if\s+(?:you|they|it|the\s+[a-z]+)\s+(?:had|has)\s+(?:ordered|requested|approved|signed|placed)\b|\bwithout\s+(?:awaiting|waiting\s+for|requiring|needing|first\s+obtaining)\s+(?:any\s+|a\s+)?(?:written\s+|formal\s+|further\s+)?(?:confirmation|approval|order|instruction)s?\b|(?:is|are)\s+(?:then\s+)?applied\b|\b(?:with\s+)?no\s+(?:signed|written|formal|separate|further)\s+(?:[a-z]+\s+)?(?:consent|approval|order|request|confirmation|note|authori[sz]ation|documentation|paperwork)s?\b|\bwithout\s+(?:any\s+)?(?:further|additional|separate|formal)\s+(?:documentation|paperwork|authori[sz]ation)\b|\b(?:shall|will)\s+not\s+(?:amount\s+to|constitute)\s+(?:an?\s+)?(?:breach|default)\b|\bneeds?\s+no\s+(?:[a-z]+\s+){0,3}?(?:change\s+notes?|orders?|consents?|approvals?|requests?)\b|\bbecomes?\s+(?:billable|chargeable|payable|binding)\b|\b(?:entitled|allowed|free)\s+to\s+rely\s+on\b|\b(?:shall|will|is\s+to)\s+be\s+taken\s+(?:to|as)\b|\b(?:is|are)\s+taken\s+to\s+have\b|\bapplying\s+from\b|\b(?:shall|will)\s+be\s+(?:sufficient|enough)\b|\bbecomes?\s+the\s+agreed\b|\btreat\s+(?:that|this|such|it|them)\s+(?:[a-z]+\s+)?as\b|\bentitled\s+to\s+the\s+same\s+treatment\b|\bmay\s+rely\s+on\b|\bmay\s+act\s+(?:up)?on\b|\bbrings?\s+(?:the\s+|that\s+|any\s+)?(?:[a-z]+\s+){0,2}?within\b|\bconstitutes?\s+(?:an?\s+|the\s+)?(?:documented|written|valid|binding|formal|proper|sufficient|prior)\s+(?:[a-z]+\s+)?(?:instructions?|orders?|notice|approval|authori[sz]ation|consent|order|request|waiver|procedures?|process|method|basis|variations?|amendments?|changes?)\b|\bbecomes?\s+(?:effective|valid|binding|operative)\b|\b(?:shall|will|is\s+to)\s+be\s+(?:effective|valid|binding)\b|\b(?:shall|will)\s+continue\s+to\s+(?:apply|bind|govern|oblige)\b|\b(?:shall|will)\s+oblige\b|\boperates?\s+as\s+(?:an?\s+)?(?:waiver|amendment|variation|approval|consent|acceptance)\b|\bwaiv(?:e|es|ed)\b|\b(?:shall|will)\s+be\s+final\b|\bsatisf(?:y|ies|ied)\s+(?:its|the|their|any|this|that)\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:obligations?|requirements?|duty|duties)\b|\bincorporated\s+(?:into|in)\b|\btakes?\s+the\s+place\s+of\b|\bas\s+if\s+(?:a|an|the)\s+(?:signed|written|formal)\b|\bas\s+if\s+(?:they|it)\s+(?:were|was|had\s+been)\s+(?:an?\s+)?(?:formal|signed|written)\b|\btreats?\s+[^.;]{1,80}?\s+as\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[A-Za-z'’]+\s+)?(?:order|approval|acceptance|instruction|agreement|consent|authori[sz]ation|authority)s?\b|\bpermits?\s+(?:the\s+)?[A-Za-z]+\s+to\s+(?:carry\s+out|perform|process|proceed|start|begin|use|make)\b|\b(?:shall|will)\s+apply\s+from\b|\bconverts?\s+(?:in)?to\s+(?:a\s+)?(?:paid|chargeable|billable)\b|\bmay\s+(?:extend|renew|upgrade|prolong)\s+(?:the|its|their|your)\s+(?:[a-z-]+\s+){0,3}?(?:trial|subscription|term|plan|period|window|deadline)\b|\bmay\s+(?:invoice|charge|bill)\s+(?:for\s+)?)/i;
const INFORMAL_EFFECT = new RegExp(`${INFORMAL_EFFECT_OWN.source}|${STEP_EFFECT_SHARED.source}`, 'i');

/** What a sentence gives to words that came through an informal channel: a party may rely on them, treat them as an approval or order, or they bind or take effect. */
const AS_IF_FORMAL_REQUEST = /\bas\s+if\s+(?:they|it)\s+(?:were|was|had\s+been)\s+(?:an?\s+)?(?:formal|written|signed|logged|valid)\s+(?:service\s+)?(?:requests?|tickets?)\b/gi;
const CHANNEL_GIVEN_EFFECT_REST =
  /\b(?:shall|will)\s+be\s+treated\s+as\s+(?:an?\s+|the\s+)?(?:accepted\s+|approved\s+|agreed\s+|valid\s+|binding\s+|formal\s+)?(?:[A-Za-z'’]+\s+)?(?:order|approval|acceptance|instruction|consent|authori[sz]ation|variation|change)s?\b|\b(?:shall|will|may|must)\s+treat\s+as\s+(?:the\s+|an?\s+|its\s+)?(?:[A-Za-z'’]+\s+){0,2}?(?:order|approval|acceptance|instruction|agreement|consent|authori[sz]ation|authority|amendment|variation)s?\b|\b(?:is|are|shall\s+be|will\s+be)\s+as\s+(?:described|stated|presented|promised|explained|shown|demonstrated)\s+(?:to\s+(?:you|us|it|them|the\s+[A-Za-z]+)\s+)?(?:by|during|at)\b|\b(?:shall|will)\s+constitute\s+(?:valid\s+|sufficient\s+|effective\s+|due\s+)?(?:notice|notification)\b|\b(?:shall|will)\s+suffice\s+to\s+(?:commit|bind|oblige|authori[sz]e|approve)\b|\bsuffices?\s+to\s+(?:commit|bind|oblige)\b|\b(?:consent|approval|authori[sz]ation)\b[^.;]{0,140}?\b(?:may|can|shall|will)\s+(?:also\s+)?be\s+(?:given|granted|provided|expressed|communicated|obtained|sought|secured)\s+(?:orally|verbally|by\s+(?:tele)?phone|in\s+person|(?:during|at|in|on|over)\s+(?:a|an|the|any)\b)|\bneed\s+not\s+(?:issue|give|send|make|file|submit)\s+(?:a|an|any)\s+(?:formal\s+|written\s+)?(?:[a-z]+\s+)?(?:notification|notice|report|request|order)\b|\b(?:is|are)\s+included\s+in\s+(?:the|your|its|our)\s+(?:[A-Z][A-Za-z-]*\s+)?(?:services|subscription|plan|scope|fees?|charges?)\b|\btreats?\s+[^.;]{1,160}?\s+as\s+(?:authori[sz]ed|approved|agreed|accepted|instructed|ordered)\b|\b(?:is|are|shall\s+be)\s+validly\s+(?:given|made|granted|expressed)\b|\bas\s+if\s+(?:they|it)\s+(?:were|was|had\s+been)\s+(?:an?\s+)?(?:(?:formal|signed|written)\s+)?(?:change\s+orders?|orders?|variations?|instructions?|purchase\s+orders?)\b|\b(?:regarded|treated|deemed|taken)\s+as\s+(?:given|granted|obtained)\b|\bon\s+the\s+(?:basis|strength)\s+of\s+(?:that|the|such)\s+(?:call|message|conversation|instruction|request)\b|\b(?:is|are|shall\s+be)\s+(?:sufficient|enough|adequate)\s+(?:authority|authori[sz]ation|approval)\b|\b(?:is|are)\s+(?:sufficient|enough)\s+for\s+(?:us|you|it|them|the\s+[a-z]+)\s+to\s+(?:start|begin|proceed|go\s+ahead|carry\s+out|act)\b|\b(?:is|are)\s+(?:an?\s+)?(?:valid|binding|formal)\s+(?:order|instruction|approval|authori[sz]ation|variation)s?\b|\b(?:is|are|becomes?)\s+(?:immediately\s+)?(?:effective|valid|binding)\b|\bas\s+(?:if|though)\s+(?:they|it)\s+(?:were|was)\s+(?:set\s+out|written|included|recorded)\s+in\b|\bforms?\s+(?:an?\s+)?(?:integral\s+)?part\s+of\b|\b(?:raises?|raised|makes?|voices?)\s+no\s+objection\b|\bdoes\s+not\s+object\b|\bcounts?\s+as\b|\b(?:entitled|allowed|free)\s+to\s+rely\s+on\b|\b(?:may|can)\s+rely\s+on\b|\bmay\s+act\s+(?:up)?on\b|\b(?:treats?|takes?)\s+[^.;]{1,160}?\s+as\s+(?:the\s+|an?\s+|its\s+|their\s+|your\s+|our\s+)?(?:[A-Za-z'’]+\s+)?(?:order|approval|acceptance|instruction|agreement|consent|authori[sz]ation|authority|amendment|variation|change)s?\b|\btreat\s+(?:that|the|such|this|those)\s+(?:[a-z]+\s+)?[a-z]+\s+as\s+(?:resolved|closed|approved|accepted|agreed|complete|completed)\b|\b(?:is|are)\s+all\s+(?:we|it|they|the\s+[a-z]+)\s+needs?\s+to\b|\b(?:is|are)\s+locked\s+in\b|\b(?:will|shall)\s+(?:leave|keep)\s+(?:it|them)\s+out\s+of\b|\b(?:such|that|this|the)\s+(?:arrangement|agreement|confirmation|approval)\s+suffices?\b|\bis\s+the\s+one\s+that\s+counts\b|\bwe['’]ll\s+(?:switch|move|upgrade|add)\s+(?:you|it|them|your\s+(?:[A-Za-zÀ-ɏ'’-]+\s+){0,3}?(?:account|plan|subscription|service))\b|\b(?:is|are)\s+covered\s+by\s+(?:your|the|its|their)\s+(?:subscription|plan|contract|agreement|fees?|charges?)\b|\b(?:have|has|shall\s+have|carry|carries)\s+the\s+same\s+(?:effect|force|status|weight)\s+as\s+(?:an?\s+)?(?:formal|written|signed)\b|\b(?:shall|will)\s+not\s+(?:be\s+(?:treated|counted|regarded)\s+as\s+(?:an?\s+)?(?:outage|downtime|unavailability|breach|failure|incident)|count\s+(?:as|towards?))\b|(?<!\bnot\s)\bbinds?\b|\bbecomes?\s+(?:effective|valid|binding|operative)\b|\b(?:shall\s+|will\s+)?constitutes?\s+(?:an?\s+|the\s+)?(?:(?:approved|valid|binding|formal|authori[sz]ed)\s+)?(?:work\s+orders?|orders?|approvals?|instructions?|variations?|change\s+orders?|authori[sz]ations?)\b|\b(?:is|are)\s+(?:then\s+)?entitled\s+to\s+(?:carry\s+out|act\s+on|implement|perform|proceed\s+with)\b|\bmay\s+(?:then\s+)?(?:carry\s+out|proceed\s+with|implement|perform)\b|\bstands?\s+as\s+(?:agreed|approved|accepted)\b|\bas\s+(?:if|though)\s+(?:it|they)\s+(?:had\s+been|were|was)\s+(?:given|made|confirmed|issued|agreed)\s+in\s+writing\b|\b(?:is|are)\s+excluded\s+from\s+(?:the\s+)?(?:performance\s+commitments?|service\s+levels?|SLAs?|availability\s+(?:calculation|commitment)s?)\b|\bmay\s+be\s+(?:agreed|approved|authori[sz]ed|varied)\b(?![^.;]{0,80}\b(?:in\s+writing|written|signed)\b)/i;
const CHANNEL_GIVEN_EFFECT = new RegExp(`${APPROVAL_AS_AUTHORITY.source}|${AS_IF_FORMAL_REQUEST.source}|${CHANNEL_GIVEN_EFFECT_REST.source}`, 'i');

/** Words that order or request work ("ordered", "requests", "asked", "instructions", "commissioned"). */
const ORDER_WORD = String.raw`(?:agreed\s+with|taken\s+(?:up|out)|authori[sz]e[sd]?|order(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?|mention(?:s|ed)?|instruct(?:s|ed|ing|ions?)?|commission(?:s|ed)?|indicated|designated)\b`;
/** A charge for what came through an informal channel. */
const CHANNEL_CHARGE = /\b(?:is|are)\s+(?:billed|charged|invoiced)\s+at\s+(?:our|the|its|their|your)\s+(?:[a-z-]+\s+){0,3}?rates?\b|\b(?:shall|will)\s+pay\s+for\s+(?:it|them|the\s+[a-z]+|such\s+[a-z]+|(?:any\s+)?(?:additional|extra|further)\s+[a-z-]+)\b|\b(?:is|are)\s+chargeable\s+(?:where|if|when)\b|\b(?:fees?|charges?)\s+(?:running|accruing|payable|due|starting)\s+from\s+(?:the\s+date\s+of\s+)?(?:that|the|this)\s+(?:conversation|call|message|meeting)\b|\band\s+(?:then\s+)?(?:invoiced|billed|charged)\s+(?:accordingly|for|at)\b|\badd(?:s|ed)?\s+(?:it|them|this|these)\s+to\s+(?:your|the)\s+(?:bill|invoice)\b|\b(?:shall|will)\s+be\s+(?:[a-z]+\s+){1,4}and\s+(?:paid|charged|invoiced|billed)\b|\band\s+(?:(?:shall|will|may)\s+)?(?:invoice|bill|charge)\s+(?:it|them|this|that|for\s+it)\b|\b(?:shall|will)\s+be\s+(?:(?:[a-z]+\s+){1,2}and\s+)?(?:paid|charged|chargeable|invoiced|billed|billable|payable)\b|\b(?:shall|will)\s+(?:(?:[a-z]+\s+){1,3}and\s+)?(?:bill|invoice|charge)\b|['’]ll\s+(?:(?:[a-z]+\s+){1,3}and\s+)?(?:bill|invoice|charge)\b|\bmay\s+(?:[a-z]+\s+and\s+)?(?:bill|invoice|charge)\b|\bbecomes?\s+(?:billable|chargeable|payable)\b|\bis\s+payable\b|\bcharges?\s+(?:shall|will)\s+(?:accrue|apply|start|be\s+payable)\b/i;
/** Something ordered or requested just before the channel ("works ordered by the duty officer", "requests … may be raised with the account manager"). */
const ORDERED_BEFORE = new RegExp(String.raw`\b${ORDER_WORD}[^.;]{0,120}$`, 'i');

/** What makes one party's satisfaction a measured one: it acts reasonably, or tests, criteria or a named schedule decide. */
const SATISFACTION_MEASURED = /\b(?:acting\s+reasonably|reasonabl[ey]|tests?|criteria|specifications?|(?:schedule|annex|appendix|exhibit)\s+[A-Z0-9]+)\b/i;
/** Discretion or sole judgement in the matched words. */
/** The provider's right to cut the client off ("we may suspend your account", "the Provider may disable the Customer's access", "may pause the feeds whenever we think it's necessary"). */
const PROVIDER_CUTS_OFF = /\b(?:we|the\s+(?:provider|supplier|vendor|msp|processor|contractor|company|operator|host|licensor))\s+may\s+(?:limit|restrict|cap|throttle|reduce)\b[^.;]{0,80}?\b(?:if|where|when|whenever|once)\s+(?:we|it|they)\s+(?:think|thinks|consider|considers|deem|deems|believe|believes|judge|judges)\s+(?:that\s+)?(?:your|the\s+[a-z]+['’]s)\s+(?:[a-z-]+\s+)?(?:use|usage|traffic|consumption|requests|calls|volumes?|activity)\b|\b(?:we|the\s+(?:provider|supplier|vendor|msp|processor|contractor|company|operator|host|licensor))\s+may\s+(?:limit|restrict|cap|throttle|reduce)\s+(?:the\s+(?:number|amount|volume|quantity)\s+of\s+[^.;]{0,60}?\byou\s+(?:can|may)\b|your\s+(?:[a-z-]+\s+){0,2}?(?:use|usage|access|bandwidth|storage|requests|calls|traffic))|\b(?!(?:customer|client|controller|authority|buyer|council|purchaser|subscriber|you)\b)[a-z]+\s+may\s+(?:suspend|pause|interrupt|halt|stop|switch\s+off|take\s+down|change|alter|modify|vary|amend)\b[^.;]{0,80}\bwhenever\s+(?:we|it|they)\s+(?:think|thinks|consider|considers|deem|deems|believe|believes)\b|\b(?:we|the\s+(?:provider|supplier|vendor|msp|processor|contractor|company|operator|host|licensor))\s+may\s+(?:immediately\s+)?(?:suspend|disable|block|deactivate|cut\s+off)\s+(?:your|the\s+(?:customer|client|user|subscriber)['’]s|any\s+(?:customer|user)['’]s)\s+(?:[a-z-]+\s+)?(?:account|access|service|subscription)s?\b/i;
/**
 * A provider named by its own name, one or two capitalised words and no client word, that may limit the client's use on its own
 * judgement of the client's use ("Routewise may limit the number of tracking requests if it thinks the Trust's usage is excessive"),
 * read as {@link PROVIDER_CUTS_OFF} reads "we" and "the Supplier". Case-sensitive: the names are capitalised.
 */
const NAMED_CUTS_OFF = new RegExp(
  String.raw`^\s*(?!(?:The|This|That|These|Those|Each|Either|Neither|Any|All|Both|You|Your|We|Our|It|They|If|Where|When|Whenever|Customer|Client|Buyer|Authority|Council|Controller|Purchaser|Employer|Trust|Board|Agency|Department|Ministry|City|County|Municipality|School|University|Hospital|Subscriber|User|Member)\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s+may\s+(?:limit|restrict|cap|throttle|reduce)\b[^.;]{0,80}?\b(?:if|where|when|whenever|once)\s+(?:it|they)\s+(?:thinks?|considers?|deems?|believes?|judges?)\s+(?:that\s+)?(?:your|the\s+[A-Z][A-Za-z]+['’]s|[A-Z][A-Za-z]+['’]s)\s+(?:[a-z-]+\s+)?(?:use|usage|traffic|consumption|requests|calls|volumes?|activity)\b`,
);
const DISCRETION = /\b(?:discretion|(?:in|within)\s+(?:its|their|our)\s+(?:[a-z]+\s+)?view|of\s+(?:its|their|our|his|her)\s+(?:own\s+)?(?:choosing|choice)|as\s+(?:its|our|their)\s+(?:own\s+)?(?:operations|operational\s+needs|business\s+needs|needs|requirements|convenience)\s+(?:require|requires|dictate|dictates|demand|demands)|whenever\s+(?:we|it|they|the\s+[a-z]+)\s+(?:decides?|chooses?|wish(?:es)?|likes?|wants?|needs?\s+to)|judge?ment|judges?|opinion|sees?\s+fit|thinks?\s+fit|sees?\s+(?:appropriate|necessary|suitable)|as\s+(?:we|it|they|the\s+[A-Za-z]+)\s+(?:may\s+)?(?:choose|chooses|please|pleases|wish|wishes|like|likes)|considers?|deems?|(?:looks?|seems?|appears?)\s+(?:excessive|unreasonable|abusive|inappropriate|unfair|disproportionate)\s+to\s+us|decides?\s+what\s+counts|limitations?\s+as\s+the\s+[a-z]+\s+may)\b/i;
/** Whether a fact that triggers a promise happened: what one party's discretion must not decide. */
const FACT_DECIDED = /\b(?:shall|will)\s+not\s+count\s+(?:as|towards?)\s+(?:downtime|unavailability|an?\s+outage)\b|\bexcluded\s+from\s+(?:the\s+)?(?:availability|uptime|downtime)\b|(?<!\breasonable\s)\b(?:opinion|discretion|judge?ment|view),?\s+(?:the\s+)?[A-Za-z]+\s+(?:has|have|is|are)\s+(?:(?:materially|seriously)\s+)?(?:breached|in\s+breach|violated|infringed|misused|abused)\b|\bwhether\s+(?:or\s+not\s+)?(?:an?\s+|the\s+|any\s+)?(?:[a-z-]+\s+){0,4}?(?:(?:an?|the)\s+)?(?:outages?|failures?|breach(?:es)?|events?|emergenc(?:y|ies)|incidents?|downtime|unavailability|credits?|faults?|defects?)\b/i;

/** A discretion to hold back what the other party is owed ("entitled, at its own discretion, to withhold from any audit such information as …"): it empties that party's right. */
const WITHHELD = /\bwithhold\b|\baudit\s+rights?\b[^.;]{0,60}\bsubject\s+to\s+(?:such|any)\s+(?:limitations?|restrictions?|conditions?)\b|\b(?:refuse|deny|restrict|limit)\s+(?:[a-z]+\s+){0,3}?(?:access|audits?|information|records|data|inspections?)\b/i;
/** One party may vary, suspend or replace the promise itself ("may, in its sole discretion, vary or suspend this SLA"): its discretion empties the promise. */
/** A provider declaring what it does, right before a frequency word ("We back up your records regularly"): a statement of the service, whatever right follows. */
const DECLARED_ROUTINE = /^\s*(?:we|the\s+(?:provider|supplier|contractor|processor|vendor))\s+(?:back\s+up|keep|store|test|patch|monitor|review|update|check|scan|audit|maintain|replicate|copy|clean|calibrate)s?\b[^,;]*$/i;
/** Named measures (a number or an acronym) and then the provider's own comment that they are appropriate. */
const NAMED_THEN_JUDGED = /(?:\d|\b[A-Z]{2,}\b)[^.;]*,\s*which\s+(?:we|it|they|the\s+[A-Za-z]+)\s+(?:(?:consider|considers|deem|deems|regard|regards|believe|believes)\s+(?:to\s+be\s+)?|(?:have|has)\s+(?:assessed|agreed|found|determined|judged)\s+(?:as|to\s+be)\s+|(?:acknowledge|acknowledges|accept|accepts|agree|agrees)\s+(?:as|to\s+be)\s+)(?:appropriate|adequate|suitable|sufficient)$/;
const TERMS_VARIED = /\b(?:we|the\s+[a-z]+)\s+(?:can|may)\s+(?:put\s+up|raise|increase)\s+what\s+(?:you|[a-z ]{1,40}?)\s+pays?\b|\b(?:we|the\s+[a-z]+)\s+(?:can|may)\s+(?:put\s+up|raise|increase)\s+(?:the\s+|our\s+|its\s+|your\s+)?(?:[a-z-]+\s+){0,3}?(?:prices?|fees?|charges?|rates?)\b|\b(?:limits?|caps?|quotas?|allowances?)\s+(?:that\s+)?(?:we|the\s+[a-z]+)\s+sets?\s+and\s+may\s+(?:adjust|change|vary|revise)\b|\b(?:we|(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:provider|supplier|licensor|vendor|contractor|processor|host|company|operator|msp))\s+(?:may|reserves?\s+the\s+right(?:\s*,[^,.;]{1,100},\s*)?\s+to|is\s+entitled\s+to|is\s+free\s+to|(?:shall|will)\s+be\s+entitled\s+to)\s*(?:,\s*without\s+(?:prior\s+|any\s+)?(?:(?:notice|consultation|consent|reference|recourse)(?:\s+(?:to|with)\s+(?:the\s+)?[a-z]+)?|consulting\s+(?:the\s+)?[a-z]+)\s*,\s*)?(?:,?\s*(?:(?:at|in)\s+its\s+(?:sole\s+|absolute\s+)?discretion|as\s+it\s+sees\s+fit)\s*,?\s*(?:and\s+without\s+(?:(?:the\s+)?[a-z]+['’]s\s+(?:prior\s+)?(?:written\s+)?consent|(?:reference|recourse)\s+to\s+(?:the\s+)?[a-z]+|consulting\s+(?:the\s+)?[a-z]+)\s*,?\s*)?)?(?:at\s+any\s+time\s+)?(?:adjust|reduce|lower|change|modify|amend|vary|withdraw|restrict|revise|suspend|alter|substitute|swap|throttle|add|downgrade|relocate|move|replace|reschedule|scale\s+back|retire|discontinue|reconfigure)\b(?:(?!\bbut\b)[^.;]){0,60}?\b(?:composition|frequency|frequencies|format|integrations?|(?:protective|security)\s+(?:controls|measures)|data\s+cent(?:re|er)s?|hosting\s+locations?|tools|components?|servers?|hardware|equipment|devices?|cut[\s-]?off\s+times?|specifications?|sub[\s-]?processors?|languages?|(?:card|payment)\s+schemes?|alert\s+types?|catalogue|catalog|modules?|algorithms?|software|scope|number\s+of|sessions|seats|tiers?|reports?|reporting|bots?|usage|accounts?|limits?|quotas?|allowances?|entitlements?|capacity|features?|service\s+levels?|targets?|objectives?|(?:authentication|security|access|payment|delivery|backup|encryption)\s+methods?|monitoring|maintenance\s+(?:schedule|regime|programme|program)|security\s+(?:set[\s-]?up|arrangements|configuration)|response[\s-]times?(?:\s+commitments?)?|resolution[\s-]times?(?:\s+commitments?)?|commitments?|services?|refresh\s+rates?|maintenance\s+windows?|pricing\s+tariffs?|tariffs?|accuracy|thresholds?|intervals?|functions?|functionalit(?:y|ies)|(?:delivery|processing|turnaround)[\s-]+times?)\b|\b(?:vary|modify|suspend|discontinue|withdraw|replace|amend)\b[^.;]{0,40}?\b(?:this|the)\s+(?:(?:[A-Z][A-Za-z]+|ticket|response|service|support)\s+){0,3}(?:SLA|service\s+levels?|service\s+level\s+agreement|product|beta\s+product|guarantee)\b|\b(?:product|service|feature)\s+is\s+offered\s+at\s+the\s+sole\s+discretion\b|\b(?:prices?|fees?|charges?|rates?)\b[^.;]{0,60}?\b(?:may|can)\s+(?:go\s+up|rise|increase|change)\s+(?:whenever\s+(?:we|it|the\s+[a-z]+)\s+(?:decides?|chooses?|wish(?:es)?|likes?)|at\s+(?:our|its|their)\s+(?:sole\s+|absolute\s+)?discretion)\b|\bmay\s+(?:substitute|withdraw|reconfigure|replace|remove|alter|change)(?:,\s+[a-z]+)*(?:,?\s+(?:or|and)\s+[a-z]+)?\s+(?:any|the|its)\s+(?:[a-z-]+\s+)?(?:components?|parts?|elements?|features?|modules?)\s+of\s+the\s+(?:[A-Z][a-z]+\s+)?Services?\b|\b(?:we|the\s+(?:provider|supplier|vendor|contractor|msp|company|operator|licensor))\s+(?:may|can)\s+(?![^.]*\b(?:notice|notif\w*|renewal)\b)(?:[^.;]{0,80}?\band\s+)?(?:adjust|change|vary|revise|raise|increase|alter|modify)\s+(?:the\s+|its\s+|our\s+|your\s+|any\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:fees?|prices?|pricing|charges?|rates?|tariffs?)\b|\b(?:limits?|quotas?|allowances?|caps?|thresholds?)\s*,?\s+which\s+(?:we|the\s+(?:provider|supplier|vendor|contractor|company|operator))\s+(?:[a-z]+\s+and\s+)?(?:may|can)\s+(?:adjust|change|alter|vary|revise|modify|reduce)\b/i;
/**
 * A party named by its own name (no client word) that may change the means of the service at will ("Harbourline may alter the
 * monitoring tools … as it sees fit"): the one who delivers changes what it delivers. Case-sensitive: the name is capitalised.
 */
const NAMED_VARIES = /^\s*(?!(?:The|This|That|These|Those|Each|Either|Neither|Any|All|Both|You|Your|We|Our|It|They|If|Where|When|Whenever|Customer|Client|Buyer|Authority|Council|Controller|Purchaser|Employer|Trust|Board|Agency|Department|Ministry|City|County|Municipality|School|University|Hospital|Subscriber|User|Member)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+may\s+(?:swap|substitute|change|replace|alter|vary|relocate|move)\b(?:(?!\bbut\b)[^.;]){0,60}?\b(?:sub-?processors?|data\s+cent(?:re|er)s?|hosting\s+locations?|components?|specifications?)\b|^\s*(?!(?:The|This|That|These|Those|Each|Either|Neither|Any|All|Both|You|Your|We|Our|It|They|If|Where|When|Whenever|Customer|Client|Buyer|Authority|Council|Controller|Purchaser|Employer|Trust|Board|Agency|Department|Ministry|City|County|Municipality|School|University|Hospital|Subscriber|User|Member)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+reserves\s+the\s+right(?:\s*,[^,.;]{1,60},)?\s+to\s+(?:vary|change|modify|amend|alter|adjust|revise)\s+(?:the|its|any)\s+(?:[a-z-]+\s+){0,2}?(?:scope|charges|fees|prices|services|service\s+levels|method|methods|methodology|calculation|measurement)\b|^\s*(?!(?:The|This|That|These|Those|Each|Either|Neither|Any|All|Both|You|Your|We|Our|It|They|If|Where|When|Whenever|Customer|Client|Buyer|Authority|Council|Controller|Purchaser|Employer|Trust|Board|Agency|Department|Ministry|City|County|Municipality|School|University|Hospital|Subscriber|User|Member)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+may\s+(?:adjust|change|modify|amend|vary|revise|alter|replace|substitute|withdraw|swap)\s+(?:(?:the|its|any)\s+)?(?:[a-z-]+\s+){0,2}?(?:tools|tiers|format|formats|matrix|procedures?|methods?|components?|features?|service\s+levels?|monitoring|reports?|reporting)\b/;
/** A named document that defines the soft term of the sentence ("our listing guide sets out exactly what counts as reasonable wear"). */
const DEFINED_IN_DOCUMENT = /\b(?:guide|guidance|policy|schedule|annex|appendix|handbook|manual|standard|specification|list|table|clause|section|rules|charter)\s+(?:[A-Za-z0-9.]+\s+)?(?:sets?\s+out|defines?|specif(?:y|ies)|lists?|describes?|states?)\s+(?:(?:exactly|precisely|in\s+detail|clearly)\s+)?what\s+(?:counts|qualifies|is\s+treated|is\s+regarded)\s+as\b[^.;]*\b(?:reasonabl\w*|acceptabl\w*|appropriate\w*|adequate\w*|suitabl\w*|sufficient\w*|normal|fair)\b/i;
/** Whether one party may vary, suspend or replace the promise itself ({@link TERMS_VARIED}, {@link NAMED_VARIES}). */
function termsVaried(sentence: string): boolean {
  return TERMS_VARIED.test(sentence) || NAMED_VARIES.test(sentence);
}

/** A force-majeure provision: neither party liable for what is beyond its control. */
const FORCE_MAJEURE_PROVISION = /\b(?:neither|no|a|either)\s+party\b[^.;]*\b(?:liable|in\s+breach|responsible)\b[^.]*\b(?:beyond\s+(?:its|their|the\s+[a-z]+['’]s)\s+(?:reasonable\s+)?control|force\s+majeure)\b|\bforce\s+majeure\b[^.]*\b(?:release[sd]?|relieve[sd]?|excuse[sd]?)\s+(?:the\s+affected|either|each|a)\s+party\b|\b(?:the\s+affected|either|each|a)\s+party\b[^.;]*\b(?:released|relieved|excused)\b[^.]*\bforce\s+majeure\b/i;
/** A main clause that keeps the other side's position after a condition ("…, the filing date of your application is preserved", "…, you may pay by bank transfer"). */
const OTHER_SIDE_KEPT = /^[^.;,]*,\s*(?:[^.;]{0,60}?\b(?:your|the\s+(?:customer|client|user|applicant|subscriber)['’]s)\b[^.;]{0,60}?\b(?:is|are|shall\s+be|will\s+be|remains?)\s+(?:preserved|protected|maintained|kept|honou?red|unaffected)\b|\s*(?:you|the\s+(?:customer|client|user|applicant|subscriber))\s+(?:may|can|(?:is|are)\s+entitled|will\s+(?:still|not\s+lose)))/i;
/** The force-majeure event named in a sentence. */
const FORCE_MAJEURE_NAMED = /\bforce[\s-]+majeure\b/i;
/** A sentence that defines the force-majeure event ("Force Majeure Event means …"). */
const FORCE_MAJEURE_DEFINED = /force[\s-]+majeure(?:[\s-]+(?:event|events|circumstances?))?['’"”]?\s+(?:means|includes|shall\s+mean|refers\s+to|is\s+defined)\b|\((?:a\s+|an\s+)?["“]?force[\s-]+majeure/i;

/** "No window applies until that calendar exists": nothing applies meanwhile, which is no fallback. */
const NOTHING_APPLIES_UNTIL = /\bno\s+(?:[a-z-]+\s+){0,2}?(?:applies|shall\s+apply|will\s+apply)\s+until\b/i;
/**
 * The words of a sentence up to the next duty it adds ("… on a regular basis and will report patch status in the quarterly
 * service pack": the quarterly report is another duty, whose frequency does not bound the first).
 */
function ownDuty(text: string, from: number, end: number, to: number): string {
  const next = NEXT_DUTY.exec(text.slice(end, to));
  return text.slice(from, next ? end + next.index : to);
}
const NEXT_DUTY = /[,;]?\s+and\s+(?:(?:it|we|they|the\s+[A-Za-z]+)\s+)?(?:will|shall)\s+(?!not\b|be\b|also\s+be\b)/i;
/** A purpose clause ("so that it can be restored"), whose "can" gives nobody a right. */
const PURPOSE_CAN = /\b(?:so\s+that|in\s+order\s+that)\s+(?:it|they|the\s+[a-z-]+|[a-z]+\s+data)\s+(?:can|may)\b/i;
/** A term of the deal that binds both sides, as the subject of a deferred decision. */
const DEAL_TERM_BEFORE = /\b(?:key\s+performance\s+indicators|retention\s+periods?|kpis?|service\s+credits?|credits?|fees?|prices?|pricing|rates?|charges?|penalt(?:y|ies)|service\s+levels?|caps?|liquidated\s+damages|discounts?|categories\s+of\s+(?:[a-z-]+\s+){0,2}?(?:data|data\s+subjects)|(?:personal\s+)?data\s+categories)\b/i;
/** A step a clause of the contract requires, dispensed with ("so the Customer need not submit the claims otherwise required by clause 6", "you don't have to file the notices required under section 9"). */
const CLAUSE_STEP_DISPENSED = /\b(?:need\s+not|(?:does|do)\s+not\s+(?:need|have)\s+to|(?:doesn['’]t|don['’]t)\s+(?:need|have)\s+to|no\s+longer\s+(?:needs?|has|have)\s+to)\s+(?:submit|file|lodge|make|raise|send|serve|give|complete)\s+(?:the|a|an|any)\s+(?:[a-z-]+\s+){0,2}?(?:claims?|requests?|notices?|forms?|applications?|reports?)\s+(?:(?:that\s+(?:are|would\s+be)\s+)?(?:otherwise|normally|usually)\s+)?(?:required|called\s+for|needed)\s+(?:by|under|in)\s+(?:clause|section|paragraph|schedule|annex|article|appendix)\b/i;
/** A quantity of what is bought as the subject of the sentence ("The number of skating sessions to be ticketed at the rink shall be confirmed …"): a term of the deal when one party will set it at a later stage. */
const QUANTITY_SUBJECT = /^\s*(?:the\s+)?(?:(?:total|exact|final|overall|maximum|minimum)\s+)?(?:number|quantity|volume)\s+of\s+[^.;,]{1,100}$/i;
/** A decision put off to a later stage in so many words, or to a document still to be issued ("in a Call-off Order to be issued at a later stage"), not to a step of each delivery ("before each session"). */
const PUT_OFF_TO_LATER_STAGE = /^[^.;]{0,80}?\b(?:at\s+a\s+(?:later|future|subsequent)\s+(?:stage|date|point|time)|in\s+due\s+course|later|subsequently|(?:to\s+be|once)\s+(?:issued|raised|placed|signed|agreed)\s+(?:later|at\s+a\s+later\b))/i;
/** A later step, after one a limit governs ("acknowledged within one hour and thereafter worked on"). */
const THEREAFTER_BEFORE = /\b(?:thereafter|after\s+that|from\s+then\s+on)\b[^.;]{0,60}$/i;
/** What a soft standard is, named right after it ("adequate safeguards, namely the standard contractual clauses", "that is, …", "i.e. …"). */
const NAMED_RIGHT_AFTER = /^\s*[,:(]?\s*(?:namely|that\s+is(?:\s+to\s+say)?\s*,|i\.\s?e\.|viz\.?)\s|^\s*,\s*being\s+(?:at\s+(?:a\s+)?minimum\s+|at\s+least\s+)?(?:those\s+(?:required|set\s+out|specified|listed|described|prescribed)\b|the\s+(?:[A-Z][A-Za-z-]*\s+){1,4})/;
/** The same, after the noun the soft word qualifies and where it applies ("appropriate accessibility measures in the online booking service, namely those required to conform to WCAG 2.2"). */
const NAMED_AFTER_NOUN = /^\s+(?:[a-z-]+\s+){0,3}?(?:measures|safeguards|controls|standards?|steps|security|engineers|staff|personnel|technicians|people|resources)\b[^.;,]{0,80},\s*(?:namely|that\s+is(?:\s+to\s+say)?\s*,|i\.\s?e\.|viz\.?|meaning\s+(?:[a-z-]+\s+){0,2}?(?:who|that|which|with)|being\s+(?:at\s+(?:a\s+)?minimum\s+|at\s+least\s+)?(?:those|the\s+[A-Z][\w-]*))\s/i;
/** The same after a class that holds the noun ("appropriate technical controls to offender location data, being at a minimum those required by the CJIS Security Policy"). */
const NAMED_LATER = /^[^.;,]{0,80},\s*(?:namely|being\s+(?:at\s+(?:a\s+)?minimum\s+)?those|(?:which|that)\s+(?:shall|will|must)\s+(?:include|comprise),?\s+at\s+(?:a\s+)?minimum,?\s+(?:those|the))\s/i;
/** The provider speaking of itself ("we aim to", "we try to"), right before the effort verb. */
const FIRST_PERSON_BEFORE = /\bwe\s+(?:always\s+|generally\s+|usually\s+|normally\s+)?$/i;
/** An effort to do better than a stated bound ("to resolve tickets sooner than the stated times"). */
const BEYOND_BOUND = /^[^.;]{0,60}?\b(?:sooner|faster|earlier|more\s+quickly|better)\s+than\s+(?:the\s+)?(?:stated|target|committed|agreed|guaranteed|above|specified)\b/i;
/** A hard limit that applies whatever the effort ("…to restore service as soon as practicable, and in any event within 4 hours"). */
const LIMIT_IN_ANY_EVENT = new FoldedExpression(new RegExp(
  String.raw`\b(?:${IN_ANY_EVENT}|${FLOOR_MARKER})\b[^.;]{0,160}?(?:\b(?:within|no\s+later\s+than|not\s+later\s+than|not\s+less\s+than|at\s+least|below|under|less\s+than|no\s+more\s+than|not\s+more\s+than|at\s+most)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty)|\bof\s+(?:\d|(?:one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty)\b)|\bwithin\s+(?:that|the\s+same|this|such)\s+(?:period|time|timeframe|window)\b|\bno\s+(?:[a-z-]+\s+){1,10}?for\s+more\s+than\s+(?:\d+|one|two|three|four|five|six|eight|ten|twelve|twenty|thirty)\b|\blimit(?:s|ed)?\b[^.;]{0,80}?\bto\s+(?:no\s+more\s+than\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\b|\b(?:at\s+or\s+above|not\s+below|no\s+lower\s+than)\s+\d|\b(?:resolve|restore|fix|answer|handle|process|deliver|meet|achieve|maintain|provide|ensure)\s+(?:that\s+)?\d{1,3}(?:\.\d+)?\s*%|\bbefore\s+(?:the\s+)?(?:go-?live|launch|cut-?over|handover|commencement|start\s+date)\b|\bbetween\s+\d{1,2}[:.]\d{2}\s*(?:and|to|-|–)\s*\d{1,2}[:.]\d{2}\b)`,
  'i',
));
/** What applies when an effort fails by a hard deadline: the other party may terminate ("if Acme cannot offer one within a reasonable period, which shall not exceed thirty days, Globex may terminate"). */
/** What makes a soft "sufficient" or "adequate" a measured one: a purpose stated with a figure or a named standard ("to supply 40 crew for 72 hours", "to meet the Tier III requirements of ANSI/TIA-942"); a year is no figure ("adequate to handle peak loads in 2027" stays vague). */
const SOFT_MEASURED_AFTER = /^\s+to\s+(?:meet|satisfy|supply|support|serve|handle|cover|sustain|carry|accommodate|feed|power|run|hold|store|withstand|achieve|deliver|provide\s+for|last)\b(?![^.;,]{0,60}?\b(?:clause|section|paragraph|article|obligations?|duties|needs)\b)[^.;,]{0,60}?(?:(?<!\d)(?!(?:19|20)\d\d(?!\d))\d|\b(?:tier|level)\s+[ivx]+\b)/i;
/** A firm time limit after an aim ("and will always respond by the end of the next working day"). */
const FIRM_BACKSTOP_AFTER = /^[^.;]{0,80}?\b(?:and|but)\s+(?:we\s+)?(?:will|shall)\s+(?:always|in\s+any\s+(?:event|case)|in\s+all\s+cases|at\s+the\s+latest)\s+(?:[a-z]+\s+){1,3}?(?:by|within|no\s+later\s+than)\s+(?:the\s+end\s+of|\d|one|two|three|four|five|six|seven|eight|ten|twelve|twenty|thirty|forty|forty-eight|seventy-two)\b/i;
/** What applies if the parties do not agree ("failing agreement, the Authority's model Exit Plan at Annex 7 shall apply"). */
const AGREEMENT_FALLBACK = /\b(?:failing\s+(?:such\s+)?(?:agreement|which|that)|in\s+default\s+of\s+(?:such\s+)?agreement|if\s+(?:the\s+parties|they)\s+(?:do\s+not|cannot|fail\s+to)\s+(?:so\s+)?agree)\b[^.]{0,120}?\b(?:shall|will)\s+apply\b/i;
const EFFORT_FALLBACK = /\b(?:if|where|should|in\s+the\s+event\s+that)\s+(?:it|they|we|the\s+[A-Za-z]+|[A-Z][A-Za-z]+)\s+(?:cannot|can\s*not|is\s+unable\s+to|are\s+unable\s+to|fails?\s+to|does\s+not|do\s+not)\b[^.]{0,160}?\b(?:(?:shall|will|may)\s+not\s+exceed|not\s+exceeding|within|no\s+later\s+than|not\s+later\s+than)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)[^.]{0,160}?\b(?:may|shall\s+be\s+entitled\s+to|is\s+entitled\s+to|will\s+be\s+entitled\s+to)\s+(?:immediately\s+)?terminate\b/i;
/** A service credit for each period past a deadline ("for each further hour a credit of 2% of the monthly fee"). */
const CREDIT_FOR_MISS = /\b(?:for\s+(?:each|every)|per)\s+(?:(?:further|additional|extra|subsequent|started|commenced)\s+)?(?:hour|day|business\s+day|working\s+day|week|period)\b[^.;]{0,80}?\b(?:service\s+)?(?:credits?|rebates?|fee\s+reductions?|liquidated\s+damages)\b/i;
/** True when a hard floor follows the soft words in their sentence: a limit that applies in any event, or a floor guaranteed or priced ({@link LIMIT_IN_ANY_EVENT}, {@link FLOOR_GUARANTEED}). */
function floorAfter(text: string, end: number, to: number): boolean {
  const rest = text.slice(end, to);
  return LIMIT_IN_ANY_EVENT.test(rest) || FLOOR_GUARANTEED.test(rest);
}
/** A proviso that caps a discretion with a hard limit ("provided that it does not exceed six hours per month"). */
const DISCRETION_CAPPED = /^[^.;]{0,20}?\bprovided\s+(?:always\s+)?that\b[^.;]{0,60}?\b(?:does|do|shall|will|may)\s+not\s+(?:in\s+(?:total|aggregate)\s+)?exceed\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\s+(?:hours?|minutes?|days?)\s+(?:(?:in\s+)?(?:per|a|an|any|each|every)\s+)?(?:calendar\s+)?(?:day|week|month|quarter|year)\b/i;
/** A count in digits or words, as floors and deadlines write it ("within 72 hours", "no later than seventy-two hours"). */
const COUNT = String.raw`(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|forty-eight|seventy-two)\b)`;
/** A floor guaranteed after an effort ("and we guarantee monthly availability of at least 99.5%"). */
const FLOOR_GUARANTEED = new FoldedExpression(new RegExp(String.raw`\bif\s+(?:the\s+)?(?:monthly\s+)?(?:availability|uptime)\s+(?:falls?|drops?)\s+below\s+\d+(?:\.\d+)?\s*%[^.;]{0,80}?\bcredits?\b|\b(?:we|it|they|the\s+[A-Za-z]+)\s+(?:guarantees?|commits?|undertakes?|warrants?)\s+that\b[^.;]{0,80}?\b(?:will|shall)\s+(?:not|never)\s+(?:fall|drop|go)\s+below\s+\d|\b(?:and|but)\s+at\s+least\s+\d{1,3}\s*%[^.;]{0,80}?\b(?:shall|will|must)\b|\b(?:and|but)\s+(?:shall|will|must)\s+(?:[a-z]+\s+){1,2}?(?:no\s+fewer\s+than|not\s+fewer\s+than|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+\d|\b(?:shall|will|must)\s+in\s+no\s+(?:case|event|circumstances)\s+(?:transfer|store|host|move|process)\b[^.;]{0,60}?\boutside\b|\b(?:we|it|they|the\s+[A-Za-z]+|and|but)\s+(?:guarantees?|commits?\s+to|undertakes?\s+to\s+(?:meet|achieve|provide|maintain|deliver))\b[^.;]{0,80}?\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of|within|no\s+later\s+than|no\s+more\s+than|not\s+more\s+than|at\s+most)\s+${COUNT}|\bprovided\s+that\s+(?:at\s+(?:a\s+)?minimum\s+)?(?:the\s+)?\d+\b[^.;]{0,80}?\b(?:are|is|shall\s+be|will\s+be)\s+(?:integrated|delivered|completed|installed|migrated|connected|live)\s+by\b|\bprovided\s+that\s+(?:at\s+least|no\s+fewer\s+than|not\s+fewer\s+than|a\s+minimum\s+of)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b[^.;]{0,80}?\b(?:are|is|shall\s+be|will\s+be|remains?)\s+(?:assigned|available|deployed|dedicated|on\s+site|allocated|present|on\s+duty)\b|\bprovided\s+that\s+(?:no\s+fewer\s+than|not\s+fewer\s+than|not\s+less\s+than|no\s+less\s+than|at\s+least)\s+\d{1,3}\s*%[^.;]{0,80}?\b(?:are|is|shall\s+be|will\s+be)\s+(?:resolved|restored|fixed|answered|handled|completed|closed)\b|\b(?:and|but)\s+(?:will|shall|must)\s+not\s+[^.;]{0,60}?\bfor\s+more\s+than\s+${COUNT}|\b(?:and|but)\s+(?:will|shall|must)\s+(?:[a-z]+\s+){0,2}?(?:restore|resolve|fix|repair|reinstate|correct|remedy|rectify|provide\s+a\s+(?:workaround|fix))\b[^.;]{0,80}?\b(?:no\s+later\s+than|not\s+later\s+than|within)\s+${COUNT}|\bin\s+no\s+(?:month|quarter|year|period|week)\s+shall\s+[^.;]{0,40}?\b(?:fall|drop|go)\s+below\s+\d|\b(?:and|but)\s+(?:not\s+less\s+than|no\s+less\s+than|at\s+least|no\s+fewer\s+than|a\s+minimum\s+of)\s+\d{1,3}\s*(?:%|per\s*cent\b|percent\b)[^.;]{0,80}?\b(?:shall|will|must)\b|\b(?:shall|will|must)\s+(?:in\s+(?:any|every|all)\s+(?:event|case|cases|circumstances)|at\s+(?:a\s+)?minimum|as\s+a\s+minimum)\s+(?:strip|remove|delete|encrypt|redact|mask|exclude|anonymi[sz]e|pseudonymi[sz]e)\b|,?\s*(?:where|if)\s+(?:none|no\s+(?:such\s+)?[a-z-]+)\s+(?:is|are)\s+available\s*,\s*(?:it\s+|the\s+[a-z]+\s+)?(?:shall|will|must)\s+(?:provide|supply|arrange)\b|\b(?:and|but)\s+(?:shall|will|must)\s+ensure\s+that\s+(?:at\s+least|no\s+fewer\s+than|a\s+minimum\s+of)\s+${COUNT}[^.;]{0,60}?\b(?:is|are)\s+(?:assigned|available|present|on\s+duty|deployed)\b|\b(?:and|but)\s+(?:will|shall|must)\s+have\s+[^.;]{0,60}?\b(?:back\s+in\s+(?:service|operation)|restored|repaired|fixed|replaced)\b[^.;]{0,40}?\bwithin\s+${COUNT}|\b(?:will|shall|must|['’]ll)\s+always\s+[^.;]{0,60}?\bwithin\s+${COUNT}|\b(?:and|but)\s+(?:shall|will|must)\s+(?:[a-z]+\s+){0,4}?(?:resolve|restore|fix|answer|handle|close|complete)\s+(?:at\s+least|no\s+fewer\s+than|not\s+fewer\s+than|not\s+less\s+than|a\s+minimum\s+of)\s+\d|\b(?:shall|will|must|['’]ll)\s+[^.;]{0,80}?\bwithin\s+${COUNT}[^.;]{0,40}?\bat\s+the\s+latest\b`, 'i'));
/** A hard commitment after the aim ("and, in any event, we guarantee … within two hours"). */
const GUARANTEE_AFTER = new RegExp(String.raw`\b(?:${IN_ANY_EVENT}|we\s+(?:guarantee|commit\s+to|undertake))\b`, 'i');
/** Effort verbs that state a promise as an aim; "we seek to", "we intend to" often only describe. */
const PROMISE_AIM = /^(?:aims?|tr(?:y|ies)|endeavou?rs?|strives?|attempts?)\s/i;

/** A character a wrapped line breaks or indents with. */
function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * Where a window of `n` characters after `end` ends, never past `to`, a run of blanks counting as one character: a
 * prose block wraps its lines and indents them, and a window counted in raw characters would read fewer words the
 * deeper the block is indented (a limit "in all cases" 100 characters on was read on one line and not when wrapped).
 */
function aheadTo(text: string, end: number, to: number, n: number): number {
  let i = end;
  for (let count = 0; i < to && count < n; count++) {
    if (isBlank(text.charCodeAt(i))) while (i < to && isBlank(text.charCodeAt(i))) i++;
    else i++;
  }
  return i;
}

/** Where a window of `n` characters before `start` begins, never before `from`, a run of blanks counting as one character ({@link aheadTo}). */
function backTo(text: string, start: number, from: number, n: number): number {
  let i = start;
  for (let count = 0; i > from && count < n; count++) {
    if (isBlank(text.charCodeAt(i - 1))) while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
    else i--;
  }
  return i;
}

/** The part of a sentence between the semicolons around `at`. */
function semicolonPart(sentence: string, at: number): string {
  const before = sentence.lastIndexOf(';', at);
  const after = sentence.indexOf(';', at);
  return sentence.slice(before + 1, after < 0 ? sentence.length : after);
}

/** A charge as the effect of an informal step: only for work ordered or requested there ("each job requested on such a call is charged"), not for time spent on the phone ("liaising by phone is billed"). */
const INFORMAL_CHARGE = /\b(?:(?:fees?|charges?)\s+(?:running|accruing|payable|due|starting)\s+from|(?:is|are)\s+(?:then\s+)?(?:charged|billed|invoiced)|(?:charged|chargeable|billed|billable|invoiced|paid|payable)\s+(?:at|in|for|from|as)|(?:will|shall)\s+(?:bill|invoice|charge))\b/i;
const ORDERED = new RegExp(String.raw`\b(?:${ORDER_WORD}|changes?\b|upgrad(?:e|es|ed|ing)\b|downgrad(?:e|es|ed|ing)\b|arrang(?:e|es|ed)\b|extend(?:s|ed|ing)?\s+(?:the|its|their|your|our)\s+(?:[a-z-]+\s+){0,2}?(?:service|services|subscription|contract|licen[cs]e|coverage)\b)`, 'i');

/** The words before an informal channel, up to the channel's preposition: what was approved or requested there. */
function channelObject(text: string, from: number, end: number): string {
  return text.slice(from, end).replace(/\b(?:by|on|over|via|in|during|at|through)\b[^.;]*$/i, '');
}

/**
 * The matches of prose already read, by its text, with offsets in the text:
 * the same boilerplate stands in many contracts of a workspace, and the editor
 * reads every unchanged string again on each edit. Two generations, one map
 * for each context (a force-majeure clause or not): a text is looked up in the
 * young generation, then in the old one, which moves it to the young; when the
 * young generation holds {@link SEEN_MAX_CHARS} characters it becomes the old
 * one and the former old one is dropped. So the texts in use stay, the memory
 * is bounded, and no entry is ever deleted one by one (a Map rebuilds its
 * table after many deletions: moving each hit to the end of one map cost 60 ms
 * in lint of the bench's 1,000 files). Emptying one map whole when full, as
 * before, scanned 13,517 texts there, which hold 10,863 different ones.
 */
interface Generations<T = LexiconMatch[]> {
  young: Map<string, T>;
  old: Map<string, T>;
  chars: number;
}
const SEEN: [Generations, Generations] = [
  { young: new Map(), old: new Map(), chars: 0 },
  { young: new Map(), old: new Map(), chars: 0 },
];

/** A match of a sentence expression, in offsets from the start of its sentence, and its row (an index in ORDER). */
interface SentenceFound {
  start: number;
  end: number;
  order: number;
}
/** What a sentence holds: whether it holds an anchor (then the expressions ran on it), and what the sentence expressions found. */
interface SentenceScan {
  anchored: boolean;
  found: SentenceFound[];
  /**
   * Whether the judgement read past the sentence (a row's `unlessFollowedBy`, {@link FOLLOWING} characters after a match near its
   * end, or a deferred term's fallback in the next sentence): the matches then hold only with the same words after the sentence
   * ({@link READS_ON} characters), and are remembered under a key that has them.
   */
  readsOn?: boolean;
  /** Whether a template blank may start in the sentence ({@link BLANK_HINT}): the blank expression, which reads past the sentence, runs only then. */
  blanks?: boolean;
}

/**
 * What every template blank or prompt ({@link BLANK_ROWS}) holds at or near its start, on the text as written: an underscore, a hash,
 * a bracket, a brace, a parenthesis, a bullet, an ellipsis, a run of dots or of x, a date mask, a percentage with an x, a placeholder
 * domain, or the words that tell the drafter to fill something in. A sentence without any is searched by the other expressions only.
 */
const BLANK_HINT = /[_#…\[<{●•(]|\.{6}|x{3}|(?:mm|dd)\/|yyyy|(?:\d|x)\.x|\bxx?[\s%-]|\b(?:inserted|added|attached|pasted|filled|insert|enter|specify)\b|(?:your|my|our)[-_]?(?:company|domain|business|organi[sz]ation|firm|site|website|brand)|(?:company|domain)[-_]?name/i;
const NOT_ANCHORED: SentenceScan = Object.freeze({ anchored: false, found: [] }) as SentenceScan;
/**
 * What the sentence expressions found in a sentence, by the sentence's text:
 * the same sentence stands in many texts (a boilerplate clause in every
 * contract of a workspace, or the unchanged sentences of a text block being
 * edited), and a text seen for the first time is mostly sentences seen
 * before. A sentence's matches depend on its words alone: the expressions
 * stop at its end and look behind it by one character (the word boundary),
 * and the judgements read only the sentence (test/unit/lexicon.test.ts checks
 * that a sentence is judged the same in any text). The key is the sentence
 * with the character before it (one that ends a sentence), or a mark for the
 * start of the text before it; one map for each context, in two generations as
 * {@link SEEN}.
 */
const SENTENCES_SEEN: [Generations<SentenceScan>, Generations<SentenceScan>] = [
  { young: new Map(), old: new Map(), chars: 0 },
  { young: new Map(), old: new Map(), chars: 0 },
];
const SEEN_MAX_CHARS = 2_000_000;

/**
 * A copy of `text` that holds only its characters: `text` is usually a slice
 * of a whole document, and a slice (a key of the cache, or the words of a
 * match) keeps its document alive, every version of it edited in the editor.
 * Slicing a concatenation makes V8 copy it first.
 */
function ownCopy(text: string): string {
  return ('\0' + text).slice(1);
}

function remembered<T>(seen: Generations<T>, text: string): T | undefined {
  const found = seen.young.get(text);
  if (found) return found;
  const old = seen.old.get(text);
  if (old) remember(seen, ownCopy(text), old);
  return old;
}

function remember<T>(seen: Generations<T>, text: string, found: T): void {
  if (seen.chars >= SEEN_MAX_CHARS) {
    seen.old = seen.young;
    seen.young = new Map();
    seen.chars = 0;
  }
  seen.young.set(text, found);
  seen.chars += text.length;
}

function rebase(m: LexiconMatch, base: number): LexiconMatch {
  const span = { start: m.span.start + base, end: m.span.end + base };
  if (!m.numbers) return { entry: m.entry, span, text: m.text };
  const n = m.numbers;
  return {
    entry: m.entry,
    span,
    text: m.text,
    numbers: { ...n, wordsSpan: { start: n.wordsSpan.start + base, end: n.wordsSpan.end + base }, digitsSpan: { start: n.digitsSpan.start + base, end: n.digitsSpan.end + base } },
  };
}

/**
 * Finds every lexicon match in `text` (the raw source of a string or text
 * block), judged on its sentence. Spans are offsets into `text` plus `base`,
 * so passing the content span's start gives document offsets. `gate: false`
 * scans every sentence (for tests: the result must be the same).
 */
export function findLexiconMatches(text: string, base = 0, context: ProseContext = {}, gate = true): readonly LexiconMatch[] {
  if (!gate) return scanProse(text, base, context, false);
  const seen = SEEN[context.forceMajeure ? 1 : 0];
  let found = remembered(seen, text);
  if (!found) {
    const own = ownCopy(text);
    found = scanProse(own, 0, context, true);
    remember(seen, own, found);
  }
  // Most prose holds no match: the shared empty list is returned rather than a new one.
  return found.length === 0 ? NO_MATCHES : found.map((m) => rebase(m, base));
}
const NO_MATCHES: readonly LexiconMatch[] = Object.freeze([]);

/**
 * Normalised text with each run of spaces made one ("the knowledge of the⏎      Employer's staff" reads as on one line, so
 * that a pattern's bounded gap counts words, not indentation), and the offset in the text of each character kept
 * (`at`, one more entry for the end).
 */
function collapseRuns(normal: string): { text: string; at: Int32Array } {
  const at = new Int32Array(normal.length + 1);
  const parts: string[] = [];
  let k = 0;
  let segmentStart = 0;
  for (let i = 0; i < normal.length; i++) {
    if (normal.charCodeAt(i) === 32 && i > 0 && normal.charCodeAt(i - 1) === 32) {
      // A second space of a run: left out, the characters before it kept in one slice.
      if (segmentStart < i) parts.push(normal.slice(segmentStart, i));
      segmentStart = i + 1;
      continue;
    }
    at[k++] = i;
  }
  if (segmentStart < normal.length) parts.push(normal.slice(segmentStart));
  at[k] = normal.length;
  return { text: parts.join(''), at: at.subarray(0, k + 1) };
}

/** The offset in collapsed text ({@link collapseRuns}) of the first character at or after `rawOffset` in the text. */
function scanOffset(at: Int32Array, rawOffset: number): number {
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function scanProse(text: string, base: number, context: ProseContext, gate: boolean): LexiconMatch[] {
  const numbers = text.indexOf('(') >= 0 ? numberMatches(text, base) : [];
  const ranges: [number, number][] = gate ? sentenceRanges(text) : [[0, text.length]];
  // Most prose holds no anchor word at all (three texts in four on the bench): a text of one sentence is tested whole. A longer one is looked up
  // sentence by sentence, and only the sentences never read are tested: a text block read for the first time is mostly sentences read before (four
  // characters in five of the bench's), and a sentence's anchor is one of the text's (a text without one has no sentence with one).
  if (gate && ranges.length <= 1) {
    if (!hasAnchor(text, 0)) return numbers.flatMap((n) => (n.match ? [n.match] : []));
  }
  const out: LexiconMatch[] = [];
  // Number matches come first where they overlap another row's, as when all rows were one expression.
  const found: { start: number; end: number; order: number; text: string }[] = [];
  const sentencesSeen = SENTENCES_SEEN[context.forceMajeure ? 1 : 0];
  // A text of one sentence is remembered whole (findLexiconMatches): it is only tested for an anchor here.
  const single = gate && ranges.length === 1;
  for (const [from, to] of ranges) {
    // A sentence read before (gated scans only: the ungated one is the reference the gate is tested against); one never read is first tested for an anchor.
    // The key of a later sentence is a slice of the text, with no copy to make before it is looked up: the character before a sentence ends
    // one (a full stop, a question or exclamation mark, a line break), and is never the mark of the first.
    let key = gate && !single ? (from === 0 ? '\u0001' + text.slice(0, to) : text.slice(from - 1, to)) : undefined;
    let known = key === undefined ? undefined : remembered(sentencesSeen, key);
    if (key !== undefined && !known && !anchored(key)) {
      known = NOT_ANCHORED;
      remember(sentencesSeen, ownCopy(key), known);
    }
    let withFollowing = false;
    if (known?.readsOn) {
      // Judged with the words after it: the key has them.
      key = `${key}\u0003${text.slice(to, to + READS_ON)}`;
      withFollowing = true;
      known = remembered(sentencesSeen, key);
    }
    if (known && !known.anchored) continue;
    if (known) for (const f of known.found) found.push({ start: from + f.start, end: from + f.end, order: f.order, text: text.slice(from + f.start, from + f.end) });
    const inSentence: SentenceFound[] | undefined = key !== undefined && !known ? [] : undefined;
    let readsOn = false;
    const blanks = known ? known.blanks !== false : key === undefined ? !single || BLANK_HINT.test(text) : BLANK_HINT.test(key);
    // A sentence read before, with no blank in it: nothing left to search.
    if (known && !blanks) continue;
    // The range is read with some text around it (for look-behinds, and for a template blank that runs past the sentence end), normalised, and searched only so far.
    const pieceStart = Math.max(0, from - CONTEXT_BEFORE);
    const pieceEnd = Math.min(text.length, to + CONTEXT_AFTER);
    const piece = pieceStart === 0 && pieceEnd === text.length ? text : text.slice(pieceStart, pieceEnd);
    const normal = normalizeForScan(piece);
    // The layout of a wrapped, indented block is read as the one space it stands for ({@link collapseRuns}): `at` maps back.
    const runs = normal !== undefined && normal.includes('  ') ? collapseRuns(normal) : undefined;
    const whole = runs ? runs.text : (normal ?? piece);
    /** The offset in the piece of the scanned text's character `i`. */
    const raw = (i: number) => (runs ? runs.at[i]! : i);
    /** The offset in the piece of the end of a match of `length` characters at `i` in the scanned text. */
    const rawEnd = (i: number, length: number) => (runs && length > 0 ? runs.at[i + length - 1]! + 1 : i + length);
    const inScan = (rawOffset: number) => (runs ? scanOffset(runs.at, rawOffset) : rawOffset);
    // A slice of the piece that ends with the sentence: no copy.
    const sentences = pieceEnd === to ? whole : whole.slice(0, inScan(to - pieceStart));
    for (const matcher of MATCHERS) {
      if ((known && matcher.inSentence) || (!matcher.inSentence && !blanks)) continue;
      const scan = matcher.inSentence ? sentences : whole;
      // A sentence that lacks what every match of the expression holds is not searched, and the expression is not built for it. Gated scans only: the
      // ungated one is the reference the tests hold the gate (and this) to.
      if (gate && normal && !(needsTest ??= new NeedsTest(TABLES.needs)).mayMatch(matcher.index, scan)) continue;
      const re = normal ? matcher.scan : matcher.re;
      if (re instanceof SplitExpression) re.gate = gate ? needsTest : undefined;
      re.lastIndex = inScan(from - pieceStart);
      for (let m = re.exec(scan); m && raw(m.index) + pieceStart < to; m = re.exec(scan)) {
        let index = 1;
        while (m[index] === undefined) index++;
        const order = matcher.first + index - 1;
        const start = raw(m.index) + pieceStart;
        const end = rawEnd(m.index, m[0].length) + pieceStart;
        const row = ORDER[order]!;
        if (((row.unlessFollowedBy && end + FOLLOWING > to) || row.judge.kind === 'defer') && matcher.inSentence) readsOn = true;
        // A match its sentence spares hides nothing: the later classes of the expression are tried at the same place, one by one (the first
        // alternative that matches would hide them), then the expression tries again from the next character, so a class inside or after it is still found.
        let taken = reported(row, text, start, end, context) ? { order, end, length: m[0].length } : undefined;
        for (let next = order + 1; !taken && next < matcher.end; next++) {
          const one = rowAt(next, re === matcher.scan);
          one.lastIndex = m.index;
          const again = one.exec(scan);
          if (!again) continue;
          const againEnd = rawEnd(m.index, again[0].length) + pieceStart;
          if (againEnd > to) continue;
          if (((ORDER[next]!.unlessFollowedBy && againEnd + FOLLOWING > to) || ORDER[next]!.judge.kind === 'defer') && matcher.inSentence) readsOn = true;
          if (reported(ORDER[next]!, text, start, againEnd, context)) taken = { order: next, end: againEnd, length: again[0].length };
        }
        if (!taken) {
          re.lastIndex = m.index + 1;
          continue;
        }
        re.lastIndex = m.index + taken.length;
        found.push({ start, end: taken.end, order: taken.order, text: text.slice(start, taken.end) });
        if (inSentence && matcher.inSentence) inSentence.push({ start: start - from, end: taken.end - from, order: taken.order });
      }
    }
    if (inSentence) {
      if (readsOn && !withFollowing) {
        // First read of a sentence judged with the words after it: the plain key says so, the key with those words holds the matches.
        remember(sentencesSeen, ownCopy(key!), { anchored: true, found: [], readsOn: true, blanks });
        key = `${key}\u0003${text.slice(to, to + READS_ON)}`;
      }
      remember(sentencesSeen, ownCopy(key!), { anchored: true, found: inSentence, blanks });
    }
  }
  if (MATCHERS.length > 1 || ranges.length > 1) found.sort((a, b) => a.start - b.start || a.order - b.order);
  let next = 0;
  let taken = 0;
  for (const f of found) {
    const { start, end } = f;
    while (next < numbers.length && numbers[next]!.start <= start) {
      const n = numbers[next++]!;
      if (n.start < taken) continue;
      if (n.match) out.push(n.match);
      taken = n.end;
    }
    if (start < taken) continue;
    taken = end;
    const row = ORDER[f.order]!;
    out.push({ entry: BY_ID.get(row.id)!, span: { start: base + start, end: base + end }, text: f.text });
  }
  for (; next < numbers.length; next++) {
    const n = numbers[next]!;
    if (n.start < taken) continue;
    if (n.match) out.push(n.match);
    taken = n.end;
  }
  return oralStepOnce(text, base, deferralOnce(text, base, out));
}

/** The efforts and good-faith classes. */
const EFFORT_ROWS = new Set(['best-efforts', 'endeavour-to', 'commercially-reasonable', 'diligently']);
/** Vague timing words that can say when a deferred agreement happens. */
const TIMING_ROWS = new Set(['from-time-to-time', 'periodically']);
/** Vague deadlines that can say when a deferred agreement happens, right after it ("to be discussed between the parties in good time"). */
const WHEN_ROWS = new Set(['promptly', 'as-needed']);
/** An effort whose object is to agree ("… efforts to negotiate", "… endeavours to agree"). */
const EFFORT_TO_AGREE = /^(?:\s+to)?\s+(?:[a-z]+\s+)?(?:negotiate|agree|reach|settle|conclude|seek\s+agreement)\b/i;

/**
 * A deferral word ("in due course", "later") in a sentence that leaves a term
 * to a later agreement is part of that agreement to agree: it is reported once,
 * as the agreement to agree, not a second time as a vague deadline.
 */
function deferralOnce(text: string, base: number, out: LexiconMatch[]): LexiconMatch[] {
  const defers = out.filter((m) => m.entry.code === 'agreement-to-agree' && m.entry.id !== 'template-blank' && m.entry.id !== 'placeholder');
  if (!defers.length) return out;
  return out.filter((m) => {
    if (m.entry.code !== 'vague-term') return true;
    // "Good faith efforts to negotiate a mutually acceptable change order": the effort is to agree, the agreement to agree is the problem.
    const toAgree = EFFORT_ROWS.has(m.entry.id) && EFFORT_TO_AGREE.test(text.slice(m.span.end - base, m.span.end - base + 40));
    // "To be agreed between Finance and the Contractor from time to time": when the agreement happens, part of it.
    if (TIMING_ROWS.has(m.entry.id) && defers.some((d) => m.span.start >= d.span.end && /^[^.;]*$/.test(text.slice(d.span.end - base, m.span.start - base)) && text.slice(d.span.end - base, m.span.start - base).trim().split(/\s+/).length <= 8)) return false;
    // "To be discussed between the parties in good time before each anniversary", "shall negotiate the terms of any extension of the maintenance period in good time": when the discussion happens, part of it (not "… and the Supplier shall then act promptly", another duty).
    if (WHEN_ROWS.has(m.entry.id) && defers.some((d) => m.span.start >= d.span.end && /^[^.;,]*$/.test(text.slice(d.span.end - base, m.span.start - base)) && !/\b(?:shall|will|must|and|but|or|then)\b/i.test(text.slice(d.span.end - base, m.span.start - base)) && text.slice(d.span.end - base, m.span.start - base).trim().split(/\s+/).length <= 10)) return false;
    // "The maximum acceptable latency … shall be determined at the joint technical workshop": the soft word in the subject of the deferred decision is part of it.
    if ((m.entry.id === 'soft-standard' || m.entry.id === 'promptly') && defers.some((d) => m.span.end <= d.span.start && /^[^.;]*$/.test(text.slice(m.span.end - base, d.span.start - base)) && !/\b(?:shall|will|must|may|is|are|was|were)\b/i.test(text.slice(m.span.end - base, d.span.start - base)))) return false;
    // "The parties shall meet to settle in good faith an appropriate uplift": the soft word qualifies what the parties are to agree, part of the agreement to agree.
    if (m.entry.id === 'soft-standard' && defers.some((d) => m.span.start >= d.span.end && /^[^.;,]*$/.test(text.slice(d.span.end - base, m.span.start - base)) && !/\b(?:shall|will|must|and|but|or|then)\b/i.test(text.slice(d.span.end - base, m.span.start - base)) && text.slice(d.span.end - base, m.span.start - base).trim().split(/\s+/).length <= 6)) return false;
    if (!toAgree && !deferred(m.text)) return true;
    const { from, to } = sentenceAround(text, m.span.start - base, m.span.end - base);
    return !defers.some((d) => d.span.start - base >= from && d.span.end - base <= to);
  });
}

/**
 * One informal step is one problem: a sentence that approves something on a
 * call and waives the written sign-off for it ("may be expressed at a progress
 * meeting, without any need for a written sign-off") is reported once, at its
 * first words.
 */
function oralStepOnce(text: string, base: number, out: LexiconMatch[]): LexiconMatch[] {
  const oral = out.filter((m) => m.entry.code === 'verbal-agreement');
  // A soft word that is what the informal step counts as ("is accepted as sufficient authorisation") or what was said in it ("stated, in the acceptance meeting, that it is satisfactory") is part of the informal step, not a standard of its own.
  if (oral.length) {
    out = out.filter((m) => {
      if (m.entry.code !== 'vague-term') return true;
      const { from, to } = sentenceAround(text, m.span.start - base, m.span.end - base);
      if (!oral.some((o) => o.span.start - base >= from && o.span.end - base <= to)) return true;
      const before = text.slice(from, m.span.start - base);
      // "Statements about how quickly the MSP would attend … made by its sales staff form part of this Agreement": the soft word is what was said.
      if (STATEMENT_ABOUT.test(before)) return false;
      // "Approved during the steering meeting may be implemented by the Processor forthwith": when the informally approved step is carried out is part of it.
      if (m.entry.id === 'promptly' && oral.some((o) => o.span.end <= m.span.start)) return false;
      // "May be moved at short notice once the manager agrees in a Teams chat": when the informal step takes effect is part of it.
      if (m.entry.id === 'reasonable-notice') return false;
      // "Approval … given by telephone … shall be treated as sufficient for the purposes of clause 6.3": what the informal step counts as.
      if (m.entry.id === 'soft-standard' && /\b(?:treated|accepted|regarded|deemed)\s+as\s+$/i.test(before)) return false;
      // "Instructions given at site meetings shall be binding … and shall be carried out without delay": how fast the informal instruction is carried out is part of it.
      if ((m.entry.id === 'without-undue-delay' || m.entry.id === 'as-soon-as-possible') && oral.some((o) => o.span.end <= m.span.start) && /\b(?:carried\s+out|implemented|executed|complied\s+with|actioned|performed)\s+$/i.test(before)) return false;
      // "Verbal confirmation … that a transfer is acceptable shall suffice": the soft word is what was confirmed.
      if (m.entry.id === 'soft-standard' && oral.some((o) => o.span.end <= m.span.start && /^[^.;]*\bthat\b[^.;]*$/i.test(text.slice(o.span.end - base, m.span.start - base)))) return false;
      if (m.entry.id !== 'soft-standard') return true;
      return !(EFFECT_BEFORE_SOFT.test(before) && EFFECT_AFTER_SOFT.test(text.slice(m.span.end - base, to))) && !STATEMENT_BEFORE_SOFT.test(before);
    });
  }
  if (oral.length < 2) return out;
  return out.filter((m) => {
    // What an oral step is then given (a waived sign-off, a binding effect) is the same problem as the step, and as another such consequence before it; two steps are two problems.
    if (m.entry.code !== 'verbal-agreement' || !CONSEQUENCE_ROWS.has(m.entry.id)) return true;
    const { from, to } = sentenceAround(text, m.span.start - base, m.span.end - base);
    return !oral.some((o) => o !== m && (!CONSEQUENCE_ROWS.has(o.entry.id) || o.span.start < m.span.start) && o.span.start - base >= from && o.span.end - base <= to);
  });
}

/** The words of a deemed effect around a soft word ("accepted as sufficient authorisation", "treated as adequate approval"). */
const EFFECT_BEFORE_SOFT = /\b(?:as|constitutes?|constituting|be|is|are)\s+(?:an?\s+)?$/i;
const EFFECT_AFTER_SOFT = /^\s+(?:authori[sz]ation|approval|consent|instructions?|orders?|confirmation|evidence\s+of\s+[a-z]+|for\s+(?:payment|invoicing|billing|approval|acceptance))\b/i;
/** A statement the seller's staff made (the `handshake` class's words). */
const SELLER_STATEMENT = new RegExp(String.raw`^${STATEMENT_NOUN}\b[^.;]*\b${STATEMENT_MADE}[\s-]+by\b[^.;]*\b${SELLER.replace(/ /g, '[\\s-]+')}$`, 'i');
/** What a statement said ("… sales team that the data would never leave the country"): blanked before a denial after the statement is looked for. */
const THAT_CLAUSE_AFTER_STATEMENT = new RegExp(String.raw`\b(?:team|staff|representatives?|managers?|executives?|directors?|engineers?|agents?|people|person)\s+that\b[^,;.]*?(?=\s+${STATEMENT_GIVEN_EFFECT}\b)|,\s+that\b[^,;.]*?(?=,\s+${STATEMENT_GIVEN_EFFECT}\b)`, 'i');
/** The subject of a statement, before the soft word it is about ("statements about how quickly", "assurances regarding"). */
const STATEMENT_ABOUT = new RegExp(String.raw`\b${STATEMENT_NOUN}\s+(?:about|regarding|concerning|as\s+to|on|that)\b[^.;]*$`, 'i');
/** What someone said in the informal step, right before the soft word ("has stated, in the meeting, that it is satisfactory"). */
const STATEMENT_BEFORE_SOFT = /\btells?\b[^.;]{0,80}\bthat\s+(?:it|they|this|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:is|are|was|were)\s+$|\b(?:which|that)\s+[^.;]{0,80}?\b(?:said|stated|confirmed|indicated)\b[^.;]{0,60}?\s(?:was|were|is|are|would\s+be)\s+$|\b(?:stated|said|declared|indicated|told\s+\w+|confirmed|signalled|signaled|expressed)\b[^.;]{0,80}\bthat\s+(?:it|they|this|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+$/i;

/**
 * A term the parties will reopen at a review ("will revisit the staffing model … at the mid-term review, and the revised model will
 * apply from then on"): the review is where the later agreement is to be reached, the agreement to agree, not an informal step.
 */
function reopenedAtReview(text: string, from: number, start: number, end: number): boolean {
  return /\breview\b/i.test(text.slice(start, end)) && /\b(?:will|shall)\s+(?:jointly\s+)?(?:revisit|renegotiate|re-?open|reconsider)\b[^.;]*$/i.test(text.slice(from, start));
}

/** An informal approval acted upon ("may act upon that authorisation"). */
const ACTED_UPON = /\b(?:act|rely)\s+(?:up)?on\s+(?:that|such|the|this|any\s+such)\s+(?:authori[sz]ation|approval|instruction|consent|permission)\b/i;

/** Classes that report what an informal step is given rather than the step itself (the informal effect is read off the whole sentence: it adds nothing to another step found there). */
const CONSEQUENCE_ROWS = new Set(['writing-waived', 'informal-binding', 'discussed-then-binding', 'informal-work-order', 'informal-effect']);

/**
 * The numbers written in words and digits, with where each stands in `text`;
 * `match` only for those that disagree ("ten (20)").
 */
/** The word "point" just before a number in words: the number is the fraction of a decimal written in words. */
const DECIMAL_BEFORE = /\bpoint[\s-]+$/i;

function numberMatches(text: string, base: number): { start: number; end: number; match?: LexiconMatch }[] {
  const out: { start: number; end: number; match?: LexiconMatch }[] = [];
  NUMBER_MATCHER.lastIndex = 0;
  for (let m = NUMBER_MATCHER.exec(text); m; m = NUMBER_MATCHER.exec(text)) {
    let index = 1;
    while (m[index] === undefined) index++;
    const row = NUMBER_ROWS[index - 1]!;
    const start = m.index;
    const end = start + m[0].length;
    // "Ninety-nine point nine percent (99.9%)": the words are a decimal whose whole part stands before "point", outside the match; they are not judged.
    const mismatch = DECIMAL_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? undefined : numberMismatch(m[0]);
    if (!mismatch) {
      out.push({ start, end });
      continue;
    }
    out.push({
      start,
      end,
      match: {
        entry: BY_ID.get(row.id)!,
        span: { start: base + start, end: base + end },
        text: m[0],
        numbers: {
          ...mismatch,
          wordsSpan: { start: base + start + mismatch.wordsAt, end: base + start + mismatch.wordsAt + mismatch.wordsText.length },
          digitsSpan: { start: base + start + mismatch.digitsAt, end: base + start + mismatch.digitsAt + mismatch.digitsText.length },
        },
      },
    });
  }
  return out;
}

/** The lexicon matches in one piece of prose, with document offsets. */
export function proseMatches(parse: ParseResult, prose: Prose, context: ProseContext = {}): readonly LexiconMatch[] {
  const { start, end } = prose.value.content;
  return findLexiconMatches(parse.text.slice(start, end), start, context);
}

/** The lexicon match at a document offset (for hover), if the offset is inside one. */
export function lexiconMatchAt(parse: ParseResult, offset: number): LexiconMatch | undefined {
  for (const p of parse.ast.prose) {
    const { start, end } = p.value.content;
    if (offset < start || offset > end) continue;
    return proseMatches(parse, p).find((m) => m.span.start <= offset && offset <= m.span.end);
  }
  return undefined;
}
