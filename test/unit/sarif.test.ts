/**
 * `clausewise lint --format sarif`: the output is validated against the SARIF
 * 2.1.0 JSON schema that Microsoft publishes (vendored from an npm package, see
 * test/fixtures/cli/sarif/README.md), and checked against the JSON format for
 * rules, levels, 1-based regions, relative locations and fixes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_CODES, RULE_CODES, RULES, docsUrl } from '../../server/core/index.js';
import { buildCli, CLI_FIXTURES, example, makeTree, ROOT, withoutBlock, type BuiltCli, type JsonFileResult } from './cli-harness.js';

const SCHEMA_FILE = path.join(CLI_FIXTURES, 'sarif/sarif-2.1.0-rtm.5.json');

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: SarifLocation; region: SarifRegion } }[];
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: SarifLocation; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[] }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    artifacts: { location: SarifLocation }[];
    results: SarifResult[];
    originalUriBaseIds: Record<string, { uri: string }>;
  }[];
}

/** Compiles the vendored draft-04 schema with Ajv's draft-07 validator (see the README beside the schema for why that is exact). */
function compileSchema() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const text = JSON.stringify(schema);
  // Keywords whose meaning differs between draft-04 and draft-07 must be absent.
  expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"\s*:/);
  expect(schema['$schema']).toBe('http://json-schema.org/draft-04/schema#');
  const { $schema: _draft, id, ...rest } = schema;
  // The schema's `language` pattern has a stray `]`, valid only without the regular expressions' unicode flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: String(id) });
}

let cli: BuiltCli;
let dir: string;
const validate = compileSchema();

beforeAll(async () => {
  cli = await buildCli();
  dir = makeTree({
    'contracts/vague.contract': example('vague-services'),
    'contracts/clean.contract': example('managed-services'),
    // A misspelt keyword gives SARIF a mechanical fix to carry.
    'contracts/no payment.contract': withoutBlock(example('managed-services'), 'payment').replace('governing_law', 'governing_lwa'),
  });
});
afterAll(() => {
  cli?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function sarif(args: string[]): { code: number | null; log: SarifLog } {
  const r = cli.run(['lint', '--format', 'sarif', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, log: JSON.parse(r.stdout) as SarifLog };
}

describe('SARIF output', () => {
  it('the schema check rejects a log that breaks it', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('validates against the SARIF 2.1.0 schema, with results, rules and fixes', () => {
    const { code, log } = sarif(['contracts']);
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
    expect(code).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results.some((r) => r.fixes?.length)).toBe(true);
  });

  it('validates when there is nothing to report', () => {
    const { code, log } = sarif(['contracts/clean.contract']);
    expect(validate(log)).toBe(true);
    expect(code).toBe(0);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('describes the tool and one rule per code, with help text and documentation link', () => {
    const { log } = sarif(['contracts/clean.contract']);
    const driver = log.runs[0]!.tool.driver;
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(driver.name).toBe('Clausewise');
    expect(driver.version).toBe(version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual([...RULE_CODES, ...META_CODES]);
    expect(new Set(driver.rules.map((r) => r.id)).size).toBe(driver.rules.length);
    for (const rule of RULES) {
      const sr = driver.rules.find((r) => r.id === rule.code)!;
      expect(sr.helpUri).toBe(docsUrl(rule.code));
      expect(sr.shortDescription.text).toBe(rule.description);
      expect(sr.help.text).toContain(docsUrl(rule.code));
      expect(sr.fullDescription.text.length).toBeGreaterThan(sr.shortDescription.text.length);
      expect(sr.defaultConfiguration.level).toBe(rule.severity === 'info' ? 'note' : rule.severity);
    }
  });

  it('matches the JSON format: same findings, levels, 1-based regions, relative file URIs', () => {
    const { log } = sarif(['contracts']);
    const json = JSON.parse(cli.run(['lint', '--format', 'json', 'contracts'], { cwd: dir }).stdout) as JsonFileResult[];
    const run = log.runs[0]!;
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['contracts/clean.contract', 'contracts/no%20payment.contract', 'contracts/vague.contract']);
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(dir).href}/`);
    const expected = json.flatMap((f, index) =>
      f.diagnostics.map((d) => ({
        ruleId: d.code,
        level: d.severity === 'info' ? 'note' : d.severity,
        text: d.message,
        index,
        region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      })),
    );
    const actual = run.results.map((r) => {
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).toBe(run.artifacts[loc.artifactLocation.index!]!.location.uri);
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      return { ruleId: r.ruleId, level: r.level, text: r.message.text, index: loc.artifactLocation.index, region: loc.region };
    });
    expect(actual).toEqual(expected);
  });

  it("turns the core's mechanical quick fixes into SARIF fixes with 1-based deleted regions, and only those", () => {
    const { log } = sarif(['contracts/no payment.contract']);
    // A payment block chooses amounts and dates: that is for a person, not for an automatic fix.
    const missing = log.runs[0]!.results.find((r) => r.ruleId === 'missing-payment');
    expect(missing).toBeDefined();
    expect(missing!.fixes).toBeUndefined();
    const typo = log.runs[0]!.results.find((r) => r.ruleId === 'unknown-statement');
    expect(typo?.fixes?.length).toBe(1);
    const fix = typo!.fixes![0]!;
    expect(fix.description.text).toBe('Change to `governing_law`');
    const change = fix.artifactChanges[0]!;
    expect(change.artifactLocation.uri).toBe('contracts/no%20payment.contract');
    const replacement = change.replacements[0]!;
    expect(replacement.insertedContent.text).toBe('governing_law');
    // Applying the fix to the file must insert the block at a position inside the contract.
    const text = fs.readFileSync(path.join(dir, 'contracts/no payment.contract'), 'utf8');
    const lines = text.split('\n');
    const region = replacement.deletedRegion;
    expect(region.startLine).toBeGreaterThanOrEqual(1);
    expect(region.startLine).toBeLessThanOrEqual(lines.length);
    expect(region.startColumn).toBeLessThanOrEqual(lines[region.startLine - 1]!.length + 1);
    expect(replacement.insertedContent.text).not.toMatch(/\$\{\d/);
  });

  it('reports only errors with --quiet, at the configured level', () => {
    const { log } = sarif(['--quiet', 'contracts']);
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results.every((r) => r.level === 'error')).toBe(true);
  });
});
