/**
 * The messages between the extension and the preview webview (client only).
 * The requests between the extension and the language server are in
 * server/protocol.ts. Plain data only, with no imports.
 */

/** Messages from the extension to the preview webview. */
export type ToWebviewMessage =
  /** Replace the shown document with this page (only its body is taken). */
  | { type: 'update'; html: string; version: number }
  /** Scroll so that the element of this source line is at the top (`reveal`: also mark it). */
  | { type: 'scrollTo'; line: number; mark: boolean };

/** Messages from the preview webview to the extension. */
export type FromWebviewMessage =
  /** The page script has started and wants the current document. */
  | { type: 'ready' }
  /** An update was applied; a summary of what the page now shows, for tests and logging. */
  | { type: 'applied'; version: number; title: string; headings: string[]; text: string; scrollY: number }
  /** The page scrolled to the element of source line `line` on the editor's request. */
  | { type: 'scrolled'; line: number; scrollY: number }
  /** The reader clicked an element of this source line. */
  | { type: 'reveal'; line: number }
  /** The reader switched the preview between the review copy and the signing copy. */
  | { type: 'signing'; on: boolean };
