/**
 * Property test of the formatter: random well-formed contracts, written with
 * random layout (indentation, spacing, blank lines, braces sharing lines,
 * lists broken after commas, comments everywhere, text blocks at any depth,
 * Unix or Windows line breaks),
 * format to a fixed point without losing a comment, a string or a text-block
 * value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { formatContract } from '../../server/core/format.js';
import { documentContent } from '../helpers/document-content.js';

/** A piece of layout between two tokens on one line. */
const gap = fc.constantFrom(' ', '  ', '\t', ' \t ', '   ');
const indent = fc.constantFrom('', ' ', '  ', '    ', '\t', '      ', '\t  ');
const trailing = fc.constantFrom('', '', ' ', '\t', '   ');
const blankRun = fc.constantFrom('', '', '', '\n', '\n\n', ' \n\t\n');

const prose = fc.string({
  unit: fc.constantFrom('a', 'b', 'Z', ' ', ' ', '-', '.', ',', '{', '}', '/', '*', '#', 'é', '→', '\u00a0', '\t', '%', '\\\\', '\\"', '\\n', '😀'),
  maxLength: 24,
});
const commentText = fc.string({ unit: fc.constantFrom('a', 'z', ' ', '"', '{', '}', '*', '/', '\t', 'é', '#'), maxLength: 20 });
const word = fc.constantFrom('note', 'item', 'rider', 'alpha', 'beta_2', 'x', 'GDPR', 'monthly', 'provider', 'downtime_fees', 'sole_remedy', 'scc');
const simpleValue = fc.oneof(
  word,
  prose.map((s) => `"${s}"`),
  fc.constantFrom('30 days', '12_500.00 USD', '99.9%', '2027-01-31', '24x7', '4 business_hours', '1.5%', '7', '10x', '1.5x', '30 seconds', '1 second'),
);

const lineComment = fc.oneof(
  commentText.map((s) => `//${s}`),
  fc.constantFrom('// contract-disable-next-line vague-term', '// contract-disable-next-line', '// contract-disable unknown-statement', '// contract-enable'),
);
const blockComment = fc
  .array(commentText.map((s) => s.replace(/\*\//g, '')), { minLength: 1, maxLength: 3 })
  .map((parts) => `/*${parts.join('\n')}*/`.replace(/\*\/\*\//g, '*/'));

/** A text block: a blank opening line, lines with random relative indentation, closing quotes at some indentation. */
const textBlock = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('', '  ', '    ', '\t'), prose), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '  ', '        ', '\t'),
    fc.constantFrom('', '  ', '    '),
    fc.boolean(),
    fc.constantFrom('', ' ', '  '),
  )
  .map(([lines, base, closing, inline, afterOpen]) =>
    inline
      ? `"""${lines.map(([i, s]) => i + s.replace(/"""/g, '')).join('\n')}"""`
      : `"""${afterOpen}\n${lines.map(([i, s]) => (s.trim() === '' ? i : base + i + s.replace(/"/g, "'"))).join('\n')}\n${closing}"""`,
  );

interface Layout {
  indent: string;
  gaps: string[];
  trailing: string;
  comment?: string;
  blank: string;
}
const layout = fc.record({
  indent,
  gaps: fc.array(gap, { minLength: 8, maxLength: 8 }),
  trailing,
  comment: fc.option(fc.oneof(lineComment, blockComment), { nil: undefined }),
  blank: blankRun,
});

type Node =
  | { kind: 'line'; keyword: string; values: string[]; listBreaks: boolean[]; layout: Layout }
  | { kind: 'comment'; text: string; layout: Layout }
  | { kind: 'block'; keyword: string; values: string[]; children: Node[]; layout: Layout; closeLayout: Layout; closeInline: boolean };

const lineNode: fc.Arbitrary<Node> = fc.oneof(
  fc.record({
    kind: fc.constant('line' as const),
    keyword: word,
    values: fc.array(simpleValue, { maxLength: 4 }),
    listBreaks: fc.constant([] as boolean[]),
    layout,
  }),
  fc.record({
    kind: fc.constant('line' as const),
    keyword: fc.constant('text'),
    values: fc.oneof(textBlock, prose.map((s) => `"${s}"`)).map((v) => [v]),
    listBreaks: fc.constant([] as boolean[]),
    layout,
  }),
  fc.record({
    kind: fc.constant('line' as const),
    keyword: fc.constantFrom('comply', 'channels', 'encryption'),
    values: fc.array(word, { minLength: 2, maxLength: 4 }),
    listBreaks: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    layout,
  }),
  fc.record({ kind: fc.constant('comment' as const), text: fc.oneof(lineComment, blockComment), layout }),
);

const nodes: fc.Arbitrary<Node[]> = fc.letrec<{ list: Node[]; node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    lineNode,
    fc.record({
      kind: fc.constant('block' as const),
      keyword: word,
      values: fc.array(simpleValue, { maxLength: 2 }),
      children: tie('list'),
      layout,
      closeLayout: layout,
      closeInline: fc.boolean(),
    }),
  ),
  list: fc.array(tie('node'), { maxLength: 4 }),
})).list as fc.Arbitrary<Node[]>;

