/**
 * Hover on the version-2 statements: every statement and block shows its
 * signature and plain-words doc from the schema, with a link to its section
 * of the language reference, and the facts computed from the contract (a
 * liability cap in money, what a business-hours window covers, what a credit
 * is worth, the last day to claim it, the fee after capped increases, …).
 */
import { describe, expect, it } from 'vitest';
import { parse, SCHEMA, statementSpec, type BlockKind, type Statement } from '../../grammar/index.js';
import { analyze, DEFAULT_CONFIG } from '../../server/core/index.js';
import { getHover } from '../../server/lsp/hover.js';
import { takeCursor } from '../helpers/contract-files.js';

const SAAS = `contract "SaaS Subscription Agreement" {
  id "SAAS-2027-001"
  effective 2027-01-01
  governing_law "England and Wales"

  party provider acme "Acme Cloud Ltd"
  party client globex "Globex plc"

  scope {
    service platform "Hosted analytics platform" {
      hours 24x7
      type saas
    }
  }

  sla availability for platform {
    uptime 99.9% monthly
    window business
    measured_by independent "Third-party synthetic monitoring"
    maintenance max 4 hours monthly notice 5 days
    maintenance emergency notice 1 hours
    exclude force_majeure, client_caused, "Announced emergency patches"
    credit 10% when below 99.9%
    credit 3 days when below 99.0%
    credit 10x downtime_fees when below 98%
    credit 5% per 30 minutes downtime
    credit 5% when p1 respond over 30 minutes after 10 minutes downtime
    credit_cap 50%
    claim within 30 days after month_end
    credits applied future_invoices
    sole_remedy
    chronic_failure terminate when below 99.0% for 3 of 6 months
  }

  sla incidents for platform {
    priority p1 respond within 15 minutes resolve within 4 hours
    priority critical respond within 15 minutes resolve within 4 hours
    answer calls within 30 seconds
    notify outage within 30 minutes
    updates every 60 minutes
    root_cause within 5 business_days
  }

  payment {
    fee 12500 USD monthly
    fee 50000 USD once
    rate "Named user" 12.50 USD monthly per user
    minimum 4000 USD monthly
    model usage
    invoice monthly in_advance
    late_fee 1% monthly
    expenses cap 1000 USD monthly preapproved
    due 30 days after invoice
    price_increase index CPI cap 5% yearly notice 30 days
    price_increase step 5% at renewal
    suspension after 30 days overdue notice 10 days
    disputes pay_undisputed notify within 15 days
  }

  milestones {
    milestone design "Design approved" due 2027-03-31 pays 30% acceptance 10 business_days
    milestone golive "Go-live" due 2027-06-30 pays 70% acceptance 10 business_days
  }

  liability {
    cap 12 months fees
    exclude indirect, lost_profits, lost_data
    uncapped confidentiality, data_breach, indemnity, gross_negligence, wilful_misconduct
    super_cap data_breach 36 months fees
    indemnify provider for ip_infringement, data_breach, third_party_claims
    insurance cyber 5000000 USD
  }

  data_protection {
    comply GDPR, UK_GDPR
    encryption at_rest, in_transit
    breach_notice within 48 hours
    breach_notice security_incident within 5 days
    subprocessors notify 30 days objection
    audit client yearly notice 30 days
    location EU transfer scc
    delete_data within 30 days certified
    return_data within 30 days format "CSV"
  }

  changes {
    provider may_change sla, services, policies notice 90 days
    client may_terminate
    change_control written approvers "Client CIO"
  }

  term {
    initial 24 months
    renewal manual 12 months
    extension client 36 months notice 90 days
  }

  termination {
    for_convenience client notice 90 days
    for_cause either cure 30 days
    transition 90 days included
  }
}
`;

