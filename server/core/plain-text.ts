/**
 * Messages for places that show plain text: VS Code's Problems panel and the
 * hover's problem section, quick-fix titles, notifications. The core writes
 * messages with Markdown code spans (`price_increase cap 5%`), which hovers and
 * rule pages render; in plain text the backticks would show as they are, so
 * there a code span is quoted instead ('price_increase cap 5%'), as ESLint and
 * markdownlint quote code in their messages.
 */
export function plainText(message: string): string {
  if (message.indexOf('`') < 0) return message;
  return message.replace(/`([^`\n]*)`/g, "'$1'").replace(/`/g, "'");
}
