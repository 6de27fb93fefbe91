/**
 * The types of the semantic diff (server/core/diff): what `semanticDiff`
 * returns. Plain data, serialisable as JSON (see docs/diff.md for the JSON
 * schema of `clausewise diff --format json`). Stable: the Word export and the
 * VS Code compare panel read them.
 */
import type { Range } from '../../../grammar/index.js';
import type { Diagnostic } from '../types.js';

/** What a change is about, for grouping: the questions a negotiator asks of a new version. */
export type Bucket = 'money' | 'time' | 'risk' | 'control' | 'remedy' | 'scope' | 'service_level';

/** The buckets in the order reports list them. */
export const BUCKETS: readonly Bucket[] = ['money', 'time', 'risk', 'control', 'remedy', 'service_level', 'scope'];

/** Each bucket's heading in reports, the comparison panel and the redline's summary. */
export const BUCKET_TITLE: Record<Bucket, string> = {
  money: 'Money',
  time: 'Time',
  risk: 'Risk',
  control: 'Control',
  remedy: 'Remedies',
  service_level: 'Service levels',
  scope: 'Scope',
};

/** Whom a change favours: the client, the provider, or neither (or both, or it cannot be told). */
export type Favour = 'client' | 'provider' | 'neutral';

/** One number a change moves: the allowed downtime per month, the liability cap in money, … */
export interface Impact {
  /** What the number is, in a few words ("allowed downtime per 30.44-day month"). */
  label: string;
  /** Its value in the old version, as words ("43 min 50 s"); absent when the old version has none. */
  before?: string;
  /** Its value in the new version; absent when the new version has none. */
  after?: string;
}

/** One statement added, removed or changed between two versions of a contract. */
export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /**
   * Where the statement stands and which one it is, in the words of the
   * contract: `sla availability › uptime`, `payment › due`,
   * `sla incidents › priority critical`, `party provider acme`. Blocks are
   * separated by ` › `; a contract's title leads when a file holds several.
   */
  path: string;
  /** The block kind the statement stands in (`sla`, `payment`, `contract`, …; `file` for `contract` itself). */
  block: string;
  /** The statement's keyword (`uptime`, `due`, …). */
  keyword: string;
  /** The statement as written in the old version (whitespace normalised), for `removed` and `changed`. */
  before?: string;
  /** The statement as written in the new version, for `added` and `changed`. */
  after?: string;
  bucket: Bucket;
  /** Whom the change favours (server/core/diff/favour.ts). */
  favours: Favour;
  /** True when the change favours the other side of the configured `perspective` (never with `neutral`). */
  againstUs: boolean;
  /** The numbers the change moves, computed with server/core/facts.ts and time.ts. */
  impact?: Impact[];
  /** The statement's line in the old text (0-based, as in LSP). */
  oldRange?: Range;
  /** The statement's line in the new text. */
  newRange?: Range;
}

/** The result of {@link semanticDiff}. */
export interface DiffResult {
  /** The changes, in the order of the new version (removed statements where they stood in the old one). */
  changes: Change[];
  /** Diagnostics of the new version that the old one did not have, and of the old one that are gone. */
  diagnostics: { appeared: Diagnostic[]; disappeared: Diagnostic[] };
  /** The perspective the `againstUs` flags were computed for. */
  perspective: 'client' | 'provider' | 'neutral';
}
