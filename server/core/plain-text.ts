/**
 * Messages for places that show plain text: VS Code's Problems panel and the
 * hover's problem section, quick-fix titles, notifications. The core writes
 * messages with Markdown code spans (`price_increase cap 5%`), which hovers and
 * rule pages render; in plain text the backticks would show as they are, so
 * there a code span is quoted instead ('price_increase cap 5%'), as ESLint and
 * markdownlint quote code in their messages. A code span that is itself a
 * quoted string (`"promptly"`) keeps its double quotes alone.
 */
export function plainText(message: string): string {
  if (message.indexOf('`') < 0) return message;
  // A code span that is itself a quoted string ("promptly") keeps its own quotes, rather than '"promptly"'.
  return message.replace(/`([^`\n]*)`/g, (_, code: string) => (/^".*"$/.test(code) ? code : `'${code}'`)).replace(/`/g, "'");
}
