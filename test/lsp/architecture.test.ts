/**
 * The layering the language server relies on: only the LSP layer and the two
 * server entries import `vscode-languageserver`; the core and the grammar stay
 * editor-agnostic, and the web-worker bundle needs no Node built-ins.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './client.js';

const ALLOWED = /^server\/(lsp\/|node\/(main|stdio-transport)\.ts$|browser\/main\.ts$)/;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

describe('architecture', () => {
  it('imports vscode-languageserver only in the LSP layer and the server entries (the Node one with its stdio transport)', () => {
    const offenders = [...tsFiles('server'), ...tsFiles('grammar')].filter(
      (f) => !ALLOWED.test(f) && /from ['"]vscode-languageserver(?:\/[^'"]*)?['"]/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the LSP layer free of Node built-ins, so the web-worker server can use it', () => {
    const offenders = tsFiles('server/lsp').filter((f) => /from ['"](?:node:)?(?:fs|path|child_process|os|url)['"]/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
