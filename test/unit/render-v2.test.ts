/**
 * Rendering the statements of version 2: one pinned sentence per statement
 * form (from the SaaS fixture and from small inline contracts), credits as a
 * share of the fee for the measurement period (a yearly fee is not a monthly
 * one), the computed notes, the new sections in clause order, and file
 * snapshots of the fixture in both formats.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { buildDocument, renderHtml, renderMarkdown, type DocBlock, type DocSection } from '../../server/core/render/index.js';

const FIXTURE = path.join(__dirname, '../fixtures/render/saas-v2.contract');
const SNAPSHOTS = path.join(__dirname, '../fixtures/render/__snapshots__');
const saas = fs.readFileSync(FIXTURE, 'utf8');

/** Every paragraph of a document: its number, text and notes. */
function paragraphs(text: string): { number: string; text: string; notes: string[] }[] {
  const out: { number: string; text: string; notes: string[] }[] = [];
  const walk = (s: DocSection) => {
    for (const b of s.blocks) if (b.kind === 'paragraph') out.push({ number: b.number ?? '', text: b.text, notes: b.notes });
    s.subsections.forEach(walk);
  };
  for (const c of buildDocument(parse(text)).contracts) c.sections.forEach(walk);
  return out;
}

/** The paragraph of the fixture that renders the line containing `source`. */
function paragraphOf(source: string): { text: string; notes: string[] } {
  const parsed = parse(saas);
  const line = saas.split('\n').findIndex((l) => l.trim() === source);
  expect(line, `fixture line ${source}`).toBeGreaterThan(0);
  const found: DocBlock[] = [];
  const walk = (s: DocSection) => {
    for (const b of s.blocks) if (b.line === line) found.push(b);
    s.subsections.forEach(walk);
  };
  for (const c of buildDocument(parsed).contracts) c.sections.forEach(walk);
  expect(found, `paragraph for ${source}`).toHaveLength(1);
  const b = found[0]!;
  return b.kind === 'paragraph' ? { text: b.text, notes: b.notes } : { text: '', notes: [] };
}

/** One statement in a small contract; returns its paragraph. */
function one(block: string, statement: string, extra = ''): { text: string; notes: string[] } {
  const body = block === 'sla' ? `sla s for x {\n    ${statement}\n  }` : `${block} {\n    ${statement}\n  }`;
  const all = paragraphs(`contract "T" {\n  effective 2027-01-01\n  ${extra}\n  ${body}\n}\n`);
  expect(all.length).toBeGreaterThan(0);
  return all[all.length - 1]!;
}

describe('snapshots of the version-2 fixture', () => {
  it('renders saas-v2 as HTML and Markdown', async () => {
    // Rendered without diagnostics, so that the snapshot pins the document, not the rules.
    const parsed = parse(saas);
    await expect(renderHtml(parsed, { fileName: 'saas-v2.contract' })).toMatchFileSnapshot(path.join(SNAPSHOTS, 'saas-v2.html'));
    await expect(renderMarkdown(parsed, { fileName: 'saas-v2.contract' })).toMatchFileSnapshot(path.join(SNAPSHOTS, 'saas-v2.md'));
  });

  it('puts the new sections in clause order: milestones after payment, liability before data protection, changes before term', () => {
    const titles = buildDocument(parse(saas)).contracts[0]!.sections.map((s) => `${s.number} ${s.title}`);
    expect(titles).toEqual([
      '1 Scope of services',
      '2 Service levels',
      '3 Fees and payment',
      '4 Milestones',
      '5 Liability',
      '6 Data protection',
      '7 Changes to this agreement',
      '8 Term and renewal',
      '9 Termination and exit',
      '10 Reporting and reviews',
    ]);
  });
});

