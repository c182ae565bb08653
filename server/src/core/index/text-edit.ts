/**
 * The workspace index after the text of an existing JSON file changed (nothing created or deleted):
 * refreshed, not rebuilt (workspace-index.ts refreshWorkspaceIndex), with the map of files a manifest
 * gives a kind carried over, and which other files such an edit can change. A host calls it where it
 * would call invalidateWorkspaceIndex for such an edit.
 */
import type { Workspace } from '../workspace';
import { detectKind } from '../kinds/detect';
import { nestsWithAnother, refreshWorkspaceIndex } from './workspace-index';
import { carryReferencedFiles } from './referenced-files';

/**
 * `affected`, when the edited file is in a plugin (not nested in another, nor holding one): the files whose
 * findings or reach the edit can change besides the file itself — that plugin's files and its component
 * paths before and after, every marketplace (entries name plugins, their load failures are the plugin's)
 * and the settings files (enabledPlugins). Other plugins' files read only their own plugin from the index.
 * Undefined: any file can change (a marketplace, a file outside every plugin, a rebuild).
 */
export function indexAfterTextEdit(ws: Workspace, changedPath: string): { affected?: (path: string) => boolean } {
  const { root, previous, next } = refreshWorkspaceIndex(ws, changedPath);
  if (!previous || !next) return {};
  carryReferencedFiles(ws, previous, next, root);
  if (root === undefined) return {};
  if (nestsWithAnother(next, root)) return {};
  const inside = (p: string) => p.startsWith(root + '/');
  const components = new Set([...previous.pluginAt(root).components, ...next.pluginAt(root).components].map((c) => c.path));
  return {
    affected: (p) => inside(p) || components.has(p) || p.endsWith('/.claude-plugin/marketplace.json') || detectKind(p) === 'settings',
  };
}
