/**
 * Where the Word writer (and the `docx` library) is bundled: into the command
 * line's on-demand bundle dist/cli-docx.js (not dist/cli.js, so that `lint`
 * starts without it) and the desktop language server, which make .docx files, and nowhere
 * else: not into the extension's client bundles nor the web server, which
 * gets the stand-in (server/core/render/docx-unavailable.ts), so that the
 * .vsix does not grow by the library twice.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-docx-bundles-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('bundles', () => {
  it('carry the Word writer only in the command line and the desktop server', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--production', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // A string of the docx library's settings part, which survives minifying.
    const hasWriter = (bundle: string) => fs.readFileSync(path.join(out, 'dist', bundle), 'utf8').includes('trackRevisions');
    // The command line loads it on demand from a bundle of its own, which carries neither the parser nor the rules.
    expect(hasWriter('cli-docx.js')).toBe(true);
    expect(hasWriter('server.js')).toBe(true);
    for (const bundle of ['cli.js', 'cli-main.js', 'browser-server.js', 'extension.js', 'browser-extension.js']) expect(hasWriter(bundle), bundle).toBe(false);
    const writer = fs.readFileSync(path.join(out, 'dist/cli-docx.js'), 'utf8');
    expect(writer).not.toContain('chevrotain');
    expect(writer).not.toContain('missing-payment');
    expect(fs.readFileSync(path.join(out, 'dist/browser-server.js'), 'utf8')).toContain('Word documents are made by the desktop extension');
  }, 120_000);
});
