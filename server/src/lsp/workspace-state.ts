/**
 * Workspace folders, their `.plugin-lens.json`, and validation results of files that are not open (the
 * workspace scan), so problems in unopened files show too and the sidebar has its item list.
 */
import { setSteps } from '../core/steps';
import type { RawConfig } from '../core/config';
import { resolveConfig, type ResolvedConfig } from '../core/config';
import { parse as parseJsonc } from 'jsonc-parser';
import type { ValidateResult } from '../core/validate';
import { validateFileSteps } from '../core/validate';
import { CONFIG_FILE, mergeRaw } from '../node/load-config';
import { USER_HOME } from '../node/validate-files';
import type { PluginLensSettings } from '../protocol';
import type { ServerRuntime } from './runtime';
import type { Workspace } from '../core/workspace';
import { settingsToRaw } from './settings';
import { pathToUri } from './uri';
import { compactFile, SharedValues, type Positions } from './compact';
import { LineIndex } from '../core/parse/lines';
import type { WorkspaceItem } from '../protocol';

export { CONFIG_FILE };

export interface Folder {
  uri: string;
  root: string;
  /** Config text (an open buffer wins over the disk); undefined when there is no file. */
  configText?: string;
  configRaw?: RawConfig;
  /** True for a folder made up for a file outside every workspace folder. */
  adHoc?: boolean;
}

/**
 * A validated file that is not open: its result without the parse tree (see compact.ts), the offsets →
 * line/character table for its items' ranges, and its file item (computed while the tree was there).
 */
export interface ScannedFile {
  uri: string;
  path: string;
  result: ValidateResult;
  resultId: number;
  positions: Positions;
  item: WorkspaceItem | undefined;
}

export class WorkspaceState {
  folders: Folder[] = [];
  readonly scanned = new Map<string, ScannedFile>();
  scanning = false;
  private nextResultId = 1;
  private readonly shared = new SharedValues();
  private readonly readers = new WeakMap<Workspace, (path: string) => string | undefined>();

  constructor(private readonly runtime: ServerRuntime) {}

  setFolders(list: Array<{ uri: string; path: string }>): void {
    this.folders = list.map((f) => ({ uri: f.uri, root: f.path.replace(/\/$/, '') || '/' }));
  }

  folderFor(path: string): Folder {
    let best: Folder | undefined;
    for (const f of this.folders) {
      if ((path === f.root || path.startsWith(f.root === '/' ? '/' : f.root + '/')) && (!best || f.root.length > best.root.length)) best = f;
    }
    if (best) return best;
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    const adHoc: Folder = { uri: pathToUri(dir), root: dir, adHoc: true };
    this.folders.push(adHoc);
    void this.loadConfig(adHoc);
    return adHoc;
  }

  configPath(folder: Folder): string {
    return `${folder.root === '/' ? '' : folder.root}/${CONFIG_FILE}`;
  }

  async loadConfig(folder: Folder, bufferText?: string): Promise<void> {
    const text = bufferText ?? (await this.runtime.readFile(this.configPath(folder)));
    this.setConfigText(folder, text);
  }

  setConfigText(folder: Folder, text: string | undefined): void {
    folder.configText = text;
    let raw: RawConfig | undefined;
    if (text !== undefined) {
      const value = parseJsonc(text) as unknown;
      raw = value && typeof value === 'object' && !Array.isArray(value) ? (value as RawConfig) : undefined;
    }
    folder.configRaw = raw;
  }

  /** Editor settings under `.plugin-lens.json`: the file wins where both set a value. */
  resolvedConfig(folder: Folder, settings: PluginLensSettings): ResolvedConfig {
    return resolveConfig(mergeRaw(settingsToRaw(settings), folder.configRaw));
  }

  /**
   * Validates a file from disk (not open) and records it, in steps (the core's validation steps, then the
   * recording) for the scan's time slices. Pass one workspace per folder for a whole pass: its read cache
   * and the cross-file index are then built once, not once per file.
   */
  *validateDiskSteps(path: string, config: ResolvedConfig, workspace: Workspace): Generator<void, ScannedFile | undefined> {
    const read = this.runtime.readForValidation(path, workspace);
    if (!read) { this.scanned.delete(path); return undefined; }
    const result = yield* validateFileSteps({ path, text: read.text, bom: read.bom }, { workspace, config, home: USER_HOME });
    yield;
    if (!result.kind) { this.scanned.delete(path); return undefined; }
    const uri = pathToUri(path);
    const kept = compactFile(uri, path, new LineIndex(read.text), result, this.shared, this.readerFor(workspace), path);
    const entry: ScannedFile = { uri, path, result: kept.result, resultId: this.nextResultId++, positions: kept.positions, item: kept.item };
    this.scanned.set(path, entry);
    return entry;
  }

  /** A whole pass is done: the shared-string table goes (the results keep their strings; few new ones come). */
  afterFullPass(): void { this.shared.forgetStrings(); }

  /** Reads a file's current text through `workspace` (one function per view, shared by its files' positions). */
  private readerFor(workspace: Workspace): (path: string) => string | undefined {
    let reader = this.readers.get(workspace);
    if (!reader) { reader = (p) => this.runtime.readForValidation(p, workspace)?.text; this.readers.set(workspace, reader); }
    return reader;
  }

  /** Known files of every workspace folder, listed in steps (one per folder) through the folder's view. */
  *listFiles(viewFor: (folder: Folder) => Workspace): Generator<void, string[]> {
    const out: string[] = [];
    // No spread into push: an argument list of 100,000+ paths overflows the stack.
    let folders = 0;
    for (const f of this.folders) {
      if (f.adHoc) continue;
      folders++;
      for (const p of yield* this.runtime.findKnownFiles(f.root, viewFor(f))) out.push(p);
    }
    // One folder's scan lists each file once; nested folders share files.
    return folders > 1 ? [...(yield* setSteps(out))] : out;
  }
}
