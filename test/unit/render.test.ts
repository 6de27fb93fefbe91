/**
 * Rendering a contract as a readable agreement: file snapshots of both
 * examples in both formats, the plain-English sentences, computed facts, the
 * error banner, the source map (`data-line`), escaping, the preview's CSP, and
 * determinism.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyze } from '../../server/core/index.js';
import { buildDocument, contentSecurityPolicy, escapeHtml, escapeMarkdown, renderHtml, renderMarkdown } from '../../server/core/render/index.js';

const EXAMPLES = path.join(__dirname, '../../examples');
const SNAPSHOTS = path.join(__dirname, '../fixtures/render/__snapshots__');
const read = (name: string) => fs.readFileSync(path.join(EXAMPLES, `${name}.contract`), 'utf8');

function renderBoth(text: string, fileName: string) {
  const r = analyze(text);
  return {
    html: renderHtml(r.parse, { diagnostics: r.diagnostics, fileName }),
    md: renderMarkdown(r.parse, { diagnostics: r.diagnostics, fileName }),
  };
}

/** The text content of an HTML page, roughly: tags removed, entities decoded, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('snapshots of the examples', () => {
  for (const name of ['managed-services', 'vague-services'] as const) {
    it(`renders ${name} as HTML and Markdown`, async () => {
      const { html, md } = renderBoth(read(name), `${name}.contract`);
      await expect(html).toMatchFileSnapshot(path.join(SNAPSHOTS, `${name}.html`));
      await expect(md).toMatchFileSnapshot(path.join(SNAPSHOTS, `${name}.md`));
    });
  }
});

describe('the clean example, written out', () => {
  const managed = read('managed-services');
  const { html, md } = renderBoth(managed, 'managed-services.contract');
  const text = textOf(html);

  it('writes every structured statement as a plain English sentence', () => {
    for (const sentence of [
      'The Provider shall respond to critical incidents within 15 minutes and resolve them within 4 hours.',
      'The Provider shall respond to normal-priority incidents within 4 business hours and resolve them within 5 business days.',
      'The Provider shall keep Server maintenance and patching available at least 99.9% of the time in each month.',
      'If availability falls below 99.0% in a month, the Provider shall credit the Client 25% of the fee for that month.',
      'The Client shall pay the Provider a fee of 12,500.00 USD per month.',
      'The Client shall pay each invoice within 30 days after the invoice date.',
      // No trigger ("of becoming aware"), no computed end date and no "written" notice that the contract does not state.
      'The Provider shall notify the Client of any personal-data breach within 48 hours.',
      'This agreement begins on 1 January 2027 and runs for an initial term of 24 months.',
      "The Client may terminate this agreement for convenience on at least 90 days' notice, against a termination fee of 2 months of fees.",
      'The Provider shall comply with the GDPR and HIPAA.',
      'The parties shall hold a service review meeting every quarter.',
    ]) {
      expect(text).toContain(sentence);
      expect(md).toContain(escapeMarkdown(sentence));
    }
  });

  it('adds computed facts as review notes: allowed downtime, the end of the term, the notice deadline, the first renewal term and the GDPR deadline', () => {
    expect(text).toContain('This allows at most 43 min 50 s of downtime in a 30.44-day month');
    expect(text).toContain('The initial term runs through 31 December 2028.');
    expect(text).toContain('The last day to give notice of non-renewal for the initial term is 1 November 2028.');
    expect(text).toContain('the first renewal term runs from 1 January 2029 through 31 December 2029');
    expect(text).toContain('GDPR sets a deadline of 72 hours');
  });

  it('keeps prose, dedented and joined into paragraphs', () => {
    expect(text).toContain('Each party keeps the other\'s Confidential Information secret for 5 years after this agreement ends.');
  });

  it('numbers the sections in the conventional order of clauses', () => {
    const headings = [...html.matchAll(/<h2><span class="cw-num">(\d+)<\/span>([^<]*)<\/h2>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Scope of services',
      '2 Service levels',
      '3 Fees and payment',
      '4 Liability',
      '5 Data protection',
      '6 Changes to this agreement',
      '7 Term and renewal',
      '8 Termination and exit',
      '9 Reporting and reviews',
      '10 Schedule A: Covered servers',
      '11 Confidentiality',
    ]);
  });

  it('includes the obligations at a glance, linked to their paragraphs', () => {
    expect(html).toContain('<h2>Obligations at a glance</h2>');
    expect(html).toMatch(/<tr data-line="54"><td>Respond to critical incidents \(Help desk support and Managed network security\)<\/td><td>within 15 minutes<\/td><td><a href="#p-2-2-1">§ 2\.2\.1<\/a><\/td><\/tr>/);
    expect(html).toContain('id="p-2-2-1"');
    expect(md).toContain('| Globex Corporation (Client) | Pay the fee of 12,500.00 USD per month | within 30 days after each invoice | § 3.1 |');
  });

  it('maps every section and paragraph to its 0-based source line', () => {
    const lines = managed.split('\n');
    const tagged = [...html.matchAll(/<div class="cw-para" id="[^"]+" data-line="(\d+)">\n<p><span class="cw-num">[\d.]+<\/span>/g)].map((m) => Number(m[1]));
    expect(tagged.length).toBeGreaterThan(30);
    // Each numbered paragraph points at a statement line, never at a blank or closing line.
    for (const line of tagged) expect(lines[line]!.trim()).toMatch(/^[a-z_]+\b/);
    expect(html).toMatch(/<section class="cw-section cw-major" id="s-7" data-line="106">/);
    expect(lines[106]!.trim()).toBe('term {');
  });

  it('shows no banner for a contract without errors', () => {
    expect(html).not.toContain('cw-banner"');
    expect(md.startsWith('> **Review copy.**')).toBe(true);
    expect(md).toContain('\n# Managed IT Services Agreement\n');
  });

  it('is deterministic', () => {
    const again = renderBoth(managed, 'managed-services.contract');
    expect(again.html).toBe(html);
    expect(again.md).toBe(md);
  });

  it('has print styles for A4 and US Letter and a page break before each major section', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@page letter { size: letter;');
    expect(html).toContain('.cw-major, .cw-glance, .cw-contract + .cw-contract { break-before: page;');
    expect(html).toContain('<body class="paper-a4 cw-review">');
    const letter = renderHtml(parse(managed), { paper: 'letter', signing: true });
    expect(letter).toContain('<body class="paper-letter cw-signing">');
  });
});

describe('contracts with errors', () => {
  it('renders the vague example with a banner listing every error-severity diagnostic', () => {
    const vague = read('vague-services');
    const r = analyze(vague);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const doc = buildDocument(r.parse, r.diagnostics);
    expect(doc.problems).toHaveLength(errors.length);
    const html = renderHtml(r.parse, { diagnostics: r.diagnostics });
    expect(html).toContain(`<aside class="cw-banner" role="alert">`);
    expect(html).toContain(`This contract has ${errors.length} errors and is not ready to sign.`);
    for (const e of errors) expect(html).toContain(`<li data-line="${e.range.start.line}">Line ${e.range.start.line + 1}: `);
    // The document itself is still there.
    expect(textOf(html)).toContain('The Provider shall respond to critical incidents “promptly” (not a measurable time) and resolve them within 5 minutes.');
    const md = renderMarkdown(r.parse, { diagnostics: r.diagnostics });
    expect(md.startsWith(`> **This contract has ${errors.length} errors and is not ready to sign.**`)).toBe(true);
  });

  it('renders broken text (unclosed braces, stray characters) without throwing', () => {
    const broken = 'contract "Half" {\n  party provider p "P"\n  sla x for y {\n    uptime 99.9% monthly\n  @@@\n';
    const r = analyze(broken);
    const html = renderHtml(r.parse, { diagnostics: r.diagnostics });
    expect(html).toContain('<h1>Half</h1>');
    expect(html).toContain('cw-banner');
    expect(textOf(html)).toContain('The Provider shall keep y available at least 99.9% of the time in each month.');
  });

  it('renders an empty file as a page that says there is no contract yet', () => {
    const html = renderHtml(parse(''));
    expect(html).toContain('This file contains no contract yet');
    expect(renderMarkdown(parse(''))).toContain('This file contains no contract yet');
  });
});

describe('several contracts in one file', () => {
  it('renders each as its own article, with ids that do not collide', () => {
    const text = 'contract "First" {\n  term {\n    initial 12 months\n  }\n}\ncontract "Second" {\n  term {\n    initial 6 months\n  }\n}\n';
    const html = renderHtml(parse(text));
    expect(html).toContain('<title>First / Second</title>');
    expect(html).toContain('<article class="cw-contract" data-line="0" id="c1-contract">');
    expect(html).toContain('<article class="cw-contract" data-line="5" id="c2-contract">');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['c1-s-1', 'c1-p-1-1', 'c2-s-1', 'c2-p-1-1']));
    expect(renderMarkdown(parse(text))).toMatch(/# First[\s\S]*\n---\n\n# Second/);
  });
});

describe('escaping', () => {
  it('escapes the five HTML metacharacters and the backtick, for text and attribute values alike', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c')).toBe('abc');
  });

  it('escapes every contract string in the HTML output', () => {
    const evil = '<script>x()</script> "><img src=x onerror=y()> </style> {{z}}';
    const esc = evil.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const text = `contract "${esc}" {\n  id "${esc}"\n  party provider p "${esc}" {\n    address "${esc}"\n  }\n  scope {\n    service s "${esc}"\n    exclude "${esc}"\n  }\n  clause c "${esc}" {\n    text """\n      ${evil}\n    """\n  }\n}\n`;
    const html = renderHtml(parse(text));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.split('&lt;script&gt;x()&lt;/script&gt;').length - 1).toBeGreaterThanOrEqual(7);
  });

  it('escapes Markdown so that no contract string opens a tag, link, emphasis or table cell', () => {
    expect(escapeMarkdown('<b>*x*</b> [l](javascript:y) a|b `c` &amp; _u_')).toBe('\\<b\\>\\*x\\*\\</b\\> \\[l\\](javascript:y) a\\|b \\`c\\` \\&amp; \\_u\\_');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });
});

describe('preview mode', () => {
  const parsed = parse(read('managed-services'));

  it('uses a CSP with the nonce and the webview source, themed styles, and nonce-carrying scripts', () => {
    const html = renderHtml(parsed, { forPreview: true, nonce: 'abcDEF123456', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUris: ['https://file+.vscode-resource.vscode-cdn.net/preview.js?a=1&b=2'] });
    expect(html).toContain(
      `content="default-src &#39;none&#39;; style-src https://file+.vscode-resource.vscode-cdn.net &#39;nonce-abcDEF123456&#39;; script-src &#39;nonce-abcDEF123456&#39;;`,
    );
    expect(html).toContain('<style nonce="abcDEF123456">');
    expect(html).toContain('--vscode-editor-foreground');
    expect(html).not.toContain('@page');
    expect(html).toContain('<script nonce="abcDEF123456" src="https://file+.vscode-resource.vscode-cdn.net/preview.js?a=1&amp;b=2"></script>');
  });

  it('refuses a missing or malformed nonce and a cspSource that would add directives', () => {
    expect(() => renderHtml(parsed, { forPreview: true })).toThrow(/nonce/);
    expect(() => renderHtml(parsed, { forPreview: true, nonce: "x' 'unsafe-inline" })).toThrow(/nonce/);
    expect(() => contentSecurityPolicy({ forPreview: true, nonce: 'abcdefgh12', cspSource: "x; script-src 'unsafe-inline'" })).toThrow(/cspSource/);
  });

  it('forbids every script in the standalone page', () => {
    expect(contentSecurityPolicy({})).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    expect(renderHtml(parsed, { scriptUris: ['x.js'] })).not.toContain('<script');
  });
});

describe('Markdown that a Markdown renderer turns into HTML', () => {
  // markdown-it is installed with @vscode/vsce; it renders here with raw HTML allowed, the riskiest setting.
  const MarkdownIt = createRequire(__filename)('markdown-it') as new (options: { html: boolean; linkify: boolean }) => { render(src: string): string };
  const md = new MarkdownIt({ html: true, linkify: false });
  const payloads = ['<script>x()</script>', '"><img src=x onerror=y()>', '[a](javascript:z())', '![i](x)', '<b>', '&amp;', '&#60;', '*em*', '_u_', '`c`', '| t |', '# h', '- l', '1. n', '> q', '\\', '~~s~~', '<http://x>', '---'];
  const str = fc
    .array(fc.oneof(fc.constantFrom(...payloads), fc.string({ unit: 'grapheme-ascii', maxLength: 8 })), { minLength: 1, maxLength: 4 })
    .map((p) => p.join(' ').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/"""/g, '" "').replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
  const lit = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

  it('never carries markup from a contract string, and shows every string literally', () => {
    fc.assert(
      fc.property(fc.array(str, { minLength: 5, maxLength: 5 }), ([a, b, c, d, e]) => {
        const source = `contract ${lit(a!)} {\n  party provider p ${lit(b!)}\n  scope {\n    exclude ${lit(c!)}\n  }\n  payment {\n    rate ${lit(d!)} 10 USD hourly\n  }\n  clause x ${lit(e!)} {\n    text ${lit(a!)}\n  }\n}\n`;
        const html = md.render(renderMarkdown(parse(source)));
        const tags = [...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]);
        for (const t of tags) expect(['h1', 'h2', 'h3', 'p', 'strong', 'em', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'blockquote', 'br']).toContain(t);
        const text = textOf(html);
        for (const s of [a, b, c, d, e]) expect(text).toContain(s!.replace(/\s+/g, ' '));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
