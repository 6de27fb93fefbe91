/**
 * Where `render` and `calendar` write their document (`-o OUT`, `-o -` or
 * stdout), and writing it safely: never over the contract being read, and
 * only once the document is complete, through a temporary file renamed over
 * the target so that a failed write leaves the old file as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.js';
import { fileIdentity, statQuietly, type TargetFile } from './files.js';
import type { CliIo } from './io.js';
import { nodeCrypto } from './builtins.js';

/** Where a command's document goes: stdout, or a file as the user wrote it and as an absolute path. */
export type OutputTarget = { kind: 'stdout' } | { kind: 'file'; display: string; absolute: string };

/** The `-o` value that means stdout, as in most command-line tools. */
export const STDOUT_NAME = '-';

/**
 * True when two paths name the same file: the same absolute path, the same
 * real path (symbolic links resolved, in the path or at its end), or the same
 * device and inode (a hard link, or another spelling on a case-insensitive
 * disk). `existing` must exist; `other` need not.
 */
export function sameFile(existing: string, other: string): boolean {
  if (path.resolve(existing) === path.resolve(other)) return true;
  const a = fileIdentity(existing);
  if (fs.existsSync(other)) {
    const b = fileIdentity(other);
    return a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
  }
  // A file that does not exist yet is the input only if its folder, links resolved, holds the input under that name.
  try {
    return path.join(fs.realpathSync.native(path.dirname(other)), path.basename(other)) === a.real;
  } catch {
    return false;
  }
}

/**
 * Reads `-o` for a command that works on `input`: stdout without it or with
 * `-o -`, otherwise the file. Refuses, before anything is read or written, an
 * empty name, a folder, and any path that is the input file itself.
 */
export function outputTarget(out: string | undefined, io: CliIo, input: TargetFile): OutputTarget {
  if (out === undefined || out === STDOUT_NAME) return { kind: 'stdout' };
  if (out.trim() === '') throw new CliError('-o needs a file name: write -o FILE, or -o - (or no -o) to print to stdout');
  const absolute = path.resolve(io.cwd, out);
  if (statQuietly(absolute)?.isDirectory()) {
    throw new CliError(`cannot write ${out}: it is a folder; give a file name with -o`);
  }
  if (sameFile(input.absolute, absolute)) {
    throw new CliError(`cannot write ${out}: it is the contract being read (${input.display}), which would be lost; choose another path with -o`);
  }
  return { kind: 'file', display: out, absolute };
}

function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? (e instanceof Error ? e.message : String(e));
  }
}

/**
 * Writes `content` to `target` as a whole. A new or regular file is written
 * to a temporary file beside it, which is then renamed over it: a write that
 * fails half-way leaves the old file intact. A link is followed, so that the
 * file it names gets the content and the link stays. A device or pipe (such
 * as /dev/null), a file with several hard links, or a file in a folder where
 * no new file may be created is written in place.
 */
export function writeFileSafely(target: string, content: string | Uint8Array): void {
  const st = statQuietly(target);
  if (st?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (st && (!st.isFile() || st.nlink > 1)) {
    fs.writeFileSync(target, content);
    return;
  }
  const real = st ? fs.realpathSync.native(target) : target;
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temporary, content, { flag: 'wx', mode: st ? st.mode & 0o777 : 0o666 });
    fs.renameSync(temporary, real);
  } catch (e) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was created, or it cannot be removed; the error that matters is the write's.
    }
    const code = (e as NodeJS.ErrnoException)?.code;
    if (st && (code === 'EACCES' || code === 'EPERM' || code === 'EEXIST')) {
      fs.writeFileSync(target, content);
      return;
    }
    throw e;
  }
}

/**
 * Writes a command's complete document to its target: stdout, or the file (a
 * failure is a {@link CliError} naming it). Bytes (a .docx) never go to a
 * terminal: a binary document needs -o FILE there, or a pipe.
 */
export function writeOutput(target: OutputTarget, io: CliIo, content: string | Uint8Array): void {
  if (target.kind === 'stdout') {
    if (typeof content === 'string') io.stdout(content);
    else if (io.stdoutIsTTY || !io.stdoutBytes) throw new CliError('a Word document is binary and cannot be shown in a terminal: write it to a file with -o FILE.docx');
    else io.stdoutBytes(content);
    return;
  }
  try {
    writeFileSafely(target.absolute, content);
  } catch (e) {
    throw new CliError(`cannot write ${target.display}: ${describeWriteError(e)}; choose another path with -o`);
  }
}
