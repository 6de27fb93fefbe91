/**
 * How the document views reach the language client: a function, because the
 * running client changes when the server is restarted. Its own module, so that
 * the views (preview.ts, obligations-view.ts, calendar-command.ts) share it
 * without importing each other.
 */
import type { BaseLanguageClient } from 'vscode-languageclient';

/** Gives the running language client (it changes when the server is restarted). */
export type ClientAccess = () => BaseLanguageClient;
