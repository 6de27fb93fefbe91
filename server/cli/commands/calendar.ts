/**
 * `clausewise calendar FILE [-o OUT.ics]`: exports the dates a contract
 * creates (effective date, end of the initial term, last day for notice of
 * non-renewal, renewal boundaries of the next three years, report and review
 * dates) as an RFC 5545 iCalendar. Exit codes as for `render`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderCalendar } from '../../core/calendar.js';
import type { OptionSpec, ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';
import type { Command } from './command.js';
import { writeOutput } from '../output-file.js';
import { finish, loadOneContract } from './render.js';

const OPTIONS: readonly OptionSpec[] = [{ name: 'output', alias: 'o', value: 'OUT.ics', description: 'Write the calendar to this file instead of printing it (- prints it); never the contract itself.' }];

/** The `calendar` sub-command. */
export const calendarCommand: Command = {
  name: 'calendar',
  summary: 'Export the dates a contract creates (term end, notice deadlines, renewals, reviews) as an iCalendar file.',
  usage: 'clausewise calendar FILE [-o OUT.ics]',
  details:
    'Writes an RFC 5545 calendar of all-day events: the effective date, the end of the initial term, the last day to give notice of non-renewal, each renewal of the next three years, and the report and review dates of the initial term. Each event says which statement created it, with its line; each notice deadline has reminders 30 and 7 days before. Event UIDs are made of the contract id and what the event is, never its date, and SEQUENCE follows the modification time of the file, so importing a new export of a changed contract updates the events instead of adding copies. Dates follow the date arithmetic of the contract language. Without -o, or with -o -, the calendar goes to stdout; -o never writes over the contract being read.\n\nExit codes: 0 written, no errors; 1 written, but the contract has errors (its dates may be incomplete); 2 the command could not do its job (bad option, unreadable file, unwritable output, bad configuration).',
  options: OPTIONS,
  run(args: ParsedArgs, io: CliIo): number {
    const { file, result, output } = loadOneContract(args, io, 'calendar');
    // The file's modification time is the revision time: a later export of a changed contract gets a higher SEQUENCE.
    let revised: Date | undefined;
    try {
      revised = fs.statSync(file.absolute).mtime;
    } catch {
      revised = undefined;
    }
    writeOutput(output, io, renderCalendar(result.parse, { fileName: path.basename(file.display), ...(revised ? { revised } : {}) }));
    return finish(io, file, result, 'calendar');
  },
};
