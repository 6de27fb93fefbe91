/**
 * The `clausewise` task type: what a task definition in tasks.json runs.
 * Plain data, no editor API, so that it is unit-tested
 * (test/unit/vscode-contributions.test.ts); client/tasks.ts turns it into a
 * VS Code task that runs the workspace's own `clausewise` through npx.
 */

/** The commands a `clausewise` task runs, as its `command` property names them. */
export const TASK_COMMANDS = ['lint', 'format-check'] as const;
export type TaskCommand = (typeof TASK_COMMANDS)[number];

/** A task definition of type `clausewise`, as tasks.json writes it. */
export interface ClausewiseTaskDefinition {
  type: 'clausewise';
  command: TaskCommand;
  /** Paths or globs (passed quoted, expanded by clausewise itself); none: the folder the task runs in. */
  files?: string[];
  /** More options, e.g. ["--max-warnings", "0"]. */
  args?: string[];
}

/** True when a definition from tasks.json is one this extension can run. */
export function isClausewiseTask(def: { type?: unknown; command?: unknown; files?: unknown; args?: unknown }): def is ClausewiseTaskDefinition {
  const strings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  return def.type === 'clausewise' && (TASK_COMMANDS as readonly unknown[]).includes(def.command) && strings(def.files) && strings(def.args);
}

/** The arguments after `clausewise`: the sub-command and its options, then the files. */
export function taskArgs(def: ClausewiseTaskDefinition): string[] {
  const command = def.command === 'lint' ? ['lint'] : ['format', '--check'];
  return [...command, ...(def.args ?? []), ...(def.files ?? [])];
}

/** The task's name in the Run Task list. */
export function taskName(def: ClausewiseTaskDefinition): string {
  const what = def.command === 'lint' ? 'lint' : 'format --check';
  return def.files?.length ? `${what} ${def.files.join(' ')}` : what;
}

/** The problem matchers of a task: lint's stylish output through $clausewise; format --check lists file names only. */
export function taskProblemMatchers(def: ClausewiseTaskDefinition): string[] {
  return def.command === 'lint' ? ['$clausewise'] : [];
}
