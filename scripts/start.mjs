// `npm start`: builds Clausewise, then opens a real VS Code with the extension
// loaded from this folder and examples/ opened.
//
// - Where the desktop `code` command is on PATH: `code --extensionDevelopmentPath=<here> examples/`.
// - Otherwise: the local VS Code server (scripts/install-vscode-server.sh) on
//   127.0.0.1, and the URL to open in a browser is printed. Ctrl+C stops it.
//
// Options: --port N (default 8123 or $PORT), --server (use the VS Code server even
// when `code` exists), --smoke (open the URL in headless Chromium, check that
// the workbench loads and Clausewise reports problems, then stop).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, openWorkbenchUntrusted, ROOT, SERVER_MAIN, startVsCodeServer } from './vscode-server.mjs';

const argv = process.argv.slice(2);
const portArg = argv.indexOf('--port');
const port = Number(portArg >= 0 ? argv[portArg + 1] : (process.env.PORT ?? 8123));
const smoke = argv.includes('--smoke');
const examples = path.join(ROOT, 'examples');

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

function build() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('start: the build failed; fix the errors above and run npm start again.');
    process.exit(1);
  }
}

async function smokeTest(server) {
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openWorkbenchUntrusted(page, server.url(examples, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'vague-services.contract' }).click();
    // vague-services.contract has errors: wait until the checker underlines them.
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'visible', timeout: 90_000 });
    const label = `${await page.locator('.editor-instance .squiggly-error').count()} errors underlined`;
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results/start-smoke.png') });
    console.log(`start --smoke: the workbench loaded and ${label}`);
  } finally {
    await chromium.stop();
  }
}

async function main() {
  build();
  if (!argv.includes('--server') && !smoke && onPath('code')) {
    console.log(`Opening desktop VS Code with Clausewise from ${ROOT} on ${examples}`);
    const child = spawn('code', [`--extensionDevelopmentPath=${ROOT}`, examples], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  if (!fs.existsSync(SERVER_MAIN)) {
    const r = spawnSync('bash', [path.join(ROOT, 'scripts/install-vscode-server.sh')], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(1);
  }
  const server = await startVsCodeServer({ extensionDevelopmentPath: ROOT, port });
  const url = server.url(examples, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]);
  console.log('\nClausewise is running in VS Code 1.100 (the local VS Code server). Open this URL in a browser:\n');
  console.log(`  ${url}\n`);
  console.log('The folder examples/ is open; the extension is loaded from this checkout. Press Ctrl+C to stop.\n');
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  if (smoke) {
    try {
      await smokeTest(server);
      await stop(0);
    } catch (e) {
      console.error(`start --smoke: ${e.message}`);
      await stop(1);
    }
    return;
  }
  const timer = setInterval(() => {
    if (server.exited()) {
      clearInterval(timer);
      console.error('start: the VS Code server stopped; its output:\n' + server.log().slice(-4000));
      void stop(1);
    }
  }, 1000);
}

main().catch((e) => {
  console.error(`start: ${e.message}`);
  process.exit(1);
});
