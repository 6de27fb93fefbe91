/**
 * The redline as a standalone HTML page (`clausewise diff --format html`):
 * on top, a summary of the material changes from the semantic diff (each
 * change with its bucket, whom it favours, and the numbers it moves); below,
 * the agreement as people read it (the signing copy of the new version), its
 * inserted sentences in `<ins>` and its deleted ones in `<del>`, a changed
 * sentence as both. Same Content-Security-Policy as the rendered page (no
 * script); every contract string goes through {@link escapeHtml}.
 */
import { contentSecurityPolicy } from './html.js';
import { BUCKET_TITLE, BUCKETS } from '../diff/types.js';
import { escapeHtml } from './escape.js';
import type { Redline, RedlineSegment, RedlineUnit } from './redline.js';
import { BASE_CSS, PRINT_CSS } from './styles.js';

/** A change of the semantic diff, as the summary reads it (the `Change` of server/core/diff fits). */
export interface SummaryChange {
  kind: 'added' | 'removed' | 'changed';
  path: string;
  bucket: string;
  favours: 'client' | 'provider' | 'neutral';
  againstUs: boolean;
  before?: string;
  after?: string;
  impact?: readonly { label: string; before?: string; after?: string }[];
}

/** The semantic diff, as the summary reads it (the `DiffResult` of server/core/diff fits). */
export interface RedlineSummary {
  changes: readonly SummaryChange[];
  perspective: 'client' | 'provider' | 'neutral';
  diagnostics?: { appeared: readonly unknown[]; disappeared: readonly unknown[] };
}

/** Options of {@link redlineHtml}. */
export interface RedlineHtmlOptions {
  /** How the versions are named (file names or git revisions). */
  oldName?: string;
  newName?: string;
  paper?: 'a4' | 'letter';
}


const FAVOURS: Record<SummaryChange['favours'], string> = { client: 'the Client', provider: 'the Provider', neutral: 'neither side' };

const REDLINE_CSS = `
ins { background: #e6f4ea; color: #0b5a26; text-decoration: underline; text-decoration-thickness: 1px; }
del { background: #fdecea; color: #8a1c12; text-decoration: line-through; }
.cw-redline-unit.cw-deleted, .cw-redline-unit.cw-inserted, .cw-redline-unit.cw-changed { border-left: 3px solid #c9b873; padding-left: .5rem; margin-left: -.8rem; }
.cw-redline p, .cw-redline li { margin: 0 0 .55rem; }
.cw-redline h1, .cw-redline h2, .cw-redline h3, .cw-redline h4 { margin-top: 1.4rem; }
.cw-meta-line { color: var(--cw-muted); margin: 0 0 .2rem; }
.cw-party, .cw-signature-party { margin-top: .6rem; }
.cw-detail, .cw-continuation { margin-left: 2.2rem; color: inherit; }
.cw-list-item { margin-left: 2.2rem; list-style: disc; display: list-item; }
.cw-signature-line::after { content: ""; display: inline-block; width: 14rem; border-bottom: 1px solid var(--cw-fg); margin-left: .5rem; }
.cw-summary { margin: 0 0 2.5rem; padding: 1rem 1.2rem; border: 1px solid var(--cw-rule); background: #f7f8fa; font: .92em/1.45 "Helvetica Neue", Arial, sans-serif; }
.cw-summary h2 { margin-top: 0; border: 0; }
.cw-summary h3 { margin: 1rem 0 .3rem; }
.cw-summary table { width: 100%; border-collapse: collapse; }
.cw-summary th, .cw-summary td { text-align: left; vertical-align: top; padding: .3rem .4rem; border-bottom: 1px solid var(--cw-rule); }
.cw-summary .cw-against td:first-child { border-left: 4px solid #d9534f; }
.cw-summary .cw-before { color: #8a1c12; }
.cw-summary .cw-after { color: #0b5a26; }
.cw-summary ul { margin: .2rem 0 0; padding-left: 1.1rem; }
.cw-legend { color: var(--cw-muted); font-size: .9em; }
`;

function segmentHtml(seg: RedlineSegment): string {
  let html = '';
  let at = 0;
  for (const [s, e] of [...(seg.bold ?? [])].sort((x, y) => x[0] - y[0])) {
    if (s > at) html += escapeHtml(seg.text.slice(at, s));
    if (e > Math.max(s, at)) html += `<strong>${escapeHtml(seg.text.slice(Math.max(s, at), e))}</strong>`;
    at = Math.max(at, e);
  }
  html += escapeHtml(seg.text.slice(at));
  return seg.op === 'insert' ? `<ins>${html}</ins>` : seg.op === 'delete' ? `<del>${html}</del>` : html;
}

