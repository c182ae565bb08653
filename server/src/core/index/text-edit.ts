/**
 * The workspace index after the text of an existing JSON file changed (nothing created or deleted):
 * refreshed, not rebuilt (workspace-index.ts refreshWorkspaceIndex), with the map of files a manifest
 * gives a kind carried over. A host calls it where it would call invalidateWorkspaceIndex for such an edit.
 */
import type { Workspace } from '../workspace';
import { refreshWorkspaceIndex } from './workspace-index';
import { carryReferencedFiles } from './referenced-files';

export function indexAfterTextEdit(ws: Workspace, changedPath: string): void {
  const { root, previous, next } = refreshWorkspaceIndex(ws, changedPath);
  if (previous && next) carryReferencedFiles(ws, previous, next, root);
}
