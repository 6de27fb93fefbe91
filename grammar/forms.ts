/**
 * Statement forms: the value slots of each statement, as data. A form is the
 * values right after the keyword (`head`, in order) followed by keyword-led
 * options in any order (`notice 30 days`, `cap 5%`). A slot names the kinds of
 * value it takes and, for a closed slot, the words it allows.
 *
 * One reader ({@link readStatement}) matches a statement against its forms and
 * returns its meaning (values by slot name) and the problems of its shape: a
 * word outside a closed slot's set (`invalid-value`, with "did you mean"),
 * values left over, a value of the wrong kind. Missing values are left to the
 * rules, which say what a complete clause needs.
 */
import type { Span, Statement, SyntaxIssue, Value, WordValue } from './syntax.js';
import { describeValue } from './tree.js';

export type ValueType = 'duration' | 'percent' | 'money' | 'number' | 'string' | 'date' | 'word' | 'coverage' | 'multiple';

export interface Slot {
  /** The name of the value in the statement's meaning. */
  name: string;
  /** The kinds of value it takes. */
  types: readonly ValueType[];
  /** For words: the closed set it takes (any word when absent). */
  words?: readonly string[];
  optional?: boolean;
  /** Takes one or more values (written with commas). */
  list?: boolean;
  /** What the slot holds, in words, for messages ("a period"). */
  label: string;
  /** The slot exists only when this holds of the values read before it (`downtime_fees` only after a multiple). */
  when?: (fields: Fields) => boolean;
}

/** A literal word (required) or a slot. */
export type Part = string | Slot;

/** The parts after an option's keyword, or alternatives of them. */
export type OptionParts = readonly Part[] | { readonly any: readonly (readonly Part[])[] };

export interface Form {
  /** The values right after the keyword, in order. */
  head: readonly Part[];
  /** Keyword-led parts, in any order after the head, each at most once; `[]` is a flag. */
  options?: Readonly<Record<string, OptionParts>>;
  /** How the form is written, for messages. */
  shape: string;
  /** What to say about values left over, when the generic message would not help. */
  leftover?: string;
}

/** The values of a statement by slot name; a flag option is its keyword. */
export type Fields = Record<string, Value | Value[]>;

/** The code of a word outside a closed slot's set. */
export const INVALID_VALUE = 'invalid-value';

// Slot builders, to keep the schema table readable.
export const word = (name: string, words: readonly string[] | undefined, label: string, optional = false): Slot => ({ name, types: ['word'], words, label, optional });
export const words = (name: string, set: readonly string[] | undefined, label: string, alsoStrings = false): Slot => ({
  name,
  types: alsoStrings ? ['word', 'string'] : ['word'],
  words: set,
  label,
  list: true,
});
/**
 * A duration; a bare number or words in quotes are read too, so that
 * `missing-unit` can say what the slot needs (`claim within "promptly"`).
 */
export const duration = (name: string, optional = false): Slot => ({ name, types: ['duration', 'number', 'string'], label: 'a duration such as `30 days`', optional });
/** A percentage; a bare number or words in quotes are read too (`missing-unit`). */
export const percent = (name: string, optional = false): Slot => ({ name, types: ['percent', 'number', 'string'], label: 'a percentage such as `5%`', optional });
/**
 * A version-1 value slot that the rules check themselves (`missing-unit`,
 * `sla-unmeasurable`): it reads any single value, so that prose or a bare
 * number reaches the rule that explains what is missing.
 */
export const anyValue = (name: string, label: string, optional = false): Slot => ({
  name,
  types: ['duration', 'percent', 'number', 'money', 'string', 'word', 'multiple'],
  label,
  optional,
});
export const money = (name: string, optional = false): Slot => ({ name, types: ['money'], label: 'an amount such as `1000 USD`', optional });
export const text = (name: string, optional = false): Slot => ({ name, types: ['string'], label: 'a description in quotes', optional });
export const date = (name: string, optional = false): Slot => ({ name, types: ['date'], label: 'a date such as `2027-03-31`', optional });
export const slot = (name: string, types: readonly ValueType[], label: string, extra: Partial<Slot> = {}): Slot => ({ name, types, label, ...extra });

function isWordValue(v: Value | undefined): v is WordValue {
  return v?.kind === 'word';
}

