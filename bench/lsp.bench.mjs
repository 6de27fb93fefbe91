// The language server as an editor sees it: over stdio against the built
// dist/server.js, with `clausewise.debounceMs` set to 0. Latency from a
// `didChange` to the `publishDiagnostics` of that version on generated
// contracts of 2,000 and 20,000 lines (p50/p95 over ≥ 100 edits, each edit
// typing or deleting one character inside a string), hover and completion
// p95, and the server's resident memory after opening the 20,000-line contract.
import { generateContract } from './generate.mjs';
import { percentile, procMb, startServer } from './lsp-client.mjs';

export const goals = [
  { key: 'diag_p95_ms_2k', label: 'diagnostics after an edit, 2,000 lines, p95', target: '< 30 ms', met: (v) => v < 30 },
  { key: 'diag_p95_ms_20k', label: 'diagnostics after an edit, 20,000 lines, p95', target: '< 150 ms', met: (v) => v < 150 },
  { key: 'completion_p95_ms', label: 'completion, p95', target: '< 20 ms', met: (v) => v < 20 },
  { key: 'rss_mb_20k', label: 'server memory after opening 20,000 lines', target: '< 150 MB', met: (v) => v < 150 },
];

/** Resident memory of a process in MB, from /proc (Linux). */
const rssMb = (pid) => procMb(pid, 'VmRSS');

/** Positions of every line that matches, at `column` characters after the match start. */
function positionsOf(text, regex, delta = 0) {
  const out = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = regex.exec(line);
    if (m) out.push({ line: i, character: m.index + delta });
  });
  return out;
}


/** Measures didChange → publishDiagnostics for `edits` edits on a document of about `lines` lines. */
async function diagnosticsLatency(server, uri, text, edits) {
  const { connection, published } = server;
  let version = 1;
  const opened = published(uri, version);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'contract', version, text } });
  await opened;
  // Edit inside the one-line `text "…"` strings (not text blocks), spread over the whole document:
  // typing in prose, which keeps the syntax intact as most key strokes do.
  const spots = positionsOf(text, /text "(?!"")/, 'text "'.length);
  const times = [];
  const warmup = 5;
  for (let i = 0; i < edits + warmup; i++) {
    const spot = spots[(i * 7919) % spots.length];
    const insert = i % 2 === 0;
    const range = insert ? { start: spot, end: spot } : { start: spot, end: { line: spot.line, character: spot.character + 1 } };
    version++;
    const arrived = published(uri, version);
    const start = performance.now();
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    const { at: end } = await arrived;
    if (i >= warmup) times.push(end - start);
  }
  return times;
}

/** Times `count` requests of one kind at the given positions. */
async function requestLatency(connection, method, uri, positions, count) {
  const times = [];
  for (let i = 0; i < count + 5; i++) {
    const position = positions[(i * 104729) % positions.length];
    const start = performance.now();
    await connection.sendRequest(method, { textDocument: { uri }, position });
    if (i >= 5) times.push(performance.now() - start);
  }
  return times;
}

export async function run(ctx) {
  const edits = ctx.quick ? 20 : 120;
  const server = await startServer(ctx);
  const figures = {};
  try {
    const text2k = generateContract(2000, 7);
    const t2k = await diagnosticsLatency(server, 'file:///bench/2k.contract', text2k, edits);
    figures.diag_p50_ms_2k = ctx.fixed(percentile(t2k, 50));
    figures.diag_p95_ms_2k = ctx.fixed(percentile(t2k, 95));
    ctx.log(`  diagnostics after an edit, ${text2k.split('\n').length} lines: p50 ${figures.diag_p50_ms_2k} ms, p95 ${figures.diag_p95_ms_2k} ms (${t2k.length} edits)`);

    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///bench/2k.contract' } });
    const text20k = generateContract(20000, 11);
    const uri20k = 'file:///bench/20k.contract';
    const opened = server.published(uri20k, 1);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri20k, languageId: 'contract', version: 1, text: text20k } });
    await opened;
    figures.rss_mb_20k = ctx.fixed(rssMb(server.proc.pid) ?? NaN, 1);
    ctx.log(`  server memory after opening ${text20k.split('\n').length} lines (the only open document): ${figures.rss_mb_20k} MB`);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri20k } });

    const t20k = await diagnosticsLatency(server, 'file:///bench/20k-edit.contract', text20k, edits);
    figures.diag_p50_ms_20k = ctx.fixed(percentile(t20k, 50));
    figures.diag_p95_ms_20k = ctx.fixed(percentile(t20k, 95));
    ctx.log(`  diagnostics after an edit, ${text20k.split('\n').length} lines: p50 ${figures.diag_p50_ms_20k} ms, p95 ${figures.diag_p95_ms_20k} ms (${t20k.length} edits)`);
    ctx.log(`  server memory after the 20,000-line edits: ${ctx.fixed(rssMb(server.proc.pid) ?? NaN, 1)} MB`);

    // Hover on keywords and values, completion at the start of statements, on the 20,000-line document as last edited.
    const uri = 'file:///bench/20k-edit.contract';
    const hoverAt = [...positionsOf(text20k, /uptime /, 1), ...positionsOf(text20k, /priority /, 2), ...positionsOf(text20k, /renewal /, 2), ...positionsOf(text20k, /service /, 1)];
    const completeAt = positionsOf(text20k, /^\s+measured_by /, 0).map((p) => ({ line: p.line, character: text20k.split('\n')[p.line].search(/\S/) }));
    const count = ctx.quick ? 20 : 200;
    const th = await requestLatency(server.connection, 'textDocument/hover', uri, hoverAt, count);
    figures.hover_p95_ms = ctx.fixed(percentile(th, 95));
    const tc = await requestLatency(server.connection, 'textDocument/completion', uri, completeAt, count);
    figures.completion_p95_ms = ctx.fixed(percentile(tc, 95));
    ctx.log(`  hover p95 ${figures.hover_p95_ms} ms, completion p95 ${figures.completion_p95_ms} ms (${count} requests each, 20,000-line document)`);
  } finally {
    try {
      await server.connection.sendRequest('shutdown');
      server.connection.sendNotification('exit');
    } catch {
      server.proc.kill();
    }
    server.connection.dispose();
  }
  return figures;
}
