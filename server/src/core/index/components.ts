/**
 * What one plugin provides, as the loader enumerates it: default folders, plus manifest keys that
 * replace, add to or merge with them (manifest-reference "How each key combines with its default").
 */
import type { Workspace } from '../workspace';
import { basename, join, relative } from '../paths';
import { COMPONENT_KEYS, LEGACY_TOP_LEVEL } from '../knowledge/plugin-paths';
import { getKey, isObject, pathValues, resolvePluginPath } from './paths';
import { snapshotMemo } from './snapshot-memo';
import { appendAll } from '../arrays';

export type ComponentType =
  | 'skill' | 'agent' | 'command' | 'hook' | 'mcp-server' | 'lsp-server'
  | 'output-style' | 'monitor' | 'workflow' | 'theme';

export interface PluginComponent {
  type: ComponentType;
  /** Name inside the plugin namespace (`db:migrate`, `review:security`, server name…). */
  name: string;
  /** File that defines it (the skill's SKILL.md, the agent .md, the hooks/MCP json or plugin.json for inline). */
  path: string;
  /** Where it came from: the default layout or a manifest/entry key. */
  via: 'default' | string;
}

export interface IgnoredDefault { folder: string; key: string }

export interface ComponentScan { components: PluginComponent[]; ignoredDefaults: IgnoredDefault[] }

