/**
 * The features that look across files, through the workspace model
 * (workspace.ts) and its family index:
 * - `under ID`: go to definition opens the master with that id, hover shows
 *   its title and file, completion after `under` offers the masters' ids;
 * - a party of a family: a child restates a party of its master by the same
 *   name (`party client globex "…"` in a SOW under the master that defines
 *   `globex`), so definition, references and rename of a party name reach the
 *   master and every child that names it, in whatever file they are.
 */
import type { Hover, Location, Range, TextEdit } from 'vscode-languageserver';
import type { ContractNode, ParseResult } from '../../grammar/index.js';
import { idOf, kindOf, underOf, type FamilyMember } from '../core/family.js';
import { fileNameOf } from './custom-requests.js';
import { collectNames, type NameOccurrence } from './names.js';
import type { Workspace } from './workspace.js';

/** The `under` value under an offset: the contract and the id it names. */
export function underAt(parsed: ParseResult, offset: number): { contract: ContractNode; id: string; range: Range } | undefined {
  for (const c of parsed.ast.contracts) {
    const v = c.under?.value;
    if (!v || offset < v.span.start || offset > v.span.end) continue;
    const id = underOf(c);
    if (id !== undefined) return { contract: c, id, range: parsed.lines.range(v.span) };
  }
  return undefined;
}

/** The masters with an id, in file order (duplicates are an error, but each is a candidate). */
function mastersNamed(ws: Workspace, id: string): FamilyMember[] {
  return ws.families.members(id).filter((m) => m.kind === 'master');
}

/** Go to definition on `under ID`: the id of each master with that id. */
export function underDefinition(ws: Workspace, parsed: ParseResult, offset: number): Location[] | undefined {
  const at = underAt(parsed, offset);
  if (!at) return undefined;
  return mastersNamed(ws, at.id).map((m) => ({ uri: m.uri, range: m.range }));
}

/** The path of a file to show: relative to its workspace folder when it lies in one, else its name. */
export function displayPath(ws: Workspace, uri: string): string {
  const folder = ws.folderOf(uri);
  if (folder) {
    const rel = uri.slice(folder.replace(/\/$/, '').length + 1);
    try {
      return decodeURIComponent(rel);
    } catch {
      return rel;
    }
  }
  return fileNameOf(uri);
}

/** Hover on `under ID`: the master's title and file, or why there is none. */
export function underHover(ws: Workspace, uri: string, parsed: ParseResult, offset: number): Hover | undefined {
  const at = underAt(parsed, offset);
  if (!at) return undefined;
  const masters = mastersNamed(ws, at.id);
  const lines: string[] = [];
  if (!masters.length) {
    const others = ws.families.members(at.id);
    lines.push(
      others.length
        ? `**${at.id}** is not a master agreement (its kind is \`${others[0]!.kind}\`): \`under\` names the id of a contract with \`kind master\`.`
        : `No master agreement with the id **${at.id}** was found in the workspace.`,
    );
  }
  for (const m of masters) {
    const where = m.uri === uri ? 'this file' : `\`${displayPath(ws, m.uri)}\``;
    lines.push(`**Master:** ${m.title} (\`${m.id}\`), in ${where}, line ${m.range.start.line + 1}`);
  }
  if (masters.length > 1) lines.push(`${masters.length} masters have this id: each id must be unique.`);
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: at.range };
}

/** Completion after `under`: the masters' ids (with their titles and files), as quoted strings. */
export function underCompletions(ws: Workspace, uri: string, parsed: ParseResult, offset: number): { label: string; detail: string; insertText: string; range?: Range }[] | undefined {
  const text = parsed.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const m = /^(\s*under\s+)("?[^"\s]*)$/.exec(before);
  if (!m) return undefined;
  const typed = m[2]!;
  const start = parsed.lines.position(lineStart + m[1]!.length);
  // Replace what is typed of the id, and its closing quote if there is one.
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== ' ' && text[end] !== '"') end++;
  if (text[end] === '"' && typed.startsWith('"')) end++;
  const range: Range = { start, end: parsed.lines.position(end) };
  // A contract is not under itself.
  const here = parsed.ast.contracts.find((c) => c.stmt.span.start <= offset && offset <= c.stmt.span.end);
  const ownId = here && idOf(here);
  const seen = new Set<string>();
  const out: { label: string; detail: string; insertText: string; range?: Range }[] = [];
  for (const master of ws.families.masters()) {
    if (seen.has(master.id) || master.id === ownId) continue;
    seen.add(master.id);
    out.push({ label: master.id, detail: `${master.title} (${master.uri === uri ? 'this file' : displayPath(ws, master.uri)})`, insertText: JSON.stringify(master.id), range });
  }
  return out;
}

