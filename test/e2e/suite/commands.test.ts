/** The commands: new contract from template, restart language server, open rule documentation. */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, open, plainDiagnostics, waitFor, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

/** Registers the commands suite. */
export function commandsSuite(kind: HostKind): void {
  suite(`commands (${kind})`, () => {
    test('New contract from template opens an untitled contract that the checker finds clean of errors', async () => {
      await activeExtension();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const running = vscode.commands.executeCommand('clausewise.newContract');
      // Accept the first template ("Managed IT services") once the quick pick is showing.
      const editor = await waitFor('the new contract editor', async () => {
        const e = vscode.window.activeTextEditor;
        if (e && e.document.isUntitled && e.document.languageId === 'contract' && e.document.getText().length > 0) return e;
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return undefined;
      });
      await running;
      assert.match(editor.document.getText(), /contract "Managed IT Services Agreement" \{/);
      // The tab is named after the contract, in the workspace folder (Save writes that file).
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      assert.equal(tab?.label, 'Managed IT Services Agreement.contract', `the new tab should be named after the contract, got ${tab?.label}`);
      // Tab runs top to bottom: the title first, then the id on the next line.
      assert.equal(editor.document.getText(editor.selection), 'Managed IT Services Agreement', 'the title is the first placeholder');
      assert.equal(editor.selection.start.line, 0);
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      assert.equal(editor.selection.start.line, 1, 'Tab moves to the id on the next line');
      assert.equal(editor.document.getText(editor.selection), 'MSA-2027-001');
      await vscode.commands.executeCommand('leaveSnippet');
      await waitFor('the server to check the new contract', async () => {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        return symbols && symbols.length > 0;
      });
      const errors = plainDiagnostics(editor.document.uri, true).filter((d) => d.severity === 'error');
      assert.deepEqual(errors, [], 'the template should have no errors');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    test('Restart language server: diagnostics keep coming from the new server, and nothing is logged as an error', async () => {
      const api = (await activeExtension()).exports as { loggedErrors(): readonly string[]; languageStatus(): { busy: boolean; severity: string } };
      const uri = workspaceFile(`restart-${kind}.contract`);
      await writeText(uri, 'contract "Restart" {\n  effective 2027-01-01\n}\n');
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor('missing-payment before the restart', () => plainDiagnostics(uri).some((d) => d.code === 'missing-payment'));
      const errorsBefore = api.loggedErrors().length;
      await vscode.commands.executeCommand('clausewise.restartServer');
      await editor.edit((b) => b.replace(new vscode.Range(1, 12, 1, 22), '2027-02-30'));
      await waitFor('invalid-date from the restarted server', () => plainDiagnostics(uri).some((d) => d.code === 'invalid-date'));
      assert.deepEqual(api.loggedErrors().slice(errorsBefore), [], 'a requested restart logs no error');
      await waitFor('the status item to show the running server', () => !api.languageStatus().busy && api.languageStatus().severity !== 'error');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    test('Open rule documentation shows the page of the code under the cursor', async () => {
      const editor = await open('vague-services.contract');
      const diagnostic = await waitFor('a diagnostic to put the cursor on', () =>
        vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'clausewise' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'invalid-date'),
      );
      editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
      await vscode.commands.executeCommand('clausewise.openRuleDocumentation');
      await waitFor('a tab showing the invalid-date documentation', () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('invalid-date')),
      );
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  });
}
