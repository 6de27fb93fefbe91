// Runs Clausewise's end-to-end tests in a real VS Code.
//
//   node scripts/e2e.mjs                 all phases on the local VS Code server (code-server's VS Code 1.100.3)
//   node scripts/e2e.mjs --only node,web  some phases: grammar (the TextMate grammar in VS Code's tokenizer), node (Node extension host), web (web-worker
//                                         extension host and server), ui (Playwright against the workbench)
//   node scripts/e2e.mjs --electron      the same Mocha suite under @vscode/test-electron (desktop VS Code,
//                                         for machines that can download it)
//   --only vsix                          package the .vsix, install it with --install-extension and check
//                                         that it activates and checks a contract (runs last by default)
//   --no-build                           use the existing dist/ and out/ bundles
//
// Each phase gets a fresh copy of examples/ as its workspace, with the expected
// diagnostics computed by `node dist/cli.js lint --format json`. The runner
// exits non-zero when a test failed, when a phase did not report, or when no
// test ran at all.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { installVsix, launchChromium, openWorkbenchUntrusted, poll, ROOT, SERVER_MAIN, startVsCodeServer, tempDir } from './vscode-server.mjs';
import { packageVsix } from './package.mjs';

const argv = process.argv.slice(2);
const electron = argv.includes('--electron');
const noBuild = argv.includes('--no-build');
const onlyArg = argv.find((a) => a.startsWith('--only'))?.split('=')[1] ?? (argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined);
const phases = electron ? ['electron'] : (onlyArg ?? 'grammar,node,web,ui,vsix').split(',').map((s) => s.trim());
const KNOWN_PHASES = ['grammar', 'node', 'web', 'ui', 'vsix', 'electron'];
for (const p of phases) if (!KNOWN_PHASES.includes(p)) {
  console.error(`[e2e] unknown phase "${p}"; the phases are ${KNOWN_PHASES.join(', ')}`);
  process.exit(2);
}
const RESULT_MARKER = 'CLAUSEWISE_E2E_RESULT ';
const PHASE_TIMEOUT_MS = Number(process.env.CLAUSEWISE_E2E_TIMEOUT_MS ?? 10 * 60_000);
const RESULTS_DIR = path.join(ROOT, 'test-results');
const NODE_SUITE = path.join(ROOT, 'out/e2e/suite/index.js');
const WEB_SUITE = path.join(ROOT, 'out/e2e/web/index.js');

const log = (msg) => console.log(`[e2e] ${msg}`);

