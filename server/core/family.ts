/**
 * Contract kinds and families (LANGUAGE-V2 "Contract kinds and families"):
 * a `master` agreement and the documents `under` it (SOWs, orders, schedules,
 * addenda, DPAs, BAAs), possibly spread over many files and folders.
 *
 * Three layers, from the outside in:
 *
 * - {@link FamilyIndex}: every contract of a set of files, by file. The command
 *   line builds one over the files it is given, the language server one over
 *   the workspace; both hand {@link FamilyIndex.contextFor} to the analysis, so
 *   the same contract text gives the same diagnostics in both. It keeps, per
 *   contract, only what other files need to know (id, kind, `under`, title,
 *   where the id is written) and the whole contract node of masters only.
 * - {@link FamilyContext}: what one file's analysis may ask of the other
 *   files (the contracts with a given id). It never answers with the file's
 *   own contracts: those come from the parse being analysed, so a stale index
 *   entry for the file itself never matters.
 * - {@link resolveFamilies}: used by `analyzeParsed` (and `render`) to place each
 *   contract of one parsed file in its family: its kind, its master (found, not
 *   found, not a master, a cycle), the other masters with its id, and the
 *   contract as the rules see it, with what it inherits from its master.
 *
 * A file with no `kind` and no `under` statement costs nothing here: the
 * analysis checks that first, and does not look further.
 */
import { CONTRACT_KINDS, type ContractNode, type ParseResult, type Range, type Span, type Statement, type Value, type WordValue } from '../../grammar/index.js';

export { CONTRACT_KINDS };

/** What a contract is: `agreement` (the default, standalone) or a member of a family. */
export type ContractKind = 'agreement' | 'master' | 'sow' | 'order' | 'schedule' | 'addendum' | 'dpa' | 'baa';

const KIND_SET: ReadonlySet<string> = new Set(CONTRACT_KINDS);

/** The kind a contract declares (`kind …`); `agreement` when it writes none or a word that is not a kind. */
export function kindOf(c: ContractNode): ContractKind {
  const w = c.kind?.value?.text;
  return w !== undefined && KIND_SET.has(w) ? (w as ContractKind) : 'agreement';
}

/** The text of an id-like value: a string's content, or a word or number as written. */
function idText(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  const t = (v.kind === 'string' || v.kind === 'textblock' ? v.value : v.text).trim();
  return t === '' ? undefined : t;
}

/** The contract's `id`, as written (a string's content), or undefined. */
export function idOf(c: ContractNode): string | undefined {
  return idText(c.id?.value);
}

/** The id named by the contract's `under`, or undefined. */
export function underOf(c: ContractNode): string | undefined {
  return idText(c.under?.value);
}

/** True when some contract of the file writes `kind` or `under`: only then has the file anything to do with families. */
export function hasFamilyStatements(parse: ParseResult): boolean {
  for (const c of parse.ast.contracts) if (c.kind || c.under) return true;
  return false;
}

// ---------------------------------------------------------------------------
// What each kind must contain.

/**
 * The top-level parts a "missing clause" check may ask of a contract:
 * the block keywords, plus `provider`/`client` for the parties and `fee` for
 * a price (a `fee` line, or milestones that pay a share of one).
 */
export type AskedPart = 'provider' | 'client' | 'scope' | 'sla' | 'payment' | 'fee' | 'data_protection' | 'term' | 'termination' | 'reporting' | 'liability';

const ALL_PARTS: readonly AskedPart[] = ['provider', 'client', 'scope', 'sla', 'payment', 'fee', 'data_protection', 'term', 'termination', 'reporting', 'liability'];

/**
 * What each kind of contract is for, as the parts the missing-clause checks
 * ask of it (LANGUAGE-V2 "Decisions → Families"): an `agreement` everything;
 * a `master` the same minus scope, SLA and fee (its orders carry them); a
 * `sow` or `order` scope and a fee (or milestones); a `dpa` or `baa` its
 * parties and `data_protection`; a `schedule` or `addendum` nothing of its own.
 * A child asks the same whether or not its master is found: what it inherits
 * simply counts as present.
 */
