/** Test helpers for distribution routes: a mini workspace, one file validated, its items' routes. */
import { strict as assert } from 'node:assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig, type RawConfig, type ResolvedConfig } from '../../server/src/core/config';
import { detectKind } from '../../server/src/core/kinds/detect';
import { validateFile, type ValidateResult } from '../../server/src/core/validate';
import { routesOf, type ItemRoutes, type RouteView } from '../../server/src/core/reach/routes';

export const ROOT = '/ws';

export interface RouteScenario { files: Record<string, string>; file: string; config?: RawConfig | ResolvedConfig; home?: string }

export function validated(s: RouteScenario): { ws: InMemoryWorkspace; config: ResolvedConfig; result: ValidateResult } {
  const ws = new InMemoryWorkspace(ROOT, s.files);
  const path = s.file.startsWith('/') ? s.file : `${ROOT}/${s.file}`;
  const text = ws.readFile(path);
  assert.ok(text !== undefined, `missing ${path}`);
  const kind = detectKind(path, () => text);
  assert.ok(kind, `no kind for ${path}`);
  const config = s.config && 'severityFor' in s.config ? s.config as ResolvedConfig : resolveConfig(s.config as RawConfig | undefined);
  return { ws, config, result: validateFile({ path, text, kind }, { workspace: ws, config, home: s.home }) };
}

export function routesAll(s: RouteScenario): ItemRoutes[] {
  const { ws, config, result } = validated(s);
  return routesOf(result.reach ?? [], ws, config);
}

export function itemRoutes(s: RouteScenario, kind: string, name?: string): ItemRoutes {
  const all = routesAll(s).filter((r) => r.item.kind === kind && (name === undefined || r.item.name === name));
  assert.equal(all.length, 1, `expected one ${kind}${name ? ` "${name}"` : ''}, got ${all.map((r) => r.item.name).join(', ') || 'none'}`);
  return all[0];
}

export function route(r: ItemRoutes, channel: string): RouteView {
  const found = r.routes.find((x) => x.channel === channel);
  assert.ok(found, `${r.id}: no ${channel} route (has ${r.routes.map((x) => x.channel).join(', ')})`);
  return found;
}

export const SKILL = (name: string, extra = '') => `---\nname: ${name}\ndescription: Does ${name} things when asked.\n${extra}---\n\n# ${name}\n`;
export const PLUGIN = (name: string) => JSON.stringify({ name, version: '1.0.0', description: `The ${name} plugin.` }, null, 2);
export const MARKET = (name: string, plugin: string) => JSON.stringify({ name, owner: { name: 'Acme' }, plugins: [{ name: plugin, source: `./plugins/${plugin}`, description: 'p' }] }, null, 2);
export const HOOKS = JSON.stringify({ hooks: { PostToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'echo hi' }] }] } }, null, 2);