describe('service levels', () => {
  const cases: [string, string][] = [
    ['window 24x7', 'Availability is measured 24 hours a day, 7 days a week.'],
    ['window business', 'Availability is measured during business hours only.'],
    ['measured_by provider "Provider\'s public status page"', "The Provider measures performance against these service levels as follows: Provider's public status page."],
    ['measured_by independent "Quarterly restore test by the Client\'s auditor"', "An independent party measures performance against these service levels as follows: Quarterly restore test by the Client's auditor."],
    ['maintenance max 4 hours monthly notice 5 days', "Planned maintenance, which does not count as downtime, may take at most 4 hours per month; the Provider shall give the Client at least 5 days' notice of it."],
    ['maintenance emergency notice 2 hours', "The Provider shall give the Client at least 2 hours' notice of emergency maintenance."],
    ['exclude force_majeure, client_caused, third_party, beta, "Announced emergency patches"', 'The following do not count as downtime: force majeure events, events caused by the Client, events caused by third parties, beta features and “Announced emergency patches”.'],
    ['credit 10% when below 99.9%', 'If availability falls below 99.9% in a month, the Provider shall credit the Client 10% of the fee for that month.'],
    ['credit 3 days when below 99.5%', 'If availability falls below 99.5% in a quarter, the Provider shall credit the Client 3 days of service.'],
    ['credit 10x downtime_fees when below 99.0% after 10 minutes downtime', 'If availability falls below 99.0% in a quarter, the Provider shall credit the Client 10 times the fees for the downtime; the credit applies only after 10 minutes of downtime.'],
    ['credit 5% when p1 respond over 30 minutes', 'When the Provider takes more than 30 minutes to respond to a p1-priority incident, the Provider shall credit the Client 5% of the fee for one month.'],
    ['credit 2% when p2 resolve over 2 business_days', 'When the Provider takes more than 2 business days to resolve a p2-priority incident, the Provider shall credit the Client 2% of the fee for one month.'],
    ['credit 1% per 30 minutes downtime', 'For each 30 minutes of downtime, the Provider shall credit the Client 1% of the fee for one month.'],
    ['credit 5% per breach', 'For each breach of these service levels, the Provider shall credit the Client 5% of the fee for one month.'],
    ['credit_cap 100%', 'In any month, service credits under this service level shall not exceed 100% of the fee for that month.'],
    ['credit_cap 15 days', 'In any quarter, service credits under this service level shall not exceed 15 days of service.'],
    ['claim within 2 months after month_end', 'The Client must claim each service credit within 2 months after the end of the month.'],
    ['claim within 30 days after incident', 'The Client must claim each service credit within 30 days after the incident.'],
    ['claim automatic', 'Service credits are given automatically; the Client need not claim them.'],
    ['credits applied future_invoices', 'Service credits are applied against future invoices.'],
    ['credits applied refund', 'Service credits are paid to the Client as a refund.'],
    ['credits forfeit_on_termination', 'Service credits not yet applied are forfeited on termination of this agreement.'],
    ['credits only_if paid_up', 'Service credits are owed only if the Client is up to date with its payments.'],
    ['sole_remedy', "Service credits are the Client's sole remedy for a failure to meet these service levels."],
    ['chronic_failure terminate when below 99.0% for 3 of 6 months', 'If availability falls below 99.0% in 3 of 6 months, the Client may terminate this agreement.'],
    ['chronic_failure terminate when below 99.0% for 2 months', 'If availability falls below 99.0% for 2 months, the Client may terminate this agreement.'],
    ['answer calls within 30 seconds', 'The Provider shall answer calls within 30 seconds.'],
    ['notify outage within 30 minutes', 'The Provider shall notify the Client of an outage within 30 minutes.'],
    ['updates every 60 minutes', 'During an incident, the Provider shall update the Client every 60 minutes.'],
    ['root_cause within 5 business_days', 'The Provider shall deliver a root-cause analysis of an incident within 5 business days.'],
  ];
  for (const [source, sentence] of cases) {
    it(`writes \`${source}\` as a sentence`, () => {
      expect(paragraphOf(source).text).toBe(sentence);
    });
  }

  it('writes the other maintenance forms without inventing a limit or a notice', () => {
    // What the contract leaves out is a review note, not a sentence of the agreement.
    expect(one('sla', 'maintenance notice 5 days')).toMatchObject({
      text: "The Provider shall give the Client at least 5 days' notice of planned maintenance, which does not count as downtime.",
      notes: ['No limit on the amount of planned maintenance is stated.'],
    });
    expect(one('sla', 'maintenance max 8 hours monthly').text).toBe('Planned maintenance, which does not count as downtime, may take at most 8 hours per month.');
    expect(one('sla', 'maintenance emergency max 2 hours monthly notice 1 hour').text).toBe("Emergency maintenance may take at most 2 hours per month; the Provider shall give the Client at least 1 hour's notice of it.");
    expect(one('sla', 'maintenance "Sundays 02:00-04:00 ET"').text).toBe('Planned maintenance, which does not count as downtime: Sundays 02:00-04:00 ET.');
  });

  it('names a measurement window written as a string as written, and defines business hours only when the contract opts in', () => {
    expect(one('sla', 'window "Mon–Sat 06:00–22:00 CET"').text).toBe('Performance against these service levels is measured during these hours: “Mon–Sat 06:00–22:00 CET”.');
    const business = one('sla', 'window business');
    expect(business.text).toBe('Availability is measured during business hours only.'.replace('Availability', 'Performance against these service levels'));
    expect(business.notes).toEqual([
      'This agreement does not define business hours: Clausewise reads them as 9:00 to 17:00, Monday to Friday, in the Client’s time zone. To put that meaning in the signed text, add the statement definitions included to the contract, or define the term in a text line.',
    ]);
    expect(one('sla', 'window business', 'definitions included').notes).toEqual([]);
  });

  it('keeps the version-1 sentence for measured_by without a party, and names who measures when only that is written', () => {
    expect(one('sla', 'measured_by "External probe"').text).toBe('Performance against these service levels is measured as follows: External probe.');
    expect(one('sla', 'measured_by client').text).toBe('The Client measures performance against these service levels.');
  });
});

