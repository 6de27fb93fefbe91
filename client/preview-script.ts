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
 * same document (see {@link restoredDocumentUri}). A toolbar at the top of a
 * rendered document switches between the review copy (with its review notes)
 * and the signing copy; the choice is kept in the webview state too.
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
  /** Whether the reader chose the signing copy. */
  signing?: boolean;
}

/**
 * The page script. Runs once when the page loads, with the URI of the
 * document it shows; never called in the extension host.
 */
export function previewScript(documentUri?: string): void {
  const api = acquireVsCodeApi();
  const saved = api.getState() as { scrollY?: number; uri?: string; signing?: boolean } | undefined;
  const uri = documentUri ?? saved?.uri;
  let signing = saved?.signing === true;
  const remember = (scrollY: number | undefined) => api.setState({ uri, scrollY, signing });
  // The document is remembered at once, so a preview that was never scrolled is restored after a reload too.
  remember(saved?.scrollY);

  /** The toolbar of a rendered document: one checkbox that switches to the signing copy. Kept outside every `data-line` element. */
  const toolbar = () => {
    if (!document.body.classList.contains('cw-preview')) return;
    let bar = document.getElementById('cw-preview-toolbar');
    if (!bar) {
      bar = document.createElement('div');
      bar.id = 'cw-preview-toolbar';
      bar.className = 'cw-toolbar';
      bar.setAttribute('role', 'toolbar');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'cw-signing-toggle';
      box.addEventListener('change', () => {
        signing = box.checked;
        remember(window.scrollY);
        api.postMessage({ type: 'signing', on: signing });
      });
      label.append(box, document.createTextNode(' Signing copy: hide review notes and the obligations table'));
      bar.append(label);
    }
    if (bar.parentElement !== document.body || document.body.firstChild !== bar) document.body.prepend(bar);
    (bar.querySelector('input') as HTMLInputElement).checked = document.body.classList.contains('cw-signing');
  };

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
    // The body's classes say which copy this is (cw-review or cw-signing) and carry the paper size.
    document.body.className = parsed.body.className;
    if (parsed.title) document.title = parsed.title;
    window.scrollTo(0, y);
    summary(version);
    toolbar();
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
      remember(window.scrollY);
    }, 100);
  });

  toolbar();
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

/** Whether a restored preview showed the signing copy, read from the state its page saved (the serializer's state argument). */
export function restoredSigning(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as PreviewPageState).signing === true;
}

/**
 * The document URI a restored preview should show, read from the state its
 * page saved; undefined when the state does not name one.
 */
export function restoredDocumentUri(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const uri = (state as PreviewPageState).uri;
  return typeof uri === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(uri) ? uri : undefined;
}