/** The edit distance between two words (for "did you mean"). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const cl = c.toLowerCase();
    // `at_renewal` for `at renewal`, `business-day` for `business_day`: the same letters.
    const d = lower.replace(/[_-]/g, '') === cl.replace(/[ _-]/g, '') ? 0 : editDistance(lower, cl);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== undefined && bestD <= limit ? best : undefined;
}

const KIND_BIT: Record<string, number> = { duration: 1, percent: 2, money: 4, number: 8, string: 16, textblock: 16, date: 32, word: 64, coverage: 128, multiple: 256 };
const WORD_BIT = 64;

/**
 * A part of a form as the reader uses it: every part has the same shape (a
 * literal word or a slot with its kinds as a bit set and its words as a set),
 * compiled once per form, so that reading a statement touches no schema
 * object of varied shape (the reader runs for every statement of every file).
 */
class CPart {
  /** The literal word, or null for a slot. */
  readonly lit: string | null;
  readonly slot: Slot | null;
  readonly name: string;
  readonly mask: number;
  readonly wordSet: ReadonlySet<string> | null;
  readonly optional: boolean;
  readonly list: boolean;
  readonly when: ((fields: Fields) => boolean) | null;

  constructor(p: Part) {
    if (typeof p === 'string') {
      this.lit = p;
      this.slot = null;
      this.name = p;
      this.mask = 0;
      this.wordSet = null;
      this.optional = false;
      this.list = false;
      this.when = null;
    } else {
      this.lit = null;
      this.slot = p;
      this.name = p.name;
      let mask = 0;
      for (const t of p.types) mask |= KIND_BIT[t] ?? 0;
      this.mask = mask;
      this.wordSet = p.words ? new Set(p.words) : null;
      this.optional = p.optional === true;
      this.list = p.list === true;
      this.when = p.when ?? null;
    }
  }

  /** True when this slot takes `v` (never for a literal). */
  accepts(v: Value): boolean {
    if ((this.mask & (KIND_BIT[v.kind] ?? 0)) === 0) return false;
    return v.kind !== 'word' || this.wordSet === null || this.wordSet.has(v.text);
  }

  /** True when `v` is this literal word, or a word or value this slot takes. */
  takes(v: Value): boolean {
    return this.lit !== null ? v.kind === 'word' && v.text === this.lit : this.accepts(v);
  }

  /** True when this is a closed slot naming the word exactly, or this literal. */
  names(text: string): boolean {
    return this.lit !== null ? this.lit === text : this.wordSet !== null && this.wordSet.has(text);
  }
}

class COption {
  constructor(
    /** The parts after the keyword, or null when the option has alternatives. */
    readonly seq: readonly CPart[] | null,
    readonly any: readonly (readonly CPart[])[] | null,
  ) {}
}

class CForm {
  readonly head: readonly CPart[];
  readonly options: ReadonlyMap<string, COption> | null;
  /** `at_renewal` → `at renewal`: an option keyword and its first word written as one. */
  readonly joined: ReadonlyMap<string, string> | null;
  readonly optionKeys: readonly string[];

  constructor(readonly form: Form) {
    this.head = form.head.map((p) => new CPart(p));
    const options = new Map<string, COption>();
    const joined = new Map<string, string>();
    for (const k of Object.keys(form.options ?? {})) {
      const spec = form.options![k]!;
      if (Array.isArray(spec)) {
        const parts = spec as readonly Part[];
        options.set(k, new COption(parts.map((p) => new CPart(p)), null));
        const first = parts[0];
        if (typeof first === 'string') joined.set(`${k}_${first}`, `${k} ${first}`);
      } else {
        options.set(k, new COption(null, (spec as { any: readonly (readonly Part[])[] }).any.map((alt) => alt.map((p) => new CPart(p)))));
      }
    }
    this.options = options.size ? options : null;
    this.joined = joined.size ? joined : null;
    this.optionKeys = [...options.keys()];
  }
}

const COMPILED = new WeakMap<readonly Form[], readonly CForm[]>();
function compiled(forms: readonly Form[]): readonly CForm[] {
  let c = COMPILED.get(forms);
  if (!c) {
    c = forms.map((f) => new CForm(f));
    COMPILED.set(forms, c);
  }
  return c;
}

