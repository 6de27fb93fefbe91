/**
 * The clause snippets of snippets/clauses.json (a provider party, an
 * availability SLA, the credit forms, …) as completion items, offered only in
 * a block that takes them: inside an `sla` the SLA's statements, not `party
 * provider` or a whole contract. A snippet belongs in a block when, with its
 * placeholders at their defaults, it parses cleanly there; that is worked out
 * once per block kind. VS Code's own snippet contributions cannot know where
 * the cursor is, which is why the snippets are served from here.
 */
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { parse, SCHEMA, type BlockKind } from '../../grammar/index.js';
import { snippetToText } from '../core/rules/util.js';
import CLAUSES from '../../snippets/clauses.json';

/** One entry of snippets/clauses.json, in the format of a VS Code snippet file. */
export interface ClauseSnippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** Every clause snippet, by name. */
export const CLAUSE_SNIPPETS: Readonly<Record<string, ClauseSnippet>> = CLAUSES as Record<string, ClauseSnippet>;

/** A statement placed in a block of `kind`, inside a contract where the block needs one. */
function inBlock(kind: BlockKind, body: string): string {
  const indent = (t: string, n: number) => t.replace(/^/gm, ' '.repeat(n));
  if (kind === 'file') return `${body}\n`;
  if (kind === 'contract') return `contract "x" {\n${indent(body, 2)}\n}\n`;
  if (kind === 'service') return `contract "x" {\n  scope {\n    service s "S" {\n${indent(body, 6)}\n    }\n  }\n}\n`;
  if (kind === 'party') return `contract "x" {\n  party provider p "P" {\n${indent(body, 4)}\n  }\n}\n`;
  const head = kind === 'sla' ? 'sla a for s' : kind === 'clause' ? 'clause c "C"' : kind;
  return `contract "x" {\n  ${head} {\n${indent(body, 4)}\n  }\n}\n`;
}

/** The first word of a snippet: the statement it writes (undefined for a comment). */
function keywordOf(body: string): string | undefined {
  return /^[A-Za-z_]+/.exec(body)?.[0];
}

/** True when a snippet belongs in a block of `kind`. */
export function snippetBelongs(kind: BlockKind, body: string): boolean {
  const keyword = keywordOf(body);
  // A suppression comment goes anywhere.
  if (keyword === undefined) return body.startsWith('//');
  if (!SCHEMA[kind].some((s) => s.keyword === keyword)) return false;
  return parse(inBlock(kind, snippetToText(body))).issues.length === 0;
}

const byKind = new Map<BlockKind, [name: string, snippet: ClauseSnippet][]>();

/** The snippets that belong in a block of `kind`, worked out once per kind. */
export function snippetsFor(kind: BlockKind): readonly [name: string, snippet: ClauseSnippet][] {
  let list = byKind.get(kind);
  if (!list) {
    list = Object.entries(CLAUSE_SNIPPETS).filter(([, s]) => snippetBelongs(kind, s.body.join('\n')));
    byKind.set(kind, list);
  }
  return list;
}

/** The completion items of the snippets that belong in a block of `kind`: one per prefix, as VS Code lists a snippet file. */
export function clauseSnippetItems(kind: BlockKind, currency: string, range: Range, rank: (i: number) => string): CompletionItem[] {
  const items: CompletionItem[] = [];
  snippetsFor(kind).forEach(([name, s], i) => {
    // The currency is a placeholder; its default is the project's.
    const body = s.body.join('\n').replace(/\$\{(\d+):USD\}/g, `\${$1:${currency}}`);
    for (const prefix of s.prefix) {
      items.push({
        label: prefix,
        labelDetails: { description: name },
        kind: CompletionItemKind.Snippet,
        detail: name,
        documentation: { kind: MarkupKind.Markdown, value: `${s.description}\n\n\`\`\`contract\n${snippetToText(body)}\n\`\`\`` },
        sortText: rank(i),
        filterText: prefix,
        insertTextFormat: InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.adjustIndentation,
        textEdit: { range, newText: body },
      });
    }
  });
  return items;
}
