// Writes schemas/clausewise.schema.json from server/cli/schema.ts (the rule
// registry and the configuration validator's key lists). Usage:
// node scripts/schema.mjs [--check]   (--check: exit 1 if the file is out of date)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'schemas/clausewise.schema.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausewise-schema-'));
try {
  const bundle = path.join(dir, 'schema.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'server/cli/schema.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const text = createRequire(import.meta.url)(bundle).configSchemaText();
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('schemas/clausewise.schema.json is out of date: run npm run schema');
      process.exitCode = 1;
    }
  } else if (current !== text) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    console.log('wrote schemas/clausewise.schema.json');
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
