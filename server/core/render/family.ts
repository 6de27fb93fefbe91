/**
 * What a rendered document says about its family (issue 12 item 5): which
 * kind of document it is, the master it is under, the master's parties when
 * it names none of that role, and which document prevails in a conflict
 * (from `precedence`). Says only what the contracts say.
 */
import type { ContractNode, PartyNode } from '../../../grammar/index.js';
import { KIND_WORDS, type ContractFamily, type ContractKind } from '../family.js';

/** A kind as a precedence list names it. */
const PRECEDENCE_WORDS: Readonly<Record<ContractKind, string>> = {
  agreement: 'the agreement',
  master: 'the master agreement',
  sow: 'the statement of work',
  order: 'the order',
  schedule: 'the schedule',
  addendum: 'the addendum',
  dpa: 'the data processing agreement',
  baa: 'the business associate agreement',
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The kinds of a precedence list, as written (words that are not kinds are left out). */
function precedenceOf(c: ContractNode | undefined): ContractKind[] {
  return (c?.precedence?.values ?? []).map((v) => v.text).filter((w): w is ContractKind => w in PRECEDENCE_WORDS);
}

/** The master's name in a sentence: its title and id. */
function masterName(f: ContractFamily): string {
  const m = f.master;
  if (!m) return `the master agreement "${f.under}"`;
  return m.title && m.title !== m.id ? `the ${m.title} (${m.id})` : `the master agreement ${m.id}`;
}

/** Facts for the title block: the kind of document and the master it is under. */
export function familyMeta(f: ContractFamily): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (f.kind !== 'agreement') out.push({ label: 'Document', value: capitalize(KIND_WORDS[f.kind]) });
  if (f.under !== undefined) {
    const m = f.master;
    out.push({ label: 'Under', value: m ? `${m.title && m.title !== m.id ? `${m.title} (${m.id})` : m.id}` : `${f.under} (not among the documents rendered)` });
  }
  return out;
}

/**
 * The background paragraphs of a family member: for a child, that it is made
 * under its master and which document prevails; for a master, its precedence
 * order. Notes (review aids) say what the contracts leave unsaid.
 */
export function familySentences(f: ContractFamily): { text: string; notes: string[] }[] {
  const out: { text: string; notes: string[] }[] = [];
  const kind = KIND_WORDS[f.kind];
  if (f.kind === 'master') {
    const order = precedenceOf(f.written);
    if (order.length) out.push({ text: `Where the documents made under this master agreement conflict, they prevail in this order: ${order.map((k) => (k === 'master' ? 'this master agreement' : PRECEDENCE_WORDS[k])).join(', ')}.`, notes: [] });
    return out;
  }
  if (f.under === undefined) return out;
  const master = masterName(f);
  const notes: string[] = [];
  if (f.status !== 'found') notes.push(`The master agreement "${f.under}" was not among the documents rendered: its parties and terms are not shown here.`);
  out.push({ text: `This ${kind} is made under ${master}, whose terms apply to it except where it states its own.`, notes });
  // Its own precedence, else the master's.
  const order = precedenceOf(f.written).length ? precedenceOf(f.written) : precedenceOf(f.master?.contract);
  if (order.length === 0) {
    if (f.status === 'found') out[0]!.notes.push('Neither document says which prevails in a conflict (no precedence).');
    return out;
  }
  const mine = order.indexOf(f.kind);
  const theirs = order.indexOf('master');
  let text: string;
  if (mine >= 0 && theirs >= 0) {
    text = mine < theirs ? `Where this ${kind} and ${master} conflict, this ${kind} prevails.` : `Where this ${kind} and ${master} conflict, ${master} prevails.`;
  } else {
    text = `Where the documents conflict, they prevail in this order: ${order.map((k) => PRECEDENCE_WORDS[k]).join(', ')}.`;
  }
  const sentence = { text, notes: [] as string[] };
  if (mine < 0) sentence.notes.push(`The precedence order does not name this kind of document (${kind}).`);
  out.push(sentence);
  return out;
}

/** The master's parties of the roles a child does not name (a child naming only a client is under the master's provider). */
export function inheritedParties(f: ContractFamily): PartyNode[] {
  const master = f.master?.contract;
  if (f.status !== 'found' || !master) return [];
  const named = new Set(f.written.parties.map((p) => p.role?.text));
  return master.parties.filter((p) => p.role && !named.has(p.role.text));
}

/** The line a party of the master carries in a child's document: where it comes from. */
export function inheritedPartyNote(f: ContractFamily): string {
  return `A party to this ${KIND_WORDS[f.kind]} as a party to ${masterName(f)}.`;
}
