/**
 * Contract → document model: the readable agreement as plain data (title,
 * parties, numbered sections of plain-English paragraphs, prose, computed
 * facts, obligations at a glance, and the errors to show in a banner). The
 * HTML and Markdown writers only serialise this model, so both formats say the
 * same thing and every contract string is escaped in exactly one place each.
 */
import {
  CLAUSE_ORDER,
  type BlockNode,
  type ContractNode,
  type DataProtectionNode,
  type ParseResult,
  type PaymentNode,
  type ReportingNode,
  type ScopeNode,
  type SlaNode,
  type Statement,
  type StringValue,
  type TermNode,
  type TerminationNode,
  type TextNode,
  type Value,
} from '../../../grammar/index.js';
import { initialTermEnd, renewalTerms } from '../calendar.js';
import { incidentsPhrase, obligationsByParty, slaServicesPhrase } from '../obligations.js';
import { breachDeadlines, worstCaseMinutes } from '../regulations.js';
import { allowedDowntime, formatMinutes, fromDateValue, isDuration, noticeDeadline, PERIOD_LABEL, type CalendarDate } from '../time.js';
import { resolveFamilies, type ContractFamily, type FamilyContext } from '../family.js';
import type { Diagnostic } from '../types.js';
import { familyMeta, familySentences, inheritedParties, inheritedPartyNote } from './family.js';
import {
  answerSentence,
  auditSentence,
  capSentence,
  changeControlSentence,
  changeExitSentence,
  chronicFailureSentence,
  claimSentence,
  creditCapSentence,
  creditSentence,
  creditsSentence,
  deleteDataSentence,
  disputesSentence,
  extensionSentence,
  indemnifySentence,
  insuranceSentence,
  locationSentence,
  lossExcludeSentence,
  maintenanceSentence,
  mayChangeSentence,
  measuredBySentence,
  milestoneSentence,
  minimumSentence,
  notifySentence,
  priceIncreaseSentence,
  returnDataSentence,
  rootCauseSentence,
  slaExcludeSentence,
  soleRemedySentence,
  subprocessorsSentence,
  superCapSentence,
  suspensionSentence,
  uncappedSentence,
  unitRateSentence,
  untilTerminatedSentence,
  updatesSentence,
  windowSentence,
  type Sentence,
} from './clauses.js';
import { definitionsStatement, LANGUAGE_TERMS, termsOf, undefinedTermNote, type DefinitionsMode, type LanguageTerm } from './definitions.js';
import {
  capitalize,
  durationPhrase,
  everyPeriod,
  inPeriod,
  joinAnd,
  longDate,
  nameHeading,
  perPeriod,
  possessive,
  proseParagraphs,
  quoted,
  valuePhrase,
  whoPhrase,
  wordPhrase,
  withinPhrase,
} from './phrases.js';

/** Where a numbered block sits in the document, for links from the obligations table. */
export interface DocRef {
  number: string;
  anchor: string;
}

interface BlockBase {
  /** The 0-based source line of the statement it renders (for scroll sync). */
  line: number;
  /** The paragraph number ("2.1.3"), when numbered. */
  number?: string;
  /** The HTML id, when numbered. */
  anchor?: string;
  /** Offset of the statement in the source, to link obligations to their paragraph. */
  source: number;
}

/**
 * One statement written out as a sentence, with review notes: computed facts
 * and remarks that explain the contract but are not part of it. The signing
 * copy has none; the review copy shows them apart from the numbered text.
 */
export interface DocParagraph extends BlockBase {
  kind: 'paragraph';
  text: string;
  notes: string[];
}

/** Prose from a `text` statement, split into paragraphs. */
export interface DocProse extends BlockBase {
  kind: 'prose';
  paragraphs: string[];
}

/** An introduced list, such as the exclusions from scope. */
export interface DocList extends BlockBase {
  kind: 'list';
  intro: string;
  items: { text: string; line: number }[];
}

/** Any block of a section. */
export type DocBlock = DocParagraph | DocProse | DocList;

/** A numbered section (or subsection) of the agreement. */
export interface DocSection {
  number: string;
  title: string;
  anchor: string;
  /** The 0-based source line of the block it renders. */
  line: number;
  /** Paragraphs; when the section has subsections, these form its unnumbered introduction. */
  blocks: DocBlock[];
  subsections: DocSection[];
}

/** A party, as the parties block shows it. */
export interface DocParty {
  role: 'Provider' | 'Client';
  legalName: string;
  shortName?: string;
  address?: string;
  notices?: string;
  line: number;
  prose: string[];
}

/** One row of "Obligations at a glance". */
export interface DocObligationRow {
  what: string;
  when: string;
  line: number;
  ref?: DocRef;
}

/** The obligations of one party. */
export interface DocObligationGroup {
  label: string;
  rows: DocObligationRow[];
}

/** The lines of a signature block, to fill in by hand. */
export const SIGNATURE_LINES = ['Signature', 'Name', 'Title', 'Date'] as const;

/** A party's signature block. */
export interface DocSignature {
  role: 'Provider' | 'Client';
  legalName: string;
  line: number;
}

