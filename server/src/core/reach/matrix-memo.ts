/**
 * Equal reach matrices computed once: items of the same kind and channel whose component rules,
 * enumeration and plugin verdicts agree get the same matrix (the corpus: 2,988 items, 134 distinct
 * matrices). The key is everything computeReach reads for a matrix without findings (engine.ts), so a
 * hit is the matrix the engine would compute. Owner and lifetime: the workspace index (getWorkspaceIndex),
 * dropped with it after an edit that shapes it. Matrices are read, never written, after they are built.
 */
import type { Workspace } from '../workspace';
import { getWorkspaceIndex, type WorkspaceIndex } from '../index/index';
import type { ReachMatrix } from './engine';

const MEMO = new WeakMap<WorkspaceIndex, Map<string, ReachMatrix>>();

export function sharedMatrix(ws: Workspace, key: string, compute: () => ReachMatrix): ReachMatrix {
  const idx = getWorkspaceIndex(ws);
  let memo = MEMO.get(idx);
  if (!memo) { memo = new Map(); MEMO.set(idx, memo); }
  let hit = memo.get(key);
  if (!hit) { hit = compute(); memo.set(key, hit); }
  return hit;
}
