/**
 * The page of the compare panel ("Clausewise: Compare with…"): the semantic
 * diff of two versions (the result of `clausewise/semanticDiff`, the JSON of
 * `clausewise diff --format json`) as HTML, grouped by bucket with the changes
 * against us first, each with its words before and after and its numbers,
 * then the problems that appeared or disappeared. Every string is escaped;
 * the one inline script carries the panel's nonce and only reports clicks
 * (reveal a change's line in the editor) and what the page shows (for tests).
 * No vscode import: unit-testable.
 */
import { BUCKET_TITLE, type Change } from '../server/core/diff/types.js';
import { groupByBucket } from '../server/core/diff/report.js';
import { escapeHtml } from '../server/core/render/escape.js';
import type { CompareResult } from '../server/diff-protocol.js';

/** Messages from the compare page to the extension. */
export type FromComparePage =
  /** The page loaded; `text` is what it shows, as plain text. */
  | { type: 'shown'; text: string }
  /** The reader clicked a change: reveal this 0-based line of the new (or old) version. */
  | { type: 'reveal'; side: 'new' | 'old'; line: number };


/** The page script (runs in the webview only; refers to nothing outside itself). */
export function comparePageScript(): void {
  const api = (globalThis as unknown as { acquireVsCodeApi(): { postMessage(m: unknown): void } }).acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const el = (e.target as Element | null)?.closest('[data-line]');
    if (!el) return;
    api.postMessage({ type: 'reveal', side: el.getAttribute('data-side') === 'old' ? 'old' : 'new', line: Number(el.getAttribute('data-line')) });
  });
  api.postMessage({ type: 'shown', text: document.body.innerText });
}

function changeItem(c: Change): string {
  const range = c.newRange ?? c.oldRange;
  const side = c.newRange ? 'new' : 'old';
  const attrs = range ? ` data-line="${range.start.line}" data-side="${side}" title="Show it in the editor" tabindex="0"` : '';
  const mark = c.againstUs ? '<span class="mark against">against us</span>' : c.favours === 'neutral' ? '' : '<span class="mark ours">in our favour</span>';
  const favours = c.favours === 'neutral' ? 'favours neither side' : `favours the ${c.favours}`;
  const lines: string[] = [];
  if (c.before !== undefined) lines.push(`<div class="before">− ${escapeHtml(c.before)}</div>`);
  if (c.after !== undefined) lines.push(`<div class="after">+ ${escapeHtml(c.after)}</div>`);
  for (const i of c.impact ?? []) {
    lines.push(`<div class="impact">${escapeHtml(i.label)}: <b>${escapeHtml(i.before ?? '(none)')}</b> → <b>${escapeHtml(i.after ?? '(none)')}</b></div>`);
  }
  return `<li class="change${c.againstUs ? ' is-against' : ''}"${attrs}><div class="head">${mark}<span class="kind">${escapeHtml(c.kind)}</span> <code>${escapeHtml(c.path)}</code> <span class="favours">${escapeHtml(favours)}</span></div>${lines.join('')}</li>`;
}

/** The summary line of a result. */
export function compareSummary(r: CompareResult): string {
  const s = r.summary;
  if (s.changes === 0 && s.problemsAppeared === 0 && s.problemsDisappeared === 0) return 'No change in meaning.';
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const against = r.perspective === 'neutral' ? '' : `, ${s.againstUs} against the ${r.perspective}`;
  const problems = s.problemsAppeared || s.problemsDisappeared ? `; ${plural(s.problemsAppeared, 'new problem')}, ${plural(s.problemsDisappeared, 'problem')} gone` : '';
  return `${plural(s.changes, 'change')}${against}${problems}.`;
}

/** The whole page for a result. */
export function comparePageHtml(r: CompareResult, nonce: string, cspSource: string): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
  const body: string[] = [];
  body.push(`<h1>${escapeHtml(r.old)} → ${escapeHtml(r.new)}</h1>`);
  body.push(`<p class="summary">${escapeHtml(compareSummary(r))}${r.perspective === 'neutral' ? ' Set "perspective" in clausewise.json to see which changes are against you.' : ` Perspective: ${escapeHtml(r.perspective)}.`}</p>`);
  for (const g of groupByBucket(r.changes)) {
    body.push(`<section class="bucket"><h2>${escapeHtml(BUCKET_TITLE[g.bucket])}</h2><ul>${g.changes.map(changeItem).join('')}</ul></section>`);
  }
  const { appeared, disappeared } = r.diagnostics;
  if (appeared.length || disappeared.length) {
    const item = (d: (typeof appeared)[number], side: 'new' | 'old', sign: string) =>
      `<li class="problem ${side === 'new' ? 'new' : 'gone'}" data-line="${d.range.start.line}" data-side="${side}" tabindex="0">${sign} <span class="sev">${escapeHtml(d.severity)}</span> <code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}</li>`;
    body.push(`<section class="problems"><h2>Problems</h2><ul>${appeared.map((d) => item(d, 'new', 'new:')).join('')}${disappeared.map((d) => item(d, 'old', 'gone:')).join('')}</ul></section>`);
  }
  const style = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0.5rem 1rem; line-height: 1.4; }
h1 { font-size: 1.1rem; } h2 { font-size: 1rem; margin: 1rem 0 0.3rem; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
ul { list-style: none; padding: 0; margin: 0; }
li { padding: 0.35rem 0.5rem; margin: 0.2rem 0; border-left: 3px solid transparent; cursor: pointer; }
li:hover, li:focus { background: var(--vscode-list-hoverBackground); outline: none; }
li.is-against { border-left-color: var(--vscode-editorError-foreground, #c33); }
.mark { font-size: 0.8em; padding: 0 0.4em; margin-right: 0.4em; border-radius: 3px; }
.mark.against { background: var(--vscode-inputValidation-errorBackground, #c334); }
.mark.ours { background: var(--vscode-diffEditor-insertedTextBackground, #3c34); }
.kind { font-weight: bold; } .favours { opacity: 0.8; font-size: 0.9em; }
.before { color: var(--vscode-gitDecoration-deletedResourceForeground, #c33); font-family: var(--vscode-editor-font-family); }
.after { color: var(--vscode-gitDecoration-addedResourceForeground, #3a3); font-family: var(--vscode-editor-font-family); }
.impact { margin-top: 0.15rem; }
`;
  const script = `(${comparePageScript.toString()})();`.replace(/<\/script/gi, '<\\/script');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    `<style nonce="${escapeHtml(nonce)}">${style}</style></head>`,
    `<body class="cw-compare">${body.join('\n')}`,
    `<script nonce="${escapeHtml(nonce)}">${script}</script>`,
    '</body></html>',
  ].join('\n');
}