/** One contract of the file, ready to serialise. */
export interface DocContract {
  title: string;
  line: number;
  /** Prefix of every HTML id of this contract (empty for the usual single contract). */
  idPrefix: string;
  meta: { label: string; value: string; line: number }[];
  parties: DocParty[];
  background: DocBlock[];
  sections: DocSection[];
  /** "Obligations at a glance": a review aid, empty in the signing copy. */
  obligations: DocObligationGroup[];
  /** One signature block per party, in the order of the parties. */
  signatures: DocSignature[];
}

/** An error-severity diagnostic, for the banner. */
export interface DocProblem {
  /** 0-based line. */
  line: number;
  code: string;
  message: string;
}

/** The whole rendered document. */
export interface RenderedDocument {
  /** The page title. */
  title: string;
  contracts: DocContract[];
  /** Error-severity diagnostics, in document order. */
  problems: DocProblem[];
  warningCount: number;
  /** The signing copy: no review notes, no obligations table, no footer. */
  signing: boolean;
}

/** Options of {@link buildDocument}. */
export interface DocumentOptions {
  /**
   * Build the signing copy: the agreement as the parties sign it, without the
   * review notes (computed facts, remarks on what is not stated) and without
   * "Obligations at a glance". Its text says what the contract says and no more.
   */
  signing?: boolean;
  /**
   * The other files the contract is rendered with (`FamilyIndex.contextFor`):
   * a child then shows its master's parties and which document prevails.
   * Without it, a master and its children in the same file still find each other.
   */
  family?: FamilyContext;
}

const SECTION_TITLES: Record<string, string> = {
  scope: 'Scope of services',
  sla: 'Service levels',
  payment: 'Fees and payment',
  data_protection: 'Data protection',
  term: 'Term and renewal',
  termination: 'Termination and exit',
  reporting: 'Reporting and reviews',
  milestones: 'Milestones',
  liability: 'Liability',
  changes: 'Changes to this agreement',
};

/** A remark appended to a sentence on what the statement leaves out: " (no notice period is stated)". */
const REMARK = / \(((?:no [^()]+|what it is a multiple of) is (?:not )?stated)\)(?=[.;,])/g;

/** `type` of a service, read as the language defines each kind. */
const SERVICE_TYPE_SENTENCES: Record<string, string> = {
  saas: 'This service is software the Provider runs and the Client uses over the internet.',
  software: 'This service is software delivered to the Client to run itself.',
  hosting: 'This service is infrastructure or hosting the Provider runs for the Client.',
  support: 'This service is help desk and support.',
  labour: "This service is people's time: consulting, projects or staff augmentation.",
};

/** A regulation of `comply` as the contract names it (no longer title, no part of it). */
const REGULATION_NAMES: Record<string, string> = {
  GDPR: 'the GDPR',
  UK_GDPR: 'the UK GDPR',
  HIPAA: 'HIPAA',
  CCPA: 'the CCPA',
  PCI_DSS: 'PCI DSS',
  SOC2: 'SOC 2',
  ISO27001: 'ISO 27001',
};

const CHANNELS: Record<string, string> = {
  phone: 'phone',
  email: 'email',
  portal: 'the web portal',
  chat: 'chat',
  on_site: 'on-site visits',
};

function stringOf(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  return v.kind === 'string' || v.kind === 'textblock' ? v.value : valuePhrase(v);
}

/** Builds the document model of a parsed file; `diagnostics` (from `analyze`) feed the error banner. */
export function buildDocument(parsed: ParseResult, diagnostics: readonly Diagnostic[] = [], options: DocumentOptions = {}): RenderedDocument {
  const signing = options.signing === true;
  const families = resolveFamilies(parsed, options.family);
  const contracts = parsed.ast.contracts.map((c, i, all) => new ContractWriter(parsed, c, all.length > 1 ? `c${i + 1}-` : '', signing, families?.of(c)).build());
  if (signing) for (const c of contracts) withoutReviewAids(c);
  const problems = diagnostics.filter((d) => d.severity === 'error').map((d) => ({ line: d.range.start.line, code: d.code, message: d.message }));
  const warningCount = diagnostics.filter((d) => d.severity === 'warning').length;
  const title = contracts.map((c) => c.title).join(' / ') || 'Contract';
  return { title, contracts, problems, warningCount, signing };
}

/** Takes the review aids out of a contract: every note, and the obligations table. */
function withoutReviewAids(c: DocContract): void {
  const strip = (blocks: DocBlock[]) => {
    for (const b of blocks) if (b.kind === 'paragraph') b.notes = [];
  };
  const walk = (s: DocSection) => {
    strip(s.blocks);
    s.subsections.forEach(walk);
  };
  strip(c.background);
  c.sections.forEach(walk);
  c.obligations = [];
}

class ContractWriter {
  private readonly sections: DocSection[] = [];
  private readonly effective: CalendarDate | undefined;
  /** The contract's `definitions` choice. */
  private readonly definitions: { stmt: Statement; mode?: DefinitionsMode } | undefined;
  /** The language terms the document uses, in order of first use. */
  private readonly termsUsed = new Set<LanguageTerm['id']>();

