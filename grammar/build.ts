/**
 * Syntax tree → typed AST. Reads each statement according to the block it
 * stands in (see schema.ts), keeps misplaced statements for the
 * `unknown-statement` rule, and reports shape problems (a `party` without a
 * role, words left over at the end of a line) as syntax issues.
 */
import type {
  ClauseNode,
  ContractNode,
  DataProtectionNode,
  FileAst,
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
import { SCHEMA, type BlockKind, type StatementSpec } from './schema.js';
import type { Statement, StringValue, SyntaxIssue, Value, WordValue } from './syntax.js';
import { describeValue } from './tree.js';

/**
 * The values of a statement without the commas that separate list items, and
 * without stray characters (reported by the tree builder already), so that
 * `fee $12500 monthly` still reads as an amount and a period.
 */
function items(stmt: Statement): Value[] {
  return stmt.args.filter((v) => v.kind !== 'comma' && v.kind !== 'unknown');
}

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

  /** Reports values after the last one a statement takes. */
  private extra(stmt: Statement, vals: Value[], used: number, form: string): void {
    if (vals.length > used) {
      // Stray characters are reported by the tree builder already.
      const first = vals.slice(used).find((v) => v.kind !== 'unknown');
      if (!first) return;
      const last = vals[vals.length - 1]!;
      this.issues.push({
        message: `\`${stmt.keyword}\` does not take ${describeValue(first)} here: it takes \`${form}\`. Put each statement on its own line.`,
        span: { start: first.span.start, end: last.span.end },
      });
    }
  }

  private collectProse(stmt: Statement): void {
    for (const v of stmt.args) {
      if (v.kind === 'string' || v.kind === 'textblock') this.prose.push({ value: v, stmt });
    }
  }

  /** Visits the statements of a block: known ones go to `visit`, the rest are misplaced. */
  private each(stmt: Statement | undefined, kind: BlockKind, visit: (s: Statement) => void): void {
    if (!stmt?.block) return;
    for (const s of stmt.block.statements) this.statement(s, kind, visit);
  }

  private statement(s: Statement, kind: BlockKind, visit: (s: Statement) => void): void {
    this.collectProse(s);
    if (s.keyword === undefined) return; // Reported by the tree builder already.
    const spec = specFor(kind, s.keyword);
    if (!spec) {
      this.misplaced.push({ stmt: s, block: kind });
      // Still look inside, so that a broken block keeps its prose checked.
      if (s.block) for (const inner of s.block.statements) this.deepProse(inner);
      return;
    }
    if (s.block && !spec.opens) {
      this.issues.push({
        message: `\`${s.keyword}\` does not take a \`{ … }\` block: remove the braces and put its contents where they belong.`,
        span: s.block.open,
      });
      for (const inner of s.block.statements) this.deepProse(inner);
    }
    visit(s);
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
      this.statement(s, 'file', (st) => contracts.push(this.contract(st)));
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
    this.each(stmt, 'contract', (s) => {
      switch (s.keyword) {
        case 'id':
          c.id = this.single(s, 'id "…"');
          break;
        case 'effective': {
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

  scope(stmt: Statement): ScopeNode {
    const node: ScopeNode = { stmt, services: [], excludes: [] };
    this.extra(stmt, items(stmt), 0, 'scope { … }');
    this.each(stmt, 'scope', (s) => {
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
    this.each(stmt, 'service', (s) => {
      if (s.keyword === 'hours') node.hours = this.single(s, 'hours 24x7 | business | "…"');
      else if (s.keyword === 'channels') node.channels = { stmt: s, values: items(s) };
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
      this.issues.push({ message: 'Say which services this SLA covers: `sla NAME for SERVICE { … }`.', span: stmt.lineSpan });
    }
    this.extra(stmt, vals, i, 'sla NAME for SERVICE[, SERVICE…]');
    this.each(stmt, 'sla', (s) => {
      const v = items(s);
      switch (s.keyword) {
        case 'uptime':
          node.uptimes.push({ stmt: s, value: v[0], period: v[1] });
          this.extra(s, v, 2, 'uptime PERCENT PERIOD');
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
          node.measuredBy.push(this.single(s, 'measured_by "…"'));
          break;
        case 'maintenance':
          node.maintenance.push(this.single(s, 'maintenance "…"'));
          break;
        case 'credit': {
          const c: SlaNode['credits'][number] = { stmt: s, amount: v[0] };
          let used = 1;
          if (isWord(v[1], 'when') && isWord(v[2], 'below')) {
            c.trigger = 'below';
            c.threshold = v[3];
            used = 4;
          } else if (isWord(v[1], 'per') && isWord(v[2], 'breach')) {
            c.trigger = 'per_breach';
            used = 3;
          } else if (v.length > 1) {
            this.issues.push({ message: 'Say when the credit is owed: `credit 10% when below 99.9%` or `credit 5% per breach`.', span: v[1]!.span });
            used = v.length;
          }
          this.extra(s, v, used, 'credit PERCENT (when below PERCENT | per breach)');
          node.credits.push(c);
          break;
        }
        case 'credit_cap':
          node.creditCaps.push(this.single(s, 'credit_cap PERCENT'));
          break;
      }
    });
    return node;
  }

  payment(stmt: Statement): PaymentNode {
    const node: PaymentNode = { stmt, fees: [], models: [], rates: [], invoices: [], dues: [], lateFees: [], expenses: [], priceIncreases: [] };
    this.extra(stmt, items(stmt), 0, 'payment { … }');
    this.each(stmt, 'payment', (s) => {
      const v = items(s);
      switch (s.keyword) {
        case 'fee':
          node.fees.push({ stmt: s, amount: v[0], period: v[1] });
          this.extra(s, v, 2, 'fee MONEY PERIOD');
          break;
        case 'model':
          node.models.push(this.single(s, 'model fixed | time_and_materials | usage'));
          break;
        case 'rate': {
          const label = asString(v[0]);
          const j = label ? 1 : 0;
          node.rates.push({ stmt: s, label, amount: v[j], period: v[j + 1] });
          this.extra(s, v, j + 2, 'rate "Role" MONEY PERIOD');
          break;
        }
        case 'invoice':
          node.invoices.push({ stmt: s, period: v[0], timing: v[1] });
          this.extra(s, v, 2, 'invoice PERIOD in_advance|in_arrears');
          break;
        case 'due':
          if (isWord(v[0], 'on_receipt')) {
            node.dues.push({ stmt: s, onReceipt: true });
            this.extra(s, v, 1, 'due on_receipt');
          } else {
            node.dues.push({ stmt: s, value: v[0], onReceipt: false });
            this.extra(s, v, isWord(v[1], 'after') && isWord(v[2], 'invoice') ? 3 : 1, 'due DURATION after invoice');
          }
          break;
        case 'late_fee':
          node.lateFees.push({ stmt: s, amount: v[0], period: v[1] });
          this.extra(s, v, 2, 'late_fee PERCENT PERIOD | late_fee MONEY once');
          break;
        case 'expenses':
        case 'price_increase': {
          const capped = isWord(v[0], 'cap');
          const j = capped ? 1 : 0;
          const entry = { stmt: s, capped, cap: capped ? v[1] : undefined, period: capped ? v[2] : undefined };
          if (s.keyword === 'expenses') {
            node.expenses.push(entry);
            if (capped) this.extra(s, v, isWord(v[3], 'preapproved') ? 4 : 3, 'expenses cap MONEY PERIOD [preapproved]');
          } else {
            node.priceIncreases.push(entry);
            if (capped) this.extra(s, v, j + 2, 'price_increase cap PERCENT PERIOD');
          }
          break;
        }
      }
    });
    return node;
  }

  dataProtection(stmt: Statement): DataProtectionNode {
    const node: DataProtectionNode = { stmt, comply: [], breachNotices: [], access: [], encryption: [], location: [], returnData: [] };
    this.extra(stmt, items(stmt), 0, 'data_protection { … }');
    const within = (v: Value[]): Value | undefined => (isWord(v[0], 'within') ? v[1] : v[0]);
    this.each(stmt, 'data_protection', (s) => {
      const v = items(s);
      switch (s.keyword) {
        case 'comply':
          node.comply.push({ stmt: s, regulations: v.filter((x): x is WordValue => x.kind === 'word') });
          break;
        case 'breach_notice':
          node.breachNotices.push({ stmt: s, within: within(v) });
          this.extra(s, v, isWord(v[0], 'within') ? 2 : 1, 'breach_notice within DURATION');
          break;
        case 'access':
          node.access.push(this.single(s, 'access "…"'));
          break;
        case 'encryption':
          node.encryption.push({ stmt: s, values: v });
          break;
        case 'location':
          node.location.push(this.single(s, 'location "…"'));
          break;
        case 'return_data': {
          node.returnData.push({ stmt: s, within: within(v) });
          const j = isWord(v[0], 'within') ? 2 : 1;
          this.extra(s, v, isWord(v[j], 'after') && isWord(v[j + 1], 'termination') ? j + 2 : j, 'return_data within DURATION after termination');
          break;
        }
      }
    });
    return node;
  }

  term(stmt: Statement): TermNode {
    const node: TermNode = { stmt };
    this.extra(stmt, items(stmt), 0, 'term { … }');
    this.each(stmt, 'term', (s) => {
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
        else {
          this.issues.push({ message: 'Say how the agreement renews: `renewal automatic 12 months notice 60 days`, `renewal manual` or `renewal none`.', span: v[0]?.span ?? s.head.span });
        }
        if (r.mode?.text === 'automatic' || !r.mode) {
          if (v[j] && !isWord(v[j], 'notice')) r.period = v[j++];
          if (isWord(v[j], 'notice')) {
            j++;
            r.notice = v[j++];
          }
        }
        this.extra(s, v, j, 'renewal automatic DURATION notice DURATION');
        node.renewal = r;
      }
    });
    return node;
  }

  termination(stmt: Statement): TerminationNode {
    const node: TerminationNode = { stmt, forConvenience: [], forCause: [], transitions: [] };
    this.extra(stmt, items(stmt), 0, 'termination { … }');
    this.each(stmt, 'termination', (s) => {
      const v = items(s);
      let j = 0;
      const who = isWord(v[0], 'client', 'provider', 'either') ? (v[j++] as WordValue) : undefined;
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
        node.transitions.push({ stmt: s, duration: v[0] });
        this.extra(s, v, 1, 'transition DURATION');
      }
    });
    return node;
  }

  reporting(stmt: Statement): ReportingNode {
    const node: ReportingNode = { stmt, reports: [], reviews: [] };
    this.extra(stmt, items(stmt), 0, 'reporting { … }');
    this.each(stmt, 'reporting', (s) => {
      const v = items(s);
      if (s.keyword === 'report') {
        node.reports.push({ stmt: s, period: v[0], label: asString(v[1]) });
        this.extra(s, v, 2, 'report PERIOD "What"');
      } else if (s.keyword === 'review') {
        node.reviews.push({ stmt: s, period: v[0] });
        this.extra(s, v, 1, 'review PERIOD');
      }
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
