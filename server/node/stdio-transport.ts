/**
 * The stdio transport of the Node server. vscode-languageserver's own drops a
 * message it cannot use without a word; JSON-RPC 2.0 asks for an answer with
 * id null, and this transport gives it: a frame whose body is not JSON gets a
 * Parse error (-32700), and a JSON value that is not a message (an array, a
 * number, an object without `method`, `result` or `error`, a `method` that is
 * not a string) gets an Invalid Request error (-32600, with the id when it has
 * a usable one). The connection goes on reading the next frame either way.
 *
 * Because the reader and writer are created here, this module also does the
 * two things vscode-languageserver does for its own `--stdio` transport: it
 * exits when stdin ends (code 0 after `shutdown`, 1 otherwise), and it sends
 * `console` output to the client's log instead of into the JSON-RPC stream.
 */
import { format } from 'node:util';
import {
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/** Why a decoded JSON value cannot be handled as a JSON-RPC message, with the id to answer under; undefined when it can. */
export function invalidMessage(value: unknown): { id: string | number | null; reason: string } | undefined {
  if (typeof value !== 'object' || value === null) return { id: null, reason: 'a message must be a JSON object' };
  if (Array.isArray(value)) return { id: null, reason: 'batches (arrays of messages) are not supported' };
  const m = value as Record<string, unknown>;
  const id = m['id'];
  const usableId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (id !== undefined && id !== null && usableId === null) return { id: null, reason: '"id" must be a string or a number' };
  if ('method' in m) {
    if (typeof m['method'] !== 'string') return { id: usableId, reason: '"method" must be a string' };
    if (id === null) return { id: null, reason: 'a request needs a string or number id (a notification has none)' };
    return undefined;
  }
  // Without a method it is a response; one without result and error still goes on, so that the request it answers fails.
  if (id !== undefined) return undefined;
  return { id: null, reason: 'a message needs a "method" (request or notification), or an "id" with a "result" or an "error" (response)' };
}

/** A reader that passes on the messages the connection can handle and answers the others itself. */
class CheckedReader implements MessageReader {
  /** Set once a `shutdown` request has been read, for the exit code when stdin ends. */
  shutdownRequested = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly reply: (id: string | number | null, code: number, message: string) => void,
  ) {}

  get onError() {
    return this.inner.onError;
  }

  get onClose() {
    return this.inner.onClose;
  }

  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback) {
    return this.inner.listen((message: Message) => {
      const problem = invalidMessage(message);
      if (problem) {
        this.reply(problem.id, ErrorCodes.InvalidRequest, `Invalid Request: ${problem.reason}.`);
        return;
      }
      if ((message as { method?: unknown }).method === 'shutdown') this.shutdownRequested = true;
      callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/** Sends `console` output to the client's log: on stdio, anything written to stdout would corrupt the JSON-RPC stream. */
function consoleToClient(connection: Connection): void {
  const to = (send: (message: string) => void) => (...args: unknown[]) => send(format(...args));
  console.log = to((m) => connection.console.log(m));
  console.info = to((m) => connection.console.info(m));
  console.debug = to((m) => connection.console.log(m));
  console.trace = to((m) => connection.console.log(m));
  console.warn = to((m) => connection.console.warn(m));
  console.error = to((m) => connection.console.error(m));
  console.dir = to((m) => connection.console.log(m));
}

/** Creates the server's connection over stdin and stdout. */
export function createStdioConnection(): Connection {
  const writer: MessageWriter = new StreamMessageWriter(process.stdout);
  // Until the connection exists, stderr is the log.
  let logError = (message: string): void => void process.stderr.write(`${message}\n`);
  const reply = (id: string | number | null, code: number, message: string) => {
    const response: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    writer.write(response).catch(() => logError('Clausewise: answering an invalid message failed.'));
  };
  const reader = new CheckedReader(new StreamMessageReader(process.stdin), reply);
  reader.onError((e) => {
    // JSON.parse throws a SyntaxError for a body that is not JSON; other read errors are framing problems with no id to answer.
    if (e instanceof SyntaxError) {
      reply(null, ErrorCodes.ParseError, `Parse error: ${e.message}`);
      logError(`Clausewise: a message that is not JSON was answered with a Parse error (${e.message}).`);
    } else {
      logError(`Clausewise: reading a message failed: ${e.message}`);
    }
  });
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  logError = (message) => connection.console.error(message);
  consoleToClient(connection);
  const exit = () => process.exit(reader.shutdownRequested ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return connection;
}
