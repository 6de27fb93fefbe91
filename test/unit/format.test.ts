/**
 * The formatter: snapshots of messy inputs (test/fixtures/format/NAME.contract
 * → NAME.expected), refusal of documents with syntax errors, and idempotence
 * plus content preservation over every contract in the fixtures and examples.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyze } from '../../server/core/index.js';
import { formatContract } from '../../server/core/format.js';
import { repositoryContracts } from '../helpers/contract-files.js';
import { documentContent } from '../helpers/document-content.js';

const ROOT = path.join(__dirname, '../..');
const FORMAT_DIR = path.join(ROOT, 'test/fixtures/format');

/** The diagnostic codes of a document, sorted (suppression comments must keep working after formatting). */
function codes(text: string): string[] {
  return analyze(text)
    .diagnostics.map((d) => d.code)
    .sort();
}

function format(text: string, indent?: number): string {
  const r = formatContract(text, indent === undefined ? undefined : { indent });
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

describe('formatter snapshots', () => {
  const inputs = fs.readdirSync(FORMAT_DIR).filter((f) => f.endsWith('.contract') && !f.startsWith('refuse-'));
  it('has snapshot fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of inputs.sort()) {
    it(file, () => {
      const input = fs.readFileSync(path.join(FORMAT_DIR, file), 'utf8');
      const expected = fs.readFileSync(path.join(FORMAT_DIR, file.replace(/\.contract$/, '.expected')), 'utf8');
      expect(format(input)).toBe(expected);
      expect(format(expected)).toBe(expected);
    });
  }
});

describe('formatter refusals', () => {
  const broken = fs.readdirSync(FORMAT_DIR).filter((f) => f.startsWith('refuse-') && f.endsWith('.contract'));
  for (const file of broken.sort()) {
    it(file, () => {
      const r = formatContract(fs.readFileSync(path.join(FORMAT_DIR, file), 'utf8'));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/syntax error.*line \d+/);
    });
  }
  it('names the number of errors and the first one', () => {
    const r = formatContract('contract "x" {\n  fee 10 USD monthly )\n  id "a" ]\n}\n');
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('2 syntax errors (the first on line 2') });
  });
});

describe('formatter options and details', () => {
  it('indents by the requested number of spaces', () => {
    expect(format('contract "x" {\nscope {\nexclude "a"\n}\n}', 4)).toBe('contract "x" {\n    scope {\n        exclude "a"\n    }\n}\n');
  });
  it('keeps Windows line endings', () => {
    expect(format('contract "x" {\r\n  id "a"   \r\n\r\n\r\n  effective 2027-01-01\r\n}')).toBe('contract "x" {\r\n  id "a"\r\n\r\n  effective 2027-01-01\r\n}\r\n');
  });
  it('formats an empty document to an empty document', () => {
    expect(format('')).toBe('');
    expect(format('\n\n   \n')).toBe('');
  });
  it('keeps a comment-only document', () => {
    expect(format('   // just a note   \n\n\n/* and */')).toBe('// just a note\n\n/* and */\n');
  });
  it('keeps a disable-next-line directive directly above its line', () => {
    const text = 'contract "x" {\n  scope {\n  } // contract-disable-next-line missing-payment\n  sla s for a {\n  }\n}\n';
    const out = format(text);
    expect(out).toContain('} // contract-disable-next-line missing-payment\n  sla s for a {');
    expect(codes(out)).toEqual(codes(text));
  });
  it('joins a list broken after a comma, unless a comment ends the line', () => {
    expect(format('contract "x" {\n  data_protection {\n    comply GDPR,\n\n       HIPAA\n  }\n}')).toContain('    comply GDPR, HIPAA\n');
    expect(format('contract "x" {\n  data_protection {\n    comply GDPR, // EU\n HIPAA\n  }\n}')).toContain('    comply GDPR, // EU\n      HIPAA\n');
  });
});

describe('formatter over every contract in the repository', () => {
  const files = repositoryContracts();
  it('finds contracts', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const file of files) {
    it(path.relative(ROOT, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const r = formatContract(text);
      if (parse(text).issues.length > 0) {
        expect(r.ok, 'a document with syntax errors must be refused').toBe(false);
        return;
      }
      if (!r.ok) throw new Error(r.reason);
      expect(format(r.text), 'formatting twice changes nothing').toBe(r.text);
      expect(documentContent(r.text)).toEqual(documentContent(text));
      expect(parse(r.text).issues).toEqual([]);
      expect(codes(r.text)).toEqual(codes(text));
    });
  }
});

