/**
 * Document highlight, go to definition, find references and rename for the
 * names of a document (parties, services, SLAs, clauses; names.ts), and
 * across files for the parties of a family and for `under ID` (cross-file.ts).
 */
import { DocumentHighlightKind, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Location, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseResult } from '../../grammar/index.js';
import { kindOf } from '../core/family.js';
import { displayPath, familyPartyOccurrences, familyRenameClash, familyRenameEdits, underDefinition } from './cross-file.js';
import { isLarge } from './large-documents.js';
import { KIND_WORDS, NAME_PATTERN, occurrenceAt, relatedOccurrences, type NameOccurrence } from './names.js';
import type { Workspace } from './workspace.js';

/** Wraps a request handler so that it always answers (server.ts `guard`). */
export type Guard = <P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R | Promise<R>) => (params: P, token: CancellationToken) => Promise<R | ResponseError<void>>;

/** What the name requests need from the server. */
export interface NameRequestsHost {
  guard: Guard;
  docAt(uri: string): TextDocument | undefined;
  parsedOf(doc: TextDocument): ParseResult;
  namesOf(doc: TextDocument): NameOccurrence[];
  workspace: Workspace;
}

/** True when the contract at this index of a parse is a master agreement. */
function isMasterContract(parsed: ParseResult, index: number): boolean {
  const c = parsed.ast.contracts[index];
  return !!c && kindOf(c) === 'master';
}

/** Registers highlight, definition, references, prepareRename and rename on a connection. */
export function registerNameRequests(connection: Connection, host: NameRequestsHost): void {
  const { guard, docAt, parsedOf, namesOf, workspace } = host;

  /** The name occurrence under a position, with the document it is in. */
  function nameAt(uri: string, position: { line: number; character: number }) {
    const doc = docAt(uri);
    if (!doc) return undefined;
    const parsed = parsedOf(doc);
    const names = namesOf(doc);
    const occ = occurrenceAt(names, parsed.lines.offset(position));
    return occ ? { doc, parsed, names, occ } : undefined;
  }

  connection.onDocumentHighlight(
    guard('documentHighlight', [], (params) => {
      if (isLarge(docAt(params.textDocument.uri))) return [];
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) return [];
      return relatedOccurrences(at.names, at.occ).map((n) => ({
        range: at.parsed.lines.range(n.span),
        kind: n.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  /** The occurrences of a party name across its family's files (cross-file.ts), when it is a family's party. */
  function familyOccurrences(at: NonNullable<ReturnType<typeof nameAt>>) {
    return familyPartyOccurrences(workspace, at.doc.uri, at.parsed, at.names, at.occ);
  }

  connection.onDefinition(
    guard('definition', [] as Location[], (params) => {
      const doc = docAt(params.textDocument.uri);
      if (doc) {
        // `under ID`: the master's id, in whatever file it is.
        const parsed = parsedOf(doc);
        const masters = underDefinition(workspace, parsed, parsed.lines.offset(params.position));
        if (masters) return masters;
      }
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) return [];
      const family = familyOccurrences(at);
      if (family) {
        // The master's definition first, then the children's restatements.
        const defs = family.filter((o) => o.definition);
        const masterFirst = defs.filter((o) => isMasterContract(o.parsed, o.contract)).concat(defs.filter((o) => !isMasterContract(o.parsed, o.contract)));
        return masterFirst.map((o) => ({ uri: o.uri, range: o.range }));
      }
      return relatedOccurrences(at.names, at.occ)
        .filter((n) => n.definition)
        .map((n) => ({ uri: at.doc.uri, range: at.parsed.lines.range(n.span) }));
    }),
  );

  connection.onReferences(
    guard('references', [] as Location[], (params) => {
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) return [];
      const family = familyOccurrences(at);
      if (family) return family.filter((o) => params.context.includeDeclaration || !o.definition).map((o) => ({ uri: o.uri, range: o.range }));
      return relatedOccurrences(at.names, at.occ)
        .filter((n) => params.context.includeDeclaration || !n.definition)
        .map((n) => ({ uri: at.doc.uri, range: at.parsed.lines.range(n.span) }));
    }),
  );

  connection.onPrepareRename(
    guard('prepareRename', null, (params) => {
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) {
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          'Only the name of a party, service, SLA or clause can be renamed here. Place the cursor on such a name, for example `acme` in `party provider acme "…"`.',
        );
      }
      return { range: at.parsed.lines.range(at.occ.span), placeholder: at.occ.name };
    }),
  );

  connection.onRenameRequest(
    guard('rename', null as WorkspaceEdit | null, (params) => {
      const at = nameAt(params.textDocument.uri, params.position);
      if (!at) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, 'Nothing to rename here: place the cursor on the name of a party, service, SLA or clause.');
      }
      const { occ } = at;
      const newName = params.newName.trim();
      const what = KIND_WORDS[occ.kind];
      if (!NAME_PATTERN.test(newName)) {
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          `"${params.newName}" cannot be the name of a ${what}: a name starts with a letter or underscore and contains only letters, digits and underscores (for example \`${occ.name}_2\`).`,
        );
      }
      if (newName === occ.name) return { changes: {} };
      const family = familyOccurrences(at);
      if (family) {
        // A party of a family: renamed in the master and in every child that names it, in every file.
        const familyClash = familyRenameClash(family, newName);
        if (familyClash) {
          const where = familyClash.uri === at.doc.uri ? `line ${familyClash.line}` : `${displayPath(workspace, familyClash.uri)}, line ${familyClash.line}`;
          throw new ResponseError(
            LSPErrorCodes.RequestFailed,
            `A contract of this family already has a party named \`${newName}\` (${where}); names of parties must be unique. Choose another name, or rename that party first.`,
          );
        }
        return { changes: familyRenameEdits(family, newName) };
      }
      const clash = at.names.find((n) => n.contract === occ.contract && n.kind === occ.kind && n.definition && n.name === newName);
      if (clash) {
        const line = at.parsed.lines.line(clash.span.start) + 1;
        throw new ResponseError(
          LSPErrorCodes.RequestFailed,
          `This contract already has a ${what} named \`${newName}\` (line ${line}); names of ${what}s must be unique. Choose another name, or rename that ${what} first.`,
        );
      }
      const edits: LspTextEdit[] = relatedOccurrences(at.names, occ).map((n) => ({ range: at.parsed.lines.range(n.span), newText: newName }));
      return { changes: { [at.doc.uri]: edits } };
    }),
  );
}
