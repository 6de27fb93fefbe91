/**
 * Document model → Markdown (CommonMark with GitHub tables): the same
 * agreement as the HTML page, with every contract string escaped by
 * {@link escapeMarkdown}. The output is deterministic.
 */
import type { ParseResult } from '../../../grammar/index.js';
import type { FamilyContext } from '../family.js';
import type { Diagnostic } from '../types.js';
import { buildDocument, SIGNATURE_LINES, type DocBlock, type DocContract, type DocSection, type RenderedDocument } from './document.js';
import { escapeMarkdown } from './escape.js';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Diagnostics from `analyze`; the error-severity ones are listed in a warning block at the top. */
  diagnostics?: readonly Diagnostic[];
  /** Shown in the closing line of the review copy ("Rendered by Clausewise from msa.contract"). */
  fileName?: string;
  /** The signing copy: no review notes, no obligations table, no closing line; a signature block for every party either way. */
  signing?: boolean;
  /** The other files the contract is rendered with (contract families, see DocumentOptions.family). */
  family?: FamilyContext;
}

/** Renders a parsed contract file as Markdown. */
export function renderMarkdown(parsed: ParseResult, options: MarkdownOptions = {}): string {
  return documentMarkdown(buildDocument(parsed, options.diagnostics ?? [], { signing: options.signing === true, family: options.family }), options);
}

/** Escapes a diagnostic message but keeps its `code spans` as code. */
function messageMarkdown(message: string): string {
  return message
    .split(/(`[^`]*`)/)
    .map((part) => (/^`[^`]*`$/.test(part) ? `\`${part.slice(1, -1).replace(/\s*[\r\n]+\s*/g, ' ')}\`` : escapeMarkdown(part)))
    .join('');
}

/** Serialises a document model as Markdown. */
export function documentMarkdown(doc: RenderedDocument, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  if (doc.problems.length) {
    const n = doc.problems.length;
    const warnings = doc.warningCount ? ` It also has ${doc.warningCount} warning${doc.warningCount === 1 ? '' : 's'}.` : '';
    out.push(
      `> **This contract has ${n} error${n === 1 ? '' : 's'} and is not ready to sign.** The text below is rendered as written; correct the errors listed here in the contract source, then render it again.${warnings}`,
    );
    out.push('>');
    for (const p of doc.problems) out.push(`> - Line ${p.line + 1}: ${messageMarkdown(p.message)} (${escapeMarkdown(p.code)})`);
    out.push('');
  }
  if (doc.contracts.length === 0) out.push('This file contains no contract yet: start it with `contract "Title" { … }`.', '');
  if (!doc.signing && doc.contracts.length) {
    out.push('> **Review copy.** Review notes explain the contract and are not part of it; the signing copy leaves them out.', '');
  }
  doc.contracts.forEach((c, i) => {
    if (i > 0) out.push('---', '');
    contractMarkdown(c, out);
  });
  if (!doc.signing) {
    out.push('---', '');
    out.push(
      `*Rendered by Clausewise${options.fileName ? ` from ${escapeMarkdown(options.fileName)}` : ''} as a review copy. Section numbers follow the conventional order of clauses; review notes are not part of the agreement.*`,
    );
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

function contractMarkdown(c: DocContract, out: string[]): void {
  out.push(`# ${escapeMarkdown(c.title)}`, '');
  if (c.meta.length) {
    // Two trailing spaces keep each fact on its own line.
    c.meta.forEach((m, i) => out.push(`**${escapeMarkdown(m.label)}:** ${escapeMarkdown(m.value)}${i < c.meta.length - 1 ? '  ' : ''}`));
    out.push('');
  }
  if (c.parties.length) {
    out.push('## Parties', '', 'This agreement is made between:', '');
    c.parties.forEach((p, i) => {
      const short = p.shortName ? ` (“${escapeMarkdown(p.shortName)}”)` : '';
      const lines = [`${i + 1}. **${escapeMarkdown(p.legalName)}**${short}, the ${p.role}`];
      if (p.address) lines.push(`   Address: ${escapeMarkdown(p.address)}`);
      if (p.notices) lines.push(`   Formal notices to: ${escapeMarkdown(p.notices)}`);
      for (const para of p.prose) lines.push(`   ${escapeMarkdown(para)}`);
      // Two trailing spaces make each detail a line of its own within the list item.
      out.push(lines.join('  \n'));
    });
    out.push('');
  }
  if (c.background.length) {
    out.push('## Background', '');
    for (const b of c.background) blockMarkdown(b, out);
  }
  if (c.obligations.length) {
    out.push('## Obligations at a glance', '');
    out.push('| Party | Obligation | By when | Section |', '|---|---|---|---|');
    for (const g of c.obligations) {
      for (const r of g.rows) {
        out.push(`| ${escapeMarkdown(g.label)} | ${escapeMarkdown(r.what)} | ${escapeMarkdown(r.when)} | ${r.ref ? `§ ${r.ref.number}` : ''} |`);
      }
    }
    out.push('');
  }
  for (const s of c.sections) sectionMarkdown(s, 2, out);
  if (c.signatures.length) {
    out.push('## Signatures', '', 'Signed by the authorised representatives of the parties:', '');
    for (const s of c.signatures) {
      out.push(`For **${escapeMarkdown(s.legalName)}**, the ${s.role}`, '');
      // Two trailing spaces keep each line of the block on a line of its own.
      out.push(SIGNATURE_LINES.map((l) => `${l}: ______________________________`).join('  \n'), '');
    }
  }
}

function sectionMarkdown(s: DocSection, level: number, out: string[]): void {
  out.push(`${'#'.repeat(level)} ${s.number}${level === 2 ? '.' : ''} ${escapeMarkdown(s.title)}`, '');
  for (const b of s.blocks) blockMarkdown(b, out);
  for (const sub of s.subsections) sectionMarkdown(sub, Math.min(level + 1, 6), out);
}

function blockMarkdown(b: DocBlock, out: string[]): void {
  const num = b.number ? `**${b.number}** ` : '';
  switch (b.kind) {
    case 'paragraph':
      out.push(`${num}${escapeMarkdown(b.text)}`, '');
      // Review notes are quoted and labelled, apart from the numbered text.
      for (const n of b.notes) out.push(`> *Review note:* ${escapeMarkdown(n)}`, '');
      break;
    case 'prose':
      b.paragraphs.forEach((p, i) => out.push(`${i === 0 ? num : ''}${escapeMarkdown(p)}`, ''));
      break;
    case 'list':
      out.push(`${num}${escapeMarkdown(b.intro)}`, '');
      for (const item of b.items) out.push(`- ${escapeMarkdown(item.text)}`);
      out.push('');
      break;
  }
}
