/** FamilyIndex: the contracts of many files by id, what each file depends on, and the context an analysis gets. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyzeParsed, FamilyIndex, resolveFamilies } from '../../server/core/index.js';

const MASTER = (id = 'MSA-1') => `contract "Master Services Agreement" {
  id "${id}"
  kind master
  party provider acme "Acme LLC"
  party client globex "Globex Corp"
}
`;
const SOW = (under = 'MSA-1', id = 'SOW-1') => `contract "SOW" {
  id "${id}"
  kind sow
  under "${under}"
}
`;

describe('FamilyIndex', () => {
  it('finds masters, dependents and dependencies across files, and forgets deleted files', () => {
    const index = new FamilyIndex();
    index.set('m', parse(MASTER()));
    index.set('a', parse(SOW('MSA-1', 'SOW-1')));
    index.set('b', parse(SOW('MSA-1', 'SOW-2')));
    index.set('c', parse(SOW('OTHER', 'SOW-3')));
    expect(index.masters()).toEqual([{ id: 'MSA-1', title: 'Master Services Agreement', uri: 'm', range: { start: { line: 1, character: 5 }, end: { line: 1, character: 12 } } }]);
    expect(index.dependents('m')).toEqual(['a', 'b']);
    expect(index.dependencies('a')).toEqual(['m']);
    expect(index.contextFor('a').byId('MSA-1').map((m) => m.uri)).toEqual(['m']);
    expect(index.contextFor('m').byId('MSA-1')).toEqual([]);
    // Renaming the master's id: the children of the old id are affected too.
    expect(index.set('m', parse(MASTER('MSA-2')))).toEqual(['a', 'b']);
    expect(index.delete('m')).toEqual([]);
    expect(index.masters()).toEqual([]);
  });

  it('changes the context key when a file the analysis depends on changes, not otherwise', () => {
    const index = new FamilyIndex();
    index.set('m', parse(MASTER()));
    index.set('a', parse(SOW()));
    index.set('x', parse(SOW('NOPE', 'SOW-9')));
    const k1 = index.contextFor('a').key;
    index.set('x', parse(SOW('NOPE', 'SOW-10')));
    expect(index.contextFor('a').key).toBe(k1);
    index.set('m', parse(MASTER()));
    expect(index.contextFor('a').key).not.toBe(k1);
  });

  it('gives a child its master across files, and family-master-not-found without it', () => {
    const index = new FamilyIndex();
    const child = parse(SOW());
    index.set('a', child);
    const codes = () => analyzeParsed(child, undefined, undefined, undefined, index.contextFor('a')).map((d) => d.code);
    expect(resolveFamilies(child, index.contextFor('a'))!.list[0]!.status).toBe('not-found');
    index.set('m', parse(MASTER()));
    expect(resolveFamilies(child, index.contextFor('a'))!.list[0]!.status).toBe('found');
    expect(codes()).not.toContain('missing-party');
  });

  it('costs nothing for a file without kind or under', () => {
    expect(resolveFamilies(parse('contract "x" { id "A" }'))).toBeUndefined();
  });
});
