/**
 * "Clausewise: Compare with…" in a real VS Code (Node extension host only: it
 * reads git). A temporary git repository holds the managed-services example
 * as committed; the file on disk lowers the uptime. Compare with HEAD opens
 * VS Code's text diff and the semantic-diff panel, which shows the change
 * against the client with the allowed downtime before and after.
 */
import * as vscode from 'vscode';
import * as assert from './assert.js';
import { activeExtension, readText, waitFor, workspaceFile, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

/** What `clausewise.test.compareState` returns (see client/compare.ts). */
interface CompareState {
  uri: string;
  result?: { summary: { changes: number; againstUs: number }; changes: { path: string; againstUs: boolean; impact?: { label: string; before?: string; after?: string }[] }[] };
  shown?: string;
}

/** A Node built-in, loaded at run time so that the web bundle of the suite never includes it. */
function nodeModule<T>(name: string): Promise<T> {
  return import(/* webpackIgnore: true */ name) as Promise<T>;
}

/** Registers the compare suite (Node host only). */
export function compareSuite(kind: HostKind): void {
  suite(`compare with (${kind})`, () => {
    test('Compare with HEAD shows the text diff and the semantic diff with the downtime figures', async () => {
      await activeExtension();
      const cp = await nodeModule<typeof import('node:child_process')>('node:child_process');
      const fs = await nodeModule<typeof import('node:fs')>('node:fs');
      const os = await nodeModule<typeof import('node:os')>('node:os');
      const path = await nodeModule<typeof import('node:path')>('node:path');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-compare-'));
      try {
        const original = await readText(workspaceFile('managed-services.contract'));
        const file = path.join(dir, 'msa.contract');
        fs.writeFileSync(file, original);
        fs.writeFileSync(path.join(dir, 'clausewise.json'), '{ "perspective": "client" }\n');
        const git = (...args: string[]) => {
          const r = cp.spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
          assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
        };
        git('init', '-q');
        git('-c', 'user.email=e2e@example.com', '-c', 'user.name=e2e', 'add', '.');
        git('-c', 'user.email=e2e@example.com', '-c', 'user.name=e2e', 'commit', '-q', '-m', 'round 1');
        fs.writeFileSync(file, original.replace('uptime 99.9% monthly', 'uptime 99.5% monthly'));

        const uri = vscode.Uri.file(file);
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const state = await vscode.commands.executeCommand<CompareState | undefined>('clausewise.compareWith', uri, 'head');
        assert.ok(state?.result, 'the command should return the comparison');
        assert.equal(state.result.summary.changes, 1, `one change expected, got ${JSON.stringify(state.result.changes)}`);
        const change = state.result.changes[0]!;
        assert.equal(change.path, 'sla availability › uptime');
        assert.equal(change.againstUs, true, 'a lower uptime is against the client');
        // The panel's page shows the figures (it reports its text once loaded).
        const shown = await waitFor('the compare panel to show the diff', async () => {
          const s = await vscode.commands.executeCommand<CompareState | undefined>('clausewise.test.compareState', uri.toString());
          return s?.shown;
        }, 60_000);
        assert.match(shown, /allowed downtime in a 30\.44-day month: 43 min 50 s → 3 h 39 min 10 s/);
        assert.match(shown, /against us/);
        // VS Code's text diff is open beside it: its tab compares the HEAD version with the file.
        const diffTab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === uri.toString());
        assert.ok(diffTab, 'a text diff of the file should be open');
        const original2 = (diffTab.input as vscode.TabInputTextDiff).original;
        assert.equal(original2.scheme, 'clausewise-compare');
        const left = await vscode.workspace.openTextDocument(original2);
        assert.match(left.getText(), /uptime 99\.9% monthly/);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
