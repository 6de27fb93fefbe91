/**
 * Obligations created by the statements of version 2: credit claims, notices
 * (maintenance, changes, price increases, suspension, extension, subprocessors,
 * audits), milestones with their acceptance and payment, deletion and return of
 * data, root-cause reports, outage notices and incident updates — each for the
 * right party, with its source line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { contractObligations, type Obligation } from '../../server/core/obligations.js';

const text = fs.readFileSync(path.join(__dirname, '../fixtures/render/saas-v2.contract'), 'utf8');
const all = contractObligations(parse(text).ast.contracts[0]!);
const sourceOf = (o: Obligation) => text.slice(o.span.start, o.span.end).trim();
/** The obligations created by the fixture line `source`, as [party, kind, what, when]. */
const from = (source: string) => all.filter((o) => sourceOf(o) === source).map((o) => [o.party, o.kind, o.what, o.when]);

const of = (body: string) => contractObligations(parse(`contract "T" {\n  effective 2027-01-01\n${body}\n}\n`).ast.contracts[0]!);

describe('service levels', () => {
  it('makes the client claim credits within the window, with the first deadline', () => {
    expect(from('claim within 2 months after month_end')).toEqual([
      ['client', 'credit-claim', 'Claim service credits (Hosted analytics platform)', 'within 2 months after the end of each month (for the first month of the term, by 31 March 2027)'],
    ]);
    expect(from('claim within 30 days after incident')).toEqual([['client', 'credit-claim', 'Claim service credits (Hosted analytics platform)', 'within 30 days after the incident']]);
    expect(from('claim automatic')).toEqual([]);
  });

  it('owes maintenance notices, answers, outage notices, updates and root-cause analyses from the provider', () => {
    expect(from('maintenance max 4 hours monthly notice 5 days')).toEqual([['provider', 'maintenance-notice', 'Give the Client notice of planned maintenance (Hosted analytics platform)', 'at least 5 days in advance']]);
    expect(from('maintenance emergency notice 2 hours')).toEqual([['provider', 'maintenance-notice', 'Give the Client notice of emergency maintenance (Hosted analytics platform)', 'at least 2 hours in advance']]);
    expect(from('answer calls within 30 seconds')).toEqual([['provider', 'answer', 'Answer calls (Service desk)', 'within 30 seconds']]);
    expect(from('notify outage within 30 minutes')).toEqual([['provider', 'outage-notice', 'Notify the Client of an outage (Service desk)', 'within 30 minutes']]);
    expect(from('updates every 60 minutes')).toEqual([['provider', 'incident-update', 'Update the Client during an incident (Service desk)', 'every 60 minutes']]);
    expect(from('root_cause within 5 business_days')).toEqual([['provider', 'root-cause', 'Deliver a root-cause analysis of an incident (Service desk)', 'within 5 business days']]);
    expect(of('  sla s for x {\n    maintenance max 4 hours monthly\n  }')).toEqual([]);
  });

  it('words each credit form as the document does', () => {
    expect(from('credit 10% when below 99.9%')).toEqual([['provider', 'service-credit', 'Credit 10% of the fee for that month (Hosted analytics platform)', 'when availability falls below 99.9% in a month']]);
    expect(from('credit 3 days when below 99.5%')).toEqual([['provider', 'service-credit', 'Credit 3 days of service (Hosted analytics platform)', 'when availability falls below 99.5% in a quarter']]);
    expect(from('credit 10x downtime_fees when below 99.0% after 10 minutes downtime')).toEqual([
      ['provider', 'service-credit', 'Credit 10 times the fees for the downtime (Hosted analytics platform)', 'when availability falls below 99.0% in a quarter; the credit applies only after 10 minutes of downtime'],
    ]);
    expect(from('credit 5% when p1 respond over 30 minutes')).toEqual([
      ['provider', 'service-credit', 'Credit 5% of the fee for one month (Service desk)', 'when the Provider takes more than 30 minutes to respond to a p1-priority incident'],
    ]);
    expect(from('credit 1% per 30 minutes downtime')).toEqual([['provider', 'service-credit', 'Credit 1% of the fee for one month (Service desk)', 'for each 30 minutes of downtime']]);
  });
});

