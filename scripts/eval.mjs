// The prose judgement evaluation (issue 10): runs the real analysis on every
// sentence of the labelled corpus in test/fixtures/language/, each placed in a
// clause of a clean contract, and prints precision and recall per label for
// the tuning set, the held-out fifth, the two spent fresh sets and the third
// fresh set separately. The first two fresh sets were written to be measured
// and never tuned on; from stop 19 the analysis was tuned on their misjudged
// sentences, so they are reported as spent. The third fresh set (`fresh: 3`)
// was written by another hand, sealed in a commit before the analysis ever
// ran on it and wired in only after that tuning stopped: with the held-out
// fifth, its figures were the honest measure at stop 19; from stop 20 it is
// spent too (its misjudged sentences were studied to design the sentence
// features of server/core/prose/), and the fourth fresh set (`fresh: 4`),
// written and sealed the same way, was the honest figure once that tuning
// was committed; its misjudged sentences were then studied in turn, so it is
// spent too; the fifth to twelfth (`fresh: 5` … `fresh: 12`) went the same
// way, the thirteenth and fourteenth were measured and tuned on at stop 21,
// the fifteenth to seventeenth at stop 22, the eighteenth to twentieth at
// stop 23; the twenty-first was measured at stop 23 but is written to the same
// brief as those; the twenty-second to twenty-fifth, in other registers, were
// tuned on at stop 23, the twenty-sixth to twenty-eighth and the thirtieth at stop 24; the twenty-ninth was measured at stop 24
// and not studied, the thirty-first to thirty-seventh were tuned on at stop 25, the thirty-eighth to forty-ninth at stop 26, the
// fiftieth to sixty-first at stop 27, the sixty-second to sixty-fifth at stop 28 (rounds 44 and 45), the sixty-sixth and
// sixty-seventh at stop 29 (round 46), the sixty-eighth and sixty-ninth (round 47), the seventieth and seventy-first
// (round 48), the seventy-second and seventy-third (round 49) and the seventy-fourth and seventy-fifth (round 50) at stop
// 29, the seventy-seventh and seventy-eighth (round 51), the seventy-sixth and seventy-ninth (round 52), the eightieth and
// eighty-first (round 53), the eighty-second and eighty-third (round 54), the eighty-fourth and eighty-fifth (round 55), the
// eighty-sixth and eighty-seventh (round 56), the eighty-eighth and eighty-ninth (round 57), the ninetieth and ninety-first
// (round 58, stop 30), the ninety-second and ninety-third (round 59), the ninety-fourth and ninety-fifth (round 60), the
// ninety-sixth and ninety-seventh (round 61), the ninety-eighth and ninety-ninth (round 62), the hundredth and hundred-and-first
// (round 63), the hundred-and-second and hundred-and-third (round 64), the hundred-and-fourth and hundred-and-fifth (round 65),
// the hundred-and-sixth and hundred-and-seventh (round 66), the hundred-and-eighth and hundred-and-ninth (round 67), the
// hundred-and-tenth and hundred-and-eleventh (round 68, stop 31), the hundred-and-twelfth and hundred-and-thirteenth (round 69),
// the hundred-and-fourteenth and hundred-and-fifteenth (round 70), the hundred-and-sixteenth and hundred-and-seventeenth (round
// 71), the hundred-and-eighteenth and hundred-and-nineteenth (round 72), the hundred-and-twentieth and hundred-and-twenty-first
// (round 73), the hundred-and-twenty-second and hundred-and-twenty-third (round 74), the hundred-and-twenty-fourth and
// hundred-and-twenty-fifth (round 75), the hundred-and-twenty-sixth and hundred-and-twenty-seventh (round 76), the
// hundred-and-twenty-eighth and hundred-and-twenty-ninth (round 77, stop 32), the hundred-and-thirtieth and
// hundred-and-thirty-first (round 78), the hundred-and-thirty-second and hundred-and-thirty-third (round 79), the
// hundred-and-thirty-fourth and hundred-and-thirty-fifth (round 80), the hundred-and-thirty-sixth and
// hundred-and-thirty-seventh (round 81), the hundred-and-thirty-ninth and hundred-and-fortieth (round 82), the
// hundred-and-thirty-eighth and hundred-and-forty-first (round 83), the hundred-and-forty-second and hundred-and-forty-third
// (round 84), the hundred-and-forty-fourth and hundred-and-forty-fifth (round 85), the hundred-and-forty-seventh and
// hundred-and-forty-eighth (round 86), the hundred-and-forty-sixth and hundred-and-forty-ninth (round 87), the
// hundred-and-fiftieth and hundred-and-fifty-first (round 88), the hundred-and-fifty-second and hundred-and-fifty-third (round
// 89), the hundred-and-fifty-fourth and hundred-and-fifty-fifth (round 90), the hundred-and-fifty-sixth and
// hundred-and-fifty-seventh (round 91), the hundred-and-fifty-eighth and hundred-and-fifty-ninth (round 92), the
// hundred-and-sixtieth and hundred-and-sixty-first (round 93), the hundred-and-sixty-second and hundred-and-sixty-fifth
// (round 94, set 165 sealed before sets 163 and 164 were finished), the hundred-and-sixty-third and hundred-and-sixty-fourth
// (round 95), the hundred-and-sixty-sixth and hundred-and-sixty-seventh (round 96), the hundred-and-sixty-eighth and
// hundred-and-sixty-ninth (round 97), the hundred-and-seventieth and hundred-and-seventy-first (round 98), the
// hundred-and-seventy-second and hundred-and-seventy-third (round 99), the hundred-and-seventy-fourth and
// hundred-and-seventy-fifth (round 100), the hundred-and-seventy-sixth and hundred-and-seventy-seventh (round 101), the
// hundred-and-seventy-eighth and hundred-and-seventy-ninth (round 102), the hundred-and-eightieth and
// hundred-and-eighty-first (round 103), the hundred-and-eighty-second to hundred-and-eighty-fifth (round 104), the
// hundred-and-eighty-sixth to hundred-and-eighty-ninth (round 105), the hundred-and-ninetieth to hundred-and-ninety-third
// (round 106), the hundred-and-ninety-fourth to hundred-and-ninety-seventh (round 107), the hundred-and-ninety-eighth to
// two-hundred-and-fifth (round 108), the two-hundred-and-sixth to two-hundred-and-ninth (round 109), the
// two-hundred-and-tenth to two-hundred-and-thirteenth (round 110), the two-hundred-and-fourteenth to
// two-hundred-and-seventeenth (round 111), the two-hundred-and-eighteenth to two-hundred-and-twenty-fifth (round 112), the
// two-hundred-and-twenty-sixth to two-hundred-and-thirty-third (round 113), the two-hundred-and-thirty-fourth to
// two-hundred-and-forty-first (round 114), the two-hundred-and-forty-second to two-hundred-and-forty-ninth (round 115),
// the two-hundred-and-fiftieth to two-hundred-and-fifty-seventh (round 116), the two-hundred-and-fifty-eighth to
// two-hundred-and-sixty-fifth (round 117), the two-hundred-and-sixty-sixth to two-hundred-and-seventy-third (round
// 118), the two-hundred-and-seventy-fourth to two-hundred-and-eighty-first (round 119), the two-hundred-and-eighty-second
// to two-hundred-and-eighty-fifth (round 120), the two-hundred-and-eighty-sixth to two-hundred-and-ninety-third (round
// 121), the two-hundred-and-ninety-fourth to three-hundred-and-first (round 122), the three-hundred-and-second to
// three-hundred-and-ninth (round 123), the three-hundred-and-tenth to three-hundred-and-seventeenth (round 124), the
// three-hundred-and-eighteenth to three-hundred-and-twenty-fourth (round 125; the three-hundred-and-twenty-fifth, the
// honest set of stop 38, was measured once and not studied then); the three-hundred-and-twenty-sixth to
// three-hundred-and-twenty-ninth, written at stop 40 to the brief kept in docs/sealed-set-brief.md and measured once,
// together, with the analysis of round 125, are the honest figure: the three-hundred-and-twenty-ninth (`fresh: 329`,
// HONEST_FRESH) is reported as the honest set, the other three beside it; round 126 (stop 41) studied the
// three-hundred-and-twenty-fifth to three-hundred-and-twenty-eighth, never the three-hundred-and-twenty-ninth; the
// three-hundred-and-thirtieth to three-hundred-and-thirty-third, written at stop 40 to the same brief and sealed before
// the analysis ever ran on them, were measured once, together, with the analysis of round 126 at stop 41: the
// three-hundred-and-thirty-third (`fresh: 333`, HONEST_FRESH) is the honest set, the other three beside it, and the
// three-hundred-and-twenty-ninth is spent unstudied; round 127 (stop 42) studied the three-hundred-and-twenty-ninth to
// three-hundred-and-thirty-second, never the three-hundred-and-thirty-third; the three-hundred-and-thirty-fourth to
// three-hundred-and-thirty-seventh, written at stop 41 to the same brief and sealed before the analysis ever ran on
// them, were measured once, together, with the analysis of round 127 at stop 42: the three-hundred-and-thirty-seventh
// (`fresh: 337`, HONEST_FRESH) is the honest set, the other three beside it, and the three-hundred-and-thirty-third is
// spent unstudied; round 128 (stop 42) studied the three-hundred-and-thirty-third to three-hundred-and-thirty-sixth, never
// the three-hundred-and-thirty-seventh; the three-hundred-and-thirty-eighth to three-hundred-and-forty-first, written at
// stop 42 to the same brief and sealed before the analysis ever ran on them, were measured once, together, with the
// analysis of round 128 at stop 42: the three-hundred-and-forty-first (`fresh: 341`, HONEST_FRESH) is the honest set,
// the other three beside it, and the three-hundred-and-thirty-seventh is spent unstudied; round 129 (stop 42) studied the
// three-hundred-and-thirty-seventh to three-hundred-and-fortieth, never the three-hundred-and-forty-first, and round 130
// (stop 43) studied the same four again, never the three-hundred-and-forty-first; the three-hundred-and-forty-second to
// three-hundred-and-forty-fifth, written at stop 42 to the same brief and sealed before the analysis ever ran on them,
// were measured once, together, with the analysis of round 130 at stop 43: the three-hundred-and-forty-fifth
// (`fresh: 345`, HONEST_FRESH) is the honest set, the other three beside it, and the three-hundred-and-forty-first is
// spent unstudied; rounds 131 (stop 43) and 132 (stop 44) studied the three-hundred-and-forty-second to
// three-hundred-and-forty-fourth, never the three-hundred-and-forty-fifth; the three-hundred-and-forty-sixth to
// three-hundred-and-fifty-third, written by eight hands at stops 43 and 44 to the same brief and sealed before the
// analysis ever ran on them, were measured once, together, with the analysis of round 132 at stop 44: the
// three-hundred-and-fifty-third (`fresh: 353`, HONEST_FRESH) is the honest set, the other seven beside it, and the
// three-hundred-and-forty-fifth is spent unstudied. LAST_FRESH is the highest set wired in.
// A new sealed set is wired
// in by raising HONEST_FRESH.
//
// Usage: node scripts/eval.mjs [--json] [--failures]
//   --json      prints the figures as one JSON object
//   --failures  lists the misjudged sentences of the tuning set and of the spent fresh sets (never the held-out fifth or the honest fresh set)
//
// `npm run eval` builds first. The core is bundled from its TypeScript source
// with esbuild (as bench/run.mjs does), so the figures are those of the code
// in the working tree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The labels, in report order; `none` means no language finding. */
export const LABELS = ['vague-term', 'agreement-to-agree', 'verbal-agreement', 'none'];
/** The codes a sentence is judged on. */
export const CODES = LABELS.slice(0, 3);

