/**
 * The two document formats of `clausewise diff`: `html` (a redline of the
 * rendered agreement, with a summary of the material changes on top) and
 * `docx` (the new version as a Word document with real tracked changes).
 * `diff.ts` computes the semantic diff and calls {@link renderDiffDocument}
 * for these two formats; this module renders both versions to the signing
 * document and aligns them sentence by sentence (server/core/render/redline.ts).
 * The Word writer (and the `docx` library) is loaded only for `docx`.
 */
import { parse } from '../../../grammar/index.js';
import { buildDocument } from '../../core/render/document.js';
import { redlineHtml, type RedlineSummary } from '../../core/render/redline-html.js';
import { redlineDocuments } from '../../core/render/redline.js';
import { childProcess } from '../builtins.js';

/** The semantic diff result, as far as the documents read it (the `DiffResult` of server/core/diff fits). */
export type DiffResultLike = RedlineSummary;

/** Options of {@link renderDiffDocument}. */
export interface DiffDocumentOptions {
  /** The names shown for the two versions ("HEAD~1:msa.contract", "msa.contract"). */
  oldName?: string;
  newName?: string;
  /** The author of the tracked changes in the .docx (default: `git config user.name` in `cwd`, else "Clausewise"). */
  author?: string;
  /** The date of the tracked changes (default: now). */
  date?: Date;
  /** Page size of the documents (default A4). */
  paper?: 'a4' | 'letter';
  /** Where `git config user.name` is read (default: the process's folder). */
  cwd?: string;
}

/** The author Word shows for tracked changes when none is given: git's user.name, else "Clausewise". */
export function defaultAuthor(cwd: string = process.cwd()): string {
  try {
    const r = childProcess().spawnSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
    const name = r.status === 0 ? r.stdout.trim() : '';
    return name || 'Clausewise';
  } catch {
    return 'Clausewise';
  }
}

/**
 * Renders the diff document: the HTML page for `html`, the bytes of the .docx
 * for `docx`. Both versions are rendered as the signing copy, as far as they
 * parse; bad contract text never makes it throw.
 */
export async function renderDiffDocument(
  format: 'html' | 'docx',
  oldText: string,
  newText: string,
  result: DiffResultLike,
  options: DiffDocumentOptions = {},
): Promise<string | Uint8Array> {
  const oldDoc = buildDocument(parse(oldText), [], { signing: true });
  const newDoc = buildDocument(parse(newText), [], { signing: true });
  const redline = redlineDocuments(oldDoc, newDoc);
  const paper = options.paper ?? 'a4';
  if (format === 'html') {
    return redlineHtml(redline, result, { paper, ...(options.oldName ? { oldName: options.oldName } : {}), ...(options.newName ? { newName: options.newName } : {}) });
  }
  const { redlineDocx } = await import('../../core/render/docx.js');
  const author = options.author?.trim() || defaultAuthor(options.cwd);
  return redlineDocx(redline, { author, paper, ...(options.date ? { date: options.date } : {}), ...(options.newName ? { fileName: options.newName } : {}) });
}
