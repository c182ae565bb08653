/**
 * Which loaders a surface runs for an item of a channel, in order: a skill uploaded to claude.ai passes
 * the upload validator before Claude Code (through account sync) ever sees it. The worst outcome in the
 * chain decides the surface.
 */
import type { SurfaceId } from '../surfaces';
import type { ReachItemKind } from '../reach/knowledge';
import type { LoaderId } from './effect';

const CLAUDE_CODE: ReadonlySet<SurfaceId> = new Set(['claude-code-cli', 'claude-code-desktop', 'claude-code-ide', 'claude-code-cloud', 'agent-sdk']);
const CHAT: ReadonlySet<SurfaceId> = new Set(['claude-ai-web', 'claude-desktop-chat', 'claude-mobile', 'cowork']);
/** Channels whose items reach the account by an upload (skills and claude.ai plugins). */
const UPLOADED = new Set(['skill-upload', 'org-skill', 'skills-api', 'claude-ai-plugin']);

export function loadersFor(kind: ReachItemKind, channel: string, surface: SurfaceId): LoaderId[] {
  if (channel === 'desktop-config') return ['desktop-config'];
  if (channel === 'mcpb-bundle') return ['mcpb'];
  const uploaded = UPLOADED.has(channel);
  // The API loads uploaded skills through the Skills API; Managed Agents discover repo skills as Claude Code does.
  if (surface === 'claude-api') return uploaded ? (kind === 'skill' ? ['skills-api'] : []) : ['claude-code'];
  if (CHAT.has(surface)) return uploaded ? (surface === 'cowork' ? ['upload', 'claude-code'] : ['upload']) : ['claude-code'];
  if (CLAUDE_CODE.has(surface)) return uploaded ? ['upload', 'claude-code'] : ['claude-code'];
  return [];
}
