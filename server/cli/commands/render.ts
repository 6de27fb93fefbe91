/**
 * `clausewise render FILE [--format html|md|docx] [-o OUT] [--paper a4|letter] [--signing]`:
 * turns a contract into the readable agreement, as a standalone HTML page or
 * as Markdown, on stdout or into a file (or the signing copy as a Word document, docx.ts): the review copy, with its review
 * notes, or with `--signing` the copy the parties sign. A contract with errors is still
 * rendered, with a banner listing them, and the exit code is then 1 so that a
 * CI job notices; 2 when the command cannot do its job.
 */
import path from 'node:path';
import { nearest } from '../../../grammar/forms.js';
import { analyze, type AnalysisResult, type FamilyContext } from '../../core/index.js';
import { buildDocument, renderHtml, renderMarkdown } from '../../core/render/index.js';
import type { OptionSpec, ParsedArgs } from '../args.js';
import { ConfigResolver } from '../config-resolver.js';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { analyzeFamilies } from '../families.js';
import { collectFiles, readContract, statQuietly, type TargetFile } from '../files.js';
import type { CliIo } from '../io.js';
import { outputTarget, STDOUT_NAME, writeOutput, type OutputTarget } from '../output-file.js';
import type { Command } from './command.js';

const FORMATS = ['html', 'md', 'docx'] as const;
const PAPERS = ['a4', 'letter'] as const;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', alias: 'f', value: 'FORMAT', description: 'Output format: html (a standalone page, the default), md (Markdown) or docx (the signing copy as a Word document; needs -o FILE.docx, or a pipe).' },
  { name: 'output', alias: 'o', value: 'OUT', description: 'Write the document to this file instead of printing it (- prints it); never the contract itself.' },
  { name: 'paper', value: 'SIZE', description: 'Paper size of the printed HTML page and of the Word document: a4 (the default) or letter.' },
  { name: 'signing', description: 'Write the signing copy: no review notes, no obligations table, no footer; a signature block for every party.' },
  { name: 'with', value: 'PATH', description: 'Also read this contract file or folder (repeatable) to find the master of the contract rendered: its parties and which document prevails are shown.' },
];

/** Reads an option whose value must be one of a few words. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const raw = args.values.get(name);
  if (raw === undefined) return fallback;
  const value = raw.trim().toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  const guess = nearest(value, choices);
  throw new CliError(`unknown value "${raw}" for --${name}${guess ? ` (did you mean ${guess}?)` : ''}: use ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`);
}

/**
 * The one contract file a command works on, read and analysed with the
 * configuration that applies to it, and where its document goes (`-o`). The
 * output path is checked before the analysis, so that nothing is written when
 * it is wrong or names the contract itself.
 */
export function loadOneContract(args: ParsedArgs, io: CliIo, command: string): { file: TargetFile; result: AnalysisResult; output: OutputTarget; family?: FamilyContext } {
  if (args.positionals.length === 0) throw new CliError(`${command} needs a contract file: write clausewise ${command} FILE.contract`);
  if (args.positionals.length > 1) {
    throw new CliError(`${command} takes one contract file, but ${args.positionals.length} were given (${args.positionals.join(', ')}): run it once per file`);
  }
  const given = args.positionals[0]!;
  const file: TargetFile = { display: given, absolute: path.resolve(io.cwd, given) };
  if (statQuietly(file.absolute)?.isDirectory()) {
    throw new CliError(`${given} is a folder: ${command} takes one contract file; to check a whole folder use clausewise lint`);
  }
  const text = readContract(file);
  const output = outputTarget(args.values.get('output'), io, file);
  const resolver = new ConfigResolver(io.cwd);
  const config = resolver.forFile(file.absolute);
  const withPaths = args.lists.get('with') ?? [];
  if (withPaths.length === 0) return { file, result: analyze(text, config), output };
  // The contract's family among the files given with --with (contract families, issue 12): checked as lint checks them together.
  const others = collectFiles(withPaths, io.cwd).filter((f) => f.absolute !== file.absolute);
  const inputs = [{ key: file.absolute, text, config }, ...others.map((f) => ({ key: f.absolute, text: readContract(f), config: resolver.forFile(f.absolute) }))];
  const { index, results } = analyzeFamilies(inputs);
  return { file, result: results[0]!.result ?? analyze(text, config), output, family: index.contextFor(file.absolute) };
}

/** The exit code, and a one-line note on stderr, for a document written from a contract that has errors. */
export function finish(io: CliIo, file: TargetFile, result: AnalysisResult, what: string): number {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors === 0) return EXIT_OK;
  io.stderr(`clausewise: ${file.display} has ${errors} error${errors === 1 ? '' : 's'}; the ${what} was written anyway; run clausewise lint ${file.display} to see them\n`);
  return EXIT_PROBLEMS;
}

/** The `render` sub-command. */
export const renderCommand: Command = {
  name: 'render',
  summary: 'Turn a contract into a readable agreement (HTML, Markdown or Word), every clause written out in plain English.',
  usage: 'clausewise render FILE [--format html|md|docx] [-o OUT] [--paper a4|letter] [--signing] [--with PATH…]',
  details:
    'Writes the agreement as people read and sign it: title, parties, obligations at a glance, numbered sections in the conventional order, every statement as a plain-English sentence that says what the contract says and no more, prose kept, and a signature block for every party. The review copy (the default) adds review notes, set apart from the text, with computed facts such as allowed downtime and notice deadlines, and an obligations table; --signing leaves them out, with the footer, for the copy the parties sign. HTML is a standalone page with print styles; every contract string is escaped. docx writes the signing copy as a Word document (numbered sections in Word numbering, the parties, a signature block for every party, page size from --paper); it is binary, so it needs -o FILE.docx unless stdout is a pipe. Without -o, or with -o -, the document goes to stdout; -o never writes over the contract being read. A document under a master (kind sow, order, …, under ID) shows the parties of its master and which document prevails when the master is in the same file or among the files and folders given with --with.\n\nA contract with errors is still rendered, with a banner listing them. Exit codes: 0 written, no errors; 1 written, but the contract has errors (a CI job should not publish it); 2 the command could not do its job (bad option, unreadable file, unwritable output, bad configuration).',
  options: OPTIONS,
  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    const format = choiceOption(args, 'format', FORMATS, 'html');
    const paper = choiceOption(args, 'paper', PAPERS, 'a4');
    const out = args.values.get('output');
    if (format === 'docx' && (out === undefined || out === STDOUT_NAME) && (io.stdoutIsTTY || !io.stdoutBytes)) {
      throw new CliError('a Word document is binary and cannot be shown in a terminal: write it to a file with -o FILE.docx');
    }
    const { file, result, output, family } = loadOneContract(args, io, 'render');
    const fileName = path.basename(file.display);
    const signing = args.flags.has('signing');
    if (format === 'docx') {
      // The Word document is the signing copy: the agreement as the parties sign it (docx.ts is loaded only for this format).
      const { documentDocx } = await import('../../core/render/docx.js');
      const doc = buildDocument(result.parse, result.diagnostics, { signing: true, family });
      writeOutput(output, io, await documentDocx(doc, { paper, fileName }));
      return finish(io, file, result, 'document');
    }
    const content =
      format === 'md'
        ? renderMarkdown(result.parse, { diagnostics: result.diagnostics, fileName, signing, family })
        : renderHtml(result.parse, { diagnostics: result.diagnostics, fileName, paper, signing, family });
    writeOutput(output, io, content);
    return finish(io, file, result, 'document');
  },
};
