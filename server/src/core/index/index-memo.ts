/**
 * Answers that belong to a workspace snapshot, not to one item (equal reach matrices, whether a folder
 * holds a SKILL.md, the declaring settings), computed once. Owner and lifetime: the workspace index (getWorkspaceIndex), which
 * hosts drop after an edit that shapes it (any JSON file, a created or deleted file), taking these along.
 */
import type { Workspace } from '../workspace';
import { getWorkspaceIndex, type WorkspaceIndex } from './index';

export class SnapshotMemo<V> {
  private readonly byIndex = new WeakMap<WorkspaceIndex, Map<string, V>>();

  get(ws: Workspace, key: string, compute: () => V): V {
    const idx = getWorkspaceIndex(ws);
    let memo = this.byIndex.get(idx);
    if (!memo) { memo = new Map(); this.byIndex.set(idx, memo); }
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as V; // one lookup when the answer is known
    const v = compute();
    memo.set(key, v);
    return v;
  }
}
