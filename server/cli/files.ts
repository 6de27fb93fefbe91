/**
 * Turns the paths given on the command line into the list of contract files to
 * check: files are taken as they are, folders are searched recursively for
 * `*.contract`, skipping `node_modules` and folders whose name starts with a dot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.js';

/** A file to check: how to show it (as given on the command line) and where it is. */
export interface TargetFile {
  /** The path as the user wrote it, or the folder they wrote joined with the path found inside it. */
  display: string;
  absolute: string;
}

/** The file extension of contracts. */
export const CONTRACT_EXTENSION = '.contract';

function describeErrno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (e as Error)?.message ?? String(e);
}

/**
 * The status of a path, links followed, or undefined when there is none to
 * have: a missing path, a file where a folder should be, a loop of links, no
 * permission. `fs.statSync` with `throwIfNoEntry: false` still throws for all
 * but the first.
 */
export function statQuietly(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Joins a folder as the user wrote it with a path found inside it, keeping the user's spelling. */
function joinDisplay(given: string, relative: string): string {
  if (given === '.' || given === '') return relative;
  return given.endsWith('/') || given.endsWith(path.sep) ? given + relative : given + path.sep + relative;
}

function walk(dirAbs: string, dirDisplay: string, out: TargetFile[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dirAbs);
  } catch {
    real = dirAbs;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dirAbs, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`cannot read the folder ${dirDisplay || '.'}: ${describeErrno(e)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = path.join(dirAbs, entry.name);
    const display = joinDisplay(dirDisplay, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const st = statQuietly(abs);
      isDir = st?.isDirectory() ?? false;
      isFile = st?.isFile() ?? false;
    }
    if (isDir) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(abs, display, out, seen);
    } else if (isFile && entry.name.endsWith(CONTRACT_EXTENSION)) {
      out.push({ display, absolute: abs });
    }
  }
}

/**
 * Collects the contract files for the given paths, in the order given (files
 * inside a folder in name order), each file once: a file named again, through
 * a symbolic link or through a hard link keeps the name it was first found by.
 * No paths means the current folder.
 */
export function collectFiles(paths: readonly string[], cwd: string): TargetFile[] {
  const out: TargetFile[] = [];
  const given = paths.length ? paths : ['.'];
  for (const p of given) {
    const abs = path.resolve(cwd, p);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      throw new CliError(`cannot read ${p}: ${describeErrno(e)}; check the path`);
    }
    if (st.isDirectory()) {
      const before = out.length;
      walk(abs, p === '.' ? '' : p, out, new Set());
      if (out.length === before) {
        const where = paths.length ? `the folder ${p}` : 'the current folder';
        throw new CliError(`no contract files (*${CONTRACT_EXTENSION}) found in ${where}: pass the files or a folder that contains them`);
      }
    } else {
      out.push({ display: p, absolute: abs });
    }
  }
  return uniqueFiles(out);
}

/**
 * What makes two paths the same file: its real path (links resolved) and, where
 * the file system has them, its device and inode numbers (which hard links share).
 */
export function fileIdentity(absolute: string): { real: string; inode?: string } {
  let real = absolute;
  try {
    real = fs.realpathSync.native(absolute);
  } catch {
    // An unreadable or vanished path is known by its own name; reading it reports the problem.
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
    const id = fileIdentity(f.absolute);
    if (reals.has(id.real) || (id.inode !== undefined && inodes.has(id.inode))) continue;
    reals.add(id.real);
    if (id.inode !== undefined) inodes.add(id.inode);
    out.push(f);
  }
  return out;
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
