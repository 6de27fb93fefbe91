// Where benchmarks write the contracts that Clausewise itself must find: outside
// the repository, in the system's temporary folder. In bench/.tmp, which
// .gitignore leaves out, `clausewise lint DIR` and the language server's
// workspace scan would skip every file (they leave out what .gitignore does).
import os from 'node:os';
import path from 'node:path';

/** A folder for a generated corpus, outside the repository. */
export function scratchDir(name) {
  return path.join(os.tmpdir(), 'clausewise-bench', name);
}
