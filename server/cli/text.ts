/**
 * Small text helpers of the command line, written to take linear time and
 * constant stack on any input: output is built from contracts of any size.
 */

/**
 * A message on one line: each line break (`\n`, `\r\n` or `\r`), with the
 * spaces around it, becomes one space. Done by splitting rather than with a
 * regular expression such as `\s*\n\s*`, which takes quadratic time on a long
 * run of spaces.
 */
export function oneLine(message: string): string {
  if (!message.includes('\n') && !message.includes('\r')) return message;
  const parts = message.split(/\r\n|\r|\n/);
  const last = parts.length - 1;
  let out = parts[0]!.trimEnd();
  for (let i = 1; i <= last; i++) {
    const part = i === last ? parts[i]!.trimStart() : parts[i]!.trim();
    // A line of nothing but spaces belongs to the same break as the lines around it.
    if (part === '' && i < last) continue;
    out += ' ' + part;
  }
  return out;
}

/** The largest measure of some items, without spreading them into arguments (which overflows the stack on long lists); 0 for none. */
export function maxOf<T>(items: Iterable<T>, measure: (item: T) => number): number {
  let max = 0;
  for (const item of items) {
    const n = measure(item);
    if (n > max) max = n;
  }
  return max;
}