export const ASKED_OF: Readonly<Record<ContractKind, ReadonlySet<AskedPart>>> = {
  agreement: new Set(ALL_PARTS),
  master: new Set(ALL_PARTS.filter((p) => p !== 'scope' && p !== 'sla' && p !== 'fee')),
  sow: new Set<AskedPart>(['scope', 'fee']),
  order: new Set<AskedPart>(['scope', 'fee']),
  schedule: new Set<AskedPart>(),
  addendum: new Set<AskedPart>(),
  dpa: new Set<AskedPart>(['provider', 'client', 'data_protection']),
  baa: new Set<AskedPart>(['provider', 'client', 'data_protection']),
};

/**
 * The checks that a block is complete (a due date in the payment terms, a
 * right to terminate for cause, a breach notice), by the part they are about.
 * A family member whose kind is not asked for that part (a SOW's payment
 * block carries its fee; the payment terms are its master's) is not held to
 * them: its master is, in its own file.
 */
export const COMPLETENESS_CODES: Readonly<Record<string, AskedPart>> = {
  'payment-no-due-date': 'payment',
  'payment-no-late-terms': 'payment',
  'payment-no-model': 'payment',
  'payment-no-dispute-process': 'payment',
  'termination-no-cause': 'termination',
  'termination-no-convenience': 'termination',
  'termination-no-transition': 'termination',
  'dp-no-regulation': 'data_protection',
  'dp-no-breach-notice': 'data_protection',
  'dp-no-access-control': 'data_protection',
  'dp-no-data-return': 'data_protection',
  'dp-no-audit': 'data_protection',
  'dp-no-deletion': 'data_protection',
  'dp-no-subprocessor-control': 'data_protection',
};

// ---------------------------------------------------------------------------
// The index.

/** A contract of the index as other files see it. */
export interface FamilyMember {
  /** The file it is in (the key given to {@link FamilyIndex.set}). */
  uri: string;
  id: string;
  kind: ContractKind;
  /** Its title, or its id when it has none. */
  title: string;
  /** The id its `under` names, if any. */
  under?: string;
  /** Where its id is written (the value after `id`), in its file: the target of "go to definition" on `under`. */
  range: Range;
  /** The range of the whole contract (`contract "…" { … }`) in its file. */
  contractRange: Range;
  /** The contract itself, kept for masters only (what children inherit and are compared with); undefined for every other kind. */
  contract?: ContractNode;
}

/**
 * What the analysis of one file may ask of the other files it is checked
 * with. Obtained from {@link FamilyIndex.contextFor}; pass it as the last
 * argument of `analyzeParsed`/`analyze`. Without one, a file is checked on
 * its own (a master and its children in the same file still find each other).
 */
export interface FamilyContext {
  /** The file this context is for. */
  readonly uri: string;
  /** The contracts with this id in the OTHER files of the index, in a stable order (by file, then position). */
  byId(id: string): readonly FamilyMember[];
  /**
   * Changes whenever an answer {@link byId} gives for one of the ids this file
   * refers to (its `under` chain, its masters' ids) may change: same text,
   * same configuration and same key give the same diagnostics. Computed on
   * first read, from the index's entry for this file.
   */
  readonly key: string;
}

interface Entry {
  version: number;
  members: FamilyMember[];
}

const NO_MEMBERS: readonly FamilyMember[] = [];

function compareMembers(a: FamilyMember, b: FamilyMember): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.contractRange.start.line - b.contractRange.start.line;
}

/**
 * Every contract of every file given (command line) or of the workspace
 * (editor), by file. Updating one file costs the number of its contracts
 * (plus the ids they share with other files); nothing is rebuilt as a whole.
 *
 * Keys are opaque strings (the CLI uses absolute paths, the language server
 * URIs); use the same key for the same file in every call.
 */
export class FamilyIndex {
  private readonly files = new Map<string, Entry>();
  /** Members by id (every kind), each list sorted by file. */
  private readonly ids = new Map<string, FamilyMember[]>();
  /** The files with a contract `under` each id. */
  private readonly childrenOf = new Map<string, Map<string, number>>();
  private clock = 0;

