/**
 * Syntax tree → typed AST. Reads each statement according to the block it
 * stands in (see schema.ts), keeps misplaced statements for the
 * `unknown-statement` rule, and reports shape problems (a `party` without a
 * role, words left over at the end of a line) as syntax issues.
 */
import type {
  BlockNode,
  ClauseNode,
  ContractNode,
  DataProtectionNode,
  FileAst,
  Meaning,
  Misplaced,
  NodeBase,
  PartyNode,
  PaymentNode,
  Prose,
  ReportingNode,
  ScopeNode,
  ServiceNode,
  SlaNode,
  TermNode,
  TerminationNode,
} from './ast.js';
import { fieldValue, fieldValues, INVALID_VALUE, nearest, readStatement, type Fields } from './forms.js';
import { SCHEMA, type BlockKind, type StatementSpec } from './schema.js';
import { DURATION_UNITS, type Statement, type StringValue, type SyntaxIssue, type Value, type WordValue } from './syntax.js';
import { describeValue } from './tree.js';

/**
 * The values of a statement without the commas that separate list items, and
 * without stray characters (reported by the tree builder already), so that
 * `fee $12500 monthly` still reads as an amount and a period.
 */
function items(stmt: Statement): Value[] {
  const args = stmt.args;
  // Most statements have neither: their values are the arguments themselves, with nothing to copy.
  for (let i = 0; i < args.length; i++) {
    const k = args[i]!.kind;
    if (k === 'comma' || k === 'unknown') return args.filter((v) => v.kind !== 'comma' && v.kind !== 'unknown');
  }
  return args;
}

/** The words of the duration units, for telling a misspelt unit (`hours`) from a stray word. */
const UNIT_WORDS = Object.keys(DURATION_UNITS);
/** Abbreviated units (`hrs`, `secs`): the words `missing-unit` explains (its ABBREVIATIONS). */
const UNIT_ABBREVIATION = /^(?:secs?|m|mins?|h|hrs?|d|bd|wks?|mos?|mths?|y|yrs?)$/i;

/** The statement specs of each block kind by keyword (the first spec of a keyword wins, as with a linear search). */
const SPECS = new Map<BlockKind, Map<string, StatementSpec>>();
function specFor(kind: BlockKind, keyword: string): StatementSpec | undefined {
  let byKeyword = SPECS.get(kind);
  if (!byKeyword) {
    byKeyword = new Map();
    for (const spec of SCHEMA[kind]) if (!byKeyword.has(spec.keyword)) byKeyword.set(spec.keyword, spec);
    SPECS.set(kind, byKeyword);
  }
  return byKeyword.get(keyword);
}

function isWord(v: Value | undefined, ...words: string[]): v is WordValue {
  return v?.kind === 'word' && (words.length === 0 || words.includes(v.text));
}

function asString(v: Value | undefined): StringValue | undefined {
  return v && (v.kind === 'string' || v.kind === 'textblock') ? v : undefined;
}

class Builder {
  readonly misplaced: Misplaced[] = [];
  readonly prose: Prose[] = [];

  constructor(private readonly issues: SyntaxIssue[]) {}

  /** The kind of block whose statement is being read (for telling a second statement run into a line). */
  private kind: BlockKind | undefined;

  /**
   * Reports values after the last one a statement takes. "Put each statement
   * on its own line" only when the leftover starts with a statement of the
   * same block; otherwise the message says what the statement takes.
   */
  private extra(stmt: Statement, vals: Value[], used: number, form: string): void {
    if (vals.length > used) {
      // Stray characters are reported by the tree builder already.
      const first = vals.slice(used).find((v) => v.kind !== 'unknown');
      if (!first) return;
      const last = vals[vals.length - 1]!;
      const second = first.kind === 'word' && this.kind !== undefined && specFor(this.kind, first.text) !== undefined;
      this.issues.push({
        message: `\`${stmt.keyword}\` does not take ${describeValue(first)} here: it takes \`${form}\`.${second ? ' Put each statement on its own line.' : ''}`,
        span: { start: first.span.start, end: last.span.end },
      });
    }
  }

