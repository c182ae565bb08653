/**
 * `check --cache` (ESLint's convention: `--cache`, `--cache-location`). A run records every folder it
 * listed, every file it read and every path it stat-ed (through NodeWorkspace); the next run with the same
 * options and config re-lists and re-reads only those, and when every fingerprint matches it prints the
 * stored outcome without parsing or validating anything. Any change the run could have seen is a miss,
 * so results are identical with and without the cache. A broken or unreadable cache is a cold run.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOutcome } from './check';
import { fingerprintDir, fingerprintFile, fingerprintStat, type Dependencies } from '../node/dependencies';
import { writeAtomic } from '../node/fs-util';

export const DEFAULT_CACHE_LOCATION = '.plugin-lens-cache';
const FORMAT = 2;
const MAX_ENTRIES = 8;

interface Entry { key: string; deps: Dependencies; outcome: CheckOutcome }
interface CacheFile { format: number; entries: Entry[] }

export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The cache file, read once per run: `hit` before the run, `save` after a miss. */
export class CheckCache {
  private readonly entries: Entry[];
  constructor(private readonly location: string) {
    this.entries = readCache(location)?.entries ?? [];
  }

  /** The stored outcome for `key` when nothing it depended on has changed. */
  hit(key: string): CheckOutcome | undefined {
    const entry = this.entries.find((e) => e.key === key);
    return entry && stillValid(entry.deps) ? entry.outcome : undefined;
  }

  /** Stores the outcome, newest first (atomically); never fails the run. */
  save(key: string, deps: Dependencies, outcome: CheckOutcome): void {
    const entries = [{ key, deps, outcome }, ...this.entries.filter((e) => e.key !== key)].slice(0, MAX_ENTRIES);
    try {
      fs.mkdirSync(path.dirname(this.location), { recursive: true });
      writeAtomic(this.location, JSON.stringify({ format: FORMAT, entries } satisfies CacheFile));
    } catch { /* a cache that cannot be written only costs the next run its speed */ }
  }
}

function readCache(location: string): CacheFile | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheFile;
    return data.format === FORMAT && Array.isArray(data.entries) ? data : undefined;
  } catch { return undefined; }
}

/**
 * Every fingerprint still matches. Most recorded paths are probes that found nothing (a skill folder
 * without a `.claude-plugin/`): with the metadata strategy such a path ('-' is "no such path", never an
 * unreadable one) is still absent when its folder's metadata is unchanged (any added entry changes the
 * folder's mtime), so it costs no syscall. The content strategy checks every path.
 */
function stillValid(deps: Dependencies): boolean {
  const strategy = deps.strategy;
  const checked = new Map<string, boolean>();
  const dirUnchanged = (p: string): boolean => {
    let same = checked.get(p);
    if (same === undefined) {
      const fp = deps.dirs[p];
      same = fp === '-' && impliedAbsent(p) ? true : fingerprintDir(p, strategy) === fp;
      checked.set(p, same);
    }
    return same;
  };
  const impliedAbsent = (p: string): boolean => {
    const parent = path.dirname(p);
    return strategy === 'metadata' && parent !== p && Object.prototype.hasOwnProperty.call(deps.dirs, parent) && dirUnchanged(parent);
  };
  for (const p of Object.keys(deps.dirs)) if (!dirUnchanged(p)) return false;
  for (const [p, fp] of Object.entries(deps.stats)) if (!(fp === '-' && impliedAbsent(p)) && fingerprintStat(p) !== fp) return false;
  for (const [p, fp] of Object.entries(deps.files)) if (!(fp === '-' && impliedAbsent(p)) && fingerprintFile(p, strategy) !== fp) return false;
  return true;
}
