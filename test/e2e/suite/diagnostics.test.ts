/** The diagnostics in the editor equal what `clausewise lint --format json` reports. */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { activeExtension, expectedLint, open, plainDiagnostics, waitFor, type HostKind, type PlainDiagnostic } from './helpers.js';
import { suite, test } from './mocha-globals.js';

/** Registers the diagnostics suite. */
export function diagnosticsSuite(kind: HostKind): void {
  suite(`diagnostics equal the command line (${kind} server)`, () => {
    for (const name of ['vague-services.contract', 'managed-services.contract']) {
      test(`${name}: code, range and severity of every diagnostic`, async () => {
        const expected = (await expectedLint()).get(name);
        assert.ok(expected, `the runner did not lint ${name}`);
        const editor = await open(name);
        await activeExtension();
        // The server has the document open once it answers a request about it.
        await waitFor('document symbols from the server', async () => {
          const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
          return symbols && symbols.length > 0 ? symbols : undefined;
        });
        let actual: PlainDiagnostic[] = [];
        try {
          await waitFor(`the diagnostics of ${name} to equal the command line's`, () => {
            actual = plainDiagnostics(editor.document.uri);
            return JSON.stringify(actual) === JSON.stringify(expected);
          });
        } catch {
          assert.deepEqual(actual, expected, `${name}: editor diagnostics differ from clausewise lint --format json`);
        }
        if (name === 'vague-services.contract') assert.ok(expected.length >= 10, `expected many findings in ${name}, the command line reported ${expected.length}`);
      });
    }
  });
}
