// Deterministic generator of realistic `.contract` files for the benchmarks:
// many services, SLAs, clauses and prose, mostly valid, with the occasional
// problem a real draft has (a vague phrase, a missing measurement). The same
// seed always gives the same text.
//
// Usage: node bench/generate.mjs LINES [SEED] [LANGUAGE]   (prints one contract; LANGUAGE 1 writes only version-1 statements)

/** A small, fast, seedable pseudo-random generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICE_KINDS = [
  ['helpdesk', 'Help desk support', 'First- and second-line support for up to {n} named users.'],
  ['servers', 'Server maintenance and patching', 'Monitoring, patching and backup of the {n} servers listed in Schedule A.'],
  ['network', 'Managed network', 'Operation of the routers, switches and firewalls at {n} sites.'],
  ['backup', 'Backup and restore', 'Nightly backups of {n} systems, kept for 35 days, with a quarterly restore test.'],
  ['security', 'Managed security', 'Intrusion detection and log review for {n} hosts, with a monthly summary.'],
  ['cloud', 'Cloud operations', 'Operation of {n} cloud accounts, including cost reports and access reviews.'],
  ['endpoint', 'Endpoint management', 'Deployment, patching and encryption of {n} laptops and desktops.'],
  ['database', 'Database administration', 'Tuning, patching and backup of {n} production databases.'],
];
const CHANNELS = ['phone', 'email', 'portal', 'chat', 'on_site'];
const CLAUSE_TEXT = [
  'Each party keeps the other party\'s Confidential Information secret and uses it only to perform this agreement.',
  'The provider carries professional liability insurance of at least 2,000,000 USD per claim during the term.',
  'Neither party is liable for a failure caused by events beyond its control, provided it gives notice within 5 days.',
  'The provider may use subcontractors only with the client\'s prior written consent, and remains responsible for them.',
  'All deliverables created for the client under this agreement are owned by the client once paid for.',
  'Disputes are first escalated to the service managers, then to the executive sponsors, each within 10 business days.',
  'The provider keeps an asset register of all equipment it manages and shares it with the client every quarter.',
  'Changes to the services are agreed in writing through the change procedure in Schedule B.',
];
const VAGUE = ['as soon as possible', 'best efforts', 'promptly', 'commercially reasonable', 'from time to time'];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function serviceLines(rnd, name, kind, i) {
  const [, title, text] = kind;
  const users = 20 + Math.floor(rnd() * 980);
  const channels = CHANNELS.filter(() => rnd() < 0.5);
  const lines = [`    service ${name} "${title} ${i + 1}" {`, `      hours ${rnd() < 0.6 ? '24x7' : 'business'}`];
  if (channels.length) lines.push(`      channels ${channels.join(', ')}`);
  let prose = text.replace('{n}', String(users));
  if (rnd() < 0.03) prose += ` Tickets are answered ${pick(rnd, VAGUE)}.`;
  lines.push(`      text "${prose}"`, '    }');
  return lines;
}

function slaLines(rnd, name, services, language) {
  const lines = [`  sla ${name} for ${services.join(', ')} {`];
  if (rnd() < 0.5) {
    const uptime = pick(rnd, ['99.5%', '99.8%', '99.9%', '99.95%']);
    const window = 'Sundays 02:00-04:00 local time, announced 72 hours in advance';
    lines.push(`    uptime ${uptime} monthly`, language === 1 ? `    maintenance "${window}"` : `    maintenance "${window}" max 8 hours monthly notice 72 hours`);
    lines.push(`    credit 10% when below ${uptime}`, '    credit 25% when below 99.0%', '    credit_cap 50%');
    if (language !== 1) lines.push('    claim within 60 days after month_end', '    chronic_failure terminate when below 99.0% for 3 of 6 months');
  } else {
    lines.push('    priority critical respond within 15 minutes resolve within 4 hours');
    lines.push('    priority high respond within 1 hour resolve within 1 business_day');
    lines.push('    priority normal respond within 4 business_hours resolve within 5 business_days');
    if (rnd() < 0.5) lines.push(`    target "Security patches applied" 100% monthly`);
    lines.push('    credit 5% per breach', '    credit_cap 20%');
    if (language !== 1) lines.push('    notify outage within 30 minutes');
  }
  // A few SLAs, as in real drafts, forget to say how they are measured.
  if (rnd() < 0.95) lines.push('    measured_by "Ticket timestamps and an external probe every 60 seconds"');
  lines.push('  }');
  return lines;
}

function clauseLines(rnd, name, i) {
  const sentences = [];
  const count = 2 + Math.floor(rnd() * 4);
  for (let k = 0; k < count; k++) sentences.push(pick(rnd, CLAUSE_TEXT));
  if (rnd() < 0.03) sentences.push(`The provider will respond ${pick(rnd, VAGUE)}.`);
  const lines = [`  // Clause ${i + 1}, reviewed by legal.`, `  clause ${name} "Clause ${i + 1}" {`, '    text """'];
  // Wrap the prose at about 72 characters, as people write it.
  let line = '';
  for (const word of sentences.join(' ').split(' ')) {
    if (line && line.length + word.length + 1 > 72) {
      lines.push(`      ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`      ${line}`);
  lines.push('    """', '  }');
  return lines;
}

/**
 * One contract of about `targetLines` lines (never fewer than a complete,
 * valid skeleton of about 80 lines).
 */
