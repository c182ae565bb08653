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

export interface TargetSet {
  surfaces: readonly SurfaceId[];
  /** True when the user chose them (config, setting or --target): surface findings are at full severity. */
  explicit: boolean;
}

export function defaultTargets(path: string, kind: FileKindId, workspace: Workspace): TargetSet {
  if (kind === 'skill') {
    if (/\/\.claude\/skills\//.test(path) || findPluginRoot(path, workspace)) {
      return { surfaces: [...CLAUDE_CODE_SURFACES, 'agent-sdk'], explicit: false };
    }
    return { surfaces: [...CLAUDE_CODE_SURFACES, 'agent-sdk', ...UPLOAD_SURFACES], explicit: false };
  }
  if (kind === 'desktop-config' || kind === 'mcpb') {
    return { surfaces: ['claude-desktop-chat', 'cowork'], explicit: false };
  }
  if (kind === 'config') return { surfaces: SURFACE_IDS, explicit: false };
  return { surfaces: CLAUDE_CODE_SURFACES, explicit: false };
}

/** The nearest ancestor folder that is a plugin root (has `.claude-plugin/plugin.json`), if any. */
export function findPluginRoot(path: string, workspace: Workspace): string | undefined {
  let dir = dirname(path);
  for (let i = 0; i < 12; i++) {
    // Plain concatenation: dir is already normalized, and this runs for every validated file.
    if (workspace.exists(`${dir === '/' ? '' : dir}/.claude-plugin/plugin.json`)) return dir;
    const parent = dirname(dir);
    if (parent === dir || dir === workspace.root) break;
    dir = parent;
  }
  return undefined;
}