  constructor(
    private readonly parsed: ParseResult,
    private readonly c: ContractNode,
    private readonly idPrefix: string,
    private readonly signing = false,
    /** The contract's family, when the file has `kind` or `under` statements. */
    private readonly family?: ContractFamily,
  ) {
    this.effective = fromDateValue(c.effective?.date);
    this.definitions = definitionsStatement(c.stmt);
  }

  private line(stmt: Statement): number {
    return this.parsed.lines.line(stmt.lineSpan.start);
  }

  private section(title: string, stmt: Statement, into?: DocSection): DocSection {
    const s: DocSection = { number: '', title, anchor: '', line: this.line(stmt), blocks: [], subsections: [] };
    (into ? into.subsections : this.sections).push(s);
    return s;
  }

  private para(into: DocSection | DocBlock[], stmt: Statement, text: string, notes: string[] = []): void {
    const blocks = Array.isArray(into) ? into : into.blocks;
    const all = [...notes];
    // A remark on what the statement leaves out ("(no notice period is stated)") is for review, not a term: it becomes a note.
    text = text.replace(REMARK, (_m, remark: string) => {
      all.push(`${capitalize(remark)}.`);
      return '';
    });
    // A language term used for the first time, when the document does not define it, gets a review note.
    for (const t of LANGUAGE_TERMS) {
      if (!termsOf(stmt).has(t.id) || this.termsUsed.has(t.id)) continue;
      this.termsUsed.add(t.id);
      if (this.definitions?.mode !== 'included') all.push(undefinedTermNote(t));
    }
    blocks.push({ kind: 'paragraph', text, notes: all, line: this.line(stmt), source: stmt.lineSpan.start });
  }

  /** The Definitions section, first of all, when the contract opts in and uses a term of the language. */
  private definitionsSection(): void {
    const d = this.definitions;
    if (d?.mode !== 'included') return;
    const used = LANGUAGE_TERMS.filter((t) => this.termsUsed.has(t.id));
    if (used.length === 0) return;
    const s: DocSection = { number: '', title: 'Definitions', anchor: '', line: this.line(d.stmt), blocks: [], subsections: [] };
    for (const t of used) this.para(s, d.stmt, t.definition);
    this.sections.unshift(s);
  }

  /** Writes a sentence (and its notes) as a paragraph. */
  private say(into: DocSection | DocBlock[], stmt: Statement, s: Sentence): void {
    this.para(into, stmt, s.text, s.notes);
  }

  /**
   * Writers for the statements of a block that are read only through their
   * meaning (version 2): each keyword's writer gets the meaning.
   */
  private byMeaning(block: BlockNode, writers: Map<Statement, () => void>, write: Record<string, (m: (typeof block.items)[number]) => void>): void {
    for (const m of block.items) {
      const w = write[m.keyword];
      if (w && !writers.has(m.stmt)) writers.set(m.stmt, () => w(m));
    }
  }

  private prose(into: DocSection | DocBlock[], node: TextNode | { stmt: Statement; value?: StringValue }): void {
    const blocks = Array.isArray(into) ? into : into.blocks;
    const paragraphs = node.value ? proseParagraphs(node.value.value) : [];
    if (paragraphs.length) blocks.push({ kind: 'prose', paragraphs, line: this.line(node.stmt), source: node.stmt.lineSpan.start });
  }

  /** The `text` statements directly inside a block. */
  private texts(stmt: Statement): { stmt: Statement; value?: StringValue }[] {
    return (stmt.block?.statements ?? [])
      .filter((s) => s.keyword === 'text')
      .map((s) => {
        const v = s.args.find((a) => a.kind === 'string' || a.kind === 'textblock') as StringValue | undefined;
        return { stmt: s, value: v };
      });
  }

  /** Statements of a block in source order, with a writer for each kind it knows; `text` is written as prose. */
  private inOrder(container: DocSection | DocBlock[], block: Statement, writers: Map<Statement, () => void>): void {
    for (const s of block.block?.statements ?? []) {
      const w = writers.get(s);
      if (w) w();
      else if (s.keyword === 'text') {
        const v = s.args.find((a) => a.kind === 'string' || a.kind === 'textblock') as StringValue | undefined;
        this.prose(container, { stmt: s, value: v });
      }
    }
  }

