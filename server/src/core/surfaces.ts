/** The Claude surfaces, by the ids used everywhere in the product (config, CLI, reach). */
export const SURFACES = [
  { id: 'claude-ai-web', name: 'claude.ai (web)' },
  { id: 'claude-desktop-chat', name: 'Claude Desktop (chat)' },
  { id: 'claude-mobile', name: 'Claude mobile' },
  { id: 'cowork', name: 'Cowork' },
  { id: 'claude-code-cli', name: 'Claude Code CLI' },
  { id: 'claude-code-desktop', name: 'Claude Code in Desktop' },
  { id: 'claude-code-ide', name: 'Claude Code in IDEs' },
  { id: 'claude-code-cloud', name: 'Claude Code cloud sessions' },
  { id: 'claude-api', name: 'Claude API (Skills API)' },
  { id: 'agent-sdk', name: 'Claude Agent SDK' },
] as const;

export type SurfaceId = (typeof SURFACES)[number]['id'];

export const SURFACE_IDS: readonly SurfaceId[] = SURFACES.map((s) => s.id);

export const CLAUDE_CODE_SURFACES: readonly SurfaceId[] = [
  'claude-code-cli', 'claude-code-desktop', 'claude-code-ide', 'claude-code-cloud',
];

/** Surfaces that take a skill as an uploaded folder or zip (the upload contract). */
export const UPLOAD_SURFACES: readonly SurfaceId[] = [
  'claude-ai-web', 'claude-desktop-chat', 'claude-mobile', 'cowork', 'claude-api',
];

export function isSurfaceId(value: unknown): value is SurfaceId {
  return typeof value === 'string' && (SURFACE_IDS as readonly string[]).includes(value);
}
