/** VS Code settings are layered over clausewise.json: unset settings never erase the file, set ones win. */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, plainDiagnostics, readText, waitFor, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, suiteTeardown, test } from './mocha-globals.js';

/** What the extension's API says about its language status item. */
interface StatusApi {
  languageStatus(): { text: string; detail: string; severity: string; busy: boolean };
}

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

    test('the language status item names the clausewise.json in force, and every problem of a bad one', async () => {
      const api = (await activeExtension()).exports as StatusApi;
      const uri = workspaceFile(`settings-${kind}.contract`);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor('the status item to name clausewise.json', () => api.languageStatus().text === 'clausewise.json', 30_000);
      assert.equal(api.languageStatus().severity, 'information');
      const good = await readText(workspaceFile('clausewise.json'));
      await writeText(workspaceFile('clausewise.json'), JSON.stringify({ rules: { 'vague-term': 'loud' }, colour: 'blue' }));
      const bad = await waitFor('the status item to show the bad file', () => (api.languageStatus().severity === 'error' ? api.languageStatus() : undefined), 30_000);
      assert.match(bad.detail, /2 problems/);
      assert.match(bad.detail, /colour/);
      assert.match(bad.detail, /rules\.vague-term/);
      assert.ok(!/\d+ (errors?|warnings?)\b/.test(bad.text), `the item does not count problems: ${bad.text}`);
      await writeText(workspaceFile('clausewise.json'), good);
      await waitFor('the status item to recover', () => api.languageStatus().severity === 'information' && api.languageStatus().text === 'clausewise.json', 30_000);
      await waitFor('vague-term off again', () => !plainDiagnostics(uri).some((d) => d.code === 'vague-term'), 30_000);
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

    test('clausewise.json completes rule codes from the schema the extension contributes', async () => {
      // In a folder of its own, so that it is not the configuration the other tests use.
      const uri = workspaceFile('schema-completion', 'clausewise.json');
      await writeText(uri, '{\n  "rules": {\n    ""\n  }\n}\n');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      try {
        const labels = await waitFor('rule codes among the completions of a key in "rules"', async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 5));
          const all = (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/"/g, ''));
          return all.includes('sla-unmeasurable') ? all : undefined;
        }, 30_000);
        for (const code of ['vague-term', 'liability-cap-low', 'number-mismatch']) assert.ok(labels.includes(code), `completion offers ${code}; got ${labels.slice(0, 20).join(', ')}…`);
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(workspaceFile('schema-completion'), { recursive: true }).then(undefined, () => undefined);
      }
    });
  });
}