  build(): DocContract {
    const c = this.c;
    const meta: DocContract['meta'] = [];
    const idText = stringOf(c.id?.value);
    if (c.id && idText) meta.push({ label: 'Reference', value: idText, line: this.line(c.id.stmt) });
    if (c.effective) meta.push({ label: 'Effective date', value: valuePhrase(c.effective.value), line: this.line(c.effective.stmt) });
    const law = stringOf(c.governingLaw?.value);
    if (c.governingLaw && law) meta.push({ label: 'Governing law', value: law, line: this.line(c.governingLaw.stmt) });
    const fam = this.family;
    const famLine = this.line(c.under?.stmt ?? c.kind?.stmt ?? c.stmt);
    if (fam) for (const m of familyMeta(fam)) meta.push({ ...m, line: famLine });

    const parties: DocParty[] = c.parties.map((p) => {
      const party: DocParty = {
        role: p.role?.text === 'client' ? 'Client' : 'Provider',
        legalName: p.legalName?.value ?? (p.name ? p.name.text : '(unnamed party)'),
        line: this.line(p.stmt),
        prose: this.texts(p.stmt).flatMap((t) => (t.value ? proseParagraphs(t.value.value) : [])),
      };
      if (p.name) party.shortName = p.name.text;
      const address = stringOf(p.address?.value);
      if (address) party.address = address;
      const notices = stringOf(p.notices?.value);
      if (notices) party.notices = notices;
      return party;
    });
    // A child shows the master's parties of the roles it does not name itself.
    if (fam) {
      for (const p of inheritedParties(fam)) {
        const party: DocParty = { role: p.role?.text === 'client' ? 'Client' : 'Provider', legalName: p.legalName?.value ?? (p.name ? p.name.text : '(unnamed party)'), line: famLine, prose: [inheritedPartyNote(fam)] };
        if (p.name) party.shortName = p.name.text;
        const address = stringOf(p.address?.value);
        if (address) party.address = address;
        const notices = stringOf(p.notices?.value);
        if (notices) party.notices = notices;
        // The provider first, as the parties are usually listed.
        if (party.role === 'Provider') parties.unshift(party);
        else parties.push(party);
      }
    }
    const background: DocBlock[] = [];
    if (fam) {
      const source = (c.under?.stmt ?? c.precedence?.stmt ?? c.stmt).lineSpan.start;
      for (const s of familySentences(fam)) background.push({ kind: 'paragraph', text: s.text, notes: s.notes, line: famLine, source });
    }
    for (const t of c.texts) this.prose(background, t);

    // Sections follow the conventional order of clauses, whatever the order in the source.
    for (const kind of CLAUSE_ORDER) {
      switch (kind) {
        case 'scope':
          if (c.scopes.length) this.scope(c.scopes);
          break;
        case 'sla':
          if (c.slas.length) this.slas(c.slas);
          break;
        case 'payment':
          if (c.payments.length) this.payment(c.payments);
          break;
        case 'data_protection':
          if (c.dataProtections.length) this.dataProtection(c.dataProtections);
          break;
        case 'term':
          if (c.terms.length) this.term(c.terms);
          break;
        case 'termination':
          if (c.terminations.length) this.termination(c.terminations);
          break;
        case 'reporting':
          if (c.reportings.length) this.reporting(c.reportings);
          break;
        case 'milestones':
          if (c.milestones.length) this.milestones(c.milestones);
          break;
        case 'liability':
          if (c.liabilities.length) this.liability(c.liabilities);
          break;
        case 'changes':
          if (c.changes.length) this.changesSection(c.changes);
          break;
        case 'clause':
          for (const cl of c.clauses) {
            const title = cl.heading?.value ?? (cl.name ? nameHeading(cl.name.text) : 'Clause');
            const s = this.section(title, cl.stmt);
            for (const t of this.texts(cl.stmt)) this.prose(s, t);
          }
          break;
      }
    }
    this.definitionsSection();
    const refs = new Map<number, DocRef>();
    this.sections.forEach((s, i) => this.number(s, String(i + 1), refs));

    const obligations: DocObligationGroup[] = obligationsByParty(c)
      .filter((g) => g.obligations.length > 0)
      .map((g) => ({
        label: g.label,
        rows: g.obligations.map((o) => {
          const row: DocObligationRow = { what: o.what, when: o.when, line: this.parsed.lines.line(o.span.start) };
          const ref = refs.get(o.span.start);
          if (ref) row.ref = ref;
          return row;
        }),
      }));
    return {
      title: c.title?.value ?? 'Untitled contract',
      line: this.line(c.stmt),
      idPrefix: this.idPrefix,
      meta,
      parties,
      background,
      sections: this.sections,
      obligations,
      signatures: parties.map((p) => ({ role: p.role, legalName: p.legalName, line: p.line })),
    };
  }

  /** Numbers a section, its paragraphs (when it has no subsections) and its subsections. */
  private number(s: DocSection, number: string, refs: Map<number, DocRef>): void {
    s.number = number;
    s.anchor = `${this.idPrefix}s-${number.replace(/\./g, '-')}`;
    if (s.subsections.length === 0) {
      s.blocks.forEach((b, i) => {
        b.number = `${number}.${i + 1}`;
        b.anchor = `${this.idPrefix}p-${b.number.replace(/\./g, '-')}`;
        refs.set(b.source, { number: b.number, anchor: b.anchor });
      });
    } else {
      for (const b of s.blocks) refs.set(b.source, { number, anchor: s.anchor });
      s.subsections.forEach((sub, i) => this.number(sub, `${number}.${i + 1}`, refs));
    }
  }

