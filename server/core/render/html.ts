/**
 * Document model → a standalone HTML page: inline stylesheet, print styles,
 * a Content-Security-Policy that forbids scripts (or, for the editor preview,
 * allows only scripts carrying its nonce), `data-line` attributes with the
 * 0-based source line of every section and paragraph, and every contract
 * string escaped by {@link escapeHtml}. The output is deterministic.
 */
import type { ParseResult } from '../../../grammar/index.js';
import type { FamilyContext } from '../family.js';
import type { Diagnostic } from '../types.js';
import { buildDocument, SIGNATURE_LINES, type DocBlock, type DocContract, type DocSection, type RenderedDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { BASE_CSS, PREVIEW_CSS, PRINT_CSS } from './styles.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Diagnostics from `analyze`; the error-severity ones are listed in a banner at the top. */
  diagnostics?: readonly Diagnostic[];
  /** Paper size for printing (default A4). */
  paper?: 'a4' | 'letter';
  /** Render for the VS Code preview webview: theme colours, and a CSP built from `nonce` and `cspSource`. */
  forPreview?: boolean;
  /** The nonce that the preview's style and script elements carry (letters, digits, `+/=_-`). Required with `forPreview`. */
  nonce?: string;
  /** The webview's `cspSource`, allowed for styles, images and fonts in the preview. */
  cspSource?: string;
  /** Script URLs the preview loads (each gets the nonce); ignored outside the preview. */
  scriptUris?: readonly string[];
  /** Shown in the footer of the review copy ("Rendered by Clausewise from msa.contract"). */
  fileName?: string;
  /**
   * The signing copy: no review notes, no obligations table, no footer; a
   * signature block for every party either way. Without it the page is the
   * review copy, its notes set apart from the text and labelled.
   */
  signing?: boolean;
  /** The other files the contract is rendered with (contract families, see DocumentOptions.family). */
  family?: FamilyContext;
}