function unitHtml(r: RedlineUnit): string {
  const u = r.unit;
  const cls = `cw-redline-unit cw-${r.status}`;
  const body = r.segments.map(segmentHtml).join('');
  const number = u.numbered && u.number ? `<span class="cw-num">${escapeHtml(u.kind === 'heading' && u.level === 1 ? `${u.number}.` : u.number)}</span>` : '';
  const num = r.status === 'deleted' && number ? `<del>${number}</del>` : number;
  switch (u.kind) {
    case 'banner':
      return `<p class="${cls} cw-banner">${body}</p>`;
    case 'title':
      return `<h1 class="${cls}">${body}</h1>`;
    case 'heading': {
      const level = Math.min(u.level + 1, 4);
      return `<h${level} class="${cls}">${num}${body}</h${level}>`;
    }
    case 'meta':
      return `<p class="${cls} cw-meta-line">${body}</p>`;
    case 'party':
      return `<p class="${cls} cw-party">${body}</p>`;
    case 'party-detail':
      return `<p class="${cls} cw-detail">${body}</p>`;
    case 'continuation':
      return `<p class="${cls} cw-continuation">${body}</p>`;
    case 'list-item':
      return `<p class="${cls} cw-list-item">${body}</p>`;
    case 'signature-party':
      return `<p class="${cls} cw-signature-party">${body}</p>`;
    case 'signature-line':
      return `<p class="${cls} cw-signature-line">${body}</p>`;
    case 'text':
    case 'paragraph':
      return `<p class="${cls}">${num}${body}</p>`;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryHtml(summary: RedlineSummary, redline: Redline, options: RedlineHtmlOptions): string {
  const out: string[] = [];
  const n = summary.changes.length;
  const against = summary.changes.filter((c) => c.againstUs).length;
  out.push('<section class="cw-summary" aria-label="Summary of material changes">');
  out.push('<h2>Material changes</h2>');
  const versions = options.oldName && options.newName ? ` from ${escapeHtml(options.oldName)} to ${escapeHtml(options.newName)}` : '';
  const side = summary.perspective === 'neutral' ? '' : `, ${against} against the ${escapeHtml(summary.perspective)}`;
  const appeared = summary.diagnostics?.appeared.length ?? 0;
  const gone = summary.diagnostics?.disappeared.length ?? 0;
  const problems = appeared || gone ? `; ${plural(appeared, 'new problem')}, ${plural(gone, 'problem')} gone` : '';
  out.push(`<p>${n === 0 ? 'No change in meaning' : plural(n, 'change')}${side}${problems}${versions}.</p>`);
  const s = redline.stats;
  out.push(
    `<p class="cw-legend">In the text below: ${plural(s.changed, 'sentence')} changed, ${plural(s.inserted, 'sentence')} added and ${plural(s.deleted, 'sentence')} removed; <ins>added text</ins>, <del>removed text</del>. Section numbers are those of the new version.</p>`,
  );
  const buckets = [...new Set(summary.changes.map((c) => c.bucket))].sort((a, b) => {
    const ia = (BUCKETS as readonly string[]).indexOf(a);
    const ib = (BUCKETS as readonly string[]).indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  // Buckets with a change against us first.
  buckets.sort((a, b) => Number(summary.changes.some((c) => c.bucket === b && c.againstUs)) - Number(summary.changes.some((c) => c.bucket === a && c.againstUs)));
  for (const bucket of buckets) {
    const changes = summary.changes.filter((c) => c.bucket === bucket).sort((a, b) => Number(b.againstUs) - Number(a.againstUs));
    out.push(`<h3>${escapeHtml((BUCKET_TITLE as Record<string, string>)[bucket] ?? bucket)}</h3>`);
    out.push('<table>');
    out.push('<thead><tr><th scope="col">Change</th><th scope="col">Before → after</th><th scope="col">Favours</th></tr></thead>');
    out.push('<tbody>');
    for (const c of changes) {
      const what = `${escapeHtml(c.path)} <span class="cw-legend">(${c.kind})</span>`;
      const beforeAfter = [c.before ? `<span class="cw-before">${escapeHtml(c.before)}</span>` : '', c.after ? `<span class="cw-after">${escapeHtml(c.after)}</span>` : ''].filter(Boolean).join(' → ');
      const impact = (c.impact ?? []).map((i) => `<li>${escapeHtml(i.label)}: ${escapeHtml(i.before ?? 'none')} → ${escapeHtml(i.after ?? 'none')}</li>`).join('');
      const favours = `${escapeHtml(FAVOURS[c.favours] ?? c.favours)}${c.againstUs ? ' <strong>(against us)</strong>' : ''}`;
      out.push(`<tr${c.againstUs ? ' class="cw-against"' : ''}><td>${what}</td><td>${beforeAfter}${impact ? `<ul>${impact}</ul>` : ''}</td><td>${favours}</td></tr>`);
    }
    out.push('</tbody>');
    out.push('</table>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** The redline page: the summary of the semantic diff, then the agreement with its insertions and deletions marked. */
export function redlineHtml(redline: Redline, summary: RedlineSummary, options: RedlineHtmlOptions = {}): string {
  const out: string[] = [];
  const title = `Changes to ${redline.title}`;
  out.push('<!DOCTYPE html>');
  out.push('<html lang="en">');
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy({}))}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<meta name="generator" content="Clausewise">');
  out.push(`<title>${escapeHtml(title)}</title>`);
  out.push(`<style>${BASE_CSS}${PRINT_CSS}${REDLINE_CSS}</style>`);
  out.push('</head>');
  out.push(`<body class="${options.paper === 'letter' ? 'paper-letter' : 'paper-a4'} cw-redline-page">`);
  out.push(summaryHtml(summary, redline, options));
  out.push('<article class="cw-redline">');
  for (const r of redline.units) out.push(unitHtml(r));
  out.push('</article>');
  out.push('</body>');
  out.push('</html>');
  return out.join('\n') + '\n';
}