function listOf(ws: readonly string[]): string {
  const shown = ws.slice(0, 8).map((w) => `\`${w}\``);
  if (ws.length > 8) shown.push('…');
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** ` after \`notice\`` for the parts of an option, nothing for the head (for messages). */
function whereOf(option: string | undefined): string {
  return option === undefined ? '' : ` after \`${option}\``;
}

export interface ReadResult {
  fields: Fields;
  issues: SyntaxIssue[];
  /** The index of the form that matched (among the statement's forms). */
  form: number;
}

class Matcher {
  i = 0;
  readonly fields: Fields = {};
  /** Problems, built only for the form that wins (messages of discarded attempts are never written). */
  issues: (() => SyntaxIssue)[] | null = null;
  /** Problems that are not closed-slot typos weigh more when choosing a form. */
  cost = 0;

  constructor(
    private readonly keyword: string,
    private readonly vals: Value[],
    private readonly form: CForm,
  ) {}

  private issue(make: () => SyntaxIssue, cost: number): void {
    (this.issues ??= []).push(make);
    this.cost += cost;
  }

  private invalid(v: WordValue, message: () => string, suggestion?: string): void {
    this.issue(() => ({ message: message(), span: v.span, code: INVALID_VALUE, ...(suggestion !== undefined ? { suggestion } : {}) }), 1);
  }

  private isOptionKey(v: Value | undefined): boolean {
    return v !== undefined && v.kind === 'word' && this.form.options !== null && this.form.options.has(v.text);
  }

  /** Matches parts in order from `from`; option keywords are left for the option loop. */
  parts(parts: readonly CPart[], option: string | undefined): void {
    const shape = this.form.form.shape;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      const v = this.vals[this.i];
      if (p.lit !== null) {
        const lit = p.lit;
        if (v !== undefined && v.kind === 'word' && v.text === lit) {
          this.i++;
          continue;
        }
        if (isWordValue(v) && !this.isOptionKey(v) && nearest(v.text, [lit]) !== undefined) {
          this.invalid(v, () => `\`${v.text}\` is not a word of \`${this.keyword}\` here: did you mean \`${lit}\`? (${shape})`, lit);
          this.i++;
          continue;
        }
        // A missing literal before a value that fits the next slot is a shape problem; a missing tail is the rules' business.
        if (v !== undefined && !this.isOptionKey(v)) {
          const next = parts[k + 1];
          if (next !== undefined && next.lit === null && next.accepts(v)) {
            this.issue(() => ({ message: `Write \`${lit}\` before ${describe(v)} in \`${this.keyword}\`: ${shape}.`, span: v.span }), 2);
            continue;
          }
        }
        this.cost += v === undefined ? 0.5 : 3;
        return;
      }
      if (p.when !== null && !p.when(this.fields)) continue;
      if (v === undefined || this.isOptionKey(v)) {
        if (!p.optional) this.cost += 0.5;
        continue;
      }
      if (p.accepts(v)) {
        this.take(p, v);
        if (p.list) this.restOfList(p, option, parts, k + 1);
        continue;
      }
      const slot = p.slot!;
      if (v.kind === 'word' && (p.mask & WORD_BIT) !== 0 && slot.words) {
        const set = slot.words;
        const text = v.text;
        // A word that a later part names exactly (`within` after an optional kind) belongs to that part.
        if (p.optional && laterNames(parts, k + 1, text)) continue;
        const guess = nearest(text, set);
        // An optional slot leaves an unknown word to a later part that takes it; otherwise it is this slot's wrong word.
        if (p.optional && guess === undefined && ((this.form.joined !== null && this.form.joined.has(text.toLowerCase())) || laterTakes(parts, k + 1, v))) continue;
        this.invalid(v, () => `\`${text}\` is not ${slot.label}${whereOf(option)}: write ${listOf(set)}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`, guess);
        this.i++;
        if (p.list) this.restOfList(p, option, parts, k + 1);
        continue;
      }
      if (p.optional) continue;
      // A value of the wrong kind: say what the slot takes and move on.
      this.issue(() => ({ message: `\`${this.keyword}\` takes ${slot.label}${whereOf(option)}, not ${describe(v)}: ${shape}.`, span: v.span }), 3);
      this.i++;
    }
  }

  /** Reads the rest of a list: values it takes, and words it does not take (reported), until an option or a later part. */
  private restOfList(p: CPart, option: string | undefined, parts: readonly CPart[], later: number): void {
    for (;;) {
      const v = this.vals[this.i];
      if (v === undefined || this.isOptionKey(v)) return;
      if (p.accepts(v)) this.take(p, v);
      else if (v.kind === 'word' && p.wordSet !== null && !laterTakes(parts, later, v)) {
        const set = p.slot!.words ?? [];
        const guess = nearest(v.text, set);
        this.invalid(v, () => `\`${v.text}\` is not ${p.slot!.label}${whereOf(option)}: write ${listOf(set)}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`, guess);
        this.i++;
      } else return;
    }
  }

  private take(p: CPart, v: Value): void {
    this.i++;
    if (p.list) {
      const prev = this.fields[p.name];
      if (Array.isArray(prev)) prev.push(v);
      else this.fields[p.name] = [v];
    } else this.fields[p.name] = v;
  }

  options(): void {
    // Most statements end with their head: nothing to allocate then.
    const options = this.form.options;
    if (this.i >= this.vals.length || options === null) return;
    let seen: Set<string> | undefined;
    while (this.i < this.vals.length) {
      const v = this.vals[this.i]!;
      if (v.kind !== 'word') return;
      const spec = options.get(v.text);
      if (spec !== undefined) {
        this.i++;
        seen ??= new Set();
        if (seen.has(v.text)) this.issue(() => ({ message: `\`${v.text}\` is written twice in one \`${this.keyword}\` statement: keep one.`, span: v.span }), 2);
        seen.add(v.text);
        if (!Object.prototype.hasOwnProperty.call(this.fields, v.text)) this.fields[v.text] = v;
        if (spec.seq !== null) this.parts(spec.seq, v.text);
        else this.alternatives(spec.any!, v.text);
        continue;
      }
      const shape = this.form.form.shape;
      // `at_renewal` for `at renewal`: an option keyword and its first word run together.
      const words2 = this.form.joined?.get(v.text.toLowerCase());
      if (words2 !== undefined) {
        this.invalid(v, () => `\`${v.text}\` is not a word of \`${this.keyword}\`: write \`${words2}\`, two words (${shape}).`, words2);
        this.i++;
        continue;
      }
      const done = seen;
      const guess = nearest(v.text, done ? this.form.optionKeys.filter((k) => !done.has(k)) : this.form.optionKeys);
      if (guess === undefined) return;
      this.invalid(v, () => `\`${v.text}\` is not a word of \`${this.keyword}\`: did you mean \`${guess}\`? (${shape})`, guess);
      this.i++;
    }
  }

  private alternatives(alts: readonly (readonly CPart[])[], option: string): void {
    let best: Matcher | undefined;
    for (const alt of alts) {
      const m = new Matcher(this.keyword, this.vals, this.form);
      m.i = this.i;
      m.parts(alt, option);
      // Prefer the alternative that reads more values at less cost.
      if (!best || m.cost < best.cost || (m.cost === best.cost && m.i > best.i)) best = m;
    }
    if (!best) return;
    Object.assign(this.fields, best.fields);
    if (best.issues !== null) (this.issues ??= []).push(...best.issues);
    this.cost += best.cost;
    this.i = best.i;
  }
}

