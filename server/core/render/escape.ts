/**
 * The single escaping functions of the renderer: every contract string goes
 * through {@link escapeHtml} on its way into HTML (text and attribute values
 * alike) and through {@link escapeMarkdown} on its way into Markdown.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and for quoted attribute values.
 * Control characters that HTML does not allow are dropped.
 */
export function escapeHtml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!)
  );
}

/**
 * Escapes text for inline Markdown (CommonMark and GitHub tables): every
 * punctuation character that can open a tag, a link, an entity, emphasis, code
 * or a table cell is backslash-escaped, as are characters that would start a
 * heading or list at the start of the text; line breaks become spaces.
 */
export function escapeMarkdown(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\s*[\r\n]+\s*/g, ' ')
      // `#` anywhere: a trailing ` #` would be taken as the closing sequence of a heading.
      .replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`)
      // At the start of a line, these would open a list or a setext underline.
      .replace(/^([+=-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}
