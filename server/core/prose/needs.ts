/**
 * What text a match of a regular expression must contain, read off its source:
 * a cheap test that tells, before an expression is ever run (and so compiled),
 * that it cannot match a sentence. The lexicon's row expressions are 10-17 KB
 * each; compiling them all cost about 85 ms at the first anchored sentence of
 * every process, although most sentences can match only a few of them.
 *
 * The reading is sound, never exact: `mayMatch(needsOf(source), text)` is true
 * whenever the expression matches somewhere in `text` (test/unit/needs.test.ts
 * checks it on the labelled corpus and on random strings), and may be true
 * when it does not. Only runs of literal characters count, each at least
 * {@link MIN_LITERAL} long; classes, escapes such as `\s`, the dot,
 * look-arounds, back-references and optional parts require nothing. The flags
 * are not read: it is for case-sensitive expressions run on text as given.
 */

/** Text a match must hold: `true` (nothing known), a literal it holds, all of several, or one of several. */
export type Needs = true | string | { readonly all: readonly Needs[] } | { readonly any: readonly Needs[] };

/** Shorter literals ("be", "to") are in almost every sentence: testing them spares nothing. */
const MIN_LITERAL = 3;

/** The needs of a whole expression source (without its slashes and flags). */
export function needsOf(source: string): Needs {
  const reader = new Reader(source);
  const needs = reader.alternation();
  // A stray ')', or a group left open: the source is not understood, so nothing is claimed.
  return reader.at !== source.length ? true : needs;
}

/** Whether `text` holds what `needs` asks for (always true when a match is possible). */
export function mayMatch(needs: Needs, text: string): boolean {
  if (needs === true) return true;
  if (typeof needs === 'string') return text.includes(needs);
  if ('all' in needs) {
    for (const n of needs.all) if (!mayMatch(n, text)) return false;
    return true;
  }
  for (const n of needs.any) if (mayMatch(n, text)) return true;
  return false;
}

function all(items: Needs[]): Needs {
  const kept = items.filter((n) => n !== true);
  return kept.length === 0 ? true : kept.length === 1 ? kept[0]! : { all: kept };
}

function any(items: Needs[]): Needs {
  if (items.some((n) => n === true)) return true;
  return items.length === 1 ? items[0]! : { any: items };
}

const CLASS_ESCAPES = new Set(['s', 'S', 'd', 'D', 'w', 'W', 'b', 'B']);
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  alternation(): Needs {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return any(branches);
  }

  private sequence(): Needs {
    const items: Needs[] = [];
    let run = '';
    const flush = () => {
      if (run.length >= MIN_LITERAL) items.push(run);
      run = '';
    };
    const s = this.source;
    while (this.at < s.length && s[this.at] !== '|' && s[this.at] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (typeof atom === 'object' && 'char' in atom) {
        if (min === 1) run += atom.char;
        else if (min === 0) flush();
        else {
          // "ab+c": a match holds "ab" and "bc".
          run += atom.char;
          flush();
          run = atom.char;
        }
        continue;
      }
      flush();
      if (min > 0) items.push(atom as Needs);
    }
    flush();
    return all(items);
  }

  /** One atom: a literal character, or what a group, class or escape needs. */
  private atom(): { char: string } | Needs {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (s[this.at] === '?') {
        const next = s[this.at + 1];
        if (next === ':') this.at += 2;
        else if (next === '=' || next === '!') {
          lookaround = true;
          this.at += 2;
        } else if (next === '<' && (s[this.at + 2] === '=' || s[this.at + 2] === '!')) {
          lookaround = true;
          this.at += 3;
        } else if (next === '<') {
          const close = s.indexOf('>', this.at);
          this.at = close < 0 ? s.length : close + 1;
        }
      }
      const inner = this.alternation();
      if (s[this.at] === ')') this.at++;
      else this.at = s.length + 1; // unbalanced: needsOf claims nothing
      return lookaround ? true : inner;
    }
    if (c === '[') {
      this.at++;
      if (s[this.at] === '^') this.at++;
      if (s[this.at] === ']') this.at++;
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      this.at++;
      return true;
    }
    if (c === '\\') {
      const e = s[this.at + 1] ?? '';
      this.at += 2;
      if (CLASS_ESCAPES.has(e) || /[1-9]/.test(e)) {
        while (/[0-9]/.test(s[this.at] ?? '') && /[1-9]/.test(e)) this.at++;
        return true;
      }
      if (e === 'k' && s[this.at] === '<') {
        const close = s.indexOf('>', this.at);
        this.at = close < 0 ? s.length : close + 1;
        return true;
      }
      if (e === 'p' || e === 'P') {
        const close = s.indexOf('}', this.at);
        this.at = close < 0 ? s.length : close + 1;
        return true;
      }
      if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(this.at, this.at + 2))) {
        this.at += 2;
        return { char: String.fromCharCode(parseInt(s.slice(this.at - 2, this.at), 16)) };
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.at, this.at + 4))) {
        this.at += 4;
        return { char: String.fromCharCode(parseInt(s.slice(this.at - 4, this.at), 16)) };
      }
      if (e === 'c') {
        this.at++;
        return true;
      }
      if (e in CONTROL) return { char: CONTROL[e]! };
      return { char: e };
    }
    this.at++;
    if (c === '.' || c === '^' || c === '$') return true;
    return { char: c };
  }

  /** The least number of times the atom just read repeats (1 when no quantifier follows). */
  private quantifier(): number {
    const s = this.source;
    const q = s[this.at];
    let min = 1;
    if (q === '?' || q === '*') {
      min = 0;
      this.at++;
    } else if (q === '+') {
      min = 2; // at least once, and perhaps more: see sequence()
      this.at++;
    } else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.at, this.at + 24));
      if (!m) return 1; // a literal brace
      const n = Number(m[1]);
      min = n === 0 ? 0 : n === 1 && m[2] === undefined ? 1 : 2;
      this.at += m[0].length;
    } else return 1;
    if (s[this.at] === '?') this.at++;
    return min;
  }
}

