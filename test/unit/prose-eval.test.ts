/**
 * The prose judgement evaluation (issue 10), run as a test: the corpus has the
 * shape the issue asks for, and the analysis keeps its figures on the tuning
 * set, so that a regression in the language classes fails here. The held-out
 * fifth is reported by `npm run eval`, never tuned on; the two fresh sets were
 * tuned on from stop 19 and are reported as spent. Both are held to a floor
 * a little below their measured figures (1.0 for every label at stop 19), so
 * that a regression shows here without a floor that no change can pass. The
 * third fresh set (never tuned on, the honest figure) is held to a floor 0.05
 * below what it measured when it was wired in at stop 19, far below the 0.95
 * goal: the floor catches a regression; the goal is reported by `npm run eval`.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
// @ts-expect-error scripts/eval.mjs is plain JavaScript without declarations
import { CODES, evaluateInSlices, honestBatch, LABELS, loadCorpus, pooled } from '../../scripts/eval.mjs';

interface Entry {
  id: string;
  label: string;
  source: string;
  text: string;
  provenance: { document: string; url: string; use: string };
  heldout: boolean;
  fresh?: boolean | number;
  tuning?: boolean;
  clause?: string;
}
interface Figure {
  precision: number;
  recall: number;
  support: number;
  tp: number;
  fp: number;
  fn: number;
}
type Figures = Record<string, Figure>;

const corpus = loadCorpus() as Entry[];
const main = corpus.filter((e) => !e.fresh);
const SOURCES = ['cloud SLA', 'MSP agreement', 'public-sector terms', 'DPA/BAA', 'SaaS terms'];

describe('the corpus', () => {
  it('has at least 300 sentences, a third of them none, every label and every kind of source', () => {
    expect(main.length).toBeGreaterThanOrEqual(300);
    expect(main.filter((e) => e.label === 'none').length * 3).toBeGreaterThanOrEqual(main.length);
    for (const label of LABELS) expect(main.some((e) => e.label === label), label).toBe(true);
    for (const source of SOURCES) expect(main.some((e) => e.source === source), source).toBe(true);
  });

  it('gives every sentence a label, a kind of source, provenance and a unique id', () => {
    const ids = new Set<string>();
    for (const e of corpus) {
      expect(LABELS, e.id).toContain(e.label);
      expect(SOURCES, e.id).toContain(e.source);
      expect(e.provenance.document, e.id).toBeTruthy();
      expect(e.provenance.url, e.id).toMatch(/^https?:\/\//);
      // Sets 68 on were written in the register of such documents with none in front of the writer: their provenance names the kind of document, not one that was read (test/fixtures/language/README.md).
      expect(e.provenance.use, e.id).toBe(typeof e.fresh === 'number' && e.fresh >= 68 ? 'composed' : 'paraphrased');
      expect(e.text.length, e.id).toBeGreaterThan(10);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
    }
  });

  it('holds out a fifth, chosen by a hash of the id alone (sentences added later for tuning are never held out)', () => {
    for (const e of main.filter((x) => x.tuning)) expect(e.heldout, e.id).toBe(false);
    for (const e of main.filter((x) => !x.tuning)) {
      const byHash = createHash('sha256').update(e.id).digest().readUInt32BE(0) % 5 === 0;
      expect(e.heldout, e.id).toBe(byHash);
    }
    // The fifth is a fifth of the sentences the hash chose among; tuning sentences added later are never held out.
    const hashed = main.filter((e) => !e.tuning);
    const share = hashed.filter((e) => e.heldout).length / hashed.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    for (const label of LABELS) expect(main.some((e) => e.heldout && e.label === label), label).toBe(true);
  });

  it('keeps the fresh set wholly held out', () => {
    for (const e of corpus.filter((x) => x.fresh)) expect(e.heldout, e.id).toBe(true);
  });
});

describe('the analysis on the corpus', () => {
  type Result = { tuning: Figures; heldout: Figures; fresh: Figures; fresh2: Figures; fresh3: Figures; failures: unknown[] };
  let result: Result;
  // Judged in slices, so that the worker keeps answering the test runner during the minute the corpus takes.
  beforeAll(async () => {
    result = (await evaluateInSlices(analyze, corpus)) as Result;
  }, 900_000);

  it.each(LABELS as string[])('keeps precision and recall of %s at or above 0.98 on the tuning set', (label) => {
    expect(result.tuning[label]!.precision, `${label} precision`).toBeGreaterThanOrEqual(0.98);
    expect(result.tuning[label]!.recall, `${label} recall`).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps the held-out fifth at or above 0.95 for every label (reported, never tuned on)', () => {
    for (const label of LABELS as string[]) {
      expect(result.heldout[label]!.precision, `${label} precision`).toBeGreaterThanOrEqual(0.95);
      expect(result.heldout[label]!.recall, `${label} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it.each(['fresh', 'fresh2'])('keeps the spent fresh set %s at or above 0.95 for every label (tuned on from stop 19)', (set) => {
    const figures = (result as unknown as Record<string, Figures>)[set]!;
    for (const label of LABELS as string[]) {
      expect(figures[label]!.precision, `${label} precision`).toBeGreaterThanOrEqual(0.95);
      expect(figures[label]!.recall, `${label} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });

  /**
   * Each fresh set from the third on was the honest figure once, when it was wired in (precision / recall per label, and the
   * code it was measured at); the next round studied its misjudged sentences, so every set but the last is spent.
   */
  const AT_WIRE_IN: Record<string, { at: string; figures: Record<string, [number, number]> }> = {
    fresh3: { at: '7aebeec (stop 19)', figures: { 'vague-term': [0.879, 0.744], 'agreement-to-agree': [0.938, 0.652], 'verbal-agreement': [0.923, 0.6], none: [0.623, 0.927] } },
    fresh4: { at: '979afdd', figures: { 'vague-term': [0.875, 0.913], 'agreement-to-agree': [0.967, 0.906], 'verbal-agreement': [1.0, 0.731], none: [0.815, 0.946] } },
    fresh5: { at: 'a7c90e3', figures: { 'vague-term': [0.896, 0.935], 'agreement-to-agree': [0.967, 0.784], 'verbal-agreement': [1.0, 0.75], none: [0.716, 0.96] } },
    fresh6: { at: 'ee39dd0', figures: { 'vague-term': [0.975, 0.867], 'agreement-to-agree': [0.893, 0.714], 'verbal-agreement': [0.95, 0.633], none: [0.644, 0.94] } },
    fresh7: { at: 'af16b2e', figures: { 'vague-term': [0.952, 0.889], 'agreement-to-agree': [0.935, 0.725], 'verbal-agreement': [1.0, 0.771], none: [0.689, 0.981] } },
    fresh8: { at: '5dce36e', figures: { 'vague-term': [0.909, 0.889], 'agreement-to-agree': [0.972, 0.875], 'verbal-agreement': [1.0, 0.629], none: [0.686, 0.96] } },
    fresh9: { at: '46eb6b4', figures: { 'vague-term': [0.933, 0.933], 'agreement-to-agree': [1.0, 0.8], 'verbal-agreement': [1.0, 0.914], none: [0.778, 0.98] } },
    fresh10: { at: 'a6d41f1', figures: { 'vague-term': [0.925, 0.822], 'agreement-to-agree': [0.941, 0.8], 'verbal-agreement': [1.0, 0.914], none: [0.719, 0.92] } },
    fresh11: { at: '2f2acd3', figures: { 'vague-term': [0.957, 0.88], 'agreement-to-agree': [1.0, 0.85], 'verbal-agreement': [1.0, 0.829], none: [0.761, 0.982] } },
    fresh12: { at: '6e787e3 (end of stop 20)', figures: { 'vague-term': [0.898, 0.88], 'agreement-to-agree': [0.962, 0.625], 'verbal-agreement': [0.963, 0.743], none: [0.654, 0.927] } },
    fresh13: { at: '73e305a (stop 21)', figures: { 'vague-term': [0.95, 0.844], 'agreement-to-agree': [0.969, 0.775], 'verbal-agreement': [1.0, 0.657], none: [0.674, 0.967] } },
    fresh14: { at: '2ddc199 (stop 21)', figures: { 'vague-term': [0.882, 0.667], 'agreement-to-agree': [0.926, 0.625], 'verbal-agreement': [1.0, 0.242], none: [0.531, 0.968] } },
    fresh15: { at: 'f235f80 (end of stop 21)', figures: { 'vague-term': [0.93, 0.889], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.657], none: [0.734, 0.967] } },
    fresh16: { at: '9974c06 (stop 22)', figures: { 'vague-term': [0.868, 0.733], 'agreement-to-agree': [1.0, 0.725], 'verbal-agreement': [1.0, 0.714], none: [0.656, 0.983] } },
    fresh17: { at: 'e3a5458 (stop 22)', figures: { 'vague-term': [0.891, 0.911], 'agreement-to-agree': [1.0, 0.75], 'verbal-agreement': [0.964, 0.771], none: [0.722, 0.95] } },
    fresh18: { at: '3fe266c (end of stop 22)', figures: { 'vague-term': [0.919, 0.756], 'agreement-to-agree': [1.0, 0.725], 'verbal-agreement': [1.0, 0.314], none: [0.573, 0.983] } },
    fresh19: { at: '90e5832 (stop 23)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [0.967, 0.829], none: [0.829, 0.967] } },
    fresh20: { at: '72d25b4 (stop 23)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.879, 0.967] } },
    fresh21: { at: '2c0e4c7 (stop 23)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.952, 1.0] } },
    fresh22: { at: '7c856e9 (stop 23, the analysis of 2c0e4c7)', figures: { 'vague-term': [0.878, 0.8], 'agreement-to-agree': [0.923, 0.9], 'verbal-agreement': [1.0, 0.6], none: [0.671, 0.917] } },
    fresh23: { at: '6a62d98 (stop 23, the analysis of afa7379)', figures: { 'vague-term': [0.87, 0.889], 'agreement-to-agree': [0.919, 0.85], 'verbal-agreement': [0.96, 0.686], none: [0.733, 0.917] } },
    fresh24: { at: '7505a3b (stop 23, the analysis of c6551de)', figures: { 'vague-term': [0.85, 0.756], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.8], none: [0.74, 0.95] } },
    fresh25: { at: 'a526f69 (stop 23, the analysis of 6443c6f)', figures: { 'vague-term': [0.889, 0.711], 'agreement-to-agree': [0.941, 0.8], 'verbal-agreement': [1.0, 0.686], none: [0.651, 0.933] } },
    fresh26: { at: 'b2d8829 (end of stop 23, the analysis of a0324fe)', figures: { 'vague-term': [0.935, 0.644], 'agreement-to-agree': [0.964, 0.675], 'verbal-agreement': [0.955, 0.6], none: [0.576, 0.95] } },
    fresh27: { at: 'c464ed4 (stop 24, the analysis of de1922e)', figures: { 'vague-term': [0.867, 0.867], 'agreement-to-agree': [1.0, 0.85], 'verbal-agreement': [1.0, 0.743], none: [0.724, 0.917] } },
    fresh28: { at: 'ad6a927 (stop 24, the analysis of 3367bf9)', figures: { 'vague-term': [0.909, 0.889], 'agreement-to-agree': [0.944, 0.85], 'verbal-agreement': [1.0, 0.714], none: [0.733, 0.917] } },
    fresh29: { at: '7529fb3 (stop 24, the analysis of 90dae00)', figures: { 'vague-term': [0.952, 0.889], 'agreement-to-agree': [0.971, 0.825], 'verbal-agreement': [0.958, 0.657], none: [0.716, 0.967] } },
    fresh30: { at: '1d62631 (stop 24, the analysis of afc92a0)', figures: { 'vague-term': [0.935, 0.956], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.743], none: [0.781, 0.95] } },
    fresh31: { at: '45b4e3a (end of stop 24, the analysis of d51e284)', figures: { 'vague-term': [0.932, 0.911], 'agreement-to-agree': [1.0, 0.775], 'verbal-agreement': [0.967, 0.829], none: [0.756, 0.983] } },
    fresh32: { at: '6fab63e (stop 25, the analysis of a7f0150)', figures: { 'vague-term': [0.95, 0.844], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.886], none: [0.8, 1.0] } },
    fresh33: { at: '20822ae (stop 25, the analysis of a7f0150)', figures: { 'vague-term': [0.927, 0.844], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.8], none: [0.77, 0.95] } },
    fresh34: { at: '6b88fdb (stop 25, the analysis of ec0793e)', figures: { 'vague-term': [0.955, 0.933], 'agreement-to-agree': [0.973, 0.9], 'verbal-agreement': [0.968, 0.857], none: [0.853, 0.967] } },
    fresh35: { at: '1fe217e (stop 25, the analysis of ec0793e)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.914], none: [0.843, 0.983] } },
    fresh36: { at: 'f9ebfd1 (stop 25, the analysis of 52ce9a2)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.857], none: [0.822, 1.0] } },
    fresh37: { at: '2f9bbf6 (stop 25, the analysis of 52ce9a2)', figures: { 'vague-term': [1.0, 0.844], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.811, 1.0] } },
    fresh38: { at: 'afb6b5d (stop 25, the analysis of 8bcfcab)', figures: { 'vague-term': [0.974, 0.822], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.831, 0.983] } },
    fresh39: { at: 'ac1b502 (stop 25, the analysis of 8bcfcab)', figures: { 'vague-term': [1.0, 0.822], 'agreement-to-agree': [1.0, 0.825], 'verbal-agreement': [1.0, 0.914], none: [0.769, 1.0] } },
    fresh40: { at: '58e449c (stop 26, the analysis of ae93553)', figures: { 'vague-term': [0.927, 0.844], 'agreement-to-agree': [0.969, 0.775], 'verbal-agreement': [0.967, 0.829], none: [0.74, 0.95] } },
    fresh41: { at: 'a29bc4b (stop 26, the analysis of ae93553)', figures: { 'vague-term': [0.884, 0.844], 'agreement-to-agree': [0.947, 0.9], 'verbal-agreement': [0.963, 0.743], none: [0.722, 0.867] } },
    fresh42: { at: '31e2db1 (stop 26, the analysis of 159a74b)', figures: { 'vague-term': [0.946, 0.778], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.784, 0.967] } },
    fresh43: { at: 'beffc8f (stop 26, the analysis of 159a74b)', figures: { 'vague-term': [0.953, 0.911], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.857], none: [0.829, 0.967] } },
    fresh44: { at: '46146f2 (stop 26, the analysis of 133b080)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.933, 0.8], none: [0.795, 0.967] } },
    fresh45: { at: '4ce42e0 (stop 26, the analysis of 133b080)', figures: { 'vague-term': [0.93, 0.889], 'agreement-to-agree': [1.0, 0.85], 'verbal-agreement': [1.0, 0.829], none: [0.784, 0.967] } },
    fresh46: { at: '4e91d81 (stop 26, the analysis of 262fd74)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [0.949, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.855, 0.983] } },
    fresh47: { at: '1624028 (stop 26, the analysis of 262fd74)', figures: { 'vague-term': [0.884, 0.844], 'agreement-to-agree': [0.971, 0.85], 'verbal-agreement': [0.933, 0.8], none: [0.722, 0.867] } },
    fresh48: { at: 'c19d87b (stop 26, the analysis of e588fac)', figures: { 'vague-term': [0.927, 0.844], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.968, 0.857], none: [0.803, 0.95] } },
    fresh49: { at: '8058bfc (stop 26, the analysis of e588fac)', figures: { 'vague-term': [0.878, 0.956], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [0.944, 0.971], none: [0.869, 0.883] } },
    fresh50: { at: '15025ea (stop 26, the analysis of 7566242)', figures: { 'vague-term': [0.915, 0.956], 'agreement-to-agree': [0.971, 0.825], 'verbal-agreement': [1.0, 0.829], none: [0.792, 0.95] } },
    fresh51: { at: '2e9ef24 (stop 26, the analysis of 7566242)', figures: { 'vague-term': [0.947, 0.8], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.857], none: [0.787, 0.983] } },
    fresh52: { at: 'ea9d34d (stop 27, the analysis of 7340b64)', figures: { 'vague-term': [0.889, 0.889], 'agreement-to-agree': [0.943, 0.825], 'verbal-agreement': [1.0, 0.943], none: [0.797, 0.917] } },
    fresh53: { at: 'bd657da (stop 27, the analysis of 7340b64)', figures: { 'vague-term': [0.973, 0.8], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.968, 0.857], none: [0.797, 0.983] } },
    fresh54: { at: '95638d0 (stop 27, the analysis of 071e20f)', figures: { 'vague-term': [0.935, 0.956], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.914], none: [0.875, 0.933] } },
    fresh55: { at: '36799a7 (stop 27, the analysis of 071e20f)', figures: { 'vague-term': [0.927, 0.844], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.771], none: [0.76, 0.95] } },
    fresh56: { at: '91f5ccb (stop 27, the analysis of a742634)', figures: { 'vague-term': [0.933, 0.933], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.97, 0.914], none: [0.862, 0.933] } },
    fresh57: { at: 'ec3c3d3 (stop 27, the analysis of a742634)', figures: { 'vague-term': [0.944, 0.756], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.886], none: [0.744, 0.967] } },
    fresh58: { at: '31ea366 (stop 27, the analysis of 5dd28a1)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [0.968, 0.857], none: [0.905, 0.95] } },
    fresh59: { at: '6a5f230 (stop 27, the analysis of 5dd28a1)', figures: { 'vague-term': [0.889, 0.889], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.848, 0.933] } },
    fresh60: { at: '352fd16 (stop 27, the analysis of 9ace70f)', figures: { 'vague-term': [0.925, 0.822], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.829], none: [0.767, 0.933] } },
    fresh61: { at: 'b5bf5eb (stop 27, the analysis of 9ace70f)', figures: { 'vague-term': [0.976, 0.889], 'agreement-to-agree': [0.973, 0.9], 'verbal-agreement': [1.0, 0.943], none: [0.841, 0.967] } },
    fresh62: { at: '87cd42d (stop 27, the analysis of 7bd6e03)', figures: { 'vague-term': [0.891, 0.911], 'agreement-to-agree': [0.972, 0.875], 'verbal-agreement': [1.0, 0.914], none: [0.848, 0.933] } },
    fresh63: { at: '5f70dce (stop 27, the analysis of 7bd6e03)', figures: { 'vague-term': [0.851, 0.889], 'agreement-to-agree': [0.973, 0.9], 'verbal-agreement': [0.97, 0.914], none: [0.815, 0.883] } },
    fresh64: { at: '1c00f19 (stop 28, the analysis of 414343a)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.951, 0.967] } },
    fresh65: { at: 'd4f46ae (stop 28, the analysis of 414343a)', figures: { 'vague-term': [0.921, 0.778], 'agreement-to-agree': [0.951, 0.975], 'verbal-agreement': [0.968, 0.857], none: [0.775, 0.917] } },
    fresh66: { at: 'af3b70e (stop 28, the analysis of ea6f82a)', figures: { 'vague-term': [0.935, 0.956], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.914], none: [0.851, 0.95] } },
    fresh67: { at: '54e5887 (stop 28, the analysis of ea6f82a)', figures: { 'vague-term': [0.93, 0.889], 'agreement-to-agree': [1.0, 0.825], 'verbal-agreement': [1.0, 0.914], none: [0.792, 0.95] } },
    fresh68: { at: 'eaa7c70 (stop 29, the analysis of d20b2aa)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.943], none: [0.845, 1.0] } },
    fresh69: { at: '80970a1 (stop 29, the analysis of d20b2aa)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.855, 0.983] } },
    fresh70: { at: 'df2d4d5 (stop 29, the analysis of 542fbb2)', figures: { 'vague-term': [0.952, 0.889], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.857], none: [0.817, 0.967] } },
    fresh71: { at: '84108b1 (stop 29, the analysis of 542fbb2)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [0.972, 0.875], 'verbal-agreement': [0.969, 0.886], none: [0.841, 0.967] } },
    fresh72: { at: 'd6c4bf3 (stop 29, the analysis of 351bf73)', figures: { 'vague-term': [0.976, 0.889], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.935, 0.829], none: [0.808, 0.983] } },
    fresh73: { at: '48a400d (stop 29, the analysis of 351bf73)', figures: { 'vague-term': [1.0, 0.889], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.857, 1.0] } },
    fresh74: { at: 'd4f0026 (stop 29, the analysis of 3e76b93)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.943], none: [0.882, 1.0] } },
    fresh75: { at: '8467ec3 (stop 29, the analysis of 3e76b93)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.971, 0.943], none: [0.906, 0.967] } },
    fresh77: { at: 'b58c1c0 (stop 29, the analysis of 81b4690)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.923, 1.0] } },
    fresh78: { at: 'b58c1c0 (stop 29, the analysis of 81b4690)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 1.0], none: [0.968, 1.0] } },
    fresh76: { at: '60b0b0a (stop 29, the analysis of 391d989)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [0.943, 0.943], none: [0.894, 0.983] } },
    fresh79: { at: '87fe73b (stop 29, the analysis of 391d989)', figures: { 'vague-term': [0.974, 0.822], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.771], none: [0.756, 0.983] } },
    fresh80: { at: '9ec7a78 (stop 29, the analysis of 72f02ac)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.896, 1.0] } },
    fresh81: { at: 'bad2b9b (stop 29, the analysis of 72f02ac)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [0.973, 0.9], 'verbal-agreement': [1.0, 0.971], none: [0.881, 0.983] } },
    fresh82: { at: 'd647369 (stop 29, the analysis of 89517e0)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [0.971, 0.943], none: [0.935, 0.967] } },
    fresh83: { at: '3f16058 (stop 29, the analysis of 89517e0)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.968, 0.857], none: [0.866, 0.967] } },
    fresh84: { at: 'a2b3348 (stop 29, the analysis of 6d788a9)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.952, 1.0] } },
    fresh85: { at: 'a2b3348 (stop 29, the analysis of 6d788a9)', figures: { 'vague-term': [0.913, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.918, 0.933] } },
    fresh86: { at: '5ff6c21 (stop 29, the analysis of c6b8f78)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.943], none: [0.894, 0.983] } },
    fresh87: { at: '5ff6c21 (stop 29, the analysis of c6b8f78)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.857], none: [0.896, 1.0] } },
    fresh88: { at: '5ff6c21 (stop 29, the analysis of 9fd1ef6)', figures: { 'vague-term': [0.95, 0.844], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.968, 0.857], none: [0.784, 0.967] } },
    fresh89: { at: '5ff6c21 (stop 29, the analysis of 9fd1ef6)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.97, 0.914], none: [0.937, 0.983] } },
    fresh90: { at: 'ae1d1b0 (stop 29, the analysis of 961336b)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.857], none: [0.811, 1.0] } },
    fresh91: { at: '758f010 (stop 29, the analysis of 961336b)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.952, 0.983] } },
    fresh92: { at: 'c8d13e2 (stop 30, the analysis of a7d6ed8)', figures: { 'vague-term': [0.953, 0.911], 'agreement-to-agree': [1.0, 0.825], 'verbal-agreement': [1.0, 0.971], none: [0.843, 0.983] } },
    fresh93: { at: 'fb46387 (stop 30, the analysis of a7d6ed8)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.971, 0.943], none: [0.967, 0.967] } },
    fresh94: { at: 'aa5c655 (stop 30, the analysis of 9fbd147)', figures: { 'vague-term': [0.915, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.829], none: [0.862, 0.933] } },
    fresh95: { at: '15e07a3 (stop 30, the analysis of 9fbd147)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.892, 0.967] } },
    fresh96: { at: '4d1c91a (stop 30, the analysis of 4876c2a)', figures: { 'vague-term': [0.975, 0.867], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.971], none: [0.843, 0.983] } },
    fresh97: { at: '028a9dc (stop 30, the analysis of 4876c2a)', figures: { 'vague-term': [0.951, 0.867], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.866, 0.967] } },
    fresh98: { at: 'd750fa2 (stop 30, the analysis of 987f1d8)', figures: { 'vague-term': [0.956, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.937, 0.983] } },
    fresh99: { at: '5acd75b (stop 30, the analysis of 987f1d8)', figures: { 'vague-term': [0.955, 0.933], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.971, 0.971], none: [0.892, 0.967] } },
    fresh100: { at: 'dfc79db (stop 30, the analysis of 8fa00b8)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.829], none: [0.845, 1.0] } },
    fresh101: { at: 'c33acd8 (stop 30, the analysis of 8fa00b8)', figures: { 'vague-term': [0.953, 0.911], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.943], none: [0.868, 0.983] } },
    fresh102: { at: 'f840c1e (stop 30, the analysis of f59b2d7)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [0.972, 1.0], none: [0.935, 0.967] } },
    fresh103: { at: 'c9310bf (stop 30, the analysis of f59b2d7)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.921, 0.967] } },
    fresh104: { at: '4b8723e (stop 30, the analysis of 2e0ff91)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.909, 1.0] } },
    fresh105: { at: 'ff74e6b (stop 30, the analysis of 2e0ff91)', figures: { 'vague-term': [0.955, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.829], none: [0.853, 0.967] } },
    fresh106: { at: '1393efc (stop 30, the analysis of 663e19a)', figures: { 'vague-term': [0.933, 0.933], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 1.0], none: [0.906, 0.967] } },
    fresh107: { at: '296ca3a (stop 30, the analysis of 663e19a)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.943], none: [0.892, 0.967] } },
    fresh108: { at: '2f5b55d (stop 30, the analysis of d36d314)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.966, 0.8], none: [0.829, 0.967] } },
    fresh109: { at: '137c026 (stop 30, the analysis of d36d314)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.857], none: [0.855, 0.983] } },
    fresh110: { at: '90bb835 (stop 30, the analysis of 1e13e8c)', figures: { 'vague-term': [0.917, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.875, 0.933] } },
    fresh111: { at: 'dbab69c (stop 30, the analysis of 1e13e8c)', figures: { 'vague-term': [0.932, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.864, 0.95] } },
    fresh112: { at: '4899332 (stop 31, the analysis of 72acfb7)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.971, 0.971], none: [0.937, 0.983] } },
    fresh113: { at: '1f55a0c (stop 31, the analysis of 72acfb7)', figures: { 'vague-term': [0.975, 0.867], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.971], none: [0.879, 0.967] } },
    fresh114: { at: '5264ca8 (stop 31, the analysis of 636835d)', figures: { 'vague-term': [0.932, 0.911], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.857], none: [0.814, 0.95] } },
    fresh115: { at: 'ff87f3f (stop 31, the analysis of 636835d)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.909, 1.0] } },
    fresh116: { at: 'f806aa6 (stop 31, the analysis of 9493778)', figures: { 'vague-term': [0.953, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.943, 0.943], none: [0.875, 0.933] } },
    fresh117: { at: 'dfbd3e2 (stop 31, the analysis of 9493778)', figures: { 'vague-term': [0.956, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.972, 1.0], none: [0.967, 0.967] } },
    fresh118: { at: 'ba5ef80 (stop 31, the analysis of aaaecdd)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.971], none: [0.921, 0.967] } },
    fresh119: { at: '234c67c (stop 31, the analysis of aaaecdd)', figures: { 'vague-term': [0.93, 0.889], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.877, 0.95] } },
    fresh120: { at: '6d1be11 (stop 31, the analysis of de5a546)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.8], none: [0.868, 0.983] } },
    fresh121: { at: 'b6b36d9 (stop 31, the analysis of de5a546)', figures: { 'vague-term': [0.932, 0.911], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.838, 0.95] } },
    fresh122: { at: 'cee328f (stop 31, the analysis of 028148d)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.968, 0.857], none: [0.892, 0.967] } },
    fresh123: { at: '629bcdc (stop 31, the analysis of 028148d)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [1.0, 0.971], none: [0.906, 0.967] } },
    fresh124: { at: '2d22412 (stop 31, the analysis of 2506e6a)', figures: { 'vague-term': [0.976, 0.889], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 1.0], none: [0.908, 0.983] } },
    fresh125: { at: 'b94439c (stop 31, the analysis of 2506e6a)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [0.976, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.938, 1.0] } },
    fresh126: { at: 'ef42eff (stop 31, the analysis of 39e407f)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.908, 0.983] } },
    fresh127: { at: '3369ed9 (stop 31, the analysis of 39e407f)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.971, 0.943], none: [0.95, 0.95] } },
    fresh128: { at: '9897582 (stop 31, the analysis of 4dfb6a9)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.943], none: [0.882, 1.0] } },
    fresh129: { at: 'f544eb5 (stop 31, the analysis of 4dfb6a9)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.937, 0.983] } },
    fresh130: { at: 'c843a1c (stop 32, the analysis of 99bcaab)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.857, 1.0] } },
    fresh131: { at: 'a078e32 (stop 32, the analysis of 99bcaab)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.914], none: [0.882, 1.0] } },
    fresh132: { at: 'f489e12 (stop 32, the analysis of ba29222)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.909, 1.0] } },
    fresh133: { at: '637837a (stop 32, the analysis of ba29222)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.881, 0.983] } },
    fresh134: { at: '5287bf9 (stop 32, the analysis of 31c958d)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.829], none: [0.845, 1.0] } },
    fresh135: { at: '9d0ba72 (stop 32, the analysis of 31c958d)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.914], none: [0.855, 0.983] } },
    fresh136: { at: '23d3882 (stop 32, the analysis of c9a0360)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.969, 0.886], none: [0.882, 1.0] } },
    fresh137: { at: '2fe9d0a (stop 32, the analysis of c9a0360)', figures: { 'vague-term': [0.975, 0.867], 'agreement-to-agree': [0.976, 1.0], 'verbal-agreement': [0.97, 0.914], none: [0.866, 0.967] } },
    fresh139: { at: '4e6e555 (stop 32, the analysis of 8312387)', figures: { 'vague-term': [0.951, 0.867], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.857], none: [0.843, 0.983] } },
    fresh140: { at: '70ca457 (stop 32, the analysis of 8312387)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.971, 0.943], none: [0.909, 1.0] } },
    fresh138: { at: '3a705b7 (stop 32, the analysis of f01e8d5)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.881, 0.983] } },
    fresh141: { at: 'a70a85a (stop 32, the analysis of f01e8d5)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.968, 0.857], none: [0.87, 1.0] } },
    fresh142: { at: '3c86767 (stop 32, the analysis of e3d8db7)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.943], none: [0.896, 1.0] } },
    fresh143: { at: '826058a (stop 32, the analysis of e3d8db7)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.984, 1.0] } },
    fresh144: { at: '0732e16 (stop 32, the analysis of 0d28bd3)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.829], none: [0.845, 1.0] } },
    fresh145: { at: '276ed86 (stop 32, the analysis of 0d28bd3)', figures: { 'vague-term': [0.936, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.914], none: [0.891, 0.95] } },
    fresh147: { at: 'e55e1e1 (stop 32, the analysis of b168e1d)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.8], none: [0.857, 1.0] } },
    fresh148: { at: 'f974ea5 (stop 32, the analysis of b168e1d)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.857], none: [0.857, 1.0] } },
    fresh146: { at: '75de475 (stop 32, the analysis of 37c66ec)', figures: { 'vague-term': [0.947, 0.8], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.771], none: [0.753, 0.967] } },
    fresh149: { at: 'f950c55 (stop 32, the analysis of 37c66ec)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.87, 1.0] } },
    fresh150: { at: '6699e80 (stop 32, the analysis of 5676eeb)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.952, 0.983] } },
    fresh151: { at: '36f1a9c (stop 32, the analysis of 5676eeb)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.952, 1.0] } },
    fresh152: { at: 'e73f12a (stop 32, the analysis of c334ffa)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.967, 0.983] } },
    fresh153: { at: '064ad0a (stop 32, the analysis of c334ffa)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.894, 0.983] } },
    fresh154: { at: '3850902 (stop 32, the analysis of 78323bf)', figures: { 'vague-term': [0.956, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.968, 0.857], none: [0.877, 0.95] } },
    fresh155: { at: '9046b5f (stop 32, the analysis of 78323bf)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [0.971, 0.971], none: [0.892, 0.967] } },
    fresh156: { at: '0f23f68 (stop 33, the analysis of 9ebe5f2)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.829], none: [0.894, 0.983] } },
    fresh157: { at: '60985c4 (stop 33, the analysis of 9ebe5f2)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.882, 1.0] } },
    fresh158: { at: 'ad16e1d (stop 33, the analysis of ba07402)', figures: { 'vague-term': [0.935, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.892, 0.967] } },
    fresh159: { at: '7d8465d (stop 33, the analysis of ba07402)', figures: { 'vague-term': [0.976, 0.889], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.87, 1.0] } },
    fresh160: { at: '0e6f0c6 (stop 33, the analysis of 12df16d)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.894, 0.983] } },
    fresh161: { at: 'fed5205 (stop 33, the analysis of 12df16d)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.937, 0.983] } },
    fresh162: { at: '785e30f (stop 33, the analysis of 0743ba4)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.771], none: [0.845, 1.0] } },
    fresh165: { at: 'b9f15e6 (stop 33, the analysis of 0743ba4)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [0.973, 0.9], 'verbal-agreement': [0.909, 0.857], none: [0.892, 0.967] } },
    fresh163: { at: 'fa5b527 (stop 33, the analysis of 5dfb4d9)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.882, 1.0] } },
    fresh164: { at: '9fca714 (stop 33, the analysis of 5dfb4d9)', figures: { 'vague-term': [0.956, 0.956], 'agreement-to-agree': [1.0, 0.85], 'verbal-agreement': [0.967, 0.829], none: [0.817, 0.967] } },
    fresh166: { at: '6a66b75 (stop 33, the analysis of cdee07e)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.894, 0.983] } },
    fresh167: { at: 'daa0efe (stop 33, the analysis of cdee07e)', figures: { 'vague-term': [0.938, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.969, 0.886], none: [0.933, 0.933] } },
    fresh168: { at: 'd0a1817 (stop 33, the analysis of 1a37250)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.937, 0.983] } },
    fresh169: { at: '4c2139e (stop 33, the analysis of 1a37250)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.971, 0.971], none: [0.938, 1.0] } },
    fresh170: { at: '6738d27 (stop 34, the analysis of 7de7811)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.857], none: [0.87, 1.0] } },
    fresh171: { at: '224d653 (stop 34, the analysis of 7de7811)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.952, 1.0] } },
    fresh172: { at: 'de7b8ad (stop 34, the analysis of ec1f73c)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.714], none: [0.819, 0.983] } },
    fresh173: { at: '89d1733 (stop 34, the analysis of ec1f73c)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.886], none: [0.922, 0.983] } },
    fresh174: { at: '09fb96d (stop 34, the analysis of caafe85)', figures: { 'vague-term': [0.956, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.964, 0.771], none: [0.826, 0.95] } },
    fresh175: { at: '7e4c8f0 (stop 34, the analysis of caafe85)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.967, 0.829], none: [0.855, 0.983] } },
    fresh176: { at: '637f5f1 (stop 34, the analysis of 8d6c676)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.943, 0.943], none: [0.934, 0.95] } },
    fresh177: { at: 'a075191 (stop 34, the analysis of 8d6c676)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.968, 0.857], none: [0.831, 0.983] } },
    fresh178: { at: '5a0c473 (stop 34, the analysis of 8b57647)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.914], none: [0.881, 0.983] } },
    fresh179: { at: 'f0a9cc0 (stop 34, the analysis of 8b57647)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.967, 0.829], none: [0.882, 1.0] } },
    fresh180: { at: 'a6de2fb (stop 34, the analysis of 4d5aa8d)', figures: { 'vague-term': [0.976, 0.889], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.969, 0.886], none: [0.845, 1.0] } },
    fresh181: { at: '2e8e222 (stop 34, the analysis of 4d5aa8d)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [0.973, 0.9], 'verbal-agreement': [1.0, 0.914], none: [0.896, 1.0] } },
    fresh182: { at: '1e176ad (stop 35, the analysis of 94a1e40)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.952, 0.983] } },
    fresh183: { at: '8380337 (stop 35, the analysis of 94a1e40)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.943], none: [0.952, 0.983] } },
    fresh184: { at: 'ada3613 (stop 35, the analysis of 94a1e40)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.886], none: [0.923, 1.0] } },
    fresh185: { at: '602c9c1 (stop 35, the analysis of 94a1e40)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.969, 0.886], none: [0.881, 0.983] } },
    fresh186: { at: 'fbbf063 (stop 35, the analysis of 602005a)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.938, 1.0] } },
    fresh187: { at: 'e1f45b8 (stop 35, the analysis of 602005a)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.97, 0.914], none: [0.882, 1.0] } },
    fresh188: { at: 'c69af5c (stop 35, the analysis of 602005a)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [1.0, 1.0], none: [0.908, 0.983] } },
    fresh189: { at: '37c6739 (stop 35, the analysis of 602005a)', figures: { 'vague-term': [1.0, 0.889], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.914], none: [0.845, 1.0] } },
    fresh190: { at: '38a997e (stop 35, the analysis of 55de4d4)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.971], none: [0.952, 1.0] } },
    fresh191: { at: '5984d0c (stop 35, the analysis of 55de4d4)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.908, 0.983] } },
    fresh192: { at: '3cc45f4 (stop 35, the analysis of 55de4d4)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.909, 1.0] } },
    fresh193: { at: '5e5cde8 (stop 35, the analysis of 55de4d4)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [0.97, 0.914], none: [0.868, 0.983] } },
    fresh194: { at: '4febe5b (stop 35, the analysis of 1f4d6a1)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.971], none: [0.923, 1.0] } },
    fresh195: { at: 'fffde9a (stop 35, the analysis of 1f4d6a1)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.952, 1.0] } },
    fresh196: { at: '2e1654b (stop 35, the analysis of 1f4d6a1)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.97, 0.914], none: [0.921, 0.967] } },
    fresh197: { at: '4dcc265 (stop 35, the analysis of 1f4d6a1)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 1.0], none: [0.952, 1.0] } },
    fresh198: { at: 'de847fb (stop 35, the analysis of c59be93)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.937, 0.983] } },
    fresh199: { at: 'e3daa6a (stop 35, the analysis of c59be93)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.97, 0.914], none: [0.921, 0.967] } },
    fresh200: { at: 'df66896 (stop 35, the analysis of c59be93)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.894, 0.983] } },
    fresh201: { at: 'f7aad61 (stop 35, the analysis of c59be93)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.8], 'verbal-agreement': [0.972, 1.0], none: [0.829, 0.967] } },
    fresh202: { at: 'a6e0775 (stop 35, the analysis of c59be93)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.943], none: [0.923, 1.0] } },
    fresh203: { at: '3cd5909 (stop 35, the analysis of c59be93)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.97, 0.914], none: [0.853, 0.967] } },
    fresh204: { at: 'f9b0273 (stop 35, the analysis of c59be93)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.952, 1.0] } },
    fresh205: { at: '7734fb5 (stop 35, the analysis of c59be93)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.886], none: [0.922, 0.983] } },
    fresh206: { at: 'e48280c (stop 35, the analysis of c66d49a)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.857], none: [0.87, 1.0] } },
    fresh207: { at: 'ccac1c7 (stop 35, the analysis of c66d49a)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.968, 0.857], none: [0.882, 1.0] } },
    fresh208: { at: '693bc8f (stop 35, the analysis of c66d49a)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.943], none: [0.896, 1.0] } },
    fresh209: { at: '33d5313 (stop 35, the analysis of c66d49a)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.906, 0.967] } },
    fresh210: { at: 'ab23923 (stop 35, the analysis of d8427c2)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.829], none: [0.87, 1.0] } },
    fresh211: { at: 'e26879d (stop 35, the analysis of d8427c2)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [0.972, 0.875], 'verbal-agreement': [0.971, 0.943], none: [0.894, 0.983] } },
    fresh212: { at: '4a437a2 (stop 35, the analysis of d8427c2)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.971], none: [0.909, 1.0] } },
    fresh213: { at: 'fc3217f (stop 35, the analysis of d8427c2)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.909, 1.0] } },
    fresh214: { at: 'a7e5b7a (stop 36, the analysis of 8c7939e)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.968, 1.0] } },
    fresh215: { at: '932118a (stop 36, the analysis of 8c7939e)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.971, 0.943], none: [0.95, 0.95] } },
    fresh216: { at: 'c0a3c23 (stop 36, the analysis of 8c7939e)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.857], none: [0.896, 1.0] } },
    fresh217: { at: '166d9a8 (stop 36, the analysis of 8c7939e)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [0.971, 0.971], none: [0.891, 0.95] } },
    fresh218: { at: '6f0aa44 (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.857], none: [0.857, 1.0] } },
    fresh219: { at: '3f5a14b (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.882, 1.0] } },
    fresh220: { at: '2396cdb (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 1.0], none: [1.0, 1.0] } },
    fresh221: { at: '23b67ff (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.971], none: [0.967, 0.983] } },
    fresh222: { at: '4898ebd (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 1.0], none: [0.983, 0.967] } },
    fresh223: { at: 'c415899 (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.909, 1.0] } },
    fresh224: { at: '8ec660f (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [0.95, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.908, 0.983] } },
    fresh225: { at: '5fe0293 (stop 36, the analysis of cb042ed)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.952, 1.0] } },
    fresh226: { at: '04d9275 (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.908, 0.983] } },
    fresh227: { at: 'd2d1f1b (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.923, 1.0] } },
    fresh228: { at: '09a0d14 (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.952, 1.0] } },
    fresh229: { at: '7a2f4c1 (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.882, 1.0] } },
    fresh230: { at: '0314e73 (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [0.976, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.921, 0.967] } },
    fresh231: { at: 'f119cdf (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.943], none: [0.952, 1.0] } },
    fresh232: { at: 'c7ade7b (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.943], none: [0.952, 0.983] } },
    fresh233: { at: 'b4a5329 (stop 36, the analysis of f8f520b)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.857], none: [0.896, 1.0] } },
    fresh234: { at: '36b4945 (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.857], none: [0.923, 1.0] } },
    fresh235: { at: 'de4a8d3 (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.97, 0.914], none: [0.882, 1.0] } },
    fresh236: { at: 'd7b6fa1 (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.97, 0.914], none: [0.906, 0.967] } },
    fresh237: { at: '13e7cf0 (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.941, 0.914], none: [0.935, 0.967] } },
    fresh238: { at: 'c2d9333 (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.923, 1.0] } },
    fresh239: { at: 'a8d95f5 (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [1.0, 0.8], none: [0.833, 1.0] } },
    fresh240: { at: 'faed1b4 (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.855, 0.983] } },
    fresh241: { at: '3deb1bc (stop 36, the analysis of 1588f86)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.923, 1.0] } },
    fresh242: { at: '1b1a2dd (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.968, 1.0] } },
    fresh243: { at: 'd5b7766 (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [1.0, 0.867], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 1.0], none: [0.857, 1.0] } },
    fresh244: { at: 'e2d873f (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.938, 1.0] } },
    fresh245: { at: '4eb9371 (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.829], none: [0.882, 1.0] } },
    fresh246: { at: '48561df (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [1.0, 0.889], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.857, 1.0] } },
    fresh247: { at: 'b00d181 (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [0.976, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.935, 0.967] } },
    fresh248: { at: '45bae81 (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.923, 1.0] } },
    fresh249: { at: '819c3c9 (stop 36, the analysis of d89a7ef)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.97, 0.914], none: [0.894, 0.983] } },
    fresh250: { at: '3c44f33 (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.972, 1.0], none: [0.967, 0.983] } },
    fresh251: { at: '2aa7183 (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.969, 0.886], none: [0.892, 0.967] } },
    fresh252: { at: 'f452b18 (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.969, 0.886], none: [0.908, 0.983] } },
    fresh253: { at: '21b70c7 (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.984, 1.0] } },
    fresh254: { at: '9104d90 (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 1.0], none: [1.0, 1.0] } },
    fresh255: { at: '00b5154 (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [1.0, 0.867], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.857, 1.0] } },
    fresh256: { at: 'a3c6f71 (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.87, 1.0] } },
    fresh257: { at: '1c6cd3f (stop 37, the analysis of 75bca33)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.923, 1.0] } },
    fresh258: { at: '0ab416c (stop 37, the analysis of 184604c)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.971, 0.971], none: [0.906, 0.967] } },
    fresh259: { at: '3b3d581 (stop 37, the analysis of 184604c)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.968, 1.0] } },
    fresh260: { at: '91ce0cf (stop 37, the analysis of 184604c)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.909, 1.0] } },
    fresh261: { at: 'a4bef54 (stop 37, the analysis of 184604c)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.983, 0.983] } },
    fresh262: { at: '90058ee (stop 37, the analysis of 184604c)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.914], none: [0.882, 1.0] } },
    fresh263: { at: '7e8644d (stop 37, the analysis of 184604c)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.923, 1.0] } },
    fresh264: { at: '95582f9 (stop 37, the analysis of 184604c)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.853, 0.829], none: [0.829, 0.967] } },
    fresh265: { at: '7b70ad7 (stop 37, the analysis of 184604c)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.971], none: [0.896, 1.0] } },
    fresh266: { at: '4efa975 (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.922, 0.983] } },
    fresh267: { at: '232c433 (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.952, 1.0] } },
    fresh268: { at: 'e3e27e3 (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 1.0], none: [0.938, 1.0] } },
    fresh269: { at: '77bb79e (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.943], none: [0.909, 1.0] } },
    fresh270: { at: 'cf93d7a (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.943], none: [0.922, 0.983] } },
    fresh271: { at: '309f669 (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.857], none: [0.845, 1.0] } },
    fresh272: { at: '8049d22 (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.969, 0.886], none: [0.937, 0.983] } },
    fresh273: { at: 'fad1b1a (stop 37, the analysis of 2a5947b)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.894, 0.983] } },
    fresh274: { at: 'd4e813e (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.943], none: [0.968, 1.0] } },
    fresh275: { at: '687b345 (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.972, 1.0], none: [0.967, 0.983] } },
    fresh276: { at: '4cb1c4e (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.896, 1.0] } },
    fresh277: { at: '6e7ad5f (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [0.976, 1.0], 'verbal-agreement': [1.0, 0.943], none: [0.967, 0.983] } },
    fresh278: { at: 'ee9a722 (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 1.0], none: [0.923, 1.0] } },
    fresh279: { at: '8e94c5f (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.87, 1.0] } },
    fresh280: { at: '24a2daa (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.951, 0.967] } },
    fresh281: { at: 'c4c3284 (stop 37, the analysis of d0b250a)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.971], none: [0.938, 1.0] } },
    fresh282: { at: 'c46fef5 (stop 37, the analysis of d85fd7b)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.971], none: [0.937, 0.983] } },
    fresh283: { at: 'adb16f5 (stop 37, the analysis of d85fd7b)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.943], none: [0.951, 0.967] } },
    fresh284: { at: '9ffa927 (stop 37, the analysis of d85fd7b)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.85], 'verbal-agreement': [1.0, 0.971], none: [0.857, 1.0] } },
    fresh285: { at: 'a6510e2 (stop 37, the analysis of d85fd7b)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.923, 1.0] } },
    fresh286: { at: '872f725 (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.97, 0.914], none: [0.952, 1.0] } },
    fresh287: { at: 'ff98a87 (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.984, 1.0] } },
    fresh288: { at: 'c4c0fa4 (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.952, 1.0] } },
    fresh289: { at: '0d462d8 (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [0.974, 0.95], 'verbal-agreement': [1.0, 0.886], none: [0.894, 0.983] } },
    fresh290: { at: '48cb56f (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.914], none: [0.923, 1.0] } },
    fresh291: { at: '158de07 (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [0.976, 0.889], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.946, 1.0], none: [0.892, 0.967] } },
    fresh292: { at: 'e26061b (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.896, 1.0] } },
    fresh293: { at: 'f7d4f48 (stop 38, the analysis of c6a05f3)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.875], 'verbal-agreement': [0.969, 0.886], none: [0.845, 1.0] } },
    fresh294: { at: '07b9162 (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.972, 1.0], none: [0.937, 0.983] } },
    fresh295: { at: '26a4558 (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.969, 0.886], none: [0.908, 0.983] } },
    fresh296: { at: '5205641 (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.971, 0.971], none: [0.951, 0.967] } },
    fresh297: { at: '7ae19b7 (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.896, 1.0] } },
    fresh298: { at: '752a13d (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 1.0], none: [0.938, 1.0] } },
    fresh299: { at: '4c4acf2 (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 1.0], none: [0.984, 1.0] } },
    fresh300: { at: 'd37cb60 (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.943], none: [0.935, 0.967] } },
    fresh301: { at: '58d93af (stop 38, the analysis of c6c58c4)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.972, 1.0], none: [0.938, 1.0] } },
    fresh302: { at: 'cf9ed42 (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.971], none: [0.937, 0.983] } },
    fresh303: { at: '288f18b (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.97, 0.914], none: [0.908, 0.983] } },
    fresh304: { at: '9a532b7 (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.896, 1.0] } },
    fresh305: { at: '2afb2f4 (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.971], none: [0.908, 0.983] } },
    fresh306: { at: '2e8fdef (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.97, 0.914], none: [0.894, 0.983] } },
    fresh307: { at: 'd6c5d1d (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.909, 1.0] } },
    fresh308: { at: 'f328478 (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.886], none: [0.909, 1.0] } },
    fresh309: { at: 'a812919 (stop 38, the analysis of d7ee4a7)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [1.0, 0.943], none: [0.909, 1.0] } },
    fresh310: { at: '455b7c6 (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.9], 'verbal-agreement': [0.941, 0.914], none: [0.866, 0.967] } },
    fresh311: { at: '6af9cb3 (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.886], none: [0.922, 0.983] } },
    fresh312: { at: '8ba6a5d (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.97, 0.914], none: [0.951, 0.967] } },
    fresh313: { at: 'af99fb9 (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.909, 1.0] } },
    fresh314: { at: 'dfcc929 (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [0.951, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.935, 0.967] } },
    fresh315: { at: 'e97b01d (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [0.974, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.892, 0.967] } },
    fresh316: { at: 'dd0f89a (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.938, 1.0] } },
    fresh317: { at: 'f04e2fd (stop 38, the analysis of 53bead8)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.971], none: [0.967, 0.983] } },
    fresh318: { at: '280e9a3 (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 0.886], none: [0.87, 1.0] } },
    fresh319: { at: 'eeb9329 (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [0.977, 0.933], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.881, 0.983] } },
    fresh320: { at: 'aaf0940 (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [1.0, 1.0], none: [0.938, 1.0] } },
    fresh321: { at: 'bfd6116 (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.971, 0.943], none: [0.938, 1.0] } },
    fresh322: { at: '89fe5d7 (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 1.0], none: [0.952, 1.0] } },
    fresh323: { at: '343faa5 (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.971], none: [0.896, 1.0] } },
    fresh324: { at: 'fda4852 (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.969, 0.886], none: [0.922, 0.983] } },
    fresh325: { at: 'e46e15d (stop 38, the analysis of f23c63d)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [1.0, 0.971], none: [0.952, 0.983] } },
    fresh326: { at: '1910c07 (stop 40, the analysis of 7fe29de)', figures: { 'vague-term': [1.0, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.857], none: [0.845, 1.0] } },
    fresh327: { at: '5d63fb5 (stop 40, the analysis of 7fe29de)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.943], none: [0.938, 1.0] } },
    fresh328: { at: '4af6ba1 (stop 40, the analysis of 7fe29de)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.984, 1.0] } },
    fresh329: { at: 'a303c8e (stop 40, the analysis of 7fe29de)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [0.975, 0.975], 'verbal-agreement': [1.0, 0.943], none: [0.937, 0.983] } },
    fresh330: { at: '7177c2b (stop 41, the analysis of 5cca8c1)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [0.976, 1.0], 'verbal-agreement': [0.971, 0.943], none: [0.983, 0.983] } },
    fresh331: { at: '38f1a57 (stop 41, the analysis of 5cca8c1)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.922, 0.983] } },
    fresh332: { at: 'ac5738e (stop 41, the analysis of 5cca8c1)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.914], none: [0.909, 1.0] } },
    fresh333: { at: '85f550e (stop 41, the analysis of 5cca8c1)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.972, 1.0], none: [0.967, 0.983] } },
    fresh334: { at: 'f55e0e8 (stop 42, the analysis of 46d1d7f)', figures: { 'vague-term': [0.957, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.967, 0.967] } },
    fresh335: { at: 'b897226 (stop 42, the analysis of 46d1d7f)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.972, 1.0], none: [0.951, 0.967] } },
    fresh336: { at: 'ca26178 (stop 42, the analysis of 46d1d7f)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 1.0], none: [0.968, 1.0] } },
    fresh337: { at: 'ec30aa6 (stop 42, the analysis of 46d1d7f)', figures: { 'vague-term': [0.957, 1.0], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 0.857], none: [0.906, 0.967] } },
    fresh338: { at: '6302f23 (stop 42, the analysis of 2237faa)', figures: { 'vague-term': [0.956, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.943], none: [0.935, 0.967] } },
    fresh339: { at: 'ca6eeac (stop 42, the analysis of 2237faa)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.914], none: [0.909, 1.0] } },
    fresh340: { at: '2b30aec (stop 42, the analysis of 2237faa)', figures: { 'vague-term': [0.952, 0.889], 'agreement-to-agree': [1.0, 0.925], 'verbal-agreement': [0.939, 0.886], none: [0.824, 0.933] } },
    fresh341: { at: 'd87777a (stop 42, the analysis of 2237faa)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.97, 0.914], none: [0.938, 1.0] } },
    fresh342: { at: '62a7af1 (stop 43, the analysis of d31a879)', figures: { 'vague-term': [1.0, 0.956], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [0.971, 0.943], none: [0.922, 0.983] } },
    fresh343: { at: '33eb003 (stop 43, the analysis of d31a879)', figures: { 'vague-term': [0.976, 0.911], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [0.941, 0.914], none: [0.891, 0.95] } },
    fresh344: { at: '4e1615b (stop 43, the analysis of d31a879)', figures: { 'vague-term': [0.953, 0.911], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [0.971, 0.971], none: [0.891, 0.95] } },
    fresh345: { at: '294ba68 (stop 43, the analysis of d31a879)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.829], none: [0.881, 0.983] } },
    fresh346: { at: '8d0a978 (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [0.978, 1.0], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.937, 0.983] } },
    fresh347: { at: '97a3383 (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.984, 1.0] } },
    fresh348: { at: '00f15a4 (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [1.0, 0.978], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.886], none: [0.923, 1.0] } },
    fresh349: { at: 'b019c13 (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [0.977, 0.956], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 1.0], none: [0.967, 0.983] } },
    fresh350: { at: '173b00e (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [1.0, 1.0], 'agreement-to-agree': [1.0, 1.0], 'verbal-agreement': [1.0, 0.971], none: [0.984, 1.0] } },
    fresh351: { at: '99131fe (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [1.0, 0.933], 'agreement-to-agree': [1.0, 0.975], 'verbal-agreement': [1.0, 1.0], none: [0.938, 1.0] } },
    fresh352: { at: 'be3da2c (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 1.0], none: [0.952, 0.983] } },
    fresh353: { at: 'dd67a24 (stop 44, the analysis of 4de78bc)', figures: { 'vague-term': [0.978, 0.978], 'agreement-to-agree': [1.0, 0.95], 'verbal-agreement': [1.0, 0.943], none: [0.938, 1.0] } },
  };
  const HONEST = 'fresh353';
  /**
   * Spent sets are held at 0.90 for every label, except where one round of tuning left a label below that: there, at the figure
   * the round reached (set 12 after round 10, set 13 after round 11, set 14 after round 12, stop 21; set 15 reached 0.90 everywhere after round 13, set 16 after round 14, set 17 after round 15, stop 22; set 18 after round 16, set 19 after round 17, set 20 after round 18, set 22 after round 19, set 23 after round 20, set 24 after round 21 and set 25 after round 22, stop 23; set 26 after round 23, stop 24; set 27 reached 0.90 everywhere after round 24, set 28 after round 25 and set 30 after round 27, stop 24; set 31 after round 28, sets 32 and 33 after round 29, sets 34 and 35 after round 30, sets 36 and 37 after round 31, stop 25; sets 38 and 39 after round 32, set 41 after round 33, sets 42 and 43 reached 0.90 everywhere after round 34, sets 44 and 45 after round 35, sets 46 and 47 after round 36, sets 48 and 49 after round 37, stop 26; sets 50 and 51 after round 38, sets 52 and 53 after round 39, sets 54 and 55 after round 40, sets 56 and 57 after round 41, sets 58 and 59 after round 42, set 61 after round 43 while set 60 kept verbal-agreement recall 0.886, stop 27), so that no later change loses what was gained.
   */
  const SPENT_FLOOR: Record<string, Record<string, [number, number]>> = {
    fresh12: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.885], none: [0.824, 0.9] },
    fresh13: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.8], none: [0.828, 0.9] },
    fresh14: { 'vague-term': [0.9, 0.8], 'agreement-to-agree': [0.9, 0.8], 'verbal-agreement': [0.9, 0.666], none: [0.697, 0.9] },
    fresh16: { 'vague-term': [0.9, 0.866], 'agreement-to-agree': [0.9, 0.825], 'verbal-agreement': [0.9, 0.885], none: [0.788, 0.9] },
    fresh17: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.825], 'verbal-agreement': [0.9, 0.9], none: [0.816, 0.9] },
    fresh18: { 'vague-term': [0.9, 0.844], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.657], none: [0.728, 0.9] },
    fresh22: { 'vague-term': [0.9, 0.888], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.771], none: [0.783, 0.9] },
    fresh23: { 'vague-term': [0.895, 0.955], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.828], none: [0.863, 0.9] },
    fresh24: { 'vague-term': [0.88, 0.822], 'agreement-to-agree': [0.9, 0.95], 'verbal-agreement': [0.9, 0.885], none: [0.805, 0.9] },
    fresh25: { 'vague-term': [0.9, 0.755], 'agreement-to-agree': [0.9, 0.8], 'verbal-agreement': [0.9, 0.942], none: [0.746, 0.9] },
    fresh26: { 'vague-term': [0.9, 0.644], 'agreement-to-agree': [0.9, 0.825], 'verbal-agreement': [0.9, 0.742], none: [0.64, 0.9] },
    // Measured once and not studied: held at its wire-in figures.
    fresh29: { 'vague-term': [0.9, 0.888], 'agreement-to-agree': [0.9, 0.85], 'verbal-agreement': [0.9, 0.657], none: [0.725, 0.9] },
    fresh41: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.885], none: [0.9, 0.9] },
    fresh60: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.885], none: [0.9, 0.9] },
    // Tuned on in round 44 (stop 28), which left one of its none sentences misjudged for every eight right.
    fresh63: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.9], none: [0.88, 0.9] },
    // Sets 337 and 340, held here at their figures after round 129, left with round 130 (stop 43), which brought every label of
    // sets 337 to 340 to 1.000: they are held at 0.90 for every label, as the other spent sets are.
    // Sets 343 and 344, held here at their wire-in figures (none precision 0.891) after they were measured at stop 43 with set 345,
    // left with round 131 (stop 43), which brought every label of sets 342 to 344 to 0.95 or more: they are held at 0.90 for every
    // label, as the other spent sets are.
    // The honest set of stop 43, spent unstudied at stop 44 when sets 346 to 353 replaced it: held at its wire-in figures where a
    // label is below 0.90.
    fresh345: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.82], none: [0.88, 0.9] },
    // Measured once at stop 44 with set 353 and not studied: held at its wire-in figure where a label is below 0.90 (4 of 35 informal
    // steps missed).
    fresh348: { 'vague-term': [0.9, 0.9], 'agreement-to-agree': [0.9, 0.9], 'verbal-agreement': [0.9, 0.88], none: [0.9, 0.9] },
  };
  const figuresOf = (set: string) => (result as unknown as Record<string, Figures>)[set]!;

  it.each(Object.keys(AT_WIRE_IN).filter((s) => s !== HONEST))('keeps the spent set %s at or above 0.90 for every label (or what its round of tuning reached)', (set) => {
    for (const label of LABELS as string[]) {
      const [precision, recall] = SPENT_FLOOR[set]?.[label] ?? [0.9, 0.9];
      expect(figuresOf(set)[label]!.support, label).toBeGreaterThan(0);
      expect(figuresOf(set)[label]!.precision, `${label} precision`).toBeGreaterThanOrEqual(precision);
      expect(figuresOf(set)[label]!.recall, `${label} recall`).toBeGreaterThanOrEqual(recall);
    }
  });

  it.each(LABELS as string[])(`keeps %s on the honest fresh set (${HONEST}, never tuned on) within 0.05 of its figures when it was wired in`, (label) => {
    const [precision, recall] = AT_WIRE_IN[HONEST]!.figures[label]!;
    expect(figuresOf(HONEST)[label]!.support, label).toBeGreaterThan(0);
    expect(figuresOf(HONEST)[label]!.precision, `${label} precision`).toBeGreaterThanOrEqual(precision - 0.05);
    expect(figuresOf(HONEST)[label]!.recall, `${label} recall`).toBeGreaterThanOrEqual(recall - 0.05);
  });

  /** The sets measured together with the honest set, pooled, at wire-in (stop 44, the analysis of 4de78bc): 1,440 sentences by eight hands. */
  const POOLED_AT_WIRE_IN: Record<string, [number, number]> = { 'vague-term': [0.989, 0.978], 'agreement-to-agree': [1.0, 0.978], 'verbal-agreement': [1.0, 0.964], none: [0.952, 0.994] };

  it('pools the sets measured with the honest set, and keeps them within 0.01 of their pooled figures when they were wired in', () => {
    const batch = honestBatch();
    expect(batch?.sets).toEqual(Array.from({ length: 8 }, (_, i) => `fresh${346 + i}`));
    const together = pooled(result, batch!.sets);
    for (const label of LABELS as string[]) {
      // The pool is the sum of the sets' counts, not the mean of their figures.
      const tp = batch!.sets.reduce((n: number, set: string) => n + figuresOf(set)[label]!.tp, 0);
      expect(together[label]!.tp, label).toBe(tp);
      expect(together[label]!.support, label).toBe(batch!.sets.reduce((n: number, set: string) => n + figuresOf(set)[label]!.support, 0));
      const [precision, recall] = POOLED_AT_WIRE_IN[label]!;
      expect(together[label]!.precision, `${label} precision`).toBeGreaterThanOrEqual(precision - 0.01);
      expect(together[label]!.recall, `${label} recall`).toBeGreaterThanOrEqual(recall - 0.01);
    }
  });

  it('never lists a misjudged sentence of the held-out fifth or the honest fresh set (they are never tuned on)', () => {
    const unseen = new Set(corpus.filter((e) => `fresh${e.fresh}` === HONEST || (e.heldout && !e.fresh)).map((e) => e.id));
    expect(unseen.size).toBeGreaterThan(200);
    for (const f of result.failures as { id: string }[]) expect(unseen.has(f.id), f.id).toBe(false);
  });

  it('never reports a language finding on a spent fresh sentence a lawyer finds fine (precision of the codes)', () => {
    for (const code of CODES as string[]) expect(result.fresh[code]!.precision, code).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the measure', () => {
  it('stops on a sentence whose analysis failed, rather than count it as nothing reported', async () => {
    // @ts-expect-error scripts/eval.mjs is plain JavaScript without declarations
    const { judge } = await import('../../scripts/eval.mjs');
    const failing = () => ({ diagnostics: [{ code: 'internal-error', message: 'boom', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] });
    expect(() => judge(failing, { id: 'x-001', text: 'The Supplier will respond promptly.' })).toThrow(/x-001: boom/);
    expect(judge(analyze, { id: 'x-002', text: 'The Supplier will respond promptly.' })).toEqual(['vague-term']);
  });
});
