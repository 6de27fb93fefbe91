/**
 * Value completion driven by the statement forms of grammar/schema.ts: the
 * words already written on the line are matched against every form of the
 * statement (head slots in order, then keyword-led options in any order), and
 * what may come next is read off the slots where the matches stop — the
 * closed words of a slot (periods, regulations, transfer bases…), the literal
 * words of the form (`within`, `over`, `downtime`), the options not yet used
 * (`notice`, `cap`, `after`), and after a bare number the units or currencies
 * the slot takes. No word list is written here: a new statement or word in
 * the schema is offered as soon as it is there.
 */
import type { Fields, Form, OptionParts, Part, Slot, StatementSpec, ValueType } from '../../grammar/index.js';

/** A token of a line being typed (completion-values.ts `tokenizeLine`). */
export interface LineToken {
  kind: 'string' | 'date' | 'coverage' | 'multiple' | 'percent' | 'number' | 'word' | 'duration' | 'money' | 'comma' | 'open' | 'close' | 'other';
  text: string;
}

/** What may follow the tokens written so far. */
export interface FormExpectation {
  /** Words to offer, in order: `keyword` for a literal or option of the form, `value` for a closed word of a slot. */
  words: { label: string; kind: 'keyword' | 'value'; slot?: Slot; shape: string; tier: Tier }[];
  /** After a bare number: the slot takes a duration (offer units). */
  units: boolean;
  /** After a bare number: the slot takes money (offer currencies). */
  currencies: boolean;
}

/** Where a word comes from, for ordering: the next required part, an optional slot, or an option. */
export type Tier = 'required' | 'optional' | 'option';

/** One way of reading the tokens so far. */
interface State {
  form: Form;
  /** The parts being matched (the head, or an option's parts) and the index of the next one. */
  parts: readonly Part[];
  k: number;
  inHead: boolean;
  used: ReadonlySet<string>;
  fields: Fields;
  /** The list slot just given an item: a comma goes on with it. */
  list?: { slot: Slot; k: number };
  /** Set after a comma: the next token must be an item of this list. */
  afterComma?: { slot: Slot; k: number };
  /** Words taken by slots open to any word: a reading that took a form's own word as a value is less likely. */
  loose: number;
}

/** The most readings kept at once; forms are small, this only bounds pathological lines. */
const MAX_STATES = 64;

function isSlot(p: Part): p is Slot {
  return typeof p !== 'string';
}

function tokenType(t: LineToken): ValueType | undefined {
  switch (t.kind) {
    case 'string':
    case 'date':
    case 'coverage':
    case 'percent':
    case 'number':
    case 'word':
    case 'duration':
    case 'money':
    case 'multiple':
      return t.kind;
    default:
      return undefined;
  }
}

function accepts(s: Slot, t: LineToken): boolean {
  const type = tokenType(t);
  if (!type || !s.types.includes(type)) return false;
  return type !== 'word' || !s.words || s.words.includes(t.text);
}

/** A stand-in value for a slot's `when` test (it looks at kinds only). */
function fakeValue(t: LineToken): Fields[string] {
  return { kind: tokenType(t) ?? 'word', text: t.text } as unknown as Fields[string];
}

function optionAlternatives(spec: OptionParts): (readonly Part[])[] {
  return Array.isArray(spec) ? [spec as readonly Part[]] : [...(spec as { any: readonly (readonly Part[])[] }).any];
}

function options(form: Form): Record<string, OptionParts> {
  return (form.options ?? {}) as Record<string, OptionParts>;
}

/** The slot at `k` is skipped when its `when` test fails. */
function active(p: Part, fields: Fields): boolean {
  return !isSlot(p) || !p.when || p.when(fields);
}

/** True when every part from `k` on may be left out (optional slots, or slots whose `when` fails). */
function restOptional(s: State): boolean {
  for (let k = s.k; k < s.parts.length; k++) {
    const p = s.parts[k]!;
    if (!isSlot(p)) return false;
    if (active(p, s.fields) && !p.optional) return false;
  }
  return true;
}

/** The readings after one more token. */
function step(s: State, t: LineToken): State[] {
  const out: State[] = [];
  if (t.kind === 'comma') {
    if (s.list) out.push({ ...s, list: undefined, afterComma: s.list });
    return out;
  }
  if (s.afterComma) {
    const { slot, k } = s.afterComma;
    if (accepts(slot, t) || (tokenType(t) === 'word' && slot.types.includes('word'))) {
      out.push({ ...s, afterComma: undefined, k: k + 1, list: { slot, k }, fields: take(s.fields, slot, t), loose: s.loose + looseness(slot, t) });
    }
    return out;
  }
  // The next part of the head or of the option being read.
  for (let k = s.k; k < s.parts.length; k++) {
    const p = s.parts[k]!;
    if (!active(p, s.fields)) continue;
    if (!isSlot(p)) {
      if (t.kind === 'word' && t.text === p) out.push({ ...s, k: k + 1, list: undefined });
      break;
    }
    if (accepts(p, t)) out.push({ ...s, k: k + 1, list: p.list ? { slot: p, k } : undefined, fields: take(s.fields, p, t), loose: s.loose + looseness(p, t) });
    if (!p.optional) break;
  }
  // An option keyword, once the parts left may be left out.
  if (t.kind === 'word' && restOptional(s) && Object.prototype.hasOwnProperty.call(options(s.form), t.text) && !s.used.has(t.text)) {
    const used = new Set(s.used).add(t.text);
    for (const alt of optionAlternatives(options(s.form)[t.text]!)) {
      out.push({ form: s.form, parts: alt, k: 0, inHead: false, used, fields: { ...s.fields, [t.text]: fakeValue(t) }, loose: s.loose });
    }
  }
  return out;
}

