/**
 * What the language rules share: the prose they read (every string and text
 * block, minus those standing where a number is required and reported by
 * another rule), the clause each stands in, and the lexicon matches in it,
 * computed once per document.
 */
import type { ClauseNode, ContractNode, ParseResult, Prose, Value } from '../../../../grammar/index.js';
import { normalizePhrase, proseMatches, type LexiconCode, type LexiconMatch } from '../../lexicon.js';
import type { Finding, Fix, RuleContext } from '../../types.js';
import { perParse } from '../per-parse.js';
import { choiceFix, snippetTitle } from '../util.js';

/**
 * Offsets of the strings that stand in a value slot whose non-numeric value
 * another rule already reports: SLA uptime and target values and response and
 * resolution times (`sla-unmeasurable`), fees (`payment-no-amount`) and
 * early-termination fees (`termination-fee-unclear`). One problem is reported once.
 */
export function measurableSlotStarts(contracts: readonly ContractNode[]): Set<number> {
  const out = new Set<number>();
  const add = (v: Value | undefined) => {
    if (v && (v.kind === 'string' || v.kind === 'textblock')) out.add(v.span.start);
  };
  for (const c of contracts) {
    for (const sla of c.slas) {
      for (const u of sla.uptimes) add(u.value);
      for (const t of sla.targets) add(t.value);
      for (const p of sla.priorities) {
        add(p.respond);
        add(p.resolve);
      }
    }
    for (const p of c.payments) for (const f of p.fees) add(f.amount);
    for (const t of c.terminations) for (const f of t.forConvenience) add(f.fee);
  }
  return out;
}

/**
 * Statements whose string is a name, an address or an identifier, not a
 * promise: a party's legal name ("Best Efforts Consulting Ltd"), its address
 * ("123 Prompt Street") and notice address, the contract's title and id, the
 * governing law and a data location.
 */
const NAME_STATEMENTS = new Set(['party', 'address', 'notices', 'contract', 'id', 'governing_law', 'location']);

/**
 * The prose the language rules read: every string and text block outside measurable slots and names. Worked out once per
 * parse and list of contracts (the lexicon's rules and `undefined-reference` read it on every document).
 */
export function checkedProse(parse: ParseResult, contracts: readonly ContractNode[]): Prose[] {
  const byContracts = perParse(parse, checkedProse, () => new WeakMap<readonly ContractNode[], Prose[]>());
  let out = byContracts.get(contracts);
  if (!out) {
    const skip = measurableSlotStarts(contracts);
    out = parse.ast.prose.filter((p) => !skip.has(p.value.span.start) && !NAME_STATEMENTS.has(p.stmt.keyword ?? ''));
    byContracts.set(contracts, out);
  }
  return out;
}

/** A free clause (`clause NAME "Heading" { … }`) and the contract it belongs to. */
export interface ClauseInfo {
  clause: ClauseNode;
  contract: ContractNode;
  /** Whether it is the force-majeure clause ({@link isForceMajeureClause}), read once per clause. */
  forceMajeure: boolean;
}

const FORCE_MAJEURE = /force[\s_-]*majeure|beyond[\s_-]+(?:\w+[\s_-]+)?control|excused?[\s_-]+(?:events?|performance)/i;

/** True when a clause is the force-majeure clause (by its name or heading). */
export function isForceMajeureClause(c: ClauseNode): boolean {
  return FORCE_MAJEURE.test(c.name?.text ?? '') || FORCE_MAJEURE.test(c.heading?.value ?? '');
}

/** Every free clause of the document, sorted by position, for finding the clause a string stands in. */
function clauseList(parse: ParseResult, contracts: readonly ContractNode[]): ClauseInfo[] {
  return perParse(parse, clauseList, () =>
    contracts.flatMap((contract) => contract.clauses.map((clause) => ({ clause, contract, forceMajeure: isForceMajeureClause(clause) }))).sort((a, b) => a.clause.stmt.span.start - b.clause.stmt.span.start),
  );
}

/** The free clause a string stands in, found by a binary search over the clauses' spans. */
export function clauseOf(parse: ParseResult, contracts: readonly ContractNode[], prose: Prose): ClauseInfo | undefined {
  return clauseIn(clauseList(parse, contracts), prose);
}

/** The clause of `list` ({@link clauseList}) a string stands in. */
function clauseIn(list: readonly ClauseInfo[], prose: Prose): ClauseInfo | undefined {
  const at = prose.value.span.start;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.clause.stmt.span.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const c = found >= 0 ? list[found] : undefined;
  return c && at < c.clause.stmt.span.end ? c : undefined;
}

