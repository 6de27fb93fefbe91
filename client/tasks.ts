/**
 * The `clausewise` task type (Terminal → Run Task…): `lint` with the
 * `$clausewise` problem matcher, and `format-check`, for each workspace
 * folder, and any `{ "type": "clausewise", … }` task of tasks.json. The task
 * runs `npx --no -- clausewise …` in the folder, that is the `clausewise` npm
 * package the contract repository installs (the .vsix holds no command line);
 * where it is missing, npx says so in the terminal. Desktop and VS Code
 * server only: VS Code for the Web runs no shell.
 */
import * as vscode from 'vscode';
import { isClausewiseTask, taskArgs, taskName, taskProblemMatchers, type ClausewiseTaskDefinition } from './task-args.js';

function taskFor(def: ClausewiseTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace, definition: vscode.TaskDefinition = def): vscode.Task {
  const args = ['--no', '--', 'clausewise', ...taskArgs(def)].map((value) => ({ value, quoting: vscode.ShellQuoting.Strong }));
  const options: vscode.ShellExecutionOptions = typeof scope === 'object' ? { cwd: scope.uri.fsPath } : {};
  const task = new vscode.Task(definition, scope, taskName(def), 'clausewise', new vscode.ShellExecution('npx', args, options), taskProblemMatchers(def));
  task.group = def.command === 'lint' ? vscode.TaskGroup.Test : undefined;
  return task;
}

/** Registers the task provider. */
export function registerTasks(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider('clausewise', {
      provideTasks(): vscode.Task[] {
        const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
        return folders.flatMap((folder) => (['lint', 'format-check'] as const).map((command) => taskFor({ type: 'clausewise', command }, folder)));
      },
      resolveTask(task: vscode.Task): vscode.Task | undefined {
        // VS Code requires the resolved task to carry the very definition it was given.
        if (!isClausewiseTask(task.definition)) return undefined;
        const scope = typeof task.scope === 'object' ? task.scope : vscode.TaskScope.Workspace;
        return taskFor(task.definition, scope, task.definition);
      },
    }),
  );
}
