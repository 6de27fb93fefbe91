/**
 * The web-worker entry of the language server (dist/browser-server.js), for
 * VS Code for the Web. Same server over the same core; there is no file
 * system, so the configuration comes from the settings only and workspace
 * symbols cover the open documents.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server.js';

// The worker's global scope speaks the same postMessage protocol as a Worker.
const scope = self as unknown as Worker;
const reader = new BrowserMessageReader(scope);
const writer = new BrowserMessageWriter(scope);
startServer(createConnection(reader, writer), {});
