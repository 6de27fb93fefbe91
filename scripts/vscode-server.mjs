// Starts and stops a real VS Code (the server build shipped in the npm package
// code-server, installed by scripts/install-vscode-server.sh) and Debian's
// Chromium for the end-to-end tests and `npm start`. Every process is started
// in its own process group and stopped through it, by id.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** VS Code's own server entry inside the code-server package. */
export const SERVER_MAIN = path.join(ROOT, '.vscode-test/server/node_modules/code-server/lib/vscode/out/server-main.js');
/** Debian's Chromium. */
export const CHROMIUM = process.env.CLAUSEWISE_CHROMIUM ?? '/usr/bin/chromium';
/** Chromium flags that keep it quiet and offline on a headless machine. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Resolves after `ms` milliseconds (used only between polls, never to wait for a result). */
export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value or `timeoutMs` passes; throws `what` on timeout. */
export async function poll(check, { timeoutMs, intervalMs = 100, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(intervalMs);
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh temporary folder. */
export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The ids of the live processes in a process group (read from /proc). */
export function groupMembers(pgid) {
  const members = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      // The process ended while we were reading.
    }
  }
  return members;
}

/** Stops a process group: SIGTERM, then SIGKILL for whatever is left; returns the ids that had to be killed. */
export async function stopGroup(pgid, { graceMs = 3000 } = {}) {
  if (!pgid) return [];
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return [];
  }
  try {
    await poll(() => groupMembers(pgid).length === 0, { timeoutMs: graceMs, intervalMs: 50, what: `process group ${pgid} to exit` });
    return [];
  } catch {
    const left = groupMembers(pgid);
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await poll(() => groupMembers(pgid).length === 0, { timeoutMs: 5000, intervalMs: 50, what: `process group ${pgid} to die` });
    return left;
  }
}

/**
 * Starts VS Code's server (server-main.js) in its own process group and waits
 * until it listens. Returns `{ port, pid, url(folder, payload), stop(), log() }`.
 */
export async function startVsCodeServer({ extensionDevelopmentPath, extensionTestsPath, env = {}, logFile, port, extensionsDir }) {
  if (!fs.existsSync(SERVER_MAIN)) {
    throw new Error(`VS Code server not found at ${SERVER_MAIN}; run: bash scripts/install-vscode-server.sh`);
  }
  port ??= await freePort();
  const base = tempDir('clausewise-vscode-');
  const args = [
    SERVER_MAIN,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--user-data-dir', path.join(base, 'user-data'),
    '--server-data-dir', path.join(base, 'server-data'),
    '--extensions-dir', extensionsDir ?? path.join(base, 'extensions'),
    '--telemetry-level', 'off',
  ];
  if (extensionDevelopmentPath) args.push(`--extensionDevelopmentPath=${extensionDevelopmentPath}`);
  if (extensionTestsPath) args.push(`--extensionTestsPath=${extensionTestsPath}`);
  let output = '';
  const logStream = logFile ? fs.createWriteStream(logFile) : undefined;
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const onData = (chunk) => {
    const text = chunk.toString();
    output += text;
    logStream?.write(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  child.on('exit', () => (exited = true));
  const pgid = child.pid;
  const stop = async () => {
    const killed = await stopGroup(pgid);
    logStream?.end();
    fs.rmSync(base, { recursive: true, force: true });
    return killed;
  };
  try {
    await poll(
      () => {
        if (exited) throw new Error(`the VS Code server exited before listening:\n${output}`);
        return /listening on|Server bound to/i.test(output);
      },
      { timeoutMs: 60_000, what: 'the VS Code server to listen' },
    );
  } catch (e) {
    await stop();
    throw e;
  }
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    pid: pgid,
    origin,
    base,
    /** The workbench URL for a folder, with development options in the payload. */
    url(folder, payload = []) {
      let u = `${origin}/?folder=${encodeURIComponent(folder)}`;
      if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    /** A vscode-remote URI for a path on this machine, as the payload expects. */
    remote(p) {
      return `vscode-remote://127.0.0.1:${port}${p}`;
    },
    log: () => output,
    exited: () => exited,
    stop,
  };
}

/** Installs a .vsix into an extensions folder with VS Code's own `--install-extension`; returns its output. */
export function installVsix(vsix, extensionsDir) {
  const r = spawnSync(process.execPath, [SERVER_MAIN, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--accept-server-license-terms'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${out}`);
  return out;
}

/**
 * Launches Debian's Chromium headless through playwright-core in its own
 * process group, with a fresh profile. Returns `{ browser, stop() }`.
 */
export async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless });
  const pid = server.process().pid;
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    pid,
    async stop() {
      await browser.close().catch(() => {});
      await server.close().catch(() => {});
      // Playwright starts Chromium detached, so its pid is its process group.
      return stopGroup(pid, { graceMs: 2000 });
    },
  };
}

/**
 * Waits for the workbench to load a folder it has not seen before and answers
 * its workspace-trust question with "no" (Restricted Mode, which Clausewise
 * supports). The question comes after the explorer shows, so wait for it.
 */
export async function openWorkbenchUntrusted(page, url) {
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  const noTrust = page.getByRole('button', { name: /No, I don.t trust the authors/ });
  await noTrust.waitFor({ state: 'visible', timeout: 60_000 });
  await noTrust.click();
  await page.locator('.monaco-dialog-box').waitFor({ state: 'hidden' });
  await page.locator('.explorer-folders-view').waitFor({ state: 'visible', timeout: 60_000 });
}
