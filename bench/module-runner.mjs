// Runs one benchmark module of a checkout of Clausewise in a process of its own:
//   node bench/module-runner.mjs ROOT NAME [--quick]
// imports ROOT/bench/NAME.bench.mjs, runs it with a context for ROOT
// (context.mjs), prints its log on standard error and its figures as one JSON
// object on standard output. `npm run bench -- --against REV` runs the same
// module of the baseline and of this checkout this way, turn about.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeContext } from './context.mjs';

const [root, name] = process.argv.slice(2);
if (!root || !name) {
  console.error('usage: node bench/module-runner.mjs ROOT NAME [--quick]');
  process.exit(2);
}
const ctx = makeContext({ root: path.resolve(root), quick: process.argv.includes('--quick'), log: (line = '') => console.error(line) });
const mod = await import(pathToFileURL(path.join(ctx.root, 'bench', `${name}.bench.mjs`)).href);
process.stdout.write(JSON.stringify(await mod.run(ctx)) + '\n');
