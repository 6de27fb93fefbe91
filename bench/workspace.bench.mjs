// The workspace model of the language server (issue 12 item 6), over stdio
// against the built dist/server.js, as a client without the pull model sees it
// (every diagnostic is pushed): a generated workspace folder of 5,000 contracts
// in families of one master and 4–10 children (SOWs and orders, a DPA now and
// then), spread over folders.
//
// - workspace_5000_s: from spawning the server to the last of the 5,000 files'
//   first publishDiagnostics, no document opened;
// - workspace_rss_mb: the server's resident memory then;
// - edit_master_p95_ms: a master open in the editor is edited (its id changes
//   back and forth, which changes every child's diagnostics); from the
//   didChange to the publishDiagnostics of the last of its children (not open).
//
// `--workspace-size N` checks N contracts instead of 5,000 (e.g. 20000); the
// keys then carry that size (workspace_20000_s, workspace_rss_mb_20000,
// edit_master_p95_ms_20000). Every size also reports the server's CPU seconds
// (workspace_5000_cpu_s): on a machine shared with other work the wall time
// depends on the load, the CPU time much less.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node.js';
import { random } from './generate.mjs';
import { percentile, procMb } from './lsp-client.mjs';
import { scratchDir } from './scratch.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;

export const goals = [
  { key: 'workspace_5000_s', label: 'server start to the last diagnostic, 5,000 contracts', target: '< 10 s', met: (v) => v < 10 },
  { key: 'workspace_rss_mb', label: 'server memory with 5,000 contracts checked', target: '< 400 MB', met: (v) => v < 400 },
  { key: 'edit_master_p95_ms', label: "an edit of a master to its children's diagnostics, p95", target: '< 150 ms', met: (v) => v < 150 },
];

/** User + system CPU seconds of a process so far, from /proc (Linux). */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function sizeFromArgs() {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--workspace-size');
  const n = i >= 0 ? Number(argv[i + 1]) : 5000;
  return Number.isInteger(n) && n > 0 ? n : 5000;
}

const SERVICES = [
  ['helpdesk', 'Help desk support', 'support', 'First- and second-line support for up to {n} named users.'],
  ['servers', 'Server maintenance and patching', 'hosting', 'Monitoring, patching and backup of the {n} servers listed in the inventory.'],
  ['network', 'Managed network', 'support', 'Operation of the routers, switches and firewalls at {n} sites.'],
  ['backup', 'Backup and restore', 'hosting', 'Nightly backups of {n} systems, kept for 35 days, with a quarterly restore test.'],
  ['migration', 'Cloud migration', 'project', 'Move of {n} workloads to the cloud, in waves agreed with the client.'],
];

function master(f, rnd) {
  const days = [30, 45, 60][Math.floor(rnd() * 3)];
  return `// Family ${f}: the master agreement.
contract "Master Services Agreement ${f}" {
  id "MSA-${f}"
  kind master
  effective 2027-01-01
  governing_law "State of New York"

  party provider acme${f} "Acme Managed Services ${f} LLC" {
    address "1 Main Street, New York, NY 10001"
    notices "legal@acme.example"
  }
  party client globex${f} "Globex ${f} Corporation" {
    address "500 Market Street, San Francisco, CA 94105"
    notices "contracts@globex.example"
  }

  payment {
    invoice monthly in_advance
    due ${days} days after invoice
    late_fee 1.5% monthly
    price_increase cap 3% yearly
    disputes pay_undisputed notify within 15 days
  }

  liability {
    cap 12 months fees
    exclude indirect, lost_profits
    uncapped confidentiality, gross_negligence, wilful_misconduct
  }

  data_protection {
    comply GDPR
    breach_notice within 48 hours
    encryption at_rest, in_transit
    return_data within 30 days after termination format "CSV"
    delete_data within 60 days certified
  }

  term {
    initial 36 months
    renewal automatic 12 months notice 90 days
  }

  termination {
    for_convenience client notice 90 days fee 2 months
    for_cause either cure 30 days
    transition 60 days included
  }

  reporting {
    report monthly "Service performance and open incidents"
    review quarterly
  }

  clause confidentiality "Confidentiality" {
    text """
      Each party keeps the other's Confidential Information secret
      for 5 years after this agreement ends.
    """
  }
}
`;
}

