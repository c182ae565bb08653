// Turns one `claude plugin validate --json` output into the harness's flat finding list.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

const toPosix = (p) => p.split(sep).join('/');

// Marketplace runs repeat plugin findings as "plugins[N] plugin.json → field" (oracles.md §7.3).
const VIA_ENTRY = /^plugins\[(\d+)\] (.+?) → (.*)$/;

function readJson(file) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return undefined; }
}

/**
 * @param raw parsed oracle JSON
 * @param ctx { corpus (abs), target, kind, root (corpus-relative), fileMap: Map<abs temp path, corpus-relative> }
 */
export function normalizeOracleOutput(raw, ctx) {
  const relFile = (abs) => {
    if (!abs) return undefined;
    const a = isAbsolute(abs) ? abs : resolve(ctx.corpus, abs);
    if (ctx.fileMap?.has(a)) return ctx.fileMap.get(a);
    if (ctx.fileMap) return undefined; // wrapper scaffolding, not a corpus file
    return toPosix(relative(ctx.corpus, a));
  };
  const findings = [];
  const dropped = [];
  let marketplace;
  const resolveViaEntry = (fileRel, path) => {
    const m = VIA_ENTRY.exec(path);
    if (!m) return undefined;
    marketplace ??= readJson(join(ctx.corpus, fileRel)) ?? {};
    const source = marketplace.plugins?.[Number(m[1])]?.source;
    if (typeof source !== 'string') return undefined;
    const pluginRoot = posix.normalize(posix.join(ctx.root, source));
    const inner = m[2] === 'plugin.json' ? '.claude-plugin/plugin.json' : m[2];
    const file = posix.normalize(posix.join(pluginRoot, inner));
    return existsSync(join(ctx.corpus, file)) ? { file, path: m[3] } : undefined;
  };
  for (const block of [raw.manifest, ...(raw.contents ?? [])]) {
    if (!block) continue;
    const file = relFile(block.file);
    for (const [list, severity] of [[block.errors, 'error'], [block.warnings, 'warning']]) {
      for (const f of list ?? []) {
        if (file === undefined) { dropped.push({ file: block.file, severity, path: f.path, message: f.message }); continue; }
        const finding = { file, path: f.path ?? '', severity, message: f.message };
        if (block.type === 'marketplace') {
          const via = resolveViaEntry(file, finding.path);
          if (via) Object.assign(finding, { file: via.file, path: via.path, reportedIn: file, rawPath: f.path });
        }
        findings.push(finding);
      }
    }
  }
  const notes = [raw.manifest, ...(raw.contents ?? [])]
    .filter(Boolean)
    .flatMap((b) => (b.notes ?? []).map((n) => ({ file: relFile(b.file), note: typeof n === 'string' ? n : n.message ?? n })));
  const directory = ctx.kind === 'mcp-wrapped' ? [] : (raw.directory?.findings ?? []).map((d) => ({
    code: d.code,
    severity: d.severity,
    blocking: d.blocking,
    file: d.file ? posix.normalize(posix.join(ctx.root, toPosix(d.file))) : undefined,
    field: d.field ?? undefined,
  }));
  const provides = {};
  for (const [k, v] of Object.entries(raw.provides ?? {})) {
    if (Array.isArray(v)) provides[k] = v.length;
  }
  return { success: raw.success, findings, notes, directory, provides, dropped };
}
