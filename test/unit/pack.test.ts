/**
 * The npm package: `npm pack` of a copy of the repository (package.json,
 * .npmignore and the files they list, with the bundles built as the prepack
 * script builds them, into a private folder so that dist/ is never touched),
 * then the tarball extracted and its commands run with nothing installed
 * beside them: no node_modules, no network. Every runtime dependency must be
 * inside the bundles. Then, as a user would, the tarball is installed with
 * `npm install --offline` into an empty project (a private npm cache, so
 * nothing can come from the registry) and each command run through npx and
 * the linked bin.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Exactly the files the tarball holds (besides those npm always adds, listed here too). */
const EXPECTED_FILES = [
  'README.md',
  'bin/clausewise-language-server.js',
  'bin/clausewise.js',
  'dist/cli-docx.js',
  'dist/cli-glob.js',
  'dist/cli-main.js',
  'dist/cli.js',
  'dist/server.js',
  'docs/cli.md',
  'docs/configuration.md',
  'docs/language-server.md',
  'package.json',
  'schemas/clausewise.schema.json',
];

let work: string;
let packageDir: string;
let packedFiles: string[];
let tarball: string;

/** Copies a file or folder from the repository into the staging copy, when it exists. */
function stage(rel: string, staging: string): void {
  const from = path.join(ROOT, rel);
  if (!fs.existsSync(from)) return;
  fs.cpSync(from, path.join(staging, rel), { recursive: true });
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-pack-'));
  const staging = path.join(work, 'repo');
  fs.mkdirSync(staging);
  for (const rel of ['package.json', '.npmignore', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin', 'schemas', 'docs', 'examples']) stage(rel, staging);
  // The prepack build, written into the staging copy instead of the repository's dist/.
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--production', '--package', '--out', staging], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const pack = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: staging,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    shell: process.platform === 'win32',
  });
  expect(pack.status, pack.stderr).toBe(0);
  const info = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = info[0]!.files.map((f) => f.path).sort();
  tarball = path.join(work, info[0]!.filename);
  const extract = spawnSync('tar', ['-xzf', tarball, '-C', work], { encoding: 'utf8' });
  expect(extract.status, extract.stderr).toBe(0);
  packageDir = path.join(work, 'package');
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function runBin(bin: string, args: string[], cwd = work) {
  return spawnSync(process.execPath, [path.join(packageDir, 'bin', bin), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
}

/** Starts a language server process, sends initialize and resolves with the answer (the process is killed after). */
async function initialize(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; shell?: boolean }): Promise<Record<string, unknown>> {
  const server = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, shell: options.shell ?? false });
  try {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    return await new Promise<Record<string, unknown>>((resolve, reject) => {
      let buffer = Buffer.alloc(0);
      let errors = '';
      const timer = setTimeout(() => reject(new Error(`no answer to initialize; stderr: ${errors}`)), 20_000);
      server.on('error', (e) => reject(e));
      server.stderr.on('data', (d: Buffer) => (errors += d.toString()));
      server.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${errors}`)));
      server.stdout.on('data', (d: Buffer) => {
        buffer = Buffer.concat([buffer, d]);
        for (;;) {
          const head = buffer.indexOf('\r\n\r\n');
          if (head < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
          if (buffer.length < head + 4 + length) return;
          const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString()) as Record<string, unknown>;
          buffer = buffer.subarray(head + 4 + length);
          if (message['id'] === 1) {
            clearTimeout(timer);
            resolve(message);
            return;
          }
        }
      });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
  } finally {
    server.kill();
  }
}

describe('package.json', () => {
  it('can be published and installed: not private, no dependencies to fetch, no install scripts, a prepack build', () => {
    expect(PKG.private).toBeUndefined();
    expect(PKG.dependencies ?? {}).toEqual({});
    expect(PKG.optionalDependencies ?? {}).toEqual({});
    expect(PKG.peerDependencies ?? {}).toEqual({});
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(PKG.scripts[hook], hook).toBeUndefined();
    expect(PKG.scripts.prepack).toMatch(/scripts\/build\.mjs --production --package/);
    expect(PKG.bin).toEqual({ clausewise: 'bin/clausewise.js', 'clausewise-language-server': 'bin/clausewise-language-server.js' });
  });

  it('keeps the .vsix allow-list apart from the npm one (vsce refuses both "files" and .vscodeignore)', () => {
    expect(PKG.files).toBeUndefined();
    expect(fs.existsSync(path.join(ROOT, '.vscodeignore'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, '.npmignore'))).toBe(true);
  });
});

describe('the tarball', () => {
  it('holds exactly the commands, their bundles, the schema and the user docs', () => {
    const optional = ['LICENSE', 'CHANGELOG.md'];
    expect(packedFiles.filter((f) => !optional.includes(f))).toEqual(EXPECTED_FILES);
  });

  it('holds no source maps, sources or tests', () => {
    expect(packedFiles.some((f) => /\.(map|ts)$/.test(f) || f.startsWith('test/') || f.startsWith('server/'))).toBe(false);
  });

  it('stays small (under 1.5 MB packed)', () => {
    expect(fs.statSync(tarball).size).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('the extracted package, with no node_modules', () => {
  it('has nothing to require outside itself', () => {
    expect(fs.existsSync(path.join(packageDir, 'node_modules'))).toBe(false);
    expect(fs.existsSync(path.join(work, 'node_modules'))).toBe(false);
  });

  it('clausewise --version prints the package version', () => {
    const r = runBin('clausewise.js', ['--version']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${PKG.version}\n`);
  });

  it('clausewise lint checks a contract (exit 0 on the clean example, 1 on the vague one)', () => {
    fs.copyFileSync(path.join(ROOT, 'examples/managed-services.contract'), path.join(work, 'msa.contract'));
    fs.copyFileSync(path.join(ROOT, 'examples/vague-services.contract'), path.join(work, 'vague.contract'));
    const clean = runBin('clausewise.js', ['lint', 'msa.contract', '--format', 'json']);
    expect(clean.status, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)[0].file).toBe('msa.contract');
    const vague = runBin('clausewise.js', ['lint', 'vague.contract']);
    expect(vague.status, vague.stderr).toBe(1);
    expect(vague.stdout).toMatch(/problems? \(/);
  });

  it('clausewise render and calendar write their documents', () => {
    const html = runBin('clausewise.js', ['render', 'msa.contract', '-o', 'msa.html']);
    expect(html.status, html.stderr).toBe(0);
    expect(fs.readFileSync(path.join(work, 'msa.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const ics = runBin('clausewise.js', ['calendar', 'msa.contract']);
    expect(ics.status, ics.stderr).toBe(0);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  });

  it('clausewise format --check and lint --fix-dry-run run', () => {
    const check = runBin('clausewise.js', ['format', '--check', 'msa.contract']);
    expect([0, 1]).toContain(check.status);
    expect(check.stderr).not.toMatch(/internal error|Cannot find module/);
    const dry = runBin('clausewise.js', ['lint', '--fix-dry-run', 'msa.contract']);
    expect(dry.stderr).not.toMatch(/internal error|Cannot find module/);
  });

  it('clausewise-language-server --stdio answers initialize', async () => {
    const reply = await initialize(process.execPath, [path.join(packageDir, 'bin/clausewise-language-server.js'), '--stdio'], { cwd: work });
    const result = reply['result'] as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
    expect(result.capabilities['textDocumentSync']).toBeDefined();
  });
});

describe('the tarball installed with npm install --offline into an empty project', () => {
  let project: string;
  let env: NodeJS.ProcessEnv;
  const win = process.platform === 'win32';

  beforeAll(() => {
    project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'contracts', version: '1.0.0', private: true }, null, 2));
    fs.copyFileSync(path.join(ROOT, 'examples/managed-services.contract'), path.join(project, 'msa.contract'));
    fs.copyFileSync(path.join(ROOT, 'examples/vague-services.contract'), path.join(project, 'vague.contract'));
    // npm's settings from an enclosing `npm test` (npm_config_*) are dropped; a private cache, offline.
    env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    Object.assign(env, {
      npm_config_cache: path.join(work, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_loglevel: 'error',
    });
    const install = spawnSync(win ? 'npm.cmd' : 'npm', ['install', '--offline', '--ignore-scripts', tarball], { cwd: project, encoding: 'utf8', env, shell: win });
    expect(install.status, install.stderr).toBe(0);
  }, 120_000);

  function npx(args: string[]) {
    return spawnSync(win ? 'npx.cmd' : 'npx', ['--no', '--', ...args], { cwd: project, encoding: 'utf8', env, shell: win });
  }

  it('installs the package with no dependencies beside it, and links both commands', () => {
    const installed = path.join(project, 'node_modules');
    expect(fs.readdirSync(installed).filter((d) => !d.startsWith('.'))).toEqual(['clausewise']);
    expect(JSON.parse(fs.readFileSync(path.join(installed, 'clausewise/package.json'), 'utf8')).version).toBe(PKG.version);
    for (const bin of ['clausewise', 'clausewise-language-server']) expect(fs.existsSync(path.join(installed, '.bin', win ? `${bin}.cmd` : bin)), bin).toBe(true);
  });

  it('npx clausewise --version prints the package version', () => {
    const r = npx(['clausewise', '--version']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${PKG.version}\n`);
  });

  it('npx clausewise lint, render and calendar run on the project\'s contracts', () => {
    const clean = npx(['clausewise', 'lint', 'msa.contract', '--format', 'json']);
    expect(clean.status, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)[0].file).toBe('msa.contract');
    const vague = npx(['clausewise', 'lint', '*.contract']);
    expect(vague.status, vague.stderr).toBe(1);
    expect(vague.stdout).toMatch(/vague\.contract/);
    const html = npx(['clausewise', 'render', 'msa.contract', '-o', 'msa.html']);
    expect(html.status, html.stderr).toBe(0);
    expect(fs.readFileSync(path.join(project, 'msa.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    // The Word writer is a bundle of its own (dist/cli-docx.js), found beside dist/cli-main.js when it is needed.
    const word = npx(['clausewise', 'render', 'msa.contract', '--format', 'docx', '-o', 'msa.docx']);
    expect(word.status, word.stderr).toBe(0);
    expect(fs.readFileSync(path.join(project, 'msa.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const ics = npx(['clausewise', 'calendar', 'msa.contract']);
    expect(ics.status, ics.stderr).toBe(0);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  });

  it('npx clausewise diff compares two versions, and writes the Word redline', () => {
    const next = fs.readFileSync(path.join(project, 'msa.contract'), 'utf8').replace(/uptime 99\.9+%/, 'uptime 99.5%');
    expect(next, 'the example states an uptime to change').not.toBe(fs.readFileSync(path.join(project, 'msa.contract'), 'utf8'));
    fs.writeFileSync(path.join(project, 'msa-v2.contract'), next);
    const json = npx(['clausewise', 'diff', 'msa.contract', 'msa-v2.contract', '--format', 'json']);
    expect([0, 1], json.stderr).toContain(json.status);
    expect(JSON.stringify(JSON.parse(json.stdout))).toMatch(/uptime/);
    const docx = npx(['clausewise', 'diff', 'msa.contract', 'msa-v2.contract', '--format', 'docx', '-o', 'round.docx']);
    expect([0, 1], docx.stderr).toContain(docx.status);
    expect(fs.readFileSync(path.join(project, 'round.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('clausewise-language-server --stdio (the linked command) answers initialize', async () => {
    const link = path.join(project, 'node_modules/.bin', win ? 'clausewise-language-server.cmd' : 'clausewise-language-server');
    const reply = await initialize(link, ['--stdio'], { cwd: project, env, shell: win });
    const result = reply['result'] as { capabilities: Record<string, unknown> };
    expect(result.capabilities['textDocumentSync']).toBeDefined();
  });
});
