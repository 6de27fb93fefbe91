/** conflicting-statements: two statements in one block that say the same thing twice, differently (two uptimes for one period, two claim windows, two aggregate caps) or identically. */
import type { BlockKind, ContractNode, Meaning, ParseResult, Statement, Value } from '../../../../grammar/index.js';
import { fieldValue, fieldValues, fieldWord } from '../../../../grammar/index.js';
import type { Fix, Rule } from '../../types.js';

/** What one statement states, under a key: two statements with the same key in one block say the same thing twice. */
interface Claim {
  /** Within its keyword; '' when the keyword may stand only once. */
  key: string;
  /**
   * What it says, as written (normalised spaces): equal values are duplicates,
   * different ones a contradiction. A function is called only when two claims
   * meet, so that a block without repetition costs no string building.
   */
  value: string | (() => string);
  /** How the thing is named in messages, when the key narrows it ("for the period `monthly`"). */
  about?: string;
}

interface Unique {
  /** The claims of one statement; none when the statement cannot be keyed (it is then never compared). */
  claims: (m: Meaning) => Claim[];
  /** What the block states only once, for messages. */
  one: string;
}

/** The values of a statement as written, commas kept, spaces normalised. */
function written(values: readonly Value[]): string {
  return values
    .map((v) => (v.kind === 'comma' ? ',' : ` ${v.text}`))
    .join('')
    .trim();
}

function statementText(stmt: Statement): string {
  return written([stmt.head, ...stmt.args]);
}

/** The statement may stand once in its block. */
const once = (one: string): Unique => ({ claims: (m) => [{ key: '', value: () => statementText(m.stmt) }], one });

/** The statement may stand once per key (undefined: not compared). */
const per = (one: string, key: (m: Meaning) => string | undefined, about?: (k: string) => string): Unique => ({
  claims: (m) => {
    const k = key(m);
    return k === undefined ? [] : [{ key: k, value: () => statementText(m.stmt), about: about?.(k) }];
  },
  one,
});

/** The first word after the keyword (statements the schema does not read into fields). */
function firstWord(m: Meaning): string | undefined {
  const v = m.stmt.args.find((a) => a.kind !== 'comma');
  return v?.kind === 'word' ? v.text : undefined;
}

function wordOr(m: Meaning, slot: string, fallback: string): string {
  return fieldWord(m.fields, slot) ?? fallback;
}

function stringOf(v: Value | undefined): string | undefined {
  return v?.kind === 'string' || v?.kind === 'textblock' ? v.value : undefined;
}

/**
 * The statements that must be unique in their block, and what makes two of
 * them state the same thing. Everything not listed may repeat: several `fee`
 * lines (a recurring fee and a one-off), `credit` tiers (`sla-inconsistent`
 * checks those; only a credit written twice word for word is a duplicate here),
 * `exclude`, `extension`, `measured_by`, `comply`,
 * `breach_notice` of different kinds, `audit` by the client and through
 * reports, `uncapped`, `indemnify`, `provider may_change`, `text`. A party,
 * service, SLA or clause name used twice is `duplicate-name`'s.
 */
