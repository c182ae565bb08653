/**
 * Memos that live as long as one snapshot of a workspace: what every file of a plugin would otherwise
 * recompute (its plugin root). `invalidateWorkspaceIndex` drops them with the index; the server calls it
 * when a file is created or deleted or a manifest changes, the CLI once per fix pass. Pure core: no I/O.
 * Same lifetime as index-memo.ts's SnapshotMemo, but keyed by the workspace, so it needs no built index.
 */
import type { Workspace } from '../workspace';

const MEMOS = new WeakMap<Workspace, Map<string, Map<string, unknown>>>();

/** The named memo of this workspace's current snapshot (created empty on first use). */
export function snapshotMemo<V>(ws: Workspace, name: string): Map<string, V> {
  let byName = MEMOS.get(ws);
  if (!byName) { byName = new Map(); MEMOS.set(ws, byName); }
  let memo = byName.get(name);
  if (!memo) { memo = new Map(); byName.set(name, memo); }
  return memo as Map<string, V>;
}

/** Forget every memo of the workspace (its files were created, deleted or reshaped). */
export function dropSnapshotMemos(ws: Workspace): void {
  MEMOS.delete(ws);
}
