/**
 * The outline: hierarchical document symbols (contract → parties, scope →
 * services, SLAs, payment, milestones → milestone, liability, data protection,
 * changes, term, termination, reporting, clauses) and the flat symbols the
 * workspace index keeps for each file.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { fieldValue, fieldValues, type ContractNode, type ParseResult, type Statement, type StringValue, type WordValue } from '../../grammar/index.js';

const MAX_DETAIL = 80;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_DETAIL ? one.slice(0, MAX_DETAIL - 1) + '…' : one;
}

/** The source text of a statement's values after its keyword, on one line. */
function argsText(parsed: ParseResult, stmt: Statement): string {
  const first = stmt.args[0];
  const last = stmt.args[stmt.args.length - 1];
  if (!first || !last) return '';
  return clip(parsed.text.slice(first.span.start, last.span.end));
}

function stringText(v: StringValue | undefined): string {
  return v ? clip(v.value) : '';
}

function symbol(
  parsed: ParseResult,
  stmt: Statement,
  name: string,
  kind: SymbolKind,
  detail: string,
  selection: WordValue | StringValue | undefined,
  children?: DocumentSymbol[],
): DocumentSymbol {
  const range = parsed.lines.range(stmt.span);
  const selectionRange: Range = parsed.lines.range(selection ? selection.span : stmt.head.span);
  const s: DocumentSymbol = { name: name || stmt.keyword || '?', kind, range, selectionRange };
  if (detail) s.detail = detail;
  if (children) s.children = children;
  return s;
}

function contractSymbol(parsed: ParseResult, c: ContractNode): DocumentSymbol {
  const children: { at: number; sym: DocumentSymbol }[] = [];
  const add = (stmt: Statement, sym: DocumentSymbol) => children.push({ at: stmt.span.start, sym });
  for (const p of c.parties) {
    const detail = [p.role?.text, stringText(p.legalName)].filter(Boolean).join(' · ');
    add(p.stmt, symbol(parsed, p.stmt, p.name?.text ?? 'party', SymbolKind.Class, detail, p.name));
  }
  for (const s of c.scopes) {
    const services = s.services.map((svc) => symbol(parsed, svc.stmt, svc.name?.text ?? 'service', SymbolKind.Function, stringText(svc.description), svc.name));
    const n = s.services.length;
    add(s.stmt, symbol(parsed, s.stmt, 'scope', SymbolKind.Package, `${n} service${n === 1 ? '' : 's'}`, undefined, services));
  }
  for (const sla of c.slas) {
    const detail = sla.services.length ? `for ${sla.services.map((x) => x.text).join(', ')}` : '';
    add(sla.stmt, symbol(parsed, sla.stmt, sla.name?.text ?? 'sla', SymbolKind.Event, detail, sla.name));
  }
  for (const p of c.payments) {
    const fee = p.fees[0];
    add(p.stmt, symbol(parsed, p.stmt, 'payment', SymbolKind.Struct, fee ? `fee ${argsText(parsed, fee.stmt)}` : '', undefined));
  }
  for (const m of c.milestones) {
    const items = m.items.filter((i) => i.keyword === 'milestone');
    const children = items.map((i) => {
      const name = fieldValue(i.fields, 'name');
      const label = fieldValue(i.fields, 'label');
      const due = fieldValue(i.fields, 'due');
      const pays = fieldValue(i.fields, 'pays');
      const detail = [label?.kind === 'string' ? stringText(label) : '', due ? `due ${due.text}` : '', pays ? `pays ${pays.text}` : ''].filter(Boolean).join(' · ');
      return symbol(parsed, i.stmt, name?.kind === 'word' ? name.text : 'milestone', SymbolKind.Event, detail, name?.kind === 'word' ? name : undefined);
    });
    const n = items.length;
    add(m.stmt, symbol(parsed, m.stmt, 'milestones', SymbolKind.Package, `${n} milestone${n === 1 ? '' : 's'}`, undefined, children));
  }
  for (const l of c.liabilities) {
    const cap = l.items.find((i) => i.keyword === 'cap');
    add(l.stmt, symbol(parsed, l.stmt, 'liability', SymbolKind.Struct, cap ? `cap ${argsText(parsed, cap.stmt)}` : '', undefined));
  }
  for (const ch of c.changes) {
    const right = ch.items.find((i) => i.keyword === 'provider');
    const targets = right ? fieldValues(right.fields, 'targets').map((v) => v.text) : [];
    add(ch.stmt, symbol(parsed, ch.stmt, 'changes', SymbolKind.Struct, targets.length ? `provider may change ${targets.join(', ')}` : '', undefined));
  }
  for (const d of c.dataProtections) {
    const regs = d.comply.flatMap((x) => x.regulations.map((r) => r.text));
    add(d.stmt, symbol(parsed, d.stmt, 'data_protection', SymbolKind.Struct, regs.join(', '), undefined));
  }
  for (const t of c.terms) {
    const evergreen = t.items.some((i) => i.keyword === 'until_terminated');
    const parts = [evergreen ? 'until terminated' : '', t.initial ? `initial ${argsText(parsed, t.initial.stmt)}` : '', t.renewal ? `renewal ${argsText(parsed, t.renewal.stmt)}` : ''];
    add(t.stmt, symbol(parsed, t.stmt, 'term', SymbolKind.Struct, clip(parts.filter(Boolean).join('; ')), undefined));
  }
  for (const t of c.terminations) {
    const parts = [t.forConvenience.length ? 'for convenience' : '', t.forCause.length ? 'for cause' : '', t.transitions.length ? 'transition' : ''];
    add(t.stmt, symbol(parsed, t.stmt, 'termination', SymbolKind.Struct, parts.filter(Boolean).join(', '), undefined));
  }
  for (const r of c.reportings) {
    const parts = [...r.reports.map((x) => `report ${x.period?.text ?? ''}`.trim()), ...r.reviews.map((x) => `review ${x.period?.text ?? ''}`.trim())];
    add(r.stmt, symbol(parsed, r.stmt, 'reporting', SymbolKind.Struct, clip(parts.join(', ')), undefined));
  }
  for (const cl of c.clauses) {
    add(cl.stmt, symbol(parsed, cl.stmt, cl.name?.text ?? 'clause', SymbolKind.String, stringText(cl.heading), cl.name));
  }
  children.sort((a, b) => a.at - b.at);
  const detail = [c.id?.value?.kind === 'string' ? c.id.value.value : '', c.effective?.date ? `effective ${c.effective.date.text}` : ''].filter(Boolean).join(' · ');
  return symbol(
    parsed,
    c.stmt,
    c.title ? stringText(c.title) || 'contract' : 'contract',
    SymbolKind.Namespace,
    detail,
    c.title,
    children.map((x) => x.sym),
  );
}

/** The hierarchical outline of a document. */
export function documentSymbols(parsed: ParseResult): DocumentSymbol[] {
  return parsed.ast.contracts.map((c) => contractSymbol(parsed, c));
}

/** A symbol as the workspace index keeps it. */
export interface IndexedSymbol {
  name: string;
  kind: SymbolKind;
  range: Range;
  containerName?: string;
}

/** Flattens the outline into the named symbols workspace symbol search offers. */
export function indexSymbols(parsed: ParseResult): IndexedSymbol[] {
  const out: IndexedSymbol[] = [];
  const walk = (syms: DocumentSymbol[], container?: string) => {
    for (const s of syms) {
      out.push({ name: s.name, kind: s.kind, range: s.selectionRange, ...(container ? { containerName: container } : {}) });
      if (s.children) walk(s.children, s.name);
    }
  };
  walk(documentSymbols(parsed));
  return out;
}