  private scope(scopes: ScopeNode[]): void {
    const sec = this.section(SECTION_TITLES['scope']!, scopes[0]!.stmt);
    const services = scopes.flatMap((s) => s.services);
    if (services.length) this.para(sec, scopes[0]!.stmt, 'The Provider shall provide the following services to the Client.');
    for (const scope of scopes) {
      for (const t of this.texts(scope.stmt)) this.prose(sec, t);
    }
    for (const svc of services) {
      const sub = this.section(svc.description?.value ?? (svc.name ? nameHeading(svc.name.text) : 'Service'), svc.stmt, sec);
      const writers = new Map<Statement, () => void>();
      if (svc.hours) {
        const h = svc.hours;
        writers.set(h.stmt, () => {
          const v = h.value;
          const text =
            v?.kind === 'coverage' && v.text === '24x7'
              ? 'The service is available 24 hours a day, 7 days a week.'
              : v?.kind === 'word' && v.text === 'business'
                ? 'The service is available during business hours.'
                : `The service is available at these hours: ${stringOf(v) ?? '(not stated)'}.`;
          this.para(sub, h.stmt, text);
        });
      }
      if (svc.type) {
        const t = svc.type;
        writers.set(t.stmt, () => {
          const v = t.value;
          this.para(sub, t.stmt, v?.kind === 'word' && SERVICE_TYPE_SENTENCES[v.text] ? SERVICE_TYPE_SENTENCES[v.text]! : `The kind of service is: ${valuePhrase(v)}.`);
        });
      }
      if (svc.channels) {
        const ch = svc.channels;
        writers.set(ch.stmt, () => {
          const names = ch.values.map((v) => (v.kind === 'word' ? (CHANNELS[v.text] ?? wordPhrase(v.text)) : (stringOf(v) ?? v.text)));
          this.para(sub, ch.stmt, `The Client may reach the service by ${names.length ? joinAnd(names, 'or') : '(no channel stated)'}.`);
        });
      }
      this.inOrder(sub, svc.stmt, writers);
      if (sub.blocks.length === 0 && !this.signing) this.para(sub, svc.stmt, 'This agreement states no hours, channels or further description for this service.');
    }
    const excludes = scopes.flatMap((s) => s.excludes);
    if (excludes.length) {
      const sub = this.section('Exclusions', excludes[0]!.stmt, sec);
      sub.blocks.push({
        kind: 'list',
        intro: 'The following are outside the scope of this agreement:',
        items: excludes.map((e) => ({ text: stringOf(e.value) ?? '(not stated)', line: this.line(e.stmt) })),
        line: this.line(excludes[0]!.stmt),
        source: excludes[0]!.stmt.lineSpan.start,
      });
    }
  }

  private slas(slas: SlaNode[]): void {
    const sec = this.section(SECTION_TITLES['sla']!, slas[0]!.stmt);
    for (const sla of slas) {
      const services = slaServicesPhrase(this.c, sla);
      const title = `${sla.name ? nameHeading(sla.name.text) : 'Service level'}: ${services}`;
      const sub = this.section(title, sla.stmt, sec);
      const writers = new Map<Statement, () => void>();
      for (const u of sla.uptimes) {
        writers.set(u.stmt, () => {
          const period = inPeriod(u.period);
          const notes: string[] = [];
          if (u.value?.kind === 'percent' && u.period?.kind === 'word') {
            const minutes = allowedDowntime(u.value.value, u.period.text);
            if (minutes !== undefined) notes.push(`This allows at most ${formatMinutes(minutes)} of downtime in ${PERIOD_LABEL[u.period.text] ?? 'a period'}, planned maintenance excepted.`);
          }
          this.para(sub, u.stmt, `The Provider shall keep ${services} available at least ${valuePhrase(u.value)} of the time${period ? ` ${period}` : ' (no measurement period is stated)'}.`, notes);
        });
      }
      for (const p of sla.priorities) {
        writers.set(p.stmt, () => {
          const incidents = incidentsPhrase(p.level?.text);
          const parts: string[] = [];
          if (p.respond) parts.push(`respond to ${incidents} ${withinPhrase(p.respond)}`);
          if (p.resolve) parts.push(`${p.respond ? 'resolve them' : `resolve ${incidents}`} ${withinPhrase(p.resolve)}`);
          const text = parts.length ? `The Provider shall ${parts.join(' and ')}.` : `The Provider shall handle ${incidents}; no response or resolution time is stated.`;
          this.para(sub, p.stmt, text);
        });
      }
      for (const t of sla.targets) {
        writers.set(t.stmt, () => {
          const period = inPeriod(t.period);
          this.para(sub, t.stmt, `The Provider shall meet the target ${t.label ? quoted(t.label.value) : '(unnamed)'} at ${valuePhrase(t.value)}${period ? ` ${period}` : ''}.`);
        });
      }
      const ctx = { contract: this.c, sla, ...(this.effective ? { effective: this.effective } : {}) };
      for (const cr of sla.credits) writers.set(cr.stmt, () => this.say(sub, cr.stmt, creditSentence(ctx, cr)));
      for (const cap of sla.creditCaps) writers.set(cap.stmt, () => this.say(sub, cap.stmt, creditCapSentence(ctx, cap.value)));
      this.byMeaning(sla, writers, {
        window: (m) => this.say(sub, m.stmt, windowSentence(sla, m)),
        measured_by: (m) => this.say(sub, m.stmt, measuredBySentence(m)),
        maintenance: (m) => this.say(sub, m.stmt, maintenanceSentence(m)),
        exclude: (m) => this.say(sub, m.stmt, slaExcludeSentence(m)),
        claim: (m) => this.say(sub, m.stmt, claimSentence(ctx, m)),
        credits: (m) => this.say(sub, m.stmt, creditsSentence(m)),
        sole_remedy: (m) => this.say(sub, m.stmt, soleRemedySentence()),
        chronic_failure: (m) => this.say(sub, m.stmt, chronicFailureSentence(sla, m)),
        answer: (m) => this.say(sub, m.stmt, answerSentence(m)),
        notify: (m) => this.say(sub, m.stmt, notifySentence(m)),
        updates: (m) => this.say(sub, m.stmt, updatesSentence(m)),
        root_cause: (m) => this.say(sub, m.stmt, rootCauseSentence(m)),
      });
      this.inOrder(sub, sla.stmt, writers);
    }
  }