/** Every sentence of the corpus, from every `*.jsonl` file of the folder. */
export function loadCorpus(dir = path.join(root, 'test/fixtures/language')) {
  const out = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
    for (const l of lines) out.push({ ...JSON.parse(l), file: f });
  }
  return out;
}

const HEAD = `contract "Managed IT Services Agreement" {
  id "MSA-2027-014"
  effective 2027-01-01
  governing_law "State of New York"

  party provider acme "Acme Managed Services LLC" {
    address "1 Main Street, New York, NY 10001"
    notices "legal@acme.example"
  }

  party client globex "Globex Corporation" {
    address "500 Market Street, San Francisco, CA 94105"
    notices "contracts@globex.example"
  }

  scope {
    service helpdesk "Help desk support" {
      type support
      hours 24x7
      channels phone, email, portal
      text "First- and second-line support for up to 250 named users."
    }
    service servers "Server maintenance and patching" {
      type hosting
      hours business
      text "Monitoring, patching and backup of the 40 production servers."
    }
  }

  sla availability for servers {
    uptime 99.9% monthly
    window 24x7
    measured_by independent "External probe every 60 seconds from two regions"
    maintenance "Sundays 02:00-04:00 ET" max 8 hours monthly notice 72 hours
    exclude force_majeure, client_caused
    credit 10% when below 99.9%
    credit 25% when below 99.0%
    credit_cap 50%
    claim within 60 days after month_end
    credits applied future_invoices
    chronic_failure terminate when below 99.0% for 3 of 6 months
  }

  sla incidents for helpdesk {
    priority critical respond within 15 minutes resolve within 4 hours
    priority high respond within 1 hour resolve within 1 business_day
    measured_by "Ticket timestamps in the provider's service desk"
    notify outage within 30 minutes
    updates every 60 minutes
    root_cause within 5 business_days
    credit 5% per breach
    credit_cap 20%
    claim within 60 days after month_end
  }

  payment {
    fee 12500.00 USD monthly
    model fixed
    invoice monthly in_advance
    due 30 days after invoice
    late_fee 1.5% monthly
    expenses cap 1000 USD monthly preapproved
    price_increase cap 3% yearly
    suspension after 30 days overdue notice 10 days
    disputes pay_undisputed notify within 15 days
  }

  liability {
    cap 12 months fees
    exclude indirect, lost_profits
    uncapped confidentiality, gross_negligence, wilful_misconduct
    super_cap data_breach 36 months fees
  }

  data_protection {
    comply GDPR, HIPAA
    breach_notice within 48 hours
    access "Named provider engineers only, with multi-factor authentication"
    encryption at_rest, in_transit
    location EU transfer none
    subprocessors notify 30 days objection
    audit client yearly notice 30 days
    return_data within 30 days after termination format "CSV and SQL dump"
    delete_data within 60 days certified
  }

  changes {
    provider may_change policies notice 90 days
    client may_terminate
    change_control written approvers "Globex IT Director"
  }

  term {
    initial 24 months
    renewal automatic 12 months notice 60 days
  }

  termination {
    for_convenience client notice 90 days fee 2 months
    for_cause either cure 30 days
    transition 60 days included
  }

  reporting {
    report monthly "SLA performance, open incidents and security events"
    review quarterly
  }

  clause confidentiality "Confidentiality" {
    text """
      Each party keeps the other's Confidential Information secret
      for 5 years after this agreement ends.
    """
  }
`;

