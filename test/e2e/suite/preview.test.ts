/**
 * The document views in a real VS Code: the live preview (rendered content,
 * Content-Security-Policy, update after an edit with the scroll position kept,
 * scrolling with the editor, restoring after a window reload), inlay hints and their setting, the obligations
 * tree and its reveal, and the calendar export (parsed back with ical.js).
 */
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import * as assert from './assert.js';
import { activeExtension, closeAll, open, positionOf, readText, waitFor, workspaceFile, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

/** What `clausewise.test.previewState` returns (see client/preview.ts). */
interface PreviewState {
  uri: string;
  html: string;
  version: number;
  renders: number;
  applied?: { version: number; title: string; headings: string[]; text: string; scrollY: number };
  scrolled?: { line: number; scrollY: number };
  reveals: number[];
  viewColumn?: number;
}

/** What `clausewise.test.obligationsTree` returns (see client/obligations-view.ts). */
interface PlainTreeItem {
  label: string;
  description?: string;
  line?: number;
  command?: { command: string; arguments: unknown[] };
  children: PlainTreeItem[];
}

const previewState = (uri: vscode.Uri) => vscode.commands.executeCommand<PreviewState | undefined>('clausewise.test.previewState', uri.toString());

function labels(hints: vscode.InlayHint[]): string[] {
  return hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
}

/** Registers the document views suite. */
export function previewSuite(kind: HostKind): void {
  suite(`document views (${kind})`, () => {
    test('the preview shows the rendered contract beside the editor and follows an edit, keeping its scroll position', async () => {
      await activeExtension();
      const editor = await open('managed-services.contract');
      const uri = editor.document.uri;
      await vscode.commands.executeCommand('clausewise.openPreviewToSide');
      const first = await waitFor('the preview page to show the contract', async () => {
        const s = await previewState(uri);
        return s?.applied?.title ? s : undefined;
      }, 60_000);
      assert.equal(first.applied!.title, 'Managed IT Services Agreement');
      for (const heading of ['Parties', 'Obligations at a glance']) {
        assert.ok(first.applied!.headings.includes(heading), `the preview should have the heading "${heading}"; it has ${JSON.stringify(first.applied!.headings)}`);
      }
      assert.match(first.applied!.text, /respond to critical incidents within 15 minutes/i);
      assert.ok(first.viewColumn !== undefined && first.viewColumn !== editor.viewColumn, 'the preview should open in another column than the editor');
      // A strict policy: nothing but the nonce may run, nothing remote may load.
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(first.html)?.[1]?.replace(/&#39;/g, "'") ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'nonce-[0-9a-f]{32}'(;|$)/);
      assert.ok(!/https?:\/\/(?!127\.0\.0\.1)/.test(first.html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')), 'the preview must not refer to remote resources');

      // Scrolling the editor scrolls the preview to the matching section.
      const termination = positionOf(editor.document, 'termination {');
      editor.revealRange(new vscode.Range(termination, termination), vscode.TextEditorRevealType.AtTop);
      const scrolled = await waitFor('the preview to scroll with the editor', async () => {
        const s = await previewState(uri);
        // The editor may stop short of the requested line near the end of the file: compare with its actual top line.
        const top = editor.visibleRanges[0]?.start.line ?? 0;
        if (top > 40 && s?.scrolled && s.scrolled.line <= top && s.scrolled.line >= top - 6 && s.scrolled.scrollY > 0) return s.scrolled;
        throw new Error(`the preview scrolled to ${JSON.stringify(s?.scrolled)} while the editor's top line is ${top}`);
      });

      // An edit reaches the preview without reloading the page: the scroll position stays.
      const title = positionOf(editor.document, 'Managed IT Services Agreement');
      await editor.edit((b) => b.replace(new vscode.Range(title, title.translate(0, 'Managed IT Services'.length)), 'Managed <IT> Services'));
      const updated = await waitFor('the preview to show the edited title', async () => {
        const s = await previewState(uri);
        return s?.applied?.title === 'Managed <IT> Services Agreement' ? s : undefined;
      });
      assert.ok(updated.renders > first.renders, 'the edit should cause a new render');
      assert.ok(updated.html.includes('<h1>Managed &lt;IT&gt; Services Agreement</h1>'), 'the title must be escaped in the HTML');
      assert.ok(Math.abs(updated.applied!.scrollY - scrolled.scrollY) < 200, `the scroll position should stay near ${scrolled.scrollY}, it is ${updated.applied!.scrollY}`);

      // A broken contract shows its errors in a banner.
      const effective = positionOf(editor.document, '2027-01-01');
      await editor.edit((b) => b.replace(new vscode.Range(effective, effective.translate(0, 10)), '2027-02-30'));
      await waitFor('the error banner in the preview', async () => {
        const s = await previewState(uri);
        return s?.applied && /is not ready to sign/.test(s.applied.text) && /invalid-date/.test(s.applied.text);
      });
      await closeAll();
    });

    test('a preview restored after a window reload (the panel serializer) shows the contract it showed before', async () => {
      await activeExtension();
      await closeAll();
      const uri = workspaceFile('managed-services.contract');
      assert.equal(await previewState(uri), undefined, 'no preview should be open before the restore');
      // The test command hands a fresh panel and the state { uri } to the serializer's deserialize, as VS Code does after a reload.
      const restored = await vscode.commands.executeCommand<boolean>('clausewise.test.restorePreview', uri.toString());
      assert.equal(restored, true, 'the preview should be restored for its document');
      const s = await waitFor('the restored preview to show the contract', async () => {
        const state = await previewState(uri);
        return state?.applied?.headings.includes('Parties') ? state : undefined;
      }, 60_000);
      assert.match(s.applied!.text, /respond to critical incidents within/i);
      // A state that names no document cannot be restored; the panel says so instead of staying blank.
      assert.equal(await vscode.commands.executeCommand<boolean>('clausewise.test.restorePreview'), false);
      await closeAll();
    });

    test('inlay hints show the computed dates and downtime, and the setting turns them off', async () => {
      await activeExtension();
      const editor = await open('managed-services.contract');
      const doc = editor.document;
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      // Right after the window reload of the test before, the language server starts again: on a busy machine that took over 20 s.
      const hints = await waitFor('inlay hints', async () => {
        const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
        return h && h.length >= 6 ? h : undefined;
      }, 75_000);
      // Downtime, the liability cap and the data-breach super cap in money, then the term's dates.
      assert.deepEqual(labels(hints), [
        '≤ 43 min 50 s/month',
        '≈ 150,000.00 USD',
        '≈ 450,000.00 USD',
        'ends 2028-12-31',
        'notice by 2028-11-01',
        'notice by 2028-10-02 to end 2028-12-31',
      ]);
      const initial = hints[3]!;
      assert.deepEqual(
        [initial.position.line, initial.position.character],
        [positionOf(doc, 'initial 24 months').line, positionOf(doc, 'initial 24 months', 'initial 24 months'.length).character],
      );
      const config = vscode.workspace.getConfiguration('clausewise');
      await config.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor('no inlay hints with the setting off', async () => {
          const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
          return h?.length === 0;
        });
      } finally {
        await config.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitFor('inlay hints back with the setting on', async () => {
        const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
        return h?.length === 6;
      });
      await closeAll();
    });

    test('the obligations view lists what each party owes and reveals the source line on click', async () => {
      await activeExtension();
      const editor = await open('managed-services.contract');
      const tree = await waitFor('the obligations tree', async () => {
        const t = await vscode.commands.executeCommand<{ uri?: string; items: PlainTreeItem[] }>('clausewise.test.obligationsTree');
        return t && t.uri === editor.document.uri.toString() && t.items.length === 2 && t.items[0]!.children.length > 0 ? t : undefined;
      });
      assert.deepEqual(
        tree.items.map((p) => p.label),
        ['Acme Managed Services LLC (Provider)', 'Globex Corporation (Client)'],
      );
      const respond = tree.items[0]!.children.find((o) => /^Respond to critical incidents/.test(o.label));
      assert.ok(respond, 'the provider should owe a response to critical incidents');
      assert.equal(respond.description, 'within 15 minutes');
      assert.ok(tree.items[1]!.children.some((o) => /^Pay the fee of/.test(o.label)), 'the client should owe the fee');
      // Clicking runs the item's command: the cursor goes to the statement.
      await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
      await vscode.commands.executeCommand('cursorTop');
      const command = respond.command!;
      await vscode.commands.executeCommand(command.command, vscode.Uri.parse(String(command.arguments[0])), command.arguments[1]);
      const expected = positionOf(editor.document, 'priority critical').line;
      await waitFor('the cursor on the priority line', () => vscode.window.activeTextEditor?.selection.active.line === expected);
      assert.equal(respond.line, expected);

      // Editing the contract refreshes the tree.
      await editor.edit((b) => b.replace(new vscode.Range(positionOf(editor.document, '15 minutes'), positionOf(editor.document, '15 minutes', 10)), '20 minutes'));
      await waitFor('the tree to show the edited response time', async () => {
        const t = await vscode.commands.executeCommand<{ items: PlainTreeItem[] }>('clausewise.test.obligationsTree');
        return t?.items[0]?.children.some((o) => /^Respond to critical incidents/.test(o.label) && o.description === 'within 20 minutes');
      });
      await closeAll();
    });

    test('Export calendar writes an iCalendar file that a real parser reads back', async () => {
      await activeExtension();
      const editor = await open('managed-services.contract');
      const target = workspaceFile(`dates-${kind}.ics`);
      // The command answers undefined while the language server is still starting (it says so in an error message): ask until it answers.
      const written = await waitFor('the calendar export', async () => await vscode.commands.executeCommand<vscode.Uri | undefined>('clausewise.exportCalendar', editor.document.uri, target), 75_000);
      assert.equal(written?.toString(), target.toString());
      const cal = new ICAL.Component(ICAL.parse(await readText(target)));
      const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      const on = (date: string) => events.filter((e) => e.startDate.toString() === date).map((e) => e.summary);
      assert.ok(on('2027-01-01').includes('Managed IT Services Agreement: Agreement takes effect'), `2027-01-01 has ${JSON.stringify(on('2027-01-01'))}`);
      assert.ok(on('2028-12-31').includes('Managed IT Services Agreement: Last day of the initial term'));
      assert.ok(on('2028-11-01').some((s) => /non-renewal/.test(s)), 'the non-renewal notice deadline should be an event');
      // Without a target and without dialogs (tests), the calendar goes next to the contract.
      const beside = await vscode.commands.executeCommand<vscode.Uri | undefined>('clausewise.exportCalendar');
      assert.equal(beside?.toString(), workspaceFile('managed-services.ics').toString());
      assert.match(await readText(beside!), /^BEGIN:VCALENDAR\r\n/);
      await closeAll();
    });
  });
}