/** The hover's Markdown with the cursor `delta` characters into the first `needle` at or after `from`. */
function hoverOn(text: string, needle: string, delta = 1, from?: string): string {
  const start = from === undefined ? 0 : text.indexOf(from);
  const at = text.indexOf(needle, Math.max(0, start));
  if (at < 0) throw new Error(`no ${needle}`);
  const marked = text.slice(0, at + delta) + '<|>' + text.slice(at + delta);
  const { text: clean, offset } = takeCursor(marked);
  const parsed = parse(clean);
  const hover = getHover(parsed, offset, analyze(clean, DEFAULT_CONFIG).diagnostics, DEFAULT_CONFIG);
  return hover ? (hover.contents as { value: string }).value : '';
}

/** The sample with one line replaced. */
function edit(from: string, to: string, text = SAAS): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('hover on version-2 statements: signature and doc from the schema', () => {
  it('parses the sample cleanly', () => {
    expect(parse(SAAS).issues).toEqual([]);
  });

  it('every statement shows its signature, its doc and a link to its section', () => {
    const parsed = parse(SAAS);
    const seen = new Set<string>();
    const walk = (statements: readonly Statement[], kind: BlockKind) => {
      for (const s of statements) {
        const spec = s.keyword ? statementSpec(kind, s.keyword) : undefined;
        expect(spec, `${kind} ${s.keyword}`).toBeDefined();
        const hover = getHover(parsed, s.head.span.start + 1, [], DEFAULT_CONFIG);
        const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
        expect(value, s.keyword).toContain(spec!.signature);
        expect(value, s.keyword).toContain(`**${s.keyword}** — ${spec!.doc}`);
        expect(value, s.keyword).toContain('docs/language.md#');
        expect(value, s.keyword).not.toMatch(/(?<![\w-])undefined(?![\w-])|NaN|\[object Object\]/);
        seen.add(`${kind}.${s.keyword}`);
        if (s.block && spec!.opens) walk(s.block.statements, spec!.opens);
      }
    };
    walk(parsed.statements, 'file');
    // Every version-2 statement of the schema is in the sample.
    for (const kind of ['sla', 'payment', 'data_protection', 'term', 'termination', 'liability', 'changes', 'milestones'] as const) {
      for (const spec of SCHEMA[kind]) {
        // `until_terminated` cannot stand beside `initial`: its own test is below.
        if (!spec.forms || spec.keyword === 'text' || spec.keyword === 'until_terminated') continue;
        expect(seen, `${kind}.${spec.keyword} is in the sample`).toContain(`${kind}.${spec.keyword}`);
      }
    }
  });

  it('links the new blocks to their sections of the language reference', () => {
    expect(hoverOn(SAAS, 'liability {')).toContain('language.md#liability-indemnity-and-insurance');
    expect(hoverOn(SAAS, 'cap 12 months')).toContain('language.md#liability-indemnity-and-insurance');
    expect(hoverOn(SAAS, 'changes {')).toContain('language.md#changes-to-the-terms');
    expect(hoverOn(SAAS, 'change_control')).toContain('language.md#changes-to-the-terms');
    expect(hoverOn(SAAS, 'milestones {')).toContain('language.md#milestones');
    expect(hoverOn(SAAS, 'milestone design')).toContain('language.md#milestones');
  });

  it('hover on an answer time and a multiple explains the value', () => {
    expect(hoverOn(SAAS, '30 seconds')).toContain('30 seconds (30 s of elapsed time)');
    expect(hoverOn(SAAS, '10x', 1)).toContain('A service credit of 10 times the fees for the downtime');
  });

  it('a closed word shows what it means', () => {
    expect(hoverOn(SAAS, 'scc')).toContain('`scc`: Standard contractual clauses');
    expect(hoverOn(SAAS, 'downtime_fees')).toContain('`downtime_fees`: The fees for the time the service was down');
    expect(hoverOn(SAAS, 'future_invoices')).toContain('Credits are deducted from future invoices');
    expect(hoverOn(SAAS, 'UK_GDPR')).toContain('UK General Data Protection Regulation');
  });
});

