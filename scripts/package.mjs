// Builds the installable extension: production (minified) bundles and a .vsix
// made by @vscode/vsce with --no-dependencies (everything is bundled), then
// checks that it holds every bundle the extension loads at run time and stays
// under 1.25 MB. Usage: node scripts/package.mjs [--out FILE]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The largest .vsix we accept, in bytes. It was 1 MB until stop 29, when the
 * package reached 1,035 KB: two language-server bundles (Node and web) that
 * each carry the prose classes (about 200 KB of expressions, minified), the
 * Word writer in the Node one, and 87 rule pages. The budget guards against
 * shipping what does not belong (node_modules, source maps, unminified
 * bundles), which would cost megabytes, not kilobytes.
 */
export const MAX_VSIX_BYTES = 1280 * 1024;
/**
 * Files the extension needs at run time, as they lie in the .vsix. The server
 * analyses large documents in a worker thread running dist/server.js itself.
 */
export const REQUIRED_FILES = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/browser-extension.js',
  'extension/dist/server.js',
  'extension/dist/browser-server.js',
];

/** The names of the entries of a zip file (a .vsix), read from its central directory. */
export function zipEntries(file) {
  const buf = fs.readFileSync(file);
  // The end-of-central-directory record: signature 0x06054b50, within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path.basename(file)} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path.basename(file)}: damaged central directory`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Packages the extension and returns `{ file, bytes }`; throws when vsce fails or the package is too large. */
export function packageVsix(out) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const file = path.resolve(ROOT, out ?? `${pkg.name}-${pkg.version}.vsix`);
  const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
  // vsce runs the vscode:prepublish script (the production build) itself.
  const args = [vsce, 'package', '--no-dependencies', '--out', file];
  if (!fs.existsSync(path.join(ROOT, 'LICENSE')) && !fs.existsSync(path.join(ROOT, 'LICENSE.md'))) args.push('--skip-license');
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vsce package exited with ${r.status ?? r.signal}`);
  const entries = new Set(zipEntries(file));
  const missing = REQUIRED_FILES.filter((f) => !entries.has(f));
  if (missing.length) throw new Error(`${path.basename(file)} lacks ${missing.join(', ')} (check .vscodeignore and scripts/build.mjs)`);
  const bytes = fs.statSync(file).size;
  if (bytes >= MAX_VSIX_BYTES) throw new Error(`${path.basename(file)} is ${(bytes / 1024).toFixed(0)} KB; it must stay under 1.25 MB (check .vscodeignore and that the bundles are minified)`);
  return { file, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  try {
    const { file, bytes } = packageVsix(i > 0 ? process.argv[i + 1] : undefined);
    console.log(`${path.relative(ROOT, file)}: ${(bytes / 1024).toFixed(1)} KB (limit ${MAX_VSIX_BYTES / 1024} KB)`);
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