/** One place a family party's name is written. */
export interface FamilyOccurrence {
  uri: string;
  range: Range;
  definition: boolean;
  /** The contract it is in (its index in its file) and that file's parse, for clash checks. */
  contract: number;
  parsed: ParseResult;
  names: NameOccurrence[];
}

/** The id of the family a contract belongs to: its own when it is a master, else the one its `under` names. */
function familyIdOf(c: ContractNode): string | undefined {
  return kindOf(c) === 'master' ? idOf(c) : underOf(c);
}

/**
 * Every occurrence of a party name across the family of the contract it is
 * in (the master and every contract under it, in every file of the model), or
 * undefined when the contract is in no family. `names` of the current file
 * are passed in (cached by the server).
 */
export function familyPartyOccurrences(ws: Workspace, uri: string, parsed: ParseResult, names: NameOccurrence[], occ: NameOccurrence): FamilyOccurrence[] | undefined {
  if (occ.kind !== 'party') return undefined;
  const contract = parsed.ast.contracts[occ.contract];
  const familyId = contract && familyIdOf(contract);
  if (familyId === undefined) return undefined;
  // The files of the family: those defining the id, and those with contracts under it.
  const files = new Set<string>([uri]);
  for (const m of ws.families.members(familyId)) {
    files.add(m.uri);
    for (const d of ws.families.dependents(m.uri)) files.add(d);
  }
  const out: FamilyOccurrence[] = [];
  for (const file of [...files].sort()) {
    const p = file === uri ? parsed : ws.parsed(file);
    if (!p) continue;
    const fileNames = file === uri ? names : collectNames(p);
    p.ast.contracts.forEach((c, index) => {
      const inFamily = (kindOf(c) === 'master' && idOf(c) === familyId) || (kindOf(c) !== 'master' && underOf(c) === familyId);
      if (!inFamily) return;
      for (const n of fileNames) {
        if (n.contract !== index || n.kind !== 'party' || n.name !== occ.name) continue;
        out.push({ uri: file, range: p.lines.range(n.span), definition: n.definition, contract: index, parsed: p, names: fileNames });
      }
    });
  }
  // Only worth it when the name is written in more than one contract.
  return out.length > 1 ? out : undefined;
}

/** The edits of a rename across files, by file. */
export function familyRenameEdits(occurrences: readonly FamilyOccurrence[], newName: string): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrences) (changes[o.uri] ??= []).push({ range: o.range, newText: newName });
  return changes;
}

/** A party of the same name as `newName` in one of the contracts a rename edits, if any (a clash). */
export function familyRenameClash(occurrences: readonly FamilyOccurrence[], newName: string): { uri: string; line: number } | undefined {
  const seen = new Set<string>();
  for (const o of occurrences) {
    const key = `${o.uri}#${o.contract}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const clash = o.names.find((n) => n.contract === o.contract && n.kind === 'party' && n.definition && n.name === newName);
    if (clash) return { uri: o.uri, line: o.parsed.lines.line(clash.span.start) + 1 };
  }
  return undefined;
}

/**
 * The other files of the family the file's contracts belong to (the first
 * family found in the file), with the indexes of the family's contracts in
 * each: the master's file first, then the files of the contracts under it.
 */
export function familyDocuments(ws: Workspace, uri: string, parsed: ParseResult): { id: string; documents: { uri: string; file: string; relation: 'master' | 'child'; parsed: ParseResult; contracts: number[] }[] } | undefined {
  let familyId: string | undefined;
  for (const c of parsed.ast.contracts) {
    familyId = familyIdOf(c);
    if (familyId !== undefined) break;
  }
  if (familyId === undefined) return undefined;
  const files = new Set<string>();
  for (const m of ws.families.members(familyId)) {
    files.add(m.uri);
    for (const d of ws.families.dependents(m.uri)) files.add(d);
  }
  files.delete(uri);
  const documents: { uri: string; file: string; relation: 'master' | 'child'; parsed: ParseResult; contracts: number[] }[] = [];
  for (const file of [...files].sort()) {
    const p = ws.parsed(file);
    if (!p) continue;
    const masters: number[] = [];
    const children: number[] = [];
    p.ast.contracts.forEach((c, i) => {
      if (kindOf(c) === 'master' && idOf(c) === familyId) masters.push(i);
      else if (kindOf(c) !== 'master' && underOf(c) === familyId) children.push(i);
    });
    if (masters.length) documents.push({ uri: file, file: displayPath(ws, file), relation: 'master', parsed: p, contracts: masters });
    if (children.length) documents.push({ uri: file, file: displayPath(ws, file), relation: 'child', parsed: p, contracts: children });
  }
  documents.sort((a, b) => (a.relation === b.relation ? 0 : a.relation === 'master' ? -1 : 1));
  return { id: familyId, documents };
}
