/**
 * Editor conventions in the manifest (issue 14 item 6): the `$clausewise`
 * problem matcher reads `clausewise lint`'s stylish output back into exactly
 * the problems its JSON output lists (with colours, stripped as VS Code's task
 * system strips them, and without); the custom semantic token modifiers the
 * server emits are declared; virtual workspaces are supported with limits,
 * and the limits are said; the `clausewise` task type runs what its
 * definition says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isClausewiseTask, TASK_COMMANDS, taskArgs, taskName, taskProblemMatchers } from '../../client/task-args.js';
import { runCli } from '../../server/cli/cli.js';
import type { CliIo } from '../../server/cli/io.js';
import { TOKEN_MODIFIERS } from '../../server/lsp/semantic-tokens.js';
import { EXAMPLES, makeTree, ROOT, type JsonFileResult } from './cli-harness.js';

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

interface PatternSpec {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

interface Matched {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

/**
 * Applies a multi-line problem matcher as VS Code's task system does: ANSI
 * escapes removed, the first pattern opens a match, the last one (with
 * `loop`) matches as many lines as follow, and a line it does not match starts
 * over at the first pattern.
 */
function applyMatcher(patterns: PatternSpec[], output: string): Matched[] {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split(/\r?\n/);
  const [head, row] = patterns.map((p) => ({ ...p, re: new RegExp(p.regexp) }));
  const out: Matched[] = [];
  let file: string | undefined;
  for (const text of lines) {
    if (file !== undefined) {
      const m = row!.re.exec(text);
      if (m) {
        out.push({ file, line: Number(m[row!.line!]), column: Number(m[row!.column!]), severity: m[row!.severity!]!, message: m[row!.message!]!, code: m[row!.code!]! });
        continue;
      }
      file = undefined;
    }
    const h = head!.re.exec(text);
    if (h) file = h[head!.file!];
  }
  return out;
}

async function lint(args: string[], cwd: string, tty: boolean): Promise<string> {
  let stdout = '';
  const io: CliIo = { cwd, env: {}, stdoutIsTTY: tty, stdout: (t) => void (stdout += t), stderr: () => undefined };
  await runCli(['lint', ...args], io);
  return stdout;
}

describe('the $clausewise problem matcher', () => {
  const matcher = PKG.contributes.problemMatchers.find((m: { name: string }) => m.name === 'clausewise');

  it('is contributed with a label, its own owner, clausewise as source and paths relative to the workspace folder', () => {
    expect(matcher).toBeDefined();
    expect(matcher.label).toBeTruthy();
    expect(matcher.owner).not.toBe('clausewise');
    expect(matcher.source).toBe('clausewise');
    expect(matcher.fileLocation).toEqual(['autoDetect', '${workspaceFolder}']);
    expect(matcher.pattern).toHaveLength(2);
    expect(matcher.pattern[1].loop).toBe(true);
  });

  it.each([
    ['without colours', false],
    ['with colours', true],
  ])('reads every problem of the stylish output, %s, as the JSON output lists it', async (_label, tty) => {
    const dir = makeTree({
      'contracts/vague.contract': fs.readFileSync(path.join(EXAMPLES, 'vague-services.contract'), 'utf8'),
      'contracts/sub dir/msa.contract': fs.readFileSync(path.join(EXAMPLES, 'managed-services.contract'), 'utf8').replace('effective 2027-01-01', 'effective 2027-02-30'),
    });
    try {
      const stylish = await lint(['contracts'], dir, tty);
      if (tty) expect(stylish).toContain('\u001b[');
      const json = JSON.parse(await lint(['contracts', '--format', 'json'], dir, false)) as JsonFileResult[];
      const expected = json.flatMap((f) =>
        f.diagnostics.map((d) => ({ file: f.file, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, message: d.message.replace(/\s+/g, ' ').trim(), code: d.code })),
      );
      expect(expected.length).toBeGreaterThan(10);
      const matched = applyMatcher(matcher.pattern, stylish).map((m) => ({ ...m, message: m.message.replace(/\s+/g, ' ') }));
      expect(matched).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('semantic token modifiers', () => {
  it('declares every modifier the server emits that VS Code does not define', () => {
    const standard = new Set(['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary']);
    const custom = TOKEN_MODIFIERS.filter((m) => !standard.has(m));
    expect(custom).toEqual(['date']);
    const declared = (PKG.contributes.semanticTokenModifiers as { id: string; description: string }[]).map((m) => m.id);
    expect(declared.sort()).toEqual([...custom].sort());
    for (const m of PKG.contributes.semanticTokenModifiers) expect(m.description).toBeTruthy();
  });
});

describe('capabilities', () => {
  it('supports virtual workspaces with limits, and says which', () => {
    expect(PKG.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(PKG.capabilities.virtualWorkspaces.description).toMatch(/clausewise\.json/);
  });
});

describe('the clausewise task type', () => {
  const def = (PKG.contributes.taskDefinitions as { type: string; required: string[]; properties: Record<string, { enum?: string[] }>; when?: string }[]).find((d) => d.type === 'clausewise')!;

  it('is declared with the commands the provider runs, only where a shell can run, and activates the extension', () => {
    expect(def.required).toEqual(['command']);
    expect(def.properties['command']!.enum).toEqual([...TASK_COMMANDS]);
    expect(Object.keys(def.properties).sort()).toEqual(['args', 'command', 'files']);
    expect(def.when).toBe('shellExecutionSupported');
    expect(PKG.activationEvents).toContain('onTaskType:clausewise');
  });

  it('runs lint with the $clausewise matcher and format --check without one, options before the files', () => {
    expect(taskArgs({ type: 'clausewise', command: 'lint' })).toEqual(['lint']);
    expect(taskArgs({ type: 'clausewise', command: 'lint', files: ['contracts/**/*.contract'], args: ['--max-warnings', '0'] })).toEqual(['lint', '--max-warnings', '0', 'contracts/**/*.contract']);
    expect(taskArgs({ type: 'clausewise', command: 'format-check', files: ['a.contract'] })).toEqual(['format', '--check', 'a.contract']);
    expect(taskProblemMatchers({ type: 'clausewise', command: 'lint' })).toEqual(['$clausewise']);
    expect(taskProblemMatchers({ type: 'clausewise', command: 'format-check' })).toEqual([]);
    expect(taskName({ type: 'clausewise', command: 'lint', files: ['contracts'] })).toBe('lint contracts');
    expect(taskName({ type: 'clausewise', command: 'format-check' })).toBe('format --check');
    for (const m of taskProblemMatchers({ type: 'clausewise', command: 'lint' })) {
      expect((PKG.contributes.problemMatchers as { name: string }[]).map((x) => `$${x.name}`)).toContain(m);
    }
  });

  it('accepts only well-formed definitions from tasks.json', () => {
    expect(isClausewiseTask({ type: 'clausewise', command: 'lint' })).toBe(true);
    expect(isClausewiseTask({ type: 'clausewise', command: 'lint', files: ['x'], args: [] })).toBe(true);
    expect(isClausewiseTask({ type: 'clausewise', command: 'render' })).toBe(false);
    expect(isClausewiseTask({ type: 'shell', command: 'lint' })).toBe(false);
    expect(isClausewiseTask({ type: 'clausewise', command: 'lint', files: 'contracts' })).toBe(false);
    expect(isClausewiseTask({ type: 'clausewise', command: 'lint', args: [0] })).toBe(false);
  });
});
