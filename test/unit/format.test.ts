/**
 * The formatter: snapshots of messy inputs (test/fixtures/format/NAME.contract
 * → NAME.expected), refusal of documents with syntax errors, and idempotence
 * plus content preservation over every contract in the fixtures and examples.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { analyze } from '../../server/core/index.js';
import { formatContract } from '../../server/core/format.js';
import { repositoryContracts } from '../helpers/contract-files.js';
import { documentContent } from '../helpers/document-content.js';

const ROOT = path.join(__dirname, '../..');
const FORMAT_DIR = path.join(ROOT, 'test/fixtures/format');

/** The diagnostic codes of a document, sorted (suppression comments must keep working after formatting). */
function codes(text: string): string[] {
  return analyze(text)
    .diagnostics.map((d) => d.code)
    .sort();
}

function format(text: string, indent?: number): string {
  const r = formatContract(text, indent === undefined ? undefined : { indent });
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

describe('formatter snapshots', () => {
  const inputs = fs.readdirSync(FORMAT_DIR).filter((f) => f.endsWith('.contract') && !f.startsWith('refuse-'));
  it('has snapshot fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of inputs.sort()) {
    it(file, () => {
      const input = fs.readFileSync(path.join(FORMAT_DIR, file), 'utf8');
      const expected = fs.readFileSync(path.join(FORMAT_DIR, file.replace(/\.contract$/, '.expected')), 'utf8');
      expect(format(input)).toBe(expected);
      expect(format(expected)).toBe(expected);
    });
  }
});

describe('formatter refusals', () => {
  const broken = fs.readdirSync(FORMAT_DIR).filter((f) => f.startsWith('refuse-') && f.endsWith('.contract'));
  for (const file of broken.sort()) {
    it(file, () => {
      const r = formatContract(fs.readFileSync(path.join(FORMAT_DIR, file), 'utf8'));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/syntax error.*line \d+/);
    });
  }
  it('names the number of errors and the first one', () => {
    const r = formatContract('contract "x" {\n  fee 10 USD monthly )\n  id "a" ]\n}\n');
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('2 syntax errors (the first on line 2') });
  });
});

describe('formatter options and details', () => {
  it('indents by the requested number of spaces', () => {
    expect(format('contract "x" {\nscope {\nexclude "a"\n}\n}', 4)).toBe('contract "x" {\n    scope {\n        exclude "a"\n    }\n}\n');
  });
  it('keeps Windows line endings', () => {
    expect(format('contract "x" {\r\n  id "a"   \r\n\r\n\r\n  effective 2027-01-01\r\n}')).toBe('contract "x" {\r\n  id "a"\r\n\r\n  effective 2027-01-01\r\n}\r\n');
  });
  it('formats an empty document to an empty document', () => {
    expect(format('')).toBe('');
    expect(format('\n\n   \n')).toBe('');
  });
  it('keeps a comment-only document', () => {
    expect(format('   // just a note   \n\n\n/* and */')).toBe('// just a note\n\n/* and */\n');
  });
  it('keeps a disable-next-line directive directly above its line', () => {
    const text = 'contract "x" {\n  scope {\n  } // contract-disable-next-line missing-payment\n  sla s for a {\n  }\n}\n';
    const out = format(text);
    expect(out).toContain('} // contract-disable-next-line missing-payment\n  sla s for a {');
    expect(codes(out)).toEqual(codes(text));
  });
  it('joins a list broken after a comma, unless a comment ends the line', () => {
    expect(format('contract "x" {\n  data_protection {\n    comply GDPR,\n\n       HIPAA\n  }\n}')).toContain('    comply GDPR, HIPAA\n');
    expect(format('contract "x" {\n  data_protection {\n    comply GDPR, // EU\n HIPAA\n  }\n}')).toContain('    comply GDPR, // EU\n      HIPAA\n');
  });
});

describe('formatter over every contract in the repository', () => {
  const files = repositoryContracts();
  it('finds contracts', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const file of files) {
    it(path.relative(ROOT, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const r = formatContract(text);
      if (parse(text).issues.length > 0) {
        expect(r.ok, 'a document with syntax errors must be refused').toBe(false);
        return;
      }
      if (!r.ok) throw new Error(r.reason);
      expect(format(r.text), 'formatting twice changes nothing').toBe(r.text);
      expect(documentContent(r.text)).toEqual(documentContent(text));
      expect(parse(r.text).issues).toEqual([]);
      expect(codes(r.text)).toEqual(codes(text));
    });
  }
});
