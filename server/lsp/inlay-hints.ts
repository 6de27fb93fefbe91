/**
 * Inlay hints: computed facts shown after a statement, in grey, without
 * changing the text. After `initial` the day the initial term ends, after an
 * automatic `renewal` the last day to give notice of non-renewal, after
 * `for_convenience` the last day to give notice so that the agreement ends
 * with its initial term, after `uptime` the downtime it allows, after an
 * `extension` option the last day to exercise it, and after a liability `cap`
 * in months of fees the cap in money when the fee is known. The dates
 * follow LANGUAGE.md's date arithmetic (server/core/time.ts), so they agree
 * with hover, the rendered document and the calendar.
 *
 * {@link computeInlayHints} is a pure function over a parse; {@link registerInlayHints}
 * wires it to `textDocument/inlayHint` and the `clausewise.inlayHints.enabled` setting.
 */
import { InlayHintKind, InlayHintRefreshRequest, type Connection, type InlayHint, type ResponseError, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { INLAY_HINTS_SETTING_CHANGED_NOTIFICATION } from '../protocol.js';
import { fieldValue, fieldWord, type ContractNode, type ParseResult } from '../../grammar/index.js';
import { initialTermEnd } from '../core/calendar.js';
import { capAmount, capInMoney, formatMoney, monthlyFee } from '../core/facts.js';
import { durationPhrase } from '../core/render/phrases.js';
import { addDays, allowedDowntime, formatDate, formatMinutes, fromDateValue, isDuration, noticeDeadline, termEnd, type CalendarDate } from '../core/time.js';
import { isLarge } from './large-documents.js';

/** One hint, before conversion to LSP: where it goes and what it says. */
export interface ContractHint {
  /** The offset the hint is shown at (the end of the statement's values). */
  offset: number;
  /** The short text shown in the editor, e.g. "ends 2028-12-31". */
  label: string;
  /** A sentence explaining the fact, shown when hovering the hint. */
  tooltip: string;
  /** The keyword of the statement the hint belongs to. */
  keyword: 'initial' | 'renewal' | 'for_convenience' | 'uptime' | 'extension' | 'cap';
}

/** The unit word of each measurement period, for "≤ 43 min 50 s/month". */
const PERIOD_UNIT: Record<string, string | undefined> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
};

/** The period's length as a reader would say it, for the tooltip. */
const PERIOD_EXPLAINED: Record<string, string | undefined> = {
  hourly: 'an hour',
  daily: 'a day',
  weekly: 'a week',
  monthly: 'a month (30.44 days on average)',
  quarterly: 'a quarter (91.31 days on average)',
  yearly: 'a year (365.25 days on average)',
};

function contractHints(contract: ContractNode, out: ContractHint[]): void {
  const effective = fromDateValue(contract.effective?.date);
  let firstEnd: CalendarDate | undefined;
  for (const term of contract.terms) {
    const end = initialTermEnd(effective, term);
    firstEnd ??= end;
    const initial = term.initial;
    // A term written as `initial ends DATE` already shows its date; only a duration needs computing.
    if (initial && end && effective && isDuration(initial.duration)) {
      out.push({
        offset: initial.stmt.lineSpan.end,
        label: `ends ${formatDate(end)}`,
        tooltip: `The initial term starts on the effective date, ${formatDate(effective)}, and runs through ${formatDate(end)}: the day before the date ${durationPhrase(initial.duration.amount, initial.duration.unit)} later.`,
        keyword: 'initial',
      });
    }
    const renewal = term.renewal;
    if (renewal && end && renewal.mode?.text === 'automatic' && isDuration(renewal.notice)) {
      const by = noticeDeadline(end, renewal.notice);
      out.push({
        offset: renewal.stmt.lineSpan.end,
        label: `notice by ${formatDate(by)}`,
        tooltip: `To stop the agreement renewing after the initial term ends on ${formatDate(end)}, notice of non-renewal must be given by ${formatDate(by)} (${durationPhrase(renewal.notice.amount, renewal.notice.unit)} before that day).`,
        keyword: 'renewal',
      });
    }
  }
  for (const term of contract.terms) {
    if (!firstEnd) break;
    for (const m of term.items) {
      if (m.keyword !== 'extension') continue;
      const notice = fieldValue(m.fields, 'notice');
      const length = fieldValue(m.fields, 'duration');
      if (!isDuration(notice) || !isDuration(length)) continue;
      const by = noticeDeadline(firstEnd, notice);
      const who = fieldWord(m.fields, 'who');
      const party = who === 'client' ? 'the client' : who === 'provider' ? 'the provider' : 'either party';
      out.push({
        offset: m.stmt.lineSpan.end,
        label: `notice by ${formatDate(by)}`,
        tooltip: `To extend the agreement beyond its initial term, which ends on ${formatDate(firstEnd)}, ${party} must give notice by ${formatDate(by)} (${durationPhrase(notice.amount, notice.unit)} before that day); it then runs through ${formatDate(termEnd(addDays(firstEnd, 1), length))}.`,
        keyword: 'extension',
      });
    }
  }
  const fee = monthlyFee(contract);
  for (const liability of contract.liabilities) {
    for (const m of liability.items) {
      if (m.keyword !== 'cap' && m.keyword !== 'super_cap') continue;
      const cap = capAmount(m);
      if (!fee || cap?.kind !== 'months') continue;
      const money = capInMoney(contract, cap)!;
      out.push({
        offset: m.stmt.lineSpan.end,
        label: `≈ ${formatMoney(money)}`,
        tooltip: `${durationPhrase(cap.value.amount, cap.value.unit)} of fees at the fees stated in the payment terms (${formatMoney(fee)} a month) is ${formatMoney(money)}. The cap counts the fees of the 12 months before the claim, so it moves with the fees actually paid.`,
        keyword: 'cap',
      });
    }
  }
  for (const termination of contract.terminations) {
    for (const fc of termination.forConvenience) {
      if (!firstEnd || !isDuration(fc.notice)) continue;
      const by = noticeDeadline(firstEnd, fc.notice);
      const notice = durationPhrase(fc.notice.amount, fc.notice.unit);
      const who = fc.who?.text === 'client' ? 'the client' : fc.who?.text === 'provider' ? 'the provider' : 'a party';
      out.push({
        offset: fc.stmt.lineSpan.end,
        label: `notice by ${formatDate(by)} to end ${formatDate(firstEnd)}`,
        tooltip: `For the agreement to end with its initial term on ${formatDate(firstEnd)}, ${who} must give notice of termination for convenience by ${formatDate(by)} (${notice} before that day). Notice given later ends the agreement ${notice} after it is given.`,
        keyword: 'for_convenience',
      });
    }
  }
  for (const sla of contract.slas) {
    for (const u of sla.uptimes) {
      if (u.value?.kind !== 'percent' || u.period?.kind !== 'word') continue;
      const unit = PERIOD_UNIT[u.period.text];
      const minutes = allowedDowntime(u.value.value, u.period.text);
      if (!unit || minutes === undefined || minutes < 0) continue;
      out.push({
        offset: u.stmt.lineSpan.end,
        label: `≤ ${formatMinutes(minutes)}/${unit}`,
        tooltip: `An uptime of ${u.value.value}% allows at most ${formatMinutes(minutes)} of downtime in ${PERIOD_EXPLAINED[u.period.text] ?? `a ${unit}`}.`,
        keyword: 'uptime',
      });
    }
  }
}