describe('hover facts of version-2 statements', () => {
  it('a liability cap in money when the fee is known', () => {
    expect(hoverOn(SAAS, 'cap 12 months')).toContain('12 months of fees = 150,000.00 USD at 12,500.00 USD a month');
    expect(hoverOn(SAAS, 'cap 12 months')).toContain('for all claims together');
  });

  it('a cap in money without a fee says how to see it', () => {
    const text = edit('    fee 12500 USD monthly\n', '');
    expect(hoverOn(text, 'cap 12 months')).toContain('add a recurring `fee` to the payment terms to see it in money');
  });

  it('a cap written in money is put in months of fees; per claim and unlimited are said', () => {
    expect(hoverOn(edit('cap 12 months fees', 'cap 1000000 USD per_claim'), 'cap 1000000')).toContain('1,000,000.00 USD = 80 months of fees at 12,500.00 USD a month, for each claim');
    expect(hoverOn(edit('cap 12 months fees', 'cap unlimited'), 'cap unlimited')).toContain('Liability is unlimited');
  });

  it('a super cap in money, beside the general cap', () => {
    const value = hoverOn(SAAS, 'super_cap');
    expect(value).toContain('For data breaches the cap is 36 months of fees = 450,000.00 USD at 12,500.00 USD a month');
    expect(value).toContain('instead of the general cap of 12 months of fees');
  });

  it('what a business-hours window covers, and the downtime it allows inside them', () => {
    const value = hoverOn(SAAS, 'window business');
    expect(value).toContain('Business hours Monday to Friday, 9:00–17:00 = 40 of 168 hours a week (24%): downtime outside them does not count.');
    expect(value).toContain('10 min 26 s inside these hours');
  });

  it('what a described window covers', () => {
    expect(hoverOn(edit('window business', 'window "Mon–Sat 06:00–22:00 CET"'), 'window')).toContain('Monday to Saturday, 6:00–22:00 = 96 of 168 hours a week (57%)');
    expect(hoverOn(edit('window business', 'window "when the provider is available"'), 'window')).toContain('cannot read how many hours a week');
    expect(hoverOn(edit('window business', 'window 24x7'), 'window')).toContain('all 168 hours of the week count');
  });

  it('a credit in days of service as a share of the period fee, and in money', () => {
    expect(hoverOn(SAAS, 'credit 3 days')).toContain("3 days of service is 9.86% of a 30.44-day month's fee = 1,232.03 USD at 12,500.00 USD a month.");
  });

  it('a credit is a share of the fee of the measurement period, also when the fee is yearly', () => {
    let text = edit('fee 12500 USD monthly', 'fee 150000 USD yearly');
    text = edit('uptime 99.9% monthly', 'uptime 99.9% quarterly', text);
    const days = hoverOn(text, 'credit 3 days');
    // facts.ts counts a month as 30.44 days and a year as 365.25 days, so a quarter of 150,000 USD a year is 37,503.08 USD.
    expect(days).toMatch(/3 days of service is 3\.29% of a 91\.31-day quarter's fee = 1,2\d\d\.\d\d USD at 150,000\.00 USD a year\./);
    expect(hoverOn(text, 'credit 10%')).toMatch(/10% of the quarterly fee = 3,750\.\d\d USD at 150,000\.00 USD a year\./);
    expect(hoverOn(text, 'credit_cap')).toMatch(/at most 50% of the quarterly fee in any quarter = 18,75\d\.\d\d USD/);
  });

  it('a multiple of the downtime fees, explained', () => {
    const value = hoverOn(SAAS, 'credit 10x');
    expect(value).toContain('Each hour of downtime credits 10 hours of fees: at 12,500.00 USD a month, 171.10 USD for each hour of downtime.');
  });

  it('a credit per block of downtime: how many blocks reach the cap', () => {
    expect(hoverOn(SAAS, 'credit 5% per')).toContain('10 blocks (5 h of downtime) reach the credit cap of 50%');
    const uncapped = edit('    credit_cap 50%\n', '');
    expect(hoverOn(uncapped, 'credit 5% per')).toContain('No `credit_cap`: 20 blocks (10 h of downtime) credit the whole of the monthly fee.');
    const days = edit('credit_cap 50%', 'credit_cap 15 days');
    expect(hoverOn(days, 'credit 5% per')).toContain('reach the credit cap of 15 days');
  });

  it('a credit tied to a priority, with a minimum outage', () => {
    const value = hoverOn(SAAS, 'credit 5% when p1');
    expect(value).toContain("each time a `p1` incident's response takes longer than 30 minutes");
    expect(value).toContain('Only outages longer than 10 minutes count.');
  });

  it('the last day to claim a credit for a January outage', () => {
    expect(hoverOn(SAAS, 'claim within')).toContain('for an outage in January 2027, by **2027-03-02** (Tuesday, 2 March 2027)');
    const later = edit('effective 2027-01-01', 'effective 2027-07-01');
    expect(hoverOn(later, 'claim within')).toContain('for an outage in January 2028, by **2028-03-01**');
    const business = edit('claim within 30 days', 'claim within 10 business_days');
    expect(hoverOn(business, 'claim within')).toContain('by **2027-02-12**');
    expect(hoverOn(edit('claim within 30 days after month_end', 'claim automatic'), 'claim automatic')).toContain('Credits are applied without a claim');
  });

  it('capped maintenance adds to the allowed downtime; uncapped maintenance is said to be so', () => {
    const value = hoverOn(SAAS, 'maintenance max');
    expect(value).toContain('Planned maintenance of up to 4 hours per month does not count as downtime.');
    expect(value).toContain('up to 4 h 43 min 50 s in a 30.44-day month without missing the SLA: 99.35% availability in practice.');
    expect(value).toContain('The client is told 5 days ahead.');
    const prose = edit('maintenance max 4 hours monthly notice 5 days', 'maintenance "Sundays 02:00-04:00"');
    // sla-maintenance-uncapped says so under the cursor; the hover says it only when that check is silenced.
    expect(hoverOn(prose, 'maintenance "')).not.toContain('counts as uncapped');
    expect(hoverOn(`// contract-disable sla-maintenance-uncapped\n${prose}`, 'maintenance "')).toContain('counts as uncapped');
  });

  it('answer times, outage notices, updates and root causes', () => {
    expect(hoverOn(SAAS, 'answer calls')).toContain('Calls to the service desk are answered within 30 seconds');
    expect(hoverOn(SAAS, 'notify outage')).toContain('about an outage within 30 minutes');
    expect(hoverOn(SAAS, 'updates every')).toContain('every 60 minutes');
    expect(hoverOn(SAAS, 'root_cause')).toContain('within 5 business days');
  });

  it('sole remedy and chronic failure', () => {
    expect(hoverOn(SAAS, 'sole_remedy')).toContain("The credits are the client's only remedy");
    expect(hoverOn(SAAS, 'sole_remedy')).toContain('at most 50% of the monthly fee');
    expect(hoverOn(SAAS, 'chronic_failure')).toContain('falls below 99.0% in 3 of any 6 months');
  });

  it('the most the fee can be after 1, 2 and 3 years at an index cap', () => {
    const value = hoverOn(SAAS, 'price_increase index');
    expect(value).toContain('The fee follows CPI, rising at most 5% per year, announced 30 days ahead.');
    expect(value).toContain('13,125.00 USD after 1 year, 13,781.25 USD after 2 years and 14,470.31 USD after 3 years');
    const uncapped = edit('price_increase index CPI cap 5% yearly', 'price_increase index CPI yearly');
    expect(hoverOn(uncapped, 'price_increase index')).toContain('with no cap: it rises as far as the index does');
    expect(hoverOn(SAAS, 'price_increase step')).toContain('The fee rises by 5% at each renewal');
  });

  it('an extension option: the notice date and the new end', () => {
    const value = hoverOn(SAAS, 'extension');
    expect(value).toContain('The client may extend the agreement by 36 months, by notice 90 days before it would end.');
    expect(value).toContain('notice is due by **2028-10-02**');
    expect(value).toContain('runs through 2031-12-31');
  });

  it('the earliest day the service can be suspended after an invoice is due', () => {
    expect(hoverOn(SAAS, 'suspension')).toContain('at the earliest 40 days after the invoice was due');
    expect(hoverOn(SAAS, 'suspension')).toContain('70 days after the invoice date');
    const immediate = edit('suspension after 30 days overdue notice 10 days', 'suspension after 30 days overdue');
    expect(hoverOn(immediate, 'suspension')).not.toContain('with no notice');
    expect(hoverOn(`// contract-disable payment-suspension-no-notice\n${immediate}`, 'suspension after')).toContain('with no notice');
  });

  it('a milestone payment in money from the one-off fees', () => {
    const value = hoverOn(SAAS, 'milestone design');
    expect(value).toContain('Pays 30% of the one-off fees = 15,000.00 USD (of 50,000.00 USD).');
    expect(value).toContain('payable 30 days later, by 2027-04-30');
    expect(value).toContain('acceptance ends by 2027-04-14');
    const noOnce = edit('    fee 50000 USD once\n', '');
    expect(hoverOn(noOnce, 'milestone design')).toContain('add a `fee … once`');
  });

  it('any priority name is valid; version-1 names keep their meaning', () => {
    expect(hoverOn(SAAS, 'priority p1')).toContain('P1-priority incidents: the provider must respond within **15 minutes** and resolve them within **4 hours**.');
    expect(hoverOn(SAAS, 'priority critical')).toContain('Critical-priority incidents');
    expect(hoverOn(SAAS, 'critical respond', 2)).toContain('`critical`: A complete outage or a security incident.');
  });

  it('an evergreen term', () => {
    const text = edit('    initial 24 months\n    renewal manual 12 months\n', '    until_terminated\n');
    const value = hoverOn(text, 'until_terminated');
    expect(value).toContain('**until_terminated** — The agreement runs until one side ends it');
    expect(value).toContain('The agreement has no end date: it runs until a party ends it (see `for_convenience`).');
  });

  it('data protection, changes and exit', () => {
    expect(hoverOn(SAAS, 'subprocessors')).toContain('30 days before it uses a new subprocessor, and the client may object');
    expect(hoverOn(SAAS, 'audit client')).toContain('The client may audit the provider every year, on 30 days notice.');
    expect(hoverOn(SAAS, 'location EU')).toContain('standard contractual clauses');
    expect(hoverOn(SAAS, 'delete_data')).toContain('by **2029-01-30**');
    expect(hoverOn(SAAS, 'breach_notice security_incident')).toContain('Any security incident is notified');
    expect(hoverOn(SAAS, 'breach_notice security_incident')).not.toContain('GDPR requires');
    expect(hoverOn(SAAS, 'provider may_change')).toContain('The provider may change the SLA, the services and the policies on its own, with 90 days notice.');
    expect(hoverOn(SAAS, 'transition 90 days included')).toContain('included in the fees');
    expect(hoverOn(SAAS, 'indemnify')).toContain('IP infringement, data breaches and other third-party claims');
  });

  it('never shows undefined, NaN or an empty hover anywhere in the sample', () => {
    const parsed = parse(SAAS);
    const { diagnostics } = analyze(SAAS, DEFAULT_CONFIG);
    const bad: string[] = [];
    for (let offset = 0; offset <= SAAS.length; offset += 3) {
      const hover = getHover(parsed, offset, diagnostics, DEFAULT_CONFIG);
      if (!hover) continue;
      const value = (hover.contents as { value: string }).value;
      if (!value.trim() || /(?<![\w-])undefined(?![\w-])|NaN|\[object Object\]|Infinity/.test(value)) bad.push(`@${offset}: ${value}`);
    }
    expect(bad).toEqual([]);
  });
});