export const UNIQUE_STATEMENTS: Partial<Record<BlockKind, Record<string, Unique>>> = {
  contract: {
    id: once('one reference number'),
    effective: once('one effective date'),
    governing_law: once('one governing law'),
  },
  party: {
    address: once('one address per party'),
    notices: once('one notice address per party'),
  },
  service: {
    hours: once('one set of service hours per service'),
    type: once('one service type per service'),
  },
  sla: {
    uptime: per('one uptime per measurement period', (m) => wordOr(m, 'period', ''), (k) => (k ? `for the period \`${k}\`` : 'without a period')),
    window: once('one measurement window'),
    priority: per('one response and resolution time per priority', firstWord, (k) => `for the priority \`${k}\``),
    target: per('one value per target', (m) => stringOf(m.stmt.args[0]), (k) => `for the target "${k}"`),
    // Prose maintenance (version 1) may describe several windows; the v2 form is one allowance per kind.
    maintenance: per(
      'one maintenance allowance of each kind (planned, emergency)',
      (m) => (m.fields.max !== undefined || m.fields.notice !== undefined ? wordOr(m, 'kind', 'planned') : undefined),
      (k) => (k === 'emergency' ? 'for emergency maintenance' : 'for planned maintenance'),
    ),
    // Credits and chronic-failure rights may repeat with other terms; the same one twice is a
    // duplicate (two different credits at one threshold are `sla-inconsistent`'s).
    credit: per('each credit once', (m) => statementText(m.stmt)),
    chronic_failure: per('each chronic-failure right once', (m) => statementText(m.stmt)),
    credit_cap: once('one cap on credits'),
    claim: once('one way to claim credits'),
    credits: {
      // Each option of `credits` is its own term: how credits are paid, and each condition.
      claims: (m) =>
        (['applied', 'forfeit_on_termination', 'only_if'] as const)
          .filter((o) => m.fields[o] !== undefined)
          .map((o) => ({ key: o, value: o === 'forfeit_on_termination' ? o : `${o} ${fieldValue(m.fields, o === 'applied' ? 'applied' : 'condition')?.text ?? ''}`.trim(), about: `for \`credits ${o}\`` })),
      one: 'one way to pay out credits and each condition once',
    },
    sole_remedy: once('one `sole_remedy`'),
    answer: per('one answer time per channel', (m) => wordOr(m, 'channel', 'calls'), (k) => `for \`${k}\``),
    notify: per('one notice time per event', (m) => fieldWord(m.fields, 'event'), (k) => `for \`${k}\``),
    updates: once('one update interval'),
    root_cause: once('one deadline for the root-cause analysis'),
  },
  payment: {
    model: once('one pricing model'),
    invoice: once('one invoicing period'),
    due: once('one payment deadline'),
    expenses: once('one expenses regime'),
    minimum: per('one minimum per period', (m) => wordOr(m, 'period', ''), (k) => (k ? `for the period \`${k}\`` : '')),
    rate: per('one rate per role and unit', (m) => {
      const label = stringOf(fieldValue(m.fields, 'label'));
      return label === undefined ? undefined : `${label}\u0000${fieldWord(m.fields, 'unit') ?? ''}`;
    }, (k) => `for "${k.split('\u0000')[0]}"`),
    suspension: once('one suspension regime'),
    disputes: once('one dispute process'),
  },
  data_protection: {
    breach_notice: per('one notice time per kind of breach', (m) => wordOr(m, 'kind', 'personal_data_breach'), (k) => (k === 'security_incident' ? 'for security incidents' : 'for personal-data breaches')),
    location: once('one data location'),
    subprocessors: once('one subprocessor regime'),
    audit: per('one audit right of each kind', (m) => {
      const by = fieldWord(m.fields, 'by');
      if (by === undefined) return undefined;
      return by === 'reports' ? `reports ${stringOf(fieldValue(m.fields, 'what')) ?? ''}` : by;
    }, (k) => (k === 'client' ? 'for the client’s own audits' : `for the reports${k.length > 8 ? ` "${k.slice(8)}"` : ''}`)),
    delete_data: once('one deletion deadline'),
    return_data: once('one return deadline'),
  },
  term: {
    initial: once('one initial term'),
    renewal: once('one renewal regime'),
    until_terminated: once('one `until_terminated`'),
  },
  termination: {
    for_convenience: per('one convenience exit per party', firstWord, (k) => `for \`${k}\``),
    for_cause: per('one termination for cause per party', firstWord, (k) => `for \`${k}\``),
    transition: once('one transition period'),
  },
  reporting: {
    report: per('one period per report', (m) => stringOf(fieldValue(m.fields, 'label')), (k) => `for "${k}"`),
  },
  liability: {
    // An aggregate cap and a per-claim cap stand together; two of the same kind contradict.
    cap: per(
      'one cap of each kind (aggregate, per claim, per record)',
      (m) => (m.fields.per_claim !== undefined ? 'per_claim' : m.fields.per !== undefined ? 'per_record' : 'aggregate'),
      (k) => (k === 'per_claim' ? 'per claim' : k === 'per_record' ? 'per record' : 'in aggregate'),
    ),
    super_cap: {
      claims: (m) => {
        const amount = written([fieldValue(m.fields, 'amount'), fieldValue(m.fields, 'of')].filter((v): v is Value => v !== undefined));
        return fieldValues(m.fields, 'claims')
          .filter((v) => v.kind === 'word')
          .map((v) => ({ key: v.text, value: amount, about: `for \`${v.text}\`` }));
      },
      one: 'one higher cap per kind of claim',
    },
    insurance: per('one amount per kind of insurance', (m) => fieldWord(m.fields, 'kind'), (k) => `for \`${k}\``),
  },
  changes: {
    client: once('one client exit on changes'),
    change_control: once('one change-control procedure'),
  },
  milestones: {
    milestone: per('one milestone of each name', (m) => fieldWord(m.fields, 'name'), (k) => `named \`${k}\``),
  },
};