  /** Number of files indexed. */
  get size(): number {
    return this.files.size;
  }

  /**
   * Adds or replaces one file's contracts. Returns the files whose
   * diagnostics may change because of it (its {@link dependents} before and
   * after the change, this file excluded): re-check those.
   */
  set(uri: string, parse: ParseResult): string[] {
    const before = this.files.has(uri) ? this.dependents(uri) : [];
    this.remove(uri);
    const members: FamilyMember[] = [];
    for (const c of parse.ast.contracts) {
      const id = idOf(c);
      const under = underOf(c);
      if (id === undefined && under === undefined) continue;
      const kind = kindOf(c);
      const member: FamilyMember = {
        uri,
        id: id ?? '',
        kind,
        title: c.title?.value ?? id ?? '',
        under,
        range: parse.lines.range(c.id?.value?.span ?? c.stmt.head.span),
        contractRange: parse.lines.range(c.stmt.span),
        contract: kind === 'master' ? c : undefined,
      };
      members.push(member);
      if (id !== undefined) {
        const list = this.ids.get(id);
        if (list) {
          list.push(member);
          list.sort(compareMembers);
        } else this.ids.set(id, [member]);
      }
      if (under !== undefined) {
        let files = this.childrenOf.get(under);
        if (!files) this.childrenOf.set(under, (files = new Map()));
        files.set(uri, (files.get(uri) ?? 0) + 1);
      }
    }
    this.files.set(uri, { version: ++this.clock, members });
    const after = this.dependents(uri);
    return before.length === 0 ? after : [...new Set([...before, ...after])];
  }

  /** Removes one file. Returns the files whose diagnostics may change (its dependents before the removal). */
  delete(uri: string): string[] {
    if (!this.files.has(uri)) return [];
    const before = this.dependents(uri);
    this.remove(uri);
    this.files.delete(uri);
    return before;
  }

  private remove(uri: string): void {
    const entry = this.files.get(uri);
    if (!entry) return;
    for (const m of entry.members) {
      if (m.id !== '') {
        const list = this.ids.get(m.id);
        if (list) {
          const kept = list.filter((x) => x !== m);
          if (kept.length) this.ids.set(m.id, kept);
          else this.ids.delete(m.id);
        }
      }
      if (m.under !== undefined) {
        const files = this.childrenOf.get(m.under);
        const n = files?.get(uri);
        if (files && n !== undefined) {
          if (n > 1) files.set(uri, n - 1);
          else files.delete(uri);
          if (files.size === 0) this.childrenOf.delete(m.under);
        }
      }
    }
  }

  /** The contracts with this id in every file (all kinds), sorted by file. */
  members(id: string): readonly FamilyMember[] {
    return this.ids.get(id) ?? NO_MEMBERS;
  }

  /** The contracts of one file that have an id or an `under`, in order. */
  membersOf(uri: string): readonly FamilyMember[] {
    return this.files.get(uri)?.members ?? NO_MEMBERS;
  }

  /**
   * What the analysis of this file needs to know about its families: pass it
   * to `analyzeParsed`/`analyze`. It reads the index live; the analysis
   * resolves a parse's families once per context object (so that rules run in
   * chunks share the work), so ask for a new context for each analysis after
   * the index changed.
   */
  contextFor(uri: string): FamilyContext {
    const index = this;
    let key: string | undefined;
    return {
      uri,
      byId(id: string): readonly FamilyMember[] {
        const list = index.ids.get(id);
        if (!list) return NO_MEMBERS;
        let others = true;
        for (const m of list) if (m.uri === uri) others = false;
        return others ? list : list.filter((m) => m.uri !== uri);
      },
      get key(): string {
        key ??= index.dependencies(uri)
          .map((u) => `${u}@${index.files.get(u)?.version ?? 0}`)
          .join('\n');
        return key;
      },
    };
  }

