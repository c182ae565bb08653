// Locates the pinned official validator and runs it offline, the way
// ../shared/domain/oracles.md §2.1/§6 measured it (temp HOME, quiet env, unshare -n as root).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ORACLE_PACKAGE = '@anthropic-ai/claude-code';

/** Exact version pinned in test/conformance/oracle/package.json. */
export function pinnedVersion(conformanceDir) {
  const pkg = JSON.parse(readFileSync(join(conformanceDir, 'oracle', 'package.json'), 'utf8'));
  return pkg.dependencies[ORACLE_PACKAGE];
}

/** Default cache root: $PLUGIN_LENS_CACHE or <repo>/.cache (git-ignored). */
export function cacheRoot(repoRoot) {
  return process.env.PLUGIN_LENS_CACHE ? resolve(process.env.PLUGIN_LENS_CACHE) : join(repoRoot, '.cache');
}

function platformPackage() {
  const { platform, arch } = process;
  let musl = false;
  if (platform === 'linux') {
    const report = process.report?.getReport?.();
    musl = !report?.header?.glibcVersionRuntime;
  }
  return `${ORACLE_PACKAGE}-${platform}-${arch}${musl ? '-musl' : ''}`;
}

/**
 * Finds an install of the pinned version. Prefers the platform package's binary:
 * npm 11 may block the wrapper's postinstall, which is what swaps bin/claude.exe for it.
 */
export function locateOracle({ repoRoot, conformanceDir, oracleDir }) {
  const version = pinnedVersion(conformanceDir);
  const candidates = [
    oracleDir,
    process.env.PLUGIN_LENS_ORACLE_DIR,
    join(cacheRoot(repoRoot), 'oracle'),
    join(conformanceDir, 'oracle'),
  ].filter(Boolean).map((d) => resolve(d));
  const tried = [];
  for (const dir of candidates) {
    const pkgFile = join(dir, 'node_modules', ORACLE_PACKAGE, 'package.json');
    if (!existsSync(pkgFile)) { tried.push(`${dir}: not installed`); continue; }
    const installed = JSON.parse(readFileSync(pkgFile, 'utf8')).version;
    if (installed !== version) { tried.push(`${dir}: has ${installed}, want ${version}`); continue; }
    const exe = process.platform === 'win32' ? 'claude.exe' : 'claude';
    const bins = [
      join(dir, 'node_modules', platformPackage(), exe),
      join(dir, 'node_modules', ORACLE_PACKAGE, 'bin', 'claude.exe'),
    ];
    for (const bin of bins) {
      if (!existsSync(bin)) continue;
      const r = spawnSync(bin, ['--version'], { encoding: 'utf8', env: oracleEnv(tmpdir()), timeout: 30000 });
      const reported = (r.stdout || '').trim().split(/\s+/)[0];
      if (reported === version) return { dir, bin, version };
      tried.push(`${bin}: --version said ${JSON.stringify((r.stdout || r.stderr || '').trim().slice(0, 80))}`);
    }
  }
  throw new Error(`No working ${ORACLE_PACKAGE}@${version} found. Run test/conformance/setup-oracle.sh.\n  ${tried.join('\n  ')}`);
}

/** The environment oracles.md measured as making zero network connections. */
export function oracleEnv(home) {
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    USERPROFILE: home,
    LANG: 'C.UTF-8',
    DISABLE_AUTOUPDATER: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
  };
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  return env;
}

/**
 * Decides how to cut the network: `unshare -n` works only as root (or with
 * user namespaces); otherwise the env vars alone keep it quiet (oracles.md §2.1).
 */
export function chooseIsolation() {
  if (process.env.PLUGIN_LENS_ORACLE_NO_UNSHARE === '1') {
    return { wrap: [], mode: 'env-only', reason: 'PLUGIN_LENS_ORACLE_NO_UNSHARE=1' };
  }
  if (process.platform !== 'linux') return { wrap: [], mode: 'env-only', reason: `platform ${process.platform}` };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As non-root, -r maps us to root inside a new user namespace, if the kernel allows it.
  const wrap = isRoot ? ['unshare', '-n'] : ['unshare', '-rn'];
  const r = spawnSync(wrap[0], [...wrap.slice(1), 'true'], { encoding: 'utf8' });
  if (r.status === 0) return { wrap, mode: wrap.join(' '), reason: isRoot ? 'root' : 'user namespace' };
  const why = (r.error?.message || r.stderr || `exit ${r.status}`).trim();
  return { wrap: [], mode: 'env-only', reason: `${wrap.join(' ')} unavailable: ${why}` };
}

/** Runs `claude plugin validate --json <target>` with a fresh HOME; resolves raw output. */
export function runValidate({ bin, isolation, target, cwd, timeoutMs = 120000 }) {
  const home = mkdtempSync(join(tmpdir(), 'plugin-lens-oracle-home-'));
  const argv = [...isolation.wrap, bin, 'plugin', 'validate', '--json', target];
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env: oracleEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const finish = (exitCode, error) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      resolvePromise({
        exitCode,
        error,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    };
    child.on('error', (e) => finish(null, e.message));
    child.on('close', (code, signal) => finish(code, signal ? `killed by ${signal}` : undefined));
  });
}
