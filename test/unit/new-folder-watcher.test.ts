import { describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({}));

const { NewFolderContracts, inSkippedFolder } = await import('../../client/new-folder-watcher.js');

/** A file tree: folders end with '/'. Paths are relative to the workspace folder. */
function probeOf(tree: string[]) {
  const looked: string[] = [];
  return {
    looked,
    probe: {
      isFolder: async (p: string) => tree.includes(`${p}/`),
      contractsUnder: async (folder: string) => {
        looked.push(folder);
        return tree.filter((p) => p.startsWith(`${folder}/`) && p.endsWith('.contract'));
      },
      pathOf: (p: string) => (p.startsWith('../') ? undefined : p),
    },
  };
}

describe('the contracts of a new folder', () => {
  it('are reported once the folder is created, at any depth, the outermost new folder searched once', async () => {
    const { probe, looked } = probeOf(['deals/', 'deals/acme/', 'deals/acme/msa.contract', 'deals/acme/orders/', 'deals/acme/orders/sow-1.contract', 'deals/notes.md']);
    const reported: string[] = [];
    const w = new NewFolderContracts(probe, (c) => reported.push(c), (m) => reported.push(`error: ${m}`), 10_000);
    for (const p of ['deals', 'deals/acme', 'deals/acme/orders', 'deals/acme/msa.contract', 'deals/notes.md']) w.created(p);
    await w.flush();
    expect(reported.sort()).toEqual(['deals/acme/msa.contract', 'deals/acme/orders/sow-1.contract']);
    // notes.md was looked at (a file, not a folder); the nested folders were not searched again.
    expect(looked).toEqual(['deals']);
    w.dispose();
  });

  it('skips node_modules, dot-folders, contracts themselves and paths outside the workspace folders', async () => {
    const { probe, looked } = probeOf(['node_modules/', 'node_modules/x/', 'node_modules/x/a.contract', '.git/', '.git/b.contract', 'ok/', 'ok/.hidden/c.contract', 'ok/d.contract', 'ok/node_modules/e.contract']);
    const reported: string[] = [];
    const w = new NewFolderContracts(probe, (c) => reported.push(c), () => undefined, 10_000);
    for (const p of ['node_modules', 'node_modules/x', '.git', '../elsewhere', 'ok']) w.created(p);
    await w.flush();
    expect(looked).toEqual(['ok']);
    expect(reported).toEqual(['ok/d.contract']);
    expect(inSkippedFolder('a/.b/c.contract')).toBe(true);
    expect(inSkippedFolder('a/b.c/d.contract')).toBe(false);
    expect(inSkippedFolder('.contract')).toBe(false);
    w.dispose();
  });

  it('reports a failure to look and goes on with the other folders; nothing after dispose', async () => {
    const reported: string[] = [];
    const w = new NewFolderContracts(
      {
        isFolder: async () => true,
        contractsUnder: async (f: string) => {
          if (f === 'bad') throw new Error('permission denied');
          return [`${f}/x.contract`];
        },
        pathOf: (p: string) => p,
      },
      (c) => reported.push(c),
      (m) => reported.push(m),
      10_000,
    );
    w.created('bad');
    w.created('good');
    await w.flush();
    expect(reported).toEqual(['Looking for contracts in the new folder bad failed: permission denied', 'good/x.contract']);
    w.dispose();
    w.created('later');
    await w.flush();
    expect(reported).toHaveLength(2);
  });

  it('waits for the creations to settle before it looks', async () => {
    vi.useFakeTimers();
    try {
      const { probe, looked } = probeOf(['a/', 'a/x.contract']);
      const reported: string[] = [];
      const w = new NewFolderContracts(probe, (c) => reported.push(c), () => undefined, 200);
      w.created('a');
      await vi.advanceTimersByTimeAsync(150);
      w.created('a/x.contract');
      expect(looked).toEqual([]);
      await vi.advanceTimersByTimeAsync(250);
      expect(looked).toEqual(['a']);
      expect(reported).toEqual(['a/x.contract']);
      w.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