const CLAUSES = {
  force_majeure: 'Force majeure',
  terms: 'Service terms',
};

/** Wraps a sentence as a drafter would in a text block: lines of at most 70 characters, indented. */
function wrap(text, indent) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > 70) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The contract a sentence is judged in, and the offsets of the sentence in it. */
export function contractFor(entry) {
  const name = entry.clause ?? 'terms';
  const open = `\n  clause ${name} "${CLAUSES[name] ?? name}" {\n    text """\n`;
  const body = wrap(entry.text, '      ');
  const text = `${HEAD}${open}${body}\n    """\n  }\n}\n`;
  const start = HEAD.length + open.length;
  return { text, start, end: start + body.length };
}

/** The language codes the analysis reports on the sentence. */
export function judge(analyze, entry) {
  const { text, start, end } = contractFor(entry);
  const result = analyze(text);
  const lines = text.split('\n');
  const offsetOf = (p) => {
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  };
  // A rule that throws is reported as `internal-error` and its findings are lost: counted as "nothing reported", it
  // would pass for a `none` judgement. The measure stops instead.
  const crashed = result.diagnostics.find((d) => d.code === 'internal-error');
  if (crashed) throw new Error(`the analysis failed on ${entry.id}: ${crashed.message}`);
  const codes = new Set();
  for (const d of result.diagnostics) {
    if (!CODES.includes(d.code)) continue;
    const s = offsetOf(d.range.start);
    if (s >= start && s <= end) codes.add(d.code);
  }
  return [...codes].sort();
}

