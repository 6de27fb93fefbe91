/**
 * The typed AST: the syntax tree read according to LANGUAGE.md. Every field is
 * optional or a list, because it is built from partial, broken input too. Each
 * node keeps the statement it came from, so every range is exact.
 */
import type { BlockKind } from './schema.js';
import type { DateValue, Span, Statement, StringValue, Value, WordValue } from './syntax.js';

export interface NodeBase {
  stmt: Statement;
}

export interface TextNode extends NodeBase {
  value?: StringValue;
}

export interface ContractNode extends NodeBase {
  title?: StringValue;
  id?: NodeBase & { value?: Value };
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
}

export interface ScopeNode extends NodeBase {
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
  /** `when below X` or `per breach`; undefined when neither is written. */
  trigger?: 'below' | 'per_breach';
  threshold?: Value;
}
export interface SlaNode extends NodeBase {
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
export interface PaymentNode extends NodeBase {
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

export interface DataProtectionNode extends NodeBase {
  comply: (NodeBase & { regulations: WordValue[] })[];
  breachNotices: (NodeBase & { within?: Value })[];
  access: (NodeBase & { value?: Value })[];
  encryption: (NodeBase & { values: Value[] })[];
  location: (NodeBase & { value?: Value })[];
  returnData: (NodeBase & { within?: Value })[];
}

export interface TermNode extends NodeBase {
  initial?: NodeBase & { duration?: Value; ends?: DateValue };
  renewal?: NodeBase & { mode?: WordValue; period?: Value; notice?: Value };
}

export interface TerminationNode extends NodeBase {
  forConvenience: (NodeBase & { who?: WordValue; notice?: Value; fee?: Value })[];
  forCause: (NodeBase & { who?: WordValue; cure?: Value })[];
  transitions: (NodeBase & { duration?: Value })[];
}

export interface ReportingNode extends NodeBase {
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
