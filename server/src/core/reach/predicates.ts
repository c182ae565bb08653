/**
 * The machine predicates named by `componentRules[].when` (semantics in docs/reach-channels.md). Each
 * reads only the item's own content and its folder. `account-*` predicates hold only when the user
 * declared a plan. Predicates Plugin Lens cannot evaluate from the files (folder byte sizes) are false.
 */
import type { Workspace } from '../workspace';
import type { PluginInfo } from '../index/index';
import { parseFile } from '../parse';
import { itemsOfFile } from './items';
import { basename, dirname, isInside, join } from '../paths';
import { BUILTIN_COMMANDS, BUNDLED_SKILLS } from '../knowledge/skill-names';
import type { ReachItem } from './items';

export interface PredicateContext {
  item: ReachItem;
  channel: string;
  plugin?: PluginInfo;
  ws: Workspace;
  /** The user's declared claude.ai plan (`free`, `pro`, …), if any. */
  plan?: string;
  home?: string;
}

type Predicate = (c: PredicateContext) => boolean;

const SPEC_KEYS = new Set(['name', 'description', 'license', 'compatibility', 'metadata', 'allowed-tools']);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const XML_TAG = /<\/?[A-Za-z][\w:-]*(\s[^<>]*)?\/?>/;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const skillName = (c: PredicateContext) => str(c.item.value?.name);
const description = (c: PredicateContext) => str(c.item.value?.description) ?? '';

export const PREDICATES: Record<string, Predicate> = {
  'plugin-has-bin-dir': (c) => !!c.plugin && c.ws.isDirectory(join(c.plugin.root, 'bin')),
  'plugin-has-local-mcp': (c) => !!c.plugin && pluginMcpServers(c.plugin, c.ws).some(isStdio),
  'plugin-name-not-kebab-case': (c) => !KEBAB.test(str(c.plugin?.manifest?.name) ?? c.plugin?.name ?? c.item.name),
  // Folder bytes and file counts are not measured (a 5,000-file walk per item is too slow): never holds.
  'plugin-over-upload-limits': () => false,
  'plugin-has-monitors': (c) => !!c.plugin?.components.some((x) => x.type === 'monitor'),
  'monitors-in-project-scope-plugin': (c) => !!c.plugin?.components.some((x) => x.type === 'monitor') && projectScope(c),
  'mcp-server-transport-stdio': (c) => isStdio(c.item.value ?? {}),
  'mcp-server-remote': (c) => isRemote(c.item.value ?? {}),
  'mcp-server-url-private': (c) => isPrivateUrl(str(c.item.value?.url)),
  'mcpb-in-project-scope-plugin': (c) => c.item.origin === 'mcpb-reference' && projectScope(c),
  'mcp-config-outside-project-scope-plugin': (c) => !!c.plugin && !isInside(c.plugin.root, c.item.file) && projectScope(c),
  'mcp-server-in-plugin-agent-frontmatter': (c) => c.item.origin === 'frontmatter' && !!c.plugin,
  'hook-in-plugin-agent-frontmatter': (c) => c.item.origin === 'frontmatter' && !!c.plugin && /\/agents\//.test(c.item.file),
  'skill-uses-claude-code-only-fields': (c) => Object.keys(c.item.value ?? {}).some((k) => !SPEC_KEYS.has(k)),
  'skill-name-contains-reserved-word': (c) => /claude|anthropic/i.test(skillName(c) ?? ''),
  'skill-name-invalid-charset': (c) => {
    const n = skillName(c);
    if (n === undefined) return false;
    // Any ASCII other than a-z, 0-9 and "-" (uppercase, "_", spaces, symbols); non-ASCII letters are a separate predicate.
    return n.length > 64 || /[\x20-\x2c\x2e-\x2f\x3a-\x60\x7b-\x7e]/.test(n) || /^-|-$|--/.test(n);
  },
  'skill-name-non-ascii-letters': (c) => {
    const n = skillName(c);
    return !!n && /[^\x20-\x7e]/.test(n) && /^[\p{Ll}\p{Lo}0-9]+(-[\p{Ll}\p{Lo}0-9]+)*$/u.test(n) && n.length <= 64;
  },
  'skill-allowed-tools-not-string': (c) => Array.isArray(c.item.value?.['allowed-tools']),
  'skill-description-has-xml-tag': (c) => XML_TAG.test(description(c)),
  'skill-description-has-angle-bracket': (c) => /[<>]/.test(description(c).replace(new RegExp(XML_TAG.source, 'g'), '')),
  'skill-description-over-1024': (c) => description(c).length > 1024,
  'skill-description-over-200': (c) => description(c).length > 200,
  'skill-dir-exceeds-upload-limits': (c) => {
    const n = countFiles(c.ws, dirname(c.item.file), 201);
    return n.files > 200 || n.skillMd > 1;
  },
  'skill-dir-over-30mb': () => false,
  'skill-not-at-repo-root-claude-skills': (c) => {
    // A standalone folder judged on its copy-into-.claude/skills route: the copy goes to the repo root.
    if (c.channel === 'claude-code-project' && !/\/\.claude\/skills\//.test(c.item.file)) return false;
    const m = /^(.*)\/\.claude\/skills\/[^/]+\/SKILL\.md$/.exec(c.item.file);
    return !m || !(m[1] === c.ws.root || c.ws.isDirectory(join(m[1], '.git')));
  },
  'skill-file-not-named-SKILL.md': (c) => c.item.kind === 'skill' && basename(c.item.file) !== 'SKILL.md',
  'skill-folder-named-synced': (c) => basename(dirname(c.item.file)).toLowerCase() === 'synced',
  'skill-name-matches-builtin-command': (c) => {
    const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[-_\s]/g, '');
    const n = norm(skillName(c) ?? basename(dirname(c.item.file)));
    return [...BUILTIN_COMMANDS.names, ...BUNDLED_SKILLS.names].some((b) => norm(b) === n);
  },
  'account-plan-free': (c) => c.plan === 'free',
};

