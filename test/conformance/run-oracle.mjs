#!/usr/bin/env node
// Runs the pinned official validator (`claude plugin validate --json`) offline over the
// real-world corpus and writes normalized findings. Method: ../shared/domain/oracles.md.
// Usage: node test/conformance/run-oracle.mjs [--corpus DIR] [--out FILE] [--jobs 2]
//        [--no-cache] [--only SUBSTRING] [--oracle-dir DIR] [--quiet]
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findTargets, makeFingerprinter, manifestlessSources, walkCorpus } from './lib/corpus-targets.mjs';
import { cacheRoot, chooseIsolation, locateOracle, runValidate } from './lib/oracle-env.mjs';
import { normalizeOracleOutput } from './lib/normalize-oracle.mjs';
import { summarize, printSummary } from './lib/oracle-summary.mjs';

// Bump when normalization changes, so cached results are recomputed.
const HARNESS_VERSION = 1;
const conformanceDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(conformanceDir, '..', '..');

const { values: opt } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env.PLUGIN_LENS_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus') },
    out: { type: 'string', default: join(repoRoot, '.cache', 'oracle-results.json') },
    jobs: { type: 'string', default: '2' },
    'no-cache': { type: 'boolean', default: false },
    only: { type: 'string' },
    'oracle-dir': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const log = (...a) => { if (!opt.quiet) console.error(...a); };

const WRAPPER_MANIFEST = {
  name: 'mcp-wrapper',
  version: '0.0.0',
  description: 'Temporary plugin that wraps a standalone MCP config for validation (oracles.md §3.4).',
  author: { name: 'plugin-lens conformance' },
};

/** Copies a standalone MCP config as .mcp.json into a throwaway plugin (oracles.md §3.4). */
function wrapMcp(corpus, rel) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'plugin-lens-mcp-wrap-')));
  mkdirSync(join(dir, '.claude-plugin'));
  writeFileSync(join(dir, '.claude-plugin', 'plugin.json'), `${JSON.stringify(WRAPPER_MANIFEST, null, 2)}\n`);
  copyFileSync(join(corpus, rel), join(dir, '.mcp.json'));
  return { dir, target: join(dir, '.claude-plugin', 'plugin.json'), fileMap: new Map([[join(dir, '.mcp.json'), rel]]) };
}

async function validateOne(t, ctx) {
  const { corpus, oracle, isolation } = ctx;
  const wrap = t.kind === 'mcp-wrapped' ? wrapMcp(corpus, t.target) : undefined;
  try {
    const run = await runValidate({ bin: oracle.bin, isolation, target: wrap ? wrap.target : join(corpus, t.target), cwd: corpus });
    let raw;
    try { raw = JSON.parse(run.stdout); } catch { /* reported below */ }
    const base = { target: t.target, kind: t.kind, exitCode: run.exitCode, ms: Math.round(run.ms) };
    if (!raw) {
      const why = run.error || run.stderr.trim() || run.stdout.trim() || 'no output';
      return { ...base, oracleError: why.slice(0, 500), findings: [] };
    }
    const norm = normalizeOracleOutput(raw, { corpus, target: t.target, kind: t.kind, root: t.root, fileMap: wrap?.fileMap });
    if (norm.dropped.length) log(`  note: ${t.target}: ${norm.dropped.length} finding(s) on wrapper scaffolding dropped`);
    const { dropped: _dropped, ...rest } = norm;
    return { ...base, ...rest };
  } finally {
    if (wrap) rmSync(wrap.dir, { recursive: true, force: true });
  }
}

async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

function loadCache(file) {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8'));
    return c.harness === HARNESS_VERSION ? c.entries : {};
  } catch { return {}; }
}

async function main() {
  const started = process.hrtime.bigint();
  const corpus = realpathSync(resolve(opt.corpus));
  const oracle = locateOracle({ repoRoot, conformanceDir, oracleDir: opt['oracle-dir'] });
  const isolation = chooseIsolation();
  log(`oracle: claude ${oracle.version} (${oracle.bin})`);
  log(`network isolation: ${isolation.mode} (${isolation.reason})`);
  if (isolation.mode === 'env-only') log('  falling back to the offline env vars alone (oracles.md §2.1 measured 0 connects with them)');

  const entries = walkCorpus(corpus);
  let targets = findTargets(corpus, entries);
  if (opt.only) targets = targets.filter((t) => t.target.includes(opt.only));
  const manifestless = manifestlessSources(corpus, targets, new Set(entries));
  const fp = makeFingerprinter(corpus, entries);
  const cacheFile = join(cacheRoot(repoRoot), 'oracle-cache.json');
  const cache = opt['no-cache'] ? {} : loadCache(cacheFile);
  const used = {};
  let hits = 0;

  const results = await pool(targets, Number(opt.jobs) || 2, async (t, i) => {
    const print = t.kind === 'mcp-wrapped' ? fp.file(t.target) : fp.folder(t.root);
    const key = createHash('sha256')
      .update(JSON.stringify([oracle.version, HARNESS_VERSION, t.kind, t.target, print]))
      .digest('hex');
    let r = cache[key];
    if (r) hits++;
    else r = await validateOne(t, { corpus, oracle, isolation });
    if (!r.oracleError) used[key] = r;
    if ((i + 1) % 50 === 0) log(`  ${i + 1}/${targets.length}`);
    return r;
  });

  const wallMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const out = {
    oracle: { package: '@anthropic-ai/claude-code', version: oracle.version, command: 'claude plugin validate --json <target>' },
    isolation: { mode: isolation.mode, reason: isolation.reason },
    corpus,
    wallMs,
    cacheHits: hits,
    manifestlessSources: manifestless,
    summary: summarize(results),
    targets: results.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : a.kind.localeCompare(b.kind))),
  };
  mkdirSync(dirname(resolve(opt.out)), { recursive: true });
  writeFileSync(resolve(opt.out), `${JSON.stringify(out, null, 1)}\n`);
  if (!opt['no-cache']) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // With --only, keep the other entries; otherwise prune what this corpus no longer has.
    const entriesOut = opt.only ? { ...cache, ...used } : used;
    writeFileSync(cacheFile, JSON.stringify({ harness: HARNESS_VERSION, entries: entriesOut }));
  }
  if (!opt.quiet) printSummary(out);
  log(`wrote ${opt.out}: ${results.length} targets, ${hits} from cache, wall ${(wallMs / 1000).toFixed(1)} s`);
  const failures = results.filter((r) => r.oracleError);
  if (failures.length) {
    for (const f of failures) console.error(`oracle failed on ${f.target}: ${f.oracleError}`);
    process.exitCode = 2;
  }
}

main().catch((e) => { console.error(e.stack || String(e)); process.exitCode = 2; });
