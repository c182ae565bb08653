/**
 * What a run looked at on disk, as fingerprints a later run can compare: a folder's entry names and types,
 * a file's content hash, a path's stat shape. Recorded by NodeWorkspace, checked by the CLI cache.
 * ESLint's two cache strategies: `content` compares listings and content hashes (re-reads everything);
 * `metadata` (the default) compares size, mtime, ctime and inode of each file and folder, one stat each.
 * A folder's mtime changes whenever an entry is added, removed or renamed, so its stat stands in for its
 * listing. The stat is taken before the read, so a change during the run is a miss next time.
 */
import * as fs from 'fs';
import { digest } from './hash';

export const CACHE_STRATEGIES = ['metadata', 'content'] as const;
export type CacheStrategy = typeof CACHE_STRATEGIES[number];

export interface Dependencies {
  strategy: CacheStrategy;
  dirs: Record<string, string>;
  files: Record<string, string>;
  stats: Record<string, string>;
}

export const noDependencies = (strategy: CacheStrategy = 'metadata'): Dependencies => ({ strategy, dirs: {}, files: {}, stats: {} });

/** Size, times and inode: any write, rename into place, touch or entry change alters one of them. */
export function metadataFingerprint(p: string): string {
  // throwIfNoEntry: an absent path is an answer, not an exception (4× faster over a cache's thousands of paths).
  // '-' is "no such path" only; any other failure (EACCES, ELOOP…) is '?', which nothing implies.
  let s: fs.Stats | undefined;
  try { s = fs.statSync(p, { throwIfNoEntry: false }); } catch { return '?'; }
  return s ? `${s.isDirectory() ? 'd' : s.isFile() ? 'f' : 'o'}${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}` : '-';
}

export function direntsFingerprint(entries: readonly fs.Dirent[] | undefined): string {
  if (!entries) return '-';
  return entries.map((d) => `${d.name}:${d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : d.isFile() ? 'f' : 'o'}`).sort().join('/');
}

export function fingerprintDir(p: string, strategy: CacheStrategy = 'content'): string {
  if (strategy === 'metadata') return metadataFingerprint(p);
  try { return direntsFingerprint(fs.readdirSync(p, { withFileTypes: true })); } catch { return '-'; }
}

export function contentFingerprint(bytes: Buffer | string | undefined): string {
  return bytes === undefined ? '-' : digest('sha1', bytes, 'base64');
}

export function fingerprintFile(p: string, strategy: CacheStrategy = 'content'): string {
  if (strategy === 'metadata') return metadataFingerprint(p);
  try { return contentFingerprint(fs.readFileSync(p)); } catch { return '-'; }
}

export function statFingerprint(stat: fs.Stats | undefined): string {
  if (!stat) return '-';
  return stat.isDirectory() ? 'd' : stat.isFile() ? `f${stat.size}` : 'o';
}

export function fingerprintStat(p: string): string {
  try { return statFingerprint(fs.statSync(p, { throwIfNoEntry: false })); } catch { return '?'; }
}
