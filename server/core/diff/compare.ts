/**
 * The matching of two parsed contracts: statements are compared by where they
 * stand (the block, and the named block around it) and by their keys (the
 * SLA, service, party, clause or milestone name; the priority level; the
 * credit's trigger and threshold; the fee's period; who holds a right; …),
 * never by line. Comments, layout, the order of statements and the order of
 * the words of a list (`exclude a, b` = `exclude b, a`) make no change.
 *
 * Algorithm, at each level of blocks:
 * 1. statements of the schema are keyed; blocks with the same key merge (two
 *    `payment { }` blocks are one payment block);
 * 2. statements with the same key whose content (their meaning and their
 *    words) is identical cancel out, as a multiset;
 * 3. what is left of a key, one statement on each side, is a change; so is
 *    what is left of a looser group (same keyword and, for a party, the same
 *    role) one on each side (a renamed SLA, a credit whose threshold moved);
 * 4. the rest is added or removed; blocks are compared recursively.
 * Every step is symmetric, so diff(B, A) is the mirror image of diff(A, B).
 */
import {
  fieldValue,
  readStatement,
  statementSpec,
  type BlockKind,
  type ContractNode,
  type Fields,
  type Meaning,
  type ParseResult,
  type Statement,
  type Value,
} from '../../../grammar/index.js';
import type { StatementView } from './favour.js';

/** A statement of one version, keyed for matching. */
export interface Item {
  view: StatementView;
  /** The exact key within its block level. */
  key: string;
  /** The looser key for pairing what is left (a renamed block, a moved threshold). */
  loose: string;
  /** How the statement reads in a path: `priority critical`, `sla availability`. */
  label: string;
  /** The looser label, for a pair matched by the loose key. */
  looseLabel: string;
  /** What is compared: the meaning and the words, layout and list order aside. */
  canon: string;
  /** The statement as written, whitespace normalised. */
  words: string;
  /** The statements of its block(s), merged when several blocks share the key. */
  children?: Statement[];
  /** The block kind its braces open. */
  opens?: BlockKind;
  contract: ContractNode;
  parse: ParseResult;
}

/** One side of a version's context. */
export interface Side {
  parse: ParseResult;
  /** Meanings by statement, from the typed AST (read once by the forms reader). */
  meanings: Map<Statement, Meaning>;
}

/** Collects the meanings the AST holds, by statement. */
export function meaningsOf(parse: ParseResult): Map<Statement, Meaning> {
  const out = new Map<Statement, Meaning>();
  for (const c of parse.ast.contracts) {
    const blocks = [...c.scopes, ...c.slas, ...c.payments, ...c.dataProtections, ...c.terms, ...c.terminations, ...c.reportings, ...c.liabilities, ...c.changes, ...c.milestones];
    for (const b of blocks) for (const m of b.items) out.set(m.stmt, m);
  }
  return out;
}

/** The values of a statement without commas and stray characters. */
export function valuesOf(stmt: Statement): Value[] {
  return stmt.args.filter((v) => v.kind !== 'comma' && v.kind !== 'unknown');
}

/** Prose with its whitespace runs made single spaces. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A value as words (prose quoted and squashed). */
export function valueWords(v: Value): string {
  if (v.kind === 'textblock' || v.kind === 'string') return JSON.stringify(squash(v.value));
  return v.text;
}

/** A value for comparison: what it means, not how it is written (`12_500.00 USD` = `12500 USD`). */
function valueCanon(v: Value): string {
  switch (v.kind) {
    case 'string':
    case 'textblock':
      return `s:${squash(v.value)}`;
    case 'number':
      return `n:${v.value}`;
    case 'percent':
      return `p:${v.value}`;
    case 'money':
      return `m:${v.amount} ${v.currency}`;
    case 'duration':
      return `d:${v.amount} ${v.unit}`;
    case 'multiple':
      return `x:${v.value}`;
    case 'date':
      return `t:${v.year}-${v.month}-${v.day}`;
    default:
      return `w:${v.text}`;
  }
}

/** The statement's line as written: keyword and values, single spaces, commas after list items. */
export function statementWords(stmt: Statement): string {
  let out = valueWords(stmt.head);
  for (const v of stmt.args) {
    if (v.kind === 'unknown') continue;
    out += v.kind === 'comma' ? ',' : ` ${valueWords(v)}`;
  }
  return out;
}