describe('payment, data protection and changes', () => {
  it('owes notice of price increases and suspension from the provider, and dispute notices from the client', () => {
    expect(from('price_increase index CPI cap 5% yearly notice 30 days')).toEqual([['provider', 'price-increase-notice', 'Before increasing the fees, give the Client notice', 'at least 30 days in advance']]);
    expect(from('price_increase step 3% at renewal')).toEqual([]);
    expect(from('suspension after 30 days overdue notice 10 days')).toEqual([['provider', 'suspension-notice', 'Before suspending the services for non-payment, give the Client notice', 'at least 10 days in advance']]);
    expect(from('disputes pay_undisputed notify within 15 days')).toEqual([['client', 'invoice-dispute', 'Notify the Provider of a disputed invoice, and pay the undisputed part', 'within 15 days']]);
    expect(from('minimum 4000 USD monthly')).toEqual([['client', 'payment', 'Pay at least 4,000 USD per month, whatever it uses', 'within 30 days after each invoice']]);
    expect(from('rate "Additional analyst seat" 12.50 USD monthly per user')).toEqual([
      ['client', 'payment', 'Pay for “Additional analyst seat” at 12.50 USD per user per month', 'within 30 days after each invoice'],
    ]);
  });

  it('owes deletion, return, subprocessor notices and audit reports from the provider, and audit notice from the client', () => {
    expect(from('delete_data within 30 days certified')).toEqual([['provider', 'data-deletion', "Delete the Client's data and certify the deletion", 'within 30 days after the agreement ends']]);
    expect(from('return_data within 30 days after termination format "CSV and PostgreSQL dump"')).toEqual([
      ['provider', 'data-return', "Return the Client's data in the format “CSV and PostgreSQL dump”", 'within 30 days after the agreement ends'],
    ]);
    expect(from('subprocessors notify 30 days objection')).toEqual([['provider', 'subprocessor-notice', 'Notify the Client of a new subprocessor', 'at least 30 days in advance']]);
    expect(from('audit client yearly notice 30 days')).toEqual([['client', 'audit-notice', 'Before an audit, give the Provider notice', 'at least 30 days in advance']]);
    expect(from('audit reports "SOC 2 Type II" yearly')).toEqual([['provider', 'audit-report', 'Provide a “SOC 2 Type II” report', 'every year']]);
    expect(from('breach_notice security_incident within 5 days')).toEqual([['provider', 'breach-notice', 'Notify the Client of a security incident', 'within 5 days of becoming aware of it']]);
    expect(of('  data_protection {\n    subprocessors approval client\n  }').map((o) => [o.party, o.kind, o.when])).toEqual([['provider', 'subprocessor-approval', 'before engaging it']]);
  });

  it('owes notice of changes from the provider, limited to renewals where the contract says so', () => {
    expect(from('provider may_change sla, services, policies notice 90 days')).toEqual([
      ['provider', 'change-notice', 'Before changing the service levels, the services and the policies, give the Client notice', 'at least 90 days in advance'],
    ]);
    expect(from('provider may_change prices notice 60 days at renewal')).toEqual([['provider', 'change-notice', 'Before changing the prices, give the Client notice', 'at least 60 days in advance, only at renewal']]);
    expect(from('client may_terminate')).toEqual([]);
  });
});

describe('term and milestones', () => {
  it('gives the extension notice to the party holding the option, with the date for the initial term', () => {
    const ext = all.filter((o) => o.kind === 'extension-notice');
    expect(ext.map((o) => [o.party, o.what, o.when, o.date])).toEqual([
      ['client', 'To extend the agreement by 12 months, give notice', 'by 2 October 2029 (90 days before the initial term ends)', { year: 2029, month: 10, day: 2 }],
      ['client', 'To extend the agreement by 6 months, give notice', 'by 1 November 2029 (60 days before the initial term ends)', { year: 2029, month: 11, day: 1 }],
      ['provider', 'To extend the agreement by 6 months, give notice', 'by 1 November 2029 (60 days before the initial term ends)', { year: 2029, month: 11, day: 1 }],
    ]);
    expect(of('  term {\n    until_terminated\n    extension provider 12 months notice 3 months\n  }').map((o) => o.when)).toEqual(['at least 3 months before the term ends']);
  });

  it('owes delivery from the provider, and acceptance and payment from the client (client first on the same line, as everywhere)', () => {
    const source = 'milestone onboarding "Tenant configured and data migrated" due 2027-03-31 pays 60% acceptance 10 business_days';
    const items = all.filter((o) => sourceOf(o) === source);
    expect(items.map((o) => [o.party, o.kind, o.what, o.when, o.date])).toEqual([
      ['client', 'acceptance', 'Decide whether to accept the milestone “Tenant configured and data migrated”', 'within 10 business days of delivery (by 14 April 2027 if delivered on 31 March 2027)', undefined],
      ['client', 'payment', 'Pay 60% of the one-off fees for the milestone “Tenant configured and data migrated” (24,000.00 USD)', 'by 30 April 2027 (invoiced on 31 March 2027)', { year: 2027, month: 4, day: 30 }],
      ['provider', 'milestone', 'Deliver the milestone “Tenant configured and data migrated”', 'by 31 March 2027', { year: 2027, month: 3, day: 31 }],
    ]);
  });

  it('keeps a milestone without dates or fees in words', () => {
    expect(of('  milestones {\n    milestone design acceptance 5 days pays 20%\n  }').map((o) => [o.party, o.what, o.when])).toEqual([
      ['client', 'Decide whether to accept the milestone “design”', 'within 5 days of delivery'],
      ['client', 'Pay 20% of the one-off fees for the milestone “design”', 'by an unstated due date'],
      ['provider', 'Deliver the milestone “design”', 'by an unstated date'],
    ]);
  });

  it('says whether transition assistance is included', () => {
    expect(from('transition 90 days included')).toEqual([['provider', 'transition', 'Assist the transition to the Client or a new provider (included in the fees)', 'for 90 days after the agreement ends']]);
  });

  it('keeps every item sorted by its position in the source', () => {
    const starts = all.map((o) => o.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('deadlines written in words', () => {
  it('are quoted and called unmeasurable, never "within" the words', () => {
    const [notice] = of('  data_protection {\n    comply GDPR\n    breach_notice within "without undue delay"\n  }').filter((o) => o.kind === 'breach-notice');
    expect(notice?.when).toBe('“without undue delay” (not a measurable time) of becoming aware of it');
  });
});
