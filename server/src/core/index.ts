/** The pure core's public surface, used by the LSP server, the CLI and tests. */
export * from './types';
export { SURFACES, SURFACE_IDS, isSurfaceId, type SurfaceId } from './surfaces';
export { InMemoryWorkspace, type Workspace, type DirEntry } from './workspace';
export { resolveConfig, DEFAULT_CONFIG, type RawConfig, type ResolvedConfig } from './config';
export { detectKind, JSON_KINDS, MARKDOWN_KINDS } from './kinds/detect';
export { parseFile } from './parse';
export { validateFile, type ValidateInput, type ValidateEnv, type ValidateResult } from './validate';
export { RULES, getRule, ruleDocsUrl } from './rules';
export { applyEdits, collectFixes } from './fixes';
export { KNOWLEDGE_AS_OF } from './version';
export { repoDeclaredPlugins, declaredPluginsIn, registeredMarketplaces, type DeclaredPlugin } from './settings/declared';