function fieldsCanon(fields: Fields): string {
  return Object.keys(fields)
    .sort()
    .map((k) => {
      const f = fields[k]!;
      const list = Array.isArray(f) ? f.map(valueCanon).sort() : [valueCanon(f)];
      return `${k}=${list.join(',')}`;
    })
    .join(';');
}

/** Statements whose values are a set: their order makes no change. */
const SET_LIKE = new Set(['sla.exclude', 'liability.exclude', 'liability.uncapped', 'data_protection.comply', 'data_protection.encryption', 'service.channels', 'changes.provider', 'liability.indemnify', 'liability.super_cap', 'contract.sla']);

const word = (v: Value | undefined): string => (v?.kind === 'word' ? v.text : v ? valueWords(v) : '');

/** The key of a statement within its block: [exact, loose] discriminators after the keyword. */
function discriminators(block: BlockKind, keyword: string, values: Value[], fields: Fields): [string, string] {
  const f = (name: string) => word(fieldValue(fields, name));
  switch (`${block}.${keyword}`) {
    case 'file.contract':
      return ['', ''];
    case 'contract.party':
      return [`${word(values[0])} ${word(values[1])}`.trim(), word(values[0])];
    case 'contract.sla':
    case 'contract.clause':
    case 'scope.service':
      return [word(values[0]), ''];
    case 'scope.exclude': {
      // An exclusion is its words: a different one is another exclusion, never a change of this one.
      const v = values.map(valueWords).join(' ');
      return [v, `=${v}`];
    }
    case 'sla.priority':
      return [values[0]?.kind === 'word' && values[0].text !== 'respond' && values[0].text !== 'resolve' ? values[0].text : '', ''];
    case 'sla.target':
    case 'payment.rate':
    case 'reporting.report':
      return [values[0]?.kind === 'string' ? valueWords(values[0]) : '', ''];
    case 'sla.maintenance':
      return [f('kind') === 'emergency' ? 'emergency' : '', ''];
    case 'sla.credit': {
      if (fieldValue(fields, 'threshold')) return [`when below ${word(fieldValue(fields, 'threshold'))}`, 'when below'];
      if (fieldValue(fields, 'metric')) return [`when ${f('priority')} ${f('metric')}`, 'when'];
      if (fieldValue(fields, 'block')) return ['per downtime', 'per downtime'];
      if (fieldValue(fields, 'per')) return ['per breach', 'per breach'];
      return ['', ''];
    }
    case 'sla.credits':
      for (const k of ['applied', 'forfeit_on_termination', 'only_if']) if (fields[k] !== undefined) return [k, ''];
      return ['', ''];
    case 'sla.answer':
      return [f('channel'), ''];
    case 'sla.notify':
      return [f('event'), ''];
    case 'payment.fee':
      return [f('period') === 'once' ? 'once' : '', ''];
    case 'payment.price_increase':
      return ['', ''];
    case 'data_protection.breach_notice':
      return [f('kind') === 'security_incident' ? 'security_incident' : '', ''];
    case 'data_protection.audit':
      return [f('by'), ''];
    case 'term.extension':
    case 'termination.for_convenience':
    case 'termination.for_cause':
    case 'liability.indemnify':
      return [f('who') || word(values[0]), ''];
    case 'liability.cap':
      return [fieldValue(fields, 'per') ? 'per record' : '', ''];
    case 'liability.super_cap':
      return [
        values
          .filter((v) => v.kind === 'word' && v.text !== 'fees')
          .map((v) => v.text)
          .sort()
          .join(', '),
        '',
      ];
    case 'liability.insurance':
      return [f('kind'), ''];
    case 'milestones.milestone':
      return [f('name') || word(values[0]), ''];
    default:
      return ['', ''];
  }
}

