// The prose lexicon alone, as `clausewise lint` runs it: every string and text block the language
// rules read (checkedProse), with its force-majeure context, through proseMatches, in a fresh
// process with the command line's V8 flags (server/cli/tiering.ts). The files are parsed first,
// untimed; the figure is the lexicon pass, first use of its expressions (their compilation)
// included. Steadier than the wall time of the whole lint on a shared machine (see README.md).
//
//   node bench/lexicon-replay.mjs [DIR] [--runs N]      (DIR: the lint bench's corpus by default)
//
// Prints one line per run and the medians; `md5` fingerprints the matches, so that two versions
// can be compared for speed and for sameness of what they find.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs } from '../scripts/bundle-ts.mjs';
import { scratchDir } from './scratch.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The flags server/cli/tiering.ts sets for the command line: without them the expressions are interpreted first, and the figure means little. */
const CLI_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=300000'];

function files(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.contract') ? [path.join(dir, e.name)] : []))
    .sort();
}

async function child(bundle, dir) {
  const t0 = process.hrtime.bigint();
  const { parse, checkedProse, clauseOf, isForceMajeureClause, proseMatches } = await import(pathToFileURL(bundle).href);
  const loaded = process.hrtime.bigint();
  const parses = files(dir).map((f) => parse(fs.readFileSync(f, 'utf8')));
  const c0 = process.cpuUsage();
  const t1 = process.hrtime.bigint();
  const hash = createHash('md5');
  let matches = 0;
  for (const p of parses) {
    const contracts = p.ast.contracts;
    for (const prose of checkedProse(p, contracts)) {
      const clause = clauseOf(p, contracts, prose);
      const found = proseMatches(p, prose, { forceMajeure: !!clause && isForceMajeureClause(clause.clause) });
      matches += found.length;
      for (const m of found) hash.update(`${m.entry.id}:${m.span.start}:${m.span.end};`);
    }
  }
  const ms = Number(process.hrtime.bigint() - t1) / 1e6;
  const cpu = process.cpuUsage(c0);
  console.log(JSON.stringify({ files: parses.length, load_ms: Number(loaded - t0) / 1e6, lexicon_ms: ms, lexicon_cpu_ms: (cpu.user + cpu.system) / 1000, matches, md5: hash.digest('hex') }));
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2]);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? scratchDir('lint-1000');
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: pass a folder of contracts, or run \`npm run bench -- --only lint\` first`);
  const tmp = path.join(here, '.tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const entry = path.join(tmp, 'lexicon-replay-entry.ts');
  fs.writeFileSync(
    entry,
    "export { parse } from '../../grammar/index.js';\nexport { checkedProse, clauseOf, isForceMajeureClause } from '../../server/core/rules/language/prose.js';\nexport { proseMatches } from '../../server/core/lexicon.js';\n",
  );
  const bundle = await bundleTs(entry, path.join(tmp, 'lexicon-replay.mjs'));
  const out = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, [...CLI_FLAGS, fileURLToPath(import.meta.url), '--child', bundle, dir], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout.trim().split('\n').pop());
    out.push(r);
    console.log(`run ${i + 1}: lexicon ${r.lexicon_ms.toFixed(1)} ms (CPU ${r.lexicon_cpu_ms.toFixed(1)} ms), module load ${r.load_ms.toFixed(1)} ms, ${r.matches} matches, md5 ${r.md5}`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${out[0].files} files, ${runs} runs: lexicon median ${median(out.map((r) => r.lexicon_ms)).toFixed(1)} ms, CPU ${median(out.map((r) => r.lexicon_cpu_ms)).toFixed(1)} ms, module load ${median(out.map((r) => r.load_ms)).toFixed(1)} ms`);
}

await main();
