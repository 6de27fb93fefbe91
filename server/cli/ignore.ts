/**
 * Which files the command line leaves out, gitignore-style: `--ignore-pattern`,
 * `ignores` of clausewise.json and `.gitignore` files. The rules live in
 * server/node/contract-files.ts, shared with the language server's workspace
 * index; this module names them for the command line.
 */
export { findGitRoot, IgnoreRules, type IgnoreSource } from '../node/contract-files.js';
