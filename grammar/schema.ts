/**
 * What may stand where: every block kind, the statements it accepts, their
 * signatures and a plain-words explanation. The tree builder uses it to classify
 * statements, the `unknown-statement` rule to suggest the nearest valid one, and
 * the language server for completion and hover. It is data, not code.
 */

export type BlockKind =
  | 'file'
  | 'contract'
  | 'party'
  | 'scope'
  | 'service'
  | 'sla'
  | 'payment'
  | 'data_protection'
  | 'term'
  | 'termination'
  | 'reporting'
  | 'clause';

export interface StatementSpec {
  keyword: string;
  /** The statement's form, as in LANGUAGE.md. */
  signature: string;
  /** What it means, in plain words. */
  doc: string;
  /** The block kind its `{ … }` opens, if it has one. */
  opens?: BlockKind;
  /** Values a completion may offer after the keyword. */
  values?: readonly string[];
}

const TEXT: StatementSpec = {
  keyword: 'text',
  signature: 'text "…" | text """…"""',
  doc: 'Prose that belongs to this part of the contract. It is checked for vague and open-ended language.',
};

export const ROLES = ['provider', 'client'] as const;
export const WHO = ['client', 'provider', 'either'] as const;
export const REGULATIONS = ['GDPR', 'HIPAA', 'CCPA', 'PCI_DSS', 'SOC2', 'ISO27001'] as const;
export const PERIOD_WORDS = ['hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once'] as const;
export const DURATION_UNIT_WORDS = ['minutes', 'hours', 'business_hours', 'days', 'business_days', 'weeks', 'months', 'years'] as const;
export const PRIORITY_LEVELS = ['critical', 'high', 'normal', 'low'] as const;

