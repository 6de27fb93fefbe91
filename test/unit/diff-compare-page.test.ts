/**
 * The compare panel's page (client/compare-page.ts): built from the result of
 * clausewise/semanticDiff, every contract string escaped, one script with the
 * panel's nonce under a strict Content-Security-Policy, changes against us
 * first with their lines for reveal, the downtime figure shown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePageHtml, compareSummary } from '../../client/compare-page.js';
import { DEFAULT_CONFIG } from '../../server/core/config.js';
import { renderDiffJson, semanticDiff } from '../../server/core/diff/index.js';

const ROUND = path.resolve(__dirname, '../fixtures/diff/negotiation-round');
const read = (f: string) => fs.readFileSync(path.join(ROUND, f), 'utf8');

describe('compare panel page', () => {
  const result = renderDiffJson(semanticDiff(read('old.contract'), read('new.contract'), { ...DEFAULT_CONFIG, perspective: 'client' }), { oldName: 'HEAD', newName: 'msa.contract' });
  const html = comparePageHtml(result, 'abc123', 'vscode-resource:');

  it('shows the changes with their figures, against us first, with the lines to reveal', () => {
    expect(html).toContain('allowed downtime in a 30.44-day month: <b>43 min 50 s</b> → <b>3 h 39 min 10 s</b>');
    expect(html).toContain('<span class="mark against">against us</span>');
    expect(html).toContain('data-line="39" data-side="new"');
    expect(html.indexOf('Service levels')).toBeLessThan(html.indexOf('Money'));
    expect(compareSummary(result)).toBe('5 changes, 4 against the client; 3 new problems, 0 problems gone.');
  });

  it('allows only its own nonce and escapes every contract string', () => {
    expect(html).toContain(`content="default-src 'none'; style-src vscode-resource: 'nonce-abc123'; script-src 'nonce-abc123'"`.replace(/'/g, '&#39;'));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="abc123">');
    const hostile = semanticDiff('contract "A" {\n  text "x"\n}\n', 'contract "A" {\n  text "<script>alert(1)</script> & </b>"\n}\n', DEFAULT_CONFIG);
    const page = comparePageHtml(renderDiffJson(hostile, { oldName: '<old>', newName: 'new' }), 'n', 'c');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;old&gt;');
  });

  it('says so when nothing changed', () => {
    const same = renderDiffJson(semanticDiff(read('old.contract'), read('old.contract'), DEFAULT_CONFIG), { oldName: 'a', newName: 'b' });
    expect(comparePageHtml(same, 'n', 'c')).toContain('No change in meaning.');
  });
});
