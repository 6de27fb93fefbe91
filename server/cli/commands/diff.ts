/**
 * `clausewise diff OLD NEW`: the semantic diff of two versions of a contract
 * (server/core/diff): which statements were added, removed or changed, their
 * bucket, whom each favours and the numbers it moves, and the problems that
 * appeared or disappeared. The versions are two files, or git revisions of
 * one file (`clausewise diff HEAD~1 contracts/msa.contract`, `--staged`),
 * read with `git show REV:PATH`.
 *
 * Exit codes: 0 compared, nothing against us (per `perspective`) and no new
 * error; 1 compared, and a change goes against us or a new error appeared;
 * 2 the command could not do its job (bad option, unreadable file, git or the
 * revision missing, bad configuration).
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderDiffJson, renderDiffMarkdown, renderDiffStylish, semanticDiff, type DiffResult } from '../../core/diff/index.js';
import type { OptionSpec, ParsedArgs } from '../args.js';
import { ConfigResolver } from '../config-resolver.js';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { readContract, statQuietly, type TargetFile } from '../files.js';
import { colorEnabled, type CliIo } from '../io.js';
import { outputTarget, writeOutput } from '../output-file.js';
import type { Command } from './command.js';
import { choiceOption } from './render.js';
import { childProcess } from '../builtins.js';

const FORMATS = ['stylish', 'markdown', 'json', 'html', 'docx'] as const;
type DiffFormat = (typeof FORMATS)[number];

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', alias: 'f', value: 'FORMAT', description: 'Output format: stylish (the default), markdown (a table per bucket, for a pull-request comment), json, html (a redline) or docx (Word, with tracked changes; needs -o).' },
  { name: 'staged', description: 'Compare the staged version of FILE (the git index) with its last commit (HEAD).' },
  { name: 'config', alias: 'c', value: 'FILE', description: 'Use this configuration file (its perspective decides what is against us) instead of the nearest clausewise.json.' },
  { name: 'output', alias: 'o', value: 'OUT', description: 'Write the report to this file instead of printing it (- prints it); never one of the contracts.' },
  { name: 'paper', value: 'SIZE', description: 'Paper size of the docx and html documents: a4 (the default) or letter.' },
  { name: 'author', value: 'NAME', description: 'Who the tracked changes of the docx are attributed to (default: git config user.name, else Clausewise).' },
];

/** One version to compare: its text and how it is named in the report. */
interface Version {
  text: string;
  name: string;
}

/** Reads `REV:FILE` with git; every failure is one line. */
export function gitShow(rev: string, file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  const spec = `${rev}:./${rel}`;
  try {
    return childProcess().execFileSync('git', ['show', spec], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }).replace(/^\uFEFF/, '');
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string | Buffer };
    if (err.code === 'ENOENT') throw new CliError(`cannot read ${file} at ${rev || 'the index'}: git is not installed or not on the PATH; install git, or compare two files`);
    const detail = String(err.stderr ?? '')
      .split('\n')
      .map((l) => l.replace(/^(fatal|error): /, '').trim())
      .find((l) => l !== '');
    const what = rev === '' ? `the staged version of ${file}` : `${file} at revision ${rev}`;
    throw new CliError(`cannot read ${what}: ${detail ?? 'git failed'}`);
  }
}

function readFileVersion(given: string, io: CliIo): Version {
  const file: TargetFile = { display: given, absolute: path.resolve(io.cwd, given) };
  if (statQuietly(file.absolute)?.isDirectory()) throw new CliError(`${given} is a folder: diff compares two contract files, or revisions of one`);
  return { text: readContract(file), name: given };
}

