/** Test helpers for the reach engine: build a mini workspace, reach one file's items, compare symbol rows. */
import { strict as assert } from 'node:assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig, type RawConfig } from '../../server/src/core/config';
import { detectKind } from '../../server/src/core/kinds/detect';
import { parseFile } from '../../server/src/core/parse';
import { validateFile } from '../../server/src/core/validate';
import { reachForFile, STATUS_SYMBOL, type ItemReachResult, type ReachOptions } from '../../server/src/core/reach';
import { COPY_ROUTE } from '../../server/src/core/reach/api';
import { SURFACE_IDS } from '../../server/src/core/surfaces';

export const ROOT = '/ws';

export interface Scenario { files: Record<string, string>; file: string; config?: RawConfig; opts?: ReachOptions }

export function reachAll(s: Scenario): ItemReachResult[] {
  const ws = new InMemoryWorkspace(ROOT, s.files);
  const path = s.file.startsWith('/') ? s.file : `${ROOT}/${s.file}`;
  const text = ws.readFile(path);
  assert.ok(text !== undefined, `missing ${path}`);
  const kind = detectKind(path, () => text);
  assert.ok(kind, `no kind for ${path}`);
  // With no options, the load stage of validation decides (what every host reads); options test the engine.
  if (!s.opts) return validateFile({ path, text, kind }, { workspace: ws, config: resolveConfig(s.config) }).reach ?? [];
  return reachForFile(parseFile(path, text, kind), ws, resolveConfig(s.config), s.opts);
}

/**
 * The one item of a kind (optionally by name) declared by the scenario's file, on its first route
 * (a standalone skill's upload route; `channel` picks another, e.g. the copy-into-.claude/skills route).
 */
export function reachOne(s: Scenario, kind: string, name?: string, channel?: string): ItemReachResult {
  const found = reachAll(s).filter((r) => r.item.kind === kind && (name === undefined || r.item.name === name));
  const all = found.filter((r) => (channel ? r.channel === channel
    : r.channel !== COPY_ROUTE || !found.some((o) => o.item === r.item && o.channel !== COPY_ROUTE)));
  assert.equal(all.length, 1, `expected one ${kind}${name ? ` "${name}"` : ''}, got ${all.map((r) => r.item.name).join(', ') || 'none'}`);
  return all[0];
}

/** Symbols in SURFACE_IDS order: web, desktop chat, mobile, cowork, CLI, Code tab, IDE, cloud, API, SDK. */
export function row(r: ItemReachResult): string {
  return SURFACE_IDS.map((s) => STATUS_SYMBOL[r.reach[s].status]).join('');
}

export function expectReach(r: ItemReachResult, channel: string, symbols: string): void {
  assert.equal(r.channel, channel, `channel of ${r.item.kind} ${r.item.name}`);
  assert.equal(row(r), symbols, `${r.item.kind} "${r.item.name}" in ${channel}`);
  for (const s of SURFACE_IDS) {
    const c = r.reach[s];
    assert.ok(c.why.length > 10, `why for ${s}`);
    assert.ok(c.sources.length > 0 && c.sources.every((u) => u.startsWith('https://')), `sources for ${s}`);
    assert.match(c.asOf, /^\d{4}-\d{2}-\d{2}$/);
  }
}

export const SKILL = (name: string, extra = '') => `---\nname: ${name}\ndescription: Does ${name} things when asked.\n${extra}---\n\n# ${name}\n`;
export const AGENT = (name: string, extra = '') => `---\nname: ${name}\ndescription: An agent.\n${extra}---\nBody\n`;
export const CMD = '---\ndescription: A command.\n---\nDo it.\n';
export const PLUGIN = (name: string, extra: Record<string, unknown> = {}) => JSON.stringify({ name, version: '1.0.0', ...extra }, null, 2);
export const HOOKS = JSON.stringify({ hooks: { PostToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'echo hi' }] }] } }, null, 2);
export const STDIO = { command: 'node', args: ['server.js'] };
export const REMOTE = { type: 'http', url: 'https://mcp.example.com/mcp' };
export const mcp = (servers: Record<string, unknown>) => JSON.stringify({ mcpServers: servers }, null, 2);
