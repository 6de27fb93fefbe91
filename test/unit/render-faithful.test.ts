/**
 * The rendered document says what the contract says, and no more (issue 11).
 *
 * For every statement of both examples (this repository's and the design
 * copies in /work/shared/examples, when present) and of the version-2 SaaS
 * fixture, the signing copy has a sentence, and every figure (number, amount,
 * duration, percentage, date) and every name in that sentence comes from the
 * source: figures are extracted from the rendered text and looked up, as
 * numbers, among the numbers of the source; names (capitalised words) must be
 * words of the source, or the language's reading of a word the source uses
 * ("EU" → "the European Union"). The check is generic: it knows no sentence.
 *
 * The signing copy has a signature block for every party, no review notes, no
 * obligations table and no footer claim; the review copy keeps its notes
 * apart from the numbered text and labelled. Definitions of the language's
 * terms appear only when the contract opts in with `definitions included`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, SCHEMA, type Statement } from '../../grammar/index.js';
import { buildDocument, renderHtml, renderMarkdown, WORD_PHRASES, type DocSection, type RenderedDocument } from '../../server/core/render/index.js';

const SOURCES: Record<string, string> = {};
for (const dir of [path.join(__dirname, '../../examples'), '/work/shared/examples']) {
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.contract'))) SOURCES[`${path.basename(dir)}/${f}`] = fs.readFileSync(path.join(dir, f), 'utf8');
}
SOURCES['fixtures/saas-v2.contract'] = fs.readFileSync(path.join(__dirname, '../fixtures/render/saas-v2.contract'), 'utf8');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Statements shown in the title block, the parties or the Definitions section, or as headings and prose, not as sentences. */
const NOT_A_SENTENCE = new Set(['contract', 'id', 'effective', 'governing_law', 'definitions', 'party', 'address', 'notices', 'text']);
// A block statement written without its block (`service network "Network upkeep"`) is a heading too.
for (const kind of Object.keys(SCHEMA) as (keyof typeof SCHEMA)[]) for (const spec of SCHEMA[kind]) if (spec.opens) NOT_A_SENTENCE.add(spec.keyword);

/** The words of the contract outside comments: its own names and the language words it uses. */
function sourceWords(source: string): Set<string> {
  const code = source.replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  const words = new Set(code.split(/[^A-Za-z0-9]+/).filter(Boolean));
  // A word of a closed set may be read aloud by the language ("EU" → "the European Union"): its reading's words come from the source too.
  for (const set of Object.values(WORD_PHRASES)) {
    for (const [word, phrase] of Object.entries(set)) {
      if (new RegExp(`\\b${word}\\b`).test(code)) for (const w of phrase.split(/[^A-Za-z0-9]+/)) if (w) words.add(w);
    }
  }
  return words;
}

/** Every number written in the contract (comments aside), `_` and trailing zeros ignored: 12500.00 and 12_500 are 12500. */
function sourceNumbers(source: string): Set<number> {
  const code = source.replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  return new Set([...code.matchAll(/\d[\d_]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/_/g, ''))));
}

/** Every date written in the contract, as YYYY-MM-DD. */
function sourceDates(source: string): Set<string> {
  return new Set([...source.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0]));
}

