/**
 * The data-protection regulations and standards that `comply` accepts, as one
 * data table: what each is, and the breach-notice deadline it sets (if any),
 * with the source of that deadline. Rules compare `breach_notice` with it; the
 * language server's hover shows it on `comply GDPR`.
 */
import type { DurationUnit, DurationValue } from '../../grammar/index.js';
import { calendarSpanMinutes } from './time.js';

/** A deadline the law sets for telling someone about a data breach. */
export interface BreachNoticeDeadline {
  amount: number;
  unit: Extract<DurationUnit, 'hour' | 'day'>;
  /** The deadline in plain words, e.g. "72 hours". */
  label: string;
  /** Who must be told, and counted from when. */
  notify: string;
  /** The provision that sets the deadline. */
  source: string;
}

/** One regulation or standard that a contract can name in `comply`. */
export interface Regulation {
  /** The word written after `comply`. */
  id: string;
  name: string;
  /** A law binds by itself; a standard binds through certification or contract. */
  kind: 'law' | 'standard';
  /** Where it applies. */
  jurisdiction: string;
  /** One line: what it covers. */
  description: string;
  /** Undefined when the regulation sets no fixed number of hours or days. */
  breachNotice?: BreachNoticeDeadline;
  /** What it says about breach notification when it sets no fixed deadline. */
  breachNoticeNote: string;
  /** The primary reference. */
  source: string;
}

/** Every regulation `comply` accepts, in the order LANGUAGE.md lists them. */
export const REGULATION_TABLE: readonly Regulation[] = [
  {
    id: 'GDPR',
    name: 'General Data Protection Regulation (EU) 2016/679',
    kind: 'law',
    jurisdiction: 'European Union and European Economic Area',
    description: 'Protects the personal data of people in the EU; applies to anyone processing it, wherever they are.',
    breachNotice: {
      amount: 72,
      unit: 'hour',
      label: '72 hours',
      notify: 'the supervisory authority, counted from when the controller becomes aware of the breach',
      source: 'GDPR Art. 33(1)',
    },
    breachNoticeNote:
      'The controller must notify the supervisory authority within 72 hours of becoming aware of a personal-data breach (Art. 33(1)); a processor must tell the controller without undue delay (Art. 33(2)), so the provider\'s notice must leave the client time to meet the 72 hours.',
    source: 'Regulation (EU) 2016/679, Articles 32–34',
  },
  {
    id: 'UK_GDPR',
    name: 'UK General Data Protection Regulation (as retained in UK law) and the Data Protection Act 2018',
    kind: 'law',
    jurisdiction: 'United Kingdom',
    description: 'Protects the personal data of people in the UK; the UK version of the GDPR, applied alongside the Data Protection Act 2018.',
    breachNotice: {
      amount: 72,
      unit: 'hour',
      label: '72 hours',
      notify: "the Information Commissioner's Office, counted from when the controller becomes aware of the breach",
      source: 'UK GDPR Art. 33(1)',
    },
    breachNoticeNote:
      "The controller must notify the Information Commissioner's Office within 72 hours of becoming aware of a personal-data breach (Art. 33(1)); a processor must tell the controller without undue delay (Art. 33(2)).",
    source: 'UK GDPR (retained Regulation (EU) 2016/679), Articles 32–34; Data Protection Act 2018',
  },
  {
    id: 'HIPAA',
    name: 'Health Insurance Portability and Accountability Act (HIPAA) Breach Notification Rule',
    kind: 'law',
    jurisdiction: 'United States',
    description: 'Protects health information held by US health plans, providers and their business associates.',
    breachNotice: {
      amount: 60,
      unit: 'day',
      label: '60 days',
      notify: 'the affected individuals, counted from the discovery of the breach',
      source: '45 CFR 164.404(b); business associates: 45 CFR 164.410(b)',
    },
    breachNoticeNote:
      'Notice is due without unreasonable delay and in no case later than 60 calendar days after discovery (45 CFR 164.404(b)); a business associate owes the same to the covered entity (45 CFR 164.410(b)).',
    source: '45 CFR Part 164, Subpart D',
  },
  {
    id: 'CCPA',
    name: 'California Consumer Privacy Act (as amended by the CPRA)',
    kind: 'law',
    jurisdiction: 'California, United States',
    description: 'Gives California residents rights over the personal information businesses collect about them.',
    breachNoticeNote:
      "Sets no fixed number of days: California's breach law requires notice in the most expedient time possible and without unreasonable delay (Cal. Civ. Code 1798.82).",
    source: 'Cal. Civ. Code 1798.100 et seq.; breach notice: Cal. Civ. Code 1798.82',
  },
  {
    id: 'PCI_DSS',
    name: 'Payment Card Industry Data Security Standard (PCI DSS) v4.0',
    kind: 'standard',
    jurisdiction: 'Worldwide, through the card brands',
    description: 'Security requirements for anyone who stores, processes or transmits payment card data.',
    breachNoticeNote:
      'Requires an incident response plan (Requirement 12.10) but sets no fixed deadline; the card brands and acquiring banks set their own, often within days.',
    source: 'PCI DSS v4.0, Requirement 12.10',
  },
  {
    id: 'SOC2',
    name: 'SOC 2 (AICPA Trust Services Criteria)',
    kind: 'standard',
    jurisdiction: 'Worldwide (an audit report, mostly used in the United States)',
    description: "An independent auditor's report on a service provider's controls for security, availability, processing integrity, confidentiality and privacy.",
    breachNoticeNote: 'An audit framework: it checks that incidents are communicated (criteria CC7.3–CC7.5) but sets no deadline of its own.',
    source: 'AICPA Trust Services Criteria (TSP Section 100)',
  },
  {
    id: 'ISO27001',
    name: 'ISO/IEC 27001:2022 Information security management systems',
    kind: 'standard',
    jurisdiction: 'Worldwide (certification)',
    description: 'The international standard for an information security management system, certified by accredited auditors.',
    breachNoticeNote: 'Requires a managed incident process (Annex A 5.24–5.26) but sets no deadline for notifying customers.',
    source: 'ISO/IEC 27001:2022, Annex A 5.24–5.28',
  },
];

