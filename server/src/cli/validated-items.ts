/**
 * The walk `reach` and `routes` share: scan each input, validate every known file once (its load stage
 * decides reach), and hand each item's reach result over with its display path and LSP range.
 */
import * as path from 'path';
import { displayPath } from './known-files';
import { NodeWorkspace } from '../node/node-workspace';
import { scanPaths, toPosix } from '../node/scan';
import { isDirectory } from '../node/fs-util';
import { USER_HOME } from '../node/validate-files';
import type { LoadedConfig } from '../node/load-config';
import { detectKind } from '../core/kinds/detect';
import { parseFile } from '../core/parse';
import { isInside } from '../core/paths';
import { validateFile } from '../core/validate';
import type { ItemReachResult } from '../core/reach';
import type { Workspace } from '../core/workspace';

export interface ItemRange { start: { line: number; character: number }; end: { line: number; character: number }; offset: number; length: number }

export interface ValidatedFile {
  ws: Workspace;
  /** The reach results of the file's items (the load stage's one result). */
  results: ItemReachResult[];
  /** Where an item is, for output: its file as the user gave the paths, and its range there. */
  place(item: ItemReachResult['item']): { file: string; range: ItemRange };
}

export interface WalkOutcome { stderr: string; scanned: number }

export function walkValidatedFiles(inputs: readonly string[], cwd: string, loaded: LoadedConfig, visit: (file: ValidatedFile) => void): WalkOutcome {
  const inputList = inputs.map((given) => ({ given, abs: path.resolve(cwd, given) }));
  let stderr = loaded.config.problems.map((p) => `plugin-lens: ${loaded.file}: ${p}\n`).join('');
  const workspaces = new Map<string, NodeWorkspace>();
  let scanned = 0;
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    // The index walks the workspace root: use the config's folder when it holds the input, else the input.
    const rootAbs = isInside(toPosix(loaded.root), toPosix(abs)) && loaded.file ? loaded.root : isDirectory(abs) ? abs : path.dirname(abs);
    const root = toPosix(rootAbs);
    let ws = workspaces.get(root);
    if (!ws) { ws = new NodeWorkspace(root); workspaces.set(root, ws); }
    const scan = scanPaths([abs], ws); // the scan's listings and reads are the workspace's
    stderr += scan.problems.map((p) => `plugin-lens: ${p}\n`).join('');
    scanned += scan.files.length;
    for (const f of scan.files) {
      const p = toPosix(f);
      if (loaded.config.isIgnored(path.posix.relative(toPosix(loaded.root), p))) continue;
      const kind = detectKind(p, () => ws.readFile(p));
      if (!kind) continue;
      const read = ws.readWithBom(p);
      if (read === undefined) { stderr += `plugin-lens: cannot read ${f}\n`; continue; }
      // One read, one validation: the load stage inside it decides reach (manifests included). The kind is
      // passed only when validation would detect another from the text: a given kind turns off the reuse
      // of the first phase another file's load stage already ran (a manifest validated twice, as `check` never does).
      const given = detectKind(p, () => read.text) === kind ? undefined : kind;
      const validated = validateFile({ path: p, text: read.text, bom: read.bom, kind: given }, { workspace: ws, config: loaded.config, home: USER_HOME });
      const results = validated.reach ?? [];
      for (const r of results) for (const pr of r.problems) stderr += `plugin-lens: ${pr}\n`;
      const parsed = validated.parsed ?? parseFile(p, read.text, kind);
      const texts = new Map<string, typeof parsed>([[p, parsed]]);
      const wsNow = ws;
      visit({
        ws: wsNow, results,
        place(item) {
          let pf = texts.get(item.file);
          if (!pf) { pf = parseFile(item.file, wsNow.readFile(item.file) ?? '', 'file'); texts.set(item.file, pf); }
          const { offset, length } = item.range;
          return {
            file: displayPath(path.resolve(item.file), inputList, cwd),
            range: { start: pf.positionAt(offset), end: pf.positionAt(offset + length), offset, length },
          };
        },
      });
    }
  }
  return { stderr, scanned };
}
