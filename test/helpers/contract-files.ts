/**
 * Test contracts as files: the cursor marker `<|>` that completion and hover
 * fixtures use to say where the cursor stands, and every `.contract` file the
 * repository holds, for tests that must never fail on any real document.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The cursor marker of completion and hover fixtures. */
export const CURSOR_MARKER = '<|>';

/** The repository's root folder. */
export const REPO_ROOT = path.join(__dirname, '../..');

/** Removes the one cursor marker from a text and returns the text and the marker's offset; `where` names the text in the error for a text with no marker or several. */
export function takeCursor(raw: string, where?: string): { text: string; offset: number } {
  const offset = raw.indexOf(CURSOR_MARKER);
  if (offset < 0 || raw.indexOf(CURSOR_MARKER, offset + 1) >= 0) throw new Error(`${where ? `${where}: ` : ''}needs exactly one ${CURSOR_MARKER} marker`);
  return { text: raw.slice(0, offset) + raw.slice(offset + CURSOR_MARKER.length), offset };
}

/** Every `.contract` file below a folder (none when it does not exist), sorted. */
export function contractsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...contractsUnder(full));
    else if (entry.name.endsWith('.contract')) out.push(full);
  }
  return out.sort();
}

/** Every contract in the test fixtures and the examples, by path. */
export function repositoryContracts(): string[] {
  return [...contractsUnder(path.join(REPO_ROOT, 'test/fixtures')), ...contractsUnder(path.join(REPO_ROOT, 'examples'))];
}

/** A repository contract's text with its cursor marker, if any, removed. */
export function readWithoutCursor(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(CURSOR_MARKER, '');
}
