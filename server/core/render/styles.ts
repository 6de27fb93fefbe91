/**
 * The inline stylesheet of the rendered agreement: a quiet document style for
 * screen, print rules (A4 by default, US Letter with the `paper-letter` body
 * class, a page break before every major section), and a preview variant that
 * follows the VS Code theme through its CSS variables. It is a constant: no
 * contract text ever goes into it.
 */

/** Styles shared by the standalone page and the preview. */
export const BASE_CSS = `
:root { --cw-fg: #1d1d1f; --cw-bg: #ffffff; --cw-muted: #5b5b66; --cw-rule: #d0d0d7; --cw-accent: #1f4e8c;
  --cw-note-bg: #fbf7e9; --cw-note-fg: #4a4536; --cw-note-rule: #c9b873; --cw-note-label: #7a6a2a; --cw-banner-bg: #fff1f0; --cw-banner-fg: #8a1c12; --cw-banner-rule: #d9534f; }
* { box-sizing: border-box; }
html { background: var(--cw-bg); color: var(--cw-fg); }
body { margin: 0 auto; max-width: 46rem; padding: 2.5rem 1.5rem 4rem; font: 11pt/1.55 Georgia, "Times New Roman", serif; background: var(--cw-bg); color: var(--cw-fg); }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; color: var(--cw-fg); break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--cw-rule); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
.cw-num { color: var(--cw-accent); font-weight: 600; margin-right: .45em; font-family: "Helvetica Neue", Arial, sans-serif; }
.cw-meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1.5rem; color: var(--cw-muted); }
.cw-meta dt { font-weight: 600; }
.cw-meta dd { margin: 0; }
.cw-parties ol { padding-left: 1.4rem; }
.cw-parties li { margin-bottom: .6rem; }
.cw-party-detail { display: block; color: var(--cw-muted); }
.cw-para { margin: 0 0 .7rem; break-inside: avoid; page-break-inside: avoid; }
.cw-para p { margin: 0; }
.cw-note { margin: -.3rem 0 .9rem 2.2rem; padding: .35rem .7rem .4rem; font: .85em/1.45 "Helvetica Neue", Arial, sans-serif; color: var(--cw-note-fg); background: var(--cw-note-bg); border: 1px dashed var(--cw-note-rule); border-radius: 3px; break-inside: avoid; page-break-inside: avoid; }
.cw-note p { margin: 0 0 .2rem; }
.cw-note p:last-child { margin-bottom: 0; }
.cw-note .cw-note-label { font-size: .82em; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--cw-note-label); }
.cw-review-banner { margin: 0 0 1.5rem; padding: .5rem .8rem; font: .9em/1.45 "Helvetica Neue", Arial, sans-serif; color: var(--cw-note-fg); background: var(--cw-note-bg); border: 1px dashed var(--cw-note-rule); }
.cw-signatures { break-before: page; page-break-before: always; }
.cw-signature { display: inline-block; vertical-align: top; width: 46%; margin: 1rem 3% 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.cw-signature-party { margin: 0 0 1.2rem; }
.cw-signature-line { display: flex; align-items: flex-end; margin: 0 0 1.3rem; }
.cw-signature-label { flex: 0 0 5.5rem; font-family: "Helvetica Neue", Arial, sans-serif; font-size: .9em; color: var(--cw-muted); }
.cw-signature-blank { flex: 1; border-bottom: 1px solid var(--cw-fg); height: 1.4em; }
.cw-signature-line:nth-of-type(2) .cw-signature-blank { height: 3em; }
.cw-prose p { margin: 0 0 .6rem; }
.cw-list ul { margin: .3rem 0 .7rem; }
.cw-glance table { width: 100%; border-collapse: collapse; font-size: .92em; }
.cw-glance th, .cw-glance td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--cw-rule); }
.cw-glance thead th { border-bottom: 2px solid var(--cw-fg); }
.cw-glance tr { break-inside: avoid; page-break-inside: avoid; }
.cw-glance .cw-party-row th { padding-top: .8rem; color: var(--cw-accent); border-bottom: 1px solid var(--cw-accent); }
.cw-glance td:last-child { white-space: nowrap; }
a { color: var(--cw-accent); }
code { font-family: "SFMono-Regular", Consolas, "Liberation Mono", monospace; font-size: .9em; }
.cw-banner { margin: 0 0 2rem; padding: .8rem 1rem; background: var(--cw-banner-bg); color: var(--cw-banner-fg); border: 1px solid var(--cw-banner-rule); border-left-width: 6px; font-family: "Helvetica Neue", Arial, sans-serif; font-size: .95em; }
.cw-banner p { margin: 0 0 .4rem; }
.cw-banner ul { margin: 0; padding-left: 1.2rem; }
.cw-footer { margin-top: 3rem; color: var(--cw-muted); font-size: .85em; border-top: 1px solid var(--cw-rule); padding-top: .5rem; }
.cw-contract + .cw-contract { margin-top: 3rem; }
`;

/** Print rules of the standalone page. */
export const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm; }
@page letter { size: letter; margin: 0.75in 0.7in 0.85in; }
body.paper-letter { page: letter; }
@media print {
  html, body { background: #fff; color: #000; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .cw-major, .cw-glance, .cw-contract + .cw-contract { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  .cw-banner { break-inside: avoid; page-break-inside: avoid; }
}
`;

/** Preview rules: the colours and fonts of the VS Code theme, and no print pagination. */
export const PREVIEW_CSS = `
:root { --cw-fg: var(--vscode-editor-foreground, #1d1d1f); --cw-bg: var(--vscode-editor-background, #ffffff);
  --cw-muted: var(--vscode-descriptionForeground, #5b5b66); --cw-rule: var(--vscode-panel-border, #d0d0d7);
  --cw-accent: var(--vscode-textLink-foreground, #1f4e8c); --cw-note-bg: var(--vscode-textBlockQuote-background, #fbf7e9);
  --cw-note-fg: var(--vscode-descriptionForeground, #4a4536); --cw-note-rule: var(--vscode-textBlockQuote-border, #c9b873);
  --cw-note-label: var(--vscode-descriptionForeground, #7a6a2a);
  --cw-banner-bg: var(--vscode-inputValidation-errorBackground, #fff1f0); --cw-banner-fg: var(--vscode-editor-foreground, #8a1c12);
  --cw-banner-rule: var(--vscode-inputValidation-errorBorder, #d9534f); }
body { font-family: var(--vscode-font-family, Georgia, serif); font-size: var(--vscode-font-size, 14px); }
[data-line] { scroll-margin-top: 1rem; }
.cw-active { outline: 1px dashed var(--cw-accent); outline-offset: 2px; }
.cw-toolbar { position: sticky; top: 0; z-index: 1; margin: -2.5rem -1.5rem 1.5rem; padding: .4rem 1.5rem; font: .85em/1.4 var(--vscode-font-family, sans-serif); color: var(--cw-muted); background: var(--cw-bg); border-bottom: 1px solid var(--cw-rule); }
.cw-toolbar label { cursor: pointer; }
.cw-toolbar input { vertical-align: middle; margin: 0 .3rem 0 0; }
`;
