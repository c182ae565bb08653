import { defineRule } from '../define';
import { keyNodeOf, propertyOf, valueOf } from '../../parse/node';
import { SETTINGS_REF } from '../../knowledge/settings-keys';
import { companionSettingsFiles } from '../../settings/declared';
import { readJson, isObject } from '../../index/index';
import { join, relative } from '../../paths';
import { effect } from '../../load/effect';
import { itemsOfFile } from '../../reach/items';
import { scopeOf } from './helpers';
import type { Workspace } from '../../workspace';

const HOOKS_DOC = { url: 'https://code.claude.com/docs/en/hooks', date: '2026-08-22', note: 'Disable or remove hooks: disableAllHooks follows settings precedence; only managed settings disable managed hooks' };

/**
 * Hooks a settings file declares that Claude Code never runs: the same file (or, for managed hooks,
 * managed settings) sets `disableAllHooks: true`, or the workspace's managed settings set
 * `allowManagedHooksOnly` / `disableAllHooks` over a user, project or local file. The finding carries the
 * load effect for every hook of the file, so reach shows those hooks ✗ on Claude Code surfaces.
 */
export default defineRule({
  id: 'settings/hooks-disabled',
  kinds: ['settings'],
  description: 'Hooks in this settings file never run: disableAllHooks is true here, or managed settings set allowManagedHooksOnly or disableAllHooks.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [{ ...SETTINGS_REF, note: 'disableAllHooks ("The reach depends on which file carries the key"), allowManagedHooksOnly ("What runs under allowManagedHooksOnly")' }, HOOKS_DOC],
  check(ctx) {
    const hooks = itemsOfFile(ctx.file).filter((i) => i.kind === 'hook');
    if (!hooks.length) return;
    const scope = scopeOf(ctx);
    const data = { effect: effect('dropped', ['claude-code'], { everyItemOfKind: 'hook' }) };
    const count = hooks.length === 1 ? 'the hook handler declared here' : `the ${hooks.length} hook handlers declared here`;
    const own = propertyOf(ctx.file.root, 'disableAllHooks');
    if (own && valueOf(ctx.file.root, 'disableAllHooks')?.value === true && !overriddenLocally(ctx.workspace, ctx.file.path, scope)) {
      const reach = scope === 'managed'
        ? 'in managed settings it turns off every hook, managed ones included'
        : 'outside managed settings it turns off user, project, local and plugin hooks (managed hooks and hooks of plugins that managed settings force-enable keep running)';
      const unless = scope === 'user' ? ' unless a project\'s settings set it back to false' : '';
      ctx.report({
        node: keyNodeOf(own),
        message: `"disableAllHooks" is true, so Claude Code never runs ${count}${unless}: ${reach}. Remove the key to run them, or the hooks if they are meant to stay off.`,
        data,
      });
      return;
    }
    if (scope === 'managed') return;
    const policy = managedHookPolicy(ctx.workspace);
    if (!policy) return;
    const at = propertyOf(ctx.file.root, 'hooks');
    if (!at) return;
    ctx.report({
      node: keyNodeOf(at),
      message: `Managed settings (${relative(ctx.workspace.root, policy.file) || policy.file}) set "${policy.key}", so Claude Code never runs ${count}: ${policy.key === 'allowManagedHooksOnly' ? 'only managed hooks, Agent SDK hooks and hooks of plugins that managed settings force-enable run' : 'managed disableAllHooks turns off every hook'}. Deploy the hooks through managed settings or a force-enabled plugin instead.`,
      data,
    });
  },
});

/** A `.claude/settings.json` whose `settings.local.json` sets `disableAllHooks: false` (local wins over project). */
function overriddenLocally(ws: Workspace, path: string, scope: string): boolean {
  if (scope !== 'project') return false;
  return companionSettingsFiles(ws, path).some((p) => p.endsWith('settings.local.json') && (readJson(ws, p) as { disableAllHooks?: unknown } | undefined)?.disableAllHooks === false);
}

/** The workspace's managed settings (root managed-settings.json and its drop-ins) that restrict hooks, if any. */
function managedHookPolicy(ws: Workspace): { file: string; key: 'allowManagedHooksOnly' | 'disableAllHooks' } | undefined {
  const root = join(ws.root, 'managed-settings.json');
  for (const file of [root, ...companionSettingsFiles(ws, root)]) {
    const v = readJson(ws, file);
    if (!isObject(v)) continue;
    if (v.disableAllHooks === true) return { file, key: 'disableAllHooks' };
    if (v.allowManagedHooksOnly === true) return { file, key: 'allowManagedHooksOnly' };
  }
  return undefined;
}
