/**
 * The signing document as a Word document (.docx), written with the `docx`
 * library (WordprocessingML: document, styles, numbering, settings):
 *
 * - {@link documentDocx}: the agreement as `render` has it — title, the facts
 *   of the title block, the parties, numbered sections and paragraphs (Word's
 *   own multilevel numbering, so the numbers follow edits made in Word), prose,
 *   lists, and a signature block for every party — on A4 or US Letter.
 * - {@link redlineDocx}: the new version of a contract with real tracked
 *   changes from the redline (redline.ts): every inserted sentence a `w:ins`
 *   and every deleted one a `w:del`, attributed to an author and a date, so
 *   the other side can accept or reject each change in Word. A line inserted
 *   or deleted as a whole also has its paragraph mark marked, so accepting the
 *   change removes or keeps the paragraph itself.
 *
 * Both build the same paragraphs from the flat lines of the document
 * (`documentUnits`), so a tracked-change document accepted in full reads as
 * the new version rendered. Text is cleaned of characters XML cannot carry.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LeaderType,
  LevelFormat,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
  type ILevelsOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { RenderedDocument } from './document.js';
import { documentUnits, type Redline, type RedlineSegment, type RedlineUnit, type Unit } from './redline.js';

/** Options of the Word writers. */
export interface DocxOptions {
  /** Page size (default A4). */
  paper?: 'a4' | 'letter';
  /** The file the document was rendered from, for the document's properties. */
  fileName?: string;
}

/** Options of {@link redlineDocx}. */
export interface RedlineDocxOptions extends DocxOptions {
  /** The author Word shows for every tracked change. */
  author: string;
  /** When the changes were made (default: now). */
  date?: Date;
}

/** Page sizes in twentieths of a point: A4 (210 × 297 mm) and US Letter (8.5 × 11 in). */
export const PAGE_SIZES = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;

/** One inch, in twentieths of a point: the page margins. */
const MARGIN = 1440;

const SECTIONS = 'cw-sections';
const PARTIES = 'cw-parties';
const BULLETS = 'cw-bullets';

/** Indent of numbering level `i`, in twentieths of a point. */
const indentOf = (level: number) => ({ left: 567 * (level + 1), hanging: 567 });

/** Word's numbering of the sections: 1. / 1.1 / 1.1.1 / 1.1.1.1, each level restarting under the one above. */
const SECTION_LEVELS: ILevelsOptions[] = ['%1.', '%1.%2', '%1.%2.%3', '%1.%2.%3.%4'].map((text, level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: indentOf(level) } },
}));

/** Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/FFFF), dropped; line breaks and tabs become spaces. */
export function xmlSafe(text: string): string {
  return (
    text
      .replace(/[\t\r\n]+/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

/** Splits a segment into pieces by its bold ranges. */
function pieces(seg: RedlineSegment): { text: string; bold: boolean }[] {
  if (!seg.bold?.length) return [{ text: seg.text, bold: false }];
  const out: { text: string; bold: boolean }[] = [];
  let at = 0;
  for (const [s, e] of [...seg.bold].sort((x, y) => x[0] - y[0])) {
    if (s > at) out.push({ text: seg.text.slice(at, s), bold: false });
    if (e > Math.max(s, at)) out.push({ text: seg.text.slice(Math.max(s, at), e), bold: true });
    at = Math.max(at, e);
  }
  if (at < seg.text.length) out.push({ text: seg.text.slice(at), bold: false });
  return out.filter((p) => p.text.length > 0);
}

/** Writes tracked changes: one revision id per mark, unique in the document. */
class Revisions {
  private next = 1;
  readonly date: string;
  constructor(
    readonly author: string,
    date: Date,
  ) {
    // Word reads the date without milliseconds.
    this.date = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  mark() {
    return { id: this.next++, author: this.author, date: this.date };
  }
}

/** The runs of a line: plain, or inserted and deleted sentences as tracked changes. */
function runsOf(segments: RedlineSegment[], unit: Unit, revisions: Revisions | undefined): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const signatureTab = unit.kind === 'signature-line';
  segments.forEach((seg, k) => {
    const parts = pieces(seg);
    // The blank of a signature line is a tab to an underscore leader, after the label.
    if (signatureTab && k === segments.length - 1) parts.push({ text: '\t', bold: false });
    for (const p of parts) {
      const text = p.text === '\t' ? '' : xmlSafe(p.text);
      const options = { ...(p.text === '\t' ? { children: ['\t'] } : { text }), ...(p.bold ? { bold: true } : {}) };
      if (seg.op === 'equal' || !revisions) runs.push(new TextRun(options));
      else if (seg.op === 'insert') runs.push(new InsertedTextRun({ ...options, ...revisions.mark() }));
      else runs.push(new DeletedTextRun({ ...options, ...revisions.mark() }));
    }
  });
  return runs;
}

/** The paragraph options of a line: its style, numbering and spacing. */
function paragraphOptions(unit: Unit): IParagraphOptions {
  const instance = unit.contract + 1;
  switch (unit.kind) {
    case 'banner':
      return { style: 'CwBanner' };
    case 'title':
      return { heading: HeadingLevel.TITLE, ...(unit.contract > 0 ? { pageBreakBefore: true } : {}) };
    case 'meta':
      return { style: 'CwMeta' };
    case 'heading': {
      const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][Math.min(Math.max(unit.level, 1), 4) - 1]!;
      const numbering = unit.numbered ? { numbering: { reference: SECTIONS, level: Math.min(Math.max(unit.level - 1, 0), 3), instance } } : {};
      // The signature blocks start on a page of their own.
      return { heading, keepNext: true, ...numbering, ...(unit.text === 'Signatures' && !unit.numbered ? { pageBreakBefore: true } : {}) };
    }
    case 'text':
      return {};
    case 'party':
      return { numbering: { reference: PARTIES, level: 0, instance }, keepNext: true };
    case 'party-detail':
      return { indent: { left: indentOf(0).left }, style: 'CwDetail' };
    case 'paragraph':
      return unit.numbered ? { numbering: { reference: SECTIONS, level: Math.min(unit.level, 3), instance } } : {};
    case 'continuation':
      return { indent: { left: indentOf(Math.min(unit.level, 3)).left } };
    case 'list-item':
      return { numbering: { reference: BULLETS, level: 0, instance }, indent: { left: indentOf(Math.min(unit.level, 3)).left + 567, hanging: 283 } };
    case 'signature-party':
      return { keepNext: true, spacing: { before: 480, after: 240 } };
    case 'signature-line':
      return { keepNext: true, keepLines: true, spacing: { before: 360 }, tabStops: [{ type: TabStopType.RIGHT, position: 7200, leader: LeaderType.UNDERSCORE }], style: 'CwSignatureLine' };
  }
}

/** A paragraph of the document, its whole mark tracked when the line was inserted or deleted. */
function paragraphOf(r: RedlineUnit, revisions: Revisions | undefined): Paragraph {
  const options = paragraphOptions(r.unit);
  const mark = revisions && r.status === 'inserted' ? { insertion: revisions.mark() } : revisions && r.status === 'deleted' ? { deletion: revisions.mark() } : undefined;
  return new Paragraph({ ...options, ...(mark ? { run: mark } : {}), children: runsOf(r.segments, r.unit, revisions) });
}

/** The document around the paragraphs: styles, numbering, page size and margins. */
function wordDocument(paragraphs: Paragraph[], title: string, options: DocxOptions, trackRevisions: boolean): Document {
  const size = PAGE_SIZES[options.paper === 'letter' ? 'letter' : 'a4'];
  const heading = (size: number, before: number) => ({ run: { font: 'Arial', size, bold: true, color: '1F1F1F' }, paragraph: { spacing: { before, after: 120 } } });
  return new Document({
    creator: 'Clausewise',
    title: xmlSafe(title),
    description: options.fileName ? xmlSafe(`Rendered by Clausewise from ${options.fileName}`) : 'Rendered by Clausewise',
    ...(trackRevisions ? { features: { trackRevisions: true } } : {}),
    styles: {
      default: {
        document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { after: 140, line: 276 } } },
        title: { run: { font: 'Arial', size: 40, bold: true, color: '1F1F1F' }, paragraph: { spacing: { after: 240 } } },
        heading1: heading(28, 360),
        heading2: heading(24, 240),
        heading3: heading(22, 200),
        heading4: heading(22, 160),
        listParagraph: { paragraph: { spacing: { after: 140 } } },
      },
      paragraphStyles: [
        { id: 'CwMeta', name: 'Clausewise fact', basedOn: 'Normal', run: { color: '4A4A55' }, paragraph: { spacing: { after: 40 } } },
        { id: 'CwDetail', name: 'Clausewise party detail', basedOn: 'Normal', run: { color: '4A4A55' }, paragraph: { spacing: { after: 60 } } },
        { id: 'CwSignatureLine', name: 'Clausewise signature line', basedOn: 'Normal', run: { font: 'Arial', size: 20, color: '4A4A55' } },
        {
          id: 'CwBanner',
          name: 'Clausewise error banner',
          basedOn: 'Normal',
          run: { color: '8A1C12' },
          paragraph: { shading: { type: 'clear', fill: 'FFF1F0', color: 'auto' }, spacing: { after: 60 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: SECTIONS, levels: SECTION_LEVELS },
        { reference: PARTIES, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: indentOf(0) } } }] },
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: size.width, height: size.height }, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        children: paragraphs,
      },
    ],
  });
}

async function pack(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, 'uint8array');
}

function plainDocument(doc: RenderedDocument, options: DocxOptions): Document {
  const paragraphs = documentUnits(doc).map((unit) => {
    const r: RedlineUnit = { unit, status: 'equal', segments: [{ op: 'equal', text: unit.text, ...(unit.bold ? { bold: unit.bold } : {}) }] };
    return paragraphOf(r, undefined);
  });
  return wordDocument(paragraphs, doc.title, options, false);
}

/** The signing document (or any document model) as the bytes of a .docx file. */
export async function documentDocx(doc: RenderedDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  return pack(plainDocument(doc, options));
}

/** {@link documentDocx} encoded in base64, for a JSON message (the language server's `clausewise/docx`). */
export async function documentDocxBase64(doc: RenderedDocument, options: DocxOptions = {}): Promise<string> {
  return Packer.pack(plainDocument(doc, options), 'base64');
}

/** The new version of a redline as a .docx, every inserted and deleted sentence a tracked change by `options.author`. */
export async function redlineDocx(redline: Redline, options: RedlineDocxOptions): Promise<Uint8Array> {
  const revisions = new Revisions(xmlSafe(options.author).trim() || 'Clausewise', options.date ?? new Date());
  const paragraphs = redline.units.map((r) => paragraphOf(r, revisions));
  return pack(wordDocument(paragraphs, redline.title, options, true));
}
