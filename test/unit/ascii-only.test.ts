import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations.
import { asciiOnly } from '../../scripts/ascii-only.mjs';

/** Runs a script's text and returns the value of its last expression statement, assigned to `result`. */
const run = (code: string): unknown => new Function(`${code}\nreturn result;`)();

describe('asciiOnly (scripts/ascii-only.mjs): bundles as ASCII text with the same meaning', () => {
  const cases: [string, string][] = [
    ['a regular-expression literal, a character and a range', String.raw`const result = [/we[’']ll [À-ɏ]+/i.test("We’ll ōō"), /x…/.source.length];`],
    ['a String.raw template, whose raw text an escape would change', 'const w = "s"; const result = String.raw`(?:[A-Za-z\'’-]+${w}){1,2}…\\b`;'],
    ['a String.raw template without substitutions', 'const result = String.raw`don’t\\s+“quote”`;'],
    ['a string literal and an untagged template', 'const n = 2; const result = ["café → bar", `${n} × €`];'],
    ['comments before statements and properties, where esbuild keeps them', '// the → arrow\nconst result = {\n  /** “quoted” */\n  a: 1,\n};'],
  ];
  it.each(cases)('keeps the value of %s', (_, code) => {
    const ascii = asciiOnly(code) as string;
    expect(ascii).not.toMatch(/[^\x00-\x7f]/);
    expect(run(ascii)).toEqual(run(code));
  });

  it('builds the regular expression a String.raw pattern makes exactly as before', () => {
    const code = 'const result = new RegExp(String.raw`(?:we|you)[’\']ll\\s+[À-ɏ]+`, "i");';
    const before = run(code) as RegExp;
    const after = run(asciiOnly(code)) as RegExp;
    expect(after.source).toBe(before.source);
    expect(after.test('You’ll Łódź')).toBe(true);
  });

  it('leaves ASCII text as it is', () => {
    const code = 'const result = String.raw`a\\sb` + /c/.source;';
    expect(asciiOnly(code)).toBe(code);
  });

  it('makes a regular expression without g or y once, and one with g or y at each evaluation, as the literal did', () => {
    const code = 'const f = () => [/é/i, /é/g]; const a = f(), b = f(); const result = [a[0] === b[0], a[1] === b[1], a[0].source, a[1].flags];';
    expect(run(asciiOnly(code))).toEqual([true, false, 'é', 'g']);
  });

  it('keeps the directive prologue first', () => {
    const out = asciiOnly('"use strict";\nconst result = /’/.test("’");') as string;
    expect(out.startsWith('"use strict";\n')).toBe(true);
    expect(run(out)).toBe(true);
  });

  it('refuses a character it cannot escape without changing a value (another tag, a name)', () => {
    expect(() => asciiOnly('const tag = (s) => s.raw[0]; const result = tag`é`;')).toThrow(/other than String\.raw/);
    expect(() => asciiOnly('const café = 1;')).toThrow(/no escape keeps its meaning/);
  });
});
