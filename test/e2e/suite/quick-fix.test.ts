/**
 * Quick fixes in the real editor. A fix that chooses values comes as the
 * client command `clausewise.applySnippetFix`, which inserts a snippet: the
 * first chosen value is selected and Tab (`jumpToNextSnippetPlaceholder`)
 * moves to the next, in reading order.
 */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, plainDiagnostics, readText, waitFor, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

/** The text of the active editor's selection, if the active editor shows `uri`. */
function selectedIn(uri: vscode.Uri): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== uri.toString()) return undefined;
  return editor.document.getText(editor.selection);
}

/** Registers the quick-fix suite. */
export function quickFixSuite(kind: HostKind): void {
  suite(`quick fixes (${kind})`, () => {
    test('"Add a data protection block" inserts tab stops: the first value is selected and Tab moves to the next', async () => {
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
      const fix = actions.find((a) => a.title === 'Add a data protection block');
      assert.ok(fix, `the quick fix should be offered; got: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(!fix.isPreferred, 'a fix that chooses a regulation and deadlines is never the preferred one');
      assert.ok(!fix.edit, 'the fix is a snippet command, not a plain edit');
      assert.equal(fix.command?.command, 'clausewise.applySnippetFix');

      const applied = await vscode.commands.executeCommand<boolean>(fix.command!.command, ...(fix.command!.arguments ?? []));
      assert.ok(applied, 'the snippet should be inserted');
      assert.match(doc.getText(), /data_protection \{\r?\n\s+comply GDPR\r?\n\s+breach_notice within 48 hours/, 'the block is inserted with its suggested values');
      // The cursor lands on the first chosen value, the regulation, selected.
      await waitFor('the regulation to be selected', () => selectedIn(uri) === 'GDPR');
      const first = vscode.window.activeTextEditor!.selection.start.line;
      // Tab moves to the next chosen value: the hours of the breach notice, on the next line.
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await waitFor('the breach-notice hours to be selected after Tab', () => selectedIn(uri) === '48');
      assert.equal(vscode.window.activeTextEditor!.selection.start.line, first + 1);
      await vscode.commands.executeCommand('leaveSnippet');
      await waitFor('the missing-data-protection diagnostic to disappear', () => !plainDiagnostics(uri).some((d) => d.code === 'missing-data-protection'));
      await doc.save();
    });
  });
}
