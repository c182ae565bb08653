import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { join } from '../../paths';
import { readJson } from '../../index/components';
import { isObject, pathValues, resolvePluginPath, getKey } from '../../index/paths';
import { schemaFor, ALL_SCHEMAS } from '../../schema/schemas';
import { compiled } from '../../schema/ajv';
import { COMPONENT_KEYS } from '../../knowledge/plugin-paths';
import { snapshotMemo } from '../../index/snapshot-memo';

/**
 * Why Claude Code would not load the plugin at `root` (the load-failing subset of the plugin rules).
 * It reads the plugin's manifest and which paths exist: remembered per workspace snapshot, which an edit
 * of a manifest or a created or deleted file replaces.
 */
export function pluginLoadFailure(ws: Parameters<typeof readJson>[0], root: string): string | undefined {
  const memo = snapshotMemo<string | null>(ws, 'plugin-load-failure');
  const hit = memo.get(root);
  if (hit !== undefined) return hit ?? undefined;
  const why = computeLoadFailure(ws, root);
  memo.set(root, why ?? null);
  return why;
}

function computeLoadFailure(ws: Parameters<typeof readJson>[0], root: string): string | undefined {
  const manifestPath = join(root, '.claude-plugin', 'plugin.json');
  const text = ws.readFile(manifestPath);
  if (text === undefined) return undefined;
  const value = readJson(ws, manifestPath);
  if (value === undefined) return 'its plugin.json is not valid JSON';
  if (!isObject(value)) return 'its plugin.json is not a JSON object';
  const entry = schemaFor('plugin');
  if (entry) {
    const validate = compiled(entry.schema, ALL_SCHEMAS);
    if (!validate(value)) {
      // Only errors count: ignored keys and warnings do not stop the load.
      const blocking = (validate.errors ?? []).filter((e) => e.keyword !== 'additionalProperties' && !/^\/(metadata|experimental)$/.test(e.instancePath));
      if (blocking.length) {
        const e = blocking[0];
        return `its plugin.json fails: ${e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') + ' ' : ''}${e.message ?? 'is invalid'}`;
      }
    }
  }
  for (const ck of COMPONENT_KEYS) {
    for (const v of pathValues(getKey(value, ck.key))) {
      if (/^https?:\/\//.test(v)) continue;
      const r = resolvePluginPath(root, v);
      if (!r.inside) return `its ${ck.component} path escapes the plugin directory: ${v}`;
      if (!ws.exists(r.abs)) return `its ${ck.component} path is not found: ${v}`;
    }
  }
  return undefined;
}

export default defineRule({
  id: 'marketplace/entry-plugin-fails',
  kinds: ['marketplace'],
  description: 'The plugin a relative entry points at fails to load (broken plugin.json, missing or escaping paths).',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE), src('https://code.claude.com/docs/en/plugins/troubleshooting', '2026-10-10')],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    for (const e of entries(ctx)) {
      if (!e.pluginRoot || !e.sourceNode) continue;
      const why = pluginLoadFailure(ctx.workspace, e.pluginRoot);
      if (why) ctx.report({ node: e.sourceNode, message: `Plugin "${e.name ?? ''}" fails to load: ${why}. Installing it from this marketplace gives a broken plugin; fix its plugin.json.` });
    }
  },
});
