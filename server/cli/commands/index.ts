/**
 * The registry of sub-commands. Adding a command is one line here: import its
 * module and append it to {@link COMMANDS}.
 */
import type { Command } from './command.js';
import { lintCommand } from './lint.js';

export type { Command } from './command.js';

/** Every sub-command, in the order `clausewise --help` lists them. */
export const COMMANDS: readonly Command[] = [lintCommand];
