/** Workspace items for the sidebar (one per recognised file today) and finding counts for the status. */
import type { Finding } from '../core/types';
import type { ValidateResult } from '../core/validate';
import { stringValue, valueOf } from '../core/parse/node';
import type { FindingCounts, WorkspaceItem } from '../protocol';

/** Shared by the items without findings (most of a large list; nothing writes an item's counts). */
export const NO_FINDINGS: FindingCounts = Object.freeze({ errors: 0, warnings: 0, infos: 0, hints: 0 });

export function countFindings(findings: readonly Finding[], into: FindingCounts = { errors: 0, warnings: 0, infos: 0, hints: 0 }): FindingCounts {
  for (const f of findings) {
    if (f.severity === 'error') into.errors++;
    else if (f.severity === 'warning') into.warnings++;
    else if (f.severity === 'info') into.infos++;
    else into.hints++;
  }
  return into;
}

/** One item for a validated file: its `name` (frontmatter or manifest) or the file/folder name. */
export function itemFor(uri: string, path: string, result: ValidateResult): WorkspaceItem | undefined {
  if (!result.kind) return undefined;
  const parsed = result.parsed;
  const nameNode = parsed?.root?.type === 'object' ? valueOf(parsed.root, 'name') : undefined;
  const declared = stringValue(nameNode);
  const parts = path.split('/');
  const fallback = result.kind === 'skill' ? parts[parts.length - 2] ?? parts[parts.length - 1] : parts[parts.length - 1].replace(/\.md$/i, '');
  const item: WorkspaceItem = {
    id: uri,
    kind: result.kind,
    name: declared || fallback,
    uri,
    findings: countFindings(result.findings),
  };
  if (nameNode && parsed) item.range = { start: parsed.positionAt(nameNode.offset), end: parsed.positionAt(nameNode.offset + nameNode.length) };
  return item;
}
