/**
 * Reading a .docx in tests, independently of the library that wrote it: the
 * zip opened with fflate, every part parsed as XML with @xmldom/xmldom (a
 * part that is not well-formed throws), and the WordprocessingML structure
 * checked (the parts Word needs, the relationships between them, a body of
 * paragraphs, runs and text, numbering and styles that exist for every
 * paragraph that names one, unique revision ids).
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** The parts of a .docx, parsed. */
export interface WordPackage {
  files: string[];
  xml: (name: string) => XmlDocument;
  text: (name: string) => string;
  document: XmlDocument;
  body: Element;
}

/** Parses XML strictly: any error or warning throws. */
export function parseXml(text: string, name: string): XmlDocument {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  if (problems.length) throw new Error(`${name} is not well-formed XML: ${problems.join('; ')}`);
  return doc;
}

export function elements(parent: XmlDocument | Element, ns: string, local: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, local)) as Element[];
}

export function children(parent: Element, ns: string, local: string): Element[] {
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local);
}

/** Opens a .docx and parses every XML part (throws on a part that is not well-formed). */
export function openDocx(bytes: Uint8Array): WordPackage {
  // A zip file starts with a local file header.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('not a zip file');
  const raw = unzipSync(bytes);
  const parsed = new Map<string, XmlDocument>();
  for (const [name, data] of Object.entries(raw)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parsed.set(name, parseXml(strFromU8(data), name));
  }
  const xml = (name: string) => {
    const d = parsed.get(name);
    if (!d) throw new Error(`the package has no ${name}`);
    return d;
  };
  const document = xml('word/document.xml');
  const body = elements(document, W, 'body')[0];
  if (!body) throw new Error('word/document.xml has no w:body');
  return { files: Object.keys(raw), xml, text: (name) => strFromU8(raw[name]!), document, body };
}

/**
 * Checks the WordprocessingML structure a .docx must have to open without
 * repair, and returns a list of the problems (empty when none).
 */
