/**
 * One parse per file text when two readers need the same workspace file: a plugin.json's reach reads
 * the files its manifest names that the scanner does not recognise by name (a root hooks.json, agents
 * listed by path), and each of those files is then validated on its own. The first reader parses and
 * leaves the parse here; the file's own validation takes it, for the very same text, kind and BOM only.
 * Owned by the workspace object (one CLI run, one server view): entries are taken once, so the memo
 * holds at most the referenced files of the plugins validated since, never every parse tree.
 */
import type { FileKindId, ParsedFile } from '../types';
import type { Workspace } from '../workspace';
import { parseFile } from './index';

const LEFT = new WeakMap<Workspace, Map<string, ParsedFile>>();

/** The parse of a workspace file that another reader (its own validation) will probably want too. */
export function parseForLater(ws: Workspace, path: string, text: string, kind: FileKindId): ParsedFile {
  let left = LEFT.get(ws);
  const hit = left?.get(path);
  if (hit && hit.text === text && hit.kind === kind && !hit.bom) return hit;
  const parsed = parseFile(path, text, kind);
  if (!left) { left = new Map(); LEFT.set(ws, left); }
  left.set(path, parsed);
  return parsed;
}

/** The parse `parseForLater` left for this exact text, kind and BOM, taken (the memo lets go of it). */
export function takeEarlierParse(ws: Workspace, path: string, text: string, kind: FileKindId, bom: boolean): ParsedFile | undefined {
  const left = LEFT.get(ws);
  const hit = left?.get(path);
  if (!left || !hit) return undefined;
  left.delete(path);
  // An edit since (the server's open buffer, a changed file) makes the earlier parse another text's.
  return hit.text === text && hit.kind === kind && hit.bom === bom ? hit : undefined;
}
