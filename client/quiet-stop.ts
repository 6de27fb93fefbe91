/**
 * A restart the user asked for is not an error. When it stops the old server,
 * vscode-languageclient logs the server process's normal end as an error
 * ("Server process exited with code 0.", which it does for every exit), and,
 * when the process exits before the client has finished stopping, the
 * connection closing too ("Connection to server got closed. Server will not
 * be restarted.", with an error notification). For a client stopped on
 * request these are logged as information; a crash (another exit code, a
 * signal) and every other error stay errors. No editor API here, so that it is
 * unit-tested.
 */

/** The part of a language client this needs (vscode-languageclient's BaseLanguageClient has it). */
export interface LoggingClient {
  error(message: string, data?: unknown, showNotification?: boolean | 'force'): void;
  info(message: string, data?: unknown, showNotification?: boolean): void;
}

/** What the client reports when the connection or the server process ends normally. */
const CONNECTION_ENDED = /connection to server got closed|server will not be restarted|server process exited with code 0\b/i;

/**
 * Makes `client` log the normal end of its server as information once
 * `stoppedOnRequest()` is true (a client stopped on request is never started
 * again, so the flag need not be reset: the process may exit after the stop
 * has returned).
 */
export function quietRequestedStop(client: LoggingClient, stoppedOnRequest: () => boolean): void {
  const error = client.error.bind(client);
  client.error = (message: string, data?: unknown, showNotification?: boolean | 'force') => {
    if (stoppedOnRequest() && CONNECTION_ENDED.test(message)) {
      client.info(`${message.replace(/\s*Server will not be restarted\.?$/, '')} (the server was stopped on request)`);
      return;
    }
    error(message, data, showNotification);
  };
}