export function wordStructureProblems(pkg: WordPackage): string[] {
  const problems: string[] = [];
  for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml']) {
    if (!pkg.files.includes(part)) problems.push(`missing part ${part}`);
  }
  if (problems.length) return problems;
  // Every part has a content type (by override or by extension).
  const types = pkg.xml('[Content_Types].xml');
  const overrides = new Set(elements(types, CT, 'Override').map((o) => o.getAttribute('PartName')));
  const defaults = new Set(elements(types, CT, 'Default').map((d) => d.getAttribute('Extension')));
  for (const f of pkg.files) {
    if (!overrides.has(`/${f}`) && !defaults.has(f.split('.').pop()!)) problems.push(`${f} has no content type`);
  }
  // The package relationship points at the main document; the document's relationships point at parts that exist.
  const main = elements(pkg.xml('_rels/.rels'), REL, 'Relationship').find((r) => r.getAttribute('Type')?.endsWith('/officeDocument'));
  if (main?.getAttribute('Target')?.replace(/^\//, '') !== 'word/document.xml') problems.push('_rels/.rels does not point at word/document.xml');
  for (const r of elements(pkg.xml('word/_rels/document.xml.rels'), REL, 'Relationship')) {
    if (r.getAttribute('TargetMode') === 'External') continue;
    const target = `word/${r.getAttribute('Target')}`;
    if (!pkg.files.includes(target)) problems.push(`document relationship ${r.getAttribute('Id')} points at missing ${target}`);
  }
  // The body: paragraphs (and tables), then one sectPr last.
  const bodyChildren = Array.from(pkg.body.childNodes).filter((n) => n.nodeType === 1) as Element[];
  const last = bodyChildren[bodyChildren.length - 1];
  if (!last || last.localName !== 'sectPr') problems.push('w:body does not end with w:sectPr');
  for (const c of bodyChildren.slice(0, -1)) if (c.localName !== 'p' && c.localName !== 'tbl') problems.push(`unexpected w:${c.localName} in w:body`);
  // Paragraphs hold runs, tracked changes, bookmarks or hyperlinks; runs hold text; w:delText only inside w:del.
  for (const p of elements(pkg.body, W, 'p')) {
    for (const c of Array.from(p.childNodes).filter((n) => n.nodeType === 1) as Element[]) {
      if (!['pPr', 'r', 'ins', 'del', 'bookmarkStart', 'bookmarkEnd', 'hyperlink'].includes(c.localName ?? '')) problems.push(`unexpected w:${c.localName} in w:p`);
    }
  }
  for (const t of elements(pkg.body, W, 'delText')) {
    if ((t.parentNode?.parentNode as Element | null)?.localName !== 'del') problems.push('w:delText outside w:del');
  }
  for (const t of elements(pkg.body, W, 't')) {
    if ((t.parentNode?.parentNode as Element | null)?.localName === 'del') problems.push('w:t inside w:del (deleted text must be w:delText)');
  }
  // Styles and numbering that paragraphs name exist.
  const styles = new Set(elements(pkg.xml('word/styles.xml'), W, 'style').map((s) => s.getAttributeNS(W, 'styleId')));
  for (const s of elements(pkg.body, W, 'pStyle')) {
    const id = s.getAttributeNS(W, 'val');
    if (!styles.has(id)) problems.push(`paragraph style ${id} is not defined in styles.xml`);
  }
  const numbering = pkg.xml('word/numbering.xml');
  const abstracts = new Set(elements(numbering, W, 'abstractNum').map((a) => a.getAttributeNS(W, 'abstractNumId')));
  const nums = new Map(elements(numbering, W, 'num').map((n) => [n.getAttributeNS(W, 'numId'), children(n, W, 'abstractNumId')[0]?.getAttributeNS(W, 'val')] as const));
  for (const [id, abs] of nums) if (!abs || !abstracts.has(abs)) problems.push(`numbering ${id} points at missing abstract numbering ${abs}`);
  for (const numId of elements(pkg.body, W, 'numId')) {
    const id = numId.getAttributeNS(W, 'val');
    if (!nums.has(id)) problems.push(`paragraph numbering ${id} is not defined in numbering.xml`);
  }
  // Revision ids are unique; every revision has an author and a date.
  const ids = new Set<string>();
  for (const kind of ['ins', 'del']) {
    for (const r of elements(pkg.body, W, kind)) {
      const id = r.getAttributeNS(W, 'id');
      if (!id || ids.has(id)) problems.push(`revision id ${id} is missing or repeated`);
      ids.add(id ?? '');
      if (!r.getAttributeNS(W, 'author')) problems.push(`w:${kind} ${id} has no author`);
      if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(r.getAttributeNS(W, 'date') ?? '')) problems.push(`w:${kind} ${id} has no valid date`);
    }
  }
  return problems;
}

/** The page size of the (last) section, in twentieths of a point. */
export function pageSize(pkg: WordPackage): { width: number; height: number } {
  const sect = elements(pkg.body, W, 'sectPr').pop()!;
  const pg = elements(sect, W, 'pgSz')[0]!;
  return { width: Number(pg.getAttributeNS(W, 'w')), height: Number(pg.getAttributeNS(W, 'h')) };
}

/** The tracked changes of the text: w:ins and w:del directly in paragraphs (not the paragraph-mark revisions in w:rPr). */
export function textRevisions(pkg: WordPackage): { inserted: string[]; deleted: string[] } {
  const inserted: string[] = [];
  const deleted: string[] = [];
  for (const p of elements(pkg.body, W, 'p')) {
    for (const ins of children(p, W, 'ins')) inserted.push(elements(ins, W, 't').map((t) => t.textContent).join(''));
    for (const del of children(p, W, 'del')) deleted.push(elements(del, W, 'delText').map((t) => t.textContent).join(''));
  }
  return { inserted, deleted };
}
