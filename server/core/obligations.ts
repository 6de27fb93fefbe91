/**
 * Obligations: per party, what it owes and by when — response and resolution
 * times, availability, reports, reviews, breach notices, payments, notices for
 * renewal and termination, transition assistance and data return. Each item
 * keeps the span of the statement that creates it, so that an editor can
 * reveal its source line and the renderer can link to its section.
 */
import type { ContractNode, PartyNode, SlaNode, Span, Statement } from '../../grammar/index.js';
import {
  durationPhrase,
  everyPeriod,
  joinAnd,
  longDate,
  perPeriod,
  quoted,
  valuePhrase,
  withinPhrase,
  wordPhrase,
} from './render/phrases.js';
import { allowedDowntime, formatMinutes, fromDateValue, isDuration, noticeDeadline, PERIOD_LABEL, type CalendarDate } from './time.js';
import { initialTermEnd } from './calendar.js';

/** The two sides of the agreement. */
export type PartyRole = 'provider' | 'client';

/** What kind of duty an obligation is. */
export type ObligationKind =
  | 'availability'
  | 'respond'
  | 'resolve'
  | 'target'
  | 'service-credit'
  | 'invoice'
  | 'payment'
  | 'late-payment'
  | 'report'
  | 'review'
  | 'breach-notice'
  | 'data-return'
  | 'renewal-notice'
  | 'termination-notice'
  | 'termination-fee'
  | 'cure'
  | 'transition';

/** One thing a party owes, and by when. */
export interface Obligation {
  /** Who owes it. */
  party: PartyRole;
  kind: ObligationKind;
  /** What is owed, as an imperative phrase: "Respond to critical incidents". */
  what: string;
  /** By when or how often, in words: "within 15 minutes", "by 1 November 2028". */
  when: string;
  /** The fixed calendar date it falls due, when the contract determines one. */
  date?: CalendarDate;
  /** The keyword of the statement that creates it (`priority`, `due`, …). */
  keyword: string;
  /** The whole source line of that statement. */
  span: Span;
}

/** The obligations of one party of the contract. */
export interface PartyObligations {
  role: PartyRole;
  /** The party's short name (`acme`), when declared. */
  name?: string;
  /** How a reader names the party: its legal name and role, e.g. "Acme Managed Services LLC (Provider)". */
  label: string;
  /** The span of the `party` statement, when declared. */
  span?: Span;
  obligations: Obligation[];
}

function serviceNames(contract: ContractNode, sla: SlaNode): string[] {
  const described = new Map<string, string>();
  for (const scope of contract.scopes) {
    for (const s of scope.services) if (s.name) described.set(s.name.text, s.description?.value ?? s.name.text);
  }
  return sla.services.map((w) => described.get(w.text) ?? wordPhrase(w.text));
}

/** "critical incidents", "high-priority incidents", or "incidents" when no level is written. */
export function incidentsPhrase(level: string | undefined): string {
  if (!level) return 'incidents';
  return level === 'critical' ? 'critical incidents' : `${wordPhrase(level)}-priority incidents`;
}

/** The services an SLA covers, in words ("Help desk support and Managed network security"). */
export function slaServicesPhrase(contract: ContractNode, sla: SlaNode): string {
  const names = serviceNames(contract, sla);
  return names.length ? joinAnd(names) : 'the services';
}

