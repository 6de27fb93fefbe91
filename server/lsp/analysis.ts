/**
 * Running the rules over a parse without holding up the server: in chunks,
 * yielding to the event loop every few milliseconds so that a newer edit (or a
 * request) is read and can cancel the work, and, for background work, waiting
 * while the document being edited has a check of its own to run.
 */
import type { ParseResult } from '../../grammar/index.js';
import type { FamilyContext } from '../core/family.js';
import { AnalysisCancelled, analyzeParsed, capDiagnostics, compareDiagnostics, RULES, type Diagnostic, type ResolvedConfig } from '../core/index.js';
import { yieldToEventLoop } from './workspace.js';

/** An analysis yields to the event loop after this many milliseconds, so that a newer edit can cancel it. */
export const SLICE_MS = 8;
/** Rules run in chunks of this many between checks for a newer edit (each chunk sets up suppressions once). */
const RULES_PER_CHUNK = 8;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The diagnostics of a parse, as the command line gives them (sorted, at most
 * MAX_DIAGNOSTICS and one that counts the rest). Throws {@link AnalysisCancelled}
 * once `isStale` says so; `pause`, while true, holds the work between slices.
 * `perChunk` rules run per call of the core (each call places the file in its
 * families again): the background checker runs them all in one call, and
 * yields between files instead.
 */
export async function runRules(parsed: ParseResult, config: ResolvedConfig, isStale: () => boolean, family?: FamilyContext, pause?: () => boolean, perChunk = RULES_PER_CHUNK): Promise<Diagnostic[]> {
  const cancel = { isCancelled: isStale };
  const diagnostics: Diagnostic[] = [];
  let sliceStart = Date.now();
  for (let i = 0; i < RULES.length; i += perChunk) {
    if (Date.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      if (pause) while (pause()) await sleep(2);
      sliceStart = Date.now();
    }
    if (isStale()) throw new AnalysisCancelled();
    // One push per diagnostic: spreading a chunk into push() overflows the stack on a document with very many problems.
    for (const d of analyzeParsed(parsed, config, cancel, RULES.slice(i, i + perChunk), family)) diagnostics.push(d);
  }
  return capDiagnostics(diagnostics.sort(compareDiagnostics));
}
