/**
 * `check --cache` (ESLint's convention: `--cache`, `--cache-location`). A run records every folder it
 * listed, every file it read and every path it stat-ed (through NodeWorkspace); the next run with the same
 * options and config re-lists and re-reads only those, and when every fingerprint matches it prints the
 * stored outcome without parsing or validating anything. Any change the run could have seen is a miss,
 * so results are identical with and without the cache. A broken or unreadable cache is a cold run.
 * The file's layout is in cache-file.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckOutcome } from './check';
import { allUnchanged, cacheFileBytes, packDependencies, readHeader, readOutput, type HeaderEntry, type PackedDeps } from './cache-file';
import { fingerprintDir, fingerprintFile, fingerprintStat, type Dependencies } from '../node/dependencies';
import { writeAtomic } from '../node/fs-util';
import { digest } from '../node/hash';

export const DEFAULT_CACHE_LOCATION = '.plugin-lens-cache';
const MAX_ENTRIES = 8;

export interface CachedOutcome extends CheckOutcome { printed: Buffer; cached: true }

export function cacheKey(parts: unknown): string {
  return digest('sha256', JSON.stringify(parts), 'hex');
}

/** The cache file, its header read once per run: `hit` before the run, `save` after a miss. */
export class CheckCache {
  private entries: HeaderEntry[] = [];
  private outputsAt = 0;

  constructor(private readonly location: string) {
    this.withFile((fd) => {
      const header = readHeader(fd);
      if (header) { this.entries = header.entries; this.outputsAt = header.outputsAt; }
    });
  }

  /**
   * The stored outcome for `key` when nothing it depended on has changed. `printed` is the output's bytes
   * as they were printed (the CLI writes them as they are); `output` decodes them when it is read.
   */
  hit(key: string): CachedOutcome | undefined {
    const index = this.entries.findIndex((e) => e.key === key);
    if (index < 0 || !stillValid(this.entries[index].deps)) return undefined;
    const printed = this.outputOf(index);
    const { stderr, exitCode } = this.entries[index];
    return printed && { printed, get output() { return printed.toString('utf8'); }, stderr, exitCode, cached: true };
  }

  /** Stores the outcome, newest first (atomically); never fails the run. */
  save(key: string, deps: Dependencies, outcome: CheckOutcome): void {
    const output = Buffer.from(outcome.output, 'utf8');
    const kept: HeaderEntry[] = [{ key, deps: packDependencies(deps), stderr: outcome.stderr, exitCode: outcome.exitCode, bytes: output.length }];
    const outputs: Buffer[] = [output];
    this.withFile((fd) => this.entries.forEach((entry, i) => {
      const old = entry.key === key || kept.length >= MAX_ENTRIES ? undefined : readOutput(fd, this.entries, this.outputsAt, i);
      if (old) { kept.push(entry); outputs.push(old); }
    }));
    try {
      fs.mkdirSync(path.dirname(this.location), { recursive: true });
      writeAtomic(this.location, cacheFileBytes(kept, outputs));
    } catch { /* a cache that cannot be written only costs the next run its speed */ }
  }

  private outputOf(index: number): Buffer | undefined {
    let out: Buffer | undefined;
    this.withFile((fd) => { out = readOutput(fd, this.entries, this.outputsAt, index); });
    return out;
  }

  private withFile(use: (fd: number) => void): void {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.location, 'r');
      use(fd);
    } catch { /* absent, unreadable or broken: no entries */ } finally {
      if (fd !== undefined) try { fs.closeSync(fd); } catch { /* nothing to release */ }
    }
  }
}

/**
 * Every fingerprint still matches: the folders first (an added or removed entry shows there), then the
 * stat-ed paths and the files read. A path recorded as absent ('-', never an unreadable one) is absent.
 */
function stillValid(deps: PackedDeps): boolean {
  const strategy = deps.strategy;
  return allUnchanged(deps.dirs, (p) => fingerprintDir(p, strategy))
    && allUnchanged(deps.stats, fingerprintStat)
    && allUnchanged(deps.files, (p) => fingerprintFile(p, strategy));
}
