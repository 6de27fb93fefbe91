/**
 * Snippet templates for completion: every statement of the language as an LSP
 * snippet with tab stops, the blocks with their usual contents, and a whole
 * contract skeleton. Lines are indented by two spaces per level; the client
 * adjusts them to the line the snippet is inserted on.
 */
import {
  CARVE_OUTS,
  CLAIM_FROM,
  CREDIT_APPLIED,
  INSURANCE_KINDS,
  MEASURERS,
  PERIOD_WORDS,
  PRIORITY_LEVELS,
  REGIONS,
  REGULATIONS,
  SERVICE_TYPES,
  TRANSFER_BASES,
  TRANSITION_PRICING,
  WHO,
  type BlockKind,
} from '../../grammar/index.js';

const choice = (n: number, options: readonly string[]) => `\${${n}|${options.join(',')}|}`;
const periods = (n: number, first = 'monthly') => choice(n, [first, ...PERIOD_WORDS.filter((p) => p !== first && p !== 'once')]);
/** A closed word set with a preferred first choice. */
const first = (n: number, preferred: string, options: readonly string[]) => choice(n, [preferred, ...options.filter((o) => o !== preferred)]);

/** The snippet a statement keyword inserts, by keyword; `CURRENCY` stands for the default currency. */
const TEMPLATES: Record<string, string> = {
  contract: 'contract "${1:Title}" {\n  $0\n}',
  id: 'id "${1:MSA-2027-001}"',
  effective: 'effective ${1:2027-01-01}',
  governing_law: 'governing_law "${1:State of New York}"',
  party: `party ${choice(1, ['provider', 'client'])} \${2:name} "\${3:Legal name}" {\n  address "\${4:Street, City}"\n  notices "\${5:legal@example.com}"\n}`,
  scope: `scope {\n  service \${1:name} "\${2:Description}" {\n    hours ${choice(3, ['24x7', 'business'])}\n    channels \${4:phone, email}\n  }\n  exclude "\${5:What is not included}"\n}`,
  sla: `sla \${1:name} for \${2:service} {\n  uptime \${3:99.9}% ${periods(4)}\n  measured_by "\${5:How achievement is measured}"\n  credit \${6:10}% when below \${7:99.9}%\n  credit_cap \${8:50}%\n}`,
  payment: `payment {\n  fee \${1:1000.00} \${2:CURRENCY} ${periods(3)}\n  model ${choice(4, ['fixed', 'time_and_materials', 'usage'])}\n  invoice ${periods(5)} ${choice(6, ['in_advance', 'in_arrears'])}\n  due \${7:30} days after invoice\n  late_fee \${8:1.5}% monthly\n  price_increase cap \${9:3}% yearly\n}`,
  data_protection: `data_protection {\n  comply ${choice(1, REGULATIONS)}\n  breach_notice within \${2:48} hours\n  access "\${3:Named provider engineers only, with multi-factor authentication}"\n  encryption at_rest, in_transit\n  location "\${4:European Union}"\n  return_data within \${5:30} days after termination\n}`,
  term: 'term {\n  initial ${1:24} months\n  renewal automatic ${2:12} months notice ${3:60} days\n}',
  liability: `liability {\n  cap \${1:12} months fees\n  exclude \${2:indirect, lost_profits}\n  uncapped \${3:confidentiality, data_breach, gross_negligence, wilful_misconduct}\n}`,
  changes: `changes {\n  provider may_change \${1:services, policies} notice \${2:90} days\n  client may_terminate\n  change_control written approvers "\${3:Client CIO}"\n}`,
  milestones: 'milestones {\n  milestone ${1:design} "${2:Design approved}" due ${3:2027-03-31} pays ${4:30}% acceptance ${5:10} business_days\n}',
  termination: `termination {\n  for_convenience ${choice(1, ['client', 'provider', 'either'])} notice \${2:90} days\n  for_cause ${choice(3, ['either', 'client', 'provider'])} cure \${4:30} days\n  transition \${5:60} days\n}`,
  reporting: `reporting {\n  report ${periods(1)} "\${2:SLA performance and open incidents}"\n  review ${periods(3, 'quarterly')}\n}`,
  clause: 'clause ${1:name} "${2:Heading}" {\n  text """\n    ${3:The text of the clause.}\n  """\n}',
  text: 'text "${1}"',
  address: 'address "${1:Street, City}"',
  notices: 'notices "${1:legal@example.com}"',
  service: `service \${1:name} "\${2:Description}" {\n  hours ${choice(3, ['24x7', 'business'])}\n  channels \${4:phone, email}\n}`,
  exclude: 'exclude "${1:What is not included}"',
  hours: `hours ${choice(1, ['24x7', 'business'])}`,
  channels: 'channels ${1:phone, email, portal}',
  uptime: `uptime \${1:99.9}% ${periods(2)}`,
  priority: `priority ${choice(1, PRIORITY_LEVELS)} respond within \${2:15 minutes} resolve within \${3:4 hours}`,
  target: `target "\${1:Backups verified}" \${2:100}% ${periods(3, 'daily')}`,
  measured_by: `measured_by ${first(1, 'independent', MEASURERS)} "\${2:How achievement is measured}"`,
  window: `window ${choice(1, ['24x7', 'business'])}`,
  maintenance: `maintenance max \${1:4} hours ${periods(2)} notice \${3:5} days`,
  credit: 'credit ${1:10}% when below ${2:99.9}%',
  credit_cap: 'credit_cap ${1:50}%',
  claim: `claim within \${1:30} days after ${choice(2, CLAIM_FROM)}`,
  credits: `credits applied ${choice(1, CREDIT_APPLIED)}`,
  sole_remedy: 'sole_remedy',
  chronic_failure: 'chronic_failure terminate when below ${1:99.0}% for ${2:3} of ${3:6} months',
  answer: `answer ${choice(1, ['calls', 'chats', 'emails'])} within \${2:30} seconds`,
  notify: `notify ${choice(1, ['outage', 'incident'])} within \${2:30} minutes`,
  updates: 'updates every ${1:60} minutes',
  root_cause: 'root_cause within ${1:5} business_days',
  fee: `fee \${1:1000.00} \${2:CURRENCY} ${periods(3)}`,
  model: `model ${choice(1, ['fixed', 'time_and_materials', 'usage'])}`,
  rate: `rate "\${1:Senior engineer}" \${2:150} \${3:CURRENCY} ${periods(4, 'hourly')}`,
  minimum: `minimum \${1:4000} \${2:CURRENCY} ${periods(3)}`,
  suspension: 'suspension after ${1:30} days overdue notice ${2:10} days',
  disputes: 'disputes pay_undisputed notify within ${1:15} days',
  invoice: `invoice ${periods(1)} ${choice(2, ['in_advance', 'in_arrears'])}`,
  due: 'due ${1:30} days after invoice',
  late_fee: `late_fee \${1:1.5}% ${periods(2)}`,
  expenses: `expenses cap \${1:1000} \${2:CURRENCY} ${periods(3)} preapproved`,
  price_increase: `price_increase cap \${1:3}% ${periods(2, 'yearly')}`,
  comply: `comply ${choice(1, REGULATIONS)}`,
  breach_notice: 'breach_notice within ${1:48} hours',
  access: 'access "${1:Named provider engineers only, with multi-factor authentication}"',
  encryption: 'encryption ${1:at_rest, in_transit}',
  location: `location ${choice(1, REGIONS)} transfer ${first(2, 'scc', TRANSFER_BASES)}`,
  return_data: 'return_data within ${1:30} days after termination format "${2:CSV}"',
  subprocessors: 'subprocessors notify ${1:30} days objection',
  audit: `audit ${choice(1, ['client', 'reports'])} ${periods(2, 'yearly')} notice \${3:30} days`,
  delete_data: 'delete_data within ${1:30} days certified',
  initial: 'initial ${1:24} months',
  renewal: `renewal ${choice(1, ['automatic', 'manual', 'none'])} \${2:12 months} notice \${3:60 days}`,
  until_terminated: 'until_terminated',
  extension: `extension ${choice(1, WHO)} \${2:12} months notice \${3:90} days`,
  for_convenience: `for_convenience ${choice(1, ['client', 'provider', 'either'])} notice \${2:90} days`,
  for_cause: `for_cause ${choice(1, ['either', 'client', 'provider'])} cure \${2:30} days`,
  transition: `transition \${1:60} days ${choice(2, TRANSITION_PRICING)}`,
  type: `type ${choice(1, SERVICE_TYPES)}`,
  cap: 'cap ${1:12} months fees',
  uncapped: 'uncapped ${1:confidentiality, data_breach, gross_negligence, wilful_misconduct}',
  super_cap: `super_cap ${first(1, 'data_breach', CARVE_OUTS)} \${2:36} months fees`,
  indemnify: `indemnify ${choice(1, ['provider', 'client'])} for \${2:ip_infringement, data_breach}`,
  insurance: `insurance ${choice(1, INSURANCE_KINDS)} \${2:5000000} \${3:CURRENCY}`,
  change_control: 'change_control written approvers "${1:Client CIO}"',
  milestone: 'milestone ${1:design} "${2:Design approved}" due ${3:2027-03-31} pays ${4:30}% acceptance ${5:10} business_days',
  report: `report ${periods(1)} "\${2:SLA performance and open incidents}"`,
  review: `review ${periods(1, 'quarterly')}`,
};

