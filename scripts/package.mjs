// Builds the installable extension: production (minified) bundles and a .vsix
// made by @vscode/vsce with --no-dependencies (everything is bundled), then
// checks that it stays under 1 MB. Usage: node scripts/package.mjs [--out FILE]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The largest .vsix we accept, in bytes. */
export const MAX_VSIX_BYTES = 1024 * 1024;

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
  const bytes = fs.statSync(file).size;
  if (bytes >= MAX_VSIX_BYTES) throw new Error(`${path.basename(file)} is ${(bytes / 1024).toFixed(0)} KB; it must stay under 1 MB (check .vscodeignore and that the bundles are minified)`);
  return { file, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  try {
    const { file, bytes } = packageVsix(i > 0 ? process.argv[i + 1] : undefined);
    console.log(`${path.relative(ROOT, file)}: ${(bytes / 1024).toFixed(1)} KB (limit 1024 KB)`);
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
