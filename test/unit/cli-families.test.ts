/**
 * `clausewise lint` resolves contract families among the files and folders it
 * is given (issue 12 item 4), with the same diagnostics as the core path the
 * editor uses (FamilyIndex + analyzeParsed, test/helpers/family-fixtures.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFamilyFolder } from '../helpers/family-fixtures.js';
import { buildCli, makeTree, ROOT, type BuiltCli } from './cli-harness.js';

let cli: BuiltCli;
const FAMILIES = path.join(ROOT, 'test/fixtures/families');
const folders = fs.readdirSync(FAMILIES).filter((f) => fs.statSync(path.join(FAMILIES, f)).isDirectory()).sort();

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface JsonFileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
}

beforeAll(async () => {
  cli = await buildCli();
}, 60_000);
afterAll(() => cli?.cleanup());

function lintJson(args: string[], cwd = ROOT): { code: number | null; results: JsonFileResult[]; stderr: string } {
  const r = cli.run(['lint', '--format', 'json', ...args], { cwd });
  return { code: r.code, results: JSON.parse(r.stdout) as JsonFileResult[], stderr: r.stderr };
}

const show = (d: { code: string; range: JsonDiagnostic['range']; message: string }) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;

describe('clausewise lint FOLDER resolves families', () => {
  for (const folder of folders) {
    it(`${folder}: the same diagnostics as the core path, file by file`, () => {
      const dir = path.join(FAMILIES, folder);
      const expected = checkFamilyFolder(dir).diagnostics;
      const { results, stderr } = lintJson(['.'], dir);
      expect(stderr).toBe('');
      const got = new Map(results.map((r) => [r.file.split(path.sep).join('/'), r.diagnostics.map(show).sort()]));
      for (const [rel, ds] of expected) expect(got.get(rel) ?? [], rel).toEqual(ds.map(show).sort());
    });
  }

  it('the realistic family is clean, exit 0; its SOW and BAA alone get family-master-not-found and only the relaxed checks of their kinds', () => {
    const dir = path.join(FAMILIES, 'realistic');
    const all = cli.run(['lint', '.'], { cwd: dir });
    expect(all.stdout + all.stderr).toBe('');
    expect(all.code).toBe(0);
    const sow = lintJson(['statements-of-work/sow-1-migration.contract'], dir);
    expect(sow.results[0]!.diagnostics.map((d) => d.code)).toEqual(['family-master-not-found']);
    expect(sow.code).toBe(0);
    const baa = lintJson(['addenda/baa.contract'], dir);
    // A BAA is for its parties and data protection: without its master it names no provider or client.
    expect(baa.results[0]!.diagnostics.map((d) => d.code).sort()).toEqual(['family-master-not-found', 'missing-party', 'missing-party']);
    // Given the master too, as files or folders, it is clean.
    expect(lintJson(['addenda/baa.contract', 'master'], dir).results.flatMap((r) => r.diagnostics)).toEqual([]);
  });

  it('a master given once resolves children in any folder; a broken file next to them does not stop the check', () => {
    const dir = makeTree({
      'a/msa.contract': fs.readFileSync(path.join(FAMILIES, 'realistic/master/msa.contract'), 'utf8'),
      'b/c/order.contract': fs.readFileSync(path.join(FAMILIES, 'realistic/orders/order-1-managed-service.contract'), 'utf8'),
      'b/broken.contract': 'contract "Broken" {\n  kind sow\n  under\n  scope {',
    });
    try {
      const { results } = lintJson(['.'], dir);
      const byFile = new Map(results.map((r) => [r.file.split(path.sep).join('/'), r.diagnostics.map((d) => d.code)]));
      expect(byFile.get('a/msa.contract')).toEqual([]);
      expect(byFile.get('b/c/order.contract')).toEqual([]);
      expect(byFile.get('b/broken.contract')!.length).toBeGreaterThan(0);
      expect(byFile.get('b/broken.contract')).not.toContain('internal-error');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
