/** Hover, completion, formatting and rename through VS Code's command API. */
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { formatContract } from '../../../server/core/format.js';
import { activeExtension, open, plainDiagnostics, positionOf, waitFor, waitForHover, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, suiteSetup, test } from './mocha-globals.js';

const MESSY = `// A contract typed in a hurry.
contract   "Messy"   {
effective 2027-01-01
    party provider  acme "Acme"
  party client globex "Globex"
 scope {
service helpdesk "Help desk" {
        hours 24x7
   channels phone,email
}
}
      payment { fee 100.00 USD monthly
  }
}
`;

/** Registers the language-features suite. */
export function languageFeaturesSuite(kind: HostKind): void {
  suite(`language features (${kind})`, () => {
    suiteSetup(async () => {
      await open('managed-services.contract');
      await activeExtension();
    });

    test('hover on an uptime shows the downtime it allows', async () => {
      const editor = await open('managed-services.contract');
      const text = await waitForHover(editor.document, positionOf(editor.document, '99.9% monthly', 1), 'a hover on the uptime');
      assert.match(text, /43 min 50 s/, `the hover should state the allowed downtime, got: ${text}`);
    });

    test('hover on a renewal shows the last day to give notice', async () => {
      const editor = await open('managed-services.contract');
      const text = await waitForHover(editor.document, positionOf(editor.document, 'renewal automatic', 2), 'a hover on the renewal');
      assert.match(text, /2028-11-01/, `the hover should give the notice deadline 2028-11-01, got: ${text}`);
    });

    test('completion at the start of a line in an sla block offers SLA statements only', async () => {
      const uri = workspaceFile(`completion-${kind}.contract`);
      await writeText(uri, 'contract "C" {\n  sla s for x {\n    \n  }\n}\n');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const list = await waitFor('completion items', async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 4));
        return l && l.items.length > 0 ? l : undefined;
      });
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      for (const expected of ['uptime', 'priority', 'measured_by', 'credit']) assert.ok(labels.includes(expected), `completion should offer ${expected}; got ${labels.join(', ')}`);
      for (const forbidden of ['fee', 'breach_notice', 'party']) assert.ok(!labels.includes(forbidden), `completion should not offer ${forbidden} inside an sla block`);
      // Clause snippets come from the server, which knows the block: the SLA's own, not a party or a whole contract.
      assert.ok(labels.includes('credit days'), `completion should offer the SLA's clause snippets; got ${labels.join(', ')}`);
      for (const forbidden of ['party provider', 'contract', 'sla availability', 'payment']) {
        assert.ok(!labels.includes(forbidden), `completion should not offer the snippet ${forbidden} inside an sla block; got ${labels.join(', ')}`);
      }
    });

    test('format document gives the canonical layout, the same as the formatter core', async () => {
      const uri = workspaceFile(`messy-${kind}.contract`);
      await writeText(uri, MESSY);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const edits = await waitFor('formatting edits', async () => {
        const e = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true });
        return e && e.length > 0 ? e : undefined;
      });
      const edit = new vscode.WorkspaceEdit();
      edit.set(uri, edits);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the formatting edit should apply');
      const expected = formatContract(MESSY);
      assert.ok(expected.ok, 'the messy fixture should be formattable');
      assert.equal(doc.getText(), expected.text);
      assert.match(doc.getText(), /^ {2}effective 2027-01-01$/m, 'statements inside the contract are indented by two spaces');
      await doc.save();
    });

    test('rename a service renames its definition and every SLA reference', async () => {
      const source = await vscode.workspace.fs.readFile(workspaceFile('managed-services.contract'));
      const uri = workspaceFile(`rename-${kind}.contract`);
      await vscode.workspace.fs.writeFile(uri, source);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const at = positionOf(doc, 'service helpdesk', 'service '.length + 1);
      const edit = await waitFor('a rename edit', async () => {
        const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, at, 'service_desk');
        return e && e.size > 0 ? e : undefined;
      });
      assert.ok(await vscode.workspace.applyEdit(edit));
      const text = doc.getText();
      assert.ok(!/\bhelpdesk\b/.test(text), 'no occurrence of the old name may remain');
      assert.match(text, /service service_desk "Help desk support"/);
      assert.match(text, /sla incidents for service_desk, security/);
      await waitFor('no unknown-service diagnostic after the rename', () => {
        const d = plainDiagnostics(uri);
        return d.every((x) => x.code !== 'sla-unknown-service') && d.every((x) => x.severity !== 'error');
      });
      await doc.save();
    });
  });
}
