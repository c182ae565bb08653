/**
 * Files changed on disk (workspace/didChangeWatchedFiles). Every validation reads an open file from its
 * buffer, so the disk change of an open file (most often its own save) changes nothing. The new text of
 * another file re-validates it and the files that read it (the scope of its edit, the core's
 * indexAfterTextEdit / indexAfterMarkdownEdit); a file created or deleted, the config, or an edit whose
 * readers are unknown re-validate everything. Before, every change, each save included, started a pass
 * over every file: 22 s of server CPU per save on 20,641 files.
 */
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { scopeOf, unionOf, type Scope } from './pass-scope';

/** What changed of a file: a Markdown text, an existing JSON file's text, or anything else. */
export type FileChange = 'markdown' | 'json-text' | 'shape';

export interface WatchedFilesDeps {
  pathOf(uri: string): string | undefined;
  isOpen(path: string): boolean;
  isConfig(path: string): boolean;
  reloadConfig(path: string): Promise<void>;
  /** The views forget the file and the index follows; returns the files the change can reach besides it. */
  touched(path: string, change: FileChange): Scope;
  deleted(path: string): void;
  /** Validates an unopened file now, so its own diagnostics do not wait for the pass. */
  validate(path: string): Promise<void>;
  /** A pass over `scope`; `itemsOfScope`: no item outside it can have changed (a Markdown file's readers). */
  revalidate(scope: Scope, itemsOfScope: boolean): void;
}

export function changeOf(path: string, type: FileChangeType): FileChange {
  if (type !== FileChangeType.Changed) return 'shape';
  return /\.md$/i.test(path) ? 'markdown' : /\.json$/i.test(path) ? 'json-text' : 'shape';
}

export async function watchedFilesChanged(changes: readonly FileEvent[], deps: WatchedFilesDeps): Promise<void> {
  let scope: Scope | undefined;
  let itemsOfScope = true;
  for (const { uri, type } of changes) {
    const path = deps.pathOf(uri);
    if (!path) continue;
    const open = deps.isOpen(path);
    if (open && type === FileChangeType.Changed) continue; // its buffer is what every validation reads
    const change = changeOf(path, type);
    const reach = deps.touched(path, change);
    // The file itself is in the pass too (its items are named with the readers'); validated at once besides.
    scope = unionOf(scope, unionOf(reach, scopeOf(`${path}\u0000itself`, (p) => p === path)));
    if (change !== 'markdown') itemsOfScope = false; // a JSON file's disk change still says "anything may have changed"
    if (deps.isConfig(path)) {
      if (!open) await deps.reloadConfig(path);
      scope = 'all';
    }
    if (type === FileChangeType.Deleted) deps.deleted(path);
    else if (!open) await deps.validate(path);
  }
  if (scope) deps.revalidate(scope, itemsOfScope);
}