function child(f, c, rnd) {
  const kind = c === 0 && rnd() < 0.3 ? 'dpa' : rnd() < 0.5 ? 'sow' : 'order';
  if (kind === 'dpa') {
    return `contract "Data Processing Addendum ${f}" {
  id "DPA-${f}"
  kind dpa
  under "MSA-${f}"
  data_protection {
    comply GDPR
    breach_notice within 24 hours
    location EU transfer none
    subprocessors notify 30 days objection
    audit client yearly notice 30 days
  }
}
`;
  }
  const [name, title, type, text] = SERVICES[Math.floor(rnd() * SERVICES.length)];
  const n = 10 + Math.floor(rnd() * 200);
  const fee = 1000 + Math.floor(rnd() * 50) * 250;
  const uptime = ['99.5', '99.9', '99.95'][Math.floor(rnd() * 3)];
  // Now and then a draft problem, as real orders have.
  const vague = rnd() < 0.2 ? '\n      text "The provider will use reasonable efforts to respond promptly."' : '';
  return `contract "${kind === 'sow' ? 'Statement of Work' : 'Order'} ${f}-${c}: ${title}" {
  id "${kind.toUpperCase()}-${f}-${c}"
  kind ${kind}
  under "MSA-${f}"

  scope {
    service ${name} "${title}" {
      type ${type}
      hours business
      text "${text.replace('{n}', String(n))}"${vague}
    }
  }

  sla availability for ${name} {
    uptime ${uptime}% monthly
    measured_by provider "Monitoring every 60 seconds"
    credit 10% when below ${uptime}%
    credit_cap 30%
    claim within 60 days after month_end
  }

  payment {
    fee ${fee} USD monthly
    model fixed
  }
}
`;
}

/** Writes (or reuses) a workspace of `size` contracts; returns its folder and the families (master file and child files). */
function generateWorkspace(ctx, size) {
  // Outside the repository (scratch.mjs): the server's scan leaves out what .gitignore does, and bench/.tmp is ignored.
  const dir = scratchDir(`workspace-${size}`);
  const families = [];
  const rnd = random(12);
  let count = 0;
  for (let f = 0; count < size; f++) {
    const children = Math.min(4 + Math.floor(rnd() * 7), Math.max(0, size - count - 1));
    const group = `group-${String(Math.floor(f / 50)).padStart(3, '0')}`;
    const fam = { master: path.join(dir, group, `msa-${f}`, 'master.contract'), children: [] };
    for (let c = 0; c < children; c++) fam.children.push(path.join(dir, group, `msa-${f}`, 'orders', `order-${c}.contract`));
    families.push({ ...fam, f, childCount: children });
    count += 1 + children;
  }
  const marker = path.join(dir, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const rnd2 = random(34);
    for (const fam of families) {
      fs.mkdirSync(path.dirname(fam.master), { recursive: true });
      fs.writeFileSync(fam.master, master(fam.f, rnd2));
      if (fam.children.length) fs.mkdirSync(path.dirname(fam.children[0]), { recursive: true });
      fam.children.forEach((file, c) => fs.writeFileSync(file, child(fam.f, c, rnd2)));
    }
    fs.writeFileSync(marker, '');
  }
  return { dir, families };
}

