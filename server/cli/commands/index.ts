/**
 * The registry of sub-commands. Adding a command is one line here: import its
 * module and append it to {@link COMMANDS}.
 */
import type { Command } from './command.js';
import { calendarCommand } from './calendar.js';
import { diffCommand } from './diff.js';
import { formatCommand } from './format.js';
import { lintCommand } from './lint.js';
import { renderCommand } from './render.js';

export type { Command } from './command.js';

/** Every sub-command, in the order `clausewise --help` lists them. */
export const COMMANDS: readonly Command[] = [lintCommand, formatCommand, renderCommand, calendarCommand, diffCommand];