/**
 * Needs packed for a table built ahead of time (scripts/build.mjs). Each
 * literal is kept once, in `literals`, and a packed need is a literal's index,
 * `[0, ...]` (all of) or `[1, ...]` (one of). Each entry of `needs` is the
 * list of its alternatives (a match satisfies one of them). Each alternative
 * also carries its cover: literals one of which it needs whatever else it
 * needs. A text is tested only against the alternatives whose cover it holds
 * (and those with no cover), so that a sentence reads a few alternatives of
 * an expression, not its thousand parts.
 */
export type PackedNeeds = number | PackedNeeds[];
export interface NeedsTable {
  readonly literals: readonly string[];
  readonly needs: readonly (readonly { readonly need: PackedNeeds; readonly cover: readonly number[] }[])[];
}

/**
 * A table as the build writes it into the bundles: the covers are left out
 * (a fifth of its size; the extension's package has a size limit) and worked
 * out again at load from the packed needs ({@link withCovers}), by the same
 * function that made them, so that the two are equal.
 */
export interface BuiltNeedsTable {
  readonly literals: readonly string[];
  readonly needs: readonly (readonly PackedNeeds[])[];
}

export function withoutCovers(table: NeedsTable): BuiltNeedsTable {
  return { literals: table.literals, needs: table.needs.map((alternatives) => alternatives.map(({ need }) => need)) };
}

export function withCovers(table: BuiltNeedsTable): NeedsTable {
  // How likely a sentence is to hold each literal, worked out once per literal (the covers name them thousands of times).
  const weights = table.literals.map((l) => 1 / Math.max(0.5, rarity(l)) ** 2);
  return { literals: table.literals, needs: table.needs.map((alternatives) => alternatives.map((need) => ({ need, cover: packedCover(need, weights) ?? [] }))) };
}

/** Literals one of which a text holds whenever it holds `needs` (undefined: none known), as few and as rare as can be: indexes into `literals`. */
function packedCover(needs: PackedNeeds, weights: readonly number[]): number[] | undefined {
  if (typeof needs === 'number') return needs < 0 ? undefined : [needs];
  if (needs[0] === 1) {
    const out: number[] = [];
    for (let i = 1; i < needs.length; i++) {
      const c = packedCover(needs[i]!, weights);
      if (!c) return undefined;
      for (const l of c) if (!out.includes(l)) out.push(l);
    }
    return out;
  }
  let best: number[] | undefined;
  let bestCost = Infinity;
  for (let i = 1; i < needs.length; i++) {
    const c = packedCover(needs[i]!, weights);
    if (!c) continue;
    // A set of common or short literals is in most sentences: the cost is how likely a sentence is to hold one of them.
    let cost = 0;
    for (const l of c) cost += weights[l]!;
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  return best;
}

/** Common words: a literal made of one says little about a sentence, so "all of" tests it last. */
const COMMON = new Set(
  'the and for with that will shall may any our its this not are has have been was were all can per from your their his her such each other which when where than then there these those them they you one two out off over into onto upon under only also both but nor must would could should being more most less some made make given take taken time day days'.split(' '),
);

/** How rare a need's text is likely to be (longer literals are rarer): "all of" tests its rarest part first, to fail fast. */
function rarity(needs: Needs): number {
  if (needs === true) return 0;
  if (typeof needs === 'string') {
    const word = needs.trim();
    return COMMON.has(word) ? 0.5 : word.length;
  }
  if ('all' in needs) return Math.max(...needs.all.map(rarity));
  return Math.min(...needs.any.map(rarity));
}


export function packNeeds(list: readonly Needs[]): NeedsTable {
  const literals: string[] = [];
  const ids = new Map<string, number>();
  const id = (literal: string) => {
    let found = ids.get(literal);
    if (found === undefined) ids.set(literal, (found = literals.push(literal) - 1));
    return found;
  };
  const pack = (needs: Needs): PackedNeeds => {
    if (needs === true) return -1;
    if (typeof needs === 'string') return id(needs);
    if ('all' in needs) return [0, ...[...needs.all].sort((a, b) => rarity(b) - rarity(a)).map(pack)];
    return [1, ...needs.any.map(pack)];
  };
  const alternatives = (needs: Needs): readonly Needs[] => (typeof needs === 'object' && 'any' in needs ? needs.any : [needs]);
  const packed = list.map((needs) => alternatives(needs).map(pack));
  return withCovers({ literals, needs: packed });
}

/** A key for three one-byte characters (each under 256), or -1. */
function trigram(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) > 255 ? -1 : a | (b << 8) | (c << 16);
}