  /**
   * The files this file's diagnostics depend on: those defining the ids its
   * contracts are `under` (following the chain upwards, for cycles), and
   * those defining the same ids as its masters. Sorted; this file excluded.
   */
  dependencies(uri: string): string[] {
    const out = new Set<string>();
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const m of this.membersOf(uri)) {
      if (m.under !== undefined) queue.push(m.under);
      if (m.kind === 'master' && m.id !== '') for (const x of this.members(m.id)) out.add(x.uri);
    }
    while (queue.length) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const x of this.members(id)) {
        out.add(x.uri);
        if (x.under !== undefined) queue.push(x.under);
      }
    }
    out.delete(uri);
    return [...out].sort();
  }

  /**
   * The files whose diagnostics depend on this file: the files with contracts
   * `under` an id it defines (and, down the chain, under theirs), and the files
   * defining the same ids. Used to re-check children when a master changes.
   * Sorted; this file excluded.
   */
  dependents(uri: string): string[] {
    const out = new Set<string>();
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const m of this.membersOf(uri)) {
      if (m.id === '') continue;
      queue.push(m.id);
      for (const x of this.members(m.id)) out.add(x.uri);
    }
    while (queue.length) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const files = this.childrenOf.get(id);
      if (!files) continue;
      for (const f of files.keys()) {
        out.add(f);
        for (const m of this.membersOf(f)) if (m.id !== '' && m.under === id) queue.push(m.id);
      }
    }
    out.delete(uri);
    return [...out].sort();
  }

  /** Masters by id with their file and range (for go-to-definition, hover on `under`, completion after `under`), sorted by id then file. */
  masters(): { id: string; title: string; uri: string; range: Range }[] {
    const out: { id: string; title: string; uri: string; range: Range }[] = [];
    for (const [id, list] of this.ids) for (const m of list) if (m.kind === 'master') out.push({ id, title: m.title, uri: m.uri, range: m.range });
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }
}

// ---------------------------------------------------------------------------
// One file's contracts in their families.

/** How a contract stands towards the master its `under` names. */
export type MasterStatus =
  /** No `under`. */
  | 'none'
  /** The master was found (`master` is set). */
  | 'found'
  /** No contract has the id `under` names. */
  | 'not-found'
  /** `under` names a contract that is not `kind master` (`target` is set). */
  | 'not-master'
  /** This contract is a `master` and has an `under`. */
  | 'master-under'
  /** Following `under` comes back to this contract (`chain` is set). */
  | 'cycle';

/** A contract of another file or of this one, as a family member. */
export interface FamilyRef {
  /** The file, or undefined when it is the file being analysed. */
  uri?: string;
  id: string;
  kind: ContractKind;
  title: string;
  /** The contract node: always for this file's contracts; for other files' masters only. */
  contract?: ContractNode;
}

/** One contract of the analysed file in its family. */
export interface ContractFamily {
  /** The contract as written. */
  written: ContractNode;
  /** The contract as the rules see it: the written one, plus what it inherits from a found master. */
  effective: ContractNode;
  kind: ContractKind;
  /** The id `under` names. */
  under?: string;
  status: MasterStatus;
  /** The master, when found. */
  master?: FamilyRef;
  /** What `under` names when it is not a master. */
  target?: FamilyRef;
  /** The ids along a cycle, starting and ending with this contract's. */
  chain?: string[];
  /** For a master: the other masters with the same id (this file's and others'). */
  duplicates: FamilyRef[];
  /** The parts the missing-clause checks ask of it ({@link ASKED_OF} for its kind). */
  asks: ReadonlySet<AskedPart>;
}

/** Every contract of the analysed file in its family; what rules read through `RuleContext.family`. */
export class FileFamilies {
  readonly list: ContractFamily[];
  private readonly byNode = new Map<ContractNode, ContractFamily>();
  /**
   * The offsets where inherited statements are anchored (the start of each
   * child's `under`): a finding at such an offset, zero wide, is about the
   * master's text, reported in the master's own file, and is dropped.
   */
  readonly anchors: ReadonlySet<number>;

  constructor(list: ContractFamily[], anchors: Set<number>) {
    this.list = list;
    this.anchors = anchors;
    for (const f of list) {
      this.byNode.set(f.written, f);
      this.byNode.set(f.effective, f);
    }
  }

