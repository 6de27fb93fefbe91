/**
 * Whom a change favours, and its bucket: one entry per statement kind of the
 * schema (grammar/schema.ts), keyed `BLOCK.KEYWORD`. A test fails when a
 * statement kind has no entry.
 *
 * Each entry says
 * - `bucket`: what the statement is about (money, time, risk, …);
 * - `added`: whom the statement favours when it is added to a contract (its
 *   removal favours the other side); `neutral` when it favours neither;
 * - `measures`: the numbers compared when the statement changes, each with
 *   the side a higher number favours (a higher uptime favours the client, a
 *   longer payment window the client, a higher liability cap the client). A
 *   change favours a side when every measure that moved points to it; measures
 *   pointing to both sides, or none moving, make it neutral.
 *
 * The "client" is the buyer of the services and the "provider" the seller,
 * as in the contract's `party` roles. Durations are compared on the calendar
 * model of time.ts (the midpoint of their shortest and longest span), never
 * by nominal minutes alone.
 */
import { fieldValue, fieldValues, type BlockKind, type Fields, type Statement, type Value } from '../../../grammar/index.js';
import { calendarSpanMinutes } from '../time.js';
import type { Bucket, Favour } from './types.js';

/** A statement as the diff sees it: where it stands, its meaning and its values. */
export interface StatementView {
  block: BlockKind;
  keyword: string;
  stmt: Statement;
  /** The statement's meaning read through the schema forms (empty for statements read by the tree builder). */
  fields: Fields;
  /** The values after the keyword, without commas and stray characters. */
  values: Value[];
}

type Side = 'client' | 'provider';
type Pick<T> = T | ((s: StatementView) => T);

/** One number of a statement that a change may move. */
export interface Measure {
  /** What it is, for the docs ("uptime percentage"). */
  label: string;
  read: (s: StatementView) => number | undefined;
  /** The side a higher number favours (neutral: the measure does not count, e.g. a cure period either side may need). */
  higher: Pick<Favour>;
}

export interface FavourEntry {
  bucket: Bucket;
  /** Whom the statement favours when added; its removal favours the other side. */
  added: Pick<Favour>;
  measures?: readonly Measure[];
  /** Why, in one line (docs/diff.md's favour table). */
  why: string;
}

// --- readers --------------------------------------------------------------

/** A value as a number: a percentage, a number, money, a multiple, a duration in calendar minutes (midpoint), `unlimited` as infinity. */
export function amountOf(v: Value | undefined): number | undefined {
  if (!v) return undefined;
  switch (v.kind) {
    case 'percent':
    case 'number':
    case 'multiple':
      return v.value;
    case 'money':
      return v.amount;
    case 'duration': {
      const span = calendarSpanMinutes(v);
      return (span.min + span.max) / 2;
    }
    case 'date':
      return v.year * 10000 + v.month * 100 + v.day;
    case 'word':
      return v.text === 'unlimited' ? Infinity : undefined;
    default:
      return undefined;
  }
}

/** A slot of the meaning, as a number. */
const field =
  (name: string) =>
  (s: StatementView): number | undefined =>
    amountOf(fieldValue(s.fields, name));

/** The value after a word of the statement (`notice` in `renewal automatic 12 months notice 60 days`), as a number. */
const after =
  (word: string, skip = 0) =>
  (s: StatementView): number | undefined => {
    const i = s.values.findIndex((v) => v.kind === 'word' && v.text === word);
    return i < 0 ? undefined : amountOf(s.values[i + 1 + skip]);
  };

/** The first value of one of the kinds, as a number. */
const first =
  (...kinds: Value['kind'][]) =>
  (s: StatementView): number | undefined =>
    amountOf(s.values.find((v) => kinds.includes(v.kind)));

/** The position of the statement's word (in a slot, or anywhere among its values) in an order from weakest to strongest. */
const rank =
  (order: readonly string[], name?: string) =>
  (s: StatementView): number | undefined => {
    const words = name ? fieldValues(s.fields, name) : s.values;
    let best: number | undefined;
    for (const v of words) {
      const i = order.indexOf(v.kind === 'string' || v.kind === 'textblock' ? '"…"' : v.text);
      if (i >= 0 && (best === undefined || i > best)) best = i;
    }
    return best;
  };

/** How many values a list slot holds (or the statement, without its fixed words). */
const count =
  (name: string) =>
  (s: StatementView): number | undefined => {
    const n = fieldValues(s.fields, name).length;
    return n || undefined;
  };

