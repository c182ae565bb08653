/**
 * The workspace index after the text of an existing JSON or Markdown file changed (nothing created or
 * deleted): refreshed, not rebuilt (workspace-index.ts refreshWorkspaceIndex), with the map of files a
 * manifest gives a kind carried over, and which other files such an edit can change. A host calls it where
 * it would call invalidateWorkspaceIndex for such an edit.
 */
import type { Workspace } from '../workspace';
import { detectKind } from '../kinds/detect';
import { getWorkspaceIndex, hasWorkspaceIndex, nestsWithAnother, refreshWorkspaceIndex } from './workspace-index';
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

/**
 * After the text of an existing Markdown file changed (a skill, agent or command saved or typed into):
 * the files that read it besides itself. The index reads one Markdown text, a plugin's root SKILL.md (the
 * plugin's single skill is named by its frontmatter): that is refreshed like a JSON edit, with its scope.
 * Otherwise the index is unchanged, and the readers are the manifests of the plugins around it (a component
 * file the scanner does not know by name gives its items to its manifest) and the SKILL.md files of the
 * folders around it (a skill's upload size counts every file of its folder). Undefined: any file can change.
 */
export function indexAfterMarkdownEdit(ws: Workspace, changedPath: string): { affected?: (path: string) => boolean } {
  // The folder a reader reads below (with its slash): a SKILL.md's, a manifest's plugin root.
  const readers = (p: string) => {
    const cut = p.endsWith(MANIFEST) ? p.length - MANIFEST.length + 1 : /\/skill\.md$/i.test(p) ? p.length - 'SKILL.md'.length : -1;
    return cut > 0 && p !== changedPath && changedPath.startsWith(p.slice(0, cut));
  };
  if (!hasWorkspaceIndex(ws)) return { affected: readers }; // built later, from the new text
  const plugin = getWorkspaceIndex(ws).pluginContaining(changedPath);
  const rootSkill = plugin !== undefined && changedPath === `${plugin.root}/SKILL.md` && plugin.components.some((c) => c.type === 'skill' && c.path === changedPath);
  if (!rootSkill) return { affected: readers };
  const { affected } = indexAfterTextEdit(ws, changedPath);
  return { affected: affected && ((p) => affected(p) || readers(p)) };
}

const MANIFEST = '/.claude-plugin/plugin.json';
