/** A quick fix, found through the code action provider and applied through the workspace API. */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, plainDiagnostics, readText, waitFor, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

/** Registers the quick-fix suite. */
export function quickFixSuite(kind: HostKind): void {
  suite(`quick fixes (${kind})`, () => {
    test('the fix for a missing data_protection block inserts the clause and the diagnostic goes away', async () => {
      const uri = workspaceFile(`fix-${kind}.contract`);
      await writeText(uri, await readText(workspaceFile('vague-services.contract')));
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await activeExtension();
      const target = await waitFor('the missing-data-protection diagnostic', () =>
        vscode.languages.getDiagnostics(uri).find((d) => d.source === 'clausewise' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'missing-data-protection'),
      );
      // The last argument asks VS Code to resolve lazily computed edits, as the light bulb does.
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value, 100);
      const fix = actions.find((a) => a.edit && /data.protection/i.test(a.title) && !/suppress|documentation/i.test(a.title));
      assert.ok(fix?.edit, `a quick fix with an edit should be offered; got: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix should apply');
      assert.match(doc.getText(), /data_protection\s*\{/, 'the fix should insert a data_protection block');
      await waitFor('the missing-data-protection diagnostic to disappear', () => !plainDiagnostics(uri).some((d) => d.code === 'missing-data-protection'));
      await doc.save();
    });
  });
}