/** Snippets of keywords that mean different statements in different blocks, by `block.keyword`. */
const IN_BLOCK: Record<string, string> = {
  'sla.exclude': 'exclude ${1:force_majeure, client_caused}',
  'liability.exclude': 'exclude ${1:indirect, lost_profits, lost_data}',
  'changes.provider': 'provider may_change ${1:services, policies} notice ${2:90} days',
  'changes.client': 'client may_terminate',
};

/** The snippet for a statement (in `block`, when given), with the default currency filled in; undefined when the keyword has none. */
export function statementSnippet(keyword: string, currency: string, block?: BlockKind): string | undefined {
  return ((block !== undefined ? IN_BLOCK[`${block}.${keyword}`] : undefined) ?? TEMPLATES[keyword])?.replace(/CURRENCY/g, currency);
}

/** Every statement that has a snippet, as `block.keyword` or `keyword` (for tests). */
export function snippetKeys(): string[] {
  return [...Object.keys(TEMPLATES), ...Object.keys(IN_BLOCK)];
}

/** A whole contract: metadata, both parties, scope, one SLA and every clause the checker expects. */
export function contractSkeleton(currency: string): string {
  const numbered = (k: string) => statementSnippet(k, currency)!.replace(/\$\{\d+([:|])/g, '${#$1');
  const indent = (text: string) => text.replace(/^/gm, '  ');
  const blocks = ['scope', 'sla', 'payment', 'liability', 'data_protection', 'term', 'termination', 'reporting'].map((k) => indent(numbered(k)));
  const text = [
    'contract "${#:Managed IT Services Agreement}" {',
    '  id "${#:MSA-2027-001}"',
    '  effective ${#:2027-01-01}',
    '  governing_law "${#:State of New York}"',
    '',
    indent('party provider ${#:acme} "${#:Provider legal name}" {\n  address "${#:Street, City}"\n  notices "${#:legal@provider.example}"\n}'),
    '',
    indent('party client ${#:globex} "${#:Client legal name}" {\n  address "${#:Street, City}"\n  notices "${#:contracts@client.example}"\n}'),
    ...blocks.flatMap((b) => ['', b]),
    '}',
  ].join('\n');
  // Number the tab stops in the order they appear.
  let n = 0;
  return text.replace(/\$\{#/g, () => `\${${++n}`);
}
