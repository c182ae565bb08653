/**
 * Finds every file Plugin Lens knows under the given paths. Skips `.git` and `node_modules`; uses
 * directory-entry types (no stat per file) and resolves real paths only for symlinks, so a loop of
 * links is entered once; never throws on unreadable folders.
 */
import * as fs from 'fs';
import * as path from 'path';
import { detectKind } from '../core/kinds/detect';
import { drainSteps } from '../core/steps';

const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** Only these names need their content read to know their kind. */
const SNIFF_NAMES = new Set(['manifest.json']);

export interface ScanResult { files: string[]; problems: string[] }

export interface ScanListing { dirents(dir: string): readonly fs.Dirent[] | undefined; readHead(file: string): string | undefined }

/** `listing` shares directory reads with the run's workspace (each folder is listed once per run). */
export function scanPaths(inputs: readonly string[], listing?: ScanListing): ScanResult {
  return drainSteps(scanSteps(inputs, listing));
}

/**
 * The same scan in steps, one per folder listed, so a server can run it in time slices between requests
 * (`scanPaths` drains it at once).
 */
export function* scanSteps(inputs: readonly string[], listing?: ScanListing): Generator<void, ScanResult> {
  const files = new Set<string>();
  const problems: string[] = [];
  const visitedLinks = new Set<string>();

  const consider = (abs: string, name: string) => {
    const posix = toPosix(abs);
    const kind = detectKind(posix, SNIFF_NAMES.has(name) ? () => (listing ? listing.readHead(abs) : readHead(abs)) : undefined);
    if (kind) files.add(abs);
  };

  const walk = function* (dir: string): Generator<void> {
    yield;
    let entries: fs.Dirent[];
    try { entries = [...(listing?.dirents(dir) ?? fs.readdirSync(dir, { withFileTypes: true }))]; } catch (e) {
      problems.push(`${dir}: cannot read directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // `dir` is resolved (normalized, absolute) and an entry name holds no separator: a join is a concatenation.
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const d of entries) {
      const abs = prefix + d.name;
      if (d.isDirectory()) {
        if (!SKIP_DIRS.has(d.name)) yield* walk(abs);
      } else if (d.isFile()) {
        consider(abs, d.name);
      } else if (d.isSymbolicLink()) {
        let real: string;
        let stat: fs.Stats;
        try { real = fs.realpathSync(abs); stat = fs.statSync(real); } catch { continue; } // dangling link
        if (stat.isDirectory()) {
          if (SKIP_DIRS.has(d.name) || visitedLinks.has(real)) continue;
          visitedLinks.add(real);
          yield* walk(abs);
        } else if (stat.isFile()) consider(abs, d.name);
      }
    }
  };

  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try { stat = fs.statSync(abs); } catch (e) {
      problems.push(`${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      continue;
    }
    if (stat.isDirectory()) {
      try { visitedLinks.add(fs.realpathSync(abs)); } catch { /* unreadable: walk reports it */ }
      yield* walk(abs);
    } else if (stat.isFile()) files.add(abs); // an explicit file is checked even if its kind is unknown
  }
  return { files: [...files], problems };
}

function readHead(abs: string): string | undefined {
  try {
    const fd = fs.openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      return buf.subarray(0, n).toString('utf8');
    } finally { fs.closeSync(fd); }
  } catch { return undefined; }
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