function fail(msg) {
  console.error(`[e2e] FAILED: ${msg}`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** Builds the extension, the servers, the CLI and both test bundles. */
async function build() {
  run(process.execPath, ['scripts/build.mjs']);
  for (const f of ['dist/extension.js', 'dist/browser-extension.js', 'dist/server.js', 'dist/browser-server.js', 'dist/cli.js', NODE_SUITE, WEB_SUITE]) {
    if (!fs.existsSync(path.resolve(ROOT, f))) fail(`${f} was not built; the end-to-end tests need it (is its source missing?)`);
  }
}

/** A fresh workspace: the examples plus the diagnostics the command line reports for them. */
function prepareWorkspace(phase, { expectRestricted }) {
  const ws = tempDir(`clausewise-e2e-${phase}-`);
  const names = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.contract'));
  for (const n of names) fs.copyFileSync(path.join(ROOT, 'examples', n), path.join(ws, n));
  const lint = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lint', '--format', 'json', ...names], { cwd: ws, encoding: 'utf8' });
  if (lint.status !== 0 && lint.status !== 1) fail(`clausewise lint exited with ${lint.status}: ${lint.stderr}`);
  JSON.parse(lint.stdout);
  fs.mkdirSync(path.join(ws, '.e2e'));
  fs.writeFileSync(path.join(ws, '.e2e', 'expected-lint.json'), lint.stdout);
  fs.writeFileSync(path.join(ws, '.e2e', 'run.json'), JSON.stringify({ phase, expectRestricted }));
  return ws;
}

/**
 * A web-only copy of the extension: the same files (linked), with a
 * package.json without `main`, so that VS Code can only run it from its
 * `browser` entry, in the web-worker extension host. (VS Code 1.100's browser
 * workbench ignores the payload's extensionDevelopmentKind: its environment
 * service names the option extensionDevelopmentLocationKind, so an extension
 * with a `main` would run in the Node host instead.)
 */
function prepareWebExtension() {
  const dir = tempDir('clausewise-web-extension-');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete pkg.main;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const entry of ['dist', 'out', 'syntaxes', 'snippets', 'icons', 'docs', 'media', 'language-configuration.json']) {
    if (fs.existsSync(path.join(ROOT, entry))) fs.symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  return dir;
}

/** Runs one Mocha suite inside the extension host of the VS Code server, driven by Chromium. */
async function runInServer(phase) {
  const web = phase === 'web';
  const ws = prepareWorkspace(phase, { expectRestricted: true });
  const resultsFile = path.join(ws, '.e2e', 'results.json');
  const extensionPath = web ? prepareWebExtension() : ROOT;
  const testsPath = web ? path.join(extensionPath, path.relative(ROOT, WEB_SUITE)) : NODE_SUITE;
  // A missing bundle would leave the extension host waiting for a suite that never loads.
  if (!fs.existsSync(testsPath)) throw new Error(`${path.relative(ROOT, web ? WEB_SUITE : NODE_SUITE)} does not exist: run node scripts/build.mjs`);
  // For the web-worker host the development options come from the payload
  // only: given to the server as well, the Node extension host would run them.
  const server = await startVsCodeServer({
    extensionDevelopmentPath: web ? undefined : ROOT,
    extensionTestsPath: web ? undefined : testsPath,
    env: { CLAUSEWISE_E2E_RESULTS: resultsFile },
    logFile: path.join(RESULTS_DIR, `vscode-server-${phase}.log`),
  });
  const chromium = await launchChromium();
  const consoleLines = [];
  let summary;
  try {
    const page = await chromium.browser.newPage();
    page.on('console', (msg) => {
      const text = msg.text();
      consoleLines.push(text);
      const i = text.indexOf(RESULT_MARKER);
      if (i >= 0) summary ??= JSON.parse(text.slice(i + RESULT_MARKER.length));
      if (/\b(passing|failing|pending)\b|^\s+(✔|✓|\d+\))|FAIL /.test(text)) console.log(`  ${text.replace(/^.*\[Extension Host\]\s*/, '')}`);
    });
    const payload = [
      ['extensionDevelopmentPath', server.remote(extensionPath)],
      ['extensionTestsPath', server.remote(testsPath)],
      ['skipWelcome', 'true'],
    ];
    if (web) payload.push(['extensionDevelopmentKind', 'web']);
    await page.goto(server.url(ws, payload));
    summary = await poll(
      () => {
        if (summary) return summary;
        if (fs.existsSync(resultsFile)) return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
        if (server.exited()) throw new Error(`the VS Code server exited before the ${phase} suite reported`);
        return undefined;
      },
      { timeoutMs: PHASE_TIMEOUT_MS, intervalMs: 250, what: `the ${phase} suite to report its results` },
    );
  } catch (e) {
    fs.writeFileSync(path.join(RESULTS_DIR, `console-${phase}.log`), consoleLines.join('\n'));
    throw e;
  } finally {
    fs.writeFileSync(path.join(RESULTS_DIR, `console-${phase}.log`), consoleLines.join('\n'));
    const leftBrowser = await chromium.stop();
    const leftServer = await server.stop();
    if (leftBrowser.length || leftServer.length) log(`killed processes that outlived SIGTERM: ${[...leftBrowser, ...leftServer].join(', ')}`);
    fs.rmSync(ws, { recursive: true, force: true });
    if (web) fs.rmSync(extensionPath, { recursive: true, force: true });
  }
  if (summary.host !== phase) throw new Error(`the ${phase} suite reported from the ${summary.host} extension host`);
  return summary;
}

/** Runs Mocha test files in this Node process and returns a summary. */
async function runMochaFiles(host, files) {
  const started = Date.now();
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'tdd', timeout: 120_000, reporter: 'spec', color: false });
  for (const f of files) mocha.addFile(f);
  await mocha.loadFilesAsync();
  const failures = [];
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
    runner.on('fail', (t, err) => failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
  });
  return { host, passed: stats.passes, failed: stats.failures, pending: stats.pending, total: stats.tests, durationMs: Date.now() - started, failures };
}