/** The two versions named by the arguments, and the file whose configuration applies. */
function versions(args: ParsedArgs, io: CliIo): { old: Version; new: Version; file: string } {
  const pos = args.positionals;
  const exists = (p: string) => statQuietly(path.resolve(io.cwd, p)) !== undefined;
  if (args.flags.has('staged')) {
    if (pos.length !== 1) throw new CliError(`diff --staged takes one contract file, not ${pos.length}: write clausewise diff --staged FILE.contract`);
    const file = pos[0]!;
    return { old: { text: gitShow('HEAD', file, io.cwd), name: `HEAD:${file}` }, new: { text: gitShow('', file, io.cwd), name: `${file} (staged)` }, file };
  }
  if (pos.length === 0) throw new CliError('diff needs two versions: write clausewise diff OLD.contract NEW.contract, or clausewise diff REV FILE.contract for a git revision');
  if (pos.length === 1) {
    // One file: its last commit against the working tree.
    const file = pos[0]!;
    return { old: { text: gitShow('HEAD', file, io.cwd), name: `HEAD:${file}` }, new: readFileVersion(file, io), file };
  }
  if (pos.length === 2) {
    const [a, b] = pos as [string, string];
    if (exists(a)) return { old: readFileVersion(a, io), new: readFileVersion(b, io), file: b };
    // A revision and a file: the file at that revision against the working tree.
    if (!exists(b)) throw new CliError(`cannot read ${b}: no such file; diff takes two files, or a git revision and a file`);
    return { old: { text: gitShow(a, b, io.cwd), name: `${a}:${b}` }, new: readFileVersion(b, io), file: b };
  }
  if (pos.length === 3) {
    const [r1, r2, file] = pos as [string, string, string];
    return { old: { text: gitShow(r1, file, io.cwd), name: `${r1}:${file}` }, new: { text: gitShow(r2, file, io.cwd), name: `${r2}:${file}` }, file };
  }
  throw new CliError(`diff takes two versions, but ${pos.length} arguments were given: write clausewise diff OLD NEW, clausewise diff REV FILE or clausewise diff REV1 REV2 FILE`);
}

/** The exit code of a comparison: 1 when a change goes against us or a new error appeared. */
export function diffExitCode(result: DiffResult): number {
  return result.changes.some((c) => c.againstUs) || result.diagnostics.appeared.some((d) => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `diff` sub-command. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'Compare two versions of a contract by meaning: what changed, in which bucket, whom it favours and by how much.',
  usage: 'clausewise diff OLD NEW | REV FILE | REV1 REV2 FILE | --staged FILE [--format stylish|markdown|json|html|docx] [-o OUT] [--config FILE] [--paper a4|letter] [--author NAME]',
  details:
    'Compares the two parsed contracts, not their text: a change is a statement added, removed or changed, matched by where it stands and its keys (SLA, service and party names, priority level, credit threshold, …); comments, layout and the order of statements make no change. Each change shows the statement before and after, its bucket (money, time, risk, control, remedy, scope, service level), whom it favours, and the numbers it moves (allowed downtime, the last day for notice of non-renewal, the liability cap in money, credits, the breach-notice deadline against the regulation, the payment window). Problems that appear or disappear are listed too. OLD and NEW are files; REV FILE compares FILE at a git revision with the file on disk; REV1 REV2 FILE two revisions; FILE alone its last commit (HEAD) with the file on disk; --staged FILE the staged version with HEAD. The perspective in clausewise.json (the one nearest the new file, or --config) decides which changes are against us; docs/diff.md has the favour table and the JSON schema.\n\nExit codes: 0 compared, no change against us and no new error; 1 compared, and a change goes against us (perspective client or provider) or a new error appeared; 2 the command could not do its job (bad option, unreadable file, git or the revision missing, bad configuration).',
  options: OPTIONS,
  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    const format = choiceOption<DiffFormat>(args, 'format', FORMATS, 'stylish');
    const paper = choiceOption(args, 'paper', ['a4', 'letter'] as const, 'a4');
    const author = args.values.get('author');
    if (author !== undefined && author.trim() === '') throw new CliError('--author needs a name, e.g. --author "Jane Doe"');
    const { old, new: next, file } = versions(args, io);
    const target: TargetFile = { display: file, absolute: path.resolve(io.cwd, file) };
    const output = outputTarget(args.values.get('output'), io, target);
    if (format === 'docx' && output.kind === 'stdout') throw new CliError('--format docx writes a Word file: name it with -o FILE.docx');
    const config = new ConfigResolver(io.cwd, args.values.get('config')).forFile(target.absolute);
    const result = semanticDiff(old.text, next.text, config);
    const names = { oldName: old.name, newName: next.name };
    if (format === 'html' || format === 'docx') {
      const { renderDiffDocument } = await import('./diff-documents.js');
      const doc = await renderDiffDocument(format, old.text, next.text, result, { ...names, paper, ...(author !== undefined ? { author } : {}) });
      if (typeof doc === 'string') writeOutput(output, io, doc);
      else if (output.kind === 'file') {
        try {
          fs.writeFileSync(output.absolute, doc);
        } catch (e) {
          throw new CliError(`cannot write ${output.display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; choose another path with -o`);
        }
      }
      return diffExitCode(result);
    }
    const text =
      format === 'json'
        ? JSON.stringify(renderDiffJson(result, names), null, 2) + '\n'
        : format === 'markdown'
          ? renderDiffMarkdown(result, names)
          : renderDiffStylish(result, { ...names, color: output.kind === 'stdout' && colorEnabled(io) });
    writeOutput(output, io, text);
    return diffExitCode(result);
  },
};
