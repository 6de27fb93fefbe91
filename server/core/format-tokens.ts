/**
 * Token-level helpers of the formatter: re-indenting a text block without
 * changing its value, and the fingerprint of a document's content (everything
 * but layout), which the formatter compares before and after.
 */
import { dedent } from '../../grammar/index.js';
import { contractLexer } from '../../grammar/tokens.js';

const BREAK = /\r\n|\r|\n/;

/**
 * Shifts the lines of a text block so that its content sits one level deeper
 * than `indent` and its closing quotes line up with the statement. The shift
 * is the same for every line, so the dedented value does not change. A text
 * block whose content starts on the line of the opening quotes, or that has no
 * content, is kept exactly as written.
 */
export function reindentTextBlock(image: string, indent: string, unit: string, eol: string): string {
  if (image.length < 6 || !image.startsWith('"""') || !image.endsWith('"""')) return image;
  const lines = image.slice(3, -3).split(BREAK);
  if (lines.length < 2 || lines[0]!.trim() !== '') return image;
  const content = lines.slice(1);
  const lastBlank = content.length > 1 && content[content.length - 1]!.trim() === '';
  const body = lastBlank ? content.slice(0, -1) : content;
  let common = Infinity;
  for (const l of body) if (l.trim() !== '') common = Math.min(common, l.length - l.trimStart().length);
  if (!Number.isFinite(common)) return image;
  const delta = indent.length + unit.length - common;
  // Every line moves by the same amount: dedent strips `common + delta` characters afterwards, leaving each value line as it was.
  const shifted = body.map((l) => (delta >= 0 ? ' '.repeat(delta) + l : l.slice(-delta)));
  if (lastBlank) shifted.push(indent);
  return '"""' + eol + shifted.join(eol) + '"""';
}

/**
 * The content of a document without its layout: every token and comment in
 * order, text blocks by their dedented value and line comments without
 * trailing spaces. Two documents with the same fingerprint say the same thing.
 */
export function contentFingerprint(text: string): string[] {
  const lexed = contractLexer.tokenize(text);
  const tokens = [...lexed.tokens, ...(lexed.groups['comments'] ?? [])].sort((a, b) => a.startOffset - b.startOffset);
  const out: string[] = [];
  for (const t of tokens) {
    switch (t.tokenType.name) {
      case 'Newline':
        break;
      case 'TextBlock':
        out.push('"""' + dedent(t.image.slice(3, t.image.endsWith('"""') && t.image.length >= 6 ? -3 : undefined)) + '"""');
        break;
      case 'LineComment':
        out.push(t.image.trimEnd());
        break;
      default:
        out.push(t.image);
    }
  }
  for (const e of lexed.errors) out.push(`\u0000error:${text.slice(e.offset, e.offset + e.length)}`);
  return out;
}
