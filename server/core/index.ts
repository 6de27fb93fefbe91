/**
 * The analysis core: editor-agnostic plain functions over plain data. Used by
 * the Node language server, the web-worker server and the command line.
 */
export * from './types.js';
export * from './config.js';
export * from './analyze.js';
export * from './family.js';
export * from './suppress.js';
export * from './time.js';
export { RULES } from './rules/index.js';
export * from './facts.js';
export { plainText } from './plain-text.js';
