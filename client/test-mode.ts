/**
 * Commands that exist only for the end-to-end tests (they report internal
 * state, such as what the preview rendered, or drive what a user cannot,
 * such as restoring a preview as after a window reload). They are registered
 * only when the extension runs under a test harness, which VS Code signals
 * with `ExtensionMode.Test` (an extension host started with
 * `--extensionTestsPath`, as scripts/e2e.mjs and @vscode/test-electron do).
 * They are never contributed in package.json, so they never reach the
 * command palette; outside tests they do not exist at all.
 */
import * as vscode from 'vscode';

/** Every test-only command id starts with this prefix. */
export const TEST_COMMAND_PREFIX = 'clausewise.test.';

/** True when the extension runs under a test harness (`ExtensionMode.Test`). */
export function isTestMode(context: Pick<vscode.ExtensionContext, 'extensionMode'>): boolean {
  return context.extensionMode === vscode.ExtensionMode.Test;
}

/**
 * Registers a test-only command (its id must start with `clausewise.test.`)
 * when the extension runs under a test harness; does nothing otherwise.
 * Returns whether the command was registered.
 */
export function registerTestCommand(
  context: Pick<vscode.ExtensionContext, 'extensionMode' | 'subscriptions'>,
  id: string,
  handler: (...args: unknown[]) => unknown,
): boolean {
  if (!id.startsWith(TEST_COMMAND_PREFIX)) throw new Error(`A test-only command id must start with ${TEST_COMMAND_PREFIX}: ${id}`);
  if (!isTestMode(context)) return false;
  context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  return true;
}