/** Enumerate the components of the plugin at `root` given its effective manifest (may be empty). */
export function scanComponents(ws: Workspace, root: string, manifest: Record<string, unknown>, manifestPath?: string): ComponentScan {
  const out: PluginComponent[] = [];
  const ignoredDefaults: IgnoredDefault[] = [];
  const inlineAt = manifestPath ?? join(root, '.claude-plugin', 'plugin.json');
  for (const ck of COMPONENT_KEYS) {
    let value = getKey(manifest, ck.key);
    const legacy = Object.entries(LEGACY_TOP_LEVEL).find(([, k]) => k === ck.key)?.[0];
    if (value === undefined && legacy) value = manifest[legacy];
    const defaultAbs = join(root, ck.defaultPath);
    const paths = pathValues(value).map((v) => resolvePluginPath(root, v)).filter((p) => p.inside);
    const useDefault = ck.combination !== 'replaces' || value === undefined;
    if (!useDefault && ws.exists(defaultAbs) && !paths.some((p) => p.abs === defaultAbs || p.abs.startsWith(defaultAbs + '/'))) {
      ignoredDefaults.push({ folder: ck.defaultPath, key: ck.key });
    }
    const add = (c: PluginComponent) => out.push(c);
    switch (ck.key) {
      case 'skills':
        if (useDefault) for (const s of skillDirs(ws, defaultAbs)) add({ type: 'skill', name: basename(s), path: join(s, 'SKILL.md'), via: 'default' });
        for (const p of paths) {
          if (ws.exists(join(p.abs, 'SKILL.md'))) add({ type: 'skill', name: p.abs === root ? basename(root) : basename(p.abs), path: join(p.abs, 'SKILL.md'), via: 'skills' });
          else if (p.abs !== defaultAbs) for (const s of skillDirs(ws, p.abs)) add({ type: 'skill', name: basename(s), path: join(s, 'SKILL.md'), via: 'skills' });
        }
        break;
      case 'commands':
        if (useDefault) markdownTree(ws, defaultAbs, true).forEach((f) => add({ type: 'command', name: segName(defaultAbs, f), path: f, via: 'default' }));
        for (const p of paths) markdownAt(ws, p.abs, true).forEach((f) => add({ type: 'command', name: p.abs.endsWith('.md') ? mdName(f) : segName(p.abs, f), path: f, via: 'commands' }));
        if (isObject(value)) for (const [k, v] of Object.entries(value)) {
          const src = isObject(v) && typeof v.source === 'string' ? resolvePluginPath(root, v.source).abs : inlineAt;
          add({ type: 'command', name: k, path: src, via: 'commands' });
        }
        break;
      case 'agents':
        if (useDefault) markdownTree(ws, defaultAbs, true).forEach((f) => add({ type: 'agent', name: segName(defaultAbs, f), path: f, via: 'default' }));
        for (const p of paths) markdownAt(ws, p.abs, false).forEach((f) => add({ type: 'agent', name: mdName(f), path: f, via: 'agents' }));
        break;
      case 'outputStyles':
        if (useDefault) markdownTree(ws, defaultAbs, false).forEach((f) => add({ type: 'output-style', name: mdName(f), path: f, via: 'default' }));
        for (const p of paths) markdownAt(ws, p.abs, false).forEach((f) => add({ type: 'output-style', name: mdName(f), path: f, via: 'outputStyles' }));
        break;
      case 'workflows':
      case 'experimental.themes': {
        const type: ComponentType = ck.key === 'workflows' ? 'workflow' : 'theme';
        const ext = type === 'workflow' ? '.js' : '.json';
        const files = (dir: string) => filesWithExt(ws, dir, ext);
        if (useDefault) files(defaultAbs).forEach((f) => add({ type, name: basename(f, ext), path: f, via: 'default' }));
        for (const p of paths) (ws.isDirectory(p.abs) ? files(p.abs) : ws.exists(p.abs) ? [p.abs] : []).forEach((f) => add({ type, name: basename(f, ext), path: f, via: ck.key }));
        break;
      }
      case 'experimental.monitors':
        if (useDefault) jsonArrayNames(ws, defaultAbs).forEach((n) => add({ type: 'monitor', name: n, path: defaultAbs, via: 'default' }));
        for (const p of paths) jsonArrayNames(ws, p.abs).forEach((n) => add({ type: 'monitor', name: n, path: p.abs, via: ck.key }));
        if (Array.isArray(value)) value.forEach((m) => isObject(m) && typeof m.name === 'string' && add({ type: 'monitor', name: m.name, path: inlineAt, via: ck.key }));
        break;
      case 'hooks':
        if (useDefault) hookEntries(readJson(ws, defaultAbs)).forEach((n) => add({ type: 'hook', name: n, path: defaultAbs, via: 'default' }));
        for (const item of Array.isArray(value) ? value : [value]) {
          if (typeof item === 'string') {
            const p = resolvePluginPath(root, item);
            if (p.inside && p.abs !== defaultAbs) hookEntries(readJson(ws, p.abs)).forEach((n) => add({ type: 'hook', name: n, path: p.abs, via: 'hooks' }));
          } else if (isObject(item)) hookEntries(item).forEach((n) => add({ type: 'hook', name: n, path: inlineAt, via: 'hooks' }));
        }
        break;
      case 'mcpServers':
      case 'lspServers': {
        const type: ComponentType = ck.key === 'mcpServers' ? 'mcp-server' : 'lsp-server';
        const names = (v: unknown): string[] => {
          if (!isObject(v)) return [];
          const map = type === 'mcp-server' && isObject(v.mcpServers) ? v.mcpServers : v;
          return Object.keys(map).filter((k) => isObject(map[k]));
        };
        if (useDefault) names(readJson(ws, defaultAbs)).forEach((n) => add({ type, name: n, path: defaultAbs, via: 'default' }));
        for (const item of Array.isArray(value) ? value : [value]) {
          if (typeof item === 'string') {
            if (/\.(mcpb|dxt)$/i.test(item)) { add({ type, name: basename(item).replace(/\.(mcpb|dxt)$/i, ''), path: item.startsWith('https://') ? item : resolvePluginPath(root, item).abs, via: ck.key }); continue; }
            const p = resolvePluginPath(root, item);
            if (p.inside && p.abs !== defaultAbs) names(readJson(ws, p.abs)).forEach((n) => add({ type, name: n, path: p.abs, via: ck.key }));
          } else names(item).forEach((n) => add({ type, name: n, path: inlineAt, via: ck.key }));
        }
        break;
      }
    }
  }
  // A root SKILL.md with no skills/ folder and no `skills` key loads as the plugin's single skill.
  const rootSkill = join(root, 'SKILL.md');
  if (manifest.skills === undefined && !ws.isDirectory(join(root, 'skills')) && ws.exists(rootSkill)) {
    out.push({ type: 'skill', name: frontmatterName(ws.readFile(rootSkill)) ?? basename(root), path: rootSkill, via: 'default' });
  }
  return { components: dedupe(out), ignoredDefaults };
}

