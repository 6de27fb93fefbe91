/**
 * The script that runs inside the preview webview. It is written here as a
 * type-checked function and shipped as its source text in one inline
 * `<script nonce>` element (see {@link previewScriptSource}), so the page
 * needs no script file and the Content-Security-Policy allows nothing but
 * that nonce. The function must not refer to anything outside itself.
 *
 * What it does: applies new renders by swapping the body's content (parsed
 * with DOMParser, which never runs scripts, and with every `<script>` left
 * out), keeping the scroll position; scrolls to the element of a source line
 * when the editor asks; tells the editor which source line a click landed on;
 * and remembers its scroll position and the URI of its document in the webview
 * state, so a preview that was hidden and shown again opens where the reader
 * left it, and one that was open when the window reloaded is restored for the
 * same document (see {@link restoredDocumentUri}).
 */
import { escapeHtml } from '../server/core/render/escape.js';

/** The API VS Code gives a webview page (declared here because no package types it). */
interface WebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): WebviewApi;

/** What the page keeps in its webview state; VS Code hands it to the panel serializer after a reload. */
export interface PreviewPageState {
  /** The URI of the contract document the preview shows. */
  uri?: string;
  /** The page's scroll position. */
  scrollY?: number;
}

/**
 * The page script. Runs once when the page loads, with the URI of the
 * document it shows; never called in the extension host.
 */
export function previewScript(documentUri?: string): void {
  const api = acquireVsCodeApi();
  const saved = api.getState() as { scrollY?: number; uri?: string } | undefined;
  const uri = documentUri ?? saved?.uri;
  // The document is remembered at once, so a preview that was never scrolled is restored after a reload too.
  api.setState({ uri, scrollY: saved?.scrollY });

  /** Elements that map to a source line, excluding the summary table and the error banner, whose lines point elsewhere. */
  const lineElements = (): HTMLElement[] =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-line]')).filter((el) => !el.closest('.cw-glance') && !el.closest('.cw-banner'));

  /** The element that shows `line`, or the nearest one before it. */
  const elementFor = (line: number): HTMLElement | undefined => {
    let best: HTMLElement | undefined;
    let bestLine = -1;
    for (const el of lineElements()) {
      const l = Number(el.dataset.line);
      // Later elements of the same line are nested deeper, so they are more precise.
      if (Number.isFinite(l) && l <= line && l >= bestLine) {
        best = el;
        bestLine = l;
      }
    }
    return best;
  };

  const summary = (version: number) => {
    const headings = Array.from(document.querySelectorAll('h1, h2, h3')).map((h) => (h.textContent ?? '').trim());
    api.postMessage({
      type: 'applied',
      version,
      title: (document.querySelector('h1')?.textContent ?? '').trim(),
      headings: headings.slice(0, 200),
      text: (document.body.innerText ?? '').slice(0, 100_000),
      scrollY: window.scrollY,
    });
  };

  const apply = (html: string, version: number) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const y = window.scrollY;
    const fragment = document.createDocumentFragment();
    for (const node of Array.from(parsed.body.childNodes)) {
      if (node.nodeName === 'SCRIPT') continue;
      fragment.appendChild(document.importNode(node, true));
    }
    // A render never carries a script (the page's own ran once at load); none is let through, however nested.
    for (const s of Array.from(fragment.querySelectorAll('script'))) s.remove();
    document.body.replaceChildren(fragment);
    if (parsed.title) document.title = parsed.title;
    window.scrollTo(0, y);
    summary(version);
  };

  const scrollToLine = (line: number, mark: boolean) => {
    const el = elementFor(line);
    if (!el) return;
    if (mark) {
      for (const old of Array.from(document.querySelectorAll('.cw-active'))) old.classList.remove('cw-active');
      el.classList.add('cw-active');
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.top > window.innerHeight - 24) el.scrollIntoView({ block: 'center' });
    } else {
      el.scrollIntoView({ block: 'start' });
    }
    api.postMessage({ type: 'scrolled', line: Number(el.dataset.line), scrollY: window.scrollY });
  };

  window.addEventListener('message', (event: MessageEvent) => {
    const m = event.data as { type?: string; html?: unknown; version?: unknown; line?: unknown; mark?: unknown };
    if (m?.type === 'update' && typeof m.html === 'string') apply(m.html, typeof m.version === 'number' ? m.version : 0);
    else if (m?.type === 'scrollTo' && typeof m.line === 'number') scrollToLine(m.line, m.mark === true);
  });

  document.addEventListener('click', (event: MouseEvent) => {
    const target = event.target as Element | null;
    // Links inside the document (section references) keep their usual behaviour.
    if (!target || target.closest('a[href]')) return;
    // Selecting text to copy it is not a request to jump to the source.
    if (!(window.getSelection()?.isCollapsed ?? true)) return;
    const el = target.closest<HTMLElement>('[data-line]');
    const line = el ? Number(el.dataset.line) : NaN;
    if (Number.isFinite(line)) api.postMessage({ type: 'reveal', line });
  });

  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      api.setState({ uri, scrollY: window.scrollY });
    }, 100);
  });

  if (saved && typeof saved.scrollY === 'number') window.scrollTo(0, saved.scrollY);
  api.postMessage({ type: 'ready' });
}

/** The script's source text for the inline `<script>` element: the function, called at once with the document's URI. */
export function previewScriptSource(documentUri?: string): string {
  // JSON with `<` escaped is a JavaScript string literal that cannot end the script element.
  const arg = documentUri === undefined ? '' : JSON.stringify(documentUri).replace(/</g, '\\u003c');
  const source = `(${previewScript.toString()})(${arg});`;
  // A `</script` inside the text would end the element early; the function has none, and this keeps it so.
  return source.replace(/<\/script/gi, '<\\/script');
}

/** Adds the page script, carrying the nonce and the document's URI, just before `</body>`. */
export function withPageScript(html: string, nonce: string, documentUri?: string): string {
  const script = `<script nonce="${escapeHtml(nonce)}" data-cw-preview>${previewScriptSource(documentUri)}</script>\n`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + script : html.slice(0, at) + script + html.slice(at);
}

/**
 * The document URI a restored preview should show, read from the state its
 * page saved (the serializer's state argument); undefined when the state does
 * not name one.
 */
export function restoredDocumentUri(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const uri = (state as PreviewPageState).uri;
  return typeof uri === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(uri) ? uri : undefined;
}