/** The figures and names of a rendered sentence that do not come from the source. */
export function foreignFacts(sentence: string, source: string): string[] {
  const out: string[] = [];
  let rest = sentence;
  // Dates in words ("1 January 2027") must be dates of the source.
  const dates = sourceDates(source);
  rest = rest.replace(new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'g'), (all, d: string, m: string, y: string) => {
    const iso = `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (!dates.has(iso)) out.push(all);
    return ' ';
  });
  // Numbers (amounts grouped with commas, percentages, durations) must be numbers of the source.
  const numbers = sourceNumbers(source);
  rest = rest.replace(/\d[\d,]*(?:\.\d+)?/g, (all) => {
    const n = Number(all.replace(/,(?=\d{3})/g, '').replace(/,$/, ''));
    if (!numbers.has(n)) out.push(all);
    return ' ';
  });
  // Number words are figures too; the one the language supplies is the measurement period a credit is a share of, a month when the SLA states none.
  const words = sourceWords(source);
  // ("one-off" and "one-time" fees are kinds of fee, `once`, not figures.)
  const defaults = rest.replace(/\bthe fee for one (hour|day|week|month|quarter|year)\b/g, ' ').replace(/\bone-(off|time)\b/g, ' ');
  for (const m of defaults.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|half|double)\b/gi)) if (!words.has(m[0])) out.push(m[0]);
  // Names: capitalised words that do not start a sentence or a clause after a colon.
  const ROLES = new Set(['Provider', 'Client']);
  for (const m of rest.matchAll(/(^|[.:;!?]\s+)?\b([A-Z][A-Za-z0-9]*)\b/g)) {
    const [, lead, word] = m;
    if (lead !== undefined || m.index === 0) continue;
    if (ROLES.has(word!) || words.has(word!)) continue;
    out.push(word!);
  }
  return out;
}

/** Each statement of a contract that the document must write as a sentence, with its 0-based line. */
function sentenceStatements(source: string): { stmt: Statement; line: number; text: string }[] {
  const parsed = parse(source);
  const lines = source.split('\n');
  const out: { stmt: Statement; line: number; text: string }[] = [];
  const walk = (s: Statement) => {
    if (s.block) {
      for (const inner of s.block.statements) walk(inner);
      return;
    }
    if (s.keyword === undefined || NOT_A_SENTENCE.has(s.keyword)) return;
    const line = parsed.lines.line(s.lineSpan.start);
    out.push({ stmt: s, line, text: lines[line]!.trim() });
  };
  for (const s of parsed.statements) walk(s);
  return out;
}

/** The sentences of a document by source line: paragraphs, and the items of a list (the exclusions from scope). */
function sentencesByLine(doc: RenderedDocument): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (line: number, text: string) => out.set(line, [...(out.get(line) ?? []), text]);
  const walk = (s: DocSection) => {
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') add(b.line, b.text);
      else if (b.kind === 'list') for (const i of b.items) add(i.line, i.text);
    }
    s.subsections.forEach(walk);
  };
  for (const c of doc.contracts) c.sections.forEach(walk);
  return out;
}

function allNotes(doc: RenderedDocument): string[] {
  const out: string[] = [];
  const walk = (s: DocSection) => {
    for (const b of s.blocks) if (b.kind === 'paragraph') out.push(...b.notes);
    s.subsections.forEach(walk);
  };
  for (const c of doc.contracts) c.sections.forEach(walk);
  return out;
}

describe('the extraction of figures and names', () => {
  const source = 'contract "T" {\n  data_protection {\n    comply HIPAA\n    location EU\n  }\n  payment {\n    fee 12500.00 USD monthly\n  }\n  effective 2027-01-01\n}\n';
  it('accepts figures and names the source states, however they are written', () => {
    expect(foreignFacts('The Client shall pay the Provider a fee of 12,500.00 USD per month.', source)).toEqual([]);
    expect(foreignFacts("The Client's data shall be stored and processed only in the European Union.", source)).toEqual([]);
    expect(foreignFacts('This agreement begins on 1 January 2027.', source)).toEqual([]);
    expect(foreignFacts('The Provider shall comply with HIPAA.', source)).toEqual([]);
  });
  it('catches a narrowed regulation, an invented figure, a computed date and an added definition', () => {
    expect(foreignFacts('The Provider shall comply with the Health Insurance Portability and Accountability Act (HIPAA) Breach Notification Rule.', source)).toEqual(
      expect.arrayContaining(['Breach', 'Notification', 'Rule']),
    );
    expect(foreignFacts('The Client reimburses expenses up to 1,000 USD per month.', source)).toEqual(['1,000']);
    expect(foreignFacts('The initial term runs for 24 months, through 31 December 2028.', source)).toEqual(expect.arrayContaining(['31 December 2028', '24']));
    expect(foreignFacts('The service is available during business hours (Monday to Friday, 9:00–17:00).', source)).toEqual(expect.arrayContaining(['Monday', 'Friday', '9', '17']));
  });
});

describe.each(Object.keys(SOURCES))('the signing copy of %s', (name) => {
  const source = SOURCES[name]!;
  const parsed = parse(source);
  const doc = buildDocument(parsed, [], { signing: true });
  const sentences = sentencesByLine(doc);
  const statements = sentenceStatements(source);

  it('writes every statement as a sentence', () => {
    expect(statements.length).toBeGreaterThan(5);
    const missing = statements.filter((s) => !sentences.has(s.line)).map((s) => `line ${s.line + 1}: ${s.text}`);
    expect(missing).toEqual([]);
  });

  it('takes every figure and name of every sentence from the source', () => {
    const foreign: string[] = [];
    for (const s of statements) {
      for (const text of sentences.get(s.line) ?? []) {
        const facts = foreignFacts(text, source);
        if (facts.length) foreign.push(`line ${s.line + 1} (${s.text}) → "${text}": ${facts.join(', ')}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('names each regulation of comply as written, never one of its rules', () => {
    for (const s of statements.filter((x) => x.stmt.keyword === 'comply')) {
      const text = sentences.get(s.line)![0]!;
      expect(text).toMatch(/^The Provider shall comply with [^.]*\.$/);
      expect(text).not.toMatch(/Rule|Regulation|Act|\(/);
    }
  });

  it('has a signature block per party, no review notes, no obligations table and no footer claim', () => {
    const parties = parsed.ast.contracts.flatMap((c) => c.parties);
    expect(parties.length).toBeGreaterThan(0);
    expect(doc.contracts.flatMap((c) => c.signatures).map((s) => s.legalName)).toEqual(parties.map((p) => p.legalName?.value));
    expect(allNotes(doc)).toEqual([]);
    expect(doc.contracts.every((c) => c.obligations.length === 0)).toBe(true);
    const html = renderHtml(parsed, { signing: true, fileName: 'x.contract' }).replace(/<style[\s\S]*?<\/style>/, '');
    for (const out of [html, renderMarkdown(parsed, { signing: true, fileName: 'x.contract' })]) {
      for (const p of parties) {
        const block = out.split(p.legalName!.value)[2] ?? '';
        for (const line of ['Signature', 'Name', 'Title', 'Date']) expect(block.slice(0, 800)).toContain(line);
      }
      for (const absent of ['Review note', 'Review copy', 'cw-note', 'Obligations at a glance', 'Rendered by Clausewise', 'authoritative', '<footer']) expect(out).not.toContain(absent);
    }
  });

  it('keeps the review notes of the review copy apart from the numbered text, labelled', () => {
    const html = renderHtml(parsed, { fileName: 'x.contract' });
    const review = buildDocument(parsed);
    const notes = allNotes(review);
    if (notes.length === 0) return;
    expect(html).toContain('<aside class="cw-note" role="note"');
    // No numbered paragraph carries a note inside it: each note sits in an aside after the paragraph.
    for (const para of html.matchAll(/<div class="cw-para"[^>]*>([\s\S]*?)<\/div>/g)) expect(para[1]).not.toContain('cw-note');
    const withNotes = (() => {
      let n = 0;
      const walk = (s: DocSection) => {
        for (const b of s.blocks) if (b.kind === 'paragraph' && b.notes.length) n++;
        s.subsections.forEach(walk);
      };
      for (const c of review.contracts) c.sections.forEach(walk);
      return n;
    })();
    expect(html.split('<aside class="cw-note" role="note"').length - 1).toBe(withNotes);
    expect(html.split('Review note, not part of the agreement').length - 1).toBe(withNotes);
    expect(renderMarkdown(parsed)).toContain('> *Review note:* ');
  });
});

describe('definitions of the language terms', () => {
  const body = `  party provider p "P"\n  party client c "C"\n  scope {\n    service s "S" {\n      hours business\n    }\n  }\n  sla x for s {\n    priority p1 respond within 2 business_hours resolve within 1 business_day\n  }\n`;
  const without = `contract "T" {\n${body}}\n`;
  const opted = `contract "T" {\n  definitions included\n${body}}\n`;

  it('are not written into the signing copy when the contract does not state them', () => {
    const md = renderMarkdown(parse(without), { signing: true });
    for (const added of ['9:00', '17:00', 'Monday', 'Friday', 'time zone', 'public holiday', 'Definitions']) expect(md).not.toContain(added);
    expect(md).toContain('The service is available during business hours.');
  });

  it('are pointed out in the review copy, once per term, at its first use', () => {
    const notes = allNotes(buildDocument(parse(without)));
    expect(notes.filter((n) => n.startsWith('This agreement does not define business hours'))).toHaveLength(1);
    expect(notes.filter((n) => n.startsWith('This agreement does not define business days'))).toHaveLength(1);
  });

  it('are written out first, in a Definitions section, when the contract says definitions included', () => {
    const doc = buildDocument(parse(opted), [], { signing: true });
    const first = doc.contracts[0]!.sections[0]!;
    expect(first.number).toBe('1');
    expect(first.title).toBe('Definitions');
    expect(first.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '“Business day” means a day from Monday to Friday; a period counted in business days counts only those days.',
      '“Business hours” means 9:00 to 17:00, Monday to Friday, in the Client’s time zone; a period counted in business hours runs only during them.',
    ]);
    expect(allNotes(buildDocument(parse(opted)))).toEqual([]);
  });

  it('list only the terms the contract uses, and none when it uses none', () => {
    const hoursOnly = `contract "T" {\n  definitions included\n  scope {\n    service s "S" {\n      hours business\n    }\n  }\n}\n`;
    expect(buildDocument(parse(hoursOnly)).contracts[0]!.sections[0]!.blocks).toHaveLength(1);
    const none = `contract "T" {\n  definitions included\n  scope {\n    service s "S" {\n      hours 24x7\n    }\n  }\n}\n`;
    expect(buildDocument(parse(none)).contracts[0]!.sections.map((s) => s.title)).toEqual(['Scope of services']);
    expect(buildDocument(parse(opted.replace('included', 'none'))).contracts[0]!.sections.map((s) => s.title)).not.toContain('Definitions');
  });
});