export async function run(ctx) {
  const size = sizeFromArgs();
  const { dir, families } = generateWorkspace(ctx, size);
  const uri = (file) => pathToFileURL(file).href;
  const server = path.join(ctx.root, 'dist/server.js');
  if (!fs.existsSync(server)) throw new Error('dist/server.js is missing: run `npm run build` first (npm run bench does).');

  const start = performance.now();
  // CLAUSEWISE_BENCH_CPU_PROF=DIR writes a CPU profile of the server there (node --cpu-prof).
  const prof = process.env.CLAUSEWISE_BENCH_CPU_PROF;
  const proc = spawn(process.execPath, [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), server, '--stdio'], { cwd: dir, stdio: 'pipe' });
  proc.stderr.on('data', () => undefined);
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const seen = new Set();
  let lastAt = 0;
  let onPublish = () => undefined;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (!seen.has(p.uri)) {
      seen.add(p.uri);
      lastAt = performance.now();
    }
    onPublish(p);
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
  connection.listen();
  const figures = {};
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri(dir),
      workspaceFolders: [{ uri: uri(dir), name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    connection.sendNotification('initialized', {});
    const timeoutMs = Math.max(120_000, size * 30);
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${seen.size} of ${size} files had diagnostics after ${timeoutMs / 1000} s`)), timeoutMs);
      const check = () => {
        if (seen.size >= size) {
          clearTimeout(timer);
          resolve();
        }
      };
      onPublish = check;
      check();
    });
    const keySize = size === 5000 ? '5000' : String(size);
    figures[`workspace_${keySize}_s`] = ctx.fixed((lastAt - start) / 1000);
    figures[size === 5000 ? 'workspace_rss_mb' : `workspace_rss_mb_${size}`] = ctx.fixed(procMb(proc.pid, 'VmRSS') ?? NaN, 1);
    figures[size === 5000 ? 'workspace_peak_rss_mb' : `workspace_peak_rss_mb_${size}`] = ctx.fixed(procMb(proc.pid, 'VmHWM') ?? NaN, 1);
    // The server's own CPU time: on a machine shared with other work, the steadier figure.
    figures[`workspace_${keySize}_cpu_s`] = ctx.fixed(cpuSeconds(proc.pid) ?? NaN);
    ctx.log(`  ${size} contracts in ${families.length} families: last diagnostic ${figures[`workspace_${keySize}_s`]} s after start (server CPU ${figures[`workspace_${keySize}_cpu_s`]} s); memory ${figures[size === 5000 ? 'workspace_rss_mb' : `workspace_rss_mb_${size}`]} MB (peak ${figures[size === 5000 ? 'workspace_peak_rss_mb' : `workspace_peak_rss_mb_${size}`]} MB)`);

    // Edits of masters: the id toggles, so every child's diagnostics change (its master is lost, then found again).
    const edits = ctx.quick ? 10 : 60;
    const times = [];
    const picks = families.filter((f) => f.childCount >= 4);
    for (let i = 0; i < edits + 4; i++) {
      const fam = picks[(i * 7919) % picks.length];
      const masterUri = uri(fam.master);
      const text = fs.readFileSync(fam.master, 'utf8');
      const childUris = new Set(fam.children.map(uri));
      // Open the master and wait for its own diagnostics.
      await new Promise((resolve) => {
        onPublish = (p) => p.uri === masterUri && p.version === 1 && resolve();
        connection.sendNotification('textDocument/didOpen', { textDocument: { uri: masterUri, languageId: 'contract', version: 1, text } });
      });
      // Two edits: the id changes, then changes back.
      for (const [version, id] of [
        [2, `MSA-${fam.f}-x`],
        [3, `MSA-${fam.f}`],
      ]) {
        const line = text.split('\n').findIndex((l) => l.includes(`id "MSA-${fam.f}"`));
        const current = version === 2 ? `MSA-${fam.f}` : `MSA-${fam.f}-x`;
        const col = text.split('\n')[line].indexOf('"') + 1;
        const pending = new Set(childUris);
        const t0 = performance.now();
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`children of ${masterUri} not re-checked within 30 s`)), 30_000);
          onPublish = (p) => {
            pending.delete(p.uri);
            if (!pending.size) {
              clearTimeout(timer);
              resolve();
            }
          };
          connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: masterUri, version },
            contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + current.length } }, text: id }],
          });
        });
        if (i >= 4) times.push(performance.now() - t0);
      }
      connection.sendNotification('textDocument/didClose', { textDocument: { uri: masterUri } });
    }
    const suffix = size === 5000 ? '' : `_${size}`;
    figures[`edit_master_p50_ms${suffix}`] = ctx.fixed(percentile(times, 50));
    figures[`edit_master_p95_ms${suffix}`] = ctx.fixed(percentile(times, 95));
    ctx.log(`  edit of a master to the diagnostics of its children (4–10): p50 ${figures[`edit_master_p50_ms${suffix}`]} ms, p95 ${figures[`edit_master_p95_ms${suffix}`]} ms (${times.length} edits)`);
  } finally {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      connection.sendNotification('exit');
    } catch {
      // The process is killed below.
    }
    setTimeout(() => proc.kill(), 2000).unref();
    connection.dispose();
  }
  return figures;
}

// Run on its own: node bench/workspace.bench.mjs [--workspace-size N] [--quick]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const tmp = path.join(root, 'bench/.tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const quick = process.argv.includes('--quick');
  const figures = await run({ root, tmp, quick, log: (l = '') => console.log(l), fixed: (n, d = 2) => Number(n.toFixed(d)) });
  console.log(JSON.stringify(figures));
}
