/**
 * The files Plugin Lens reads, as glob patterns: one table drives the document selector, the file
 * watchers and (checked by a unit test) the manifest's activation events. No `vscode` import, so mocha
 * can load it.
 */

export interface KindPattern {
  /** Server file kind (see server/src/core/kinds/detect.ts). */
  kind: string;
  /** Glob relative to any folder, VS Code glob syntax. */
  pattern: string;
  /** Also activate the extension when the workspace contains a match (cheap, specific names only). */
  activates: boolean;
}

export const KIND_PATTERNS: readonly KindPattern[] = [
  // The server accepts any case of skill.md (it offers a rename to SKILL.md).
  { kind: 'skill', pattern: '**/{SKILL,skill,Skill}.md', activates: false },
  { kind: 'agent', pattern: '**/agents/*.md', activates: false },
  { kind: 'command', pattern: '**/commands/**/*.md', activates: false },
  { kind: 'output-style', pattern: '**/output-styles/*.md', activates: false },
  { kind: 'plugin', pattern: '**/.claude-plugin/plugin.json', activates: true },
  { kind: 'marketplace', pattern: '**/.claude-plugin/marketplace.json', activates: true },
  { kind: 'hooks', pattern: '**/hooks/hooks.json', activates: true },
  { kind: 'lsp', pattern: '**/.lsp.json', activates: true },
  { kind: 'mcp', pattern: '**/.mcp.json', activates: true },
  { kind: 'vscode-mcp', pattern: '**/.vscode/mcp.json', activates: false },
  { kind: 'desktop-config', pattern: '**/claude_desktop_config.json', activates: true },
  { kind: 'managed-mcp', pattern: '**/managed-mcp.json', activates: true },
  // A plain manifest.json is common (web apps); the server sniffs it, but it does not activate us.
  { kind: 'mcpb', pattern: '**/manifest.json', activates: false },
  { kind: 'config', pattern: '**/.plugin-lens.json', activates: true },
  { kind: 'settings', pattern: '**/.claude/settings*.json', activates: true },
  { kind: 'settings', pattern: '**/managed-settings.json', activates: true },
  { kind: 'settings', pattern: '**/managed-settings.d/*.json', activates: false },
];

/** Workspace-contains patterns that are not 1:1 with a kind pattern (the skill pattern has braces). */
const EXTRA_ACTIVATION_GLOBS = ['**/SKILL.md', '**/.claude/agents/*.md', '**/.claude/commands/**/*.md'];

/** Languages whose documents are always ours (VS Code 1.139's built-in `skill` language is SKILL.md). */
export const OWN_LANGUAGES = ['skill'] as const;

export interface DocumentFilterLike { scheme: string; language?: string; pattern?: string }

/**
 * Document selector: the `skill` language, SKILL.md as plain markdown (VS Code before 1.139), and a
 * language-less pattern per kind, because 1.139 gives `.claude/agents/*.md` the `chatagent` language and
 * `.claude/settings.json` may be `jsonc`.
 */
export function documentFilters(): DocumentFilterLike[] {
  return [
    ...OWN_LANGUAGES.map((language) => ({ scheme: 'file', language })),
    { scheme: 'file', language: 'markdown', pattern: '**/SKILL.md' },
    ...KIND_PATTERNS.map((k) => ({ scheme: 'file', pattern: k.pattern })),
  ];
}

/** Globs for file-system watchers (changes are sent to the server as didChangeWatchedFiles). */
export function watcherGlobs(): string[] {
  return [...new Set(KIND_PATTERNS.map((k) => k.pattern))];
}

/** The manifest's `activationEvents`, derived from the table (a test keeps package.json in sync). */
export function activationEvents(): string[] {
  const globs = [...EXTRA_ACTIVATION_GLOBS, ...KIND_PATTERNS.filter((k) => k.activates).map((k) => k.pattern)];
  return [...OWN_LANGUAGES.map((l) => `onLanguage:${l}`), ...globs.map((g) => `workspaceContains:${g}`)];
}
