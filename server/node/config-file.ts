/**
 * Finding and loading `clausewise.json` from disk (Node only): the nearest one
 * above a file, or an explicit path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, parseConfigText, RULE_CODES, ConfigError, INTERNAL_ERROR, type ResolvedConfig } from '../core/index.js';

export const CONFIG_NAME = 'clausewise.json';

/** True when `file` is a file (a folder or anything else of that name is not a configuration). */
function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The nearest `clausewise.json` file in `dir` or a folder above it; a folder named `clausewise.json` is passed over. */
export function findConfigFile(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const f = path.join(d, CONFIG_NAME);
    if (isFile(f)) return f;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Reads and validates a configuration file; throws {@link ConfigError} naming the file and key. */
export function loadConfigFile(file: string): ResolvedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ConfigError(file, '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseConfigText(text, file, [...RULE_CODES, INTERNAL_ERROR]);
}

/** The configuration that applies to a contract file (defaults when there is no file). */
export function configForFile(contractFile: string): { config: ResolvedConfig; file?: string } {
  const file = findConfigFile(path.dirname(path.resolve(contractFile)));
  return file ? { config: loadConfigFile(file), file } : { config: DEFAULT_CONFIG };
}