describe('credits as a share of the fee for the measurement period', () => {
  it('computes a percentage credit on a monthly uptime from a yearly fee as a share of one month, never of the year', () => {
    const p = paragraphOf('credit 10% when below 99.9%');
    expect(p.text).toContain('10% of the fee for that month');
    expect(p.notes).toEqual(['At the fee of 120,000 USD per year, the fee for one month is 10,000.00 USD, so this credit is 1,000.00 USD.']);
  });

  it('uses the quarter for a quarterly uptime, and one month when the SLA states no period', () => {
    expect(one('sla', 'credit 10% when below 99.9%').text).toBe('If performance falls below 99.9%, the Provider shall credit the Client 10% of the fee for one month.');
    const quarterly = paragraphs('contract "T" {\n  payment {\n    fee 120000 USD yearly\n  }\n  sla q for x {\n    uptime 99.9% quarterly\n    credit 10% when below 99.9%\n  }\n}\n').find((x) => x.text.startsWith('If'))!;
    expect(quarterly.text).toBe('If availability falls below 99.9% in a quarter, the Provider shall credit the Client 10% of the fee for that quarter.');
    expect(quarterly.notes).toEqual(['At the fee of 120,000 USD per year, the fee for one quarter is 30,000.00 USD, so this credit is 3,000.00 USD.']);
  });

  it('says what a monthly fee makes of the credit without converting it', () => {
    const p = paragraphs('contract "T" {\n  payment {\n    fee 12500.00 USD monthly\n  }\n  sla a for x {\n    uptime 99.9% monthly\n    credit 25% when below 99.0%\n  }\n}\n').find((x) => x.text.startsWith('If'))!;
    expect(p.notes).toEqual(['At the fee of 12,500.00 USD per month, this credit is 3,125.00 USD.']);
  });

  it('counts a credit in days as days of service, and shows their share and value', () => {
    expect(paragraphOf('credit 3 days when below 99.5%').notes).toEqual(['3 days of service are 3.29% of the fee for a 91.31-day quarter; at the fee of 120,000 USD per year, that is 985.63 USD.']);
    expect(paragraphOf('credit_cap 15 days').notes).toEqual(['15 days of service are 16.43% of the fee for a 91.31-day quarter; at the fee of 120,000 USD per year, that is 4,928.13 USD.']);
  });

  it('values a multiple of the downtime fees per hour of downtime', () => {
    expect(paragraphOf('credit 10x downtime_fees when below 99.0% after 10 minutes downtime').notes).toEqual([
      'At the fee of 120,000 USD per year, the fees for one hour of service are 13.69 USD, so this credit is 136.89 USD for each hour of downtime.',
    ]);
  });

  it('values a credit per block of downtime per block', () => {
    expect(paragraphOf('credit 1% per 30 minutes downtime').notes).toEqual(['At the fee of 120,000 USD per year, the fee for one month is 10,000.00 USD, so this credit for each 30 minutes of downtime is 100.00 USD.']);
  });

  it('adds no money note when no recurring fee is known, and calls out a multiple of nothing', () => {
    expect(one('sla', 'credit 10% when below 99.9%').notes).toEqual([]);
    expect(one('sla', 'credit 10x when below 99.9%')).toMatchObject({
      text: 'If performance falls below 99.9%, the Provider shall credit the Client 10x.',
      notes: ['What it is a multiple of is not stated.'],
    });
  });

  it('shows the first claim deadline from the effective date', () => {
    expect(paragraphOf('claim within 2 months after month_end').notes).toEqual(['For the first month of the term, 1 January 2027 to 31 January 2027, the last day to claim is 31 March 2027.']);
    expect(one('sla', 'claim within 10 business_days after month_end', 'definitions included').notes).toEqual([
      'For the first month of the term, 1 January 2027 to 31 January 2027, the last day to claim is 12 February 2027.',
    ]);
  });
});

