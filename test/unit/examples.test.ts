/**
 * The two examples from the design: the clean one yields no diagnostic, and the
 * vague one yields every code its comments name — on the commented line when
 * the comment trails a statement.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, META_CODES, RULE_CODES } from '../../server/core/index.js';

const EXAMPLES = path.join(__dirname, '../../examples');
const read = (name: string) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8');

import { CATALOGUE } from '../helpers/catalogue.js';

export { CATALOGUE };

describe('rule catalogue', () => {
  it('registers every code of RULES.md, and nothing else', () => {
    expect([...RULE_CODES].sort()).toEqual([...CATALOGUE].sort());
  });
  it('has a documentation page for every code', () => {
    for (const code of [...CATALOGUE, ...META_CODES]) {
      expect(fs.existsSync(path.join(__dirname, '../../docs/rules', `${code}.md`)), `docs/rules/${code}.md`).toBe(true);
    }
  });
});

describe('examples', () => {
  it('managed-services.contract yields no diagnostics', () => {
    const { diagnostics } = analyze(read('managed-services.contract'));
    expect(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
  });

  it('vague-services.contract yields every code its comments name', () => {
    const text = read('vague-services.contract');
    const { diagnostics } = analyze(text);
    const lines = text.split('\n');
    const named: { code: string; line?: number }[] = [];
    lines.forEach((line, i) => {
      const comment = line.indexOf('//');
      if (comment < 0) return;
      const codes = line.slice(comment).match(/[a-z]+(?:-[a-z]+)+/g) ?? [];
      const trailing = line.slice(0, comment).trim() !== '';
      const caret = /^\s*\/\/\s*\^/.test(line);
      // A trailing comment names codes of its own line; a `// ^` comment of the line above.
      let target: number | undefined = trailing ? i : caret ? i - 1 : undefined;
      if (caret) while (target !== undefined && target > 0 && /^\s*\/\//.test(lines[target]!)) target--;
      // In a `// ^` comment only the codes before a `;` are about the line above: in
      // `// ^ vague-term x2; and the SLA has no measured_by (sla-no-measurement)` the
      // second code is about the SLA, whose diagnostic points at the SLA's first line.
      const located = caret ? line.slice(comment).split(';')[0]! : line.slice(comment);
      for (const code of codes) if (CATALOGUE.includes(code)) named.push({ code, line: located.includes(code) ? target : undefined });
    });
    expect(named.length).toBeGreaterThan(20);
    const missing = named.filter((n) => !diagnostics.some((d) => d.code === n.code && (n.line === undefined || d.range.start.line === n.line)));
    expect(missing, JSON.stringify(diagnostics.map((d) => `${d.range.start.line}: ${d.code}`), null, 1)).toEqual([]);
    // Nothing is reported that the example does not name.
    const unnamed = diagnostics.filter((d) => !named.some((n) => n.code === d.code));
    expect(unnamed.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
  });
});