/** Every obligation the contract creates, in source order. */
export function contractObligations(contract: ContractNode): Obligation[] {
  const out: Obligation[] = [];
  const add = (party: PartyRole | 'both', stmt: Statement, kind: ObligationKind, what: string, when: string, date?: CalendarDate) => {
    const parties: PartyRole[] = party === 'both' ? ['provider', 'client'] : [party];
    for (const p of parties) {
      const o: Obligation = { party: p, kind, what, when, keyword: stmt.keyword ?? '', span: stmt.lineSpan };
      if (date) o.date = date;
      out.push(o);
    }
  };

  for (const sla of contract.slas) {
    const services = slaServicesPhrase(contract, sla);
    for (const u of sla.uptimes) {
      let when = inPeriodOr(u.period, 'over an unstated measurement period');
      if (u.value?.kind === 'percent' && u.period?.kind === 'word') {
        const minutes = allowedDowntime(u.value.value, u.period.text);
        if (minutes !== undefined) when += ` (at most ${formatMinutes(minutes)} of downtime in ${PERIOD_LABEL[u.period.text] ?? 'a period'})`;
      }
      add('provider', u.stmt, 'availability', `Keep ${services} available at least ${valuePhrase(u.value)} of the time`, when);
    }
    for (const p of sla.priorities) {
      const incidents = incidentsPhrase(p.level?.text);
      if (p.respond) add('provider', p.stmt, 'respond', `Respond to ${incidents} (${services})`, withinPhrase(p.respond));
      if (p.resolve) add('provider', p.stmt, 'resolve', `Resolve ${incidents} (${services})`, withinPhrase(p.resolve));
    }
    for (const t of sla.targets) {
      add('provider', t.stmt, 'target', `Meet the target ${t.label ? quoted(t.label.value) : '(unnamed)'} at ${valuePhrase(t.value)}`, inPeriodOr(t.period, 'over an unstated period'));
    }
    for (const c of sla.credits) {
      const measure = sla.uptimes.length ? 'availability' : 'performance';
      const trigger =
        c.trigger === 'below' ? `when ${measure} falls below ${valuePhrase(c.threshold)}` : c.trigger === 'per_breach' ? 'for each breach of the service levels' : 'when the service levels are missed';
      add('provider', c.stmt, 'service-credit', `Credit ${valuePhrase(c.amount)} of the monthly fee (${services})`, trigger);
    }
  }

  for (const pay of contract.payments) {
    const due = pay.dues[0];
    const dueWhen = due ? (due.onReceipt ? 'on receipt of each invoice' : `within ${valuePhrase(due.value)} after each invoice`) : 'by an unstated due date';
    for (const inv of pay.invoices) {
      const timing = inv.timing?.kind === 'word' ? (inv.timing.text === 'in_advance' ? ', in advance' : inv.timing.text === 'in_arrears' ? ', in arrears' : `, ${wordPhrase(inv.timing.text)}`) : '';
      add('provider', inv.stmt, 'invoice', `Invoice the fees${timing}`, everyPeriod(inv.period) ?? 'at an unstated interval');
    }
    for (const fee of pay.fees) {
      const per = perPeriod(fee.period);
      add('client', fee.stmt, 'payment', `Pay the fee of ${valuePhrase(fee.amount)}${per ? ` ${per}` : ''}`, dueWhen);
    }
    for (const rate of pay.rates) {
      const per = perPeriod(rate.period);
      add('client', rate.stmt, 'payment', `Pay for work by ${rate.label ? quoted(rate.label.value) : 'the named role'} at ${valuePhrase(rate.amount)}${per ? ` ${per}` : ''}`, dueWhen);
    }
    for (const late of pay.lateFees) {
      const per = perPeriod(late.period);
      add('client', late.stmt, 'late-payment', `Pay a late fee of ${valuePhrase(late.amount)}${per && per !== 'once' ? ` ${per}` : ''} on overdue amounts`, 'when an invoice is paid late');
    }
  }

  for (const dp of contract.dataProtections) {
    for (const b of dp.breachNotices) {
      add('provider', b.stmt, 'breach-notice', 'Notify the Client of a personal-data breach', `within ${valuePhrase(b.within)} of becoming aware of it`);
    }
    for (const r of dp.returnData) {
      add('provider', r.stmt, 'data-return', "Return the Client's data", `within ${valuePhrase(r.within)} after the agreement ends`);
    }
  }

  const effective = fromDateValue(contract.effective?.date);
  for (const term of contract.terms) {
    const r = term.renewal;
    if (r?.mode?.text === 'automatic' && r.notice) {
      const end = initialTermEnd(effective, term);
      const deadline = end && isDuration(r.notice) ? noticeDeadline(end, r.notice) : undefined;
      const when = deadline
        ? `by ${longDate(deadline)} (${valuePhrase(r.notice)} before the initial term ends), and as long before each later term ends`
        : `at least ${valuePhrase(r.notice)} before the current term ends`;
      add('both', r.stmt, 'renewal-notice', 'To stop the automatic renewal, give written notice of non-renewal', when, deadline);
    }
  }

  for (const t of contract.terminations) {
    for (const fc of t.forConvenience) {
      const who = fc.who?.text;
      const party: PartyRole | 'both' = who === 'client' ? 'client' : who === 'provider' ? 'provider' : 'both';
      add(party, fc.stmt, 'termination-notice', 'To terminate for convenience, give written notice', fc.notice ? `at least ${valuePhrase(fc.notice)} in advance` : 'with an unstated notice period');
      if (fc.fee) {
        const fee = isDuration(fc.fee) ? `${durationPhrase(fc.fee.amount, fc.fee.unit)} of fees` : valuePhrase(fc.fee);
        add(party, fc.stmt, 'termination-fee', `Pay a termination fee of ${fee}`, 'when terminating for convenience');
      }
    }
    for (const fc of t.forCause) {
      // The party that may terminate is not the one that must cure: a client's right binds the provider.
      const who = fc.who?.text;
      const party: PartyRole | 'both' = who === 'client' ? 'provider' : who === 'provider' ? 'client' : 'both';
      add(party, fc.stmt, 'cure', 'Cure a material breach, or the other party may terminate', fc.cure ? `within ${valuePhrase(fc.cure)} of notice of the breach` : 'within an unstated cure period');
    }
    for (const tr of t.transitions) {
      add('provider', tr.stmt, 'transition', 'Assist the transition to the Client or a new provider', `for ${valuePhrase(tr.duration)} after the agreement ends`);
    }
  }

  for (const rep of contract.reportings) {
    for (const r of rep.reports) {
      add('provider', r.stmt, 'report', `Report to the Client on ${r.label ? quoted(r.label.value) : 'the services'}`, everyPeriod(r.period) ?? 'at an unstated interval');
    }
    for (const r of rep.reviews) {
      add('both', r.stmt, 'review', 'Take part in a service review meeting', everyPeriod(r.period) ?? 'at an unstated interval');
    }
  }

  out.sort((a, b) => a.span.start - b.span.start || (a.party < b.party ? -1 : a.party > b.party ? 1 : 0));
  return out;
}