describe('liability', () => {
  const cases: [string, string][] = [
    ['cap 12 months fees', "Each party's total liability for all claims under this agreement is limited to 12 months of fees."],
    ['exclude indirect, lost_profits, lost_data', 'Neither party is liable for indirect loss, loss of profits or loss of data.'],
    ['uncapped confidentiality, data_breach, indemnity, gross_negligence, wilful_misconduct', 'The limit on liability does not apply to liability for breach of confidentiality, data breaches, the indemnities, gross negligence or wilful misconduct.'],
    ['super_cap data_breach 36 months fees', 'Liability for data breaches is limited separately, to 36 months of fees.'],
    ['indemnify provider for ip_infringement, data_breach, third_party_claims', 'The Provider shall indemnify the Client against intellectual-property infringement, data breaches and third-party claims.'],
    ['indemnify client for third_party_claims', 'The Client shall indemnify the Provider against third-party claims.'],
    ['insurance cyber 5000000 USD', 'The Provider shall maintain cyber insurance of 5,000,000 USD.'],
  ];
  for (const [source, sentence] of cases) {
    it(`writes \`${source}\` as a sentence`, () => {
      expect(paragraphOf(source).text).toBe(sentence);
    });
  }

  it('shows a cap in months of fees in money, from a yearly fee', () => {
    expect(paragraphOf('cap 12 months fees').notes).toEqual(['At the fee of 120,000 USD per year, 12 months of fees are 120,000.00 USD.']);
    expect(paragraphOf('super_cap data_breach 36 months fees').notes).toEqual(['At the fee of 120,000 USD per year, 36 months of fees are 360,000.00 USD.']);
  });

  it('writes the other cap forms as written', () => {
    const fee = 'payment {\n    fee 10000 USD monthly\n  }';
    expect(one('liability', 'cap 1000000 USD per_claim', fee)).toEqual({
      number: '2.1',
      text: "Each party's liability for each claim under this agreement is limited to 1,000,000 USD.",
      notes: ['At the fee of 10,000 USD per month, 1,000,000 USD is 100 months of fees.'],
    });
    expect(one('liability', 'cap 150 USD per record').text).toBe("Each party's total liability for all claims under this agreement is limited to 150 USD per record.");
    expect(one('liability', 'cap unlimited').text).toBe("Each party's liability under this agreement is unlimited.");
    expect(one('liability', 'insurance general_liability')).toMatchObject({ text: 'The Provider shall maintain general liability insurance.', notes: ['No amount is stated.'] });
  });
});

