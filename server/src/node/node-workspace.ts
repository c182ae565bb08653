/**
 * The Node file-system implementation of the core's Workspace. Reads are cached for the life of one
 * instance (one CLI run or one server validation pass). Never throws: unreadable paths look absent.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DirEntry, Workspace } from '../core/workspace';
import { contentFingerprint, direntsFingerprint, metadataFingerprint, statFingerprint, type Dependencies } from './dependencies';

export class NodeWorkspace implements Workspace {
  private readonly texts = new Map<string, { text: string; bom: boolean } | undefined>();
  private readonly stats = new Map<string, fs.Stats | undefined>();
  /** One listing per directory per run, shared with the scan: probes for absent files cost no syscall. */
  private readonly listings = new Map<string, Listing | undefined>();
  private readonly dirs = new Map<string, DirEntry[] | undefined>();
  /** known()'s answers: rules ask whether the same paths exist tens of thousands of times a run. */
  private readonly knownAnswers = new Map<string, boolean | undefined>();
  /**
   * Open editor buffers win over the disk (the server passes its live map of open documents). `deps`, when
   * given, records every disk answer as a fingerprint (the CLI cache compares them on the next run).
   * `listed`: folders outside the root whose listings may answer too (the CLI's folder arguments, which its
   * scan lists whole), so probes there cost no syscall either.
   */
  constructor(readonly root: string, readonly overlays: Map<string, string> = new Map(), readonly deps?: Dependencies, listed: readonly string[] = []) {
    this.prefixes = [root, ...listed].map((d) => (d.endsWith('/') ? d : d + '/'));
  }

  /** The root's and the listed folders' paths, each ending in '/'. */
  private readonly prefixes: string[];

  readFile(p: string): string | undefined {
    const overlay = this.overlays.get(p);
    if (overlay !== undefined) return overlay;
    return this.readWithBom(p)?.text;
  }

  /** The disk text with the BOM stripped and noted, read once per run. */
  readWithBom(p: string): { text: string; bom: boolean } | undefined {
    if (!this.texts.has(p)) {
      const known = this.known(p);
      const meta = this.metadataBeforeRead(p, known);
      let read: { text: string; bom: boolean } | undefined;
      if (this.deps && meta === undefined) {
        // The content strategy hashes the bytes as read (invalid UTF-8 included), so it needs the buffer.
        let bytes: Buffer | undefined;
        if (known !== false) try { bytes = fs.readFileSync(p); } catch { bytes = undefined; }
        this.deps.files[p] = contentFingerprint(bytes);
        read = bytes && withoutBom(bytes.toString('utf8'));
      } else {
        if (known !== false) read = readWithBom(p);
        if (this.deps) this.deps.files[p] = meta!;
      }
      this.texts.set(p, read);
    }
    return this.texts.get(p);
  }

  /** The first 4 KB of a file's text (the scan sniffs a manifest.json's kind with it). */
  readHead(p: string): string | undefined {
    return this.readWithBom(p)?.text.slice(0, 4096);
  }

  exists(p: string): boolean {
    if (this.overlays.has(p)) return true;
    return this.known(p) ?? this.stat(p) !== undefined;
  }

  isDirectory(p: string): boolean {
    const entry = this.entry(p);
    if (entry && !entry.isSymbolicLink()) return entry.isDirectory();
    if (entry === undefined && this.known(p) === false) return false;
    return this.stat(p)?.isDirectory() ?? false;
  }

  /** The directory's entries (read once and cached; not to be modified), or undefined when it cannot be read. */
  dirents(p: string): readonly fs.Dirent[] | undefined {
    if (!this.listings.has(p)) {
      let listing: Listing | undefined;
      const known = this.known(p);
      const meta = this.metadataBeforeRead(p, known);
      if (known !== false) {
        try {
          const list = fs.readdirSync(p, { withFileTypes: true });
          listing = { list, byName: list.length > BY_NAME_MIN ? new Map(list.map((d) => [d.name, d])) : undefined };
        } catch { listing = undefined; }
      }
      if (this.deps) this.deps.dirs[p] = meta ?? direntsFingerprint(listing?.list);
      this.listings.set(p, listing);
    }
    return this.listings.get(p)?.list;
  }

  listDirectory(p: string): DirEntry[] | undefined {
    if (!this.dirs.has(p)) {
      const entries = this.dirents(p)?.map((d) => ({
        name: d.name,
        isDirectory: d.isDirectory() || (d.isSymbolicLink() && this.isDirectory(path.join(p, d.name))),
      }));
      this.dirs.set(p, entries);
    }
    return this.dirs.get(p);
  }

  fileSize(p: string): number | undefined {
    const overlay = this.overlays.get(p);
    if (overlay !== undefined) return Buffer.byteLength(overlay);
    if (this.known(p) === false) return undefined;
    const stat = this.stat(p);
    return stat?.isFile() ? stat.size : undefined;
  }

  /** Forget cached disk state (the server calls this on file-change events). */
  invalidate(p?: string): void {
    this.knownAnswers.clear(); // answers below a changed folder may change too
    if (!p) { this.texts.clear(); this.stats.clear(); this.dirs.clear(); this.listings.clear(); return; }
    this.texts.delete(p); this.stats.delete(p); this.dirs.delete(p); this.listings.delete(p);
    // A new file may sit in new folders: every ancestor's listing may be stale.
    for (let d = path.dirname(p), prev = p; d !== prev; prev = d, d = path.dirname(d)) {
      this.dirs.delete(d); this.listings.delete(d); this.stats.delete(d);
    }
  }

  /** Forget cached texts that `drop` selects (listings stay): a long-lived view need not hold every file. */
  releaseTexts(drop: (p: string) => boolean): void {
    for (const p of this.texts.keys()) if (drop(p)) this.texts.delete(p);
    // Answers derived from the listings are rebuilt from them without a syscall.
    this.dirs.clear();
    this.knownAnswers.clear();
  }

  /**
   * With the metadata cache strategy: the path's stat fingerprint, taken before it is read or listed;
   * '-' without a syscall when its folder's listing (whose metadata is recorded) has no such entry.
   */
  private metadataBeforeRead(p: string, known: boolean | undefined): string | undefined {
    if (this.deps?.strategy !== 'metadata') return undefined;
    return known === false ? '-' : metadataFingerprint(p);
  }

  /** The entry for `p` in its parent's cached listing, when that listing has been read. */
  private entry(p: string): fs.Dirent | undefined {
    const listing = this.listings.get(path.dirname(p));
    return listing && entryNamed(listing, path.basename(p));
  }

  /**
   * Whether `p` exists, from its parent's listing (read once; inside the workspace root only): false when
   * absent, true when present (not a symlink), undefined when only a stat can tell.
   */
  private known(p: string): boolean | undefined {
    let answer = this.knownAnswers.get(p);
    if (answer === undefined && !this.knownAnswers.has(p)) {
      answer = this.knownFromListing(p);
      if (this.knownAnswers.size >= MAX_KNOWN_ANSWERS) this.knownAnswers.clear(); // a long-lived view stays bounded
      this.knownAnswers.set(p, answer);
    }
    return answer;
  }

  private knownFromListing(p: string): boolean | undefined {
    const parent = path.dirname(p);
    if (parent === p || !this.inside(parent)) return undefined;
    if (!this.listings.has(parent)) this.dirents(parent);
    const listing = this.listings.get(parent);
    if (!listing) return this.known(parent) === false ? false : undefined; // absent or unreadable folder
    const entry = entryNamed(listing, path.basename(p));
    if (!entry) return false;
    return entry.isSymbolicLink() ? undefined : true;
  }

  private inside(dir: string): boolean {
    const withSlash = dir + '/';
    return this.prefixes.some((prefix) => withSlash.startsWith(prefix));
  }

  private stat(p: string): fs.Stats | undefined {
    if (!this.stats.has(p)) {
      // '-' (recorded) means no such path; an unreadable one is '?' (the cache never infers it).
      let failed = false;
      try { this.stats.set(p, fs.statSync(p, { throwIfNoEntry: false })); } catch { this.stats.set(p, undefined); failed = true; }
      if (this.deps) this.deps.stats[p] = failed ? '?' : statFingerprint(this.stats.get(p));
    }
    return this.stats.get(p);
  }
}

const MAX_KNOWN_ANSWERS = 100_000;

/**
 * A folder's entries as read, and by name for a large folder (absent names are answered without a
 * syscall). Most folders hold a few entries: a Map each was a third of a large workspace's listings.
 */
interface Listing { list: readonly fs.Dirent[]; byName: Map<string, fs.Dirent> | undefined }
const BY_NAME_MIN = 8;

function entryNamed(listing: Listing, name: string): fs.Dirent | undefined {
  if (listing.byName) return listing.byName.get(name);
  for (const d of listing.list) if (d.name === name) return d;
  return undefined;
}

function withoutBom(text: string): { text: string; bom: boolean } {
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Reads a file as UTF-8 text with the BOM stripped (as editors do); undefined when unreadable. */
export function readText(p: string): string | undefined {
  return readWithBom(p)?.text;
}

/** Reads a file and reports whether it had a BOM. */
export function readWithBom(p: string): { text: string; bom: boolean } | undefined {
  // Read as 'utf8': node decodes in one native call, with no intermediate Buffer (same text as Buffer#toString).
  try { return withoutBom(fs.readFileSync(p, 'utf8')); } catch { return undefined; }
}