/** Reads one statement of a block of `kind` as an item, or undefined when the schema does not place it there. */
function itemOf(stmt: Statement, kind: BlockKind, side: Side, contract: ContractNode, prefix: string): Item | undefined {
  if (stmt.keyword === undefined) return undefined;
  const spec = statementSpec(kind, stmt.keyword);
  if (!spec) return undefined;
  const values = valuesOf(stmt);
  let fields: Fields = side.meanings.get(stmt)?.fields ?? {};
  // Statements whose meaning the AST does not keep (at the contract's level, in a party or a service): read through the same forms.
  if (!side.meanings.has(stmt) && spec.forms) fields = readStatement(stmt, values, spec.forms).fields;
  const view: StatementView = { block: kind, keyword: stmt.keyword, stmt, fields, values };
  const [exact, loose] = discriminators(kind, stmt.keyword, values, fields);
  const id = `${kind}.${stmt.keyword}`;
  const tokens = [...values.map(valueCanon)];
  if (SET_LIKE.has(id)) tokens.sort();
  // An opener's words are its line, its block aside.
  const canon = `${fieldsCanon(fields)}|${tokens.join(' ')}`;
  const label = exact ? `${stmt.keyword} ${exact}` : stmt.keyword;
  return {
    view,
    key: `${prefix}\u0000${stmt.keyword}\u0000${exact}`,
    loose: `${prefix}\u0000${stmt.keyword}\u0000~${loose}`,
    label,
    looseLabel: loose ? `${stmt.keyword} ${loose}` : stmt.keyword,
    canon,
    words: statementWords(stmt),
    children: spec.opens && stmt.block ? [...stmt.block.statements] : spec.opens ? [] : undefined,
    opens: spec.opens,
    contract,
    parse: side.parse,
  };
}

/** The items of one block level, blocks with the same key merged. */
export function itemsOf(statements: readonly Statement[], kind: BlockKind, side: Side, contract: ContractNode, prefix: string): Item[] {
  const out: Item[] = [];
  const openers = new Map<string, Item>();
  for (const s of statements) {
    const item = itemOf(s, kind, side, contract, prefix);
    if (!item) continue;
    if (item.opens) {
      const same = openers.get(item.key);
      if (same) {
        same.children!.push(...(item.children ?? []));
        continue;
      }
      openers.set(item.key, item);
    }
    out.push(item);
  }
  return out;
}

/** A pair of matched items, or an item of one side only. */
export interface Match {
  before?: Item;
  after?: Item;
  /** True when paired by the loose key (the path then names the loose label). */
  loose?: boolean;
}

function groupBy(items: readonly Item[], key: (i: Item) => string): Map<string, Item[]> {
  const m = new Map<string, Item[]>();
  for (const i of items) {
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}

/** Matches the items of one block level of the two versions (see the algorithm above). */
export function matchItems(olds: readonly Item[], news: readonly Item[]): Match[] {
  const out: Match[] = [];
  const leftOld: Item[] = [];
  const leftNew: Item[] = [];
  const oldByKey = groupBy(olds, (i) => i.key);
  const newByKey = groupBy(news, (i) => i.key);
  for (const key of new Set([...oldByKey.keys(), ...newByKey.keys()])) {
    const a = oldByKey.get(key) ?? [];
    const b = newByKey.get(key) ?? [];
    // Blocks (one per key after merging) always pair: their contents are compared inside.
    if (a.length === 1 && b.length === 1 && a[0]!.opens) {
      out.push({ before: a[0], after: b[0] });
      continue;
    }
    // Identical statements cancel out, as a multiset.
    const restA: Item[] = [];
    const bByCanon = groupBy(b, (i) => i.canon);
    for (const x of a) {
      const same = bByCanon.get(x.canon);
      if (same && same.length) out.push({ before: x, after: same.shift()! });
      else restA.push(x);
    }
    const restB = [...bByCanon.values()].flat();
    if (restA.length === 1 && restB.length === 1) out.push({ before: restA[0], after: restB[0] });
    else {
      leftOld.push(...restA);
      leftNew.push(...restB);
    }
  }
  const oldLoose = groupBy(leftOld, (i) => i.loose);
  const newLoose = groupBy(leftNew, (i) => i.loose);
  for (const key of new Set([...oldLoose.keys(), ...newLoose.keys()])) {
    const a = oldLoose.get(key) ?? [];
    const b = newLoose.get(key) ?? [];
    if (a.length === 1 && b.length === 1) out.push({ before: a[0], after: b[0], loose: true });
    else {
      for (const x of a) out.push({ before: x });
      for (const y of b) out.push({ after: y });
    }
  }
  return out;
}
