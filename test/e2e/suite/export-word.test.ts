/**
 * "Clausewise: Export as Word document" in a real VS Code (desktop host):
 * the command is registered, and it writes the signing copy of a contract as
 * a .docx (a zip holding word/document.xml with the contract's title), to the
 * file it is given, and, without a target under the test harness, next to
 * the contract in the active editor.
 */
import * as vscode from 'vscode';
import * as assert from './assert.js';
import { activeExtension, closeAll, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

const CONTRACT = `contract "Word Export Test Agreement" {
  party provider acme "Acme Managed Services LLC"
  party client globex "Globex Corporation"

  payment {
    fee 1000 USD monthly
    due 30 days after invoice
  }
}
`;

/** True when the bytes are a zip file that names word/document.xml. */
function isDocx(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  return bytes[0] === 0x50 && bytes[1] === 0x4b && text.includes('word/document.xml');
}

/** Registers the Word export suite (desktop only: the web extension has no Word writer). */
export function exportWordSuite(kind: HostKind): void {
  suite(`Export as Word document (${kind})`, () => {
    test('is registered, and writes the .docx to the file given and next to the active contract', async () => {
      await activeExtension();
      await closeAll();
      const registered = new Set(await vscode.commands.getCommands(true));
      assert.ok(registered.has('clausewise.exportWord'), 'clausewise.exportWord should be registered');
      const uri = workspaceFile(`word-export-${kind}.contract`);
      await writeText(uri, CONTRACT);
      const target = workspaceFile(`word-export-${kind}-chosen.docx`);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('clausewise.exportWord', uri, target);
      assert.equal(written?.toString(), target.toString());
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.ok(isDocx(bytes), 'the file should be a .docx');
      assert.ok(bytes.length > 2000, `the .docx should not be empty (${bytes.length} bytes)`);

      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const beside = await vscode.commands.executeCommand<vscode.Uri | undefined>('clausewise.exportWord');
      assert.equal(beside?.toString(), workspaceFile(`word-export-${kind}.docx`).toString());
      assert.ok(isDocx(await vscode.workspace.fs.readFile(beside!)), 'the file next to the contract should be a .docx');
      await closeAll();
    });
  });
}