  private payment(payments: PaymentNode[]): void {
    const sec = this.section(SECTION_TITLES['payment']!, payments[0]!.stmt);
    for (const pay of payments) {
      const writers = new Map<Statement, () => void>();
      const meanings = new Map(pay.items.map((m) => [m.stmt, m] as const));
      for (const f of pay.fees) {
        writers.set(f.stmt, () => {
          const per = perPeriod(f.period);
          const text = per === 'once' ? `The Client shall pay the Provider a one-time fee of ${valuePhrase(f.amount)}.` : `The Client shall pay the Provider a fee of ${valuePhrase(f.amount)}${per ? ` ${per}` : ''}.`;
          this.para(sec, f.stmt, text);
        });
      }
      for (const m of pay.models) {
        writers.set(m.stmt, () => {
          const v = m.value?.kind === 'word' ? m.value.text : undefined;
          // Rates are named only when the contract states some: "the agreed rates" would claim an agreement it does not record.
          const rates = pay.rates.length ? ', at the rates these payment terms set' : '';
          const text =
            v === 'fixed'
              ? 'The fees are fixed for each period, whatever the effort.'
              : v === 'time_and_materials'
                ? `The Client pays for the time spent and the materials used${rates}.`
                : v === 'usage'
                  ? `The Client pays for what it uses${rates}.`
                  : `The fee is computed as follows: ${valuePhrase(m.value)}.`;
          this.para(sec, m.stmt, text);
        });
      }
      for (const r of pay.rates) {
        writers.set(r.stmt, () => {
          const m = meanings.get(r.stmt);
          if (m?.fields.unit !== undefined) return this.say(sec, r.stmt, unitRateSentence(m));
          const per = perPeriod(r.period);
          this.para(sec, r.stmt, `Work by ${r.label ? `a ${quoted(r.label.value)}` : 'the named role'} is charged at ${valuePhrase(r.amount)}${per ? ` ${per}` : ''}.`);
        });
      }
      for (const inv of pay.invoices) {
        writers.set(inv.stmt, () => {
          const every = everyPeriod(inv.period) ?? 'at an unstated interval';
          const t = inv.timing?.kind === 'word' ? inv.timing.text : undefined;
          const timing = t === 'in_advance' ? ', in advance for the coming period' : t === 'in_arrears' ? ', in arrears for the period just ended' : inv.timing ? `, ${valuePhrase(inv.timing)}` : '';
          this.para(sec, inv.stmt, `The Provider invoices ${every}${timing}.`);
        });
      }
      for (const d of pay.dues) {
        writers.set(d.stmt, () =>
          this.para(sec, d.stmt, d.onReceipt ? 'The Client shall pay each invoice on receipt.' : `The Client shall pay each invoice within ${valuePhrase(d.value)} after the invoice date.`),
        );
      }
      for (const l of pay.lateFees) {
        writers.set(l.stmt, () => {
          const per = perPeriod(l.period);
          const text =
            l.amount?.kind === 'percent'
              ? `Overdue amounts bear a late fee of ${valuePhrase(l.amount)} of the overdue amount${per && per !== 'once' ? ` ${per}` : ''}.`
              : `A late payment incurs a ${per === 'once' ? 'one-time ' : ''}late fee of ${valuePhrase(l.amount)}${per && per !== 'once' ? ` ${per}` : ''}.`;
          this.para(sec, l.stmt, text);
        });
      }
      for (const e of pay.expenses) {
        writers.set(e.stmt, () => {
          const pre = e.stmt.args.some((a) => a.kind === 'word' && a.text === 'preapproved');
          const per = perPeriod(e.period);
          if (e.capped) {
            this.para(sec, e.stmt, `The Client reimburses the Provider's expenses up to ${valuePhrase(e.cap)}${per ? ` ${per}` : ''}${pre ? ', provided the Client approved them in advance' : ''}.`);
          } else {
            this.para(sec, e.stmt, `Expenses: ${e.stmt.args.filter((a) => a.kind !== 'comma').map(valuePhrase).join(' ') || '(not stated)'}.`, ['No cap on expenses is stated.']);
          }
        });
      }
      for (const p of pay.priceIncreases) {
        writers.set(p.stmt, () => {
          const m = meanings.get(p.stmt);
          const v2 = m ? priceIncreaseSentence(m) : undefined;
          if (v2) return this.say(sec, p.stmt, v2);
          const per = perPeriod(p.period);
          if (p.capped) this.para(sec, p.stmt, `The Provider may increase the fees by at most ${valuePhrase(p.cap)}${per ? ` ${per}` : ''}.`);
          else this.para(sec, p.stmt, `Price increases: ${p.stmt.args.filter((a) => a.kind !== 'comma').map(valuePhrase).join(' ') || '(not stated)'}.`, ['No cap on price increases is stated.']);
        });
      }
      this.byMeaning(pay, writers, {
        minimum: (m) => this.say(sec, m.stmt, minimumSentence(m)),
        suspension: (m) => this.say(sec, m.stmt, suspensionSentence(m)),
        disputes: (m) => this.say(sec, m.stmt, disputesSentence(m)),
      });
      this.inOrder(sec, pay.stmt, writers);
    }
  }

