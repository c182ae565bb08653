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

export const DEFAULT_CACHE_LOCATION = '.plugin-lens-cache';
const FORMAT = 1;
const MAX_ENTRIES = 8;

interface Entry { key: string; deps: Dependencies; outcome: CheckOutcome; used: number }
interface CacheFile { format: number; entries: Entry[] }

export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The stored outcome for `key` when nothing it depended on has changed. */
export function lookup(location: string, key: string): CheckOutcome | undefined {
  const entry = readCache(location)?.entries.find((e) => e.key === key);
  if (!entry || !stillValid(entry.deps)) return undefined;
  return entry.outcome;
}

/** Stores the outcome (atomically: temp file + rename); never fails the run. */
export function store(location: string, key: string, deps: Dependencies, outcome: CheckOutcome): void {
  try {
    const entries = (readCache(location)?.entries ?? []).filter((e) => e.key !== key);
    entries.unshift({ key, deps, outcome, used: Date.now() });
    const data: CacheFile = { format: FORMAT, entries: entries.slice(0, MAX_ENTRIES) };
    fs.mkdirSync(path.dirname(location), { recursive: true });
    const tmp = `${location}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(data));
    fs.renameSync(tmp, location);
  } catch { /* a cache that cannot be written only costs the next run its speed */ }
}

function readCache(location: string): CacheFile | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(location, 'utf8')) as CacheFile;
    return data.format === FORMAT && Array.isArray(data.entries) ? data : undefined;
  } catch { return undefined; }
}

function stillValid(deps: Dependencies): boolean {
  for (const [p, fp] of Object.entries(deps.dirs)) if (fingerprintDir(p) !== fp) return false;
  for (const [p, fp] of Object.entries(deps.stats)) if (fingerprintStat(p) !== fp) return false;
  for (const [p, fp] of Object.entries(deps.files)) if (fingerprintFile(p) !== fp) return false;
  return true;
}
