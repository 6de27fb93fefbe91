/**
 * Editor conventions in the manifest (issue 14 item 6, second part): the Get
 * Started walkthrough, Ctrl+K V for the preview, the explorer and editor
 * menus for the preview and the exports, and test-only commands that are
 * never contributed and are registered only under a test harness.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const C = PKG.contributes;

interface Command {
  command: string;
  title: string;
}
interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; svg?: string; altText?: string };
  completionEvents?: string[];
  when?: string;
}

const contributed = new Set((C.commands as Command[]).map((c) => c.command));
/** VS Code's own commands the walkthrough links to. */
const BUILT_IN = new Set(['workbench.actions.view.problems']);

/** The client sources (the extension's TypeScript). */
function clientSources(): { file: string; text: string }[] {
  const dir = path.join(ROOT, 'client');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `client/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** The .vsix allow-list (.vscodeignore `!` lines) as regular expressions. */
function vsixAllowList(): RegExp[] {
  return fs
    .readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('!'))
    .map((l) => new RegExp(`^${l.slice(1).trim().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`));
}

describe('the Get Started walkthrough', () => {
  const walkthroughs = C.walkthroughs as { id: string; title: string; description: string; featuredFor?: string[]; steps: Step[] }[];
  const w = walkthroughs?.[0];

  it('is contributed, featured for folders with contracts, with its steps in order', () => {
    expect(walkthroughs).toHaveLength(1);
    expect(w!.id).toBe('getStarted');
    expect(w!.title).toMatch(/Clausewise/);
    expect(w!.description).toBeTruthy();
    expect(w!.featuredFor).toEqual(['**/*.contract']);
    expect(w!.steps.map((s) => s.id)).toEqual(['newContract', 'readChecks', 'preview', 'export', 'exportWord']);
  });

  it('gives every step a title, a description with a command button, a completion event and a Markdown page shipped in the .vsix', () => {
    const allow = vsixAllowList();
    for (const step of w!.steps) {
      expect(step.title, step.id).toBeTruthy();
      const links = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!);
      expect(links.length, `${step.id} has a command button`).toBeGreaterThan(0);
      for (const id of links) expect(contributed.has(id) || BUILT_IN.has(id), `${step.id} links to ${id}`).toBe(true);
      expect(step.completionEvents?.length, `${step.id} has a completion event`).toBeGreaterThan(0);
      for (const event of step.completionEvents!) {
        expect(event).toMatch(/^(onCommand|onView|onContext|onSettingChanged|onLink|onStepSelected|extensionInstalled):?/);
        if (event.startsWith('onCommand:')) {
          const id = event.slice('onCommand:'.length);
          expect(contributed.has(id) || BUILT_IN.has(id), `${step.id} completes on ${id}`).toBe(true);
        }
      }
      // Running the step's button completes the step.
      expect(step.completionEvents).toContain(`onCommand:${links[0]}`);
      const page = step.media.markdown!;
      expect(page, `${step.id} has a Markdown page`).toMatch(/^media\/walkthrough\/[a-z-]+\.md$/);
      expect(fs.existsSync(path.join(ROOT, page)), page).toBe(true);
      expect(allow.some((re) => re.test(page)), `${page} is in the .vsix allow-list (.vscodeignore)`).toBe(true);
    }
  });

  it('has short pages in plain words: one heading, no leftover placeholders, under 300 words', () => {
    for (const step of w!.steps) {
      const text = fs.readFileSync(path.join(ROOT, step.media.markdown!), 'utf8');
      expect(text.startsWith('# '), step.id).toBe(true);
      expect(text.match(/^# /gm)).toHaveLength(1);
      expect(text).not.toMatch(/TODO|TBD|lorem/i);
      expect(text.split(/\s+/).filter(Boolean).length, step.media.markdown).toBeLessThan(300);
    }
  });

  it('follows the path from a new contract to the exports: template, checks, preview, calendar, Word', () => {
    const [newContract, readChecks, preview, exportStep, wordStep] = w!.steps;
    expect(newContract!.completionEvents).toContain('onCommand:clausewise.newContract');
    expect(readChecks!.completionEvents).toEqual(expect.arrayContaining(['onCommand:workbench.actions.view.problems', 'onView:workbench.panel.markers.view']));
    expect(preview!.completionEvents).toContain('onCommand:clausewise.openPreviewToSide');
    expect(exportStep!.completionEvents).toContain('onCommand:clausewise.exportCalendar');
    expect(wordStep!.completionEvents).toEqual(['onCommand:clausewise.exportWord']);
    // The Word export is desktop only: the step is hidden where the command is.
    const word = (C.commands as (Command & { enablement?: string })[]).find((c) => c.command === 'clausewise.exportWord');
    expect(word?.enablement).toBe('!isWeb');
    expect(wordStep!.when).toBe('!isWeb');
  });
});

describe('Ctrl+K V opens the preview to the side', () => {
  it('is bound for contract editors only, Cmd+K V on macOS, as Markdown does', () => {
    const bindings = (C.keybindings as { command: string; key: string; mac?: string; when?: string }[]).filter((k) => k.command === 'clausewise.openPreviewToSide');
    expect(bindings).toHaveLength(1);
    expect(bindings[0]).toMatchObject({ key: 'ctrl+k v', mac: 'cmd+k v' });
    expect(bindings[0]!.when).toMatch(/\beditorLangId == contract\b/);
  });
});

describe('menus for the preview and the exports', () => {
  const menus = C.menus as Record<string, MenuItem[]>;
  const exports = ['clausewise.exportCalendar', ...(contributed.has('clausewise.exportWord') ? ['clausewise.exportWord'] : [])];
  const inMenu = (menu: string, command: string) => (menus[menu] ?? []).find((m) => m.command === command);

  it.each([
    ['explorer/context', 'resourceLangId == contract'],
    ['editor/context', 'editorLangId == contract'],
    ['editor/title/context', 'resourceLangId == contract'],
  ])('%s offers the preview and every export on contracts only', (menu, when) => {
    for (const command of ['clausewise.openPreviewToSide', ...exports]) {
      const item = inMenu(menu, command);
      expect(item, `${command} in ${menu}`).toBeDefined();
      expect(item!.when).toContain(when);
      expect(item!.group).toBeTruthy();
    }
  });

  it('the editor title bar has the preview button and the exports in its … menu', () => {
    expect(inMenu('editor/title', 'clausewise.openPreviewToSide')?.group).toBe('navigation');
    for (const command of exports) {
      const item = inMenu('editor/title', command);
      expect(item?.when).toContain('editorLangId == contract');
      // Not "navigation": an export is an overflow (…) entry, not a button.
      expect(item?.group).not.toMatch(/^navigation/);
    }
  });

  it('every command in a menu, a key binding or the walkthrough is contributed, so it has a title', () => {
    const referenced = [...Object.values(menus).flat().map((m) => m.command), ...(C.keybindings as MenuItem[]).map((k) => k.command)];
    for (const id of referenced) expect(contributed.has(id), id).toBe(true);
  });
});

describe('test-only commands', () => {
  it('are never contributed, so the command palette never lists them', () => {
    expect([...contributed].filter((id) => id.startsWith('clausewise.test.'))).toEqual([]);
    const menuCommands = Object.values(C.menus as Record<string, MenuItem[]>).flat().map((m) => m.command);
    expect(menuCommands.filter((id) => id.startsWith('clausewise.test.'))).toEqual([]);
  });

  it('are registered only through registerTestCommand (client/test-mode.ts), never directly', () => {
    const sources = clientSources();
    const all = sources.map((s) => s.text).join('\n');
    /** The command id an argument expression names: a string literal, or a constant `NAME.key` defined as `key: '…'`. */
    const idOf = (expr: string): string | undefined => {
      const literal = /^['"]([^'"]+)['"]$/.exec(expr);
      if (literal) return literal[1];
      const member = /^\w+\.(\w+)$/.exec(expr);
      return member ? new RegExp(`\\b${member[1]}: '([^']+)'`).exec(all)?.[1] : undefined;
    };
    const direct: string[] = [];
    let seen = 0;
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/vscode\.commands\.registerCommand\(\s*([^,]+),/g)) {
        seen++;
        const id = idOf(m[1]!.trim());
        if (id?.startsWith('clausewise.test.')) direct.push(`${file}: ${id}`);
      }
    }
    expect(seen).toBeGreaterThan(5);
    expect(direct).toEqual([]);
    expect(all).toMatch(/registerTestCommand\(context, VIEW_COMMANDS\.previewState/);
  });

  it('every contributed command is registered by the extension', () => {
    const text = clientSources().map((s) => s.text).join('\n');
    for (const id of contributed) expect(text.includes(`'${id}'`), `${id} is registered in client/`).toBe(true);
  });
});

