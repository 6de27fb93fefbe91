/**
 * The rendered HTML in a real browser (headless Chromium via playwright-core,
 * one browser for the whole file):
 * - a property test that no contract string can inject markup or script: pages
 *   rendered from strings full of `<script>`, `"><img onerror>`, `javascript:`
 *   URLs, `</style>` and `{{…}}` run no script, open no dialog, contain no
 *   element the renderer did not write, and show every string literally —
 *   checked both with the page's CSP and with the CSP removed, so that the
 *   escaping alone is proven;
 * - the examples printed to PDF (A4 and Letter) into test-results/render/.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/core/index.js';
import { renderHtml } from '../../server/core/render/index.js';

const CHROMIUM = process.env['CLAUSEWISE_CHROMIUM'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROOT = path.join(__dirname, '../..');
const OUT = path.join(ROOT, 'test-results/render');

let browser: Browser;
let page: Page;
let dialogs = 0;
let requests = 0;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is needed for this test but was not found at ${CHROMIUM}: install it or set CLAUSEWISE_CHROMIUM.`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  // Nothing may be fetched from anywhere: a request would mean an injected element.
  await page.route('**/*', (route) => {
    requests++;
    return route.abort();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Markup and script a contract string might carry; each sets `window.__pwned` or opens a dialog if it ever runs. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  "'><img src=x onerror='window.__pwned=3'>",
  '<a href="javascript:window.__pwned=4">click</a>',
  'javascript:alert(5)',
  '</style><script>window.__pwned=6</script>',
  '</title><script>alert(7)</script>',
  '{{constructor.constructor("window.__pwned=8")()}}',
  '<svg onload=window.__pwned=9>',
  '<iframe srcdoc="<script>parent.__pwned=10</script>"></iframe>',
  '<!-- comment --> ]]> <![CDATA[ x',
  '&lt;script&gt;window.__pwned=11&lt;/script&gt;',
  '<body onload=alert(12)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(13)">',
  '`${alert(14)}`',
  '<style>body{display:none}</style>',
];

/** A contract string: payloads and ordinary words, without quotes that end a text block or control characters. */
const piece = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), fc.constantFrom('Ω', 'Ünïcødé', '—', '可用性'));
const contractString = fc
  .array(piece, { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' ').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/"""/g, '" "').trim())
  .filter((s) => s.length > 0);

/** Writes a string as a contract string literal. */
const lit = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function contractWith(s: readonly string[]): string {
  const [a, b, c, d, e, f, g, h] = s;
  return `contract ${lit(a!)} {
  id ${lit(b!)}
  effective 2027-01-01
  governing_law ${lit(c!)}
  party provider acme ${lit(d!)} {
    address ${lit(e!)}
    notices ${lit(f!)}
  }
  party client globex ${lit(g!)}
  scope {
    service helpdesk ${lit(h!)} {
      hours ${lit(a!)}
      text ${lit(b!)}
    }
    exclude ${lit(c!)}
  }
  sla incidents for helpdesk {
    priority critical respond within 15 minutes resolve within 4 hours
    target ${lit(d!)} 100% monthly
    measured_by ${lit(e!)}
    maintenance ${lit(f!)}
    credit 5% per breach
  }
  payment {
    fee 100 USD monthly
    rate ${lit(g!)} 150 USD hourly
  }
  data_protection {
    access ${lit(h!)}
    location ${lit(a!)}
  }
  reporting {
    report monthly ${lit(b!)}
  }
  clause extra ${lit(c!)} {
    text """
      ${d!}
    """
  }
}
`;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Loads a page and reports what it did: whether a payload ran, unexpected elements, and its visible text. */
async function load(html: string): Promise<{ pwned: unknown; foreign: string[]; text: string }> {
  await page.setContent(html, { waitUntil: 'load' });
  // Event handlers of injected elements (onerror, onload) would have fired by now; give queued tasks one turn.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  return page.evaluate(() => {
    const allowed = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'ASIDE', 'P', 'STRONG', 'UL', 'LI', 'CODE', 'SPAN', 'ARTICLE', 'HEADER', 'H1', 'DL', 'DT', 'DD', 'SECTION', 'H2', 'H3', 'H4', 'OL', 'DIV', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'A', 'FOOTER']);
    const elements = Array.from(document.querySelectorAll('*'));
    const foreign = elements.filter((e) => !allowed.has(e.tagName)).map((e) => e.tagName);
    for (const a of Array.from(document.querySelectorAll('a'))) if (!(a.getAttribute('href') ?? '').startsWith('#')) foreign.push(`A href=${a.getAttribute('href')}`);
    for (const e of elements) for (const attr of e.getAttributeNames()) if (attr.startsWith('on')) foreign.push(`${e.tagName} ${attr}`);
    if (document.querySelectorAll('style').length !== 1) foreign.push('STYLE count');
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, foreign, text: document.body.innerText };
  });
}

describe('no contract string can inject markup or script', () => {
  it('runs no script, adds no element and shows every string literally, with and without the CSP', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contractString, { minLength: 8, maxLength: 8 }), async (strings) => {
        const r = analyze(contractWith(strings));
        const html = renderHtml(r.parse, { diagnostics: r.diagnostics });
        const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        expect(withoutCsp).not.toBe(html);
        for (const variant of [html, withoutCsp]) {
          const [dialogsBefore, requestsBefore] = [dialogs, requests];
          const seen = await load(variant);
          expect(seen.pwned).toBeUndefined();
          expect(dialogs).toBe(dialogsBefore);
          expect(requests).toBe(requestsBefore);
          expect(seen.foreign).toEqual([]);
          const text = collapse(seen.text);
          for (const s of strings) expect(text).toContain(collapse(s));
        }
      }),
      { numRuns: 15, seed: 5 },
    );
  }, 120_000);

  it('keeps every payload literal in the title block, the parties and the prose of one page', async () => {
    const all = PAYLOADS.join(' ');
    const r = analyze(contractWith(Array.from({ length: 8 }, () => all)));
    const seen = await load(renderHtml(r.parse, { diagnostics: r.diagnostics }).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    expect(seen.pwned).toBeUndefined();
    expect(seen.foreign).toEqual([]);
    expect(collapse(seen.text)).toContain(collapse(all));
    expect(await page.title()).toBe(all);
  });
});

describe('printing', () => {
  it('prints both examples to PDF on A4 and on Letter', async () => {
    fs.mkdirSync(OUT, { recursive: true });
    for (const name of ['managed-services', 'vague-services']) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', `${name}.contract`), 'utf8');
      const r = analyze(text);
      for (const paper of ['a4', 'letter'] as const) {
        const html = renderHtml(r.parse, { diagnostics: r.diagnostics, paper, fileName: `${name}.contract` });
        fs.writeFileSync(path.join(OUT, `${name}.html`), html);
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ path: path.join(OUT, `${name}-${paper}.pdf`), preferCSSPageSize: true, printBackground: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // The page size in the PDF's media box: A4 is 595×842 points, Letter 612×792.
        const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
        expect(box, 'a media box').not.toBeNull();
        const [w, h] = [Math.round(Number(box![1])), Math.round(Number(box![2]))];
        expect([w, h]).toEqual(paper === 'a4' ? [595, 842] : [612, 792]);
        // A page break before each major section makes a document of several pages.
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        expect(pages).toBeGreaterThan(name === 'managed-services' ? 8 : 4);
      }
    }
  }, 120_000);
});
