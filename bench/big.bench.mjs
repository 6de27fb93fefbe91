// A 10 MB document in the language server, as an editor sees it: the built
// dist/server.js over stdio (`clausewise.debounceMs` 0), a small contract open,
// then a generated contract of about 245,000 lines (10 MB) opened beside it.
//
// - big_10mb_first_diag_s: didOpen of the big document → its publishDiagnostics for version 1.
// - big_10mb_edit_s: a one-character edit inside a string of the big document → diagnostics of version 2.
// - big_10mb_other_doc_p95_ms: p95 of hovers on the SMALL document while the big one is analysed
//   (from its didOpen to its first diagnostics, and from the edit to the new diagnostics). The
//   hovers are sent on a fixed schedule, one every 10–20 ms, without waiting for the previous
//   answer, so that a server busy for two seconds shows as two seconds of slow answers (a
//   client that waited for each answer would send fewer requests while it is slow and hide it).
// - big_10mb_rss_mb: peak resident memory of the server process (all threads): the larger of
//   VmRSS sampled from /proc every 50 ms while it works and the kernel's VmHWM at the end.
import fs from 'node:fs';
import path from 'node:path';
import { generateContract, random } from './generate.mjs';
import { percentile, procMb, startServer } from './lsp-client.mjs';

export const goals = [
  { key: 'big_10mb_first_diag_s', label: 'first diagnostics of a 10 MB document', target: '< 10 s', met: (v) => v < 10 },
  { key: 'big_10mb_other_doc_p95_ms', label: 'hover on another document while a 10 MB one is analysed, p95', target: '< 100 ms', met: (v) => v < 100 },
];


/**
 * Sends hovers on the small document on a fixed schedule (every 10–20 ms,
 * without waiting for answers) until stopped; resolves with every latency once
 * the outstanding answers are in.
 */
function hoverLoad(connection, uri, position, seed) {
  const rnd = random(seed);
  const pending = [];
  let timer;
  let stopped = false;
  const send = () => {
    if (stopped) return;
    const start = performance.now();
    pending.push(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }).then(() => performance.now() - start));
    timer = setTimeout(send, 10 + rnd() * 10);
  };
  send();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    return Promise.all(pending);
  };
}

export async function run(ctx) {
  const server = await startServer(ctx);
  const { connection, published, proc } = server;
  const figures = {};
  let peak = 0;
  const sample = () => (peak = Math.max(peak, procMb(proc.pid, 'VmRSS') ?? 0));
  const sampler = setInterval(sample, 50);
  try {
    const smallUri = 'file:///bench/small.contract';
    const small = fs.readFileSync(path.join(ctx.root, 'examples/managed-services.contract'), 'utf8');
    const smallOpened = published(smallUri, 1);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'contract', version: 1, text: small } });
    await smallOpened;
    // On the `uptime` keyword of the small contract.
    const line = small.split('\n').findIndex((l) => /^\s+uptime /.test(l));
    const position = { line, character: small.split('\n')[line].indexOf('uptime') + 2 };
    for (let i = 0; i < 20; i++) await connection.sendRequest('textDocument/hover', { textDocument: { uri: smallUri }, position });

    const big = generateContract(245_000, 7);
    const bigUri = 'file:///bench/big.contract';
    const mb = big.length / 1e6;
    ctx.log(`  big document: ${big.split('\n').length.toLocaleString('en-US')} lines, ${mb.toFixed(1)} MB`);

    // Phase 1: open the big document; hovers on the small one until its first diagnostics.
    let stopHovers = hoverLoad(connection, smallUri, position, 1);
    const opened = published(bigUri, 1);
    const openAt = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'contract', version: 1, text: big } });
    const first = await opened;
    const openHovers = await stopHovers();
    figures.big_10mb_first_diag_s = ctx.fixed((first.at - openAt) / 1000);
    ctx.log(`  first diagnostics: ${figures.big_10mb_first_diag_s} s (${first.count} diagnostics)`);

    // Phase 2: a one-character edit inside a one-line `text "…"` string (the middle one of the document).
    const lines = big.split('\n');
    const spots = [];
    lines.forEach((l, i) => /text "(?!"")/.test(l) && spots.push(i));
    if (!spots.length) throw new Error('the generated document has no one-line text string to edit');
    const editLine = spots[spots.length >> 1];
    const character = lines[editLine].indexOf('text "') + 'text "'.length;
    stopHovers = hoverLoad(connection, smallUri, position, 2);
    const edited = published(bigUri, 2);
    const editAt = performance.now();
    const at = { line: editLine, character };
    connection.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
    const second = await edited;
    const editHovers = await stopHovers();
    figures.big_10mb_edit_s = ctx.fixed((second.at - editAt) / 1000);
    ctx.log(`  diagnostics after a one-character edit: ${figures.big_10mb_edit_s} s (${second.count} diagnostics)`);

    const hovers = [...openHovers, ...editHovers];
    figures.big_10mb_other_doc_p95_ms = ctx.fixed(percentile(hovers, 95));
    figures.big_10mb_other_doc_max_ms = ctx.fixed(Math.max(...hovers));
    ctx.log(
      `  hover on the small document meanwhile: p50 ${ctx.fixed(percentile(hovers, 50))} ms, p95 ${figures.big_10mb_other_doc_p95_ms} ms, max ${figures.big_10mb_other_doc_max_ms} ms (${hovers.length} hovers)`,
    );
    sample();
    figures.big_10mb_rss_mb = ctx.fixed(Math.max(peak, procMb(proc.pid, 'VmHWM') ?? 0), 1);
    ctx.log(`  server peak memory: ${figures.big_10mb_rss_mb} MB (now ${ctx.fixed(procMb(proc.pid, 'VmRSS') ?? NaN, 1)} MB)`);
  } finally {
    clearInterval(sampler);
    try {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } catch {
      proc.kill();
    }
    connection.dispose();
  }
  return figures;
}
