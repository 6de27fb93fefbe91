/**
 * Rendering a contract as the document people read and sign: a document model
 * built once (document.ts) and serialised as HTML (html.ts) or Markdown
 * (markdown.ts). Editor-agnostic: the CLI, the language server and a VS Code
 * preview all call these functions.
 */
export * from './document.js';
export * from './escape.js';
export * from './html.js';
export * from './markdown.js';
export * from './phrases.js';