function render(list: Node[]): string {
  let out = '';
  list.forEach((n) => {
    const l = n.layout;
    out += l.blank + l.indent;
    if (n.kind === 'comment') {
      out += n.text + (n.text.startsWith('//') ? '' : l.trailing) + '\n';
      return;
    }
    out += n.keyword;
    n.values.forEach((v, i) => {
      if (n.kind === 'line' && n.listBreaks.length) {
        out += i === 0 ? l.gaps[i] : `${l.gaps[i]},${n.listBreaks[i] ? l.trailing + '\n' + l.indent + '  ' : l.gaps[i + 1]}`;
        out += v;
        return;
      }
      out += l.gaps[i]! + v;
    });
    if (n.kind === 'block') {
      out += l.gaps[7] + '{';
      if (l.comment) out += l.gaps[6] + l.comment;
      out += l.trailing + '\n';
      const inner = render(n.children);
      // A closing brace may share the line of the last statement, but never a line comment's.
      const lastLine = inner.trimEnd().split('\n').pop() ?? '';
      const canInline = n.closeInline && inner !== '' && !/\/\/[^\n]*$/.test(lastLine) && !inner.trimEnd().endsWith('*/');
      out += canInline ? inner.trimEnd() + n.closeLayout.gaps[0] + '}' : inner + n.closeLayout.indent + '}';
      if (n.closeLayout.comment) out += ' ' + n.closeLayout.comment;
      out += n.closeLayout.trailing + '\n';
      return;
    }
    if (l.comment) out += l.gaps[5] + l.comment;
    out += l.trailing + '\n';
  });
  return out;
}

const document = fc
  .tuple(fc.array(fc.tuple(prose, nodes, layout), { minLength: 1, maxLength: 2 }), fc.option(lineComment, { nil: undefined }), fc.boolean())
  .map(([contracts, header, windows]) => {
    let out = header ? header + '\n' : '';
    for (const [title, body, l] of contracts) {
      out += `${l.blank}${l.indent}contract${l.gaps[0]}"${title}"${l.gaps[1]}{\n${render(body)}}\n`;
    }
    return windows ? out.replace(/\n/g, '\r\n') : out;
  });

/** The text with block comments and text blocks (whose insides are kept verbatim) replaced by `X`. */
function withoutMultilineTokens(text: string): string {
  const parsed = parse(text);
  const spans = parsed.comments.filter((c) => c.kind === 'block').map((c) => c.span);
  for (const p of parsed.ast.prose) if (p.value.kind === 'textblock') spans.push(p.value.span);
  let out = text;
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + 'X' + out.slice(s.end);
  return out;
}

/** For every `contract-disable-next-line` comment, the trimmed text of the line it applies to, up to its first space. */
function directiveTargets(text: string): string[] {
  const parsed = parse(text);
  return parsed.comments
    .filter((c) => c.kind === 'line' && /contract-disable-next-line/.test(c.text))
    .map((c) => /^\S*/.exec(parsed.lines.lineText(parsed.lines.line(c.span.start) + 1).trim())![0]);
}

describe('formatter property', () => {
  it('is idempotent and keeps every token, comment and text-block value', () => {
    fc.assert(
      fc.property(document, (text) => {
        fc.pre(parse(text).issues.length === 0);
        const first = formatContract(text);
        if (!first.ok) throw new Error(first.reason);
        const second = formatContract(first.text);
        expect(second).toEqual(first);
        expect(documentContent(first.text)).toEqual(documentContent(text));
        expect(directiveTargets(first.text)).toEqual(directiveTargets(text));
        for (const line of withoutMultilineTokens(first.text).split(/\r?\n/)) expect(line).toBe(line.trimEnd());
        // The output keeps the document's kind of line break.
        expect(first.text.replace(/\r\n/g, '').includes('\n')).toBe(!text.includes('\r\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('generates mostly well-formed documents', () => {
    // A fixed seed: over 40 seeds 154-178 of 200 came out clean, and an unseeded run once gave 149 in CI, failing by chance.
    const samples = fc.sample(document, { numRuns: 200, seed: 20261201 });
    const clean = samples.filter((t) => parse(t).issues.length === 0).length;
    expect(clean).toBeGreaterThan(150);
  });
});
