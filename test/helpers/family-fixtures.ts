/**
 * Family fixtures: a folder of `.contract` files (in sub-folders too) checked
 * together, as `clausewise lint FOLDER` and the editor's workspace check
 * them: one FamilyIndex over every file, then each file analysed with its
 * context. Each file carries its expected diagnostics as annotations, in the
 * format of the rule fixtures (test/helpers/fixtures.ts), and the complete
 * sorted list is compared. `expect.json` in the folder names the family
 * codes the folder is about: each is either annotated somewhere in the
 * folder (it fires) or nowhere (it must stay silent). See
 * test/fixtures/families/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '../../grammar/index.js';
import { analyzeParsed, capDiagnostics, FamilyIndex, type Diagnostic } from '../../server/core/index.js';
import { compareWithAnnotations, parseFixture, type Expectation } from './fixtures.js';

export interface FamilyFolder {
  /** The codes the folder is about (expect.json `codes`). */
  codes: string[];
  files: { rel: string; text: string }[];
}

export function contractFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...contractFiles(abs, base));
    else if (e.name.endsWith('.contract')) out.push(path.relative(base, abs).split(path.sep).join('/'));
  }
  return out;
}

export function readFamilyFolder(dir: string): FamilyFolder {
  const expectFile = path.join(dir, 'expect.json');
  const codes = fs.existsSync(expectFile) ? ((JSON.parse(fs.readFileSync(expectFile, 'utf8')) as { codes?: string[] }).codes ?? []) : [];
  const files = contractFiles(dir).map((rel) => ({ rel, text: fs.readFileSync(path.join(dir, rel), 'utf8') }));
  return { codes, files };
}

/** Checks every file of a family folder; returns the mismatches by file, and the expectations. */
export function checkFamilyFolder(dir: string): { problems: string[]; expectations: Map<string, Expectation[]>; diagnostics: Map<string, Diagnostic[]> } {
  const folder = readFamilyFolder(dir);
  const index = new FamilyIndex();
  const parsed = folder.files.map((f) => ({ ...f, parse: parse(f.text), fixture: parseFixture(f.text) }));
  for (const f of parsed) index.set(f.rel, f.parse);
  const problems: string[] = [];
  const expectations = new Map<string, Expectation[]>();
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const f of parsed) {
    const ds = capDiagnostics(analyzeParsed(f.parse, f.fixture.config, undefined, undefined, index.contextFor(f.rel)));
    diagnostics.set(f.rel, ds);
    expectations.set(f.rel, f.fixture.expectations);
    for (const p of compareWithAnnotations(f.fixture.expectations, ds)) problems.push(`${f.rel}: ${p}`);
  }
  return { problems, expectations, diagnostics };
}
