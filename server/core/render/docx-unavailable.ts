/**
 * The stand-in for docx.ts in the web builds (scripts/build.mjs resolves
 * `render/docx.js` here for the browser platform), so that the Word writer and
 * the `docx` library stay out of the web extension's bundles: VS Code for the
 * Web has no "Export as Word document" (the command is hidden there).
 */
import type { RenderedDocument } from './document.js';
import type { DocxOptions, RedlineDocxOptions } from './docx.js';
import type { Redline } from './redline.js';

const UNAVAILABLE = 'Word documents are made by the desktop extension and the clausewise command line, not in VS Code for the Web.';

export async function documentDocx(_doc: RenderedDocument, _options?: DocxOptions): Promise<Uint8Array> {
  throw new Error(UNAVAILABLE);
}

export async function documentDocxBase64(_doc: RenderedDocument, _options?: DocxOptions): Promise<string> {
  throw new Error(UNAVAILABLE);
}

export async function redlineDocx(_redline: Redline, _options: RedlineDocxOptions): Promise<Uint8Array> {
  throw new Error(UNAVAILABLE);
}
