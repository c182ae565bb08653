/**
 * Which loaders a surface runs for an item of a channel, in order: a skill uploaded to claude.ai passes
 * the upload validator before Claude Code (through account sync) ever sees it. The worst outcome in the
 * chain decides the surface.
 */
import { CLAUDE_CODE_SURFACES, type SurfaceId } from '../surfaces';
import { channelInfo, KNOWLEDGE, type ReachItemKind } from '../reach/knowledge';
import type { LoaderId } from './effect';

/** The Agent SDK runs Claude Code's loaders. */
const CLAUDE_CODE: ReadonlySet<SurfaceId> = new Set([...CLAUDE_CODE_SURFACES, 'agent-sdk']);
const CHAT: ReadonlySet<SurfaceId> = new Set(KNOWLEDGE.surfaces.filter((s) => s.family === 'chat').map((s) => s.id));

export function loadersFor(kind: ReachItemKind, channel: string, surface: SurfaceId): LoaderId[] {
  const first = channelInfo(channel)?.loader;
  if (first === 'desktop-config' || first === 'mcpb') return [first];
  const uploaded = first === 'upload';
  // The API loads uploaded skills through the Skills API; Managed Agents discover repo skills as Claude Code does.
  if (surface === 'claude-api') return uploaded ? (kind === 'skill' ? ['skills-api'] : []) : ['claude-code'];
  if (CHAT.has(surface)) return uploaded ? (surface === 'cowork' ? ['upload', 'claude-code'] : ['upload']) : ['claude-code'];
  if (CLAUDE_CODE.has(surface)) return uploaded ? ['upload', 'claude-code'] : ['claude-code'];
  return [];
}