/** One more if `t` is a word taken by a slot open to any word. */
function looseness(slot: Slot, t: LineToken): number {
  return t.kind === 'word' && !slot.words ? 1 : 0;
}

function take(fields: Fields, slot: Slot, t: LineToken): Fields {
  const v = fakeValue(t);
  const prev = fields[slot.name];
  return { ...fields, [slot.name]: slot.list ? [...(Array.isArray(prev) ? prev : []), v] : v } as Fields;
}

/** The words and value kinds that may come next in a reading. */
function expect(s: State, out: FormExpectation, taken: ReadonlySet<string>): void {
  const add = (label: string, kind: 'keyword' | 'value', tier: Tier, slot?: Slot) => {
    const seen = out.words.find((w) => w.label === label);
    if (!seen) out.words.push({ label, kind, slot, shape: s.form.shape, tier });
    else if (TIER_ORDER[tier] < TIER_ORDER[seen.tier]) seen.tier = tier;
  };
  const slotWords = (p: Slot, tier: Tier) => {
    for (const w of p.words ?? []) if (!(p.list && taken.has(w))) add(w, 'value', tier, p);
    // `24x7` is the coverage everyone writes.
    if (p.words && p.types.includes('coverage')) add('24x7', 'value', tier, p);
  };
  if (s.afterComma) {
    slotWords(s.afterComma.slot, 'required');
    return;
  }
  for (let k = s.k; k < s.parts.length; k++) {
    const p = s.parts[k]!;
    if (!active(p, s.fields)) continue;
    if (!isSlot(p)) {
      add(p, 'keyword', 'required');
      return;
    }
    slotWords(p, p.optional ? 'optional' : 'required');
    if (!p.optional) return;
  }
  for (const key of Object.keys(options(s.form))) if (!s.used.has(key)) add(key, 'keyword', 'option');
}

const TIER_ORDER: Record<Tier, number> = { required: 0, optional: 1, option: 2 };

/** The slots a bare number at the end of the line may start. */
function numberSlots(s: State): Slot[] {
  const out: Slot[] = [];
  if (s.afterComma) return out;
  for (let k = s.k; k < s.parts.length; k++) {
    const p = s.parts[k]!;
    if (!active(p, s.fields)) continue;
    if (!isSlot(p)) break;
    if (p.types.includes('duration') || p.types.includes('money') || p.types.includes('number')) out.push(p);
    if (!p.optional) break;
  }
  return out;
}

/** A slot that reads any value (a version-1 slot the rules check): its label says whether it is money or time. */
function readsAnything(p: Slot): boolean {
  return p.types.includes('string') && p.types.includes('duration') && p.types.includes('money');
}

/**
 * What may follow `args` (the tokens after the keyword, without the word being
 * typed) in a statement of `spec`; undefined when the statement has no forms
 * or no form reads the tokens.
 */
export function expectFromForms(spec: StatementSpec | undefined, args: readonly LineToken[]): FormExpectation | undefined {
  if (!spec?.forms?.length) return undefined;
  let states: State[] = spec.forms.map((form) => ({ form, parts: form.head, k: 0, inHead: true, used: new Set<string>(), fields: {}, loose: 0 }));
  const last = args[args.length - 1];
  const trailingNumber = last?.kind === 'number';
  const read = trailingNumber ? args.slice(0, -1) : args;
  for (const t of read) {
    states = states.flatMap((s) => step(s, t)).slice(0, MAX_STATES);
    if (!states.length) return undefined;
  }
  // `price_increase index` is the index form, not an uncapped increase whose period is the word `index`.
  const least = Math.min(...states.map((s) => s.loose));
  states = states.filter((s) => s.loose === least);
  const out: FormExpectation = { words: [], units: false, currencies: false };
  const taken = new Set(args.filter((t) => t.kind === 'word').map((t) => t.text));
  if (trailingNumber) {
    for (const s of states) {
      for (const p of numberSlots(s)) {
        const time = p.types.includes('duration');
        const money = p.types.includes('money');
        if (readsAnything(p)) {
          if (/amount/.test(p.label)) out.currencies = true;
          else out.units = true;
        } else {
          out.units ||= time;
          out.currencies ||= money;
          // A plain number (a count) is complete: what follows it may come next.
          if (!time && !money && accepts(p, last!)) for (const next of step(s, last!)) expect(next, out, taken);
        }
      }
    }
    return out.units || out.currencies || out.words.length ? out : undefined;
  }
  for (const s of states) expect(s, out, taken);
  return out;
}