export const SCHEMA: Record<BlockKind, readonly StatementSpec[]> = {
  file: [
    {
      keyword: 'contract',
      signature: 'contract "Title" { … }',
      doc: 'One agreement. Everything else is written inside its braces.',
      opens: 'contract',
    },
  ],
  contract: [
    { keyword: 'id', signature: 'id "MSA-2027-014"', doc: 'The reference number of the agreement.' },
    { keyword: 'effective', signature: 'effective YYYY-MM-DD', doc: 'The date the agreement takes effect; terms and notice deadlines are counted from it.' },
    { keyword: 'governing_law', signature: 'governing_law "State of New York"', doc: 'The law that governs the agreement and its disputes.' },
    {
      keyword: 'party',
      signature: 'party provider|client NAME "Legal name" { address "…" notices "…" }',
      doc: 'A party to the agreement: exactly one provider and at least one client.',
      opens: 'party',
      values: ROLES,
    },
    { keyword: 'scope', signature: 'scope { service … exclude "…" }', doc: 'What the provider delivers (services) and what it does not (exclusions).', opens: 'scope' },
    {
      keyword: 'sla',
      signature: 'sla NAME for SERVICE[, SERVICE…] { … }',
      doc: 'A service level agreement: measurable targets for named services, how they are measured, and the credits owed when they are missed.',
      opens: 'sla',
    },
    { keyword: 'payment', signature: 'payment { fee … }', doc: 'What the client pays, when, and what happens when it pays late.', opens: 'payment' },
    {
      keyword: 'data_protection',
      signature: 'data_protection { comply … breach_notice within … }',
      doc: "How the provider protects the client's data: regulations, breach notice, access, encryption, location and return of data.",
      opens: 'data_protection',
    },
    { keyword: 'term', signature: 'term { initial 24 months renewal … }', doc: 'How long the agreement runs and whether it renews.', opens: 'term' },
    { keyword: 'termination', signature: 'termination { for_convenience … for_cause … transition … }', doc: 'How either party can end the agreement, and the exit assistance owed.', opens: 'termination' },
    { keyword: 'reporting', signature: 'reporting { report monthly "…" review quarterly }', doc: 'The reports and reviews through which the client monitors the provider.', opens: 'reporting' },
    { keyword: 'clause', signature: 'clause NAME "Heading" { text """…""" }', doc: 'A free clause in prose, such as confidentiality or liability.', opens: 'clause' },
    TEXT,
  ],
  party: [
    { keyword: 'address', signature: 'address "…"', doc: "The party's postal address." },
    { keyword: 'notices', signature: 'notices "…"', doc: 'Where formal notices to this party must be sent.' },
    TEXT,
  ],
  scope: [
    { keyword: 'service', signature: 'service NAME "Description" { hours … channels … }', doc: 'A service the provider delivers. SLAs refer to it by NAME.', opens: 'service' },
    { keyword: 'exclude', signature: 'exclude "…"', doc: 'Something explicitly outside the scope of services.' },
    TEXT,
  ],
  service: [
    { keyword: 'hours', signature: 'hours 24x7 | business | "…"', doc: 'When the service is available: around the clock (24x7), business hours, or as described.', values: ['24x7', 'business'] },
    { keyword: 'channels', signature: 'channels phone, email, portal', doc: 'How the client reaches the service.', values: ['phone', 'email', 'portal', 'chat', 'on_site'] },
    TEXT,
  ],
  sla: [
    { keyword: 'uptime', signature: 'uptime PERCENT PERIOD', doc: 'The minimum share of time the service is available, over a measurement window.', values: PERIOD_WORDS },
    {
      keyword: 'priority',
      signature: 'priority LEVEL respond within DURATION [resolve within DURATION]',
      doc: 'How fast the provider responds to, and resolves, incidents of one priority.',
      values: PRIORITY_LEVELS,
    },
    { keyword: 'target', signature: 'target "What" VALUE [PERIOD]', doc: 'Any other measurable target, such as backups verified 100% daily.' },
    { keyword: 'measured_by', signature: 'measured_by "…"', doc: 'How achievement of the targets is measured; without it nobody can tell whether the SLA was met.' },
    { keyword: 'maintenance', signature: 'maintenance "…"', doc: 'Planned maintenance windows, which do not count as downtime.' },
    { keyword: 'credit', signature: 'credit PERCENT (when below PERCENT | per breach)', doc: 'The service credit owed when a target is missed, as a share of the monthly fee.' },
    { keyword: 'credit_cap', signature: 'credit_cap PERCENT', doc: 'The most the provider credits in one month, as a share of the monthly fee.' },
    TEXT,
  ],
  payment: [
    { keyword: 'fee', signature: 'fee MONEY PERIOD', doc: 'The recurring fee, with its currency and period.', values: PERIOD_WORDS },
    { keyword: 'model', signature: 'model fixed | time_and_materials | usage', doc: 'How the fee is computed.', values: ['fixed', 'time_and_materials', 'usage'] },
    { keyword: 'rate', signature: 'rate "Role" MONEY PERIOD', doc: 'A rate for time-and-materials work.' },
    { keyword: 'invoice', signature: 'invoice PERIOD in_advance|in_arrears', doc: 'How often the provider invoices, and whether for the coming or the past period.', values: PERIOD_WORDS },
    { keyword: 'due', signature: 'due DURATION after invoice | due on_receipt', doc: 'When an invoice must be paid.', values: ['on_receipt'] },
    { keyword: 'late_fee', signature: 'late_fee PERCENT PERIOD | late_fee MONEY once', doc: 'What the client owes when it pays late.' },
    { keyword: 'expenses', signature: 'expenses cap MONEY PERIOD [preapproved]', doc: 'Reimbursable expenses and their cap.', values: ['cap'] },
    { keyword: 'price_increase', signature: 'price_increase cap PERCENT PERIOD', doc: 'The most the fee may rise, and how often.', values: ['cap'] },
    TEXT,
  ],
  data_protection: [
    { keyword: 'comply', signature: 'comply GDPR, HIPAA, …', doc: 'The data-protection regulations and standards the provider complies with.', values: REGULATIONS },
    { keyword: 'breach_notice', signature: 'breach_notice within DURATION', doc: 'How soon the provider tells the client about a personal-data breach.', values: ['within'] },
    { keyword: 'access', signature: 'access "…"', doc: "Who may access the client's data, and how access is controlled." },
    { keyword: 'encryption', signature: 'encryption at_rest, in_transit', doc: 'Where the data is encrypted.', values: ['at_rest', 'in_transit'] },
    { keyword: 'location', signature: 'location "…"', doc: 'Where the data is stored and processed.' },
    { keyword: 'return_data', signature: 'return_data within DURATION after termination', doc: "How soon after the agreement ends the client's data is returned (and then deleted).", values: ['within'] },
    TEXT,
  ],
  term: [
    { keyword: 'initial', signature: 'initial DURATION | initial ends YYYY-MM-DD', doc: 'The initial term, counted from the effective date.', values: ['ends'] },
    {
      keyword: 'renewal',
      signature: 'renewal automatic DURATION notice DURATION | renewal manual | renewal none',
      doc: 'What happens when a term ends: automatic renewal (unless notice is given in time), renewal only by agreement, or none.',
      values: ['automatic', 'manual', 'none'],
    },
    TEXT,
  ],
  termination: [
    { keyword: 'for_convenience', signature: 'for_convenience WHO notice DURATION [fee DURATION|MONEY]', doc: 'Ending the agreement without a breach, on notice, possibly against a fee.', values: WHO },
    { keyword: 'for_cause', signature: 'for_cause WHO cure DURATION', doc: 'Ending the agreement for a material breach that is not cured in time.', values: WHO },
    { keyword: 'transition', signature: 'transition DURATION', doc: 'Exit assistance: how long the provider helps hand over to a new provider.' },
    TEXT,
  ],
  reporting: [
    { keyword: 'report', signature: 'report PERIOD "What"', doc: 'A recurring report from the provider to the client.', values: PERIOD_WORDS },
    { keyword: 'review', signature: 'review PERIOD', doc: 'A recurring service review meeting.', values: PERIOD_WORDS },
    TEXT,
  ],
  clause: [TEXT],
};

/** Looks up the spec of a statement in a block kind. */
export function statementSpec(block: BlockKind, keyword: string): StatementSpec | undefined {
  return SCHEMA[block].find((s) => s.keyword === keyword);
}

/** The edit distance between two words (for "did you mean"). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestD <= limit ? best : undefined;
}

/** Where each statement kind conventionally goes in a contract, for quick fixes and rendering. */
export const CLAUSE_ORDER: readonly string[] = [
  'id',
  'effective',
  'governing_law',
  'party',
  'scope',
  'sla',
  'payment',
  'data_protection',
  'term',
  'termination',
  'reporting',
  'clause',
];