const BLOCK_NAME: Partial<Record<BlockKind, string>> = {
  contract: 'a contract',
  party: 'a party',
  service: 'a service',
  sla: 'an SLA',
  payment: 'the payment terms',
  data_protection: 'the data-protection terms',
  term: 'the term',
  termination: 'the termination terms',
  reporting: 'the reporting terms',
  liability: 'the liability terms',
  changes: 'the change terms',
  milestones: 'the milestones',
};

/** The table of each block kind as a map, built once (the rule runs on every document). */
const TABLES = new Map<BlockKind, ReadonlyMap<string, Unique>>(
  Object.entries(UNIQUE_STATEMENTS).map(([kind, table]) => [kind as BlockKind, new Map(Object.entries(table!))]),
);

/** Keywords seen so far in one block (reused: blocks are visited one at a time, and hold few keywords). */
const SEEN: string[] = [];
/** Keywords of the table seen twice or more in one block (reused likewise). */
const REPEATED: string[] = [];

/**
 * The keywords of the table that stand twice or more among the statements:
 * only statements with one of them can conflict, as a claim is compared only
 * with claims of its own keyword. Empty for most blocks. The array is reused:
 * read it before the next call.
 */
function repeatedKeywords(statements: readonly { keyword?: string }[], table: ReadonlyMap<string, Unique>): readonly string[] {
  SEEN.length = 0;
  REPEATED.length = 0;
  for (let i = 0; i < statements.length; i++) {
    const k = statements[i]!.keyword;
    if (k === undefined || !table.has(k)) continue;
    if (!SEEN.includes(k)) SEEN.push(k);
    else if (!REPEATED.includes(k)) REPEATED.push(k);
  }
  return REPEATED;
}

/** Meanings for the statements of a block the AST keeps no meanings for (contract, party, service), built only when a keyword repeats. */
function meaningsOf(stmt: Statement, kind: BlockKind): Meaning[] {
  const table = TABLES.get(kind);
  const statements = stmt.block?.statements;
  if (!table || !statements) return [];
  const repeated = repeatedKeywords(statements, table);
  if (!repeated.length) return [];
  // Only the statements that can conflict: a contract block holds every clause of the contract.
  const out: Meaning[] = [];
  for (const s of statements) if (s.keyword !== undefined && repeated.includes(s.keyword)) out.push({ stmt: s, keyword: s.keyword, fields: {} });
  return out;
}

/** Every block of a contract with its kind and statements, in source order. */
function blocksOf(c: ContractNode): [BlockKind, Meaning[]][] {
  const out: [BlockKind, Meaning[]][] = [['contract', meaningsOf(c.stmt, 'contract')]];
  for (const p of c.parties) out.push(['party', meaningsOf(p.stmt, 'party')]);
  for (const s of c.scopes) for (const sv of s.services) out.push(['service', meaningsOf(sv.stmt, 'service')]);
  for (const b of c.slas) out.push(['sla', b.items]);
  for (const b of c.payments) out.push(['payment', b.items]);
  for (const b of c.dataProtections) out.push(['data_protection', b.items]);
  for (const b of c.terms) out.push(['term', b.items]);
  for (const b of c.terminations) out.push(['termination', b.items]);
  for (const b of c.reportings) out.push(['reporting', b.items]);
  for (const b of c.liabilities) out.push(['liability', b.items]);
  for (const b of c.changes) out.push(['changes', b.items]);
  for (const b of c.milestones) out.push(['milestones', b.items]);
  return out;
}