export function generateContract(targetLines, seed = 1, language = 2) {
  const rnd = random(seed);
  const year = 2026 + Math.floor(rnd() * 3);
  const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
  const head = [
    `// Managed services agreement ${seed}, generated for benchmarks.`,
    `contract "Managed Services Agreement ${seed}" {`,
    `  id "MSA-${year}-${String(seed).padStart(4, '0')}"`,
    `  effective ${year}-${month}-01`,
    '  governing_law "State of New York"',
    '',
    `  party provider acme "Acme Managed Services LLC" {`,
    '    address "1 Main Street, New York, NY 10001"',
    '    notices "legal@acme.example"',
    '  }',
    '',
    `  party client globex "Globex Corporation ${seed}" {`,
    '    address "500 Market Street, San Francisco, CA 94105"',
    '    notices "contracts@globex.example"',
    '  }',
    '',
  ];
  const tail = [
    '',
    '  payment {',
    `    fee ${(5000 + Math.floor(rnd() * 50000)).toLocaleString('en-US').replace(/,/g, '_')}.00 USD monthly`,
    '    model fixed',
    '    invoice monthly in_advance',
    '    due 30 days after invoice',
    '    late_fee 1.5% monthly',
    '    expenses cap 1000 USD monthly preapproved',
    '    price_increase cap 3% yearly',
    ...(language === 1 ? [] : ['    disputes pay_undisputed notify within 15 days']),
    '  }',
    '',
    ...(language === 1
      ? []
      : ['  liability {', '    cap 12 months fees', '    exclude indirect, lost_profits', '    uncapped confidentiality, data_breach, gross_negligence', '  }', '']),
    '  data_protection {',
    '    comply GDPR, HIPAA',
    '    breach_notice within 48 hours',
    '    access "Named provider engineers only, with multi-factor authentication"',
    '    encryption at_rest, in_transit',
    '    location "European Union"',
    '    return_data within 30 days after termination',
    ...(language === 1
      ? []
      : ['    subprocessors notify 30 days objection', '    audit client yearly notice 30 days', '    delete_data within 60 days certified']),
    '  }',
    '',
    '  term {',
    '    initial 24 months',
    '    renewal automatic 12 months notice 60 days',
    '  }',
    '',
    '  termination {',
    '    for_convenience client notice 90 days fee 2 months',
    '    for_cause either cure 30 days',
    language === 1 ? '    transition 60 days' : '    transition 60 days included',
    '  }',
    '',
    '  reporting {',
    '    report monthly "SLA performance, open incidents and security events"',
    '    review quarterly',
    '  }',
  ];
  const scope = [];
  const slas = [];
  const clauses = [];
  const pending = [];
  const fixed = head.length + tail.length + 6;
  let i = 0;
  while (i < 2 || fixed + scope.length + slas.length + clauses.length < targetLines) {
    const kind = SERVICE_KINDS[i % SERVICE_KINDS.length];
    const name = `${kind[0]}_${i + 1}`;
    scope.push(...serviceLines(rnd, name, kind, i));
    pending.push(name);
    if (pending.length >= 2 || rnd() < 0.3) {
      slas.push(...slaLines(rnd, `sla_${i + 1}`, pending.splice(0), language), '');
    }
    if (rnd() < 0.6) clauses.push('', ...clauseLines(rnd, `clause_${i + 1}`, i));
    i++;
  }
  if (pending.length) slas.push(...slaLines(rnd, `sla_${i + 1}`, pending.splice(0), language), '');
  const lines = [
    ...head,
    '  scope {',
    ...scope,
    '    exclude "Hardware replacement parts"',
    '    exclude "Third-party software licences"',
    '  }',
    '',
    ...slas,
    ...tail,
    ...clauses,
    '}',
    '',
  ];
  return lines.join('\n');
}

/**
 * A JSON document of about `bytes` bytes (within one record), shaped like a
 * contract inventory exported from a procurement system.
 */
export function generateJson(bytes, seed = 1) {
  const rnd = random(seed);
  const items = [];
  const doc = (n) => JSON.stringify({ generated: true, seed, services: items.slice(0, n) }, null, 2);
  for (let i = 0, size = 0; size < bytes; i++) {
    const kind = SERVICE_KINDS[i % SERVICE_KINDS.length];
    const item = {
      id: `SVC-${seed}-${i + 1}`,
      name: `${kind[1]} ${i + 1}`,
      description: kind[2].replace('{n}', String(20 + Math.floor(rnd() * 980))),
      hours: rnd() < 0.6 ? '24x7' : 'business',
      channels: CHANNELS.filter(() => rnd() < 0.5),
      uptime: 99 + Math.floor(rnd() * 100) / 100,
      respondMinutes: 15 + Math.floor(rnd() * 240),
      credits: [
        { below: 99.9, percent: 10 },
        { below: 99.0, percent: 25 },
      ],
      measured: rnd() < 0.95,
      fee: { amount: 5000 + Math.floor(rnd() * 50000) + 0.5, currency: 'USD', period: 'monthly' },
      notes: rnd() < 0.3 ? null : pick(rnd, CLAUSE_TEXT),
    };
    items.push(item);
    // Items nest two levels deep in the document, so their text grows by their line count times four spaces.
    const text = JSON.stringify(item, null, 2);
    size += text.length + 4 * (text.split('\n').length + 1);
  }
  // Drop records from the end until the document is no larger than asked, then add one back if that is closer.
  let n = items.length;
  while (n > 1 && doc(n).length > bytes) n--;
  const under = doc(n);
  const over = n < items.length ? doc(n + 1) : under;
  return bytes - under.length <= over.length - bytes ? under : over;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 1);
  const language = Number(process.argv[4] ?? 2);
  process.stdout.write(generateContract(lines, seed, language === 1 ? 1 : 2));
}