function emptyCounts() {
  return Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
}

function figures(counts) {
  const out = {};
  for (const [label, { tp, fp, fn }] of Object.entries(counts)) {
    out[label] = {
      precision: tp + fp ? tp / (tp + fp) : 1,
      recall: tp + fn ? tp / (tp + fn) : 1,
      support: tp + fn,
      tp,
      fp,
      fn,
    };
  }
  return out;
}

/** The fresh set that is the honest figure: written and sealed by another hand, never tuned on. Every fresh set before it is spent. */
export const HONEST_FRESH = 353;

/** The highest-numbered fresh set wired in (set 165 was written and sealed before sets 163 and 164 were finished, and was wired in before them). */
export const LAST_FRESH = 353;

/** The set a sentence belongs to: `fresh` (the first fresh set, `fresh: true`), `fresh2` … `fresh13` (`fresh: 2` …), `heldout` or `tuning`. */
export function setOf(entry) {
  if (typeof entry.fresh === 'number' && entry.fresh >= 2) return `fresh${entry.fresh}`;
  if (entry.fresh) return 'fresh';
  return entry.heldout ? 'heldout' : 'tuning';
}

/** Every set, in the order they are reported. */
export const SETS = ['tuning', 'heldout', 'fresh', ...Array.from({ length: Math.max(HONEST_FRESH, LAST_FRESH) - 1 }, (_, i) => `fresh${i + 2}`)];

/** Sets whose misjudged sentences are never listed: they are measured, never tuned on. */
const UNSEEN = new Set(['heldout', `fresh${HONEST_FRESH}`]);

/**
 * The evaluation one sentence at a time (a step per sentence, the figures as the return value): {@link evaluate} takes
 * the steps in one go, {@link evaluateInSlices} lets the event loop run between slices of them.
 */
function* evaluationSteps(analyze, corpus) {
  const counts = Object.fromEntries(SETS.map((set) => [set, emptyCounts()]));
  const failures = [];
  for (const entry of corpus) {
    const set = setOf(entry);
    const got = judge(analyze, entry);
    const c = (counts[set] ??= emptyCounts());
    for (const code of CODES) {
      const want = entry.label === code;
      const has = got.includes(code);
      if (want && has) c[code].tp++;
      else if (has) c[code].fp++;
      else if (want) c[code].fn++;
    }
    const none = got.length === 0;
    if (entry.label === 'none' && none) c.none.tp++;
    else if (none) c.none.fp++;
    else if (entry.label === 'none') c.none.fn++;
    const right = entry.label === 'none' ? none : got.length === 1 && got[0] === entry.label;
    if (!right && !UNSEEN.has(set)) failures.push({ id: entry.id, label: entry.label, got, text: entry.text });
    yield;
  }
  return { sentences: corpus.length, ...Object.fromEntries(Object.entries(counts).map(([set, c]) => [set, figures(c)])), failures };
}

/** Evaluates every sentence: per set (`tuning`, `heldout`, `fresh`, `fresh2` …), per label, precision and recall; `failures` lists the tuning and spent fresh sentences, never the held-out fifth or the honest fresh set. */
export function evaluate(analyze, corpus = loadCorpus()) {
  const steps = evaluationSteps(analyze, corpus);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link evaluate}, giving the event loop a turn after every `slice` sentences: judging the whole corpus takes about a
 * minute, and a test worker that does not answer its runner for a minute is reported as failed (vitest's
 * "Timeout calling onTaskUpdate") even when every test passes.
 */
