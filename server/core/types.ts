/**
 * Types of the analysis core. Plain data, no editor or LSP types: the language
 * server, the web-worker server and the command line all map these themselves.
 */
import type { ContractNode, ParseResult, Range, Span } from '../../grammar/index.js';
import type { ResolvedConfig } from './config.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A text replacement; `newText` is plain text (no snippet syntax). */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A mechanical fix, computed by the core so that every front end applies the same edit. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The same edit as an LSP snippet (tab stops), when the fix inserts a skeleton. */
  snippet?: string;
  /** True when this is the obvious fix (used by fix-all). */
  preferred?: boolean;
}

/** What a rule reports. */
export interface Finding {
  message: string;
  span: Span;
  fixes?: Fix[];
  /** Extra data for editor features (e.g. the suggested word of "did you mean"). */
  data?: Record<string, unknown>;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  /** Link to the rule's documentation page. */
  docs: string;
  fixes: Fix[];
  data?: Record<string, unknown>;
}

export type RuleCategory =
  | 'syntax'
  | 'missing'
  | 'sla'
  | 'payment'
  | 'data-protection'
  | 'term'
  | 'language'
  | 'references'
  | 'liability'
  | 'changes'
  | 'delivery'
  | 'playbook';

/** Whose interest a rule protects; `perspective` turns off the rules that protect only the other side. */
export type Protects = 'client' | 'provider' | 'both';

/** Everything a rule may look at. */
export interface RuleContext {
  parse: ParseResult;
  config: ResolvedConfig;
  /** Contracts of the file (usually one). */
  contracts: ContractNode[];
  report(finding: Finding): void;
}

export interface Rule {
  code: string;
  /** Default severity, as in RULES.md. */
  severity: Severity;
  category: RuleCategory;
  /** One sentence: what the rule reports. */
  description: string;
  /** Whose interest the rule protects (`both` when absent). */
  protects?: Protects;
  check(ctx: RuleContext): void;
}

/** The base of the documentation links; each rule has `docs/rules/<code>.md`. */
export const DOCS_BASE = 'https://github.com/clausewise/clausewise/blob/main/docs/rules/';

export function docsUrl(code: string): string {
  return `${DOCS_BASE}${code}.md`;
}
