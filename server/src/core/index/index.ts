/**
 * Workspace index public API: `getWorkspaceIndex(ws)` (marketplaces, plugins, components), `readPlugin`
 * for one root (optionally as a marketplace entry sees it), `readMarketplace`, `relativeSourceRoot`,
 * and path helpers shared by the plugin and marketplace rules.
 */
export {
  getWorkspaceIndex, workspaceIndexSteps, hasWorkspaceIndex, invalidateWorkspaceIndex, readPlugin, readMarketplace, relativeSourceRoot,
  type WorkspaceIndex, type PluginInfo, type MarketplaceInfo, type MarketplaceEntryInfo,
  type PluginComponent, type ComponentType, type IgnoredDefault,
} from './workspace-index';
export { indexAfterTextEdit, indexAfterMarkdownEdit } from './text-edit';
export { scanComponents, readJson, serverNamesIn } from './components';
export { resolvePluginPath, pathValues, getKey, isObject, type ResolvedPath } from './paths';
