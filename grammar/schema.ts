/**
 * What may stand where: every block kind, the statements it accepts, their
 * signatures and a plain-words explanation. The tree builder uses it to classify
 * statements, the `unknown-statement` rule to suggest the nearest valid one, and
 * the language server for completion and hover. It is data, not code.
 */

import { anyValue, date, duration, money, percent, slot, text, word, words, type Form } from './forms.js';

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
  | 'liability'
  | 'changes'
  | 'milestones'
  | 'clause';

export interface StatementSpec {
  keyword: string;
  /** The statement's form, as in the language reference. */
  signature: string;
  /** What it means, in plain words. */
  doc: string;
  /** The block kind its `{ … }` opens, if it has one. */
  opens?: BlockKind;
  /** Values a completion may offer after the keyword. */
  values?: readonly string[];
  /**
   * The value slots of the statement (see forms.ts); the reader validates
   * closed slots with them. Statements with a name and a block (party,
   * service, sla, clause) are read by the tree builder itself.
   */
  forms?: readonly Form[];
}

const TEXT: StatementSpec = {
  keyword: 'text',
  signature: 'text "…" | text """…"""',
  doc: 'Prose that belongs to this part of the contract. It is checked for vague and open-ended language.',
  forms: [{ head: [text('text')], shape: 'text "…"' }],
};