function inPeriodOr(v: Parameters<typeof everyPeriod>[0], fallback: string): string {
  if (!v) return fallback;
  return v.kind === 'word' ? (v.text === 'once' ? 'once' : (everyPeriod(v) ?? fallback)) : valuePhrase(v);
}

function partyLabel(p: PartyNode | undefined, role: PartyRole): string {
  const roleWord = role === 'provider' ? 'Provider' : 'Client';
  const name = p?.legalName?.value ?? (p?.name ? p.name.text : undefined);
  return name ? `${name} (${roleWord})` : `The ${roleWord}`;
}

/**
 * The obligations grouped per party, parties in source order. A role with no
 * declared party still gets a group, so that no obligation is lost.
 */
export function obligationsByParty(contract: ContractNode): PartyObligations[] {
  const all = contractObligations(contract);
  const groups: PartyObligations[] = [];
  const roles: PartyRole[] = ['provider', 'client'];
  for (const p of contract.parties) {
    const role = p.role?.text;
    if (role !== 'provider' && role !== 'client') continue;
    const g: PartyObligations = { role, label: partyLabel(p, role), span: p.stmt.lineSpan, obligations: all.filter((o) => o.party === role) };
    if (p.name) g.name = p.name.text;
    groups.push(g);
  }
  for (const role of roles) {
    if (!groups.some((g) => g.role === role)) {
      groups.push({ role, label: partyLabel(undefined, role), obligations: all.filter((o) => o.party === role) });
    }
  }
  return groups;
}

