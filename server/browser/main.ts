/**
 * The web-worker entry of the language server (dist/browser-server.js), for
 * VS Code for the Web. Same server over the same core; there is no file
 * system, so the configuration comes from the settings only and workspace
 * symbols cover the open documents.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server.js';

/** The events of a worker's global scope that report errors nothing handled. */
interface ErrorEvents {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { error?: unknown; reason?: unknown; message?: string; preventDefault(): void }) => void): void;
}

// The worker's global scope speaks the same postMessage protocol as a Worker.
const scope = self as unknown as Worker;
const reader = new BrowserMessageReader(scope);
const writer = new BrowserMessageWriter(scope);
const connection = createConnection(reader, writer);

// The last line of defence, as in the Node entry: what escaped every guard goes to the client's log.
const events = self as unknown as ErrorEvents;
const report = (what: string, e: unknown) => connection.console.error(`Clausewise: ${what}; the server keeps running. Please report this: ${(e as Error)?.stack ?? String(e)}`);
events.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  report('a promise was rejected and nothing handled it', event.reason);
});
events.addEventListener('error', (event) => {
  event.preventDefault();
  report('an exception was not caught', event.error ?? event.message);
});

startServer(connection, {});