const BY_ID = new Map(REGULATION_TABLE.map((r) => [r.id.toUpperCase(), r]));

/** The regulation a `comply` word names (case-insensitive), or undefined for an unknown word. */
export function regulation(id: string): Regulation | undefined {
  return BY_ID.get(id.toUpperCase());
}

/** The ids `comply` accepts. */
export const REGULATION_IDS: readonly string[] = REGULATION_TABLE.map((r) => r.id);

/** Minutes in a deadline's unit. */
const DEADLINE_UNIT_MINUTES: Record<BreachNoticeDeadline['unit'], number> = { hour: 60, day: 1440 };

/** A deadline in minutes of elapsed (calendar) time. */
export function deadlineMinutes(d: BreachNoticeDeadline): number {
  return d.amount * DEADLINE_UNIT_MINUTES[d.unit];
}

/**
 * The longest elapsed time, in minutes, that a duration can take on the
 * calendar: legal deadlines run on calendar time, so this is the worst case of
 * the calendar model (`calendarSpanMinutes` in time.ts): a business day may
 * last over a weekend (1 business day = up to 3 calendar days, 5 = up to 7),
 * business hours run Monday to Friday 9:00–17:00, and a month may have 31
 * days. Public holidays are not counted.
 */
export function worstCaseMinutes(d: Pick<DurationValue, 'amount' | 'unit'>): number {
  return calendarSpanMinutes(d).max;
}

/** A regulation together with its (fixed) breach-notice deadline. */
export interface DeadlineRegulation extends Regulation {
  breachNotice: BreachNoticeDeadline;
}

/**
 * Of the named regulations, those that set a breach-notice deadline, strictest
 * first. Unknown names are ignored.
 */
export function breachDeadlines(ids: Iterable<string>): DeadlineRegulation[] {
  const seen = new Set<Regulation>();
  for (const id of ids) {
    const r = regulation(id);
    if (r?.breachNotice) seen.add(r);
  }
  return [...seen]
    .filter((r): r is DeadlineRegulation => r.breachNotice !== undefined)
    .sort((a, b) => deadlineMinutes(a.breachNotice) - deadlineMinutes(b.breachNotice));
}

/** One paragraph about a regulation for hover: what it is and what it says about breach notice. */
export function describeRegulation(r: Regulation): string {
  const deadline = r.breachNotice
    ? `Breach notice: within ${r.breachNotice.label} to ${r.breachNotice.notify} (${r.breachNotice.source}).`
    : `Breach notice: no fixed deadline. ${r.breachNoticeNote}`;
  return `${r.name}. ${r.description} ${deadline} Source: ${r.source}.`;
}