  private dataProtection(nodes: DataProtectionNode[]): void {
    const sec = this.section(SECTION_TITLES['data_protection']!, nodes[0]!.stmt);
    const complied = nodes.flatMap((n) => n.comply.flatMap((c) => c.regulations.map((r) => r.text)));
    for (const dp of nodes) {
      const writers = new Map<Statement, () => void>();
      for (const c of dp.comply) {
        writers.set(c.stmt, () => {
          // Each regulation is named as written: never one of its rules, never a longer title.
          const names = c.regulations.map((w) => REGULATION_NAMES[w.text] ?? wordPhrase(w.text));
          this.para(sec, c.stmt, `The Provider shall comply with ${names.length ? joinAnd(names) : '(no regulation named)'}.`);
        });
      }
      for (const b of dp.breachNotices) {
        writers.set(b.stmt, () => {
          const notes: string[] = [];
          // The statutory deadlines are about personal-data breaches only.
          if (isDuration(b.within) && b.kind?.text !== 'security_incident') {
            const worst = worstCaseMinutes(b.within);
            for (const r of breachDeadlines(complied)) {
              const law = r.breachNotice;
              const lawMinutes = law.unit === 'hour' ? law.amount * 60 : law.amount * 1440;
              const fits = worst <= lawMinutes;
              notes.push(
                `${r.id} sets a deadline of ${law.label} to notify ${law.notify} (${law.source}); the ${valuePhrase(b.within)} promised here ${fits ? 'fall within it' : `can take up to ${formatMinutes(worst)}, which is longer`}.`,
              );
            }
          }
          const what = b.kind?.text === 'security_incident' ? 'security incident' : 'personal-data breach';
          this.para(sec, b.stmt, `The Provider shall notify the Client of any ${what} ${withinPhrase(b.within)}.`, notes);
        });
      }
      for (const a of dp.access) {
        writers.set(a.stmt, () => this.para(sec, a.stmt, `Access to the Client's data is limited as follows: ${stringOf(a.value) ?? '(not stated)'}.`));
      }
      for (const e of dp.encryption) {
        writers.set(e.stmt, () => {
          const where = e.values.map((v) => (v.kind === 'word' ? wordPhrase(v.text) : valuePhrase(v)));
          this.para(sec, e.stmt, `The Provider shall encrypt the Client's data ${where.length ? joinAnd(where) : '(where is not stated)'}.`);
        });
      }
      this.byMeaning(dp, writers, {
        location: (m) => this.say(sec, m.stmt, locationSentence(m)),
        return_data: (m) => this.say(sec, m.stmt, returnDataSentence(m)),
        subprocessors: (m) => this.say(sec, m.stmt, subprocessorsSentence(m)),
        audit: (m) => this.say(sec, m.stmt, auditSentence(m)),
        delete_data: (m) => this.say(sec, m.stmt, deleteDataSentence(m)),
      });
      this.inOrder(sec, dp.stmt, writers);
    }
  }

  private term(terms: TermNode[]): void {
    const sec = this.section(SECTION_TITLES['term']!, terms[0]!.stmt);
    const effective = fromDateValue(this.c.effective?.date);
    for (const term of terms) {
      const writers = new Map<Statement, () => void>();
      const end = initialTermEnd(effective, term);
      const initial = term.initial;
      if (initial) {
        writers.set(initial.stmt, () => {
          let text: string;
          const notes: string[] = [];
          if (initial.ends) text = `The initial term ${effective ? `runs from ${longDate(effective)} and ` : ''}ends on ${valuePhrase(initial.ends)}.`;
          else if (effective) {
            text = `This agreement begins on ${longDate(effective)} and runs for an initial term of ${valuePhrase(initial.duration)}.`;
            // The last day is computed, so it is a note, not a term.
            if (end) notes.push(`The initial term runs through ${longDate(end)}.`);
          } else text = `The initial term is ${valuePhrase(initial.duration)}, counted from the effective date.`;
          this.para(sec, initial.stmt, text, notes);
        });
      }
      const r = term.renewal;
      if (r) {
        writers.set(r.stmt, () => {
          const mode = r.mode?.text;
          let text: string;
          const notes: string[] = [];
          if (mode === 'automatic') {
            const period = r.period ? `a further ${valuePhrase(r.period)}` : 'a further term of unstated length';
            const notice = r.notice ? ` unless either party gives notice of non-renewal at least ${valuePhrase(r.notice)} before the term ends` : '';
            text = `At the end of each term, this agreement renews automatically for ${period}${notice}.`;
            if (end && isDuration(r.notice)) {
              notes.push(`The last day to give notice of non-renewal for the initial term is ${longDate(noticeDeadline(end, r.notice))}.`);
              const next = renewalTerms(end, term, 1)[0];
              if (next) notes.push(`If it is not given, the first renewal term runs from ${longDate(next.start)} through ${longDate(next.end)}.`);
            }
          } else if (mode === 'manual') {
            text = `This agreement renews only if both parties agree in writing before it ends${r.period ? `; a renewal is for ${valuePhrase(r.period)}` : ''}.`;
          } else if (mode === 'none') {
            text = 'This agreement does not renew: it ends with the initial term.';
          } else {
            text = `Renewal: ${r.stmt.args.map(valuePhrase).join(' ') || '(not stated)'}.`;
          }
          this.para(sec, r.stmt, text, notes);
        });
      }
      this.byMeaning(term, writers, {
        until_terminated: (m) => this.say(sec, m.stmt, untilTerminatedSentence()),
        extension: (m) => this.say(sec, m.stmt, extensionSentence(m, end)),
      });
      this.inOrder(sec, term.stmt, writers);
    }
  }

