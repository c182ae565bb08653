/**
 * The Node file-system implementation of the core's Workspace. Reads are cached for the life of one
 * instance (one CLI run or one server validation pass). Never throws: unreadable paths look absent.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DirEntry, Workspace } from '../core/workspace';

export class NodeWorkspace implements Workspace {
  private readonly texts = new Map<string, string | undefined>();
  private readonly stats = new Map<string, fs.Stats | undefined>();
  private readonly dirs = new Map<string, DirEntry[] | undefined>();
  /** Open editor buffers win over the disk (the server passes its live map of open documents). */
  constructor(readonly root: string, readonly overlays: Map<string, string> = new Map()) {}

  readFile(p: string): string | undefined {
    const overlay = this.overlays.get(p);
    if (overlay !== undefined) return overlay;
    if (!this.texts.has(p)) this.texts.set(p, readText(p));
    return this.texts.get(p);
  }

  exists(p: string): boolean {
    return this.overlays.has(p) || this.stat(p) !== undefined;
  }

  isDirectory(p: string): boolean {
    return this.stat(p)?.isDirectory() ?? false;
  }

  listDirectory(p: string): DirEntry[] | undefined {
    if (!this.dirs.has(p)) {
      try {
        const entries = fs.readdirSync(p, { withFileTypes: true }).map((d) => ({
          name: d.name,
          isDirectory: d.isDirectory() || (d.isSymbolicLink() && this.isDirectory(path.join(p, d.name))),
        }));
        this.dirs.set(p, entries);
      } catch {
        this.dirs.set(p, undefined);
      }
    }
    return this.dirs.get(p);
  }

  fileSize(p: string): number | undefined {
    const overlay = this.overlays.get(p);
    if (overlay !== undefined) return Buffer.byteLength(overlay);
    const stat = this.stat(p);
    return stat?.isFile() ? stat.size : undefined;
  }

  /** Forget cached disk state (the server calls this on file-change events). */
  invalidate(p?: string): void {
    if (!p) { this.texts.clear(); this.stats.clear(); this.dirs.clear(); return; }
    this.texts.delete(p); this.stats.delete(p); this.dirs.delete(path.dirname(p)); this.dirs.delete(p);
  }

  private stat(p: string): fs.Stats | undefined {
    if (!this.stats.has(p)) {
      try { this.stats.set(p, fs.statSync(p)); } catch { this.stats.set(p, undefined); }
    }
    return this.stats.get(p);
  }
}

/** Reads a file as UTF-8 text with the BOM stripped (as editors do); undefined when unreadable. */
export function readText(p: string): string | undefined {
  try {
    const text = fs.readFileSync(p, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** Reads a file and reports whether it had a BOM. */
export function readWithBom(p: string): { text: string; bom: boolean } | undefined {
  try {
    const text = fs.readFileSync(p, 'utf8');
    const bom = text.charCodeAt(0) === 0xfeff;
    return { text: bom ? text.slice(1) : text, bom };
  } catch {
    return undefined;
  }
}