  /** The family of a contract of this file (written or effective node). */
  of(c: ContractNode): ContractFamily | undefined {
    return this.byNode.get(c);
  }

  /** True when the missing-clause checks ask this part of the contract (always, for a contract outside any family). */
  asks(c: ContractNode, part: AskedPart): boolean {
    const f = this.byNode.get(c);
    return f === undefined || f.asks.has(part);
  }

  /**
   * True when a finding of `code` at `offset` asks a family member for a part
   * its kind is not asked for ({@link COMPLETENESS_CODES}): the analysis drops it.
   */
  relaxes(code: string, offset: number): boolean {
    const part = COMPLETENESS_CODES[code];
    if (part === undefined) return false;
    for (const f of this.list) {
      if (f.kind === 'agreement') continue;
      const span = f.written.stmt.span;
      if (offset >= span.start && offset <= span.end) return !f.asks.has(part);
    }
    return false;
  }

  /** The contracts as the rules see them, in file order. */
  effectiveContracts(): ContractNode[] {
    return this.list.map((f) => f.effective);
  }
}

/** True when the missing-clause checks ask `part` of `c`; `family` is `RuleContext.family`. */
export function asks(family: FileFamilies | undefined, c: ContractNode, part: AskedPart): boolean {
  return family === undefined || family.asks(c, part);
}

/**
 * True when the contract must state a fee: an agreement always; a `sow` or
 * `order` unless its milestones pay shares of one; a master and the other
 * kinds never (their orders carry the prices).
 */
export function needsFee(family: FileFamilies | undefined, c: ContractNode): boolean {
  if (family === undefined) return true;
  const f = family.of(c);
  if (f === undefined) return true;
  if (!f.asks.has('fee')) return false;
  return f.kind === 'agreement' || c.milestones.length === 0;
}

/** The kind of a contract in words, for messages ("this statement of work"). */
export const KIND_WORDS: Readonly<Record<ContractKind, string>> = {
  agreement: 'agreement',
  master: 'master agreement',
  sow: 'statement of work',
  order: 'order',
  schedule: 'schedule',
  addendum: 'addendum',
  dpa: 'data processing agreement',
  baa: 'business associate agreement',
};

const MAX_CHAIN = 64;

/**
 * Places every contract of a parsed file in its family, looking other files
 * up through `context` (none: the file on its own). Undefined when no
 * contract of the file writes `kind` or `under` (nothing to do; rules then
 * see the contracts as written and ask every part of them).
 */
