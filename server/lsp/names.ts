/**
 * Names and references: every party, service, SLA and clause name in a
 * document, and every place that refers to one (`sla … for X` refers to the
 * service X). Go to definition, find references, document highlight and rename
 * all work from this one list. Names are unique per kind within a contract.
 */
import type { ParseResult, Span } from '../../grammar/index.js';

/** The kinds of things that have names. */
export type NameKind = 'party' | 'service' | 'sla' | 'clause';

/** One occurrence of a name in the text. */
export interface NameOccurrence {
  kind: NameKind;
  name: string;
  span: Span;
  /** Index of the contract it belongs to (names are scoped per contract). */
  contract: number;
  /** True where the name is defined, false where it is referred to. */
  definition: boolean;
}

/** Plain words for each kind, for messages. */
export const KIND_WORDS: Record<NameKind, string> = {
  party: 'party',
  service: 'service',
  sla: 'SLA',
  clause: 'clause',
};

/** The shape every name must have (LANGUAGE.md: `[A-Za-z_][A-Za-z0-9_]*`). */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Collects every name definition and reference of a document, in document order. */
export function collectNames(parsed: ParseResult): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  parsed.ast.contracts.forEach((c, contract) => {
    const def = (kind: NameKind, w: { text: string; span: Span } | undefined) => {
      if (w) out.push({ kind, name: w.text, span: w.span, contract, definition: true });
    };
    for (const p of c.parties) def('party', p.name);
    for (const s of c.scopes) for (const svc of s.services) def('service', svc.name);
    for (const sla of c.slas) {
      def('sla', sla.name);
      for (const ref of sla.services) out.push({ kind: 'service', name: ref.text, span: ref.span, contract, definition: false });
    }
    for (const cl of c.clauses) def('clause', cl.name);
  });
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** The name occurrence at an offset (a cursor just after the name counts too). */
export function occurrenceAt(names: readonly NameOccurrence[], offset: number): NameOccurrence | undefined {
  return names.find((n) => n.span.start <= offset && offset <= n.span.end);
}

/** Every occurrence (definitions and references) of the same name and kind in the same contract. */
export function relatedOccurrences(names: readonly NameOccurrence[], target: NameOccurrence): NameOccurrence[] {
  return names.filter((n) => n.contract === target.contract && n.kind === target.kind && n.name === target.name);
}
