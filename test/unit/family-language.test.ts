/**
 * The statements of contract families (kind, under, precedence) come from the
 * schema like every other: a closed kind with "did you mean", hover docs,
 * completion values, formatting that keeps them, no unknown-statement.
 */
import { describe, expect, it } from 'vitest';
import { parse, statementSpec, CONTRACT_KINDS } from '../../grammar/index.js';
import { analyze, DEFAULT_CONFIG } from '../../server/core/index.js';
import { formatContract } from '../../server/core/format.js';
import { getCompletions } from '../../server/lsp/completion.js';
import { getHover } from '../../server/lsp/hover.js';

const SOW = `contract "Statement of Work 1" {
  id "SOW-1"
  kind sow
  under "MSA-2027-014"
  precedence sow, master
  scope {
    service migration "Server migration" {
      type labour
    }
  }
  payment {
    fee 50000 USD once
  }
}
`;

describe('kind, under and precedence', () => {
  it('parse cleanly in a contract, into the AST', () => {
    const p = parse(SOW);
    expect(p.issues).toEqual([]);
    const c = p.ast.contracts[0]!;
    expect(c.kind?.value?.text).toBe('sow');
    expect(c.under?.value?.kind).toBe('string');
    expect(c.precedence?.values.map((v) => v.text)).toEqual(['sow', 'master']);
    expect(analyze(SOW).diagnostics.map((d) => d.code)).toEqual(['family-master-not-found']);
  });

  it('a misspelt kind is an invalid-value with the kind meant, and the contract counts as an agreement', () => {
    const text = SOW.replace('kind sow', 'kind msater');
    const d = analyze(text).diagnostics.find((x) => x.code === 'invalid-value');
    expect(d?.data?.suggestion ?? d?.message).toBeDefined();
    expect(d!.message).toContain('did you mean `master`');
  });

  it('have hover docs and completion values from the schema', () => {
    for (const k of ['kind', 'under', 'precedence']) expect(statementSpec('contract', k)?.doc.length).toBeGreaterThan(40);
    const parsed = parse(SOW);
    const hover = getHover(parsed, SOW.indexOf('kind sow') + 1, [], DEFAULT_CONFIG);
    expect((hover?.contents as { value: string }).value).toContain('What kind of document this is');
    const at = SOW.indexOf('kind sow') + 'kind '.length;
    const items = getCompletions(parse(SOW.slice(0, at) + SOW.slice(at + 3)), at, DEFAULT_CONFIG, { services: [], parties: [] }).map((i) => i.label);
    for (const k of CONTRACT_KINDS) expect(items).toContain(k);
  });

  it('are kept by the formatter, in place', () => {
    const messy = SOW.replace('  kind sow', 'kind    sow').replace('  precedence sow, master', '    precedence sow ,master');
    const r = formatContract(messy);
    const clean = formatContract(SOW);
    expect(r.ok && clean.ok).toBe(true);
    expect(r.ok && r.text).toBe(clean.ok && clean.text);
    expect(r.ok && r.text).toContain('  id "SOW-1"\n  kind sow\n  under "MSA-2027-014"\n  precedence sow, master\n');
  });
});
