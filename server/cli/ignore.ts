/**
 * Which files the command line leaves out, gitignore-style:
 * - `--ignore-pattern PATTERN` (relative to the working folder);
 * - `ignores` in the clausewise.json that applies (relative to its folder);
 * - `.gitignore` files, from the root of the git repository (the nearest folder
 *   above with a `.git`; without one, the working folder) down to the file,
 *   each relative to its own folder, when folders are searched or globs expanded.
 * Patterns are read by the `ignore` package, which follows git's rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ConfigResolver } from './config-resolver.js';
import { statQuietly } from './files.js';

/** The path of `target` inside `base` with forward slashes (with a trailing slash for a folder), or undefined when it is not inside. */
function inside(base: string, target: string, isDir: boolean): string | undefined {
  const rel = path.relative(base, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const posix = rel.split(path.sep).join('/');
  return isDir ? `${posix}/` : posix;
}

/** Why a file is left out, for messages. */
export type IgnoreSource = '--ignore-pattern' | 'ignores' | '.gitignore';

export class IgnoreRules {
  private readonly cli?: Ignore;
  private readonly gitignores = new Map<string, Ignore | null>();
  private readonly configIgnores = new Map<string, Ignore>();
  private readonly gitRoot: string;

  constructor(
    private readonly cwd: string,
    patterns: readonly string[],
    private readonly configs: ConfigResolver,
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

/** The nearest folder at or above `from` that holds `.git` (a folder, or a file in a worktree). */
export function findGitRoot(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (statQuietly(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
