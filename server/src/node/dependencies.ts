/**
 * What a run looked at on disk, as fingerprints a later run can compare: a folder's entry names and types,
 * a file's content hash, a path's stat shape. Recorded by NodeWorkspace, checked by the CLI cache.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';

export interface Dependencies {
  dirs: Record<string, string>;
  files: Record<string, string>;
  stats: Record<string, string>;
}

export const noDependencies = (): Dependencies => ({ dirs: {}, files: {}, stats: {} });

export function direntsFingerprint(entries: readonly fs.Dirent[] | undefined): string {
  if (!entries) return '-';
  return entries.map((d) => `${d.name}:${d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : d.isFile() ? 'f' : 'o'}`).sort().join('/');
}

export function fingerprintDir(p: string): string {
  try { return direntsFingerprint(fs.readdirSync(p, { withFileTypes: true })); } catch { return '-'; }
}

export function contentFingerprint(bytes: Buffer | string | undefined): string {
  return bytes === undefined ? '-' : createHash('sha1').update(bytes).digest('base64');
}

export function fingerprintFile(p: string): string {
  try { return contentFingerprint(fs.readFileSync(p)); } catch { return '-'; }
}

export function statFingerprint(stat: fs.Stats | undefined): string {
  if (!stat) return '-';
  return stat.isDirectory() ? 'd' : stat.isFile() ? `f${stat.size}` : 'o';
}

export function fingerprintStat(p: string): string {
  try { return statFingerprint(fs.statSync(p)); } catch { return '-'; }
}