export const ROLES = ['provider', 'client'] as const;
export const WHO = ['client', 'provider', 'either'] as const;
export const REGULATIONS = ['GDPR', 'UK_GDPR', 'HIPAA', 'CCPA', 'PCI_DSS', 'SOC2', 'ISO27001'] as const;
export const PERIOD_WORDS = ['hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once'] as const;
export const RECURRING_PERIODS = ['hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const DURATION_UNIT_WORDS = ['seconds', 'minutes', 'hours', 'business_hours', 'days', 'business_days', 'weeks', 'months', 'years'] as const;
/** The priority names of version 1; any other name (`p1`, `sev2`) is valid too. */
export const PRIORITY_LEVELS = ['critical', 'high', 'normal', 'low'] as const;
export const MEASURERS = ['provider', 'client', 'independent'] as const;
export const SLA_EXCLUSIONS = ['force_majeure', 'client_caused', 'third_party', 'beta', 'scheduled_maintenance', 'emergency_maintenance', 'suspension', 'internet'] as const;
export const CLAIM_FROM = ['month_end', 'incident', 'eligibility'] as const;
export const CREDIT_APPLIED = ['future_invoices', 'refund'] as const;
export const LIABILITY_EXCLUSIONS = ['indirect', 'consequential', 'special', 'punitive', 'lost_profits', 'lost_revenue', 'lost_data', 'lost_goodwill', 'business_interruption'] as const;
export const CARVE_OUTS = [
  'confidentiality',
  'data_breach',
  'data_protection',
  'indemnity',
  'gross_negligence',
  'wilful_misconduct',
  'fraud',
  'death_injury',
  'ip_infringement',
  'payment',
] as const;
export const INDEMNITIES = ['ip_infringement', 'data_breach', 'third_party_claims', 'regulatory_fines', 'personal_injury', 'property_damage', 'breach_of_law'] as const;
export const INSURANCE_KINDS = ['cyber', 'professional_indemnity', 'general_liability', 'employers_liability', 'product_liability', 'errors_omissions'] as const;
export const REGIONS = ['EU', 'EEA', 'UK', 'US', 'CH', 'CA', 'AU', 'NZ', 'JP', 'SG', 'IN', 'BR'] as const;
export const TRANSFER_BASES = ['none', 'scc', 'adequacy', 'bcr'] as const;
export const BREACH_KINDS = ['personal_data_breach', 'security_incident'] as const;
export const CHANGE_TARGETS = ['sla', 'services', 'policies', 'prices'] as const;
export const PRICE_INDEXES = ['CPI', 'HICP', 'RPI', 'ECI'] as const;
export const SERVICE_TYPES = ['saas', 'software', 'hosting', 'support', 'labour'] as const;
export const TRANSITION_PRICING = ['included', 'at_rates'] as const;
/** The kinds of contract (LANGUAGE-V2 "Contract kinds and families"); `agreement` is the default. */
export const CONTRACT_KINDS = ['agreement', 'master', 'sow', 'order', 'schedule', 'addendum', 'dpa', 'baa'] as const;
/** `definitions included | none`: whether the rendered agreement writes out the language's definitions it uses. */
export const DEFINITIONS_MODES = ['included', 'none'] as const;

const PERIOD = (name = 'period', optional = false) => word(name, PERIOD_WORDS, 'a period', optional);
const RECURRING = (name = 'period', optional = false) => word(name, RECURRING_PERIODS, 'a recurring period', optional);
const NOTICE = { notice: [duration('notice')] } as const;

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
    { keyword: 'id', signature: 'id "MSA-2027-014"', doc: 'The reference number of the agreement.', forms: [{ head: [slot('value', ['string', 'word', 'number'], 'a reference')], shape: 'id "…"' }] },
    {
      keyword: 'kind',
      signature: 'kind agreement | master | sow | order | schedule | addendum | dpa | baa',
      doc: 'What kind of document this is. `agreement` (the default) stands alone and is checked for every clause; a `master` sets the common terms of a family; a `sow`, `order`, `schedule`, `addendum`, `dpa` (data processing agreement) or `baa` (HIPAA business associate agreement) sits `under` a master, inherits the terms it does not state, and is checked only for what that kind of document is for.',
      values: CONTRACT_KINDS,
      forms: [{ head: [word('kind', CONTRACT_KINDS, 'a kind of contract')], shape: 'kind agreement | master | sow | order | schedule | addendum | dpa | baa' }],
    },
    {
      keyword: 'under',
      signature: 'under "MSA-2027-014"',
      doc: 'The master agreement this document belongs to, by its `id`. The master may be in this file or any other `.contract` file checked with it; this document inherits the master’s parties, payment terms, data protection, liability, changes, reporting, term and termination wherever it does not state its own.',
      forms: [{ head: [slot('id', ['string', 'word', 'number'], 'the id of the master agreement')], shape: 'under "MSA-2027-014"' }],
    },
    {
      keyword: 'precedence',
      signature: 'precedence order, schedule, master',
      doc: 'Which document prevails when the documents of a family conflict, the first listed winning: `precedence order, schedule, master` lets an order override the master.',
      values: CONTRACT_KINDS,
      forms: [{ head: [words('order', CONTRACT_KINDS, 'a kind of contract')], shape: 'precedence order, schedule, master' }],
    },
    { keyword: 'effective', signature: 'effective YYYY-MM-DD', doc: 'The date the agreement takes effect; terms and notice deadlines are counted from it.' },
    { keyword: 'governing_law', signature: 'governing_law "State of New York"', doc: 'The law that governs the agreement and its disputes.' },
    {
      keyword: 'definitions',
      signature: 'definitions included | none',
      doc: 'Whether the rendered agreement carries a Definitions section that writes out the terms of the language it uses (business hours, business days). `included` makes those meanings part of the signed text; `none` (the default) leaves them out.',
      values: DEFINITIONS_MODES,
      forms: [{ head: [word('mode', DEFINITIONS_MODES, 'included or none')], shape: 'definitions included | none' }],
    },
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
      doc: "How the provider protects the client's data: regulations, breach notice, subprocessors, audits, location, deletion and return of data.",
      opens: 'data_protection',
    },
    { keyword: 'term', signature: 'term { initial 24 months renewal … }', doc: 'How long the agreement runs and whether it renews or can be extended.', opens: 'term' },
    { keyword: 'termination', signature: 'termination { for_convenience … for_cause … transition … }', doc: 'How either party can end the agreement, and the exit assistance owed.', opens: 'termination' },
    { keyword: 'reporting', signature: 'reporting { report monthly "…" review quarterly }', doc: 'The reports and reviews through which the client monitors the provider.', opens: 'reporting' },
    {
      keyword: 'liability',
      signature: 'liability { cap 12 months fees exclude … uncapped … }',
      doc: 'Who carries the risk: the cap on each side’s liability, the losses excluded, what stays uncapped, indemnities and insurance.',
      opens: 'liability',
    },
    { keyword: 'changes', signature: 'changes { provider may_change … notice 90 days }', doc: 'Who may change the terms, services or prices during the agreement, with what notice, and whether the client may then leave.', opens: 'changes' },
    { keyword: 'milestones', signature: 'milestones { milestone NAME "…" due DATE pays N% acceptance DURATION }', doc: 'Deliverables with due dates, the share of the one-off fees each pays, and the acceptance period before payment.', opens: 'milestones' },
    { keyword: 'clause', signature: 'clause NAME "Heading" { text """…""" }', doc: 'A free clause in prose, such as confidentiality.', opens: 'clause' },
    TEXT,
  ],
  party: [
    { keyword: 'address', signature: 'address "…"', doc: "The party's postal address." },
    { keyword: 'notices', signature: 'notices "…"', doc: 'Where formal notices to this party must be sent.' },
    TEXT,
  ],
  scope: [
    { keyword: 'service', signature: 'service NAME "Description" { hours … channels … type … }', doc: 'A service the provider delivers. SLAs refer to it by NAME.', opens: 'service' },
    { keyword: 'exclude', signature: 'exclude "…"', doc: 'Something explicitly outside the scope of services.' },
    TEXT,
  ],
  service: [
    {
      keyword: 'hours',
      signature: 'hours 24x7 | business | "…"',
      doc: 'When the service is available: around the clock (24x7), business hours, or as described.',
      values: ['24x7', 'business'],
      forms: [{ head: [slot('hours', ['coverage', 'word', 'string'], 'service hours', { words: ['business'] })], shape: 'hours 24x7 | business | "…"' }],
    },
    {
      keyword: 'channels',
      signature: 'channels phone, email, portal',
      doc: 'How the client reaches the service.',
      values: ['phone', 'email', 'portal', 'chat', 'on_site'],
      forms: [{ head: [words('channels', ['phone', 'email', 'portal', 'chat', 'on_site'], 'a support channel', true)], shape: 'channels phone, email, portal' }],
    },
    {
      keyword: 'type',
      signature: 'type saas | software | hosting | support | labour',
      doc: 'What kind of service this is; software and SaaS raise the question of an IP indemnity.',
      values: SERVICE_TYPES,
      forms: [{ head: [word('type', SERVICE_TYPES, 'a service type')], shape: 'type saas | software | hosting | support | labour' }],
    },
    TEXT,
  ],
  sla: [
    {
      keyword: 'uptime',
      signature: 'uptime PERCENT PERIOD',
      doc: 'The minimum share of time the service is available, over a measurement window.',
      values: PERIOD_WORDS,
      // The period is open here: \`sla-no-window\` says what a measurement window is.
      forms: [{ head: [anyValue('value', 'a percentage such as `99.9%`'), slot('period', ['word', 'string', 'coverage'], 'a period', { optional: true })], shape: 'uptime PERCENT PERIOD' }],
    },
    {
      keyword: 'window',
      signature: 'window 24x7 | business | "Mon–Sat 06:00–22:00 CET"',
      doc: 'The hours in which availability is measured: around the clock (the default), business hours only, or as described.',
      values: ['24x7', 'business'],
      forms: [{ head: [slot('window', ['coverage', 'word', 'string'], 'a measurement window', { words: ['business'] })], shape: 'window 24x7 | business | "…"' }],
    },
    {
      keyword: 'priority',
      signature: 'priority NAME respond within DURATION [resolve within DURATION]',
      doc: 'How fast the provider responds to, and resolves, incidents of one priority. Any name will do (`critical`, `p1`, `sev2`).',
      values: PRIORITY_LEVELS,
    },
    { keyword: 'target', signature: 'target "What" VALUE [PERIOD]', doc: 'Any other measurable target, such as backups verified 100% daily.' },
    {
      keyword: 'measured_by',
      signature: 'measured_by [provider|client|independent] "How"',
      doc: 'Who measures the service and how; without it nobody can tell whether the SLA was met, and a provider measuring alone cannot be checked.',
      values: MEASURERS,
      forms: [{ head: [word('who', MEASURERS, 'who measures', true), text('how', true)], shape: 'measured_by provider|client|independent "How"' }],
    },
    {
      keyword: 'maintenance',
      signature: 'maintenance [emergency] [max DURATION PERIOD] [notice DURATION]',
      doc: 'Planned maintenance, which does not count as downtime: how much of it there may be, and how far ahead the client is told.',
      values: ['max', 'notice', 'emergency'],
      forms: [
        {
          head: [word('kind', ['emergency'], 'a kind of maintenance', true), text('description', true)],
          options: { max: [duration('max'), RECURRING('period', true)], ...NOTICE },
          shape: 'maintenance max 4 hours monthly notice 5 days',
        },
      ],
    },
    {
      keyword: 'exclude',
      signature: 'exclude force_majeure, client_caused, third_party, beta, "…"',
      doc: 'Events that do not count as downtime. Each exclusion takes away part of the promise.',
      values: SLA_EXCLUSIONS,
      forms: [{ head: [words('exclusions', SLA_EXCLUSIONS, 'an SLA exclusion', true)], shape: 'exclude force_majeure, client_caused, "…"' }],
    },
    {
      keyword: 'credit',
      signature: 'credit (PERCENT | N days | Nx downtime_fees) (when below PERCENT | when PRIORITY respond|resolve over DURATION | per breach | per DURATION downtime) [after DURATION downtime]',
      doc: 'The service credit owed when a target is missed: a share of the period’s fee, days of service added, a multiple of the fees for the downtime, or an amount per block of downtime.',
      values: ['when', 'per', 'after'],
      forms: [
        {
          head: [anyValue('amount', 'a credit such as `10%`, `3 days` or `10x downtime_fees`'), { ...word('basis', ['downtime_fees'], 'what the multiple is of', true), when: (f) => !Array.isArray(f.amount) && f.amount?.kind === 'multiple' }],
          options: {
            when: {
              any: [
                ['below', anyValue('threshold', 'a percentage such as `99.5%`')],
                [word('priority', undefined, 'a priority name'), word('metric', ['respond', 'resolve'], '`respond` or `resolve`'), 'over', duration('limit')],
              ],
            },
            per: { any: [['breach'], [duration('block'), 'downtime']] },
            after: [duration('minimum'), 'downtime'],
          },
          shape: 'credit 10% when below 99.9%',
          leftover: 'Say when the credit is owed: `credit 10% when below 99.9%`, `credit 5% per breach`, `credit 5% when p1 respond over 30 minutes` or `credit 5% per 30 minutes downtime`.',
        },
      ],
    },
    {
      keyword: 'credit_cap',
      signature: 'credit_cap PERCENT | credit_cap N days',
      doc: 'The most the provider credits in one measurement period, as a share of the period’s fee or in days of service.',
      forms: [{ head: [anyValue('value', 'a cap such as `50%` or `15 days`')], shape: 'credit_cap 50% | credit_cap 15 days' }],
    },
    {
      keyword: 'claim',
      signature: 'claim within DURATION after month_end|incident|eligibility | claim automatic',
      doc: 'How the client obtains credits: by claiming them within a deadline, or automatically.',
      values: ['within', 'automatic'],
      forms: [
        { head: ['automatic'], shape: 'claim automatic' },
        { head: ['within', duration('within')], options: { after: [word('from', CLAIM_FROM, 'the event the claim window runs from')] }, shape: 'claim within 30 days after month_end' },
      ],
    },
    {
      keyword: 'credits',
      signature: 'credits applied future_invoices|refund | credits forfeit_on_termination | credits only_if paid_up',
      doc: 'How credits are paid out, and the conditions that take them away.',
      values: ['applied', 'forfeit_on_termination', 'only_if'],
      forms: [
        {
          head: [],
          options: { applied: [word('applied', CREDIT_APPLIED, 'how credits are paid')], forfeit_on_termination: [], only_if: [word('condition', ['paid_up'], 'a condition')] },
          shape: 'credits applied future_invoices',
        },
      ],
    },
    { keyword: 'sole_remedy', signature: 'sole_remedy', doc: "The credits are the client's only remedy for missed service levels.", forms: [{ head: [], shape: 'sole_remedy' }] },
    {
      keyword: 'chronic_failure',
      signature: 'chronic_failure terminate when below PERCENT for N months | for N of M months',
      doc: 'The right to leave after repeated failure to meet the service level.',
      values: ['terminate'],
      forms: [
        {
          head: [word('remedy', ['terminate'], 'the remedy')],
          options: {
            when: ['below', slot('threshold', ['percent', 'number'], 'a percentage such as `99.0%`')],
            for: { any: [[slot('count', ['number'], 'a number of periods'), 'of', duration('of')], [duration('for')]] },
          },
          shape: 'chronic_failure terminate when below 99.0% for 3 months',
        },
      ],
    },
    {
      keyword: 'answer',
      signature: 'answer calls within DURATION',
      doc: 'How fast the service desk answers calls (or chats).',
      values: ['calls', 'chats'],
      forms: [{ head: [word('channel', ['calls', 'chats', 'emails'], 'what is answered', true), 'within', duration('within')], shape: 'answer calls within 30 seconds' }],
    },
    {
      keyword: 'notify',
      signature: 'notify outage within DURATION',
      doc: 'How soon the provider tells the client about an outage.',
      values: ['outage'],
      forms: [{ head: [word('event', ['outage', 'incident'], 'what is notified'), 'within', duration('within')], shape: 'notify outage within 30 minutes' }],
    },
    { keyword: 'updates', signature: 'updates every DURATION', doc: 'How often the provider updates the client during an incident.', values: ['every'], forms: [{ head: ['every', duration('every')], shape: 'updates every 60 minutes' }] },
    { keyword: 'root_cause', signature: 'root_cause within DURATION', doc: 'How soon the provider delivers a root-cause analysis after a major incident.', values: ['within'], forms: [{ head: ['within', duration('within')], shape: 'root_cause within 5 business_days' }] },
    TEXT,
  ],
  payment: [
    {
      keyword: 'fee',
      signature: 'fee MONEY PERIOD',
      doc: 'A fee, with its currency and period (`once` for a one-off fee).',
      values: PERIOD_WORDS,
      forms: [{ head: [slot('amount', ['money', 'number', 'string', 'percent'], 'an amount such as `12500 USD`'), PERIOD('period', true)], shape: 'fee MONEY PERIOD' }],
    },
    {
      keyword: 'model',
      signature: 'model fixed | time_and_materials | usage',
      doc: 'How the fee is computed.',
      values: ['fixed', 'time_and_materials', 'usage'],
      // Open here: \`payment-no-model\` suggests the nearest model with a fix.
      forms: [{ head: [anyValue('value', 'a pricing model')], shape: 'model fixed | time_and_materials | usage' }],
    },
    {
      keyword: 'rate',
      signature: 'rate "What" MONEY PERIOD [per UNIT]',
      doc: 'A rate: for time-and-materials work (per hour or day) or for usage (per user, per unit).',
      forms: [{ head: [text('label', true), slot('amount', ['money', 'number'], 'an amount such as `150 USD`'), PERIOD('period', true)], options: { per: [word('unit', undefined, 'a unit such as `user`')] }, shape: 'rate "What" MONEY PERIOD [per UNIT]' }],
    },
    {
      keyword: 'minimum',
      signature: 'minimum MONEY PERIOD',
      doc: 'The least the client pays in a period, whatever it uses.',
      values: PERIOD_WORDS,
      forms: [{ head: [slot('amount', ['money', 'number'], 'an amount such as `4000 USD`'), PERIOD('period', true)], shape: 'minimum MONEY PERIOD' }],
    },
    {
      keyword: 'invoice',
      signature: 'invoice PERIOD in_advance|in_arrears',
      doc: 'How often the provider invoices, and whether for the coming or the past period.',
      values: PERIOD_WORDS,
      forms: [{ head: [PERIOD('period'), word('timing', ['in_advance', 'in_arrears'], '`in_advance` or `in_arrears`', true)], shape: 'invoice PERIOD in_advance|in_arrears' }],
    },
    {
      keyword: 'due',
      signature: 'due DURATION after invoice | due on_receipt',
      doc: 'When an invoice must be paid.',
      values: ['on_receipt'],
      forms: [
        { head: ['on_receipt'], shape: 'due on_receipt' },
        { head: [anyValue('value', 'a duration such as `30 days`')], options: { after: [word('from', ['invoice'], 'what the payment window runs from')] }, shape: 'due DURATION after invoice' },
      ],
    },
    {
      keyword: 'late_fee',
      signature: 'late_fee PERCENT PERIOD | late_fee MONEY once',
      doc: 'What the client owes when it pays late.',
      forms: [{ head: [anyValue('amount', 'a percentage or an amount'), PERIOD('period', true)], shape: 'late_fee PERCENT PERIOD | late_fee MONEY once' }],
    },
    {
      keyword: 'expenses',
      signature: 'expenses cap MONEY PERIOD [preapproved]',
      doc: 'Reimbursable expenses and their cap.',
      values: ['cap'],
      forms: [
        { head: ['cap', slot('cap', ['money', 'number'], 'an amount such as `1000 USD`'), PERIOD('period', true)], options: { preapproved: [] }, shape: 'expenses cap MONEY PERIOD [preapproved]' },
        { head: [text('description', true)], options: { preapproved: [] }, shape: 'expenses "…"' },
      ],
    },
    {
      keyword: 'price_increase',
      signature: 'price_increase cap PERCENT PERIOD | price_increase index CPI [cap PERCENT] [PERIOD] [notice DURATION] | price_increase step PERCENT (PERIOD | at renewal)',
      doc: 'How prices may rise: a capped increase, an increase tied to an index, or a fixed step.',
      values: ['cap', 'index', 'step'],
      forms: [
        { head: ['cap', anyValue('cap', 'a percentage such as `5%`'), RECURRING('period', true)], options: { at: ['renewal'], ...NOTICE }, shape: 'price_increase cap 5% yearly' },
        {
          head: ['index', slot('index', ['word', 'string'], 'a price index', { words: PRICE_INDEXES })],
          options: { cap: [percent('cap')], at: ['renewal'], ...NOTICE, yearly: [], quarterly: [], monthly: [] },
          shape: 'price_increase index CPI cap 5% yearly notice 30 days',
        },
        { head: ['step', percent('step'), RECURRING('period', true)], options: { at: ['renewal'], ...NOTICE }, shape: 'price_increase step 5% at renewal' },
        // Version 1: an increase with no cap at all (\`payment-uncapped-increase\`).
        { head: [anyValue('uncapped', 'a period', true), RECURRING('period', true)], options: NOTICE, shape: 'price_increase PERIOD' },
      ],
    },
    {
      keyword: 'suspension',
      signature: 'suspension after DURATION overdue [notice DURATION]',
      doc: 'When the provider may suspend the service for unpaid invoices, and with what warning.',
      values: ['after'],
      forms: [{ head: ['after', duration('after'), 'overdue'], options: NOTICE, shape: 'suspension after 30 days overdue notice 10 days' }],
    },
    {
      keyword: 'disputes',
      signature: 'disputes pay_undisputed notify within DURATION',
      doc: 'How the client disputes an invoice: it pays the undisputed part and notifies the dispute in time.',
      values: ['pay_undisputed'],
      forms: [{ head: [word('rule', ['pay_undisputed', 'withhold'], 'how disputed amounts are treated', true)], options: { notify: ['within', duration('within')] }, shape: 'disputes pay_undisputed notify within 15 days' }],
    },
    TEXT,
  ],
  data_protection: [
    {
      keyword: 'comply',
      signature: 'comply GDPR, HIPAA, …',
      doc: 'The data-protection regulations and standards the provider complies with.',
      values: REGULATIONS,
      forms: [{ head: [words('regulations', REGULATIONS, 'a regulation')], shape: 'comply GDPR, HIPAA' }],
    },
    {
      keyword: 'breach_notice',
      signature: 'breach_notice [personal_data_breach|security_incident] within DURATION',
      doc: 'How soon the provider tells the client about a personal-data breach (or, with `security_incident`, any security incident).',
      values: ['within', ...BREACH_KINDS],
      forms: [{ head: [word('kind', BREACH_KINDS, 'a kind of breach', true), word('within_word', ['within'], '`within`', true), anyValue('within', 'a duration such as `48 hours`')], shape: 'breach_notice [personal_data_breach|security_incident] within DURATION' }],
    },
    { keyword: 'access', signature: 'access "…"', doc: "Who may access the client's data, and how access is controlled." },
    {
      keyword: 'encryption',
      signature: 'encryption at_rest, in_transit',
      doc: 'Where the data is encrypted.',
      values: ['at_rest', 'in_transit'],
      forms: [{ head: [words('values', ['at_rest', 'in_transit'], 'where data is encrypted', true)], shape: 'encryption at_rest, in_transit' }],
    },
    {
      keyword: 'location',
      signature: 'location REGION|"…" [transfer none|scc|adequacy|bcr]',
      doc: 'Where the data is stored and processed, and the legal basis for any transfer outside it.',
      values: REGIONS,
      forms: [{ head: [slot('value', ['word', 'string'], 'a region', { words: REGIONS })], options: { transfer: [word('transfer', TRANSFER_BASES, 'a transfer basis')] }, shape: 'location EU transfer scc' }],
    },
    {
      keyword: 'subprocessors',
      signature: 'subprocessors approval client | notify [DURATION] [objection] | flow_down | free',
      doc: 'Control over the provider’s own suppliers who handle the data: prior approval, notice with a right to object, the same terms flowed down, or none.',
      values: ['approval', 'notify', 'flow_down', 'free'],
      forms: [
        { head: ['approval', word('approver', ['client'], 'who approves', true)], shape: 'subprocessors approval client' },
        { head: ['notify', duration('notify', true)], options: { objection: [] }, shape: 'subprocessors notify 30 days objection' },
        { head: [word('mode', ['flow_down', 'free'], 'a subprocessor regime')], shape: 'subprocessors flow_down | free' },
      ],
    },
    {
      keyword: 'audit',
      signature: 'audit client|reports ["What"] [PERIOD] [notice DURATION]',
      doc: 'How the client checks compliance: its own audits, or independent reports such as SOC 2 Type II.',
      values: ['client', 'reports'],
      forms: [{ head: [word('by', ['client', 'reports'], '`client` or `reports`'), text('what', true), RECURRING('period', true)], options: NOTICE, shape: 'audit client yearly notice 30 days' }],
    },
    {
      keyword: 'delete_data',
      signature: 'delete_data within DURATION [certified]',
      doc: "How soon after the agreement ends the client's data is deleted, and whether the deletion is certified.",
      values: ['within'],
      forms: [{ head: ['within', duration('within')], options: { after: ['termination'], certified: [] }, shape: 'delete_data within 30 days certified' }],
    },
    {
      keyword: 'return_data',
      signature: 'return_data within DURATION [after termination] [format "…"]',
      doc: "How soon after the agreement ends the client's data is returned, and in what format.",
      values: ['within'],
      forms: [{ head: [word('within_word', ['within'], '`within`', true), anyValue('within', 'a duration such as `30 days`')], options: { after: ['termination'], format: [text('format')] }, shape: 'return_data within 30 days format "CSV"' }],
    },
    TEXT,
  ],
  term: [
    { keyword: 'initial', signature: 'initial DURATION | initial ends YYYY-MM-DD', doc: 'The initial term, counted from the effective date.', values: ['ends'] },
    {
      keyword: 'renewal',
      signature: 'renewal automatic DURATION notice DURATION | renewal manual [DURATION] | renewal none',
      doc: 'What happens when a term ends: automatic renewal (unless notice is given in time), renewal only by agreement, or none.',
      values: ['automatic', 'manual', 'none'],
    },
    { keyword: 'until_terminated', signature: 'until_terminated', doc: 'The agreement runs until one side ends it (evergreen).', forms: [{ head: [], shape: 'until_terminated' }] },
    {
      keyword: 'extension',
      signature: 'extension client|provider|either DURATION notice DURATION',
      doc: 'An option to extend the agreement by a stated period, exercised by notice.',
      values: WHO,
      forms: [{ head: [word('who', WHO, 'who may extend'), duration('duration')], options: NOTICE, shape: 'extension client 12 months notice 90 days' }],
    },
    TEXT,
  ],
  termination: [
    { keyword: 'for_convenience', signature: 'for_convenience WHO notice DURATION [fee DURATION|MONEY]', doc: 'Ending the agreement without a breach, on notice, possibly against a fee.', values: WHO },
    { keyword: 'for_cause', signature: 'for_cause WHO cure DURATION', doc: 'Ending the agreement for a material breach that is not cured in time.', values: WHO },
    {
      keyword: 'transition',
      signature: 'transition DURATION [included|at_rates]',
      doc: 'Exit assistance: how long the provider helps hand over to a new provider, and whether that help is included in the fees or charged at the rates.',
      values: TRANSITION_PRICING,
      forms: [{ head: [anyValue('duration', 'a duration such as `90 days`'), word('pricing', TRANSITION_PRICING, '`included` or `at_rates`', true)], shape: 'transition DURATION included|at_rates' }],
    },
    TEXT,
  ],
  reporting: [
    { keyword: 'report', signature: 'report PERIOD "What"', doc: 'A recurring report from the provider to the client.', values: PERIOD_WORDS, forms: [{ head: [PERIOD('period'), text('label', true)], shape: 'report PERIOD "What"' }] },
    { keyword: 'review', signature: 'review PERIOD', doc: 'A recurring service review meeting.', values: PERIOD_WORDS, forms: [{ head: [PERIOD('period')], shape: 'review PERIOD' }] },
    TEXT,
  ],
  liability: [
    {
      keyword: 'cap',
      signature: 'cap N months fees | cap MONEY [per record] [per_claim|aggregate] | cap unlimited',
      doc: 'The most a party pays for all claims (aggregate, the default) or each claim; “fees” are those of the 12 months before the claim.',
      values: ['unlimited'],
      forms: [
        {
          head: [slot('amount', ['duration', 'money', 'word', 'number'], 'a cap such as `12 months fees` or `1000000 USD`', { words: ['unlimited'] }), word('of', ['fees'], '`fees`', true)],
          options: { per: ['record'], per_claim: [], aggregate: [] },
          shape: 'cap 12 months fees | cap MONEY | cap unlimited',
        },
      ],
    },
    {
      keyword: 'exclude',
      signature: 'exclude indirect, lost_profits, lost_data, …',
      doc: 'Kinds of loss for which neither party is liable.',
      values: LIABILITY_EXCLUSIONS,
      forms: [{ head: [words('losses', LIABILITY_EXCLUSIONS, 'a kind of loss', true)], shape: 'exclude indirect, lost_profits, lost_data' }],
    },
    {
      keyword: 'uncapped',
      signature: 'uncapped confidentiality, data_breach, indemnity, gross_negligence, wilful_misconduct, …',
      doc: 'Liabilities the cap does not limit.',
      values: CARVE_OUTS,
      forms: [{ head: [words('claims', CARVE_OUTS, 'a liability that can stay uncapped', true)], shape: 'uncapped confidentiality, data_breach' }],
    },
    {
      keyword: 'super_cap',
      signature: 'super_cap CLAIM N months fees | super_cap CLAIM MONEY',
      doc: 'A higher cap for one kind of claim, such as data breaches.',
      values: CARVE_OUTS,
      forms: [{ head: [words('claims', CARVE_OUTS, 'a kind of claim'), slot('amount', ['duration', 'money', 'number'], 'a cap such as `36 months fees`'), word('of', ['fees'], '`fees`', true)], shape: 'super_cap data_breach 36 months fees' }],
    },
    {
      keyword: 'indemnify',
      signature: 'indemnify provider|client for ip_infringement, data_breach, third_party_claims, …',
      doc: 'Who defends and holds the other harmless against which third-party claims.',
      values: ROLES,
      forms: [{ head: [word('who', ROLES, '`provider` or `client`'), 'for', words('claims', INDEMNITIES, 'an indemnified claim', true)], shape: 'indemnify provider for ip_infringement, data_breach' }],
    },
    {
      keyword: 'insurance',
      signature: 'insurance cyber|professional_indemnity|general_liability|… MONEY',
      doc: 'Insurance the provider keeps, and its amount.',
      values: INSURANCE_KINDS,
      forms: [{ head: [word('kind', INSURANCE_KINDS, 'a kind of insurance'), money('amount', true)], shape: 'insurance cyber 5000000 USD' }],
    },
    TEXT,
  ],
  changes: [
    {
      keyword: 'provider',
      signature: 'provider may_change sla, services, policies, prices notice DURATION [at renewal]',
      doc: 'What the provider may change on its own, and with what notice.',
      values: ['may_change'],
      forms: [{ head: ['may_change', words('targets', CHANGE_TARGETS, 'something that may change')], options: { ...NOTICE, at: ['renewal'] }, shape: 'provider may_change sla, services notice 90 days' }],
    },
    {
      keyword: 'client',
      signature: 'client may_terminate',
      doc: 'The client may leave, without a fee, when a change harms it.',
      values: ['may_terminate'],
      forms: [{ head: ['may_terminate'], options: NOTICE, shape: 'client may_terminate' }],
    },
    {
      keyword: 'change_control',
      signature: 'change_control written [approvers "…"]',
      doc: 'Changes agreed between the parties are made in writing, approved by named people.',
      values: ['written'],
      forms: [{ head: ['written'], options: { approvers: [text('approvers')] }, shape: 'change_control written approvers "Client CIO"' }],
    },
    TEXT,
  ],
  milestones: [
    {
      keyword: 'milestone',
      signature: 'milestone NAME "What" due YYYY-MM-DD pays N% acceptance DURATION',
      doc: 'A deliverable: its due date, the share of the one-off fees it pays, and how long the client has to accept it.',
      values: ['due', 'pays', 'acceptance'],
      forms: [{ head: [word('name', undefined, 'a short name'), text('label', true)], options: { due: [date('due')], pays: [percent('pays')], acceptance: [duration('acceptance')] }, shape: 'milestone design "Design approved" due 2027-03-31 pays 30% acceptance 10 business_days' }],
    },
    TEXT,
  ],
  clause: [TEXT],
};

/** Looks up the spec of a statement in a block kind. */
export function statementSpec(block: BlockKind, keyword: string): StatementSpec | undefined {
  return SCHEMA[block].find((s) => s.keyword === keyword);
}

/** Where each statement kind conventionally goes in a contract, for quick fixes and rendering. */
export const CLAUSE_ORDER: readonly string[] = [
  'id',
  'kind',
  'under',
  'precedence',
  'effective',
  'governing_law',
  'definitions',
  'party',
  'scope',
  'sla',
  'payment',
  'milestones',
  'liability',
  'data_protection',
  'changes',
  'term',
  'termination',
  'reporting',
  'clause',
];
