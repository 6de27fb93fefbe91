/**
 * The syntax tree: statements, blocks and values with exact source spans, built
 * from the CST. Values that belong together (a number and its unit or currency)
 * are joined here so that every later stage sees `30 days` or `12500 USD` as one value.
 */

/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

interface ValueBase {
  span: Span;
  /** The source text of the value. */
  text: string;
}

export interface StringValue extends ValueBase {
  kind: 'string' | 'textblock';
  /** The content with escapes resolved (strings) or common indentation stripped (text blocks). */
  value: string;
  /** Span of the content inside the quotes, in the source. */
  content: Span;
  terminated: boolean;
}
export interface NumberValue extends ValueBase {
  kind: 'number';
  value: number;
}
export interface PercentValue extends ValueBase {
  kind: 'percent';
  value: number;
}
export interface DateValue extends ValueBase {
  kind: 'date';
  year: number;
  month: number;
  day: number;
  /** False for dates that do not exist, such as 2027-02-30. */
  valid: boolean;
}
export interface CoverageValue extends ValueBase {
  kind: 'coverage';
}
export interface WordValue extends ValueBase {
  kind: 'word';
}
export type DurationUnit = 'second' | 'minute' | 'hour' | 'business_hour' | 'day' | 'business_day' | 'week' | 'month' | 'year';
export interface DurationValue extends ValueBase {
  kind: 'duration';
  amount: number;
  /** The unit, normalised to its singular form. */
  unit: DurationUnit;
  unitSpan: Span;
}
export interface MoneyValue extends ValueBase {
  kind: 'money';
  amount: number;
  /** The currency code as written (three capital letters; validity is a rule's business). */
  currency: string;
  currencySpan: Span;
}
/** A multiple such as `10x` (credits of ten times the fees for the downtime). */
export interface MultipleValue extends ValueBase {
  kind: 'multiple';
  value: number;
}
export interface CommaValue extends ValueBase {
  kind: 'comma';
}
export interface UnknownValue extends ValueBase {
  kind: 'unknown';
}

export type Value =
  | StringValue
  | NumberValue
  | PercentValue
  | DateValue
  | CoverageValue
  | WordValue
  | DurationValue
  | MoneyValue
  | MultipleValue
  | CommaValue
  | UnknownValue;

export interface Block {
  span: Span;
  open: Span;
  /** Absent when the block is never closed. */
  close?: Span;
  statements: Statement[];
}

/** One line of the contract: a keyword, its values and an optional block. */
export interface Statement {
  /** The first value; a statement proper starts with a word (its keyword). */
  head: Value;
  /** The keyword, when the head is a word. */
  keyword?: string;
  /** The values after the head, commas included, in source order. */
  args: Value[];
  block?: Block;
  /** From the head to the end of the last value (the block excluded). */
  lineSpan: Span;
  /** From the head to the end of the block, if any. */
  span: Span;
}

export interface Comment {
  kind: 'line' | 'block';
  text: string;
  span: Span;
  terminated: boolean;
}

export interface SyntaxIssue {
  message: string;
  span: Span;
  /** The rule code that reports it, when not `syntax-error` (e.g. `nesting-too-deep`). */
  code?: string;
  /** The word the reader probably meant, for a "did you mean" fix. */
  suggestion?: string;
}

export const DURATION_UNITS: Record<string, DurationUnit> = {
  second: 'second',
  seconds: 'second',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  business_hour: 'business_hour',
  business_hours: 'business_hour',
  day: 'day',
  days: 'day',
  business_day: 'business_day',
  business_days: 'business_day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

export const PERIODS = ['hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once'] as const;
export type Period = (typeof PERIODS)[number];
export function isPeriod(v: Value | undefined): v is WordValue {
  return v?.kind === 'word' && (PERIODS as readonly string[]).includes(v.text);
}

/** True for a word of three capital letters, the shape of an ISO 4217 code. */
export function looksLikeCurrency(word: string): boolean {
  return word.length === 3 && /^[A-Z]{3}$/.test(word);
}
