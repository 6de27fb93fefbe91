/**
 * The typed AST: the syntax tree read according to LANGUAGE.md. Every field is
 * optional or a list, because it is built from partial, broken input too. Each
 * node keeps the statement it came from, so every range is exact.
 */
import type { Fields } from './forms.js';
import type { BlockKind } from './schema.js';
import type { DateValue, Span, Statement, StringValue, Value, WordValue } from './syntax.js';

export interface NodeBase {
  stmt: Statement;
}

/**
 * A statement read through its schema forms: its values by slot name. Every
 * block keeps the meanings of its statements in source order (`items`), so
 * that rules and features read one model instead of re-reading the syntax.
 */
export interface Meaning extends NodeBase {
  keyword: string;
  fields: Fields;
}

/** A block with its statements' meanings. */
export interface BlockNode extends NodeBase {
  items: Meaning[];
}

export interface TextNode extends NodeBase {
  value?: StringValue;
}

export interface ContractNode extends NodeBase {
  title?: StringValue;
  id?: NodeBase & { value?: Value };
  /** `kind master|sow|…`: the value is the word as written (a misspelt kind is an `invalid-value`, and the contract counts as an agreement). */
  kind?: NodeBase & { value?: WordValue };
  /** `under ID`: the id of the master this contract belongs to. */
  under?: NodeBase & { value?: Value };
  /** `precedence order, schedule, master`: the kinds of document in the order they prevail. */
  precedence?: NodeBase & { values: WordValue[] };
  effective?: NodeBase & { date?: DateValue; value?: Value };
  governingLaw?: NodeBase & { value?: Value };
  parties: PartyNode[];
  scopes: ScopeNode[];
  slas: SlaNode[];
  payments: PaymentNode[];
  dataProtections: DataProtectionNode[];
  terms: TermNode[];
  terminations: TerminationNode[];
  reportings: ReportingNode[];
  liabilities: BlockNode[];
  changes: BlockNode[];
  milestones: BlockNode[];
  clauses: ClauseNode[];
  texts: TextNode[];
}

export interface PartyNode extends NodeBase {
  role?: WordValue;
  name?: WordValue;
  legalName?: StringValue;
  address?: NodeBase & { value?: Value };
  notices?: NodeBase & { value?: Value };
}

export interface ServiceNode extends NodeBase {
  name?: WordValue;
  description?: StringValue;
  hours?: NodeBase & { value?: Value };
  channels?: NodeBase & { values: Value[] };
  type?: NodeBase & { value?: Value };
}

export interface ScopeNode extends BlockNode {
  services: ServiceNode[];
  excludes: (NodeBase & { value?: Value })[];
}

export interface UptimeNode extends NodeBase {
  value?: Value;
  period?: Value;
}
export interface PriorityNode extends NodeBase {
  level?: WordValue;
  /** The value after `respond within`. */
  respond?: Value;
  /** The value after `resolve within`. */
  resolve?: Value;
}
export interface TargetNode extends NodeBase {
  label?: StringValue;
  value?: Value;
  period?: Value;
}
export interface CreditNode extends NodeBase {
  amount?: Value;
  /**
   * `when below X`, `per breach`, `when PRIORITY respond|resolve over D` or
   * `per D downtime`; undefined when none is written.
   */
  trigger?: 'below' | 'per_breach' | 'priority' | 'per_block';
  threshold?: Value;
  /** `downtime_fees` after a multiple. */
  basis?: Value;
  fields: Fields;
}
export interface SlaNode extends BlockNode {
  name?: WordValue;
  /** The services after `for`. */
  services: WordValue[];
  uptimes: UptimeNode[];
  priorities: PriorityNode[];
  targets: TargetNode[];
  measuredBy: (NodeBase & { value?: Value })[];
  maintenance: (NodeBase & { value?: Value })[];
  credits: CreditNode[];
  creditCaps: (NodeBase & { value?: Value })[];
}

export interface AmountNode extends NodeBase {
  amount?: Value;
  period?: Value;
}
export interface PaymentNode extends BlockNode {
  fees: AmountNode[];
  models: (NodeBase & { value?: Value })[];
  rates: (AmountNode & { label?: StringValue })[];
  invoices: (NodeBase & { period?: Value; timing?: Value })[];
  dues: (NodeBase & { value?: Value; onReceipt: boolean })[];
  lateFees: AmountNode[];
  /** `expenses cap X PERIOD`; `cap` is undefined for uncapped expenses. */
  expenses: (NodeBase & { cap?: Value; period?: Value; capped: boolean })[];
  priceIncreases: (NodeBase & { cap?: Value; period?: Value; capped: boolean })[];
}

export interface DataProtectionNode extends BlockNode {
  comply: (NodeBase & { regulations: WordValue[] })[];
  /** `kind` is `personal_data_breach` (also when unwritten) or `security_incident`. */
  breachNotices: (NodeBase & { within?: Value; kind?: WordValue })[];
  access: (NodeBase & { value?: Value })[];
  encryption: (NodeBase & { values: Value[] })[];
  location: (NodeBase & { value?: Value })[];
  returnData: (NodeBase & { within?: Value })[];
}

export interface TermNode extends BlockNode {
  initial?: NodeBase & { duration?: Value; ends?: DateValue };
  renewal?: NodeBase & { mode?: WordValue; period?: Value; notice?: Value };
}

export interface TerminationNode extends BlockNode {
  forConvenience: (NodeBase & { who?: WordValue; notice?: Value; fee?: Value })[];
  forCause: (NodeBase & { who?: WordValue; cure?: Value })[];
  transitions: (NodeBase & { duration?: Value; pricing?: WordValue })[];
}

export interface ReportingNode extends BlockNode {
  reports: (NodeBase & { period?: Value; label?: StringValue })[];
  reviews: (NodeBase & { period?: Value })[];
}

export interface ClauseNode extends NodeBase {
  name?: WordValue;
  heading?: StringValue;
}

/** A statement that does not belong where it stands. */
export interface Misplaced {
  stmt: Statement;
  /** The block kind it stands in. */
  block: BlockKind;
}

/** A named thing: party, service, SLA or clause (for duplicate names, navigation and rename). */
export interface NamedEntity {
  kind: 'party' | 'service' | 'sla' | 'clause';
  name: string;
  nameSpan: Span;
  stmt: Statement;
}

/** A string or text block anywhere in the document, for the language rules. */
export interface Prose {
  value: StringValue;
  /** The statement it belongs to. */
  stmt: Statement;
}

export interface FileAst {
  contracts: ContractNode[];
  misplaced: Misplaced[];
  prose: Prose[];
}