describe('formatter and the version-2 language', () => {
  const MESSY = "contract   \"SaaS\"{\nliability{\ncap   12 months   fees  // general cap\n  exclude indirect,\n      lost_profits,lost_data\nuncapped confidentiality ,data_breach\n super_cap data_breach 36 months fees\ninsurance cyber 5000000   USD\n}\nsla availability for platform {\n   credit 10x   downtime_fees when below 99.9%\ncredit 5%   per 30 minutes downtime   after 10 minutes downtime\n   answer calls within 30 seconds\n  window \"Mon\u2013Sat 06:00\u201322:00 CET\"\n   sole_remedy\n  chronic_failure terminate when below 99.0% for 3 of 6 months\n}\nmilestones {milestone design \"Design\" due 2027-03-31 pays 30% acceptance 10 business_days\n}\nchanges {\n  provider may_change sla,services notice 90 days at renewal\n}\npayment{\nrate \"Named user\" 12.50 USD monthly per user\nprice_increase index \"Eurostat HICP\" cap 5% yearly\n}\n}\n";
  const EXPECTED = "contract \"SaaS\" {\n  liability {\n    cap 12 months fees // general cap\n    exclude indirect, lost_profits, lost_data\n    uncapped confidentiality, data_breach\n    super_cap data_breach 36 months fees\n    insurance cyber 5000000 USD\n  }\n\n  sla availability for platform {\n    credit 10x downtime_fees when below 99.9%\n    credit 5% per 30 minutes downtime after 10 minutes downtime\n    answer calls within 30 seconds\n    window \"Mon\u2013Sat 06:00\u201322:00 CET\"\n    sole_remedy\n    chronic_failure terminate when below 99.0% for 3 of 6 months\n  }\n\n  milestones {\n    milestone design \"Design\" due 2027-03-31 pays 30% acceptance 10 business_days\n  }\n\n  changes {\n    provider may_change sla, services notice 90 days at renewal\n  }\n\n  payment {\n    rate \"Named user\" 12.50 USD monthly per user\n    price_increase index \"Eurostat HICP\" cap 5% yearly\n  }\n}\n";
  const CANONICAL = "contract \"SaaS Subscription Agreement\" {\n  id \"SAAS-2027-001\"\n  effective 2027-01-01\n  governing_law \"England and Wales\"\n\n  party provider acme \"Acme Cloud Ltd\"\n  party client globex \"Globex plc\"\n\n  scope {\n    service platform \"Hosted analytics platform\" {\n      hours 24x7\n      type saas\n    }\n  }\n\n  sla availability for platform {\n    uptime 99.9% monthly\n    window business\n    measured_by independent \"Third-party synthetic monitoring\"\n    maintenance max 4 hours monthly notice 5 days\n    maintenance emergency notice 1 hours\n    exclude force_majeure, client_caused, \"Announced emergency patches\"\n    credit 10% when below 99.9%\n    credit 3 days when below 99.0%\n    credit 10x downtime_fees when below 98%\n    credit 5% per 30 minutes downtime\n    credit 5% when p1 respond over 30 minutes after 10 minutes downtime\n    credit_cap 50%\n    claim within 30 days after month_end\n    credits applied future_invoices\n    sole_remedy\n    chronic_failure terminate when below 99.0% for 3 of 6 months\n  }\n\n  sla incidents for platform {\n    priority p1 respond within 15 minutes resolve within 4 hours\n    priority critical respond within 15 minutes resolve within 4 hours\n    answer calls within 30 seconds\n    notify outage within 30 minutes\n    updates every 60 minutes\n    root_cause within 5 business_days\n  }\n\n  payment {\n    fee 12500 USD monthly\n    fee 50000 USD once\n    rate \"Named user\" 12.50 USD monthly per user\n    minimum 4000 USD monthly\n    due 30 days after invoice\n    price_increase index CPI cap 5% yearly notice 30 days\n    price_increase step 5% at renewal\n    suspension after 30 days overdue notice 10 days\n    disputes pay_undisputed notify within 15 days\n  }\n\n  milestones {\n    milestone design \"Design approved\" due 2027-03-31 pays 30% acceptance 10 business_days\n    milestone golive \"Go-live\" due 2027-06-30 pays 70% acceptance 10 business_days\n  }\n\n  liability {\n    cap 12 months fees\n    exclude indirect, lost_profits, lost_data\n    uncapped confidentiality, data_breach, indemnity, gross_negligence, wilful_misconduct\n    super_cap data_breach 36 months fees\n    indemnify provider for ip_infringement, data_breach, third_party_claims\n    insurance cyber 5000000 USD\n  }\n\n  data_protection {\n    comply GDPR, UK_GDPR\n    breach_notice within 48 hours\n    breach_notice security_incident within 5 days\n    subprocessors notify 30 days objection\n    audit client yearly notice 30 days\n    location EU transfer scc\n    delete_data within 30 days certified\n    return_data within 30 days format \"CSV\"\n  }\n\n  changes {\n    provider may_change sla, services, policies notice 90 days\n    client may_terminate\n    change_control written approvers \"Client CIO\"\n  }\n\n  term {\n    initial 24 months\n    renewal manual 12 months\n    extension client 36 months notice 90 days\n  }\n\n  termination {\n    for_convenience client notice 90 days\n    for_cause either cure 30 days\n    transition 90 days included\n  }\n}\n";

  it('lays out every new block and statement, multiples and seconds included', () => {
    expect(format(MESSY)).toBe(EXPECTED);
    expect(format(EXPECTED)).toBe(EXPECTED);
    expect(documentContent(EXPECTED)).toEqual(documentContent(MESSY));
    expect(codes(EXPECTED)).toEqual(codes(MESSY));
  });

  it('leaves a contract that uses every version-2 statement as it is', () => {
    expect(parse(CANONICAL).issues).toEqual([]);
    expect(format(CANONICAL)).toBe(CANONICAL);
  });

  it('keeps 10x and 30 seconds as written, whatever the spacing around them', () => {
    const out = format('contract "x" {\n sla a for b {\n credit   1.5x    downtime_fees  when below 99.9%\n  answer chats within   45   seconds\n }\n}\n');
    expect(out).toContain('    credit 1.5x downtime_fees when below 99.9%\n');
    expect(out).toContain('    answer chats within 45 seconds\n');
  });

  it('joins a list of closed words broken after commas', () => {
    const out = format('contract "x" {\n  liability {\n    uncapped confidentiality,\n      data_breach,\n\n   fraud\n  }\n}\n');
    expect(out).toContain('    uncapped confidentiality, data_breach, fraud\n');
  });

  it('refuses a version-2 statement with a syntax error instead of guessing', () => {
    const r = formatContract('contract "x" {\n  liability {\n    cap 12 months fees )\n  }\n}\n');
    expect(r.ok).toBe(false);
  });
});
