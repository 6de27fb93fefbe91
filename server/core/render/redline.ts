/**
 * The rendered redline: the signing document of two versions of a contract,
 * each flattened to its lines (title, headings, numbered paragraphs, parties,
 * signature blocks: "units"), aligned line by line and, within a changed
 * line, sentence by sentence. A sentence is unchanged, inserted, deleted, or
 * changed (shown as the old sentence deleted and the new one inserted, as a
 * lawyer's redline does). The HTML redline (redline-html.ts) and the Word
 * document with tracked changes (docx.ts) both serialise this model, so they
 * mark the same sentences.
 *
 * The flat lines are also what the Word writer uses for a plain document, so
 * the .docx of `render` and of `diff` are built the same way.
 */
import { buildDocument, SIGNATURE_LINES, type DocBlock, type DocContract, type DocSection, type RenderedDocument } from './document.js';

/** The kind of a line of the flattened document. */
export type UnitKind =
  /** The error banner (a contract with errors is not ready to sign). */
  | 'banner'
  | 'title'
  | 'meta'
  /** A heading: `level` 1 (Parties, a numbered section) to 4; `numbered` when it carries a section number. */
  | 'heading'
  /** A sentence of the document's own ("This agreement is made between:"). */
  | 'text'
  /** A party of the parties list (its own numbering: 1., 2.). */
  | 'party'
  | 'party-detail'
  /** A paragraph of the agreement: numbered at `level` when `numbered`. */
  | 'paragraph'
  /** A further paragraph of numbered prose (indented, no number). */
  | 'continuation'
  /** An item of an introduced list (a bullet). */
  | 'list-item'
  | 'signature-party'
  | 'signature-line';

/** One line of the flattened document. */
export interface Unit {
  kind: UnitKind;
  /** Heading level (1–4); for numbered paragraphs, the numbering level (0-based) they take. */
  level: number;
  /** True when the line carries a section or paragraph number (Word numbers it itself). */
  numbered: boolean;
  /** The number the HTML and Markdown documents show ("2.1"), when numbered. */
  number?: string;
  /** The text, plain. */
  text: string;
  /** Character ranges of the text set in bold ([start, end)). */
  bold?: [number, number][];
  /** Which contract of the file it belongs to (numbering restarts with each contract). */
  contract: number;
}