/** Removes a statement: its whole line when it stands alone on it (a trailing comment goes too), else just its text. */
/** `mechanical` when the line is a word-for-word duplicate: removing it changes nothing the contract says. */
function removeFix(parse: ParseResult, stmt: Statement, title: string, mechanical: boolean): Fix {
  const { lines, text } = parse;
  const first = lines.line(stmt.span.start);
  const last = lines.line(stmt.span.end);
  const lineStart = lines.starts[first]!;
  const nextLine = last + 1 < lines.lineCount ? lines.starts[last + 1]! : text.length;
  const before = text.slice(lineStart, stmt.span.start);
  const after = text.slice(stmt.span.end, nextLine);
  const alone = before.trim() === '' && (after.trim() === '' || /^\s*\/\//.test(after));
  const span = alone ? { start: lineStart, end: nextLine } : stmt.span;
  return { title, edits: [{ span, newText: '' }], mechanical, preferred: mechanical };
}

function valueOf(c: Claim): string {
  return typeof c.value === 'function' ? c.value() : c.value;
}

/** A statement as quoted in a message, shortened when long. */
function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return `\`${one.length > 80 ? `${one.slice(0, 77)}…` : one}\``;
}

export const conflictingStatements: Rule = {
  code: 'conflicting-statements',
  severity: 'error',
  category: 'references',
  protects: 'both',
  description: 'Two statements in one block state the same term twice, so it is unclear which one applies.',
  check({ parse, contracts, report }) {
    for (const c of contracts) {
      for (const [kind, meanings] of blocksOf(c)) {
        const table = TABLES.get(kind);
        if (!table || meanings.length < 2) continue;
        const repeated = repeatedKeywords(meanings, table);
        if (!repeated.length) continue;
        const seen = new Map<string, { m: Meaning; claim: Claim }>();
        for (const m of meanings) {
          // The array is reused by the next block's call; nothing calls it again before this block is done.
          if (!repeated.includes(m.keyword)) continue;
          const unique = table.get(m.keyword)!;
          // One diagnostic per statement, even when several of its terms repeat.
          let reported = false;
          for (const claim of unique.claims(m)) {
            const id = `${m.keyword}\u0000${claim.key}`;
            const first = seen.get(id);
            if (!first) {
              seen.set(id, { m, claim });
              continue;
            }
            if (reported) continue;
            reported = true;
            const here = statementText(m.stmt);
            const there = statementText(first.m.stmt);
            const about = claim.about ? ` ${claim.about}` : '';
            if (valueOf(first.claim) === valueOf(claim)) {
              report({
                // Messages quote the other statement rather than its line number, which any edit above would change.
                message: `${quote(here)} repeats ${here === there ? 'a line written earlier in this block' : `the earlier ${quote(there)}`}: remove one of them.`,
                span: m.stmt.lineSpan,
                fixes: [removeFix(parse, m.stmt, 'Remove the duplicate', true)],
                data: { first: first.m.stmt.lineSpan },
              });
            } else {
              // Which of the two the parties agreed is theirs to say: neither removal is preferred.
              report({
                message: `${quote(here)} contradicts the earlier ${quote(there)}${about} (${BLOCK_NAME[kind] ?? 'a block'} can state only ${unique.one}): keep the one the parties agreed, remove the other.`,
                span: m.stmt.lineSpan,
                fixes: [removeFix(parse, m.stmt, 'Remove this line (keep the earlier one)', false), removeFix(parse, first.m.stmt, 'Remove the earlier line (keep this one)', false)],
                data: { first: first.m.stmt.lineSpan },
              });
            }
          }
        }
      }
    }
  },
};
