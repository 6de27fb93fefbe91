/**
 * `--format sarif`: SARIF 2.1.0 with one run. The tool's driver lists one rule
 * per diagnostic code (description, help text, documentation link, default
 * level); each result points at its rule, its file (relative to the working
 * folder) and a 1-based region, and carries the core's mechanical quick fixes
 * (those whose result the contract itself determines; a fix that chooses a
 * business value is for a person to make, in the editor).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LineIndex, Span } from '../../../grammar/index.js';
import { docsUrl, INTERNAL_ERROR, MAX_DIAGNOSTICS, RULES, TOO_MANY_PROBLEMS, type Diagnostic, type Severity } from '../../core/index.js';
import { groupNumber } from '../../core/render/phrases.js';
import type { FormatContext, LintReport } from '../report.js';
import { VERSION } from '../version.js';

/** The SARIF schema this output follows. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where people learn about the tool. */
export const INFORMATION_URI = 'https://github.com/clausewise/clausewise';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

function level(severity: Severity): Level {
  return severity === 'info' ? 'note' : severity;
}

interface RuleInfo {
  code: string;
  description: string;
  severity: Severity;
  category: string;
}

/** The codes the analysis itself reports (not a rule), with what the SARIF driver says about them. */
const META_RULES: readonly RuleInfo[] = [
  {
    code: INTERNAL_ERROR,
    description: 'Clausewise could not check the document, or could not run one of its checks on it, because of a fault in Clausewise; the other checks and documents are not affected.',
    severity: 'error',
    category: 'internal',
  },
  {
    code: TOO_MANY_PROBLEMS,
    description: `The document has more problems than Clausewise lists for one file (${groupNumber(String(MAX_DIAGNOSTICS))}, the most severe first); this result counts the rest.`,
    severity: 'warning',
    category: 'internal',
  },
];

/**
 * Every code the results use, in catalogue order: the rules, then the codes
 * the analysis itself reports, then any other code a result carries (so that
 * every result's `ruleIndex` points at its rule).
 */
function catalogue(report: LintReport): RuleInfo[] {
  const rules: RuleInfo[] = RULES.map((r) => ({ code: r.code, description: r.description, severity: r.severity, category: r.category }));
  const known = new Set(rules.map((r) => r.code));
  const add = (r: RuleInfo) => {
    if (known.has(r.code)) return;
    known.add(r.code);
    rules.push(r);
  };
  for (const r of META_RULES) add(r);
  for (const f of report.files) {
    for (const d of f.diagnostics) add({ code: d.code, description: `Clausewise reports \`${d.code}\`.`, severity: d.severity, category: 'other' });
  }
  return rules;
}

function sarifRule(r: RuleInfo) {
  const help = `${r.description} Each code has its own page explaining what it checks, why it matters and how to fix it: ${docsUrl(r.code)}`;
  return {
    id: r.code,
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} Reported by default as ${r.severity === 'info' ? 'information' : `an ${r.severity}`}; the severity can be changed in clausewise.json.` },
    help: { text: help, markdown: `${r.description}\n\n[Documentation of \`${r.code}\`](${docsUrl(r.code)})` },
    helpUri: docsUrl(r.code),
    defaultConfiguration: { level: level(r.severity) },
    properties: { category: r.category, tags: ['contracts', r.category] },
  };
}

/** A path as a relative URI reference with forward slashes, or a file URI when it lies outside the working folder. */
export function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A 1-based SARIF region for a span (columns in UTF-16 code units, end exclusive). */
function region(lines: LineIndex, span: Span) {
  const r = lines.range(span);
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function fixes(d: Diagnostic, lines: LineIndex, location: { uri: string; uriBaseId?: string; index: number }) {
  return d.fixes.filter((fix) => fix.mechanical === true).map((fix) => ({
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((e) => ({ deletedRegion: region(lines, e.span), insertedContent: { text: e.newText } })),
      },
    ],
  }));
}

/** Formats a lint report as a SARIF 2.1.0 log. */
export function formatSarif(report: LintReport, ctx: FormatContext): string {
  const rules = catalogue(report);
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const artifacts = report.files.map((f) => ({ location: artifactUri(f.file.display, ctx.cwd), sourceLanguage: 'contract' }));
  const results = report.files.flatMap((f, fileIndex) => {
    const location = { ...artifacts[fileIndex]!.location, index: fileIndex };
    return f.diagnostics.map((d) => {
      const result: Record<string, unknown> = {
        ruleId: d.code,
        ruleIndex: index.get(d.code) ?? -1,
        level: level(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(f.lines, d.span) } }],
      };
      const mechanical = fixes(d, f.lines, location);
      if (mechanical.length) result['fixes'] = mechanical;
      return result;
    });
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Clausewise',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