export function resolveFamilies(parse: ParseResult, context?: FamilyContext): FileFamilies | undefined {
  if (!hasFamilyStatements(parse)) return undefined;
  const own = parse.ast.contracts;
  const ownRef = (c: ContractNode): FamilyRef => ({ id: idOf(c) ?? '', kind: kindOf(c), title: c.title?.value ?? idOf(c) ?? '', contract: c });
  const memberRef = (m: FamilyMember): FamilyRef => ({ uri: m.uri, id: m.id, kind: m.kind, title: m.title, contract: m.contract });
  /** Everything with this id: this file's contracts first (not `self`), then the other files'. */
  const lookup = (id: string, self?: ContractNode): { ref: FamilyRef; under?: string; node?: ContractNode }[] => {
    const out: { ref: FamilyRef; under?: string; node?: ContractNode }[] = [];
    for (const c of own) if (c !== self && idOf(c) === id) out.push({ ref: ownRef(c), under: underOf(c), node: c });
    if (context) for (const m of context.byId(id)) out.push({ ref: memberRef(m), under: m.under });
    return out;
  };
  /** The ids along `under` from `start`, stopping at a repeat: a cycle when it comes back to `startId`. */
  const cycleFrom = (c: ContractNode): string[] | undefined => {
    const startId = idOf(c);
    let under = underOf(c);
    if (under === undefined) return undefined;
    if (startId !== undefined && under === startId) return [startId, startId];
    if (startId === undefined) return undefined;
    const chain = [startId];
    const seen = new Set<string>([startId]);
    for (let i = 0; i < MAX_CHAIN && under !== undefined; i++) {
      if (under === startId) return [...chain, startId];
      if (seen.has(under)) return undefined; // a loop further up: reported on its own members
      seen.add(under);
      chain.push(under);
      const next = lookup(under, c);
      // Follow a master first, as the child does.
      const step = next.find((x) => x.ref.kind === 'master') ?? next[0];
      under = step?.under;
    }
    return undefined;
  };

  const list: ContractFamily[] = [];
  const anchors = new Set<number>();
  for (const c of own) {
    const kind = kindOf(c);
    const under = underOf(c);
    const id = idOf(c);
    const fam: ContractFamily = { written: c, effective: c, kind, under, status: 'none', duplicates: [], asks: ASKED_OF[kind] };
    if (kind === 'master' && id !== undefined) {
      fam.duplicates = lookup(id, c)
        .filter((x) => x.ref.kind === 'master')
        .map((x) => x.ref);
    }
    if (under !== undefined) {
      const chain = cycleFrom(c);
      if (chain) {
        fam.status = 'cycle';
        fam.chain = chain;
      } else if (kind === 'master') fam.status = 'master-under';
      else {
        const targets = lookup(under, c);
        const master = targets.find((x) => x.ref.kind === 'master');
        if (master) {
          fam.status = 'found';
          fam.master = master.ref;
        } else if (targets.length) {
          fam.status = 'not-master';
          fam.target = targets[0]!.ref;
        } else fam.status = 'not-found';
      }
    }
    if (fam.status === 'found' && fam.master?.contract && c.under) {
      const at = c.under.stmt.span.start;
      anchors.add(at);
      fam.effective = inherit(c, fam.master.contract, { start: at, end: at });
    }
    list.push(fam);
  }
  return new FileFamilies(list, anchors);
}

// ---------------------------------------------------------------------------
// Inheritance.

/**
 * A deep copy of part of another contract's tree, with every span moved to
 * `anchor` (a zero-wide point of the child): a rule that reports on an
 * inherited statement reports there, and the analysis drops it (the master's
 * own file reports it). Shared objects stay shared in the copy.
 */
function relocate<T>(x: T, anchor: Span, memo: Map<object, unknown>): T {
  if (x === null || typeof x !== 'object') return x;
  const hit = memo.get(x as object);
  if (hit !== undefined) return hit as T;
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    memo.set(x, out);
    for (const v of x) out.push(relocate(v, anchor, memo));
    return out as T;
  }
  const o = x as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2) {
    const s = { start: anchor.start, end: anchor.end };
    memo.set(x as object, s);
    return s as T;
  }
  const out: Record<string, unknown> = {};
  memo.set(x as object, out);
  for (const k of Object.keys(o)) out[k] = relocate(o[k], anchor, memo);
  return out as T;
}

/** The word at a slot, or the first word argument of a statement. */
function firstWord(stmt: Statement): string {
  for (const v of stmt.args) if (v.kind === 'word') return v.text;
  return '';
}

/**
 * The key of a statement within its block kind: a child's statement replaces
 * the master's statements of the same key (the keyword, plus the word that
 * tells statements of one keyword apart: who may terminate, which breach,
 * which report). `text` is never inherited (the master's prose stays the master's).
 */
function statementKey(block: string, stmt: Statement): string | undefined {
  const k = stmt.keyword;
  if (k === undefined || k === 'text') return undefined;
  switch (block) {
    case 'termination':
      return k === 'for_convenience' || k === 'for_cause' ? `${k} ${firstWord(stmt)}` : k;
    case 'data_protection':
      if (k === 'breach_notice') {
        const w = firstWord(stmt);
        return `${k} ${w === 'security_incident' ? w : 'personal_data_breach'}`;
      }
      return k;
    case 'reporting':
      if (k === 'report') {
        const label = stmt.args.find((v) => v.kind === 'string');
        return `${k} ${label && (label.kind === 'string' || label.kind === 'textblock') ? label.value : firstWord(stmt)}`;
      }
      return k;
    case 'liability':
      if (k === 'super_cap' || k === 'insurance' || k === 'indemnify') return `${k} ${firstWord(stmt)}`;
      return k;
    case 'term':
      // `initial` and `until_terminated` both say how long it runs.
      if (k === 'until_terminated') return 'initial';
      if (k === 'extension') return `${k} ${firstWord(stmt)}`;
      return k;
    case 'payment':
      if (k === 'rate') {
        const label = stmt.args.find((v) => v.kind === 'string');
        return `${k} ${label && (label.kind === 'string' || label.kind === 'textblock') ? label.value : ''}`;
      }
      return k;
    default:
      return k;
  }
}

