/**
 * The two document formats of `clausewise diff`: `html` (a redline of the
 * rendered agreement, with a summary of the material changes on top) and
 * `docx` (the new version as a Word document with real tracked changes).
 * `diff.ts` computes the semantic diff and calls {@link renderDiffDocument}
 * for these two formats; this module renders both versions to the signing
 * document and aligns them sentence by sentence (server/core/render/redline.ts).
 *
 * STUB: the implementation follows; the signature is stable.
 */

/** One change of the semantic diff, as far as the summary reads it (structural: any richer object fits). */
export interface DiffChangeLike {
  /** money, time, risk, control, remedy, scope, service_level. */
  bucket?: string;
  /** client, provider or neutral. */
  favours?: string;
  /** The change in words (a title or a one-line summary). */
  title?: string;
  summary?: string;
  /** The statement before and after, in words. */
  before?: string;
  after?: string;
  /** The impact in numbers, in words ("allowed downtime 43 min → 3 h 39 min a month"), or an object with before/after/text. */
  impact?: unknown;
  /** Whether the change is against the reader (from `perspective`). */
  againstUs?: boolean;
}

/** The semantic diff result, as far as the documents read it. */
export interface DiffResultLike {
  changes: readonly DiffChangeLike[];
}

/** Options of {@link renderDiffDocument}. */
export interface DiffDocumentOptions {
  /** The names shown for the two versions ("HEAD~1:msa.contract", "msa.contract"). */
  oldName?: string;
  newName?: string;
  /** The author of the tracked changes in the .docx (default: git config user.name, else "Clausewise"). */
  author?: string;
  /** The date of the tracked changes (default: now). */
  date?: Date;
  /** Page size of the .docx (default A4). */
  paper?: 'a4' | 'letter';
}

/**
 * Renders the diff document: a string for `html`, the bytes of the .docx for `docx`.
 * Never throws for bad contract text (both versions are rendered as far as they parse).
 */
export async function renderDiffDocument(
  format: 'html' | 'docx',
  oldText: string,
  newText: string,
  result: DiffResultLike,
  options: DiffDocumentOptions = {},
): Promise<string | Uint8Array> {
  void oldText;
  void newText;
  void result;
  void options;
  return format === 'html' ? '<!DOCTYPE html>\n<p>The redline is not built yet.</p>\n' : new Uint8Array();
}
