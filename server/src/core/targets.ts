/**
 * Which surfaces a file is checked for when the user has not chosen targets. A skill under
 * `.claude/skills/` or inside a plugin is meant for Claude Code; a standalone skill folder may also be
 * uploaded to claude.ai / Desktop / Cowork / the API, so the upload contract is checked as warnings.
 * The reach engine refines this from the item's distribution channel.
 */
import type { FileKindId } from './types';
import type { Workspace } from './workspace';
import { CLAUDE_CODE_SURFACES, SURFACE_IDS, UPLOAD_SURFACES, type SurfaceId } from './surfaces';
import { dirname } from './paths';
import { snapshotMemo } from './index/snapshot-memo';

export interface TargetSet {
  surfaces: readonly SurfaceId[];
  /** True when the user chose them (config, setting or --target): surface findings are at full severity. */
  explicit: boolean;
}

/** Shared, read-only surface lists (a TargetSet's surfaces are never modified): no arrays per file. */
const CODE_SKILL: readonly SurfaceId[] = [...CLAUDE_CODE_SURFACES, 'agent-sdk'];
const STANDALONE_SKILL: readonly SurfaceId[] = [...CLAUDE_CODE_SURFACES, 'agent-sdk', ...UPLOAD_SURFACES];
const DESKTOP: readonly SurfaceId[] = ['claude-desktop-chat', 'cowork'];

export function defaultTargets(path: string, kind: FileKindId, workspace: Workspace): TargetSet {
  if (kind === 'skill') {
    if (/\/\.claude\/skills\//.test(path) || findPluginRoot(path, workspace)) {
      return { surfaces: CODE_SKILL, explicit: false };
    }
    return { surfaces: STANDALONE_SKILL, explicit: false };
  }
  if (kind === 'desktop-config' || kind === 'mcpb') {
    return { surfaces: DESKTOP, explicit: false };
  }
  if (kind === 'config') return { surfaces: SURFACE_IDS, explicit: false };
  return { surfaces: CLAUDE_CODE_SURFACES, explicit: false };
}

/** The nearest ancestor folder that is a plugin root (has `.claude-plugin/plugin.json`), if any. */
export function findPluginRoot(path: string, workspace: Workspace): string | undefined {
  // Every file of a folder, and every folder below the same one, has the same answer: each folder is
  // asked once per workspace snapshot (null: no plugin root above it).
  const memo = snapshotMemo<string | null>(workspace, 'plugin-root');
  const start = dirname(path);
  const walked: string[] = [];
  let dir = start;
  for (let i = 0; i < MAX_LEVELS; i++) {
    const hit = memo.get(dir);
    if (hit !== undefined) {
      // A root farther up than the walk from `start` may go is not this file's.
      if (hit !== null && levels(start, hit) >= MAX_LEVELS) return walkUp(start, workspace);
      for (const d of walked) memo.set(d, hit);
      return hit ?? undefined;
    }
    walked.push(dir);
    // Plain concatenation: dir is already normalized.
    if (workspace.exists(`${dir === '/' ? '' : dir}/.claude-plugin/plugin.json`)) {
      for (const d of walked) memo.set(d, dir);
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir || dir === workspace.root) {
      for (const d of walked) memo.set(d, null);
      return undefined;
    }
    dir = parent;
  }
  return undefined; // out of levels: nothing remembered (a folder higher up may still reach a root)
}

const MAX_LEVELS = 12;

function levels(from: string, to: string): number {
  let n = 0;
  for (let i = to === '/' ? 0 : to.length; i < from.length; i++) if (from.charCodeAt(i) === 47 /* / */) n++;
  return n;
}

/** The walk without the memo (only for a start deeper than MAX_LEVELS below a remembered root). */
function walkUp(start: string, workspace: Workspace): string | undefined {
  let dir = start;
  for (let i = 0; i < MAX_LEVELS; i++) {
    if (workspace.exists(`${dir === '/' ? '' : dir}/.claude-plugin/plugin.json`)) return dir;
    const parent = dirname(dir);
    if (parent === dir || dir === workspace.root) break;
    dir = parent;
  }
  return undefined;
}