/** The block lists of a contract that a child inherits, with their block kind. */
const INHERITED_BLOCKS = [
  ['payments', 'payment'],
  ['dataProtections', 'data_protection'],
  ['terms', 'term'],
  ['terminations', 'termination'],
  ['liabilities', 'liability'],
  ['changes', 'changes'],
  ['reportings', 'reporting'],
] as const;

type BlockLike = { stmt: Statement; items: { stmt: Statement }[] } & Record<string, unknown>;

/** Merges one block kind: the child's blocks, with the master's statements it does not replace added to the first. */
function mergeBlocks(block: string, mine: readonly BlockLike[], theirs: readonly BlockLike[], anchor: Span, memo: Map<object, unknown>): BlockLike[] {
  if (theirs.length === 0) return mine as BlockLike[];
  if (mine.length === 0) return theirs.map((b) => relocate(b, anchor, memo));
  const keys = new Set<string>();
  for (const b of mine) for (const m of b.items) {
    const key = statementKey(block, m.stmt);
    if (key !== undefined) keys.add(key);
  }
  const inherited = new Set<Statement>();
  for (const b of theirs) for (const m of b.items) {
    const key = statementKey(block, m.stmt);
    if (key !== undefined && !keys.has(key)) inherited.add(m.stmt);
  }
  if (inherited.size === 0) return mine as BlockLike[];
  const first = mine[0]!;
  const merged: Record<string, unknown> = { ...first };
  for (const b of theirs) {
    for (const [k, v] of Object.entries(b)) {
      if (k === 'stmt') continue;
      if (Array.isArray(v)) {
        const add = v.filter((e) => e && typeof e === 'object' && inherited.has((e as { stmt: Statement }).stmt)).map((e) => relocate(e, anchor, memo));
        if (add.length) merged[k] = [...((merged[k] as unknown[] | undefined) ?? []), ...add];
      } else if (v && typeof v === 'object' && inherited.has((v as { stmt: Statement }).stmt) && merged[k] === undefined) {
        merged[k] = relocate(v, anchor, memo);
      }
    }
  }
  return [merged as BlockLike, ...mine.slice(1)];
}

/**
 * The contract as the rules see it: `child` plus, per statement within each
 * block kind (parties, payment, data_protection, term, termination,
 * liability, changes, reporting), what it inherits from `master`. Its own
 * statement replaces the master's of the same keyword and key; a party role
 * it names replaces the master's parties of that role (a child naming only a
 * client inherits the provider). Inherited parts are copies anchored at
 * `anchor` (see {@link relocate}); the child's own nodes are kept as they are.
 */
export function inherit(child: ContractNode, master: ContractNode, anchor: Span): ContractNode {
  const memo = new Map<object, unknown>();
  const out: ContractNode = { ...child };
  const roles = new Set(child.parties.map((p) => p.role?.text));
  const inheritedParties = master.parties.filter((p) => p.role && !roles.has(p.role.text)).map((p) => relocate(p, anchor, memo));
  if (inheritedParties.length) out.parties = [...child.parties, ...inheritedParties];
  for (const [field, block] of INHERITED_BLOCKS) {
    (out as unknown as Record<string, unknown>)[field] = mergeBlocks(block, child[field] as unknown as BlockLike[], master[field] as unknown as BlockLike[], anchor, memo);
  }
  return out;
}

/** The role words of a contract's parties, by role. */
export function partyNames(c: ContractNode, role: 'provider' | 'client'): WordValue[] {
  const out: WordValue[] = [];
  for (const p of c.parties) if (p.role?.text === role && p.name) out.push(p.name);
  return out;
}