/**
 * Tests texts against a {@link NeedsTable}: the literals a text holds are found
 * in one pass over it (by their first three characters), once per text; each
 * literal found names the alternatives whose cover holds it, and only those
 * (and the alternatives with no cover) are read.
 */
export class NeedsTest {
  /** Literal indexes by the key of their first three characters. */
  private readonly byTrigram = new Map<number, number[]>();
  /** Literals whose first three characters are not all one-byte: searched for whole. */
  private readonly other: number[] = [];
  /** By literal: the alternatives whose cover holds it, as pairs (need, alternative) one after the other. */
  private readonly covering: number[][];
  /** By need: its alternatives with no cover. */
  private readonly uncovered: number[][];
  /** By need: the alternatives the current text holds a cover literal of. */
  private readonly candidates: number[][];
  /** `present[i] === stamp` when the current text holds literal i. */
  private readonly present: Int32Array;
  private stamp = 0;
  private text: string | undefined;

  constructor(private readonly table: NeedsTable) {
    this.present = new Int32Array(table.literals.length);
    table.literals.forEach((literal, i) => {
      const key = trigram(literal, 0);
      if (key < 0) this.other.push(i);
      else {
        const list = this.byTrigram.get(key);
        if (list) list.push(i);
        else this.byTrigram.set(key, [i]);
      }
    });
    this.covering = table.literals.map(() => []);
    this.uncovered = table.needs.map(() => []);
    this.candidates = table.needs.map(() => []);
    table.needs.forEach((alternatives, need) =>
      alternatives.forEach(({ cover }, alternative) => {
        if (cover.length === 0) this.uncovered[need]!.push(alternative);
        for (const literal of cover) this.covering[literal]!.push(need, alternative);
      }),
    );
  }

  /** Whether need `index` of the table may match somewhere in `text`. */
  mayMatch(index: number, text: string): boolean {
    if (text !== this.text) this.read(text);
    const alternatives = this.table.needs[index]!;
    for (const a of this.uncovered[index]!) if (this.holds(alternatives[a]!.need)) return true;
    for (const a of this.candidates[index]!) if (this.holds(alternatives[a]!.need)) return true;
    return false;
  }

  /**
   * Whether one of alternatives `from` to `to` of need `index` may match in
   * `text`: for an expression split into parts by its alternatives (the
   * lexicon's SplitExpression), whether a part need be searched (and built).
   */
  mayMatchSome(index: number, from: number, to: number, text: string): boolean {
    if (text !== this.text) this.read(text);
    const alternatives = this.table.needs[index]!;
    for (let a = from; a < to; a++) if (this.holds(alternatives[a]!.need)) return true;
    return false;
  }

  private read(text: string): void {
    this.text = text;
    if (this.stamp === 0x7fffffff) {
      this.present.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (const list of this.candidates) list.length = 0;
    const { literals } = this.table;
    const found = (i: number) => {
      this.present[i] = stamp;
      const pairs = this.covering[i]!;
      for (let k = 0; k < pairs.length; k += 2) this.candidates[pairs[k]!]!.push(pairs[k + 1]!);
    };
    for (let at = 0; at + 3 <= text.length; at++) {
      const key = trigram(text, at);
      if (key < 0) continue;
      const list = this.byTrigram.get(key);
      if (!list) continue;
      for (const i of list) if (this.present[i] !== stamp && text.startsWith(literals[i]!, at)) found(i);
    }
    for (const i of this.other) if (text.includes(literals[i]!)) found(i);
  }

  private holds(needs: PackedNeeds): boolean {
    if (typeof needs === 'number') return needs < 0 || this.present[needs] === this.stamp;
    if (needs[0] === 0) {
      for (let i = 1; i < needs.length; i++) if (!this.holds(needs[i]!)) return false;
      return true;
    }
    for (let i = 1; i < needs.length; i++) if (this.holds(needs[i]!)) return true;
    return false;
  }
}
