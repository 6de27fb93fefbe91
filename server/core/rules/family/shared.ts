/** Shared readings for the family rules: how to name a contract of the family and its file in a message. */
import type { ContractNode, Span } from '../../../../grammar/index.js';
import { KIND_WORDS, type ContractFamily, type FamilyRef } from '../../family.js';

/** The last segment of a file key (a path or a URI), decoded: how a message names another file. */
export function fileLabel(uri: string): string {
  const last = uri.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A contract of the family in words: its id, title and, when elsewhere, its file. */
export function refLabel(ref: FamilyRef): string {
  const title = ref.title && ref.title !== ref.id ? ` (${ref.title})` : '';
  return `"${ref.id}"${title}${ref.uri !== undefined ? ` in ${fileLabel(ref.uri)}` : ''}`;
}

/** The span of the id `under` names (the statement's line when it has no value). */
export function underSpan(c: ContractNode): Span {
  return c.under?.value?.span ?? c.under?.stmt.lineSpan ?? c.stmt.lineSpan;
}

/** "This statement of work", "This order", … */
export function thisKind(f: ContractFamily): string {
  return `This ${KIND_WORDS[f.kind]}`;
}