/** True when a part from `from` on names the word exactly. */
function laterNames(parts: readonly CPart[], from: number, text: string): boolean {
  for (let k = from; k < parts.length; k++) if (parts[k]!.names(text)) return true;
  return false;
}

/** True when a part from `from` on takes the value. */
function laterTakes(parts: readonly CPart[], from: number, v: Value): boolean {
  for (let k = from; k < parts.length; k++) if (parts[k]!.takes(v)) return true;
  return false;
}

function describe(v: Value): string {
  switch (v.kind) {
    case 'word':
      return `the word \`${v.text}\``;
    case 'string':
    case 'textblock':
      return 'a string in quotes';
    case 'duration':
      return `the duration \`${v.text}\``;
    case 'money':
      return `the amount \`${v.text}\``;
    case 'percent':
      return `the percentage \`${v.text}\``;
    case 'multiple':
      return `the multiple \`${v.text}\``;
    case 'date':
      return `the date \`${v.text}\``;
    case 'number':
      return `the bare number \`${v.text}\``;
    case 'coverage':
      return `\`${v.text}\``;
    default:
      return `\`${v.text}\``;
  }
}

/**
 * Reads a statement's values (commas and stray characters already removed)
 * against its forms: the form that reads them with the fewest problems wins.
 */
export function readStatement(stmt: Statement, vals: Value[], forms: readonly Form[], startsStatement?: (word: string) => boolean): ReadResult {
  const keyword = stmt.keyword ?? '';
  const cforms = compiled(forms);
  let best: Matcher | undefined;
  let bestCost = Infinity;
  let bestForm = -1;
  // When the first value is the leading word of some forms (`price_increase index …`), only those can read it.
  const first = vals[0];
  let lead: string | undefined;
  if (first !== undefined && first.kind === 'word' && forms.length > 1) for (const f of forms) if (f.head[0] === first.text) lead = first.text;
  for (let index = 0; index < cforms.length; index++) {
    const form = cforms[index]!;
    if (lead !== undefined && form.form.head[0] !== lead) continue;
    const m = new Matcher(keyword, vals, form);
    m.parts(form.head, undefined);
    m.options();
    let cost = m.cost;
    if (m.i < vals.length) cost += 4 + (vals.length - m.i);
    if (cost < bestCost) {
      best = m;
      bestCost = cost;
      bestForm = index;
      // Nothing reads with less than no problem: a later form could only tie, and ties keep the first.
      if (cost === 0) break;
    }
  }
  if (!best) return { fields: {}, issues: [], form: -1 };
  const issues = best.issues === null ? [] : best.issues.map((make) => make());
  if (best.i < vals.length) {
    const rest = vals.slice(best.i);
    let first = rest[0]!;
    const last = rest[rest.length - 1]!;
    const shape = forms.length === 1 ? forms[0]!.shape : forms.map((f) => f.shape).join(' | ');
    const hint = forms[bestForm]!.leftover;
    let message: string;
    if (hint !== undefined) message = hint;
    else if (first.kind === 'word' && startsStatement?.(first.text)) {
      // The leftover is a statement of the block run into this line (`due 30 days after invoice late_fee 2% monthly`).
      message = `\`${keyword}\` does not take ${describeValue(first)} here: it takes \`${shape}\`. Put each statement on its own line.`;
    } else {
      // A word read into a slot that takes any value (`due net 30`) is the first wrong value: the problem starts there.
      const before = vals[best.i - 1];
      const open = before !== undefined && before.kind === 'word' ? anySlotTaking(cforms[bestForm]!, best.fields, before) : undefined;
      if (open !== undefined) {
        first = before!;
        message = `${keyword} takes ${plain(open.label)} here, not ${plainValues(vals.slice(best.i - 1))}: write ${plain(forms[bestForm]!.shape)}.`;
      } else message = `\`${keyword}\` does not take ${describeValue(first)} here: it takes \`${shape}\`.`;
    }
    issues.push({ message, span: { start: first.span.start, end: last.span.end } satisfies Span });
  }
  return { fields: best.fields, issues, form: bestForm };
}

