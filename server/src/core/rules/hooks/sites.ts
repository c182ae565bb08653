/**
 * Where hooks live in each file kind, as one shape the hooks rules walk: hooks/hooks.json and settings
 * `hooks`, inline `hooks` in plugin.json, and frontmatter `hooks` in agents, skills and commands.
 * Plugin agents ignore `hooks`, so their frontmatter hooks are not checked here (agent rules report it).
 */
import type { Node } from '../../parse/node';
import { itemsOf, keyNodeOf, keyOf, propertiesOf, valueOf } from '../../parse/node';
import type { RuleContext, Severity } from '../../types';
import { findPluginRoot } from '../../targets';
import { hookEvent, type HookEvent } from '../../knowledge/hooks-events';

export type HooksOrigin = 'hooks-file' | 'settings' | 'plugin' | 'agent' | 'skill' | 'command';

export interface HooksSite {
  /** The event map: `{ "<Event>": [groups] }`. */
  eventMap: Node;
  origin: HooksOrigin;
  /** Plugin root when the hooks belong to a plugin (plugin hooks substitute `${user_config.*}` etc.). */
  pluginRoot?: string;
}

export interface HandlerVisit {
  eventName: string;
  event: HookEvent | undefined;
  eventKey: Node;
  group: Node;
  handler: Node;
  site: HooksSite;
}

export function hooksSites(ctx: RuleContext): HooksSite[] {
  const { file } = ctx;
  const hooks = valueOf(file.root, 'hooks');
  if (!hooks || hooks.type !== 'object') return [];
  const pluginRoot = findPluginRoot(file.path, ctx.workspace);
  switch (file.kind) {
    case 'hooks': return [{ eventMap: hooks, origin: 'hooks-file', pluginRoot: pluginRoot ?? parentOfHooksDir(file.path) }];
    case 'settings': return [{ eventMap: hooks, origin: 'settings' }];
    case 'plugin': return [{ eventMap: hooks, origin: 'plugin', pluginRoot: file.path.replace(/\/\.claude-plugin\/plugin\.json$/, '') }];
    case 'agent': return pluginRoot ? [] : [{ eventMap: hooks, origin: 'agent' }];
    case 'skill': return [{ eventMap: hooks, origin: 'skill', pluginRoot }];
    case 'command': return [{ eventMap: hooks, origin: 'command', pluginRoot }];
    default: return [];
  }
}

function parentOfHooksDir(path: string): string {
  return path.replace(/\/hooks\/hooks\.json$/, '');
}

/** Visits every handler object of every matcher group of every event in the site. */
export function forEachHandler(site: HooksSite, visit: (v: HandlerVisit) => void): void {
  for (const prop of propertiesOf(site.eventMap)) {
    const eventName = keyOf(prop);
    const groups = prop.children?.[1];
    for (const group of itemsOf(groups)) {
      if (group.type !== 'object') continue;
      for (const handler of itemsOf(valueOf(group, 'hooks'))) {
        if (handler.type !== 'object') continue;
        visit({ eventName, event: hookEvent(eventName), eventKey: keyNodeOf(prop), group, handler, site });
      }
    }
  }
}

/** Visits every matcher group (with its event). */
export function forEachGroup(site: HooksSite, visit: (eventName: string, event: HookEvent | undefined, group: Node) => void): void {
  for (const prop of propertiesOf(site.eventMap)) {
    for (const group of itemsOf(prop.children?.[1])) if (group.type === 'object') visit(keyOf(prop), hookEvent(keyOf(prop)), group);
  }
}

/**
 * Severity by effect, as 2.1.332 reports hooks: a broken PreToolUse/PermissionRequest entry may be what
 * guards the permissions declared beside it (error); elsewhere the entry is ignored at runtime (warning).
 */
export function effectSeverity(event: HookEvent | undefined): Severity {
  return event?.guard ? 'error' : 'warning';
}

export function guardNote(event: HookEvent | undefined): string {
  return event?.guard ? ` A ${event.name} hook that never runs may leave a permission unguarded.` : '';
}
