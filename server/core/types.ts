/**
 * Types of the analysis core. Plain data, no editor or LSP types: the language
 * server, the web-worker server and the command line all map these themselves.
 */
import type { ContractNode, ParseResult, Range, Span } from '../../grammar/index.js';
import type { ResolvedConfig } from './config.js';
import type { FileFamilies } from './family.js';
import type { Severity } from './severity.js';

export type { Severity, SeveritySetting } from './severity.js';

/** A text replacement; `newText` is plain text (no snippet syntax). */
export interface TextEdit {
  span: Span;
  newText: string;
}

/**
 * A quick fix, computed by the core so that every front end applies the same edit.
 *
 * A fix is either mechanical or a choice. A **mechanical** fix's result is fully
 * determined by the contract itself: a misspelt keyword, unit or closed word
 * corrected, a currency the contract already uses added to a bare amount, a
 * missing `%` where only a percentage fits, a statement moved to the block it
 * belongs in, a word-for-word duplicate removed. Only mechanical fixes are
 * applied by Fix all (`source.fixAll.clausewise`) and carried in SARIF output.
 *
 * Every other fix chooses a business value the drafter did not write (an
 * amount, a duration, a percentage, a regulation, a measurement, a wording, a
 * whole block with values): it is never `preferred`, and it carries a
 * `snippet` in which every chosen value is a tab stop, numbered in reading
 * order, so that the editor selects the first and Tab moves through the rest.
 */
export interface Fix {
  title: string;
  /** The plain edits: a snippet fix's single edit is its snippet with every tab stop at its default. */
  edits: TextEdit[];
  /** The same edit as an LSP snippet: every value the fix chooses is a tab stop (`${1:30}`, `${2|monthly,yearly|}`). */
  snippet?: string;
  /** True when the result is fully determined by the contract (see above): Fix all and SARIF carry only these. */
  mechanical?: boolean;
  /** True when this is the obvious fix of its diagnostic (the editor's preferred quick fix); only a mechanical fix is preferred. */
  preferred?: boolean;
}

/** What a rule reports. */
export interface Finding {
  message: string;
  span: Span;
  /**
   * The quick fixes, or a function that builds them: a rule that reports
   * often (every SLA of a long contract) passes a function, so that fixes are
   * built only when somebody asks for them (a code action, `--fix`, SARIF),
   * not for every diagnostic of every analysis. The function runs guarded:
   * when it throws, the diagnostic has no fixes.
   */
  fixes?: Fix[] | (() => Fix[]);
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
  | 'playbook'
  | 'family';

/** Whose interest a rule protects; `perspective` turns off the rules that protect only the other side. */
export type Protects = 'client' | 'provider' | 'both';

/** Everything a rule may look at. */
export interface RuleContext {
  parse: ParseResult;
  config: ResolvedConfig;
  /**
   * Contracts of the file (usually one), as the rules see them: a contract
   * `under` a master it found includes what it inherits from that master
   * (see family.ts; inherited parts report nowhere, their master's file does).
   */
  contracts: ContractNode[];
  /**
   * Each contract's kind and family, when some contract of the file writes
   * `kind` or `under`; undefined otherwise (every contract is then a
   * standalone agreement). The missing-clause checks ask it what each kind
   * must contain (`asks` in family.ts).
   */
  family?: FileFamilies;
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