const NONCE = /^[A-Za-z0-9+/=_-]{8,}$/;
// CSP source expressions separated by spaces, as VS Code's `webview.cspSource` is ("'self' https://*.vscode-cdn.net"):
// hosts or schemes without quotes, semicolons or commas (which could add directives), and the one keyword 'self'.
const CSP_SOURCE = /^(?:'self'|[^\s;,'"]+)(?: (?:'self'|[^\s;,'"]+))*$/;

/** The Content-Security-Policy of the page. */
export function contentSecurityPolicy(options: HtmlOptions): string {
  if (!options.forPreview) {
    return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  }
  const { nonce, cspSource } = options;
  if (!nonce || !NONCE.test(nonce)) throw new Error('renderHtml: a preview needs a nonce of at least 8 letters, digits or +/=_- characters.');
  if (cspSource !== undefined && !CSP_SOURCE.test(cspSource)) throw new Error("renderHtml: the cspSource must be CSP source expressions (hosts, schemes or 'self') separated by single spaces.");
  const src = cspSource ? `${cspSource} ` : '';
  const directives = ["default-src 'none'", `style-src ${src}'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${src}data:`];
  if (cspSource) directives.push(`font-src ${cspSource}`);
  directives.push("base-uri 'none'", "form-action 'none'");
  return directives.join('; ');
}

/** Escapes a diagnostic message and shows its `code spans` as code. */
function messageHtml(message: string): string {
  return escapeHtml(message).replace(/&#96;(.*?)&#96;/g, '<code>$1</code>');
}

/** Renders a parsed contract file as a standalone HTML page. */
export function renderHtml(parsed: ParseResult, options: HtmlOptions = {}): string {
  return documentHtml(buildDocument(parsed, options.diagnostics ?? [], { signing: options.signing === true, family: options.family }), options);
}

/** Serialises a document model as HTML (for callers that already built the model). */
export function documentHtml(doc: RenderedDocument, options: HtmlOptions = {}): string {
  const out: string[] = [];
  const nonceAttr = options.forPreview && options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const css = BASE_CSS + (options.forPreview ? PREVIEW_CSS : PRINT_CSS);
  const bodyClass = [options.paper === 'letter' ? 'paper-letter' : 'paper-a4', options.forPreview ? 'cw-preview' : '', doc.signing ? 'cw-signing' : 'cw-review'].filter(Boolean).join(' ');
  out.push('<!DOCTYPE html>');
  out.push('<html lang="en">');
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<meta name="generator" content="Clausewise">');
  out.push(`<title>${escapeHtml(doc.title)}</title>`);
  out.push(`<style${nonceAttr}>${css}</style>`);
  out.push('</head>');
  out.push(`<body class="${escapeHtml(bodyClass)}">`);
  if (doc.problems.length) out.push(bannerHtml(doc));
  if (!doc.signing && doc.contracts.length) {
    out.push(
      '<aside class="cw-review-banner" role="note"><strong>Review copy.</strong> Review notes, in shaded boxes, explain the contract and are not part of it; the signing copy leaves them out.</aside>',
    );
  }
  if (doc.contracts.length === 0) {
    out.push('<p class="cw-empty" data-line="0">This file contains no contract yet: start it with <code>contract &quot;Title&quot; { … }</code>.</p>');
  }
  for (const c of doc.contracts) out.push(contractHtml(c));
  if (!doc.signing) {
    const from = options.fileName ? ` from ${escapeHtml(options.fileName)}` : '';
    out.push(`<footer class="cw-footer">Rendered by Clausewise${from} as a review copy. Section numbers follow the conventional order of clauses; review notes are not part of the agreement.</footer>`);
  }
  if (options.forPreview) {
    for (const uri of options.scriptUris ?? []) out.push(`<script${nonceAttr} src="${escapeHtml(uri)}"></script>`);
  }
  out.push('</body>');
  out.push('</html>');
  return out.join('\n') + '\n';
}

function bannerHtml(doc: RenderedDocument): string {
  const n = doc.problems.length;
  const warnings = doc.warningCount ? ` It also has ${doc.warningCount} warning${doc.warningCount === 1 ? '' : 's'}.` : '';
  const items = doc.problems
    .map((p) => `<li data-line="${p.line}">Line ${p.line + 1}: ${messageHtml(p.message)} <span class="cw-code">(${escapeHtml(p.code)})</span></li>`)
    .join('\n');
  return [
    '<aside class="cw-banner" role="alert">',
    `<p><strong>This contract has ${n} error${n === 1 ? '' : 's'} and is not ready to sign.</strong> The text below is rendered as written; correct the errors listed here in the contract source, then render it again.${warnings}</p>`,
    `<ul>\n${items}\n</ul>`,
    '</aside>',
  ].join('\n');
}

function contractHtml(c: DocContract): string {
  const out: string[] = [];
  const id = (s: string) => escapeHtml(`${c.idPrefix}${s}`);
  out.push(`<article class="cw-contract" data-line="${c.line}"${c.idPrefix ? ` id="${id('contract')}"` : ''}>`);
  out.push(`<header class="cw-title-block" data-line="${c.line}">`);
  out.push(`<h1>${escapeHtml(c.title)}</h1>`);
  if (c.meta.length) {
    out.push('<dl class="cw-meta">');
    for (const m of c.meta) out.push(`<dt data-line="${m.line}">${escapeHtml(m.label)}</dt><dd data-line="${m.line}">${escapeHtml(m.value)}</dd>`);
    out.push('</dl>');
  }
  out.push('</header>');
  if (c.parties.length) {
    out.push(`<section class="cw-parties" id="${id('parties')}" data-line="${c.parties[0]!.line}">`);
    out.push('<h2>Parties</h2>');
    out.push('<p>This agreement is made between:</p>');
    out.push('<ol>');
    for (const p of c.parties) {
      const short = p.shortName ? ` (“${escapeHtml(p.shortName)}”)` : '';
      const details: string[] = [];
      if (p.address) details.push(`<span class="cw-party-detail">Address: ${escapeHtml(p.address)}</span>`);
      if (p.notices) details.push(`<span class="cw-party-detail">Formal notices to: ${escapeHtml(p.notices)}</span>`);
      for (const para of p.prose) details.push(`<span class="cw-party-detail">${escapeHtml(para)}</span>`);
      out.push(`<li data-line="${p.line}"><strong>${escapeHtml(p.legalName)}</strong>${short}, the ${escapeHtml(p.role)}${details.length ? `\n${details.join('\n')}` : ''}</li>`);
    }
    out.push('</ol>');
    out.push('</section>');
  }
  if (c.background.length) {
    out.push(`<section class="cw-background" data-line="${c.background[0]!.line}">`);
    out.push('<h2>Background</h2>');
    for (const b of c.background) out.push(blockHtml(b));
    out.push('</section>');
  }
  if (c.obligations.length) out.push(glanceHtml(c));
  for (const s of c.sections) out.push(sectionHtml(s, 2));
  if (c.signatures.length) out.push(signaturesHtml(c));
  out.push('</article>');
  return out.join('\n');
}

/** One signature block per party: signature, name, title and date lines. */
function signaturesHtml(c: DocContract): string {
  const out: string[] = [];
  out.push(`<section class="cw-signatures" id="${escapeHtml(`${c.idPrefix}signatures`)}" data-line="${c.signatures[0]!.line}">`);
  out.push('<h2>Signatures</h2>');
  out.push('<p>Signed by the authorised representatives of the parties:</p>');
  for (const s of c.signatures) {
    out.push(`<div class="cw-signature" data-line="${s.line}">`);
    out.push(`<p class="cw-signature-party">For <strong>${escapeHtml(s.legalName)}</strong>, the ${escapeHtml(s.role)}</p>`);
    for (const label of SIGNATURE_LINES) out.push(`<p class="cw-signature-line"><span class="cw-signature-label">${label}</span><span class="cw-signature-blank"></span></p>`);
    out.push('</div>');
  }
  out.push('</section>');
  return out.join('\n');
}

function glanceHtml(c: DocContract): string {
  const out: string[] = [];
  out.push(`<section class="cw-glance" id="${escapeHtml(`${c.idPrefix}obligations`)}">`);
  out.push('<h2>Obligations at a glance</h2>');
  out.push('<table>');
  out.push('<thead><tr><th scope="col">Obligation</th><th scope="col">By when</th><th scope="col">Section</th></tr></thead>');
  for (const g of c.obligations) {
    out.push('<tbody>');
    out.push(`<tr class="cw-party-row"><th colspan="3" scope="rowgroup">${escapeHtml(g.label)}</th></tr>`);
    for (const r of g.rows) {
      const ref = r.ref ? `<a href="#${escapeHtml(r.ref.anchor)}">§ ${escapeHtml(r.ref.number)}</a>` : '';
      out.push(`<tr data-line="${r.line}"><td>${escapeHtml(r.what)}</td><td>${escapeHtml(r.when)}</td><td>${ref}</td></tr>`);
    }
    out.push('</tbody>');
  }
  out.push('</table>');
  out.push('</section>');
  return out.join('\n');
}

function sectionHtml(s: DocSection, level: 2 | 3 | 4): string {
  const out: string[] = [];
  const cls = level === 2 ? 'cw-section cw-major' : 'cw-section cw-sub';
  out.push(`<section class="${cls}" id="${escapeHtml(s.anchor)}" data-line="${s.line}">`);
  out.push(`<h${level}><span class="cw-num">${escapeHtml(s.number)}</span>${escapeHtml(s.title)}</h${level}>`);
  for (const b of s.blocks) out.push(blockHtml(b));
  const next = level === 2 ? 3 : 4;
  for (const sub of s.subsections) out.push(sectionHtml(sub, next));
  out.push('</section>');
  return out.join('\n');
}

function blockHtml(b: DocBlock): string {
  const id = b.anchor ? ` id="${escapeHtml(b.anchor)}"` : '';
  const num = b.number ? `<span class="cw-num">${escapeHtml(b.number)}</span>` : '';
  switch (b.kind) {
    case 'paragraph': {
      // Review notes sit apart from the numbered text, labelled, in an aside of their own.
      const notes = b.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('\n');
      const aside = notes ? `\n<aside class="cw-note" role="note" data-line="${b.line}"><p class="cw-note-label">Review note, not part of the agreement</p>\n${notes}\n</aside>` : '';
      return `<div class="cw-para"${id} data-line="${b.line}">\n<p>${num}${escapeHtml(b.text)}</p>\n</div>${aside}`;
    }
    case 'prose': {
      const paras = b.paragraphs.map((p, i) => `<p>${i === 0 ? num : ''}${escapeHtml(p)}</p>`).join('\n');
      return `<div class="cw-para cw-prose"${id} data-line="${b.line}">\n${paras}\n</div>`;
    }
    case 'list': {
      const items = b.items.map((i) => `<li data-line="${i.line}">${escapeHtml(i.text)}</li>`).join('\n');
      return `<div class="cw-para cw-list"${id} data-line="${b.line}">\n<p>${num}${escapeHtml(b.intro)}</p>\n<ul>\n${items}\n</ul>\n</div>`;
    }
  }
}
