/**
 * The one walker of contract folders (Node only), shared by the command line
 * (server/cli/files.ts) and the language server's workspace index
 * (server/node/main.ts): a folder is searched recursively for `*.contract`,
 * in name order, skipping `node_modules`, folders whose name starts with a
 * dot, folders already seen through a link, and what {@link IgnoreRules}
 * leaves out:
 * - patterns given by the caller (`--ignore-pattern`, relative to `cwd`);
 * - `ignores` in the clausewise.json that applies (relative to its folder);
 * - `.gitignore` files, from the root of the git repository (the nearest folder
 *   above with a `.git`; without one, `cwd`) down to the file, each relative to
 *   its own folder (not for a file the user named).
 * Patterns are read by the `ignore` package, which follows git's rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The file extension of contracts. */
export const CONTRACT_EXTENSION = '.contract';

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

/** The nearest folder at or above `from` that holds `.git` (a folder, or a file in a worktree). */
export function findGitRoot(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (statQuietly(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The path of `target` inside `base` with forward slashes (with a trailing slash for a folder), or undefined when it is not inside. */
function inside(base: string, target: string, isDir: boolean): string | undefined {
  const rel = path.relative(base, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const posix = rel.split(path.sep).join('/');
  return isDir ? `${posix}/` : posix;
}

/** Why a file is left out, for messages. */
export type IgnoreSource = '--ignore-pattern' | 'ignores' | '.gitignore';

/** Where the `ignores` of clausewise.json come from (the CLI's ConfigResolver; the server's own lookup). */
export interface IgnoresLookup {
  /** The `ignores` patterns that apply to a file and the folder they are relative to, or undefined. */
  ignoresFor(absoluteFile: string): { base: string; patterns: string[] } | undefined;
}

export class IgnoreRules {
  private readonly cli?: Ignore;
  private readonly gitignores = new Map<string, Ignore | null>();
  private readonly configIgnores = new Map<string, Ignore>();
  private readonly gitRoot: string;

  constructor(
    private readonly cwd: string,
    patterns: readonly string[],
    private readonly configs: IgnoresLookup,
  ) {
    if (patterns.length) this.cli = ignore().add([...patterns]);
    this.gitRoot = findGitRoot(cwd) ?? cwd;
  }

  /**
   * Why `absolute` is left out, or undefined when it is not. `named`: the user
   * named the file itself, so only the patterns they gave Clausewise apply
   * (`--ignore-pattern` and `ignores`), not .gitignore.
   */
  reason(absolute: string, isDir: boolean, named = false): IgnoreSource | undefined {
    if (this.cli) {
      const rel = inside(this.cwd, absolute, isDir);
      if (rel && this.cli.ignores(rel)) return '--ignore-pattern';
    }
    const config = this.configs.ignoresFor(isDir ? path.join(absolute, 'x') : absolute);
    if (config) {
      let rules = this.configIgnores.get(config.base);
      if (!rules) {
        rules = ignore().add(config.patterns);
        this.configIgnores.set(config.base, rules);
      }
      const rel = inside(config.base, absolute, isDir);
      if (rel && rules.ignores(rel)) return 'ignores';
    }
    if (!named && this.gitignored(absolute, isDir)) return '.gitignore';
    return undefined;
  }

  /** Whether a file or any folder above it (up to `cwd`) is left out: for a single file reported by a file watcher. */
  ignoredWithFolders(absolute: string): boolean {
    if (this.reason(absolute, false)) return true;
    for (let dir = path.dirname(absolute); inside(this.cwd, dir, true); dir = path.dirname(dir)) {
      const name = path.basename(dir);
      if (name === 'node_modules' || name.startsWith('.') || this.reason(dir, true)) return true;
    }
    return false;
  }

  private gitignored(absolute: string, isDir: boolean): boolean {
    if (!inside(this.gitRoot, absolute, isDir)) return false;
    // Every folder from the root down to the path's own folder may have a .gitignore.
    const folders: string[] = [];
    for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
      folders.push(dir);
      if (dir === this.gitRoot || path.dirname(dir) === dir) break;
    }
    for (const folder of folders.reverse()) {
      const rules = this.gitignoreOf(folder);
      const rel = inside(folder, absolute, isDir);
      if (rules && rel && rules.ignores(rel)) return true;
    }
    return false;
  }

  private gitignoreOf(folder: string): Ignore | null {
    let rules = this.gitignores.get(folder);
    if (rules === undefined) {
      rules = null;
      try {
        const text = fs.readFileSync(path.join(folder, '.gitignore'), 'utf8');
        rules = ignore().add(text);
      } catch {
        // No .gitignore here (or not readable): nothing is ignored by it.
      }
      this.gitignores.set(folder, rules);
    }
    return rules;
  }
}

/** A contract found by the walk: how to show it (the folder as given joined with the path inside) and where it is. */
export interface FoundContract {
  display: string;
  absolute: string;
  /**
   * Its real path (links resolved), when the walk knows it: a file that is no link, in a folder whose real path the walk
   * read once. Spares resolving each file's path again (a system call per file: 20 ms of lint of 1,000 files).
   */
  real?: string;
}

/** The state of one walk: folders seen (by real path), files left out by ignore rules, and the rules. */
export interface WalkState {
  seen: Set<string>;
  ignored: number;
  rules?: IgnoreRules;
  /** At most this many files (the language server's index); no limit when absent. */
  limit?: number;
  /** Called for a folder that cannot be read; without it the walk skips the folder. */
  unreadable?(dirAbs: string, dirDisplay: string, error: unknown): void;
}

/** Joins a folder as the user wrote it with a path found inside it, keeping the user's spelling. */
function joinDisplay(given: string, relative: string): string {
  if (given === '.' || given === '') return relative;
  return given.endsWith('/') || given.endsWith(path.sep) ? given + relative : given + path.sep + relative;
}

/** Collects the contracts under a folder into `out`, in name order (see the module comment). */
export function walkContracts(dirAbs: string, dirDisplay: string, out: FoundContract[], state: WalkState): void {
  if (state.limit !== undefined && out.length >= state.limit) return;
  const seen = state.seen;
  let real: string;
  let known = true;
  try {
    real = fs.realpathSync.native(dirAbs);
  } catch {
    real = dirAbs;
    known = false;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dirAbs, { withFileTypes: true });
  } catch (e) {
    state.unreadable?.(dirAbs, dirDisplay, e);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (state.limit !== undefined && out.length >= state.limit) return;
    const abs = path.join(dirAbs, entry.name);
    const display = joinDisplay(dirDisplay, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const link = entry.isSymbolicLink();
    if (link) {
      const st = statQuietly(abs);
      isDir = st?.isDirectory() ?? false;
      isFile = st?.isFile() ?? false;
    }
    if (isDir) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      if (state.rules?.reason(abs, true)) continue;
      walkContracts(abs, display, out, state);
    } else if (isFile && entry.name.endsWith(CONTRACT_EXTENSION)) {
      if (state.rules?.reason(abs, false)) {
        state.ignored++;
        continue;
      }
      out.push(link || !known ? { display, absolute: abs } : { display, absolute: abs, real: path.join(real, entry.name) });
    }
  }
}
