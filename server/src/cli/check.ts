/**
 * `plugin-lens check`: served from the cache when `--cache` is on and nothing the last run looked at has
 * changed, else run (check-run.ts). This module loads no validation code: a cache hit, like `--version`,
 * costs only the start of node and of this small bundle (the rest is dist/cli-lazy.js).
 */
import * as os from 'os';
import * as path from 'path';
import type { CheckOptions } from './args';
import { PLAIN, type Style } from './style';
import { cacheKey, CheckCache, DEFAULT_CACHE_LOCATION, type CachedOutcome } from './cache';
import { fingerprintFile, fingerprintStat, noDependencies } from '../node/dependencies';
import { configFileFor } from '../node/config-file';
import { isDirectory } from '../node/fs-util';
import { TOOL_VERSION } from './version';
import { lazy } from './lazy-load';

/** The folder a run is about: its one directory argument, if that is what it got. */
export function singleFolder(inputs: readonly string[]): string | undefined {
  return inputs.length === 1 && isDirectory(inputs[0]) ? inputs[0] : undefined;
}

export interface CheckOutcome { output: string; stderr: string; exitCode: number }

export interface CheckIo {
  style?: Style;
  /** The text of standard input, for --stdin. */
  readStdin?: () => string;
}

/** `check`, served from the cache when `--cache` is on and nothing the last run looked at has changed. */
export function runCheck(opts: CheckOptions, cwd: string, io: CheckIo = {}): CheckOutcome & Partial<CachedOutcome> {
  if (!opts.cache || opts.fix || opts.fixDryRun || opts.stdin) return lazy().checkOnce(opts, cwd, io);
  const inputs = opts.paths.map((p) => path.resolve(cwd, p));
  const folder = singleFolder(inputs);
  const configFile = configFileFor(cwd, opts.config, folder);
  const strategy = opts.cacheStrategy ?? 'metadata';
  const key = cacheKey({
    tool: TOOL_VERSION, code: codeFiles().map((f) => fingerprintFile(f, strategy)), cwd, inputs, folder,
    home: os.homedir(), // reach tells ~/.claude from a project's .claude by it
    color: (io.style ?? PLAIN).color, width: (io.style ?? PLAIN).width,
    options: { ...opts, cache: undefined, cacheLocation: undefined },
    config: configFile ? [configFile, fingerprintFile(configFile, strategy)] : undefined,
  });
  const cache = new CheckCache(path.resolve(cwd, opts.cacheLocation ?? DEFAULT_CACHE_LOCATION));
  const hit = cache.hit(key);
  if (hit) return hit;
  const deps = noDependencies(strategy);
  for (const abs of inputs) deps.stats[abs] = fingerprintStat(abs);
  const outcome = lazy().checkOnce(opts, cwd, io, deps);
  cache.save(key, deps, outcome);
  return outcome;
}

/**
 * The code a cached result came from: this bundle and the lazily loaded one beside it (when bundled),
 * which carries the rules and the knowledge base (so no knowledge import here: it is 400 KB of JSON).
 */
function codeFiles(): string[] {
  return [__filename, path.join(__dirname, 'cli-lazy.js')];
}