export async function evaluateInSlices(analyze, corpus = loadCorpus(), slice = 250) {
  const steps = evaluationSteps(analyze, corpus);
  for (let taken = 1; ; taken++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (taken % slice === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Sets measured together with one analysis, from stop 35 on: [first, last, stop, round of the analysis, the [stop, round]
 * of each round that tuned on them (none while they are held unstudied), and, where the last set, the honest one, was
 * kept apart from that tuning, the rounds that tuned on it (none: not studied)]. A last set kept apart was replaced as
 * the honest figure by the next batch; otherwise it was tuned on with the others.
 */
const MEASURED_TOGETHER = [
  [182, 185, 35, 103, [[35, 104]]],
  [186, 189, 35, 104, [[35, 105]]],
  [190, 193, 35, 105, [[35, 106]]],
  [194, 197, 35, 106, [[35, 107]]],
  [198, 205, 35, 107, [[35, 108]]],
  [206, 209, 35, 108, [[35, 109]]],
  [210, 213, 35, 109, [[36, 110]]],
  [214, 217, 36, 110, [[36, 111]]],
  [218, 225, 36, 111, [[36, 112]]],
  [226, 233, 36, 112, [[36, 113]]],
  [234, 241, 36, 113, [[36, 114]]],
  [242, 249, 36, 114, [[37, 115]]],
  [250, 257, 37, 115, [[37, 116]]],
  [258, 265, 37, 116, [[37, 117]]],
  [266, 273, 37, 117, [[37, 118]]],
  [274, 281, 37, 118, [[37, 119]]],
  [282, 285, 37, 119, [[38, 120]]],
  [286, 293, 38, 120, [[38, 121]]],
  [294, 301, 38, 121, [[38, 122]]],
  [302, 309, 38, 122, [[38, 123]]],
  [310, 317, 38, 123, [[38, 124]]],
  [318, 325, 38, 124, [[40, 125]], [[41, 126]]],
  [326, 329, 40, 125, [[41, 126]], [[42, 127]]],
  [330, 333, 41, 126, [[42, 127]], [[42, 128]]],
  [334, 337, 42, 127, [[42, 128]], [[42, 129], [43, 130]]],
  [338, 341, 42, 128, [[42, 129], [43, 130]], []],
  [342, 345, 43, 130, [[43, 131], [44, 132]], []],
  [346, 353, 44, 132, []],
];

/** How each spent fresh set came to be spent. */
function spentNote(n) {
  if (n <= 2) return `written after the ${n === 1 ? 'first' : 'second'} tuning; tuned on from stop 19, no longer an honest figure`;
  if (n === 3) return 'another hand, sealed; measured at stop 19, tuned on from stop 20, no longer an honest figure';
  if (n <= 11) return 'another hand, sealed; measured at stop 20, then tuned on, no longer an honest figure';
  if (n <= 14) return 'another hand, sealed; measured, then tuned on at stop 21, no longer an honest figure';
  if (n <= 17) return 'another hand, sealed; measured, then tuned on at stop 22, no longer an honest figure';
  if (n === 21) return 'another hand, sealed; measured once at stop 23, not studied (one sentence was seen when the gate test failed on it in round 19), written to the same brief as sets 18 to 20: set 22, in other registers, replaced it as the honest figure';
  if (n === 26) return 'another hand, sealed; measured at stop 23, then tuned on at stop 24, no longer an honest figure';
  if (n === 27 || n === 28 || n === 30) return 'another hand, sealed; measured, then tuned on at stop 24, no longer an honest figure';
  if (n === 29) return 'another hand, sealed; measured once at stop 24 and not studied: sets 30 and 31, measured with later analyses, replaced it as the honest figure';
  if (n === 31) return 'another hand, sealed; measured at stop 24, then tuned on at stop 25, no longer an honest figure';
  if (n === 32 || n === 33) return 'another hand, sealed; measured at stop 25, then tuned on at stop 25 (round 29), no longer an honest figure';
  if (n === 34 || n === 35) return 'another hand, sealed; measured at stop 25, then tuned on at stop 25 (round 30), no longer an honest figure';
  if (n === 36 || n === 37) return 'another hand, sealed; measured at stop 25, then tuned on at stop 25 (round 31), no longer an honest figure';
  const at = MEASURED_TOGETHER.findIndex(([first, last]) => n >= first && n <= last);
  if (at >= 0) {
    const [, last, stop, round, tuned, honestTuned] = MEASURED_TOGETHER[at];
    const tunedOn = (rounds) => `then tuned on at ${rounds.map(([s, r]) => `stop ${s} (round ${r})`).join(' and ')}, no longer an honest figure`;
    if (n !== last) return `another hand, sealed; measured once at stop ${stop} with the same analysis as set ${last} (round ${round}), ${tuned.length ? tunedOn(tuned) : 'and not studied'}`;
    if (honestTuned === undefined) return `another hand, sealed; measured at stop ${stop} (round ${round}), ${tuned.length ? tunedOn(tuned) : 'and not studied'}`;
    // The honest set, kept apart while the rounds studied the sets measured with it: the next batch replaced it.
    const [first2, last2, , round2] = MEASURED_TOGETHER[at + 1];
    const replaced = `sets ${first2} to ${last2}, measured with round ${round2}, replaced it as the honest figure`;
    return honestTuned.length
      ? `another hand, sealed; measured at stop ${stop} (round ${round}), not studied while ${replaced}, ${tunedOn(honestTuned)}`
      : `another hand, sealed; measured at stop ${stop} (round ${round}), and not studied: ${replaced}`;
  }
  if (n === 180 || n === 181) return 'another hand, sealed; measured at stop 34 (round 102), then tuned on at stop 35 (round 103), no longer an honest figure';
  if (n === 178 || n === 179) return 'another hand, sealed; measured at stop 34 (round 101), then tuned on at stop 34 (round 102), no longer an honest figure';
  if (n === 176 || n === 177) return 'another hand, sealed; measured at stop 34 (round 100), then tuned on at stop 34 (round 101), no longer an honest figure';
  if (n === 174 || n === 175) return 'another hand, sealed; measured at stop 34 (round 99), then tuned on at stop 34 (round 100), no longer an honest figure';
  if (n === 172 || n === 173) return 'another hand, sealed; measured at stop 34 (round 98), then tuned on at stop 34 (round 99), no longer an honest figure';
  if (n === 170 || n === 171) return 'another hand, sealed; measured at stop 34 (round 97), then tuned on at stop 34 (round 98), no longer an honest figure';
  if (n === 168 || n === 169) return 'another hand, sealed; measured at stop 33 (round 96), then tuned on at stop 34 (round 97), no longer an honest figure';
  if (n === 166 || n === 167) return 'another hand, sealed; measured at stop 33 (round 95), then tuned on at stop 33 (round 96), no longer an honest figure';
  if (n === 163 || n === 164) return 'another hand, sealed; measured at stop 33 (round 94), then tuned on at stop 33 (round 95), no longer an honest figure';
  if (n === 162 || n === 165) return 'another hand, sealed; measured at stop 33 (with 0743ba4), then tuned on at stop 33 (round 94), no longer an honest figure';
  if (n === 160 || n === 161) return 'another hand, sealed; measured at stop 33 (round 92), then tuned on at stop 33 (round 93), no longer an honest figure';
  if (n === 158 || n === 159) return 'another hand, sealed; measured at stop 33 (round 91), then tuned on at stop 33 (round 92), no longer an honest figure';
  if (n === 156 || n === 157) return 'another hand, sealed; measured at stop 33 (round 90), then tuned on at stop 33 (round 91), no longer an honest figure';
  if (n === 154 || n === 155) return 'another hand, sealed; measured at stop 32 (round 89), then tuned on at stop 33 (round 90), no longer an honest figure';
  if (n === 152 || n === 153) return 'another hand, sealed; measured at stop 32 (round 88), then tuned on at stop 32 (round 89), no longer an honest figure';
  if (n === 150 || n === 151) return 'another hand, sealed; measured at stop 32 (round 87), then tuned on at stop 32 (round 88), no longer an honest figure';
  if (n === 146 || n === 149) return 'another hand, sealed; measured at stop 32 (round 86), then tuned on at stop 32 (round 87), no longer an honest figure';
  if (n === 147 || n === 148) return 'another hand, sealed; measured at stop 32 (round 85), then tuned on at stop 32 (round 86), no longer an honest figure';
  if (n === 144 || n === 145) return 'another hand, sealed; measured at stop 32 (round 84), then tuned on at stop 32 (round 85), no longer an honest figure';
  if (n === 142 || n === 143) return 'another hand, sealed; measured at stop 32 (round 83), then tuned on at stop 32 (round 84), no longer an honest figure';
  if (n === 138 || n === 141) return 'another hand, sealed; measured at stop 32 (round 82), then tuned on at stop 32 (round 83), no longer an honest figure';
  if (n === 139 || n === 140) return 'another hand, sealed; measured at stop 32 (round 81), then tuned on at stop 32 (round 82), no longer an honest figure';
  if (n === 136 || n === 137) return 'another hand, sealed; measured at stop 32 (round 80), then tuned on at stop 32 (round 81), no longer an honest figure';
  if (n === 134 || n === 135) return 'another hand, sealed; measured at stop 32 (round 79), then tuned on at stop 32 (round 80), no longer an honest figure';
  if (n === 132 || n === 133) return 'another hand, sealed; measured at stop 32 (round 78), then tuned on at stop 32 (round 79), no longer an honest figure';
  if (n === 130 || n === 131) return 'another hand, sealed; measured at stop 32 (round 77), then tuned on at stop 32 (round 78), no longer an honest figure';
  if (n === 128 || n === 129) return 'another hand, sealed; measured at stop 31 (round 76), then tuned on at stop 32 (round 77), no longer an honest figure';
  if (n === 126 || n === 127) return 'another hand, sealed; measured at stop 31 (round 75), then tuned on at stop 31 (round 76), no longer an honest figure';
  if (n === 124 || n === 125) return 'another hand, sealed; measured at stop 31 (round 74), then tuned on at stop 31 (round 75), no longer an honest figure';
  if (n === 122 || n === 123) return 'another hand, sealed; measured at stop 31 (round 73), then tuned on at stop 31 (round 74), no longer an honest figure';
  if (n === 120 || n === 121) return 'another hand, sealed; measured at stop 31 (round 72), then tuned on at stop 31 (round 73), no longer an honest figure';
  if (n === 118 || n === 119) return 'another hand, sealed; measured at stop 31 (round 71), then tuned on at stop 31 (round 72), no longer an honest figure';
  if (n === 116 || n === 117) return 'another hand, sealed; measured at stop 31 (round 70), then tuned on at stop 31 (round 71), no longer an honest figure';
  if (n === 114 || n === 115) return 'another hand, sealed; measured at stop 31 (round 69), then tuned on at stop 31 (round 70), no longer an honest figure';
  if (n === 112 || n === 113) return 'another hand, sealed; measured at stop 31 (round 68), then tuned on at stop 31 (round 69), no longer an honest figure';
  if (n === 110 || n === 111) return 'another hand, sealed; measured at stop 30 (round 67), then tuned on at stop 31 (round 68), no longer an honest figure';
  if (n === 108 || n === 109) return 'another hand, sealed; measured at stop 30 (round 66), then tuned on at stop 30 (round 67), no longer an honest figure';
  if (n === 106 || n === 107) return 'another hand, sealed; measured at stop 30 (round 65), then tuned on at stop 30 (round 66), no longer an honest figure';
  if (n === 104 || n === 105) return 'another hand, sealed; measured at stop 30 (round 64), then tuned on at stop 30 (round 65), no longer an honest figure';
  if (n === 102 || n === 103) return 'another hand, sealed; measured at stop 30 (round 63), then tuned on at stop 30 (round 64), no longer an honest figure';
  if (n === 100 || n === 101) return 'another hand, sealed; measured at stop 30 (round 62), then tuned on at stop 30 (round 63), no longer an honest figure';
  if (n === 98 || n === 99) return 'another hand, sealed; measured at stop 30 (round 61), then tuned on at stop 30 (round 62), no longer an honest figure';
  if (n === 96 || n === 97) return 'another hand, sealed; measured at stop 30 (round 60), then tuned on at stop 30 (round 61), no longer an honest figure';
  if (n === 94 || n === 95) return 'another hand, sealed; measured at stop 30 (round 59), then tuned on at stop 30 (round 60), no longer an honest figure';
  if (n === 92 || n === 93) return 'another hand, sealed; measured at stop 30 (round 58), then tuned on at stop 30 (round 59), no longer an honest figure';
  if (n === 90 || n === 91) return 'another hand, sealed; measured at stop 29 (round 57), then tuned on at stop 30 (round 58), no longer an honest figure';
  if (n === 88 || n === 89) return 'another hand, sealed; measured at stop 29 (round 56), then tuned on at stop 29 (round 57), no longer an honest figure';
  if (n === 86 || n === 87) return 'another hand, sealed; measured at stop 29 (round 55), then tuned on at stop 29 (round 56), no longer an honest figure';
  if (n === 84 || n === 85) return 'another hand, sealed; measured at stop 29 (round 54), then tuned on at stop 29 (round 55), no longer an honest figure';
  if (n === 82 || n === 83) return 'another hand, sealed; measured at stop 29 (round 53), then tuned on at stop 29 (round 54), no longer an honest figure';
  if (n === 80 || n === 81) return 'another hand, sealed; measured at stop 29 (round 52), then tuned on at stop 29 (round 53), no longer an honest figure';
  if (n === 76 || n === 79) return 'another hand, sealed; measured at stop 29 (round 51), then tuned on at stop 29 (round 52), no longer an honest figure';
  if (n === 77 || n === 78) return 'another hand, sealed; measured at stop 29 (round 50), then tuned on at stop 29 (round 51), no longer an honest figure';
  if (n === 74 || n === 75) return 'another hand, sealed; measured at stop 29 (round 49), then tuned on at stop 29 (round 50), no longer an honest figure';
  if (n === 72 || n === 73) return 'another hand, sealed; measured at stop 29 (round 48), then tuned on at stop 29 (round 49), no longer an honest figure';
  if (n === 70 || n === 71) return 'another hand, sealed; measured at stop 29 (round 47), then tuned on at stop 29 (round 48), no longer an honest figure';
  if (n === 68 || n === 69) return 'another hand, sealed; measured at stop 29 (round 46), then tuned on at stop 29 (round 47), no longer an honest figure';
  if (n === 66 || n === 67) return 'another hand, sealed; measured at stop 28 (round 45), then tuned on at stop 29 (round 46), no longer an honest figure';
  if (n === 64 || n === 65) return 'another hand, sealed; measured at stop 28 (round 44), then tuned on at stop 28 (round 45), no longer an honest figure';
  if (n === 62 || n === 63) return 'another hand, sealed; measured at stop 27, then tuned on at stop 28 (round 44), no longer an honest figure';
  if (n === 60 || n === 61) return 'another hand, sealed; measured at stop 27, then tuned on at stop 27 (round 43), no longer an honest figure';
  if (n === 58 || n === 59) return 'another hand, sealed; measured at stop 27, then tuned on at stop 27 (round 42), no longer an honest figure';
  if (n === 56 || n === 57) return 'another hand, sealed; measured at stop 27, then tuned on at stop 27 (round 41), no longer an honest figure';
  if (n === 54 || n === 55) return 'another hand, sealed; measured at stop 27, then tuned on at stop 27 (round 40), no longer an honest figure';
  if (n === 52 || n === 53) return 'another hand, sealed; measured at stop 27, then tuned on at stop 27 (round 39), no longer an honest figure';
  if (n === 50 || n === 51) return 'another hand, sealed; measured at stop 26, then tuned on at stop 27 (round 38), no longer an honest figure';
  if (n >= 40 && n <= 49) return 'another hand, sealed; measured at stop 26, then tuned on at stop 26 (rounds 33 to 37), no longer an honest figure';
  if (n === 38 || n === 39) return 'another hand, sealed; measured at the end of stop 25, then tuned on at stop 26 (round 32), no longer an honest figure';
  return 'another hand, sealed; measured, then tuned on at stop 23, no longer an honest figure';
}

/**
 * The sets measured together with the honest set, never studied: the batch of MEASURED_TOGETHER that ends with HONEST_FRESH
 * and has no round that tuned on it. Their figures pooled (the counts of every set added up) are the honest figure over as
 * many hands as wrote them; undefined when the honest set was measured alone or its batch has been studied.
 */
export function honestBatch() {
  const batch = MEASURED_TOGETHER.find(([, last]) => last === HONEST_FRESH);
  if (!batch || batch[4].length) return undefined;
  const [first, last, stop, round] = batch;
  return { first, last, stop, round, sets: Array.from({ length: last - first + 1 }, (_, i) => `fresh${first + i}`) };
}

/**
 * The figures of several sets pooled: each label's true and false positives and negatives added up over the sets.
 * @param {Record<string, any>} result what {@link evaluate} returns
 * @param {readonly string[]} sets
 */
export function pooled(result, sets) {
  const counts = emptyCounts();
  for (const set of sets) {
    for (const label of LABELS) {
      const x = result[set]?.[label];
      if (!x) continue;
      counts[label].tp += x.tp;
      counts[label].fp += x.fp;
      counts[label].fn += x.fn;
    }
  }
  return figures(counts);
}

function table(name, f) {
  const rows = [`${name}`, `  ${'label'.padEnd(20)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'n'.padStart(5)}`];
  for (const label of LABELS) {
    const x = f[label];
    rows.push(`  ${label.padEnd(20)} ${x.precision.toFixed(3).padStart(9)} ${x.recall.toFixed(3).padStart(7)} ${String(x.support).padStart(5)}`);
  }
  return rows.join('\n');
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const { bundleTs } = await import('./bundle-ts.mjs');
  const out = await bundleTs(path.join(root, 'server/core/index.ts'), path.join(os.tmpdir(), `clausewise-eval-${process.pid}.mjs`));
  let core;
  try {
    core = await import(pathToFileURL(out).href);
  } finally {
    fs.rmSync(out, { force: true });
  }
  const result = evaluate(core.analyze);
  if (args.has('--json')) {
    const { failures, ...figuresOnly } = result;
    console.log(JSON.stringify(args.has('--failures') ? result : figuresOnly, null, 2));
    return;
  }
  const corpus = loadCorpus();
  const size = (set) => corpus.filter((e) => setOf(e) === set).length;
  const spent = SETS.filter((set) => set.startsWith('fresh') && set !== `fresh${HONEST_FRESH}`);
  console.log(
    `${result.sentences} sentences: ${size('tuning')} tuning, ${size('heldout')} held out, ${spent.map(size).join(' + ')} in the spent fresh sets, ${size(`fresh${HONEST_FRESH}`)} in the honest fresh set (${HONEST_FRESH})\n`,
  );
  console.log(table('tuning set', result.tuning));
  console.log('');
  console.log(table('held-out fifth (fixed by hash before tuning, never tuned on)', result.heldout));
  for (const set of spent) {
    if (!size(set)) continue;
    const n = set === 'fresh' ? 1 : Number(set.slice(5));
    console.log('');
    console.log(table(`spent fresh set ${n} (${spentNote(n)})`, result[set]));
  }
  if (size(`fresh${HONEST_FRESH}`)) {
    console.log('');
    console.log(table(`fresh set ${HONEST_FRESH} (another hand, sealed before the analysis ran on it, never tuned on: the honest figure)`, result[`fresh${HONEST_FRESH}`]));
    const batch = honestBatch();
    if (batch && batch.sets.length > 1 && batch.sets.every((set) => size(set))) {
      console.log('');
      console.log(table(`fresh sets ${batch.first} to ${batch.last} pooled (${batch.sets.length} hands, ${batch.sets.map(size).reduce((a, b) => a + b, 0)} sentences, measured once together at stop ${batch.stop} with round ${batch.round}, none tuned on: the honest figure over every hand)`, pooled(result, batch.sets)));
    }
  }
  if (args.has('--failures')) {
    console.log(`\nmisjudged tuning and spent fresh sentences: ${result.failures.length}`);
    for (const f of result.failures) console.log(`  ${f.id} want ${f.label}, got ${f.got.join(', ') || 'none'}: ${f.text}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
