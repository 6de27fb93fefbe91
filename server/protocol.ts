/**
 * The custom requests and notifications between the Clausewise language
 * server and its clients: the document views (live preview, obligations view,
 * calendar export) and the configuration a document is checked with (for the
 * language status item). Method names and plain data only, with no imports,
 * so that the desktop client, the web client and both servers share it
 * without pulling in each other's code. The messages between the extension
 * and the preview webview are client-only (client/preview-protocol.ts).
 */

/** `clausewise/render`: the document rendered as preview HTML. */
export const RENDER_REQUEST = 'clausewise/render';
/** `clausewise/obligations`: per contract and party, what is owed and by when. */
export const OBLIGATIONS_REQUEST = 'clausewise/obligations';
/** `clausewise/calendar`: the iCalendar of the dates the contract creates. */
export const CALENDAR_REQUEST = 'clausewise/calendar';
/** `clausewise/docx`: the signing copy as a Word document (the desktop server only; the web server answers with an error). */
export const DOCX_REQUEST = 'clausewise/docx';
/** Sent by the extension when `clausewise.inlayHints.enabled` changes. */
export const INLAY_HINTS_SETTING_CHANGED_NOTIFICATION = 'clausewise/inlayHintsSettingChanged';

/**
 * `clausewise/configStatus` (server to extension): the configuration a
 * document is checked with, sent when it is first known and whenever it
 * changes, to a client that declares `experimental.clausewise.configStatus`.
 * The language status item shows it.
 */
export const CONFIG_STATUS_NOTIFICATION = 'clausewise/configStatus';

/** Parameters of {@link CONFIG_STATUS_NOTIFICATION}. */
export interface ConfigStatusParams {
  /** The document. */
  uri: string;
  /** The `clausewise.json` that applies to it; absent when none does (the defaults apply). */
  configUri?: string;
  /** Every problem of that file, when it is invalid (the defaults apply instead). */
  configProblems?: string[];
  /** The problem of the editor settings, when they are invalid (they are then ignored). */
  settingsProblem?: string;
}

/** Parameters of {@link RENDER_REQUEST}. */
export interface RenderParams {
  uri: string;
  /** The nonce the page's style and script elements carry (at least 8 letters, digits or `+/=_-`). */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource?: string;
  /** The file name shown in the footer. */
  fileName?: string;
  /** Render the signing copy (no review notes, no obligations table, no footer) instead of the review copy. */
  signing?: boolean;
}

/** Result of {@link RENDER_REQUEST}. */
export interface RenderResult {
  uri: string;
  /** The document version that was rendered. */
  version: number;
  /** A complete HTML page with a Content-Security-Policy built from the nonce. */
  html: string;
}

/** Parameters of {@link OBLIGATIONS_REQUEST} and {@link CALENDAR_REQUEST}. */
export interface DocumentParams {
  uri: string;
  /** The file name used in descriptions (calendar only). */
  fileName?: string;
}

/** A source location as 0-based line and character positions. */
export interface SourceRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** One obligation, as the obligations view shows it. */
export interface ObligationItem {
  /** The kind of duty (`respond`, `payment`, `report`, …), for the icon. */
  kind: string;
  /** What is owed: "Respond to critical incidents (Help desk support)". */
  what: string;
  /** By when or how often: "within 15 minutes". */
  when: string;
  /** The fixed date it falls due (YYYY-MM-DD), when the contract determines one. */
  date?: string;
  /** The keyword of the statement that creates it. */
  keyword: string;
  /** The statement's source line. */
  range: SourceRange;
}

/** The obligations of one party. */
export interface PartyItem {
  role: 'provider' | 'client';
  /** "Acme Managed Services LLC (Provider)". */
  label: string;
  /** The `party` statement, when the party is declared. */
  range?: SourceRange;
  obligations: ObligationItem[];
}

/** The obligations of one contract of the file. */
export interface ContractObligations {
  title: string;
  range: SourceRange;
  parties: PartyItem[];
}

/** The obligations of a document of the same family in another file (the master, or a contract under it). */
export interface FamilyDocumentObligations {
  uri: string;
  /** The file's path in its workspace folder ("masters/msa.contract"), or its name. */
  file: string;
  /** `master`: the master agreement the shown contract is under; `child`: a contract under the shown master (or a sibling under the same master). */
  relation: 'master' | 'child';
  /** The family's contracts in that file. */
  contracts: ContractObligations[];
}

/** Result of {@link OBLIGATIONS_REQUEST}. */
export interface ObligationsResult {
  uri: string;
  version: number;
  contracts: ContractObligations[];
  /**
   * When the file's contracts belong to a family (`kind`, `under`): the id of
   * the family's master and the obligations of its documents in other files,
   * the master first. Absent otherwise.
   */
  family?: { id: string; documents: FamilyDocumentObligations[] };
}

/** Result of {@link CALENDAR_REQUEST}. */
export interface CalendarResult {
  uri: string;
  version: number;
  /** The RFC 5545 text, CRLF line endings. */
  ics: string;
  /** How many events it holds. */
  events: number;
}

/** Parameters of {@link DOCX_REQUEST}. */
export interface DocxParams {
  uri: string;
  /** The file name recorded in the document's properties. */
  fileName?: string;
  /** Page size (default A4). */
  paper?: 'a4' | 'letter';
}

/** Result of {@link DOCX_REQUEST}. */
export interface DocxResult {
  uri: string;
  version: number;
  /** The bytes of the .docx file, base64-encoded. */
  base64: string;
  /** How many errors the contract has (the document then opens with a banner listing them). */
  errors: number;
}
