// Finds the oracle targets in the corpus and fingerprints their files for the result cache.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Every entry under root (symlinks not followed), as sorted forward-slash relative paths. */
export function walkCorpus(root) {
  const entries = [];
  const visit = (rel) => {
    for (const d of readdirSync(join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) visit(r);
      else entries.push(r);
    }
  };
  visit('');
  return entries.sort();
}

const isPluginManifest = (p) => p.endsWith('/.claude-plugin/plugin.json') || p === '.claude-plugin/plugin.json';
const isMarketplaceManifest = (p) => p.endsWith('/.claude-plugin/marketplace.json') || p === '.claude-plugin/marketplace.json';
const rootOf = (manifest) => posix.dirname(posix.dirname(manifest));

function readJson(file) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return undefined; }
}

/**
 * Targets per oracles.md §7: each plugin by its plugin.json path (a folder form would
 * validate only marketplace.json when both exist), each marketplace by its marketplace.json,
 * and each standalone .mcp.json / claude_desktop_config.json, to be wrapped (§3.4).
 */
export function findTargets(corpus, entries) {
  const targets = [];
  const pluginRoots = new Set();
  const referencedMcp = new Set();
  for (const p of entries) {
    if (isPluginManifest(p)) {
      const root = rootOf(p);
      pluginRoots.add(root);
      targets.push({ kind: 'plugin', target: p, root });
      const mcp = readJson(join(corpus, p))?.mcpServers;
      for (const ref of [mcp].flat()) {
        if (typeof ref === 'string') referencedMcp.add(posix.normalize(posix.join(root, ref)));
      }
    } else if (isMarketplaceManifest(p)) {
      targets.push({ kind: 'marketplace', target: p, root: rootOf(p) });
    }
  }
  for (const p of entries) {
    const name = posix.basename(p);
    if (name !== '.mcp.json' && name !== 'claude_desktop_config.json') continue;
    const dir = posix.dirname(p);
    const pluginOwned = name === '.mcp.json' && pluginRoots.has(dir);
    if (pluginOwned || referencedMcp.has(p)) continue;
    targets.push({ kind: 'mcp-wrapped', target: p, root: dir });
  }
  return targets;
}

/** Relative marketplace sources whose folder has no plugin.json (not validated on their own). */
export function manifestlessSources(corpus, targets, entrySet) {
  const out = [];
  for (const t of targets.filter((x) => x.kind === 'marketplace')) {
    const plugins = readJson(join(corpus, t.target))?.plugins;
    if (!Array.isArray(plugins)) continue;
    plugins.forEach((e, i) => {
      if (typeof e?.source !== 'string') return;
      const dir = posix.normalize(posix.join(t.root, e.source));
      if (!entrySet.has(`${dir === '.' ? '' : `${dir}/`}.claude-plugin/plugin.json`)) {
        out.push({ marketplace: t.target, index: i, dir });
      }
    });
  }
  return out;
}

/** Content fingerprint of all entries under a folder; file digests are memoized across targets. */
export function makeFingerprinter(corpus, entries) {
  const digests = new Map();
  const digest = (rel) => {
    let d = digests.get(rel);
    if (d) return d;
    const abs = join(corpus, rel);
    const st = lstatSync(abs);
    const h = createHash('sha256');
    if (st.isSymbolicLink()) h.update(`link:${readlinkSync(abs)}`);
    else h.update(`file:${st.mode & 0o111 ? 'x' : '-'}:`).update(readFileSync(abs));
    d = h.digest('hex');
    digests.set(rel, d);
    return d;
  };
  const lowerBound = (prefix) => {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  return {
    folder(root) {
      const prefix = root === '.' || root === '' ? '' : `${root}/`;
      const h = createHash('sha256');
      for (let i = lowerBound(prefix); i < entries.length && entries[i].startsWith(prefix); i++) {
        h.update(`${entries[i]}\0${digest(entries[i])}\n`);
      }
      return h.digest('hex');
    },
    file(rel) {
      return createHash('sha256').update(`${rel}\0${digest(rel)}`).digest('hex');
    },
  };
}