/** 1 when the statement carries the flag (`objection`, `certified`, `preapproved`), else 0. */
const flag =
  (word: string) =>
  (s: StatementView): number =>
    s.values.some((v) => v.kind === 'word' && v.text === word) ? 1 : 0;

/** The role named in a slot (`who`), or the first role word of the statement. */
function who(s: StatementView): string | undefined {
  const w = fieldValue(s.fields, 'who');
  if (w?.kind === 'word') return w.text;
  return s.values.find((v) => v.kind === 'word' && (v.text === 'client' || v.text === 'provider' || v.text === 'either'))?.text;
}

/** The side a right belongs to: `client`, `provider`, or neutral for `either`. */
function holder(s: StatementView): Favour {
  const w = who(s);
  return w === 'client' || w === 'provider' ? w : 'neutral';
}

/** The other side. */
export function other(f: Favour): Favour {
  return f === 'client' ? 'provider' : f === 'provider' ? 'client' : 'neutral';
}

/** For a right held by one side: a higher number (a longer notice, a higher fee) favours the other side; neutral for a right of either. */
function againstHolder(s: StatementView): Favour {
  return other(holder(s));
}

const NEUTRAL = (bucket: Bucket, why: string): FavourEntry => ({ bucket, added: 'neutral', why });
const PROSE = (bucket: Bucket): FavourEntry => NEUTRAL(bucket, 'Prose: read it; its meaning is not weighed.');

