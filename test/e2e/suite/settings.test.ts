/** VS Code settings are layered over clausewise.json: unset settings never erase the file, set ones win. */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, plainDiagnostics, readText, waitFor, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, suiteTeardown, test } from './mocha-globals.js';

/** Registers the settings suite; it must run after the suites that compare with the command line. */
export function settingsSuite(kind: HostKind): void {
  suite(`settings layered over clausewise.json (${kind})`, () => {
    const config = () => vscode.workspace.getConfiguration('clausewise');
    suiteTeardown(async () => {
      await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(workspaceFile('clausewise.json')).then(undefined, () => undefined);
    });

    test('clausewise.json turns a check off although the rules setting has its (empty) default', async () => {
      await activeExtension();
      const uri = workspaceFile(`settings-${kind}.contract`);
      await writeText(uri, await readText(workspaceFile('vague-services.contract')));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor('vague-term findings', () => plainDiagnostics(uri).some((d) => d.code === 'vague-term'));
      await writeText(workspaceFile('clausewise.json'), JSON.stringify({ rules: { 'vague-term': 'off' } }));
      await waitFor('vague-term to be turned off by clausewise.json', () => !plainDiagnostics(uri).some((d) => d.code === 'vague-term'), 30_000);
      assert.ok(plainDiagnostics(uri).some((d) => d.code === 'invalid-date'), 'other checks stay on');
    });

    test('the clausewise.rules setting wins over clausewise.json', async () => {
      const uri = workspaceFile(`settings-${kind}.contract`);
      await config().update('rules', { 'vague-term': 'error' }, vscode.ConfigurationTarget.Workspace);
      const found = await waitFor('vague-term to come back as an error', () => {
        const d = plainDiagnostics(uri).filter((x) => x.code === 'vague-term');
        return d.length > 0 && d.every((x) => x.severity === 'error') ? d : undefined;
      }, 30_000);
      assert.ok(found.length >= 2);
    });
  });
}