export function evaluatePredicate(id: string, c: PredicateContext): boolean {
  const p = PREDICATES[id];
  if (!p) return false;
  if (id.startsWith('account-') && !c.plan) return false;
  return p(c);
}

export function isStdio(server: Record<string, unknown>): boolean {
  if (server.bundle !== undefined) return true;
  const type = str(server.type);
  return typeof server.command === 'string' || type === 'stdio';
}

export function isRemote(server: Record<string, unknown>): boolean {
  const type = str(server.type);
  return !isStdio(server) && (typeof server.url === 'string' || (!!type && ['http', 'sse', 'streamable-http', 'ws'].includes(type)));
}

function isPrivateUrl(url: string | undefined): boolean {
  if (!url) return false;
  let host: string;
  try { host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, ''); } catch { return false; }
  return host === 'localhost' || host === '::1' || host === '0.0.0.0' || /^127\./.test(host) || /^10\./.test(host)
    || /^192\.168\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host) || /^169\.254\./.test(host)
    || /\.(local|internal|localhost)$/.test(host);
}

/** Project scope: a skills-folder plugin outside the home folder, or one enabled by committed project settings. */
function projectScope(c: PredicateContext): boolean {
  if (c.channel === 'repo-declared-plugin') return true;
  if (c.channel !== 'skills-dir-plugin' || !c.plugin) return false;
  return !(c.home && c.plugin.root.startsWith(join(c.home, '.claude') + '/'));
}

/**
 * The server configs a plugin provides (default .mcp.json, manifest paths or inline objects, bundles),
 * read by the same collector as the reach items (items.ts), memoized per plugin.
 */
const PLUGIN_SERVERS = new WeakMap<PluginInfo, Array<Record<string, unknown>>>();
export function pluginMcpServers(plugin: PluginInfo, ws: Workspace): Array<Record<string, unknown>> {
  const hit = PLUGIN_SERVERS.get(plugin);
  if (hit) return hit;
  const out: Array<Record<string, unknown>> = [];
  const parsed = new Map<string, ReachItem[]>();
  for (const comp of plugin.components) {
    if (comp.type !== 'mcp-server') continue;
    if (/\.(mcpb|dxt)$/i.test(comp.path)) { out.push({ bundle: comp.path }); continue; }
    let items = parsed.get(comp.path);
    if (!items) {
      const text = ws.readFile(comp.path);
      const manifest = comp.path === plugin.manifestPath;
      items = text === undefined ? [] : itemsOfFile(parseFile(comp.path, text, manifest ? 'plugin' : 'mcp'), manifest ? undefined : 'mcp-map');
      parsed.set(comp.path, items);
    }
    const server = items.find((i) => i.kind === 'mcp-server' && i.name === comp.name)?.value;
    if (server) out.push(server);
  }
  PLUGIN_SERVERS.set(plugin, out);
  return out;
}

function countFiles(ws: Workspace, dir: string, cap: number): { files: number; skillMd: number } {
  let files = 0;
  let skillMd = 0;
  const walk = (d: string, depth: number) => {
    for (const e of ws.listDirectory(d) ?? []) {
      if (files > cap) return;
      if (e.isDirectory) { if (depth < 8 && e.name !== '.git' && e.name !== 'node_modules') walk(join(d, e.name), depth + 1); continue; }
      files++;
      if (e.name.toLowerCase() === 'skill.md') skillMd++;
    }
  };
  walk(dir, 0);
  return { files, skillMd };
}
