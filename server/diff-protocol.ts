/**
 * The semantic-diff request between the extension's compare panel
 * (client/compare.ts) and the language server (server/lsp/diff-request.ts).
 * Plain data only; the result is the JSON document of `clausewise diff
 * --format json` (docs/diff.md).
 */
import type { DiffJson } from './core/diff/report.js';

/** Compares an old text with a document: the server weighs the changes with the document's clausewise.json (its perspective). */
export const COMPARE_REQUEST = 'clausewise/semanticDiff';

/** Parameters of {@link COMPARE_REQUEST}. */
export interface CompareParams {
  /** The document whose configuration applies, and whose current text is the new version unless `newText` is given. */
  uri: string;
  /** The old version's text. */
  oldText: string;
  /** The new version's text; the open document's text when absent. */
  newText?: string;
  /** How the versions are named in the result ("HEAD", "msa.contract"). */
  oldName?: string;
  newName?: string;
}

/** Result of {@link COMPARE_REQUEST}. */
export type CompareResult = DiffJson;
