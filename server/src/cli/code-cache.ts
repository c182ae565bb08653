/**
 * Loads the validation bundle (dist/cli-lazy.js) through V8's code cache: the bytecode of every function a
 * run compiled is written once to the user's cache folder, and later runs start from it instead of parsing
 * and compiling 2.7 MB of JavaScript again (about 100 ms of a run; `node --cpu-prof`).
 *
 * Robust by construction: the cache file is keyed by the bundle's path and by node's version, arch and V8
 * version, and its header carries a SHA-256 of the bundle, so a rebuilt or reinstalled bundle never runs
 * stale bytecode (V8 itself only checks the source length). Any failure (no home, read-only folder, a
 * truncated or foreign file, data V8 rejects) means a plain load; writes go through a temporary file and a
 * rename, so a concurrent run never reads half a file. `PLUGIN_LENS_CODE_CACHE=off` disables it,
 * `PLUGIN_LENS_CODE_CACHE=<folder>` moves it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { writeAtomic } from '../node/fs-util';
import { digest } from '../node/hash';

const FORMAT = 'plugin-lens-code-cache/1';

/** Where the cache lives, or undefined when it is off or there is no home ('') to put it in. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = safeHome()): string | undefined {
  const setting = env.PLUGIN_LENS_CODE_CACHE;
  if (setting !== undefined && /^(off|0|false|no)$/i.test(setting.trim())) return undefined;
  if (setting && path.isAbsolute(setting)) return setting;
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? (home && path.join(home, 'AppData', 'Local'));
    return local ? path.join(local, 'plugin-lens', 'code-cache') : undefined;
  }
  if (platform === 'darwin') return home ? path.join(home, 'Library', 'Caches', 'plugin-lens', 'code-cache') : undefined;
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : home && path.join(home, '.cache');
  return xdg ? path.join(xdg, 'plugin-lens', 'code-cache') : undefined;
}

/** The cache file of one bundle path under one node (different installs and nodes never share one). */
export function codeCacheFile(dir: string, bundle: string): string {
  const key = digest('sha256', [bundle, process.version, process.arch, process.versions.v8].join('\0'), 'hex');
  return path.join(dir, `${key.slice(0, 24)}.v8cache`);
}

/** The header that must open a cache file for this exact bundle text under this node. */
function headerFor(bytes: Buffer): string {
  const hash = digest('sha256', bytes, 'hex');
  return `${FORMAT} ${hash} ${process.version} ${process.arch} ${process.versions.v8}\n`;
}

/**
 * Runs the CommonJS bundle at `bundle` (node built-ins only, through `req`) and returns its exports, or
 * undefined when it could not be read or compiled (the caller then `require`s it). A missing or rejected
 * cache is (re)written when the process exits, with everything the run compiled.
 */
export function loadWithCodeCache(bundle: string, dir: string, req: NodeRequire): unknown {
  let script: vm.Script;
  let cacheFile: string;
  let header: string;
  let cached: Buffer | undefined;
  try {
    const bytes = fs.readFileSync(bundle);
    header = headerFor(bytes);
    cacheFile = codeCacheFile(dir, bundle);
    cached = readCache(cacheFile, header);
    const wrapper = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n});`;
    script = new vm.Script(wrapper, { filename: bundle, cachedData: cached });
  } catch {
    return undefined;
  }
  if (!cached || script.cachedDataRejected) process.once('exit', () => writeCache(cacheFile, header, script));
  const fn = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
  const mod = { exports: {} as object };
  fn.call(mod.exports, mod.exports, req, mod, bundle, path.dirname(bundle));
  return mod.exports;
}

function readCache(file: string, header: string): Buffer | undefined {
  let data: Buffer;
  try { data = fs.readFileSync(file); } catch { return undefined; }
  const end = data.indexOf(0x0a);
  if (end < 0 || data.toString('latin1', 0, end + 1) !== header) return undefined;
  return data.subarray(end + 1);
}

function writeCache(file: string, header: string, script: vm.Script): void {
  try {
    const data = script.createCachedData();
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeAtomic(file, Buffer.concat([Buffer.from(header, 'latin1'), data]), 0o600);
  } catch { /* a cache that cannot be written is only slower next time */ }
}

function safeHome(): string {
  try { return os.homedir(); } catch { return ''; }
}
