/**
 * The workspace model in a real VS Code (issue 12): the Problems panel lists a
 * problem of a contract that was never opened (pulled through
 * `workspace/diagnostic`), and a party the master defines and a SOW restates
 * is renamed in both files. Node host only: the web-worker server has no file
 * system, so it knows the open documents only.
 */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, positionOf, readText, waitFor, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';
import { masterText, sowText } from '../../lsp/family-texts.js';

const LONE = `contract "Lone agreement, never opened" {
  id "LONE-E2E"
}
`;

const MASTER = masterText('MSA-E2E');
const SOW = sowText('SOW-E2E', 'MSA-E2E');

const codes = (uri: vscode.Uri) =>
  vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'clausewise')
    .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));

/** Registers the workspace suite. */
export function workspaceSuite(kind: HostKind): void {
  suite(`workspace model (${kind} server)`, () => {
    test('the Problems panel lists the problems of a contract that was never opened', async () => {
      await activeExtension();
      const uri = workspaceFile('never-opened', 'lone.contract');
      await writeText(uri, LONE);
      // Pulled through workspace/diagnostic: the document is never opened.
      const found = await waitFor(
        'diagnostics of the contract that was never opened',
        () => {
          const c = codes(uri);
          return c.includes('missing-party') ? c : undefined;
        },
        60_000,
      );
      assert.ok(found.length > 0);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the contract was opened');
    });

    test('checks contracts that another program writes into a new folder at once (the file watcher misses them on Linux)', async () => {
      await activeExtension();
      // Loaded here: the web-worker host bundles this file too, and has no fs.
      const fs = await import('node:fs');
      const path = await import('node:path');
      // Written by Node's fs, as git or an unzip would, with no pause between the folder and its files: the
      // inotify watcher sees the folder but not the files (parcel-bundler/watcher#243). client/new-folder-watcher.ts reports them.
      const folder = workspaceFile('checked-out', 'deals', 'acme');
      const files = ['msa.contract', path.join('orders', 'sow.contract')].map((f) => path.join(folder.fsPath, f));
      fs.mkdirSync(path.dirname(files[1]!), { recursive: true });
      for (const f of files) fs.writeFileSync(f, LONE.replace('LONE-E2E', `LONE-${path.basename(f, '.contract')}`));
      for (const f of files) {
        const uri = vscode.Uri.file(f);
        await waitFor(`diagnostics of ${path.basename(f)}, written into a new folder`, () => (codes(uri).includes('missing-party') ? true : undefined), 30_000);
      }
    });

    test('renames a party across the master and a SOW in another file', async () => {
      await activeExtension();
      const masterUri = workspaceFile('family', 'msa.contract');
      const sowUri = workspaceFile('family', 'orders', 'sow-1.contract');
      await writeText(masterUri, MASTER);
      await writeText(sowUri, SOW);
      const doc = await vscode.workspace.openTextDocument(sowUri);
      await vscode.window.showTextDocument(doc);
      // The server has indexed the master once go to definition on `under` leads to it.
      await waitFor(
        'go to definition on under to open the master',
        async () => {
          const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', sowUri, positionOf(doc, '"MSA-E2E"', 2));
          return locations?.some((l) => ('uri' in l ? l.uri : l.targetUri).toString() === masterUri.toString());
        },
        60_000,
      );
      // The SOW, opened before the master's file event arrived, is checked again with its master (the server asks VS Code to pull again).
      await waitFor('the SOW checked again with its master', () => !codes(sowUri).includes('family-master-not-found'), 30_000);
      const at = positionOf(doc, 'globex', 2);
      const edit = await waitFor('a rename that reaches both files', async () => {
        const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', sowUri, at, 'initech');
        return e && e.entries().length === 2 ? e : undefined;
      });
      assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was applied');
      const master = await vscode.workspace.openTextDocument(masterUri);
      assert.ok(master.getText().includes('party client initech "Globex Corp"'), master.getText());
      assert.ok(doc.getText().includes('party client initech "Globex Corp"'), doc.getText());
      // Saved, the master on disk has the new name too (the server then re-reads it).
      assert.ok(await master.save(), 'the master was saved');
      await doc.save();
      await waitFor('the renamed master on disk', async () => (await readText(masterUri)).includes('initech'));
    });
  });
}
