/**
 * A restart the user asked for is not an error. While it stops the old
 * server, vscode-languageclient reports the connection closing as an error
 * ("Connection to server got closed. Server will not be restarted.", with an
 * error notification) whenever the server process exits before the client has
 * finished stopping, which is the usual order. During a requested stop that
 * message is logged as information instead; every other error stays an error.
 * No editor API here, so that it is unit-tested.
 */

/** The part of a language client this needs (vscode-languageclient's BaseLanguageClient has it). */
export interface LoggingClient {
  error(message: string, data?: unknown, showNotification?: boolean | 'force'): void;
  info(message: string, data?: unknown, showNotification?: boolean): void;
}

/** What the client reports when the connection ends under it. */
const CONNECTION_ENDED = /connection to server got closed|server will not be restarted|connection to server is erroring/i;

/** Makes `client` log the end of its connection as information while `stopping()` is true. */
export function quietRequestedStop(client: LoggingClient, stopping: () => boolean): void {
  const error = client.error.bind(client);
  client.error = (message: string, data?: unknown, showNotification?: boolean | 'force') => {
    if (stopping() && CONNECTION_ENDED.test(message)) {
      client.info(`${message.replace(/\s*Server will not be restarted\.?$/, '')} (the server was stopped on request)`);
      return;
    }
    error(message, data, showNotification);
  };
}
