/**
 * Turns the paths given on the command line into the list of contract files to
 * check: files are taken as they are, folders are searched recursively for
 * `*.contract`, skipping `node_modules` and folders whose name starts with a dot,
 * and a path that does not exist but has glob characters (`*`, `?`, `[…]`, `{…}`,
 * quoted so that the shell leaves it alone) is expanded by tinyglobby, the same
 * on every system. Files left out by {@link IgnoreRules} are skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_EXTENSION, statQuietly, walkContracts, type IgnoreRules, type WalkState } from '../node/contract-files.js';
import { CliError } from './errors.js';

export { CONTRACT_EXTENSION, statQuietly };

/** A file to check: how to show it (as given on the command line) and where it is. */
export interface TargetFile {
  /** The path as the user wrote it, or the folder they wrote joined with the path found inside it. */
  display: string;
  absolute: string;
  /** Its real path, when the folder walk knows it (see FoundContract). */
  real?: string;
}

function describeErrno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (e as Error)?.message ?? String(e);
}

let globber: typeof import('tinyglobby') | undefined;

/**
 * tinyglobby, loaded the first time a path is not found (most runs name files
 * and folders, and starting without it saves about 40 M instructions). Loaded
 * with require so that bundlers take tinyglobby's (and fdir's) CommonJS build:
 * the ES build of fdir calls createRequire(import.meta.url), which has no value
 * in the CommonJS bundle dist/cli.js.
 */
function tinyglobby(): typeof import('tinyglobby') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  globber ??= require('tinyglobby') as typeof import('tinyglobby');
  return globber;
}

/** True when a command-line path is a glob pattern rather than a path (only when no such path exists). */
export function isGlob(p: string): boolean {
  return tinyglobby().isDynamicPattern(process.platform === 'win32' ? p.replace(/\\/g, '/') : p);
}

/** Expands a glob pattern relative to `cwd` into contract files, in name order, skipping node_modules, dot-folders and ignored files. */
function expandGlob(pattern: string, cwd: string, out: TargetFile[], rules: IgnoreRules | undefined): void {
  // tinyglobby reads forward slashes; on Windows a backslash is a separator, elsewhere an escape.
  const portable = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  let matches: string[];
  try {
    matches = tinyglobby().globSync(portable, { cwd, onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: true, ignore: ['**/node_modules/**'] });
  } catch (e) {
    throw new CliError(`cannot expand the pattern ${pattern}: ${(e as Error).message}`);
  }
  const found = matches.filter((m) => m.endsWith(CONTRACT_EXTENSION)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let ignored = 0;
  const before = out.length;
  for (const m of found) {
    const absolute = path.resolve(cwd, m);
    if (rules?.reason(absolute, false)) {
      ignored++;
      continue;
    }
    out.push({ display: m.split('/').join(path.sep), absolute });
  }
  if (out.length === before) {
    const why = ignored ? `; the ${ignored} that match are ignored (.gitignore, ignores in clausewise.json or --ignore-pattern)` : '';
    throw new CliError(`no contract files (*${CONTRACT_EXTENSION}) match the pattern ${pattern}${why}: check the pattern, and quote it so that the shell does not expand it`);
  }
}

/**
 * Collects the contract files for the given paths, in the order given (files
 * inside a folder in name order), each file once: a file named again, through
 * a symbolic link or through a hard link keeps the name it was first found by.
 * No paths means the current folder. A file named on the command line is left
 * out only by `ignores` and `--ignore-pattern` (not .gitignore), silently, so
 * that a hook that passes changed files respects them.
 */
export function collectFiles(paths: readonly string[], cwd: string, rules?: IgnoreRules): TargetFile[] {
  const out: TargetFile[] = [];
  const given = paths.length ? paths : ['.'];
  for (const p of given) {
    const abs = path.resolve(cwd, p);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code === 'ENOENT' && isGlob(p)) {
        expandGlob(p, cwd, out, rules);
        continue;
      }
      throw new CliError(`cannot read ${p}: ${describeErrno(e)}; check the path`);
    }
    if (st.isDirectory()) {
      const before = out.length;
      const state: WalkState = {
        seen: new Set(),
        ignored: 0,
        rules,
        unreadable: (_dir, display, e) => {
          throw new CliError(`cannot read the folder ${display || '.'}: ${describeErrno(e)}`);
        },
      };
      walkContracts(abs, p === '.' ? '' : p, out, state);
      if (out.length === before) {
        const where = paths.length ? `the folder ${p}` : 'the current folder';
        const why = state.ignored ? ` (the ${state.ignored} there are ignored by .gitignore, ignores in clausewise.json or --ignore-pattern)` : '';
        throw new CliError(`no contract files (*${CONTRACT_EXTENSION}) found in ${where}${why}: pass the files or a folder that contains them`);
      }
    } else {
      if (rules?.reason(abs, false, true)) continue;
      out.push({ display: p, absolute: abs });
    }
  }
  return uniqueFiles(out);
}

/**
 * What makes two paths the same file: its real path (links resolved) and, where
 * the file system has them, its device and inode numbers (which hard links share).
 */
export function fileIdentity(absolute: string, knownReal?: string): { real: string; inode?: string } {
  let real = knownReal ?? absolute;
  if (knownReal === undefined) {
    try {
      real = fs.realpathSync.native(absolute);
    } catch {
      // An unreadable or vanished path is known by its own name; reading it reports the problem.
    }
  }
  let st: fs.BigIntStats | undefined;
  try {
    st = fs.statSync(absolute, { throwIfNoEntry: false, bigint: true });
  } catch {
    // As above: the path is known by its name alone.
  }
  return { real, inode: st && st.ino !== 0n ? `${st.dev}:${st.ino}` : undefined };
}

/** Keeps the first of several names for one file (the same path, a link to it, a hard link), in order. */
function uniqueFiles(files: readonly TargetFile[]): TargetFile[] {
  const reals = new Set<string>();
  const inodes = new Set<string>();
  const out: TargetFile[] = [];
  for (const f of files) {
    const id = fileIdentity(f.absolute, f.real);
    if (reals.has(id.real) || (id.inode !== undefined && inodes.has(id.inode))) continue;
    reals.add(id.real);
    if (id.inode !== undefined) inodes.add(id.inode);
    out.push(f);
  }
  return out;
}

/** Reads a contract file as UTF-8, telling whether it starts with a byte-order mark (kept when the file is written back). */
export function readContractWithBom(file: TargetFile): { text: string; bom: boolean } {
  let raw: string;
  try {
    raw = fs.readFileSync(file.absolute, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file.display}: ${describeErrno(e)}`);
  }
  return raw.startsWith('\uFEFF') ? { text: raw.slice(1), bom: true } : { text: raw, bom: false };
}

/** Reads all of standard input as UTF-8 (the `--stdin` text), without a byte-order mark. */
export function readStdin(): string {
  try {
    return fs.readFileSync(0, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    // A closed or absent standard input is an empty document.
    if ((e as NodeJS.ErrnoException)?.code === 'EOF' || (e as NodeJS.ErrnoException)?.code === 'EAGAIN') return '';
    throw new CliError(`cannot read standard input: ${describeErrno(e)}`);
  }
}

/** Reads a contract file as UTF-8; a file that cannot be read is a {@link CliError} naming it. */
export function readContract(file: TargetFile): string {
  try {
    // A byte-order mark is not part of the text: editors drop it too, so columns on line 1 agree.
    return fs.readFileSync(file.absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new CliError(`cannot read ${file.display}: ${describeErrno(e)}`);
  }
}
