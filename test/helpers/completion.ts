/** Applying a completion item in tests: its text edit, with snippet tab stops at their defaults. */
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { parse } from '../../grammar/index.js';
import { snippetToText } from '../../server/core/rules/util.js';

/** Applies a completion's text edit (with snippet tab stops replaced by their defaults). */
export function applyCompletion(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const parsed = parse(text);
  const start = parsed.lines.offset(edit.range.start);
  const end = parsed.lines.offset(edit.range.end);
  const insert = item.insertTextFormat === InsertTextFormat.Snippet ? snippetToText(edit.newText) : edit.newText;
  return text.slice(0, start) + insert + text.slice(end);
}
