/** The output formats of `clausewise lint`, by name. */
import type { FormatContext, LintReport } from '../report.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** Turns a lint report into the text printed on stdout. */
export type Formatter = (report: LintReport, ctx: FormatContext) => string;

/** Every format `--format` accepts; the first is the default. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
};

/** The format used when `--format` is not given. */
export const DEFAULT_FORMAT = 'stylish';
