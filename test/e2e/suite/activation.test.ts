/** Activation, contributed commands and Restricted Mode. */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, EXTENSION_ID, open, plainDiagnostics, readText, waitFor, workspaceFile, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

/** Registers the activation suite. */
export function activationSuite(kind: HostKind): void {
  suite(`activation (${kind} extension host)`, () => {
    test('opening a .contract file activates the extension in the contract language', async () => {
      const editor = await open('managed-services.contract');
      assert.equal(editor.document.languageId, 'contract');
      const ext = await activeExtension();
      assert.equal(ext.id, EXTENSION_ID);
      const api = ext.exports as { client?: unknown; outputChannel?: { name: string } } | undefined;
      assert.equal(typeof api?.client, 'function', 'activate() should return the Clausewise API');
      assert.equal(api?.outputChannel?.name, 'Clausewise');
    });

    test('the commands are registered', async () => {
      await activeExtension();
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['clausewise.newContract', 'clausewise.restartServer', 'clausewise.openRuleDocumentation', 'clausewise.showOutput']) {
        assert.ok(commands.includes(id), `command ${id} is not registered`);
      }
    });

    test('the window is in Restricted Mode and the extension still checks contracts', async () => {
      // The VS Code server's test workbench refuses the trust dialog, so the folder is untrusted there;
      // the runner says so in .e2e/run.json (desktop VS Code under test-electron may differ).
      const run = JSON.parse(await readText(workspaceFile('.e2e', 'run.json'))) as { expectRestricted?: boolean };
      if (run.expectRestricted) assert.equal(vscode.workspace.isTrusted, false, 'the test workbench should not trust the folder (dialogs are refused in test mode)');
      const editor = await open('vague-services.contract');
      const diagnostics = await waitFor('diagnostics in Restricted Mode', () => {
        const d = plainDiagnostics(editor.document.uri);
        return d.length > 0 ? d : undefined;
      });
      assert.ok(diagnostics.some((d) => d.code === 'invalid-date'), 'the invalid date 2027-02-30 should be reported');
    });
  });
}