describe('data protection', () => {
  const cases: [string, string][] = [
    ['breach_notice security_incident within 5 days', 'The Provider shall notify the Client of any security incident within 5 days.'],
    ['subprocessors notify 30 days objection', "The Provider shall give the Client at least 30 days' notice of any new subprocessor, and the Client may object to it."],
    ['audit client yearly notice 30 days', "The Client may audit the Provider every year, on at least 30 days' notice."],
    ['audit reports "SOC 2 Type II" yearly', 'The Provider shall provide the Client with a “SOC 2 Type II” report every year.'],
    ['location EU transfer scc', "The Client's data shall be stored and processed in the European Union; any transfer outside it shall be made under standard contractual clauses."],
    ['delete_data within 30 days certified', "The Provider shall delete the Client's data within 30 days after this agreement ends and certify the deletion."],
    ['return_data within 30 days after termination format "CSV and PostgreSQL dump"', "The Provider shall return the Client's data within 30 days after this agreement ends, in the format “CSV and PostgreSQL dump”."],
  ];
  for (const [source, sentence] of cases) {
    it(`writes \`${source}\` as a sentence`, () => {
      expect(paragraphOf(source).text).toBe(sentence);
    });
  }

  it('writes a breach-notice period in words as the words, called unmeasurable, never "within" them', () => {
    expect(one('data_protection', 'breach_notice within "without undue delay"').text).toBe('The Provider shall notify the Client of any personal-data breach “without undue delay” (not a measurable time).');
  });

  it('gives statutory breach deadlines for personal-data breaches only', () => {
    expect(paragraphOf('breach_notice within 48 hours').notes.some((n) => n.startsWith('GDPR sets a deadline of 72 hours'))).toBe(true);
    expect(paragraphOf('breach_notice security_incident within 5 days').notes).toEqual([]);
  });

  it('writes the other subprocessor, location and audit forms', () => {
    expect(one('data_protection', 'subprocessors approval client').text).toBe("The Provider may engage a subprocessor only with the Client's approval.");
    expect(one('data_protection', 'subprocessors notify').text).toBe('The Provider shall notify the Client of any new subprocessor.');
    expect(one('data_protection', 'subprocessors flow_down').text).toBe('The Provider shall bind its subprocessors to the same terms as this agreement.');
    expect(one('data_protection', 'subprocessors free').text).toBe("The Provider may engage subprocessors without the Client's approval and without notice to it.");
    expect(one('data_protection', 'location UK transfer none').text).toBe("The Client's data shall be stored and processed only in the United Kingdom, and shall not be transferred outside it.");
    expect(one('data_protection', 'location EEA').text).toBe("The Client's data shall be stored and processed only in the European Economic Area.");
    expect(one('data_protection', 'location "European Union"').text).toBe("The Client's data shall be stored and processed only in this location: European Union.");
    expect(one('data_protection', 'location "Frankfurt data centre" transfer adequacy').text).toBe(
      "The Client's data shall be stored and processed in this location: Frankfurt data centre; any transfer outside it shall be made under an adequacy decision.",
    );
    expect(one('data_protection', 'audit reports').text).toBe('The Provider shall provide the Client with an independent audit report.');
    expect(one('data_protection', 'return_data within 30 days').text).toBe("The Provider shall return the Client's data within 30 days after this agreement ends.");
  });
});

describe('payment', () => {
  const cases: [string, string][] = [
    ['rate "Additional analyst seat" 12.50 USD monthly per user', '“Additional analyst seat” is charged at 12.50 USD per user per month.'],
    ['minimum 4000 USD monthly', 'The Client shall pay at least 4,000 USD per month, whatever it uses.'],
    ['price_increase index CPI cap 5% yearly notice 30 days', "The Provider may increase the fees in line with CPI, by at most 5% per year, on at least 30 days' notice."],
    ['price_increase step 3% at renewal', 'The fees increase by 3% at each renewal.'],
    ['suspension after 30 days overdue notice 10 days', "Once an invoice has been overdue for 30 days, the Provider may suspend the services after giving the Client at least 10 days' notice."],
    ['disputes pay_undisputed notify within 15 days', 'If the Client disputes an invoice, it shall pay the undisputed part and notify the Provider of the dispute within 15 days.'],
  ];
  for (const [source, sentence] of cases) {
    it(`writes \`${source}\` as a sentence`, () => {
      expect(paragraphOf(source).text).toBe(sentence);
    });
  }

  it('writes the other price-increase, suspension and dispute forms as written', () => {
    expect(one('payment', 'price_increase index HICP yearly')).toMatchObject({ text: 'The Provider may increase the fees in line with HICP every year.', notes: ['No cap on the increase is stated.'] });
    expect(one('payment', 'price_increase index "ONS services index" cap 4% at renewal').text).toBe('The Provider may increase the fees in line with ONS services index, by at most 4%, at renewal.');
    expect(one('payment', 'price_increase step 5% yearly').text).toBe('The fees increase by 5% every year.');
    expect(one('payment', 'price_increase cap 3% yearly').text).toBe('The Provider may increase the fees by at most 3% per year.');
    expect(one('payment', 'price_increase cap 5% at renewal notice 60 days').text).toBe("The Provider may increase the fees at renewal by at most 5%, on at least 60 days' notice.");
    expect(one('payment', 'price_increase yearly')).toMatchObject({ text: 'Price increases: yearly.', notes: ['No cap on price increases is stated.'] });
    expect(one('payment', 'suspension after 45 days overdue').text).toBe('Once an invoice has been overdue for 45 days, the Provider may suspend the services immediately.');
    expect(one('payment', 'disputes withhold notify within 10 days').text).toBe('If the Client disputes an invoice, it may withhold the disputed amount and shall notify the Provider of the dispute within 10 days.');
    expect(one('payment', 'rate "Senior engineer" 150 USD hourly').text).toBe('Work by a “Senior engineer” is charged at 150 USD per hour.');
  });
});