  private termination(nodes: TerminationNode[]): void {
    const sec = this.section(SECTION_TITLES['termination']!, nodes[0]!.stmt);
    for (const t of nodes) {
      const writers = new Map<Statement, () => void>();
      for (const fc of t.forConvenience) {
        writers.set(fc.stmt, () => {
          const who = capitalize(whoPhrase(fc.who?.text));
          const notice = fc.notice ? ` on at least ${possessive(valuePhrase(fc.notice))} notice` : ' (no notice period is stated)';
          const fee = fc.fee ? `, against a termination fee of ${isDuration(fc.fee) ? `${durationPhrase(fc.fee.amount, fc.fee.unit)} of fees` : valuePhrase(fc.fee)}` : '';
          this.para(sec, fc.stmt, `${who} may terminate this agreement for convenience${notice}${fee}.`);
        });
      }
      for (const fc of t.forCause) {
        writers.set(fc.stmt, () => {
          const who = capitalize(whoPhrase(fc.who?.text));
          const breacher = fc.who?.text === 'client' ? 'the Provider' : fc.who?.text === 'provider' ? 'the Client' : 'the other party';
          const cure = fc.cure ? ` that is not cured within ${valuePhrase(fc.cure)} of notice of the breach` : '';
          this.para(sec, fc.stmt, `${who} may terminate this agreement for a material breach by ${breacher}${cure}.`);
        });
      }
      for (const tr of t.transitions) {
        writers.set(tr.stmt, () => {
          const pricing = tr.pricing?.text === 'included' ? ' This assistance is included in the fees.' : tr.pricing?.text === 'at_rates' ? ' This assistance is charged at the rates of this agreement.' : '';
          this.para(sec, tr.stmt, `When this agreement ends, the Provider shall assist the transition of the services to the Client or to a new provider for ${valuePhrase(tr.duration)}.${pricing}`);
        });
      }
      this.inOrder(sec, t.stmt, writers);
    }
  }

  /** A section for blocks read only through their meanings (milestones, liability, changes). */
  private generic(kind: string, nodes: BlockNode[], write: Record<string, (m: BlockNode['items'][number]) => Sentence>): void {
    const sec = this.section(SECTION_TITLES[kind]!, nodes[0]!.stmt);
    for (const node of nodes) {
      const writers = new Map<Statement, () => void>();
      this.byMeaning(node, writers, Object.fromEntries(Object.entries(write).map(([k, w]) => [k, (m: BlockNode['items'][number]) => this.say(sec, m.stmt, w(m))])));
      this.inOrder(sec, node.stmt, writers);
    }
  }

  private milestones(nodes: BlockNode[]): void {
    this.generic('milestones', nodes, { milestone: (m) => milestoneSentence(this.c, m) });
  }

  private liability(nodes: BlockNode[]): void {
    this.generic('liability', nodes, {
      cap: (m) => capSentence(this.c, m),
      exclude: (m) => lossExcludeSentence(m),
      uncapped: (m) => uncappedSentence(m),
      super_cap: (m) => superCapSentence(this.c, m),
      indemnify: (m) => indemnifySentence(m),
      insurance: (m) => insuranceSentence(m),
    });
  }

  private changesSection(nodes: BlockNode[]): void {
    this.generic('changes', nodes, {
      provider: (m) => mayChangeSentence(m),
      client: (m) => changeExitSentence(m),
      change_control: (m) => changeControlSentence(m),
    });
  }

  private reporting(nodes: ReportingNode[]): void {
    const sec = this.section(SECTION_TITLES['reporting']!, nodes[0]!.stmt);
    for (const rep of nodes) {
      const writers = new Map<Statement, () => void>();
      for (const r of rep.reports) {
        writers.set(r.stmt, () => {
          const every = everyPeriod(r.period);
          this.para(sec, r.stmt, `The Provider shall report to the Client ${every ?? 'at an unstated interval'} on ${r.label ? `the following: ${r.label.value}` : 'the services'}.`);
        });
      }
      for (const r of rep.reviews) {
        writers.set(r.stmt, () => this.para(sec, r.stmt, `The parties shall hold a service review meeting ${everyPeriod(r.period) ?? 'at an unstated interval'}.`));
      }
      this.inOrder(sec, rep.stmt, writers);
    }
  }
}