/** The favour table: one entry per `BLOCK.KEYWORD` of the schema. */
export const FAVOUR_TABLE: Readonly<Record<string, FavourEntry>> = {
  'file.contract': NEUTRAL('scope', 'A whole agreement; its statements are compared one by one.'),

  'contract.id': NEUTRAL('scope', 'A reference number.'),
  'contract.kind': NEUTRAL('scope', 'What kind of document this is (changes what it must contain).'),
  'contract.under': NEUTRAL('scope', 'Which master agreement it belongs to.'),
  'contract.precedence': NEUTRAL('risk', 'Which document wins a conflict: read the new order.'),
  'contract.effective': NEUTRAL('time', 'When the agreement starts; the term and notice dates move with it.'),
  'contract.governing_law': NEUTRAL('risk', 'The law of the agreement.'),
  'contract.definitions': NEUTRAL('scope', 'Whether the document writes out the language’s definitions.'),
  'contract.party': NEUTRAL('control', 'Who the parties are.'),
  'contract.scope': { bucket: 'scope', added: 'client', why: 'What the provider delivers.' },
  'contract.sla': { bucket: 'service_level', added: 'client', why: 'A service level binds the provider.' },
  'contract.payment': NEUTRAL('money', 'Payment terms.'),
  'contract.data_protection': { bucket: 'risk', added: 'client', why: 'Duties of the provider towards the client’s data.' },
  'contract.term': NEUTRAL('time', 'How long the agreement runs.'),
  'contract.termination': NEUTRAL('control', 'Ways out of the agreement.'),
  'contract.reporting': { bucket: 'control', added: 'client', why: 'Reports and reviews let the client monitor the provider.' },
  'contract.liability': NEUTRAL('risk', 'Who carries the risk.'),
  'contract.changes': NEUTRAL('control', 'Who may change what.'),
  'contract.milestones': NEUTRAL('time', 'Deliverables and their dates.'),
  'contract.clause': NEUTRAL('scope', 'A clause in prose.'),
  'contract.text': PROSE('scope'),

  'party.address': NEUTRAL('control', 'A postal address.'),
  'party.notices': NEUTRAL('control', 'Where formal notices go: a changed address changes where a notice is validly given.'),
  'party.text': PROSE('control'),

  'scope.service': { bucket: 'scope', added: 'client', why: 'A service added is more delivered for the fee.' },
  'scope.exclude': { bucket: 'scope', added: 'provider', why: 'An exclusion takes something out of the services.' },
  'scope.text': PROSE('scope'),

  'service.hours': {
    bucket: 'service_level',
    added: 'client',
    measures: [{ label: 'service hours (business < described < 24x7)', read: rank(['business', '"…"', '24x7'], 'hours'), higher: 'client' }],
    why: 'Longer service hours favour the client.',
  },
  'service.channels': { bucket: 'service_level', added: 'client', measures: [{ label: 'number of channels', read: count('channels'), higher: 'client' }], why: 'More ways to reach the service favour the client.' },
  'service.type': NEUTRAL('scope', 'What kind of service it is.'),
  'service.text': PROSE('scope'),

  'sla.uptime': { bucket: 'service_level', added: 'client', measures: [{ label: 'uptime percentage', read: field('value'), higher: 'client' }], why: 'A higher uptime promise favours the client (less downtime allowed).' },
  'sla.window': {
    bucket: 'service_level',
    added: 'neutral',
    measures: [{ label: 'measurement window (business < described < 24x7)', read: rank(['business', '"…"', '24x7'], 'window'), higher: 'client' }],
    why: 'Measuring around the clock favours the client: outages outside business hours count.',
  },
  'sla.priority': {
    bucket: 'service_level',
    added: 'client',
    measures: [
      { label: 'response time', read: after('within'), higher: 'provider' },
      { label: 'resolution time', read: (s) => after('within')({ ...s, values: s.values.slice(s.values.findIndex((v) => v.kind === 'word' && v.text === 'resolve')) }), higher: 'provider' },
    ],
    why: 'Faster response and resolution favour the client.',
  },
  'sla.target': {
    bucket: 'service_level',
    added: 'client',
    measures: [{ label: 'target (a percentage: higher is better; a duration: shorter is better)', read: first('percent', 'duration', 'number'), higher: (s) => (s.values.some((v) => v.kind === 'duration') ? 'provider' : 'client') }],
    why: 'A stricter target favours the client.',
  },
  'sla.measured_by': {
    bucket: 'control',
    added: 'client',
    measures: [{ label: 'who measures (provider < unstated < client < independent)', read: (s) => rank(['provider', '', 'client', 'independent'], 'who')(s) ?? 1, higher: 'client' }],
    why: 'Measurement the provider does not control favours the client.',
  },
  'sla.maintenance': {
    bucket: 'service_level',
    added: 'provider',
    measures: [
      { label: 'maintenance allowed', read: field('max'), higher: 'provider' },
      { label: 'notice of maintenance', read: field('notice'), higher: 'client' },
    ],
    why: 'Maintenance does not count as downtime: more of it favours the provider, longer notice the client.',
  },
  'sla.exclude': { bucket: 'service_level', added: 'provider', measures: [{ label: 'number of exclusions', read: count('exclusions'), higher: 'provider' }], why: 'Each exclusion takes away part of the promise.' },
  'sla.credit': {
    bucket: 'remedy',
    added: 'client',
    measures: [
      { label: 'credit amount', read: field('amount'), higher: 'client' },
      { label: 'uptime below which it is owed', read: field('threshold'), higher: 'client' },
      { label: 'response or resolution time over which it is owed', read: field('limit'), higher: 'provider' },
      { label: 'downtime per credit', read: field('block'), higher: 'provider' },
      { label: 'minimum outage', read: field('minimum'), higher: 'provider' },
    ],
    why: 'A larger credit, owed sooner, favours the client.',
  },
  'sla.credit_cap': { bucket: 'remedy', added: 'provider', measures: [{ label: 'credit cap', read: field('value'), higher: 'client' }], why: 'A cap limits credits: a higher cap favours the client; adding one favours the provider.' },
  'sla.claim': {
    bucket: 'remedy',
    added: (s) => (s.values.some((v) => v.kind === 'word' && v.text === 'automatic') ? 'client' : 'provider'),
    measures: [{ label: 'time to claim (automatic counts as unlimited)', read: (s) => (s.values.some((v) => v.kind === 'word' && v.text === 'automatic') ? Infinity : field('within')(s)), higher: 'client' }],
    why: 'A longer claim window, or automatic credits, favours the client.',
  },
  'sla.credits': {
    bucket: 'remedy',
    added: (s) => (s.values.some((v) => v.kind === 'word' && (v.text === 'forfeit_on_termination' || v.text === 'only_if')) ? 'provider' : s.values.some((v) => v.kind === 'word' && v.text === 'refund') ? 'client' : 'neutral'),
    measures: [{ label: 'how credits are paid (future invoices < refund)', read: rank(['future_invoices', 'refund'], 'applied'), higher: 'client' }],
    why: 'Conditions that take credits away favour the provider; refunds favour the client.',
  },
  'sla.sole_remedy': { bucket: 'remedy', added: 'provider', why: 'Credits as the only remedy shut out damages: the provider gains.' },
  'sla.chronic_failure': {
    bucket: 'remedy',
    added: 'client',
    measures: [
      { label: 'threshold', read: field('threshold'), higher: 'client' },
      { label: 'periods of failure before the right arises', read: (s) => field('count')(s) ?? field('for')(s), higher: 'provider' },
    ],
    why: 'A right to leave after repeated failure favours the client; the sooner it arises, the more.',
  },
  'sla.answer': { bucket: 'service_level', added: 'client', measures: [{ label: 'time to answer', read: field('within'), higher: 'provider' }], why: 'Faster answers favour the client.' },
  'sla.notify': { bucket: 'service_level', added: 'client', measures: [{ label: 'time to notify', read: field('within'), higher: 'provider' }], why: 'Faster notice of outages favours the client.' },
  'sla.updates': { bucket: 'service_level', added: 'client', measures: [{ label: 'interval between updates', read: field('every'), higher: 'provider' }], why: 'More frequent updates favour the client.' },
  'sla.root_cause': { bucket: 'service_level', added: 'client', measures: [{ label: 'time to a root-cause analysis', read: field('within'), higher: 'provider' }], why: 'A faster root-cause analysis favours the client.' },
  'sla.text': PROSE('service_level'),

  'payment.fee': { bucket: 'money', added: 'provider', measures: [{ label: 'fee', read: field('amount'), higher: 'provider' }], why: 'A higher fee favours the provider.' },
  'payment.model': NEUTRAL('money', 'How the fee is computed.'),
  'payment.rate': { bucket: 'money', added: 'provider', measures: [{ label: 'rate', read: field('amount'), higher: 'provider' }], why: 'A higher rate favours the provider.' },
  'payment.minimum': { bucket: 'money', added: 'provider', measures: [{ label: 'minimum charge', read: field('amount'), higher: 'provider' }], why: 'A minimum charge favours the provider.' },
  'payment.invoice': {
    bucket: 'money',
    added: 'neutral',
    measures: [{ label: 'timing (in advance < in arrears)', read: rank(['in_advance', 'in_arrears'], 'timing'), higher: 'client' }],
    why: 'Invoicing in arrears favours the client (it pays after the service).',
  },
  'payment.due': {
    bucket: 'money',
    added: 'neutral',
    measures: [{ label: 'payment window', read: (s) => (s.values.some((v) => v.kind === 'word' && v.text === 'on_receipt') ? 0 : field('value')(s)), higher: 'client' }],
    why: 'A longer payment window favours the client.',
  },
  'payment.late_fee': { bucket: 'money', added: 'provider', measures: [{ label: 'late fee', read: field('amount'), higher: 'provider' }], why: 'A higher late fee favours the provider.' },
  'payment.expenses': {
    bucket: 'money',
    added: 'provider',
    measures: [
      { label: 'expenses cap', read: field('cap'), higher: 'provider' },
      { label: 'pre-approval', read: flag('preapproved'), higher: 'client' },
    ],
    why: 'Reimbursed expenses favour the provider; a lower cap or pre-approval favours the client.',
  },
  'payment.price_increase': {
    bucket: 'money',
    added: 'provider',
    measures: [
      { label: 'increase allowed', read: (s) => field('cap')(s) ?? field('step')(s) ?? (fieldValue(s.fields, 'uncapped') ? Infinity : undefined), higher: 'provider' },
      { label: 'notice of an increase', read: field('notice'), higher: 'client' },
    ],
    why: 'Room to raise prices favours the provider.',
  },
  'payment.suspension': {
    bucket: 'remedy',
    added: 'provider',
    measures: [
      { label: 'days overdue before suspension', read: field('after'), higher: 'client' },
      { label: 'notice of suspension', read: field('notice'), higher: 'client' },
    ],
    why: 'A right to suspend favours the provider; a longer wait or notice favours the client.',
  },
  'payment.disputes': {
    bucket: 'money',
    added: 'client',
    measures: [{ label: 'time to notify a dispute', read: field('within'), higher: 'client' }],
    why: 'A way to dispute invoices favours the client.',
  },
  'payment.text': PROSE('money'),

  'data_protection.comply': { bucket: 'risk', added: 'client', measures: [{ label: 'regulations', read: count('regulations'), higher: 'client' }], why: 'Each regulation the provider complies with protects the client.' },
  'data_protection.breach_notice': { bucket: 'risk', added: 'client', measures: [{ label: 'time to notify a breach', read: field('within'), higher: 'provider' }], why: 'Faster breach notice favours the client.' },
  'data_protection.access': { bucket: 'risk', added: 'client', why: 'Access controls protect the client’s data.' },
  'data_protection.encryption': { bucket: 'risk', added: 'client', measures: [{ label: 'places encrypted', read: count('values'), higher: 'client' }], why: 'Encryption protects the client’s data.' },
  'data_protection.location': {
    bucket: 'risk',
    added: 'client',
    measures: [{ label: 'transfer basis (scc < bcr < adequacy < none)', read: rank(['scc', 'bcr', 'adequacy', 'none'], 'transfer'), higher: 'client' }],
    why: 'Keeping data in a stated place favours the client.',
  },
  'data_protection.subprocessors': {
    bucket: 'control',
    added: (s) => (s.values.some((v) => v.kind === 'word' && v.text === 'free') ? 'provider' : 'client'),
    measures: [
      { label: 'control (free < notify < flow_down < approval)', read: rank(['free', 'notify', 'flow_down', 'approval']), higher: 'client' },
      { label: 'right to object', read: flag('objection'), higher: 'client' },
      { label: 'notice of a new subprocessor', read: field('notify'), higher: 'client' },
    ],
    why: 'Control over the provider’s subprocessors favours the client.',
  },
  'data_protection.audit': {
    bucket: 'control',
    added: 'client',
    measures: [
      { label: 'audit (reports < client)', read: rank(['reports', 'client'], 'by'), higher: 'client' },
      { label: 'notice of an audit', read: field('notice'), higher: 'provider' },
    ],
    why: 'Audit rights favour the client.',
  },
  'data_protection.delete_data': {
    bucket: 'risk',
    added: 'client',
    measures: [
      { label: 'time to delete', read: field('within'), higher: 'provider' },
      { label: 'certified', read: flag('certified'), higher: 'client' },
    ],
    why: 'Prompt, certified deletion favours the client.',
  },
  'data_protection.return_data': { bucket: 'risk', added: 'client', measures: [{ label: 'time to return data', read: field('within'), higher: 'provider' }], why: 'Prompt return of data favours the client.' },
  'data_protection.text': PROSE('risk'),

  'term.initial': NEUTRAL('time', 'A longer commitment binds both sides.'),
  'term.renewal': {
    bucket: 'time',
    added: (s) => (s.values.some((v) => v.kind === 'word' && v.text === 'automatic') ? 'provider' : 'neutral'),
    measures: [
      { label: 'renewal (none < manual < automatic)', read: rank(['none', 'manual', 'automatic']), higher: 'provider' },
      { label: 'notice of non-renewal', read: after('notice'), higher: 'provider' },
    ],
    why: 'Automatic renewal, and a longer notice to stop it, favour the provider.',
  },
  'term.until_terminated': NEUTRAL('time', 'An evergreen agreement.'),
  'term.extension': { bucket: 'time', added: holder, measures: [{ label: 'notice to extend', read: field('notice'), higher: againstHolder }], why: 'An option to extend favours whoever holds it.' },
  'term.text': PROSE('time'),

  'termination.for_convenience': {
    bucket: 'control',
    added: holder,
    measures: [
      { label: 'notice', read: after('notice'), higher: againstHolder },
      { label: 'termination fee', read: after('fee'), higher: againstHolder },
    ],
    why: 'A right to leave favours whoever holds it; a longer notice or a higher fee favours the other side.',
  },
  'termination.for_cause': { bucket: 'control', added: holder, measures: [{ label: 'cure period', read: after('cure'), higher: againstHolder }], why: 'A right to terminate for breach favours whoever holds it; a longer cure period the party in breach.' },
  'termination.transition': {
    bucket: 'control',
    added: 'client',
    measures: [
      { label: 'exit assistance', read: field('duration'), higher: 'client' },
      { label: 'pricing (at rates < included)', read: rank(['at_rates', 'included'], 'pricing'), higher: 'client' },
    ],
    why: 'Longer, included exit assistance favours the client.',
  },
  'termination.text': PROSE('control'),

  'reporting.report': { bucket: 'control', added: 'client', measures: [{ label: 'frequency', read: rank(['once', 'yearly', 'quarterly', 'monthly', 'weekly', 'daily', 'hourly'], 'period'), higher: 'client' }], why: 'Reports let the client monitor the provider.' },
  'reporting.review': { bucket: 'control', added: 'client', measures: [{ label: 'frequency', read: rank(['once', 'yearly', 'quarterly', 'monthly', 'weekly', 'daily', 'hourly'], 'period'), higher: 'client' }], why: 'Reviews let the client monitor the provider.' },
  'reporting.text': PROSE('control'),

  'liability.cap': { bucket: 'risk', added: 'provider', measures: [{ label: 'liability cap', read: field('amount'), higher: 'client' }], why: 'A cap limits what the client can recover: a lower cap favours the provider.' },
  'liability.exclude': { bucket: 'risk', added: 'provider', measures: [{ label: 'losses excluded', read: count('losses'), higher: 'provider' }], why: 'Excluded losses cannot be recovered, mostly by the client.' },
  'liability.uncapped': { bucket: 'risk', added: 'client', measures: [{ label: 'liabilities outside the cap', read: count('claims'), higher: 'client' }], why: 'Claims outside the cap favour the client.' },
  'liability.super_cap': { bucket: 'risk', added: 'client', measures: [{ label: 'super cap', read: field('amount'), higher: 'client' }], why: 'A higher cap for some claims favours the client.' },
  'liability.indemnify': {
    bucket: 'risk',
    added: (s) => other(holder(s)),
    measures: [{ label: 'claims indemnified', read: count('claims'), higher: (s) => (holder(s) === 'client' ? 'provider' : 'client') }],
    why: 'An indemnity favours the party indemnified (the other side of whoever gives it).',
  },
  'liability.insurance': { bucket: 'risk', added: 'client', measures: [{ label: 'insured amount', read: field('amount'), higher: 'client' }], why: 'Insurance behind the provider’s liability favours the client.' },
  'liability.text': PROSE('risk'),

  'changes.provider': {
    bucket: 'control',
    added: 'provider',
    measures: [
      { label: 'what the provider may change', read: count('targets'), higher: 'provider' },
      { label: 'notice of a change', read: field('notice'), higher: 'client' },
    ],
    why: 'A right to change terms alone favours the provider; a longer notice favours the client.',
  },
  'changes.client': { bucket: 'control', added: 'client', why: 'A right to leave when a change harms it favours the client.' },
  'changes.change_control': NEUTRAL('control', 'Agreed changes in writing bind both sides.'),
  'changes.text': PROSE('control'),

  'milestones.milestone': {
    bucket: 'time',
    added: 'neutral',
    measures: [
      { label: 'due date', read: field('due'), higher: 'provider' },
      { label: 'acceptance period', read: field('acceptance'), higher: 'client' },
    ],
    why: 'A later due date favours the provider; a longer acceptance period the client.',
  },
  'milestones.text': PROSE('time'),

  'clause.text': PROSE('scope'),
};