/** The head slot of a form that read `v` and takes any kind of value, words included (not a closed set). */
function anySlotTaking(form: CForm, fields: Fields, v: Value): Slot | undefined {
  for (const p of form.head) {
    if (p.slot === null || p.wordSet !== null || (p.mask & WORD_BIT) === 0 || p.mask === WORD_BIT) continue;
    if (fields[p.name] === v) return p.slot;
  }
  return undefined;
}

/** Text for a plain-text message: without Markdown backquotes. */
function plain(text: string): string {
  return text.replace(/`/g, '');
}

/** Values as written, for a plain-text message (`the words net 30`). */
function plainValues(vals: readonly Value[]): string {
  const text = vals.map((v) => v.text).join(' ');
  const shown = text.length > 40 ? text.slice(0, 40) + '…' : text;
  return vals.length === 1 ? `${plain(describeValue(vals[0]!))}` : `the words ${shown}`;
}

/** A single value of a meaning's slot. */
export function fieldValue(fields: Fields | undefined, name: string): Value | undefined {
  const f = fields?.[name];
  return Array.isArray(f) ? f[0] : f;
}

/** The values of a meaning's list slot. */
export function fieldValues(fields: Fields | undefined, name: string): Value[] {
  const f = fields?.[name];
  return f === undefined ? [] : Array.isArray(f) ? f : [f];
}

/** The word in a meaning's slot, if it holds a word. */
export function fieldWord(fields: Fields | undefined, name: string): string | undefined {
  const v = fieldValue(fields, name);
  return v?.kind === 'word' ? v.text : undefined;
}