describe('term, termination, changes and milestones', () => {
  const cases: [string, string][] = [
    ['renewal manual 12 months', 'This agreement renews only if both parties agree in writing before it ends; a renewal is for 12 months.'],
    ['extension client 12 months notice 90 days', "The Client may extend this agreement by 12 months by giving at least 90 days' notice before the term ends."],
    ['extension either 6 months notice 60 days', "Either party may extend this agreement by 6 months by giving at least 60 days' notice before the term ends."],
    ['transition 90 days included', 'When this agreement ends, the Provider shall assist the transition of the services to the Client or to a new provider for 90 days. This assistance is included in the fees.'],
    ['provider may_change sla, services, policies notice 90 days', "The Provider may change the service levels, the services and the policies, on at least 90 days' notice."],
    ['provider may_change prices notice 60 days at renewal', "The Provider may change the prices only at renewal, on at least 60 days' notice."],
    ['client may_terminate', 'If a change under this section adversely affects the Client, the Client may terminate this agreement without a termination fee.'],
    ['change_control written approvers "Client CIO and Provider account director"', 'Changes agreed between the parties shall be made in writing and approved by “Client CIO and Provider account director”.'],
    [
      'milestone onboarding "Tenant configured and data migrated" due 2027-03-31 pays 60% acceptance 10 business_days',
      'The milestone “Tenant configured and data migrated” is due on 31 March 2027; the Client has 10 business days to accept it, and it pays 60% of the one-off fees.',
    ],
  ];
  for (const [source, sentence] of cases) {
    it(`writes \`${source}\` as a sentence`, () => {
      expect(paragraphOf(source).text).toBe(sentence);
    });
  }

  it('writes until_terminated and transition at rates', () => {
    expect(one('term', 'until_terminated').text).toBe('This agreement runs until a party terminates it.');
    expect(one('termination', 'transition 60 days at_rates').text).toBe(
      'When this agreement ends, the Provider shall assist the transition of the services to the Client or to a new provider for 60 days. This assistance is charged at the rates of this agreement.',
    );
  });

  it('gives the last day to exercise an extension option for the initial term', () => {
    expect(paragraphOf('extension client 12 months notice 90 days').notes).toEqual(['To extend the initial term, which ends on 31 December 2029, the last day to give notice is 2 October 2029.']);
  });

  it("computes a milestone's acceptance deadline in business days and its payment from the one-off fees", () => {
    expect(paragraphOf('milestone onboarding "Tenant configured and data migrated" due 2027-03-31 pays 60% acceptance 10 business_days').notes).toEqual([
      'If it is delivered on 31 March 2027, the acceptance period ends on 14 April 2027.',
      '60% of the one-off fees is 24,000.00 USD, invoiced on 31 March 2027 and payable by 30 April 2027.',
    ]);
    expect(one('milestones', 'milestone go_live due 2027-06-30').text).toBe('The milestone “go live” is due on 30 June 2027.');
  });
});
