// What the UI tests do in the workbench the way a user would: run a command
// from the palette, open a file through Quick Open. Shared by every *.ui.mjs.
import { ctx } from './context.mjs';

/** The modifier of the workbench's shortcuts (the tests run on Linux). */
export const MOD = 'Control';

/**
 * Runs a command through the command palette, picking the entry with this label. The palette may open
 * before the workbench has listed the extension's commands (seen once in CI, on the first test): if the
 * row does not show, close the palette and open it again, once.
 */
export async function runCommand(label) {
  const { page } = ctx;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 15_000 });
    } catch (e) {
      if (attempt === 1) throw e;
      continue;
    }
    await page.keyboard.press('Enter');
    return;
  }
}

/** Opens a workspace file through Quick Open and waits until its tab is the active one. */
export async function quickOpen(name) {
  const { page } = ctx;
  const active = page.locator('.tab.active', { hasText: name });
  // An earlier test may leave an editor in snippet mode or a widget open: leave it first, and try twice
  // (an Enter that reaches the editor instead of Quick Open opens nothing).
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${MOD}+P`);
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible' });
    await row.click();
    try {
      await active.waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (e) {
      if (attempt === 1) throw e;
    }
  }
}
