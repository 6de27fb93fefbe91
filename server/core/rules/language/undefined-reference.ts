/** undefined-reference: prose refers to a schedule, exhibit, annex, appendix or clause that the contract does not contain. */
import type { ContractNode, ParseResult, Prose, Span } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';
import { insertClauseFix } from '../util.js';
import { checkedProse } from './prose.js';

/** The kinds of attachment a contract refers to, with their plural forms. */
const KINDS: Record<string, string> = {
  schedule: 'Schedule',
  schedules: 'Schedule',
  exhibit: 'Exhibit',
  exhibits: 'Exhibit',
  annex: 'Annex',
  annexes: 'Annex',
  appendix: 'Appendix',
  appendices: 'Appendix',
  appendixes: 'Appendix',
  attachment: 'Attachment',
  attachments: 'Attachment',
};

const KIND_WORDS = Object.keys(KINDS)
  .sort((a, b) => b.length - a.length)
  .flatMap((k) => [k.charAt(0).toUpperCase() + k.slice(1), k.toUpperCase()]);
/** An identifier: a capital letter, a Roman numeral, or a number such as 2 or 1.2. */
const ID = String.raw`(?:[IVX]{2,5}|[A-Z]|\d{1,3}(?:\.\d{1,3})?)(?![\p{L}\p{N}_])`;
const SEP = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*&\s*)`;
/** "Schedule A", "Exhibits 1 and 2", "Annex B, C or D". The word must be capitalised: "schedule a call" is not a reference. */
const REFERENCE = new RegExp(String.raw`(?<![\p{L}\p{N}_])(${KIND_WORDS.join('|')})\s+(${ID}(?:${SEP}${ID})*)`, 'gu');
const ONE_ID = new RegExp(ID, 'gu');
/** True for a text that may hold a reference (every kind word contains one of these). */
const MAY_REFER = /schedule|exhibit|annex|appendi|attachment/i;

/** A law or an outside instrument named right after a reference ("of the Data Protection Act 2018", "to the SCCs", "of Regulation (EU) 2016/679"). */
const OUTSIDE_INSTRUMENT =
  /^\s*(?:of|to|in|under)\s+(?:the\s+)?(?!(?:this|these|our|your)\b)(?:(?:EU|UK|US|European)\s+)?(?:[A-Z][\w()\/.'’-]*\s+){0,6}?(?:Act|Regulations?|Directive|Clauses|SCCs?|GDPR|Decision|Code|Law|Rules|Treaty|Convention)\b/;

/** A published standard named right before a reference ("ISO/IEC 27001:2022 Annex A", "NIST SP 800-53 Appendix J"): a part of that standard, not of this contract. */
const STANDARD_BEFORE = /\b(?:ISO(?:\/IEC)?|IEC|NIST(?:\s+SP)?|BS|EN|IEEE)\s*\d[\d.:-]*\d?\s*,?\s*$/;
/** A published standard named right after a reference ("Annex A of ISO 27001", "Appendix J to NIST SP 800-53"). */
const STANDARD_AFTER = /^\s*(?:of|to|in|under)\s+(?:the\s+)?(?:ISO(?:\/IEC)?|IEC|NIST(?:\s+SP)?|BS|EN|IEEE)\s*\d/;

/** One identifier named in prose. */
export interface AttachmentReference {
  /** "Schedule", "Exhibit", "Annex", "Appendix" or "Attachment". */
  kind: string;
  /** "A", "2", "1.2", "II". */
  id: string;
  /** Span of the words that name it (for the first identifier, the kind word included). */
  span: Span;
}

/** Every attachment reference in `text`, with offsets plus `base`. */
export function findReferences(text: string, base = 0): AttachmentReference[] {
  const out: AttachmentReference[] = [];
  // Most prose names no attachment: a plain search rules that out faster than the full expression.
  if (!MAY_REFER.test(text)) return out;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    // "Schedule 1 of the Data Protection Act 2018", "Annex II of the Standard Contractual Clauses": a part of a law or of an outside instrument, not of this contract.
    if (OUTSIDE_INSTRUMENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
    // "ISO/IEC 27001 Annex A", "Annex A of ISO 27001": a part of a published standard.
    if (STANDARD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || STANDARD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const kind = KINDS[m[1]!.toLowerCase()]!;
    const listStart = m.index + m[0].length - m[2]!.length;
    ONE_ID.lastIndex = 0;
    let first = true;
    for (let id = ONE_ID.exec(m[2]!); id; id = ONE_ID.exec(m[2]!)) {
      const start = listStart + id.index;
      const end = start + id[0].length;
      out.push({ kind, id: id[0], span: { start: base + (first ? m.index : start), end: base + end } });
      first = false;
    }
  }
  return out;
}

/** A title right after the reference: "Schedule B (Service Levels)", "Annex C: Security Measures", "Exhibit 2 – Pricing". */
const TITLE_AFTER = /^\s*(?:\(([^()\n]{2,60})\)|[:\u2013\u2014-]\s*["\u201c]?(\p{Lu}[^.;,:()"\u201d\n]{1,60}))/u;
/** What the prose says is in it: "the 40 servers listed in Schedule A", "the sites in Annex B". */
const WHAT_BEFORE = /\bthe\s+((?:[\p{L}\d-]+\s+){0,3}?[\p{L}-]+)\s+(?:(?:as\s+)?(?:listed|set\s+out|described|specified|identified|detailed|defined|named)\s+)?(?:in|under)\s+$/u;

/**
 * The heading a new attachment clause takes from the prose that cites it: a
 * title written after the reference, or else the thing the prose says the
 * attachment holds. Undefined when the prose says neither: no heading is invented.
 */
export function referenceTitle(text: string, span: Span, proseStart: number, proseEnd: number): string | undefined {
  const after = TITLE_AFTER.exec(text.slice(span.end, Math.min(proseEnd, span.end + 80)));
  const written = (after?.[1] ?? after?.[2])?.trim();
  if (written) return written;
  const before = WHAT_BEFORE.exec(text.slice(Math.max(proseStart, span.start - 80), span.start));
  if (!before) return undefined;
  const words = before[1]!.split(/\s+/).filter((w) => !/^\d/.test(w));
  if (!words.length) return undefined;
  const phrase = words.join(' ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** The key under which a reference is defined, e.g. `schedule:A`. */
function key(kind: string, id: string): string {
  return `${kind.toLowerCase()}:${id.toUpperCase()}`;
}

const NAME = /^(schedule|exhibit|annex|appendix|attachment)_?([a-z0-9]+(?:_[0-9]+)?)$/i;

/** The clause name a new attachment clause gets: `schedule_a`, `exhibit_2`, `schedule_1_2`. */
export function clauseNameFor(kind: string, id: string): string {
  return `${kind.toLowerCase()}_${id.toLowerCase().replace(/\./g, '_')}`;
}

/** The attachments a contract contains: clauses whose name or heading names them. */
function definedAttachments(parse: ParseResult, c: ContractNode): Set<string> {
  const out = new Set<string>();
  for (const cl of c.clauses) {
    const n = cl.name && NAME.exec(cl.name.text);
    if (n) out.add(key(n[1]!, n[2]!.replace(/_/g, '.')));
    if (cl.heading) {
      const { start, end } = cl.heading.content;
      for (const r of findReferences(parse.text.slice(start, end))) out.add(key(r.kind, r.id));
    }
  }
  return out;
}

/** A prose reference to a clause by its name ("clause pricing") or its heading ("the Pricing clause"). */
export interface ClauseReference {
  /** The clause name it points to (`pricing`, `force_majeure`). */
  name: string;
  /** The heading words as written, for "the Pricing clause". */
  heading?: string;
  span: Span;
}

/** Words after "clause" that are English, not a clause name ("this clause survives"). */
const NOT_A_NAME = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'any', 'every', 'such', 'which', 'above', 'below', 'and', 'or', 'of', 'in', 'is', 'are', 'to', 'for', 'by', 'as', 'with', 'under', 'shall', 'will', 'may', 'must', 'applies', 'apply', 'survives', 'headings']);
/** "in clause pricing", "under clause service_standards": a lower-case name after a preposition and the word clause. */
const BY_NAME = /(?<![\p{L}\p{N}_])(?:in|under|see|per|of|to|by|with|from|and|or|at)\s+clause\s+([a-z][a-z0-9_]*)(?![\p{L}\p{N}_])/gu;
/** "the Pricing clause", "the Service Credits Clause": capitalised heading words before the word clause. */
const BY_HEADING = /(?<![\p{L}\p{N}_])[Tt]he\s+((?:[A-Z][\p{L}-]*\s+){1,4})[Cc]lause(?![\p{L}\p{N}_])/gu;

/** The clause name for heading words: lower case, words joined by underscores. */
function nameOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Every clause reference in `text`, with offsets plus `base`. */
export function findClauseReferences(text: string, base = 0): ClauseReference[] {
  const out: ClauseReference[] = [];
  // Both forms contain the word "clause" (or "Clause").
  if (text.indexOf('lause') < 0) return out;
  BY_NAME.lastIndex = 0;
  for (let m = BY_NAME.exec(text); m; m = BY_NAME.exec(text)) {
    const name = m[1]!;
    if (NOT_A_NAME.has(name)) continue;
    const end = m.index + m[0].length;
    const clauseAt = text.lastIndexOf('clause', end - name.length);
    out.push({ name, span: { start: base + clauseAt, end: base + end } });
  }
  BY_HEADING.lastIndex = 0;
  for (let m = BY_HEADING.exec(text); m; m = BY_HEADING.exec(text)) {
    const heading = m[1]!.trim().replace(/\s+/g, ' ');
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ name: nameOf(heading), heading, span: { start: base + start, end: base + m.index + m[0].length } });
  }
  return out;
}

/** The blocks a prose reference may name as a clause ("the Payment clause" is the payment block). */
function blockNames(c: ContractNode): Set<string> {
  const out = new Set<string>();
  const add = (name: string, list: readonly unknown[]) => {
    if (list.length) out.add(name);
  };
  add('scope', c.scopes);
  add('sla', c.slas);
  add('payment', c.payments);
  add('data_protection', c.dataProtections);
  add('term', c.terms);
  add('termination', c.terminations);
  add('reporting', c.reportings);
  add('liability', c.liabilities);
  add('changes', c.changes);
  add('milestones', c.milestones);
  add('parties', c.parties);
  return out;
}

/** True when the contract has the clause a reference points to: by name, by heading, or as a block of that name. */
function clauseDefined(c: ContractNode, r: ClauseReference): boolean {
  if (blockNames(c).has(r.name)) return true;
  for (const cl of c.clauses) {
    if (cl.name?.text.toLowerCase() === r.name) return true;
    const heading = cl.heading?.value;
    if (!heading) continue;
    const h = nameOf(heading);
    if (h === r.name || h.startsWith(`${r.name}_`) || nameOf(heading.replace(/^[^:]*:\s*/, '')) === r.name) return true;
  }
  return false;
}

export const undefinedReference: Rule = {
  code: 'undefined-reference',
  severity: 'warning',
  category: 'language',
  protects: 'both',
  description: 'Prose refers to a schedule, exhibit, annex, appendix or clause that the contract does not contain.',
  check({ parse, contracts, report }) {
    const prose = proseByContract(checkedProse(parse, contracts), contracts);
    contracts.forEach((c, index) => {
      const defined = definedAttachments(parse, c);
      const headings = new Set(c.clauses.map((cl) => cl.heading?.span.start));
      // One fix per missing attachment: a long contract may cite the same exhibit hundreds of times.
      const fixes = new Map<string, Fix>();
      const firstTitle = new Map<string, string | undefined>();
      for (const p of prose[index] ?? []) {
        if (headings.has(p.value.span.start)) continue;
        const { start, end } = p.value.content;
        for (const r of findReferences(parse.text.slice(start, end), start)) {
          if (defined.has(key(r.kind, r.id))) continue;
          const label = `${r.kind} ${r.id}`;
          const name = clauseNameFor(r.kind, r.id);
          // The heading in the words of the reference ("the servers listed in Schedule A" → "Schedule A: Servers").
          const title = referenceTitle(parse.text, r.span, start, end);
          // Built when asked for (most findings are only shown), then shared by every reference to it,
          // headed by the words of the first reference.
          if (!firstTitle.has(name)) firstTitle.set(name, title);
          const fix = () => {
            let f = fixes.get(name);
            if (!f) {
              const heading = firstTitle.get(name);
              const snippet = `clause ${name} "${label}: \${1:${heading ?? 'Details'}}" {\n  text """\n    \${2:What this attachment contains.}\n  """\n}`;
              f = insertClauseFix(parse, c, 'clause', `Add ${label} as a clause`, snippet);
              fixes.set(name, f);
            }
            return [f];
          };
          report({
            message: `This refers to ${label}, but the contract contains no ${label}, so what it covers is not part of the agreement: add it as a clause, e.g. \`clause ${name} "${title ? `${label}: ${title}` : label}" { … }\`, or remove the reference.`,
            span: r.span,
            fixes: fix,
            data: { kind: r.kind, id: r.id, clauseName: name },
          });
        }
        for (const r of findClauseReferences(parse.text.slice(start, end), start)) {
          if (clauseDefined(c, r)) continue;
          let fix = fixes.get(r.name);
          if (!fix) {
            const heading = r.heading ?? r.name.replace(/_/g, ' ').replace(/^\w/, (x) => x.toUpperCase());
            const snippet = `clause ${r.name} "\${1:${heading}}" {\n  text """\n    \${2:The terms of ${heading}.}\n  """\n}`;
            fix = insertClauseFix(parse, c, 'clause', `Add clause ${r.name}`, snippet);
            fixes.set(r.name, fix);
          }
          report({
            message: `This refers to the ${r.heading ?? r.name} clause, but the contract has no clause ${r.name}, so what it points to is not part of the agreement: add clause ${r.name}, or point to a clause the contract has.`,
            span: r.span,
            fixes: [fix],
            data: { kind: 'Clause', clauseName: r.name },
          });
        }
      }
    });
  },
};

/**
 * The prose of each contract (by its index in `contracts`), found by a binary
 * search over the contracts' spans: linear in the prose, however many
 * contracts a file holds. Prose outside every contract is left out.
 */
function proseByContract(prose: readonly Prose[], contracts: readonly ContractNode[]): Prose[][] {
  const order = contracts.map((c, i) => i).sort((a, b) => contracts[a]!.stmt.span.start - contracts[b]!.stmt.span.start);
  const out: Prose[][] = [];
  for (const p of prose) {
    const { start, end } = p.value.span;
    // The last contract that starts at or before the prose.
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (contracts[order[mid]!]!.stmt.span.start <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) continue;
    const index = order[found]!;
    if (end > contracts[index]!.stmt.span.end) continue;
    (out[index] ??= []).push(p);
  }
  return out;
}