/** Flattens a document model to its lines, in reading order. */
export function documentUnits(doc: RenderedDocument): Unit[] {
  const out: Unit[] = [];
  const push = (u: Omit<Unit, 'numbered' | 'level'> & Partial<Pick<Unit, 'numbered' | 'level'>>) => out.push({ numbered: false, level: 0, ...u });
  if (doc.problems.length) {
    const n = doc.problems.length;
    const lead = `This contract has ${n} error${n === 1 ? '' : 's'} and is not ready to sign.`;
    push({ kind: 'banner', text: `${lead} Correct the errors in the contract source, then render it again.`, bold: [[0, lead.length]], contract: 0 });
    for (const p of doc.problems) push({ kind: 'banner', text: `Line ${p.line + 1}: ${p.message.replace(/`/g, '')} (${p.code})`, contract: 0 });
  }
  if (doc.contracts.length === 0) push({ kind: 'text', text: 'This file contains no contract yet.', contract: 0 });
  doc.contracts.forEach((c, i) => contractUnits(c, i, push));
  return out;
}

function contractUnits(c: DocContract, contract: number, push: (u: Omit<Unit, 'numbered' | 'level'> & Partial<Pick<Unit, 'numbered' | 'level'>>) => void): void {
  push({ kind: 'title', text: c.title, contract });
  for (const m of c.meta) push({ kind: 'meta', text: `${m.label}: ${m.value}`, bold: [[0, m.label.length + 1]], contract });
  if (c.parties.length) {
    push({ kind: 'heading', level: 1, text: 'Parties', contract });
    push({ kind: 'text', text: 'This agreement is made between:', contract });
    for (const p of c.parties) {
      const short = p.shortName ? ` (“${p.shortName}”)` : '';
      push({ kind: 'party', text: `${p.legalName}${short}, the ${p.role}`, bold: [[0, p.legalName.length]], contract });
      if (p.address) push({ kind: 'party-detail', text: `Address: ${p.address}`, contract });
      if (p.notices) push({ kind: 'party-detail', text: `Formal notices to: ${p.notices}`, contract });
      for (const para of p.prose) push({ kind: 'party-detail', text: para, contract });
    }
  }
  if (c.background.length) {
    push({ kind: 'heading', level: 1, text: 'Background', contract });
    for (const b of c.background) blockUnits(b, undefined, contract, push);
  }
  const section = (s: DocSection, depth: number) => {
    push({ kind: 'heading', level: depth, numbered: true, number: s.number, text: s.title, contract });
    // Paragraphs are numbered one level below their section, unless the section has subsections (then they are its introduction).
    const level = s.subsections.length === 0 ? depth : undefined;
    for (const b of s.blocks) blockUnits(b, level, contract, push);
    for (const sub of s.subsections) section(sub, Math.min(depth + 1, 4));
  };
  for (const s of c.sections) section(s, 1);
  if (c.signatures.length) {
    push({ kind: 'heading', level: 1, text: 'Signatures', contract });
    push({ kind: 'text', text: 'Signed by the authorised representatives of the parties:', contract });
    for (const s of c.signatures) {
      push({ kind: 'signature-party', text: `For ${s.legalName}, the ${s.role}`, bold: [[4, 4 + s.legalName.length]], contract });
      for (const label of SIGNATURE_LINES) push({ kind: 'signature-line', text: label, contract });
    }
  }
}

function blockUnits(b: DocBlock, level: number | undefined, contract: number, push: (u: Omit<Unit, 'numbered' | 'level'> & Partial<Pick<Unit, 'numbered' | 'level'>>) => void): void {
  const numbered = level !== undefined && b.number !== undefined;
  const num = numbered ? { numbered: true, level: level!, number: b.number! } : {};
  switch (b.kind) {
    case 'paragraph':
      push({ kind: 'paragraph', text: b.text, contract, ...num });
      break;
    case 'prose':
      b.paragraphs.forEach((p, i) => push(i === 0 ? { kind: 'paragraph', text: p, contract, ...num } : { kind: 'continuation', text: p, contract, level: level ?? 0 }));
      break;
    case 'list':
      push({ kind: 'paragraph', text: b.intro, contract, ...num });
      for (const item of b.items) push({ kind: 'list-item', text: item.text, contract, level: level ?? 0 });
      break;
  }
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'no', 'nos', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'st', 'art', 'sec', 'cf', 'vs', 'approx', 'para', 'ibid', 'u.s', 'u.k', 'e.u']);

/**
 * Splits a text into sentences. Each piece keeps the spaces that follow it,
 * so the pieces joined are the text. A sentence ends at `.`, `!` or `?`
 * (with any closing quote or bracket) followed by a space and a capital, a
 * digit or an opening quote or bracket; a full stop after an abbreviation or
 * a single capital (an initial) does not end one.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?]["”’)\]]*(\s+)(?=["“‘(\[]?[A-Z0-9])/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (text[m.index] === '.') {
      const before = text.slice(start, m.index);
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) continue;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length || out.length === 0) out.push(text.slice(start));
  return out;
}

// ---------------------------------------------------------------------------
// Alignment
// ---------------------------------------------------------------------------

/** One step of an alignment of two sequences. */
export type AlignStep = { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

/** The largest table the longest-common-subsequence alignment fills (cells); a larger middle is first cut at anchors. */
const MAX_CELLS = 4_000_000;
/** How many times a middle too large for the table is cut at anchors, one inside another, before its rest is taken as replaced. */
const MAX_ANCHOR_DEPTH = 6;

/**
 * Aligns two sequences whose items are equal when their keys are: the
 * common prefix and suffix first, then the longest common subsequence of the
 * middle by a table. A middle too large for the table is first cut at
 * anchors, the items whose key occurs once in each side (kept in order, as
 * patience diff does), and each piece between two anchors is aligned alike.
 * The deletions of a gap come before its insertions.
 */
export function alignSequences<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): AlignStep[] {
  const steps: AlignStep[] = [];
  alignRange(a.map(key), b.map(key), 0, a.length, 0, b.length, steps, 0);
  return groupGaps(steps);
}

function alignRange(ka: readonly string[], kb: readonly string[], a0: number, a1: number, b0: number, b1: number, out: AlignStep[], depth: number): void {
  while (a0 < a1 && b0 < b1 && ka[a0] === kb[b0]) out.push({ op: 'equal', a: a0++, b: b0++ });
  let suf = 0;
  while (a1 - suf > a0 && b1 - suf > b0 && ka[a1 - 1 - suf] === kb[b1 - 1 - suf]) suf++;
  const aEnd = a1 - suf;
  const bEnd = b1 - suf;
  const n = aEnd - a0;
  const m = bEnd - b0;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) lcsAlign(ka, kb, a0, aEnd, b0, bEnd, out);
  else if (n > 0 && m > 0 && depth < MAX_ANCHOR_DEPTH && anchorAlign(ka, kb, a0, aEnd, b0, bEnd, out, depth)) {
    // Aligned piece by piece between anchors.
  } else {
    for (let i = a0; i < aEnd; i++) out.push({ op: 'delete', a: i });
    for (let j = b0; j < bEnd; j++) out.push({ op: 'insert', b: j });
  }
  for (let k = 0; k < suf; k++) out.push({ op: 'equal', a: aEnd + k, b: bEnd + k });
}

/** The longest common subsequence of ka[a0..a1) and kb[b0..b1) by a table. */
function lcsAlign(ka: readonly string[], kb: readonly string[], a0: number, a1: number, b0: number, b1: number, out: AlignStep[]): void {
  const n = a1 - a0;
  const m = b1 - b0;
  // lcs[i][j]: the longest common subsequence of ka[a0+i..a1) and kb[b0+j..b1).
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = ka[a0 + i] === kb[b0 + j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[a0 + i] === kb[b0 + j]) out.push({ op: 'equal', a: a0 + i++, b: b0 + j++ });
    else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) out.push({ op: 'delete', a: a0 + i++ });
    else out.push({ op: 'insert', b: b0 + j++ });
  }
  while (i < n) out.push({ op: 'delete', a: a0 + i++ });
  while (j < m) out.push({ op: 'insert', b: b0 + j++ });
}

/**
 * Cuts a range at its anchors (keys found once on each side, the longest run
 * of them in the same order on both) and aligns the pieces between them.
 * Returns false when there is no anchor.
 */
function anchorAlign(ka: readonly string[], kb: readonly string[], a0: number, a1: number, b0: number, b1: number, out: AlignStep[], depth: number): boolean {
  const count = new Map<string, { a: number; b: number; ai: number; bj: number }>();
  for (let i = a0; i < a1; i++) {
    const c = count.get(ka[i]!) ?? { a: 0, b: 0, ai: -1, bj: -1 };
    c.a++;
    c.ai = i;
    count.set(ka[i]!, c);
  }
  for (let j = b0; j < b1; j++) {
    const c = count.get(kb[j]!);
    if (!c) continue;
    c.b++;
    c.bj = j;
  }
  const pairs: [number, number][] = [];
  for (const c of count.values()) if (c.a === 1 && c.b === 1) pairs.push([c.ai, c.bj]);
  if (pairs.length === 0) return false;
  pairs.sort((x, y) => x[0] - y[0]);
  // The longest increasing subsequence of the b positions (patience sorting).
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < pairs[k]![1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const anchors: [number, number][] = [];
  for (let k = tails[tails.length - 1]!; k >= 0; k = prev[k]!) anchors.push(pairs[k]!);
  anchors.reverse();
  let pa = a0;
  let pb = b0;
  for (const [i, j] of anchors) {
    alignRange(ka, kb, pa, i, pb, j, out, depth + 1);
    out.push({ op: 'equal', a: i, b: j });
    pa = i + 1;
    pb = j + 1;
  }
  alignRange(ka, kb, pa, a1, pb, b1, out, depth + 1);
  return true;
}

/** Puts the deletions of each gap between two equal steps before its insertions. */
function groupGaps(steps: AlignStep[]): AlignStep[] {
  const out: AlignStep[] = [];
  let dels: AlignStep[] = [];
  let ins: AlignStep[] = [];
  const flush = () => {
    for (const s of dels) out.push(s);
    for (const s of ins) out.push(s);
    dels = [];
    ins = [];
  };
  for (const s of steps) {
    if (s.op === 'delete') dels.push(s);
    else if (s.op === 'insert') ins.push(s);
    else {
      flush();
      out.push(s);
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------
// The redline
// ---------------------------------------------------------------------------

/** A piece of a line of the redline: a sentence (or part of one) kept, inserted or deleted. */
export interface RedlineSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** Ranges of this segment's text set in bold (relative to the segment). */
  bold?: [number, number][];
}

/** A line of the redline. */
export interface RedlineUnit {
  /** The line as the new version has it (or the old one, for a deleted line): kind, level, numbering, contract. */
  unit: Unit;
  status: 'equal' | 'inserted' | 'deleted' | 'changed';
  /** The number the line had in the old version, when it had one and it differs. */
  oldNumber?: string;
  segments: RedlineSegment[];
}

/** Counts of the sentences of a redline. */
export interface RedlineStats {
  /** Sentences only in the new version. */
  inserted: number;
  /** Sentences only in the old version. */
  deleted: number;
  /** Sentences replaced by another (each marked as a deletion and an insertion). */
  changed: number;
  /** Lines (paragraphs, headings, …) with at least one change. */
  changedUnits: number;
}

/** The redline of two versions. */
export interface Redline {
  units: RedlineUnit[];
  stats: RedlineStats;
  /** The titles of the new version's document (or the old one's, when the new one has none). */
  title: string;
}

/** Two lines are the same line when their kind, level, numbering and text are. */
const unitKey = (u: Unit) => `${u.kind}\u0000${u.level}\u0000${u.numbered ? 1 : 0}\u0000${u.text}`;
const compatible = (x: Unit, y: Unit) => x.kind === y.kind && x.numbered === y.numbered && (x.kind !== 'heading' || x.level === y.level);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}%]+/gu) ?? [];
}

/** How alike two texts are, by their words (Dice coefficient of the word multisets), 0 to 1. */
export function similarity(x: string, y: string): number {
  return wordSimilarity(words(x), words(y));
}

function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Two lines are the same line changed when they are of one kind and share at least this share of their words. */
const CHANGED_LINE_SIMILARITY = 0.4;
/** The largest gap (old lines × new lines) paired by the best total similarity; beyond, lines are paired in order. */
const MAX_GAP_CELLS = 250_000;

/**
 * Pairs the old and new lines of a gap that are the same line changed: the
 * pairing with the greatest total similarity that keeps their order.
 * Returns pairs of indices into `olds` and `news`.
 */
function pairGap(olds: Unit[], news: Unit[]): [number, number][] {
  const n = olds.length;
  const m = news.length;
  if (n === 0 || m === 0) return [];
  const oldWords = olds.map((u) => words(u.text));
  const newWords = news.map((u) => words(u.text));
  const score = (i: number, j: number) => {
    if (!compatible(olds[i]!, news[j]!)) return 0;
    const s = wordSimilarity(oldWords[i]!, newWords[j]!);
    return s >= CHANGED_LINE_SIMILARITY ? s : 0;
  };
  if (n * m > MAX_GAP_CELLS) {
    const pairs: [number, number][] = [];
    let j = 0;
    for (let i = 0; i < n && j < m; i++) {
      for (let k = j; k < Math.min(m, j + 20); k++) {
        if (score(i, k) > 0) {
          pairs.push([i, k]);
          j = k + 1;
          break;
        }
      }
    }
    return pairs;
  }
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j);
      best[i * w + j] = Math.max(best[(i + 1) * w + j]!, best[i * w + j + 1]!, s > 0 ? s + best[(i + 1) * w + j + 1]! : 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(i, j);
    if (s > 0 && best[i * w + j] === s + best[(i + 1) * w + j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i * w + j] === best[(i + 1) * w + j]) i++;
    else j++;
  }
  return pairs;
}

/** The bold ranges of `unit` that fall in [start, end), relative to start. */
function boldIn(unit: Unit, start: number, end: number): [number, number][] | undefined {
  const out: [number, number][] = [];
  for (const [s, e] of unit.bold ?? []) {
    const a = Math.max(s, start);
    const b = Math.min(e, end);
    if (a < b) out.push([a - start, b - start]);
  }
  return out.length ? out : undefined;
}

/** The whole line as one kind of segment per sentence. */
function wholeUnit(unit: Unit, op: RedlineSegment['op']): RedlineSegment[] {
  let at = 0;
  return splitSentences(unit.text).map((text) => {
    const bold = boldIn(unit, at, at + text.length);
    at += text.length;
    return bold ? { op, text, bold } : { op, text };
  });
}

/** A changed line, sentence by sentence: sentences kept, and each run of differing sentences as deletions then insertions. */
function changedSegments(oldUnit: Unit, newUnit: Unit, stats: RedlineStats): RedlineSegment[] {
  const a = splitSentences(oldUnit.text);
  const b = splitSentences(newUnit.text);
  const startsA: number[] = [];
  const startsB: number[] = [];
  a.reduce((at, s) => (startsA.push(at), at + s.length), 0);
  b.reduce((at, s) => (startsB.push(at), at + s.length), 0);
  const steps = alignSequences(a, b, (x) => x.trim());
  const out: RedlineSegment[] = [];
  const seg = (op: RedlineSegment['op'], unit: Unit, text: string, start: number) => {
    const bold = boldIn(unit, start, start + text.length);
    out.push(bold ? { op, text, bold } : { op, text });
  };
  let dels = 0;
  let ins = 0;
  const closeRun = () => {
    const paired = Math.min(dels, ins);
    stats.changed += paired;
    stats.deleted += dels - paired;
    stats.inserted += ins - paired;
    dels = 0;
    ins = 0;
  };
  for (const s of steps) {
    if (s.op === 'equal') {
      closeRun();
      seg('equal', newUnit, b[s.b]!, startsB[s.b]!);
    } else if (s.op === 'delete') {
      dels++;
      seg('delete', oldUnit, a[s.a]!, startsA[s.a]!);
    } else {
      ins++;
      seg('insert', newUnit, b[s.b]!, startsB[s.b]!);
    }
  }
  closeRun();
  return out;
}

/** Aligns the lines of two documents and marks what changed, sentence by sentence. */
export function redlineUnits(oldUnits: readonly Unit[], newUnits: readonly Unit[]): { units: RedlineUnit[]; stats: RedlineStats } {
  const stats: RedlineStats = { inserted: 0, deleted: 0, changed: 0, changedUnits: 0 };
  const units: RedlineUnit[] = [];
  const steps = alignSequences(oldUnits, newUnits, unitKey);
  const deleted = (u: Unit): RedlineUnit => {
    const segments = wholeUnit(u, 'delete');
    stats.deleted += segments.length;
    stats.changedUnits++;
    return { unit: u, status: 'deleted', segments };
  };
  const inserted = (u: Unit): RedlineUnit => {
    const segments = wholeUnit(u, 'insert');
    stats.inserted += segments.length;
    stats.changedUnits++;
    return { unit: u, status: 'inserted', segments };
  };
  let k = 0;
  while (k < steps.length) {
    const s = steps[k]!;
    if (s.op === 'equal') {
      const o = oldUnits[s.a]!;
      const n = newUnits[s.b]!;
      const r: RedlineUnit = { unit: n, status: 'equal', segments: wholeUnit(n, 'equal') };
      if (o.number !== n.number && o.number !== undefined) r.oldNumber = o.number;
      units.push(r);
      k++;
      continue;
    }
    // A gap: the old lines deleted and the new lines inserted between two kept lines.
    const olds: Unit[] = [];
    const news: Unit[] = [];
    while (k < steps.length && steps[k]!.op !== 'equal') {
      const g = steps[k]!;
      if (g.op === 'delete') olds.push(oldUnits[g.a]!);
      else if (g.op === 'insert') news.push(newUnits[g.b]!);
      k++;
    }
    const pairs = pairGap(olds, news);
    let i = 0;
    let j = 0;
    for (const [pi, pj] of pairs) {
      // Lines before the pair: the old ones deleted first, then the new ones inserted, in place.
      while (i < pi) units.push(deleted(olds[i++]!));
      while (j < pj) units.push(inserted(news[j++]!));
      const o = olds[i++]!;
      const n = news[j++]!;
      const r: RedlineUnit = { unit: n, status: 'changed', segments: changedSegments(o, n, stats) };
      if (o.number !== n.number && o.number !== undefined) r.oldNumber = o.number;
      stats.changedUnits++;
      units.push(r);
    }
    while (i < olds.length) units.push(deleted(olds[i++]!));
    while (j < news.length) units.push(inserted(news[j++]!));
  }
  return { units, stats };
}

/** The redline of two rendered documents (build them with `signing: true` for the agreement as signed). */
export function redlineDocuments(oldDoc: RenderedDocument, newDoc: RenderedDocument): Redline {
  const { units, stats } = redlineUnits(documentUnits(oldDoc), documentUnits(newDoc));
  return { units, stats, title: newDoc.contracts.length ? newDoc.title : oldDoc.title };
}

/** Convenience for callers holding parse results: the signing documents of both, redlined. */
export function redlineParsed(oldParsed: Parameters<typeof buildDocument>[0], newParsed: Parameters<typeof buildDocument>[0]): Redline {
  return redlineDocuments(buildDocument(oldParsed, [], { signing: true }), buildDocument(newParsed, [], { signing: true }));
}
