/**
 * Finds every file Plugin Lens knows under the given paths. Skips `.git` and `node_modules`; follows
 * symlinks once (a visited set of real paths breaks loops); never throws on unreadable folders.
 */
import * as fs from 'fs';
import * as path from 'path';
import { detectKind } from '../core/kinds/detect';
import { readText } from './node-workspace';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

export interface ScanResult { files: string[]; problems: string[] }

export function scanPaths(inputs: readonly string[]): ScanResult {
  const files = new Set<string>();
  const problems: string[] = [];
  const visited = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let stat: fs.Stats;
    try { stat = fs.statSync(p); } catch (e) {
      if (explicit) problems.push(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      return;
    }
    if (stat.isDirectory()) {
      let real: string;
      try { real = fs.realpathSync(p); } catch { return; }
      if (visited.has(real)) return;
      visited.add(real);
      let entries: fs.Dirent[];
      try { entries = fs.readdirSync(p, { withFileTypes: true }); } catch (e) {
        problems.push(`${p}: cannot read directory (${(e as Error).message})`);
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const d of entries) {
        if (SKIP_DIRS.has(d.name) && (d.isDirectory() || d.isSymbolicLink())) continue;
        visit(path.join(p, d.name), false);
      }
    } else if (stat.isFile()) {
      const abs = path.resolve(p);
      if (explicit || detectKind(toPosix(abs), () => (stat.size < 1_000_000 ? readText(abs) : undefined))) files.add(abs);
    }
  };
  for (const input of inputs) visit(path.resolve(input), true);
  return { files: [...files], problems };
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
