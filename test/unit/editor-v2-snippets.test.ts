/**
 * The clause snippets (snippets/clauses.json, served by completion-clauses.ts) and the contract
 * templates (client/templates.ts) for the version-2 language: every snippet,
 * with its placeholders at their defaults, parses cleanly in a block that
 * takes it; no business value is fixed outside a placeholder; each new
 * statement and block has a snippet; the SaaS template is a complete,
 * clean contract.
 */
import { describe, expect, it } from 'vitest';
import { parse, SCHEMA, type BlockKind } from '../../grammar/index.js';
import { formatContract } from '../../server/core/format.js';
import { analyze, DEFAULT_CONFIG } from '../../server/core/index.js';
import { templateTitle, TEMPLATES } from '../../client/templates.js';
import { CLAUSE_SNIPPETS } from '../../server/lsp/completion-clauses.js';

const SNIPPETS = CLAUSE_SNIPPETS;

/** A snippet with every placeholder at its default (the first choice of a choice). */
function defaults(snippet: string): string {
  let out = snippet;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
  }
  return out.replace(/\$\{?\d+\}?/g, '');
}

/** The text of a snippet outside its placeholders. */
function outsidePlaceholders(snippet: string): string {
  return snippet.replace(/\$\{\d+(?::[^}]*|\|[^}]*\|)?\}/g, '').replace(/\$\d+/g, '');
}

/** A statement placed in a block of `kind` inside a contract. */
function inBlock(kind: BlockKind, body: string): string {
  const indent = (t: string, n: number) => t.replace(/^/gm, ' '.repeat(n));
  if (kind === 'file') return body + '\n';
  if (kind === 'contract') return `contract "x" {\n${indent(body, 2)}\n}\n`;
  if (kind === 'service') return `contract "x" {\n  scope {\n    service s "S" {\n${indent(body, 6)}\n    }\n  }\n}\n`;
  const head = kind === 'sla' ? 'sla a for s' : kind;
  return `contract "x" {\n  ${head} {\n${indent(body, 4)}\n  }\n}\n`;
}

/** The block kinds whose statements include `keyword`. */
function blocksTaking(keyword: string): BlockKind[] {
  return (Object.keys(SCHEMA) as BlockKind[]).filter((k) => SCHEMA[k].some((s) => s.keyword === keyword));
}

describe('clause snippets', () => {
  const entries = Object.entries(SNIPPETS).filter(([, s]) => !s.body[0]!.startsWith('//'));

  for (const [name, snippet] of entries) {
    it(`${name} parses cleanly where it belongs, with its values as placeholders`, () => {
      const body = snippet.body.join('\n');
      expect(outsidePlaceholders(body), name).not.toMatch(/(?<![A-Za-z_])\d/);
      const keyword = /^[A-Za-z_]+/.exec(body)![0];
      const kinds = blocksTaking(keyword);
      expect(kinds.length, `${name}: ${keyword} is a statement`).toBeGreaterThan(0);
      const clean = kinds.some((k) => parse(inBlock(k, defaults(body))).issues.length === 0);
      expect(clean, `${name} parses in one of ${kinds.join(', ')}:\n${defaults(body)}`).toBe(true);
      expect(snippet.description.length).toBeGreaterThan(10);
    });
  }

  it('every statement and block of the version-2 language has a snippet', () => {
    const firstWords = new Set(entries.flatMap(([, s]) => s.body.map((l) => /^\s*([A-Za-z_]+)/.exec(l)?.[1]).filter((w): w is string => !!w)));
    const kinds: BlockKind[] = ['contract', 'service', 'sla', 'payment', 'data_protection', 'term', 'termination', 'liability', 'changes', 'milestones'];
    for (const kind of kinds) {
      for (const spec of SCHEMA[kind]) {
        if (!spec.forms && !spec.opens) continue;
        expect(firstWords, `${kind}.${spec.keyword}`).toContain(spec.keyword);
      }
    }
  });

  it('has a snippet for each credit form', () => {
    const bodies = entries.map(([, s]) => s.body.join('\n'));
    for (const form of [/credit \$\{1:\d+\}% when below/, /credit \$\{1:\d+\} days when below/, /credit \$\{1:\d+\}x downtime_fees/, /per \$\{2:\d+\} minutes downtime/, /over \$\{4:\d+\} minutes/]) {
      expect(bodies.some((b) => form.test(b)), String(form)).toBe(true);
    }
  });
});

describe('contract templates', () => {
  for (const t of TEMPLATES) {
    it(`${t.label}: parses cleanly, formats, and its tab stops are placeholders`, () => {
      const text = defaults(t.snippet);
      expect(parse(text).issues).toEqual([]);
      expect(formatContract(text).ok).toBe(true);
      expect(outsidePlaceholders(t.snippet.split('\n').slice(1).join('\n')).replace(/24x7|\$0/g, '')).not.toMatch(/(?<![A-Za-z_])\d/);
    });
  }

  for (const t of TEMPLATES) {
    it(`${t.label}: Tab runs top to bottom, from the contract's title on its first line`, () => {
      // The first line is the contract's (no comment), so it names the new document: see templateTitle.
      expect(t.snippet.split('\n')[0]).toMatch(/^contract "\$\{1:[^}]+\}" \{$/);
      expect(templateTitle(t)).toBe(/^contract "\$\{1:([^}]+)\}"/.exec(t.snippet)![1]);
      const firsts: number[] = [];
      for (const m of t.snippet.matchAll(/\$\{(\d+)[:|]/g)) {
        const n = Number(m[1]);
        if (!firsts.includes(n)) firsts.push(n);
      }
      expect(firsts).toEqual(firsts.map((_, i) => i + 1));
    });
  }

  it('the SaaS template uses version 2 and leaves no error or warning', () => {
    const saas = TEMPLATES.find((t) => t.label === 'SaaS subscription');
    expect(saas).toBeDefined();
    const text = defaults(saas!.snippet);
    for (const s of ['type saas', 'window', 'claim within', 'chronic_failure', 'liability {', 'super_cap', 'subprocessors', 'delete_data', 'changes {', 'client may_terminate', 'transition', 'included', 'price_increase index']) {
      expect(text).toContain(s);
    }
    const problems = analyze(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.severity !== 'info');
    expect(problems.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('lists the SaaS template beside the managed-services and software-support ones', () => {
    expect(TEMPLATES.map((t) => t.label)).toEqual(['Managed IT services', 'SaaS subscription', 'Software support', 'Minimal skeleton']);
  });
});
