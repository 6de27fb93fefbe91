/**
 * The layering the language server relies on: only the LSP layer and the two
 * server entries import `vscode-languageserver`; the core and the grammar stay
 * editor-agnostic, and the web-worker bundle needs no Node built-ins. No
 * module imports itself through others (no import cycles, type-only imports
 * included), and the client reaches the server only through server/protocol.ts
 * (and the core's plain helpers), never the other way round.
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

/** The relative imports and re-exports of a TypeScript file (type-only ones included), as repository paths. */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.normalize(path.join(path.dirname(file), m[1]!)).replace(/\.js$/, '.ts');
    for (const candidate of [target, `${target}.ts`, path.join(target, 'index.ts')]) {
      if (known.has(candidate)) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
}

/** The import cycles among some files: each strongly connected component of more than one file (or a file importing itself). */
function importCycles(files: readonly string[]): string[][] {
  const known = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, known)]));
  // Tarjan's algorithm, iterative so that a long chain of imports cannot overflow the stack.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  for (const root of files) {
    if (index.has(root)) continue;
    const work: { v: string; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      const deps = graph.get(top.v)!;
      if (top.i < deps.length) {
        const w = deps[top.i++]!;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(top.v)!));
      if (low.get(top.v) === index.get(top.v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== top.v);
        if (component.length > 1 || deps.includes(top.v)) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

describe('architecture', () => {
  const sources = [...tsFiles('server'), ...tsFiles('client'), ...tsFiles('grammar')].filter((f) => !f.endsWith('.d.ts'));

  it('has no import cycles in server/, client/ and grammar/', () => {
    expect(importCycles(sources)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    // Two real files that import each other would be a cycle; here a made-up graph through the same function.
    const dir = fs.mkdtempSync(path.join(ROOT, 'test/lsp/.cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = 1;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import type { a } from './a.js';\nexport const b = 2;\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "export { a } from './a.js';\n");
      const rel = path.relative(ROOT, dir);
      expect(importCycles([path.join(rel, 'a.ts'), path.join(rel, 'b.ts'), path.join(rel, 'c.ts')])).toEqual([[path.join(rel, 'a.ts'), path.join(rel, 'b.ts')]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the server free of the client: nothing under server/ or grammar/ imports client/', () => {
    const offenders = [...tsFiles('server'), ...tsFiles('grammar')].filter((f) => /from ['"](?:\.\.\/)+client\//.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

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
