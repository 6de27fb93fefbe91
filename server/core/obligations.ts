/**
 * Obligations: per party, what it owes and by when — response and resolution
 * times, availability, service credits and their claims, outage notices and
 * root-cause reports, reports, reviews, breach notices, payments, notices
 * (maintenance, changes, price increases, suspension, renewal, extension,
 * termination), milestones and their acceptance, transition assistance, and
 * the deletion and return of data. Each item
 * keeps the span of the statement that creates it, so that an editor can
 * reveal its source line and the renderer can link to its section.
 */
import { fieldValue, fieldValues, fieldWord, type ContractNode, type Meaning, type PartyNode, type SlaNode, type Span, type Statement } from '../../grammar/index.js';
import { formatMoney } from './facts.js';
import { claimWindows, milestoneFacts } from './facts-render.js';
import { creditTerms, milestoneName } from './render/clauses.js';
import {
  durationPhrase,
  everyPeriod,
  joinAnd,
  longDate,
  perPeriod,
  quoted,
  setPhrase,
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
  | 'transition'
  | 'credit-claim'
  | 'maintenance-notice'
  | 'answer'
  | 'outage-notice'
  | 'incident-update'
  | 'root-cause'
  | 'subprocessor-notice'
  | 'subprocessor-approval'
  | 'audit-notice'
  | 'audit-report'
  | 'data-deletion'
  | 'price-increase-notice'
  | 'suspension-notice'
  | 'invoice-dispute'
  | 'change-notice'
  | 'extension-notice'
  | 'milestone'
  | 'acceptance';

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

  const effective = fromDateValue(contract.effective?.date);
  const firstDue = contract.payments.flatMap((p) => p.dues)[0];
  const dueWhen0 = firstDue ? (firstDue.onReceipt ? 'on receipt of its invoice' : `${withinPhrase(firstDue.value)} after its invoice`) : 'by an unstated due date';

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
      const t = creditTerms(sla, c);
      const trigger = t.condition ? t.condition.replace(/^if /, 'when ').replace('these service levels', 'the service levels') : 'when the service levels are missed';
      add('provider', c.stmt, 'service-credit', `Credit ${t.amount} (${services})`, `${trigger}${t.minimum ? `; ${t.minimum}` : ''}`);
    }
    for (const m of sla.items) slaItem(m, services);
  }

  /** The version-2 statements of an SLA that owe something. */
  function slaItem(m: Meaning, services: string): void {
    const f = m.fields;
    const within = fieldValue(f, 'within');
    switch (m.keyword) {
      case 'claim': {
        if (!within) return; // `claim automatic`: nothing to do.
        const from = fieldValue(f, 'from');
        const fromWord = fieldWord(f, 'from');
        const after = fromWord === 'month_end' ? ' after the end of each month' : from ? ` after ${setPhrase('claimFrom', from)}` : '';
        let first = '';
        if (effective && isDuration(within) && fromWord === 'month_end') {
          const w = claimWindows(effective, within, undefined, 1)[0];
          if (w) first = ` (for the first month of the term, by ${longDate(w.deadline)})`;
        }
        add('client', m.stmt, 'credit-claim', `Claim service credits (${services})`, `${withinPhrase(within)}${after}${first}`);
        return;
      }
      case 'maintenance': {
        const notice = fieldValue(f, 'notice');
        if (!notice) return;
        const kind = fieldWord(f, 'kind') === 'emergency' ? 'emergency' : 'planned';
        add('provider', m.stmt, 'maintenance-notice', `Give the Client notice of ${kind} maintenance (${services})`, inAdvance(notice));
        return;
      }
      case 'answer': {
        const channel = fieldWord(f, 'channel');
        add('provider', m.stmt, 'answer', `Answer ${channel ? wordPhrase(channel) : 'the service desk'} (${services})`, withinPhrase(within));
        return;
      }
      case 'notify': {
        const event = fieldWord(f, 'event');
        add('provider', m.stmt, 'outage-notice', `Notify the Client of ${event === 'incident' ? 'an incident' : event === 'outage' ? 'an outage' : 'an event'} (${services})`, withinPhrase(within));
        return;
      }
      case 'updates': {
        const every = fieldValue(f, 'every');
        add('provider', m.stmt, 'incident-update', `Update the Client during an incident (${services})`, every ? `every ${valuePhrase(every)}` : 'at an unstated interval');
        return;
      }
      case 'root_cause':
        add('provider', m.stmt, 'root-cause', `Deliver a root-cause analysis of an incident (${services})`, withinPhrase(within));
        return;
    }
  }

  for (const pay of contract.payments) {
    const meanings = new Map(pay.items.map((m) => [m.stmt, m] as const));
    const due = pay.dues[0];
    const dueWhen = due ? (due.onReceipt ? 'on receipt of each invoice' : `${withinPhrase(due.value)} after each invoice`) : 'by an unstated due date';
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
      const unit = fieldWord(meanings.get(rate.stmt)?.fields, 'unit');
      if (unit) add('client', rate.stmt, 'payment', `Pay for ${rate.label ? quoted(rate.label.value) : 'usage'} at ${valuePhrase(rate.amount)} per ${wordPhrase(unit)}${per && per !== 'once' ? ` ${per}` : ''}`, dueWhen);
      else add('client', rate.stmt, 'payment', `Pay for work by ${rate.label ? quoted(rate.label.value) : 'the named role'} at ${valuePhrase(rate.amount)}${per ? ` ${per}` : ''}`, dueWhen);
    }
    for (const m of pay.items) {
      const f = m.fields;
      const notice = fieldValue(f, 'notice');
      if (m.keyword === 'minimum') {
        const per = perPeriod(fieldValue(f, 'period'));
        add('client', m.stmt, 'payment', `Pay at least ${valuePhrase(fieldValue(f, 'amount'))}${per ? ` ${per}` : ''}, whatever it uses`, dueWhen);
      } else if (m.keyword === 'price_increase' && notice) {
        add('provider', m.stmt, 'price-increase-notice', 'Before increasing the fees, give the Client notice', inAdvance(notice));
      } else if (m.keyword === 'suspension' && notice) {
        add('provider', m.stmt, 'suspension-notice', 'Before suspending the services for non-payment, give the Client notice', inAdvance(notice));
      } else if (m.keyword === 'disputes' && f.notify !== undefined) {
        const pays = fieldWord(f, 'rule') === 'pay_undisputed' ? ', and pay the undisputed part' : '';
        add('client', m.stmt, 'invoice-dispute', `Notify the Provider of a disputed invoice${pays}`, withinPhrase(fieldValue(f, 'within')));
      }
    }
    for (const late of pay.lateFees) {
      const per = perPeriod(late.period);
      add('client', late.stmt, 'late-payment', `Pay a late fee of ${valuePhrase(late.amount)}${per && per !== 'once' ? ` ${per}` : ''} on overdue amounts`, 'when an invoice is paid late');
    }
  }

  for (const dp of contract.dataProtections) {
    for (const b of dp.breachNotices) {
      const what = b.kind?.text === 'security_incident' ? 'a security incident' : 'a personal-data breach';
      add('provider', b.stmt, 'breach-notice', `Notify the Client of ${what}`, `${withinPhrase(b.within)} of becoming aware of it`);
    }
    for (const m of dp.items) {
      const f = m.fields;
      switch (m.keyword) {
        case 'return_data': {
          const format = fieldValue(f, 'format');
          add('provider', m.stmt, 'data-return', `Return the Client's data${format ? ` in the format ${valuePhrase(format)}` : ''}`, `${withinPhrase(fieldValue(f, 'within'))} after the agreement ends`);
          break;
        }
        case 'delete_data':
          add('provider', m.stmt, 'data-deletion', `Delete the Client's data${f.certified !== undefined ? ' and certify the deletion' : ''}`, `${withinPhrase(fieldValue(f, 'within'))} after the agreement ends`);
          break;
        case 'subprocessors': {
          const first = m.stmt.args.find((a) => a.kind !== 'comma');
          const mode = first?.kind === 'word' ? first.text : undefined;
          if (mode === 'approval') add('provider', m.stmt, 'subprocessor-approval', "Obtain the Client's approval for a subprocessor", 'before engaging it');
          else if (mode === 'notify') {
            const notice = fieldValue(f, 'notify');
            add('provider', m.stmt, 'subprocessor-notice', 'Notify the Client of a new subprocessor', notice ? inAdvance(notice) : 'before engaging it');
          }
          break;
        }
        case 'audit': {
          const by = fieldWord(f, 'by');
          const notice = fieldValue(f, 'notice');
          if (by === 'client' && notice) add('client', m.stmt, 'audit-notice', 'Before an audit, give the Provider notice', inAdvance(notice));
          if (by === 'reports') {
            const what = fieldValue(f, 'what');
            add('provider', m.stmt, 'audit-report', `Provide ${what ? `a ${valuePhrase(what)} report` : 'an independent audit report'}`, everyPeriod(fieldValue(f, 'period')) ?? 'at an unstated interval');
          }
          break;
        }
      }
    }
  }

  for (const ch of contract.changes) {
    for (const m of ch.items) {
      const notice = fieldValue(m.fields, 'notice');
      if (m.keyword === 'provider' && notice) {
        const targets = fieldValues(m.fields, 'targets').map((v) => setPhrase('changeTarget', v));
        const at = m.fields.at !== undefined ? ', only at renewal' : '';
        add('provider', m.stmt, 'change-notice', `Before changing ${targets.length ? joinAnd(targets) : 'the agreement'}, give the Client notice`, `${inAdvance(notice)}${at}`);
      } else if (m.keyword === 'client' && notice) {
        add('client', m.stmt, 'termination-notice', 'To terminate after a change, give written notice', inAdvance(notice));
      }
    }
  }

  for (const ms of contract.milestones) {
    for (const m of ms.items) {
      if (m.keyword !== 'milestone') continue;
      const facts = milestoneFacts(contract, m);
      const name = milestoneName(m);
      add('provider', m.stmt, 'milestone', `Deliver the milestone ${name}`, facts.due ? `by ${longDate(facts.due)}` : 'by an unstated date', facts.due);
      if (facts.acceptance) {
        const ifOnTime = facts.due && facts.acceptanceEnd ? ` (by ${longDate(facts.acceptanceEnd)} if delivered on ${longDate(facts.due)})` : '';
        add('client', m.stmt, 'acceptance', `Decide whether to accept the milestone ${name}`, `${withinPhrase(facts.acceptance)} of delivery${ifOnTime}`);
      }
      if (facts.pays) {
        const money = facts.payment ? ` (${formatMoney(facts.payment)})` : '';
        const when = facts.paymentDue && facts.due ? `by ${longDate(facts.paymentDue)} (invoiced on ${longDate(facts.due)})` : facts.due ? `${dueWhen0}, invoiced on ${longDate(facts.due)}` : dueWhen0;
        add('client', m.stmt, 'payment', `Pay ${valuePhrase(facts.pays)} of the one-off fees for the milestone ${name}${money}`, when, facts.paymentDue);
      }
    }
  }

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
    for (const m of term.items) {
      if (m.keyword !== 'extension') continue;
      const who = fieldWord(m.fields, 'who');
      const party: PartyRole | 'both' = who === 'client' ? 'client' : who === 'provider' ? 'provider' : 'both';
      const notice = fieldValue(m.fields, 'notice');
      const end = initialTermEnd(effective, term);
      const deadline = end && isDuration(notice) ? noticeDeadline(end, notice) : undefined;
      const when = deadline
        ? `by ${longDate(deadline)} (${valuePhrase(notice)} before the initial term ends)`
        : notice
          ? `at least ${valuePhrase(notice)} before the term ends`
          : 'with an unstated notice period';
      add(party, m.stmt, 'extension-notice', `To extend the agreement by ${valuePhrase(fieldValue(m.fields, 'duration'))}, give notice`, when, deadline);
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
      add(party, fc.stmt, 'cure', 'Cure a material breach, or the other party may terminate', fc.cure ? `${withinPhrase(fc.cure)} of notice of the breach` : 'within an unstated cure period');
    }
    for (const tr of t.transitions) {
      const pricing = tr.pricing?.text === 'included' ? ' (included in the fees)' : tr.pricing?.text === 'at_rates' ? ' (charged at the rates)' : '';
      add('provider', tr.stmt, 'transition', `Assist the transition to the Client or a new provider${pricing}`, `for ${valuePhrase(tr.duration)} after the agreement ends`);
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

/** "at least 30 days in advance"; a value that is not a duration is quoted and called out. */
function inAdvance(v: Parameters<typeof valuePhrase>[0]): string {
  return isDuration(v) ? `at least ${valuePhrase(v)} in advance` : `${valuePhrase(v)} in advance (not a measurable time)`;
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