/** A lexicon match with the clause it stands in. */
export interface DocumentMatch extends LexiconMatch {
  clause?: ClauseInfo;
}

const FORCE_MAJEURE_CONTEXT = Object.freeze({ forceMajeure: true });
const NO_CONTEXT = Object.freeze({ forceMajeure: false });

/** Every lexicon match in the checked prose of a document, computed once and shared by the language rules. */
export function documentMatches(parse: ParseResult, contracts: readonly ContractNode[]): DocumentMatch[] {
  return perParse(parse, documentMatches, () => {
    const out: DocumentMatch[] = [];
    const list = clauseList(parse, contracts);
    for (const p of checkedProse(parse, contracts)) {
      const clause = clauseIn(list, p);
      for (const m of proseMatches(parse, p, clause?.forceMajeure ? FORCE_MAJEURE_CONTEXT : NO_CONTEXT)) out.push(clause ? { ...m, clause } : m);
    }
    return out;
  });
}

/** The names of the other free clauses of the contract a match stands in (never the clause itself). */
function otherClauses(m: DocumentMatch, contracts: readonly ContractNode[]): string[] {
  const contract = m.clause?.contract ?? contracts.find((c) => c.stmt.span.start <= m.span.start && m.span.end <= c.stmt.span.end);
  if (!contract) return [];
  const own = m.clause?.clause;
  const names = contract.clauses.filter((c) => c !== own && c.name).map((c) => c.name!.text);
  return [...new Set(names)];
}

const MODAL_END = /\b(?:will|shall|must|agrees?\s+to|undertakes?\s+to)\s+(?:\w+ly\s+)?$/i;
const FRAME = /^(?:(?:use|uses|make|makes|exercise|exercises|apply|applies|employ|employs)\b[\s\S]*|endeavou?r|try|attempt|strive|seek)[\s-]+to$/i;
const PLAIN_ORAL = new Set(['verbally agreed', 'orally agreed', 'agreed verbally', 'agreed orally']);

/**
 * The quick fix for a lexicon match, if its class has one. Every fix chooses
 * wording for the drafter, so it is never preferred and its values are tab
 * stops; a fix never points at a clause that does not exist or at the clause
 * it stands in: it offers the contract's other clauses as a choice, or a
 * placeholder for the drafter's own words.
 */
export function lexiconFix(parse: ParseResult, contracts: readonly ContractNode[], m: DocumentMatch): Fix | undefined {
  const e = m.entry;
  const written = m.text.replace(/\s+/g, ' ');
  switch (e.fix) {
    case 'replace': {
      return choiceFix(`Replace "${written}" with "${snippetTitle(e.replacement)}"`, m.span, e.replacement);
    }
    case 'drop-frame': {
      // "will use all commercially reasonable endeavours to restore" → "will restore": the promise of the result itself.
      if (!FRAME.test(m.text) || !MODAL_END.test(parse.text.slice(Math.max(0, m.span.start - 40), m.span.start))) return undefined;
      let end = m.span.end;
      while (end < parse.text.length && /[ \t]/.test(parse.text[end]!)) end++;
      return choiceFix(`Promise the result: remove "${written}"`, { start: m.span.start, end }, '');
    }
    case 'clause-choice': {
      const others = otherClauses(m, contracts);
      if (e.code === 'verbal-agreement' && e.id === 'verbally-agreed' && !PLAIN_ORAL.has(normalizePhrase(m.text))) return undefined;
      const lead = e.code === 'verbal-agreement' && e.id === 'verbally-agreed' ? 'agreed in writing in' : 'as set out in';
      const snippet = others.length ? `${lead} clause \${1|${others.join(',')}|}` : e.replacement;
      return choiceFix(`Replace "${written}" with "${snippetTitle(snippet)}"`, m.span, snippet);
    }
    case 'none':
      return undefined;
  }
}

/** The phrase as written, on one line, for messages. */
export function quoted(m: LexiconMatch): string {
  return `"${m.text.replace(/\s+/g, ' ')}"`;
}

/** Reports every lexicon match of one code, with `message` building the text from the match. */
export function reportLexicon(ctx: RuleContext, code: LexiconCode, message: (m: LexiconMatch) => string, skip?: (m: DocumentMatch) => boolean): void {
  for (const m of documentMatches(ctx.parse, ctx.contracts)) {
    if (m.entry.code !== code || skip?.(m)) continue;
    const fix = lexiconFix(ctx.parse, ctx.contracts, m);
    const finding: Finding = {
      message: message(m),
      span: m.span,
      fixes: fix ? [fix] : [],
      data: { lexiconId: m.entry.id, phrase: m.text, replacement: m.entry.replacement },
    };
    ctx.report(finding);
  }
}
