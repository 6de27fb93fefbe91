// Makes a bundle's text ASCII, with the same meaning. esbuild already escapes
// what it can (its default `charset: 'ascii'`), but leaves the characters above
// U+007F that stand in regular-expression literals and in `String.raw`
// templates, where an escape would change the value: the lexicon's patterns
// hold about 500 (’, ‘, …, the range À-ɏ). One such character makes V8 hold the
// whole bundle (1.8 M characters for dist/cli-main.js) as a two-byte string,
// decoded from UTF-8 at every start: twice the memory, and a slower read,
// compile and lazy parse. Here each one is written so that every value stays
// the same, to the character:
// - in a string literal, an untagged template or a comment (esbuild keeps
//   comments when it does not minify): `\uXXXX`;
// - in a `String.raw` template, whose raw text an escape would change:
//   `${"\uXXXX"}` (the substitution gives back the same character);
// - a regular-expression literal, whose `source` an escape would change (the
//   lexicon reads sources: folded.ts, needs.ts): `new RegExp("…", "flags")`
//   with the same source. One without the `g` or `y` flag (no `lastIndex` to
//   keep apart) is made once, at the top of the bundle, rather than at each
//   evaluation as a literal in a function would be.
// Any other place (another tag, a name) is an error, so that nothing changes
// unseen.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/g;
const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every character above U+007F written as an escape of the same meaning; throws where none can be. */
export function asciiOnly(code, name = 'bundle.js') {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const file = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** [start, end, replacement] of each token with a character above U+007F. */
  const edits = [];
  const rewrite = (node, replace) => {
    const start = node.getStart(file);
    const text = code.slice(start, node.end);
    if (NON_ASCII.test(text)) edits.push([start, node.end, text.replace(NON_ASCII, replace)]);
    NON_ASCII.lastIndex = 0;
  };
  const templateParts = (template) =>
    ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
  const rawTag = (tag) => ts.isPropertyAccessExpression(tag) && tag.name.text === 'raw' && ts.isIdentifier(tag.expression) && tag.expression.text === 'String';
  const hoisted = [];
  const comments = new Set();
  const comment = (range) => {
    if (comments.has(range.pos)) return;
    comments.add(range.pos);
    const text = code.slice(range.pos, range.end);
    if (NON_ASCII.test(text)) edits.push([range.pos, range.end, text.replace(NON_ASCII, escape)]);
    NON_ASCII.lastIndex = 0;
  };
  const visit = (node) => {
    for (const range of ts.getLeadingCommentRanges(code, node.getFullStart()) ?? []) comment(range);
    for (const range of ts.getTrailingCommentRanges(code, node.end) ?? []) comment(range);
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const text = code.slice(start, node.end);
      if (NON_ASCII.test(text)) {
        const slash = text.lastIndexOf('/');
        const flags = text.slice(slash + 1);
        const made = `new RegExp(${JSON.stringify(text.slice(1, slash)).replace(NON_ASCII, escape)}, ${JSON.stringify(flags)})`;
        if (/[gy]/.test(flags)) edits.push([start, node.end, `(${made})`]);
        else {
          const name = `__asciiRegExp${hoisted.length}`;
          hoisted.push(`var ${name} = ${made};`);
          edits.push([start, node.end, name]);
        }
      }
      NON_ASCII.lastIndex = 0;
    } else if (ts.isStringLiteral(node)) rewrite(node, escape);
    else if (ts.isTaggedTemplateExpression(node)) {
      if (rawTag(node.tag)) for (const part of templateParts(node.template)) rewrite(part, (c) => '${"' + escape(c) + '"}');
      else for (const part of templateParts(node.template)) rewrite(part, (c) => {
        throw new Error(`${name}: "${c}" in a template tagged with something other than String.raw: no escape keeps its value`);
      });
      node.template.templateSpans?.forEach((span) => visit(span.expression));
      visit(node.tag);
      return;
    } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) rewrite(node, escape);
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => a[0] - b[0]);
  // The regular expressions made once go after the directive prologue ("use strict"), which must stay first.
  const prologue = /^(?:#![^\n]*\n)?(?:\s*(?:"use strict"|'use strict');?\n)?/.exec(code)[0];
  let out = prologue + (hoisted.length ? hoisted.join('\n') + '\n' : '');
  let at = prologue.length;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  const left = /[^\x00-\x7f]/.exec(out);
  if (left) {
    const line = out.slice(0, left.index).split('\n').length;
    throw new Error(`${name}:${line}: "${left[0]}" stands where no escape keeps its meaning (a name?): write it as an escape in the source`);
  }
  return out;
}
