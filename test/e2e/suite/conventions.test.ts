/**
 * Editor conventions in a real VS Code (issue 14 item 6): the commands the
 * key binding, the menus and the walkthrough run are registered; the
 * walkthrough is contributed and opens; the preview and the calendar export
 * work with the arguments the Explorer's context menu passes (the file, and
 * the selection); the test-only commands exist under the test harness and are
 * contributed nowhere.
 */
import * as vscode from 'vscode';
import * as assert from './assert.js';
import { activeExtension, closeAll, EXTENSION_ID, readText, waitFor, workspaceFile, writeText, type HostKind } from './helpers.js';
import { suite, test } from './mocha-globals.js';

interface Manifest {
  contributes: {
    commands: { command: string; enablement?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; mac?: string; when?: string }[];
    walkthroughs: { id: string; steps: { id: string; description: string; completionEvents?: string[] }[] }[];
  };
}

/** The test-only commands the suites use (registered only in ExtensionMode.Test). */
const TEST_COMMANDS = ['clausewise.test.previewState', 'clausewise.test.restorePreview', 'clausewise.test.obligationsTree'];

/** A short contract with an effective date and a term, so that its calendar has events. */
const EXPLORER_CONTRACT = `contract "Explorer Test Agreement" {
  effective 2027-01-01

  party provider acme "Acme Managed Services LLC"
  party client globex "Globex Corporation"

  term {
    initial 12 months
  }
}
`;

/** Registers the editor conventions suite. */
export function conventionsSuite(kind: HostKind): void {
  suite(`editor conventions (${kind})`, () => {
    test('the key binding, every menu entry and every walkthrough button run a registered command', async () => {
      const ext = await activeExtension();
      const c = (ext.packageJSON as Manifest).contributes;
      const registered = new Set(await vscode.commands.getCommands(true));
      const ours = [
        ...c.keybindings.map((k) => k.command),
        ...Object.values(c.menus).flat().map((m) => m.command),
        ...c.walkthroughs.flatMap((w) => w.steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!))),
        ...c.walkthroughs.flatMap((w) => w.steps.flatMap((s) => (s.completionEvents ?? []).filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length)))),
      ];
      assert.ok(ours.includes('clausewise.openPreviewToSide') && ours.includes('clausewise.exportCalendar'), 'the preview and the calendar export should be in the menus');
      // The web extension does not register the desktop-only commands (enablement !isWeb, e.g. the Word export).
      const desktopOnly = new Set(c.commands.filter((x) => /!isWeb\b/.test(x.enablement ?? '')).map((x) => x.command));
      const missing = [...new Set(ours)].filter((id) => !registered.has(id) && !(kind === 'web' && desktopOnly.has(id)));
      assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
      const binding = c.keybindings.find((k) => k.command === 'clausewise.openPreviewToSide');
      assert.equal(binding?.key, 'ctrl+k v');
      assert.equal(binding?.mac, 'cmd+k v');
    });

    test('the test-only commands exist under the test harness and are contributed nowhere', async () => {
      const ext = await activeExtension();
      const c = (ext.packageJSON as Manifest).contributes;
      const registered = new Set(await vscode.commands.getCommands(true));
      for (const id of TEST_COMMANDS) assert.ok(registered.has(id), `${id} should be registered in test mode`);
      const contributed = [...c.commands.map((x) => x.command), ...Object.values(c.menus).flat().map((m) => m.command)];
      assert.deepEqual(contributed.filter((id) => id.startsWith('clausewise.test.')), []);
    });

    test('the Get Started walkthrough is contributed and opens in the Welcome editor', async () => {
      const ext = await activeExtension();
      const walkthrough = (ext.packageJSON as Manifest).contributes.walkthroughs.find((w) => w.id === 'getStarted');
      assert.deepEqual(walkthrough?.steps.map((s) => s.id), ['newContract', 'readChecks', 'preview', 'export', 'exportWord']);
      await closeAll();
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#getStarted`, false);
      const tab = await waitFor('the Welcome editor with the walkthrough', () => {
        const active = vscode.window.tabGroups.activeTabGroup.activeTab;
        return active && /welcome|walkthrough|get started/i.test(active.label) ? active : undefined;
      });
      assert.ok(tab.isActive);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('from the Explorer menu (the file and the selection as arguments) the preview and the calendar work on a contract that is not open', async () => {
      await activeExtension();
      await closeAll();
      // A contract no earlier test opened or edited, with dates for the calendar.
      const uri = workspaceFile(`explorer-${kind}.contract`);
      await writeText(uri, EXPLORER_CONTRACT);
      await vscode.commands.executeCommand('clausewise.openPreviewToSide', uri, [uri]);
      const state = await waitFor('the preview of the file chosen in the Explorer', async () => {
        const s = await vscode.commands.executeCommand<{ applied?: { title: string } } | undefined>('clausewise.test.previewState', uri.toString());
        return s?.applied?.title ? s : undefined;
      }, 60_000);
      assert.equal(state.applied!.title, 'Explorer Test Agreement');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('clausewise.exportCalendar', uri, [uri]);
      assert.equal(written?.toString(), workspaceFile(`explorer-${kind}.ics`).toString());
      assert.match(await readText(written!), /^BEGIN:VCALENDAR\r\n/);
      await closeAll();
    });
  });
}