  /**
   * A misspelt word in a closed place of a statement read here (a party's
   * role, a renewal mode, who may terminate): an `invalid-value` issue with the
   * word it is closest to. False when the value is not a likely typo of one of them.
   */
  private typo(v: Value | undefined, set: readonly string[], what: string, also = true): boolean {
    if (!isWord(v) || !also) return false;
    const guess = nearest(v.text, set);
    if (guess === undefined) return false;
    this.issues.push({
      message: `\`${v.text}\` is not ${what}: write ${set.map((w) => `\`${w}\``).join(', ')} (did you mean \`${guess}\`?).`,
      span: v.span,
      code: INVALID_VALUE,
      suggestion: guess,
    });
    return true;
  }

  private collectProse(stmt: Statement): void {
    for (const v of stmt.args) {
      if (v.kind === 'string' || v.kind === 'textblock') this.prose.push({ value: v, stmt });
    }
  }

  /**
   * Visits the statements of a block: known ones go to `visit` with their
   * meaning (read through the schema forms), the rest are misplaced. Returns
   * the meanings of the block's statements, in source order.
   */
  private each(stmt: Statement | undefined, kind: BlockKind, visit: (s: Statement, m: Meaning) => void): Meaning[] {
    const items: Meaning[] = [];
    if (!stmt?.block) return items;
    for (const s of stmt.block.statements) {
      const m = this.statement(s, kind);
      if (m) {
        items.push(m);
        visit(s, m);
      }
    }
    return items;
  }

  /** Reads one statement of a block of `kind`: its meaning, or undefined when it is misplaced or has no keyword. */
  private statement(s: Statement, kind: BlockKind): Meaning | undefined {
    this.kind = kind;
    this.collectProse(s);
    if (s.keyword === undefined) return undefined; // Reported by the tree builder already.
    const spec = specFor(kind, s.keyword);
    if (!spec) {
      this.misplaced.push({ stmt: s, block: kind });
      // Still look inside, so that a broken block keeps its prose checked.
      if (s.block) for (const inner of s.block.statements) this.deepProse(inner);
      return undefined;
    }
    if (s.block && !spec.opens) {
      this.issues.push({
        message: `\`${s.keyword}\` does not take a \`{ … }\` block: remove the braces and put its contents where they belong.`,
        span: s.block.open,
      });
      for (const inner of s.block.statements) this.deepProse(inner);
    }
    let fields: Fields = {};
    if (spec.forms) {
      const read = readStatement(s, items(s), spec.forms, (word) => specFor(kind, word) !== undefined);
      fields = read.fields;
      for (const issue of read.issues) this.issues.push(issue);
    }
    return { stmt: s, keyword: s.keyword, fields };
  }

  private deepProse(s: Statement): void {
    this.collectProse(s);
    if (s.block) for (const inner of s.block.statements) this.deepProse(inner);
  }

  private single<T extends NodeBase & { value?: Value }>(s: Statement, form: string): T {
    const vals = items(s);
    this.extra(s, vals, 1, form);
    return { stmt: s, value: vals[0] } as T;
  }

  file(statements: Statement[]): FileAst {
    const contracts: ContractNode[] = [];
    for (const s of statements) {
      if (this.statement(s, 'file')) contracts.push(this.contract(s));
    }
    return { contracts, misplaced: this.misplaced, prose: this.prose };
  }

  contract(stmt: Statement): ContractNode {
    const vals = items(stmt);
    const c: ContractNode = {
      stmt,
      title: asString(vals[0]),
      parties: [],
      scopes: [],
      slas: [],
      payments: [],
      dataProtections: [],
      terms: [],
      terminations: [],
      reportings: [],
      liabilities: [],
      changes: [],
      milestones: [],
      clauses: [],
      texts: [],
    };
    if (!c.title) {
      this.issues.push({ message: 'A contract needs a title in quotes: `contract "Managed IT Services Agreement" { … }`.', span: stmt.head.span });
    }
    this.extra(stmt, vals, 1, 'contract "Title" { … }');
    if (!stmt.block) {
      this.issues.push({ message: 'A contract needs a body in braces: `contract "Title" { … }`.', span: stmt.lineSpan });
    }
    this.each(stmt, 'contract', (s, m) => {
      switch (s.keyword) {
        case 'id':
          c.id = { stmt: s, value: fieldValue(m.fields, 'value') };
          break;
        case 'kind': {
          const kind = fieldValue(m.fields, 'kind');
          c.kind = { stmt: s, value: kind?.kind === 'word' ? kind : undefined };
          break;
        }
        case 'under':
          c.under = { stmt: s, value: fieldValue(m.fields, 'id') };
          break;
        case 'precedence':
          c.precedence = { stmt: s, values: fieldValues(m.fields, 'order').filter((v): v is WordValue => v.kind === 'word') };
          break;
        case 'effective': {
          const vals = items(s);
          const value = vals[0];
          if (value !== undefined && value.kind !== 'date') {
            // `effective State of Delaware`, `effective "1 January 2027"`: the value is the problem, not the line.
            const written = vals.map((v) => v.text).join(' ');
            const quoted = value.kind === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.value.trim());
            this.issues.push({
              message: quoted
                ? `The effective date is written in quotes: write it without them, effective ${value.value.trim()}.`
                : `The effective date must be a date written year-month-day, e.g. effective 2027-01-01: ${written.length > 40 ? written.slice(0, 40) + '…' : written} is not a date.`,
              span: { start: value.span.start, end: vals[vals.length - 1]!.span.end },
            });
            c.effective = { stmt: s, value, date: undefined };
            break;
          }
          const node = this.single<NodeBase & { value?: Value }>(s, 'effective YYYY-MM-DD');
          c.effective = { ...node, date: node.value?.kind === 'date' ? node.value : undefined };
          break;
        }
        case 'governing_law':
          c.governingLaw = this.single(s, 'governing_law "…"');
          break;
        case 'party':
          c.parties.push(this.party(s));
          break;
        case 'scope':
          c.scopes.push(this.scope(s));
          break;
        case 'sla':
          c.slas.push(this.sla(s));
          break;
        case 'payment':
          c.payments.push(this.payment(s));
          break;
        case 'data_protection':
          c.dataProtections.push(this.dataProtection(s));
          break;
        case 'term':
          c.terms.push(this.term(s));
          break;
        case 'termination':
          c.terminations.push(this.termination(s));
          break;
        case 'reporting':
          c.reportings.push(this.reporting(s));
          break;
        case 'liability':
          c.liabilities.push(this.generic(s, 'liability'));
          break;
        case 'changes':
          c.changes.push(this.generic(s, 'changes'));
          break;
        case 'milestones':
          c.milestones.push(this.generic(s, 'milestones'));
          break;
        case 'clause':
          c.clauses.push(this.clause(s));
          break;
        case 'text':
          c.texts.push({ stmt: s, value: asString(items(s)[0]) });
          break;
      }
    });
    return c;
  }

  party(stmt: Statement): PartyNode {
    const vals = items(stmt);
    const p: PartyNode = { stmt };
    let i = 0;
    if (isWord(vals[i], 'provider', 'client')) p.role = vals[i++] as WordValue;
    else if (this.typo(vals[i], ['provider', 'client'], 'a party role', isWord(vals[i + 1]))) i++;
    else {
      this.issues.push({
        message: 'A party needs a role, `provider` or `client`, right after `party`: `party provider acme "Acme LLC"`.',
        span: vals[0]?.span ?? stmt.head.span,
      });
      if (isWord(vals[i]) && isWord(vals[i + 1])) i++;
    }
    if (isWord(vals[i])) p.name = vals[i++] as WordValue;
    else this.issues.push({ message: 'A party needs a short name (a single word) after its role: `party client globex "Globex Corporation"`.', span: vals[i]?.span ?? stmt.lineSpan });
    if (asString(vals[i])) p.legalName = vals[i++] as StringValue;
    this.extra(stmt, vals, i, 'party ROLE NAME "Legal name"');
    this.each(stmt, 'party', (s) => {
      if (s.keyword === 'address') p.address = this.single(s, 'address "…"');
      else if (s.keyword === 'notices') p.notices = this.single(s, 'notices "…"');
    });
    return p;
  }

  /** A block whose statements are read only through their forms (liability, changes, milestones). */
  generic(stmt: Statement, kind: BlockKind): BlockNode {
    this.extra(stmt, items(stmt), 0, `${kind} { … }`);
    return { stmt, items: this.each(stmt, kind, () => undefined) };
  }

  scope(stmt: Statement): ScopeNode {
    const node: ScopeNode = { stmt, services: [], excludes: [], items: [] };
    this.extra(stmt, items(stmt), 0, 'scope { … }');
    node.items = this.each(stmt, 'scope', (s) => {
      if (s.keyword === 'service') node.services.push(this.service(s));
      else if (s.keyword === 'exclude') node.excludes.push(this.single(s, 'exclude "…"'));
    });
    return node;
  }

  service(stmt: Statement): ServiceNode {
    const vals = items(stmt);
    const node: ServiceNode = { stmt };
    let i = 0;
    if (isWord(vals[0])) node.name = vals[i++] as WordValue;
    else this.issues.push({ message: 'A service needs a short name (a single word) that SLAs can refer to: `service helpdesk "Help desk support"`.', span: vals[0]?.span ?? stmt.head.span });
    if (asString(vals[i])) node.description = vals[i++] as StringValue;
    this.extra(stmt, vals, i, 'service NAME "Description"');
    this.each(stmt, 'service', (s, m) => {
      if (s.keyword === 'hours') node.hours = { stmt: s, value: fieldValue(m.fields, 'hours') };
      else if (s.keyword === 'channels') node.channels = { stmt: s, values: fieldValues(m.fields, 'channels') };
      else if (s.keyword === 'type') node.type = { stmt: s, value: fieldValue(m.fields, 'type') };
    });
    return node;
  }

  sla(stmt: Statement): SlaNode {
    const vals = items(stmt);
    const node: SlaNode = {
      stmt,
      services: [],
      uptimes: [],
      priorities: [],
      targets: [],
      measuredBy: [],
      maintenance: [],
      credits: [],
      creditCaps: [],
      items: [],
    };
    let i = 0;
    if (isWord(vals[0]) && vals[0].text !== 'for') node.name = vals[i++] as WordValue;
    else this.issues.push({ message: 'An SLA needs a short name after `sla`: `sla availability for servers { … }`.', span: vals[0]?.span ?? stmt.head.span });
    if (isWord(vals[i], 'for')) {
      i++;
      while (isWord(vals[i])) node.services.push(vals[i++] as WordValue);
      if (node.services.length === 0) {
        this.issues.push({ message: 'Name the services this SLA covers after `for`: `sla availability for servers`.', span: vals[i - 1]!.span });
      }
    } else {
      // On the last value read (where `for SERVICE` goes): the line as a whole is where the SLA's other findings point.
      this.issues.push({ message: 'Say which services this SLA covers: `sla NAME for SERVICE { … }`.', span: (vals[i - 1] ?? vals[i])?.span ?? stmt.head.span });
    }
    this.extra(stmt, vals, i, 'sla NAME for SERVICE[, SERVICE…]');
    node.items = this.each(stmt, 'sla', (s, m) => {
      const v = items(s);
      const f = m.fields;
      switch (s.keyword) {
        case 'uptime':
          node.uptimes.push({ stmt: s, value: fieldValue(f, 'value'), period: fieldValue(f, 'period') });
          break;
        case 'priority': {
          const p: SlaNode['priorities'][number] = { stmt: s };
          let j = 0;
          if (isWord(v[0]) && !isWord(v[0], 'respond', 'resolve')) p.level = v[j++] as WordValue;
          while (j < v.length) {
            const w = v[j];
            if (isWord(w, 'respond', 'resolve')) {
              j++;
              if (isWord(v[j], 'within')) j++;
              else {
                this.issues.push({ message: `Write \`${w.text} within DURATION\`, e.g. \`${w.text} within 4 hours\`.`, span: v[j]?.span ?? w.span });
              }
              const target = v[j] && !isWord(v[j], 'respond', 'resolve') ? v[j++] : undefined;
              if (w.text === 'respond') p.respond = target;
              else p.resolve = target;
            } else if (v[j - 1]?.kind === 'number' && (w as Value).kind === 'word' && (UNIT_ABBREVIATION.test((w as Value).text) || nearest((w as Value).text, UNIT_WORDS) !== undefined)) {
              // A misspelt unit after the time (`4 hrs`): \`missing-unit\` reports it on the number, with the unit meant;
              // the rest of the line is still read, so a resolution time after it is not taken for missing.
              j++;
            } else {
              this.extra(s, v, j, 'priority LEVEL respond within DURATION resolve within DURATION');
              break;
            }
          }
          node.priorities.push(p);
          break;
        }
        case 'target': {
          let j = 0;
          const label = asString(v[0]);
          if (label) j++;
          node.targets.push({ stmt: s, label, value: v[j], period: v[j + 1] });
          this.extra(s, v, j + 2, 'target "What" VALUE PERIOD');
          break;
        }
        case 'measured_by':
          node.measuredBy.push({ stmt: s, value: fieldValue(f, 'how') ?? fieldValue(f, 'who') });
          break;
        case 'maintenance':
          node.maintenance.push({ stmt: s, value: fieldValue(f, 'description') ?? fieldValue(f, 'max') ?? fieldValue(f, 'notice') ?? fieldValue(f, 'kind') });
          break;
        case 'credit': {
          const c: SlaNode['credits'][number] = { stmt: s, amount: fieldValue(f, 'amount'), basis: fieldValue(f, 'basis'), fields: f };
          if (f.threshold !== undefined) {
            c.trigger = 'below';
            c.threshold = fieldValue(f, 'threshold');
          } else if (f.limit !== undefined || f.metric !== undefined) c.trigger = 'priority';
          else if (f.block !== undefined) c.trigger = 'per_block';
          else if (f.per !== undefined) c.trigger = 'per_breach';
          node.credits.push(c);
          break;
        }
        case 'credit_cap':
          node.creditCaps.push({ stmt: s, value: fieldValue(f, 'value') });
          break;
      }
    });
    return node;
  }

  payment(stmt: Statement): PaymentNode {
    const node: PaymentNode = { stmt, fees: [], models: [], rates: [], invoices: [], dues: [], lateFees: [], expenses: [], priceIncreases: [], items: [] };
    this.extra(stmt, items(stmt), 0, 'payment { … }');
    node.items = this.each(stmt, 'payment', (s, m) => {
      const f = m.fields;
      switch (s.keyword) {
        case 'fee':
          node.fees.push({ stmt: s, amount: fieldValue(f, 'amount'), period: fieldValue(f, 'period') });
          break;
        case 'model':
          node.models.push({ stmt: s, value: fieldValue(f, 'value') });
          break;
        case 'rate':
          node.rates.push({ stmt: s, label: asString(fieldValue(f, 'label')), amount: fieldValue(f, 'amount'), period: fieldValue(f, 'period') });
          break;
        case 'invoice':
          node.invoices.push({ stmt: s, period: fieldValue(f, 'period'), timing: fieldValue(f, 'timing') });
          break;
        case 'due':
          if (f.on_receipt !== undefined || isWord(items(s)[0], 'on_receipt')) node.dues.push({ stmt: s, onReceipt: true });
          else node.dues.push({ stmt: s, value: fieldValue(f, 'value'), onReceipt: false });
          break;
        case 'late_fee':
          node.lateFees.push({ stmt: s, amount: fieldValue(f, 'amount'), period: fieldValue(f, 'period') });
          break;
        case 'expenses': {
          const capped = isWord(items(s)[0], 'cap');
          node.expenses.push({ stmt: s, capped, cap: fieldValue(f, 'cap'), period: fieldValue(f, 'period') });
          break;
        }
        case 'price_increase': {
          // An index or a step with a cap is capped; a bare index is not.
          const cap = fieldValue(f, 'cap') ?? fieldValue(f, 'step');
          node.priceIncreases.push({ stmt: s, capped: cap !== undefined || isWord(items(s)[0], 'cap'), cap, period: fieldValue(f, 'period') });
          break;
        }
      }
    });
    return node;
  }

  dataProtection(stmt: Statement): DataProtectionNode {
    const node: DataProtectionNode = { stmt, comply: [], breachNotices: [], access: [], encryption: [], location: [], returnData: [], items: [] };
    this.extra(stmt, items(stmt), 0, 'data_protection { … }');
    node.items = this.each(stmt, 'data_protection', (s, m) => {
      const v = items(s);
      const f = m.fields;
      switch (s.keyword) {
        case 'comply':
          node.comply.push({ stmt: s, regulations: v.filter((x): x is WordValue => x.kind === 'word') });
          break;
        case 'breach_notice': {
          const kind = fieldValue(f, 'kind');
          node.breachNotices.push({ stmt: s, within: fieldValue(f, 'within'), kind: kind?.kind === 'word' ? kind : undefined });
          break;
        }
        case 'access':
          node.access.push(this.single(s, 'access "…"'));
          break;
        case 'encryption':
          node.encryption.push({ stmt: s, values: v });
          break;
        case 'location':
          node.location.push({ stmt: s, value: fieldValue(f, 'value') });
          break;
        case 'return_data':
          node.returnData.push({ stmt: s, within: fieldValue(f, 'within') });
          break;
      }
    });
    return node;
  }

  term(stmt: Statement): TermNode {
    const node: TermNode = { stmt, items: [] };
    this.extra(stmt, items(stmt), 0, 'term { … }');
    node.items = this.each(stmt, 'term', (s) => {
      const v = items(s);
      if (s.keyword === 'initial') {
        if (isWord(v[0], 'ends')) {
          node.initial = { stmt: s, ends: v[1]?.kind === 'date' ? v[1] : undefined, duration: undefined };
          if (v[1]?.kind !== 'date') this.issues.push({ message: 'Write the end date as YYYY-MM-DD: `initial ends 2028-12-31`.', span: v[1]?.span ?? v[0].span });
          this.extra(s, v, 2, 'initial ends YYYY-MM-DD');
        } else {
          node.initial = { stmt: s, duration: v[0] };
          this.extra(s, v, 1, 'initial DURATION');
        }
      } else if (s.keyword === 'renewal') {
        const r: NonNullable<TermNode['renewal']> = { stmt: s };
        let j = 0;
        if (isWord(v[0], 'automatic', 'manual', 'none')) r.mode = v[j++] as WordValue;
        else if (this.typo(v[0], ['automatic', 'manual', 'none'], 'a kind of renewal')) j++;
        else {
          this.issues.push({ message: 'Say how the agreement renews: `renewal automatic 12 months notice 60 days`, `renewal manual` or `renewal none`.', span: v[0]?.span ?? s.head.span });
        }
        if (r.mode?.text === 'automatic' || r.mode?.text === 'manual' || !r.mode) {
          if (v[j] && !isWord(v[j], 'notice')) r.period = v[j++];
          if (isWord(v[j], 'notice')) {
            j++;
            r.notice = v[j++];
          }
        }
        this.extra(s, v, j, r.mode?.text === 'manual' ? 'renewal manual [DURATION]' : 'renewal automatic DURATION notice DURATION');
        node.renewal = r;
      }
    });
    return node;
  }

  termination(stmt: Statement): TerminationNode {
    const node: TerminationNode = { stmt, forConvenience: [], forCause: [], transitions: [], items: [] };
    this.extra(stmt, items(stmt), 0, 'termination { … }');
    node.items = this.each(stmt, 'termination', (s, m) => {
      const v = items(s);
      let j = 0;
      const who = isWord(v[0], 'client', 'provider', 'either') ? (v[j++] as WordValue) : undefined;
      if (!who && this.typo(v[0], ['client', 'provider', 'either'], 'a party')) j++;
      if (s.keyword === 'for_convenience') {
        const e: TerminationNode['forConvenience'][number] = { stmt: s, who };
        while (j < v.length) {
          if (isWord(v[j], 'notice')) e.notice = v[++j];
          else if (isWord(v[j], 'fee')) e.fee = v[++j];
          else break;
          j++;
        }
        this.extra(s, v, j, 'for_convenience WHO notice DURATION [fee DURATION|MONEY]');
        node.forConvenience.push(e);
      } else if (s.keyword === 'for_cause') {
        const e: TerminationNode['forCause'][number] = { stmt: s, who };
        if (isWord(v[j], 'cure')) {
          e.cure = v[j + 1];
          j += 2;
        }
        this.extra(s, v, j, 'for_cause WHO cure DURATION');
        node.forCause.push(e);
      } else if (s.keyword === 'transition') {
        const pricing = fieldValue(m.fields, 'pricing');
        node.transitions.push({ stmt: s, duration: fieldValue(m.fields, 'duration'), pricing: pricing?.kind === 'word' ? pricing : undefined });
      }
    });
    return node;
  }

  reporting(stmt: Statement): ReportingNode {
    const node: ReportingNode = { stmt, reports: [], reviews: [], items: [] };
    this.extra(stmt, items(stmt), 0, 'reporting { … }');
    node.items = this.each(stmt, 'reporting', (s, m) => {
      if (s.keyword === 'report') node.reports.push({ stmt: s, period: fieldValue(m.fields, 'period'), label: asString(fieldValue(m.fields, 'label')) });
      else if (s.keyword === 'review') node.reviews.push({ stmt: s, period: fieldValue(m.fields, 'period') });
    });
    return node;
  }

  clause(stmt: Statement): ClauseNode {
    const vals = items(stmt);
    const node: ClauseNode = { stmt };
    let i = 0;
    if (isWord(vals[0])) node.name = vals[i++] as WordValue;
    else this.issues.push({ message: 'A clause needs a short name after `clause`: `clause confidentiality "Confidentiality" { … }`.', span: vals[0]?.span ?? stmt.head.span });
    if (asString(vals[i])) node.heading = vals[i++] as StringValue;
    this.extra(stmt, vals, i, 'clause NAME "Heading" { … }');
    this.each(stmt, 'clause', () => undefined);
    return node;
  }
}

/** Builds the typed AST of a file; shape problems are appended to `issues`. */
export function buildAst(statements: Statement[], issues: SyntaxIssue[]): FileAst {
  return new Builder(issues).file(statements);
}