/** `skills/<name>/SKILL.md`, one level only (nested skill folders are not loaded). */
function skillDirs(ws: Workspace, dir: string): string[] {
  return (ws.listDirectory(dir) ?? [])
    .filter((e) => e.isDirectory && ws.readFile(join(dir, e.name, 'SKILL.md')) !== undefined)
    .map((e) => join(dir, e.name)).sort();
}

function markdownTree(ws: Workspace, dir: string, recursive: boolean, depth = 0): string[] {
  const out: string[] = [];
  for (const e of ws.listDirectory(dir) ?? []) {
    const p = join(dir, e.name);
    if (e.isDirectory) { if (recursive && depth < 6) appendAll(out, markdownTree(ws, p, true, depth + 1)); }
    else if (e.name.toLowerCase().endsWith('.md')) out.push(p);
  }
  return out.sort();
}

function markdownAt(ws: Workspace, abs: string, recursive: boolean): string[] {
  if (ws.isDirectory(abs)) return markdownTree(ws, abs, recursive);
  return abs.toLowerCase().endsWith('.md') && ws.readFile(abs) !== undefined ? [abs] : [];
}

function filesWithExt(ws: Workspace, dir: string, ext: string): string[] {
  return (ws.listDirectory(dir) ?? []).filter((e) => !e.isDirectory && e.name.endsWith(ext)).map((e) => join(dir, e.name)).sort();
}

const mdName = (f: string) => basename(f).replace(/\.md$/i, '');
/** Subfolders become id segments: `db/migrate.md` → `db:migrate`. */
const segName = (base: string, f: string) => relative(base, f).replace(/\.md$/i, '').split('/').join(':');

/** Server names of an MCP config file (wrapped in `mcpServers` or the bare map); undefined when unreadable. */
export function serverNamesIn(ws: Workspace, path: string): Set<string> | undefined {
  const v = readJson(ws, path);
  if (!isObject(v)) return undefined;
  const map = isObject(v.mcpServers) ? v.mcpServers : v;
  return new Set(Object.keys(map).filter((k) => k !== '$schema' && k !== 'mcpServers'));
}

/**
 * A JSON file's value (undefined when absent or invalid), parsed once per workspace snapshot: the index,
 * the marketplace rules and the settings all read the same manifests. Shared: callers only read it.
 * A JSON edit starts a new snapshot (invalidateWorkspaceIndex), so the memo never outlives the text.
 */
export function readJson(ws: Workspace, path: string): unknown {
  const memo = snapshotMemo<{ value: unknown }>(ws, 'json');
  const hit = memo.get(path);
  if (hit) return hit.value;
  const text = ws.readFile(path);
  let value: unknown;
  if (text !== undefined) try { value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); } catch { value = undefined; }
  memo.set(path, { value });
  return value;
}

function jsonArrayNames(ws: Workspace, path: string): string[] {
  const v = readJson(ws, path);
  return Array.isArray(v) ? v.filter((m) => isObject(m) && typeof m.name === 'string').map((m) => (m as { name: string }).name) : [];
}

/** One entry per handler: `<Event>[<i>].hooks[<j>]`. */
function hookEntries(v: unknown): string[] {
  if (!isObject(v) || !isObject(v.hooks)) return [];
  const out: string[] = [];
  for (const [event, groups] of Object.entries(v.hooks)) {
    if (!Array.isArray(groups)) continue;
    groups.forEach((g, i) => {
      const hs = isObject(g) && Array.isArray(g.hooks) ? g.hooks : [];
      hs.forEach((_h, j) => out.push(`${event}[${i}].hooks[${j}]`));
    });
  }
  return out;
}

function frontmatterName(text: string | undefined): string | undefined {
  const m = text?.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  const n = m?.[1].match(/^name:\s*["']?([^"'\r\n]+?)["']?\s*$/m);
  return n?.[1];
}

function dedupe(list: PluginComponent[]): PluginComponent[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const k = `${c.type}\u0000${c.path}\u0000${c.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