/** Runs the Playwright UI tests against the workbench with the extension loaded. */
async function runUi() {
  for (const f of fs.readdirSync(RESULTS_DIR)) if (/^ui-.*\.png$/.test(f)) fs.rmSync(path.join(RESULTS_DIR, f));
  const ws = prepareWorkspace('ui', { expectRestricted: false });
  const server = await startVsCodeServer({ extensionDevelopmentPath: ROOT, logFile: path.join(RESULTS_DIR, 'vscode-server-ui.log') });
  const chromium = await launchChromium();
  try {
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const ui = await import('../test/e2e/ui/context.mjs');
    Object.assign(ui.ctx, {
      page,
      workspace: ws,
      url: server.url(ws, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]),
      resultsDir: RESULTS_DIR,
    });
    // workbench.ui.mjs first (it opens the workbench), then the other UI files in name order, in the same page.
    const uiFiles = fs.readdirSync(path.join(ROOT, 'test/e2e/ui')).filter((f) => f.endsWith('.ui.mjs') && f !== 'workbench.ui.mjs').sort();
    return await runMochaFiles('ui', ['workbench.ui.mjs', ...uiFiles].map((f) => path.join(ROOT, 'test/e2e/ui', f)));
  } finally {
    const left = [...(await chromium.stop()), ...(await server.stop())];
    if (left.length) log(`killed processes that outlived SIGTERM: ${left.join(', ')}`);
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

/**
 * Packages the .vsix, installs it into a fresh extensions folder with VS
 * Code's --install-extension, and checks in the workbench that the installed
 * extension activates and reports problems in a contract.
 */
async function runVsix() {
  const started = Date.now();
  const checks = [];
  const check = async (title, fn) => {
    try {
      await fn();
      checks.push({ title, ok: true });
      console.log(`  ✔ ${title}`);
    } catch (e) {
      checks.push({ title, ok: false, error: String(e?.stack ?? e) });
      console.log(`  ✗ ${title}`);
    }
  };
  const vsix = path.join(tempDir('clausewise-vsix-'), 'clausewise.vsix');
  const extensionsDir = tempDir('clausewise-extensions-');
  let bytes = 0;
  await check('npm run package builds a .vsix under 1.25 MB', async () => {
    ({ bytes } = packageVsix(vsix));
    log(`.vsix size: ${(bytes / 1024).toFixed(1)} KB`);
  });
  await check('the .vsix installs with --install-extension', async () => {
    const out = installVsix(vsix, extensionsDir);
    const dirs = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('clausewise.clausewise-'));
    if (dirs.length !== 1) throw new Error(`expected one installed clausewise extension in ${extensionsDir}, found ${dirs.join(', ') || 'none'}:\n${out}`);
  });
  const ws = prepareWorkspace('vsix', { expectRestricted: false });
  const server = await startVsCodeServer({ extensionsDir, logFile: path.join(RESULTS_DIR, 'vscode-server-vsix.log') });
  const chromium = await launchChromium();
  try {
    await check('the installed extension activates and checks a contract', async () => {
      const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
      await openWorkbenchUntrusted(page, server.url(ws, [['skipWelcome', 'true']]));
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'vague-services.contract' }).click();
      await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'visible', timeout: 90_000 });
      await page.screenshot({ path: path.join(RESULTS_DIR, 'ui-4-installed-vsix.png') });
    });
  } finally {
    const left = [...(await chromium.stop()), ...(await server.stop())];
    if (left.length) log(`killed processes that outlived SIGTERM: ${left.join(', ')}`);
    for (const d of [ws, extensionsDir, path.dirname(vsix)]) fs.rmSync(d, { recursive: true, force: true });
  }
  const failures = checks.filter((c) => !c.ok).map((c) => ({ title: `vsix ${c.title}`, error: c.error }));
  return { host: 'vsix', passed: checks.length - failures.length, failed: failures.length, pending: 0, total: checks.length, durationMs: Date.now() - started, failures, vsixBytes: bytes };
}

/** Runs the Node suite under @vscode/test-electron (downloads a desktop VS Code). */
async function runElectron() {
  const ws = prepareWorkspace('electron', { expectRestricted: false });
  const resultsFile = path.join(ws, '.e2e', 'results.json');
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: NODE_SUITE,
      launchArgs: [ws, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { CLAUSEWISE_E2E_RESULTS: resultsFile },
    });
  } catch (e) {
    if (!fs.existsSync(resultsFile)) throw e;
  }
  if (!fs.existsSync(resultsFile)) throw new Error('the suite did not write its results under @vscode/test-electron');
  const summary = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  fs.rmSync(ws, { recursive: true, force: true });
  return summary;
}

async function main() {
  const t0 = Date.now();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  if (!electron && !fs.existsSync(SERVER_MAIN)) run('bash', ['scripts/install-vscode-server.sh']);
  if (!noBuild) await build();
  const summaries = [];
  for (const phase of phases) {
    log(`phase ${phase}: starting`);
    let s;
    try {
      s = phase === 'grammar' ? await runMochaFiles('grammar', [path.join(ROOT, 'test/e2e/grammar.test.mjs')]) : phase === 'electron' ? await runElectron() : phase === 'ui' ? await runUi() : phase === 'vsix' ? await runVsix() : await runInServer(phase);
    } catch (e) {
      s = { host: phase, passed: 0, failed: 1, pending: 0, total: 0, durationMs: 0, failures: [{ title: `${phase} phase`, error: String(e?.stack ?? e) }] };
    }
    summaries.push(s);
    log(`phase ${phase}: ${s.passed} passed, ${s.failed} failed, ${s.pending} pending in ${(s.durationMs / 1000).toFixed(1)} s`);
    for (const f of s.failures ?? []) console.error(`[e2e]   ✗ ${f.title}\n${f.error.replace(/^/gm, '      ')}`);
  }
  const passed = summaries.reduce((n, s) => n + s.passed, 0);
  const failed = summaries.reduce((n, s) => n + s.failed, 0);
  fs.writeFileSync(path.join(RESULTS_DIR, 'e2e-summary.json'), JSON.stringify({ phases: summaries, passed, failed, seconds: (Date.now() - t0) / 1000 }, null, 2));
  log(`total: ${passed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s (phases: ${phases.join(', ')})`);
  if (failed > 0) fail(`${failed} end-to-end test(s) failed`);
  const silent = summaries.filter((s) => s.passed === 0);
  if (silent.length) fail(`no test ran in phase(s) ${silent.map((s) => s.host).join(', ')}`);
}

main().catch((e) => fail(e?.stack ?? String(e)));