/** The hints of every contract in a parsed file, in source order; with `range`, only those whose offset lies in it. */
export function computeInlayHints(parsed: ParseResult, range?: { start: number; end: number }): ContractHint[] {
  const out: ContractHint[] = [];
  for (const contract of parsed.ast.contracts) contractHints(contract, out);
  out.sort((a, b) => a.offset - b.offset);
  return range ? out.filter((h) => h.offset >= range.start && h.offset <= range.end) : out;
}

/** Converts hints to LSP inlay hints for a document. */
export function toLspInlayHints(parsed: ParseResult, hints: readonly ContractHint[]): InlayHint[] {
  return hints.map((h) => ({
    position: parsed.lines.position(h.offset),
    label: h.label,
    tooltip: h.tooltip,
    kind: InlayHintKind.Type,
    paddingLeft: true,
  }));
}

/** Reads `clausewise.inlayHints.enabled` for a document from the client; true when unset or when the client cannot answer. */
async function hintsEnabled(connection: Connection, uri: string): Promise<boolean> {
  try {
    const settings = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'clausewise' })) as unknown;
    const inlay = typeof settings === 'object' && settings !== null ? (settings as { inlayHints?: unknown }).inlayHints : undefined;
    const enabled = typeof inlay === 'object' && inlay !== null ? (inlay as { enabled?: unknown }).enabled : undefined;
    return enabled !== false;
  } catch {
    return true;
  }
}

/** What {@link registerInlayHints} needs from the server. */
export interface InlayHintHost {
  documents: TextDocuments<TextDocument>;
  /** The (cached) parse of a document's current text. */
  parsed(doc: TextDocument): ParseResult;
  /** Reports a failure to the server's log. */
  logError?(where: string, e: unknown): void;
  /** The error every request gets at the moment (after `shutdown`), if any. */
  refusal?(): ResponseError<void> | undefined;
}

/**
 * Answers `textDocument/inlayHint`, honouring the setting, and asks the client
 * to refresh its hints when the extension says the setting changed. The
 * server must declare `inlayHintProvider` in its capabilities.
 */
export function registerInlayHints(connection: Connection, host: InlayHintHost): void {
  connection.languages.inlayHint.on(async (params, token) => {
    const refused = host.refusal?.();
    if (refused) return refused;
    try {
      const doc = host.documents.get(params.textDocument.uri);
      if (!doc || token.isCancellationRequested) return [];
      if (!(await hintsEnabled(connection, doc.uri))) return [];
      const current = host.documents.get(doc.uri);
      // A large document gets no inlay hints: they would parse it on the main thread for every scroll (large-documents.ts).
      if (!current || token.isCancellationRequested || isLarge(current)) return [];
      const parsed = host.parsed(current);
      const range = { start: parsed.lines.offset(params.range.start), end: parsed.lines.offset(params.range.end) };
      return toLspInlayHints(parsed, computeInlayHints(parsed, range));
    } catch (e) {
      host.logError?.('inlay hints', e);
      return [];
    }
  });
  // The extension says when `clausewise.inlayHints.enabled` changes; the client then fetches hints again.
  connection.onNotification(INLAY_HINTS_SETTING_CHANGED_NOTIFICATION, () => {
    if (host.refusal?.()) return;
    connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
  });
}