/** The entry of a statement kind, or a neutral one for a kind the table does not know. */
export function favourEntry(block: string, keyword: string): FavourEntry {
  return FAVOUR_TABLE[`${block}.${keyword}`] ?? NEUTRAL('scope', 'Unknown statement kind.');
}

function pick<T>(p: Pick<T>, s: StatementView): T {
  return typeof p === 'function' ? (p as (s: StatementView) => T)(s) : p;
}

/**
 * Whom a change favours: an added statement its entry's `added` side, a
 * removed one the other side, a changed one the side every moved measure
 * points to (neutral when they disagree or none moved).
 */
export function favourOf(before: StatementView | undefined, after: StatementView | undefined): Favour {
  const s = after ?? before;
  if (!s) return 'neutral';
  const entry = favourEntry(s.block, s.keyword);
  if (before && !after) return other(pick(entry.added, before));
  if (after && !before) return pick(entry.added, after);
  let vote: Favour | undefined;
  for (const m of entry.measures ?? []) {
    const a = m.read(before!);
    const b = m.read(after!);
    if (a === undefined || b === undefined || a === b || Number.isNaN(a) || Number.isNaN(b)) continue;
    const higher = pick(m.higher, after!);
    if (higher === 'neutral') continue;
    const side: Favour = b > a ? higher : other(higher);
    if (vote === undefined) vote = side;
    else if (vote !== side) return 'neutral';
  }
  if (vote !== undefined) return vote;
  // Who holds the right changed (a right to leave moved from provider to client).
  if (entry.added !== undefined && typeof entry.added === 'function') {
    const a = pick(entry.added, before!);
    const b = pick(entry.added, after!);
    if (a !== b) {
      if (a === 'neutral') return b;
      if (b === 'neutral') return other(a);
      return b;
    }
  }
  return 'neutral';
}
