/**
 * Finds the configuration for each contract: the `--config` file for all of
 * them, or the nearest `clausewise.json` above each file. Every folder is
 * looked up once and every configuration file is read and validated once, so
 * that checking a thousand files in one folder costs one lookup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, INTERNAL_ERROR, parseConfigText, RULE_CODES, type ResolvedConfig } from '../core/index.js';
import { CONFIG_NAME } from '../node/config-file.js';
import { CliError } from './errors.js';
import { statQuietly } from '../node/contract-files.js';

/** Resolves and caches configurations; every failure is a {@link CliError} naming the file and key. */
export class ConfigResolver {
  /** Folder → the configuration file that applies there (null: none). */
  private readonly folderFile = new Map<string, string | null>();
  /** Configuration file → its validated content. */
  private readonly loaded = new Map<string, ResolvedConfig>();
  private readonly explicit?: ResolvedConfig;
  private readonly explicitFolder?: string;

  /** `explicitFile` is the `--config` value, relative to `cwd`; it then applies to every file. */
  constructor(
    private readonly cwd: string,
    explicitFile?: string,
  ) {
    if (explicitFile !== undefined) {
      const abs = path.resolve(cwd, explicitFile);
      const st = statQuietly(abs);
      if (st?.isDirectory()) {
        throw new CliError(`cannot read the configuration file ${explicitFile} given with --config: it is a folder; name the file, e.g. ${path.join(explicitFile, CONFIG_NAME)}`);
      }
      if (!st?.isFile()) {
        throw new CliError(`cannot read the configuration file ${explicitFile} given with --config: no such file; check the path`);
      }
      this.explicit = this.load(abs, explicitFile);
      this.explicitFolder = path.dirname(abs);
    }
  }

  /**
   * The `ignores` patterns that apply to a path (given by absolute path) and the
   * folder they are relative to (that of the configuration file), or undefined
   * when the configuration that applies has none.
   */
  ignoresFor(absoluteFile: string): { base: string; patterns: string[] } | undefined {
    if (this.explicit) return this.explicit.ignores?.length ? { base: this.explicitFolder!, patterns: this.explicit.ignores } : undefined;
    const file = this.fileForFolder(path.dirname(absoluteFile));
    if (!file) return undefined;
    const patterns = this.load(file, this.display(file)).ignores;
    return patterns?.length ? { base: path.dirname(file), patterns } : undefined;
  }

  /** The configuration that applies to a contract file, given by absolute path. */
  forFile(absoluteFile: string): ResolvedConfig {
    if (this.explicit) return this.explicit;
    const file = this.fileForFolder(path.dirname(absoluteFile));
    return file ? this.load(file, this.display(file)) : DEFAULT_CONFIG;
  }

  /**
   * The configuration file that applies in a folder, walking up once per folder
   * never seen before. Only a file counts: a folder named clausewise.json is
   * passed over, and the search goes on above it.
   */
  private fileForFolder(folder: string): string | null {
    const pending: string[] = [];
    let dir = folder;
    let found: string | null | undefined;
    for (;;) {
      found = this.folderFile.get(dir);
      if (found !== undefined) break;
      pending.push(dir);
      const candidate = path.join(dir, CONFIG_NAME);
      if (statQuietly(candidate)?.isFile()) {
        found = candidate;
        break;
      }
      const up = path.dirname(dir);
      if (up === dir) {
        found = null;
        break;
      }
      dir = up;
    }
    for (const d of pending) this.folderFile.set(d, found);
    return found;
  }

  private load(absolute: string, display: string): ResolvedConfig {
    const cached = this.loaded.get(absolute);
    if (cached) return cached;
    let text: string;
    try {
      text = fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      throw new CliError(`cannot read the configuration file ${display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    let config: ResolvedConfig;
    try {
      config = parseConfigText(text, display, [...RULE_CODES, INTERNAL_ERROR]);
    } catch (e) {
      if (e instanceof ConfigError) throw new CliError(`bad configuration in ${e.message}`);
      throw e;
    }
    this.loaded.set(absolute, config);
    return config;
  }

  /** A configuration file's path relative to the working folder when it lies inside it. */
  private display(absolute: string): string {
    const rel = path.relative(this.cwd, absolute);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolute;
  }
}
