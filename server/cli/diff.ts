/**
 * A unified diff of two texts, line by line (Myers' algorithm after the common
 * start and end are set aside), in the format `git diff` and `patch` read:
 * `--- a/FILE`, `+++ b/FILE`, `@@ -l,n +l,n @@` hunks with three lines of
 * context. Used by `lint --fix-dry-run` and `format --diff`-like output.
 */

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The edit script between two line lists (Myers, O((N+M)·D)). */
function script(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const A = a.slice(start, endA);
  const B = b.slice(start, endB);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the trace.
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) middle.push({ kind: ' ', line: A[--x]! }), y--;
    if (d === 0) break;
    if (x === prevX) middle.push({ kind: '+', line: B[--y]! });
    else middle.push({ kind: '-', line: A[--x]! });
  }
  while (x > 0 && y > 0) middle.push({ kind: ' ', line: A[--x]! }), y--;
  middle.reverse();
  return [...a.slice(0, start).map((line) => ({ kind: ' ' as const, line })), ...middle, ...a.slice(endA).map((line) => ({ kind: ' ' as const, line }))];
}

function show(op: Op): string[] {
  if (op.line.endsWith('\n')) return [op.kind + op.line.slice(0, -1)];
  return [op.kind + op.line, '\\ No newline at end of file'];
}

/** The unified diff from `before` to `after` for `file`, or '' when they are the same. */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = script(splitLines(before), splitLines(after));
  const out: string[] = [`--- a/${file}`, `+++ b/${file}`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change within reach.
    const from = Math.max(0, i - context);
    let to = i;
    let j = i;
    while (j < ops.length) {
      if (ops[j]!.kind !== ' ') {
        to = j;
        j++;
        continue;
      }
      let run = 0;
      while (j + run < ops.length && ops[j + run]!.kind === ' ') run++;
      if (j + run >= ops.length || run > 2 * context) break;
      j += run;
    }
    const end = Math.min(ops.length, to + 1 + context);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < from; k++) {
      if (ops[k]!.kind !== '+') oldStart++;
      if (ops[k]!.kind !== '-') newStart++;
    }
    const hunk = ops.slice(from, end);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldCount ? oldStart : oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`);
    for (const op of hunk) out.push(...show(op));
    i = end;
  }
  return out.join('\n') + '\n';
}