// client/test-mode.ts against a stand-in for the vscode module.
const registered: string[] = [];
vi.mock('vscode', () => ({
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
  commands: {
    registerCommand: (id: string) => {
      registered.push(id);
      return { dispose: () => undefined };
    },
  },
}));

describe('registerTestCommand', () => {
  it('registers a clausewise.test. command under a test harness only', async () => {
    const { registerTestCommand, isTestMode } = await import('../../client/test-mode.js');
    registered.length = 0;
    for (const extensionMode of [1, 2]) {
      const context = { extensionMode, subscriptions: [] as { dispose(): void }[] };
      expect(isTestMode(context)).toBe(false);
      expect(registerTestCommand(context, 'clausewise.test.state', () => 1)).toBe(false);
      expect(context.subscriptions).toHaveLength(0);
    }
    expect(registered).toEqual([]);
    const test = { extensionMode: 3, subscriptions: [] as { dispose(): void }[] };
    expect(isTestMode(test)).toBe(true);
    expect(registerTestCommand(test, 'clausewise.test.state', () => 1)).toBe(true);
    expect(test.subscriptions).toHaveLength(1);
    expect(registered).toEqual(['clausewise.test.state']);
  });

  it('refuses an id that does not say it is test-only', async () => {
    const { registerTestCommand } = await import('../../client/test-mode.js');
    expect(() => registerTestCommand({ extensionMode: 3, subscriptions: [] }, 'clausewise.previewState', () => 1)).toThrow(/clausewise\.test\./);
  });
});
