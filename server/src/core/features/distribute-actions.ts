/**
 * "Distribute as …": for the item under the cursor, one refactoring per channel its kind can be
 * distributed through, each declaring it in `.plugin-lens.json` `distribution`. A component of a plugin
 * takes its plugin's channel, so it is offered the plugin channels, declared for the plugin folder.
 * Pure: returns file changes; the server turns them into a WorkspaceEdit.
 */
import type { Workspace } from '../workspace';
import type { ItemReachResult } from '../reach/api';
import type { ReachItem } from '../reach/items';
import { KNOWLEDGE } from '../reach/knowledge';
import { pluginOf } from '../reach/channels';
import { PLUGIN_CHANNELS } from '../reach/engine';
import { dirname, relative } from '../paths';
import { declareDistribution } from '../edits/distribution-edits';
import type { ActionSpec, FileChange } from './code-actions';

export const REFACTOR_KIND = 'refactor';

export interface DistributeInput {
  /** Reach results of the file (the load stage's, from validation). */
  results: readonly ItemReachResult[];
  offset: number;
  ws: Workspace;
  /** `.plugin-lens.json` path and current text (undefined when the file doesn't exist). */
  config: { path: string; text: string | undefined };
}

export function distributeActions(input: DistributeInput): ActionSpec[] {
  const item = itemUnder(input.results, input.offset);
  if (!item) return [];
  const target = distributionTarget(item, input.ws);
  const out: ActionSpec[] = [];
  for (const c of KNOWLEDGE.channels) {
    if (!target.channels.includes(c.id)) continue;
    const change = declareDistribution(input.config.text, target.glob, c.id);
    if (change.type === 'none') continue; // already declared for this glob
    const changes: FileChange[] = change.type === 'create'
      ? [{ type: 'create', path: input.config.path, text: change.text }]
      : [{ type: 'edit', path: input.config.path, edits: change.edits }];
    out.push({ title: `Distribute ${target.label} as "${c.name}" (${c.id})`, kind: REFACTOR_KIND, changes });
  }
  return out;
}

/** The glob an item's distribution is declared for, the channels it may name, and how to call it. */
export function distributionTarget(item: ReachItem, ws: Workspace): { glob: string; channels: string[]; label: string } {
  const rel = (p: string) => relative(ws.root, p) || '.';
  const plugin = item.kind === 'marketplace' ? undefined : pluginOf(item, ws);
  if (plugin) {
    const folder = rel(plugin.root);
    const allowed = KNOWLEDGE.channels.filter((c) => PLUGIN_CHANNELS.has(c.id) && c.items.includes('plugin')).map((c) => c.id);
    return { glob: folder === '.' ? '**' : `${folder}/**`, channels: allowed, label: `plugin "${plugin.name}"` };
  }
  const channels = KNOWLEDGE.channels.filter((c) => c.items.includes(item.kind) && (item.kind === 'marketplace' || !PLUGIN_CHANNELS.has(c.id))).map((c) => c.id);
  // A skill is its folder (SKILL.md and the files it reads); other items are declared by their file.
  const glob = item.kind === 'skill' ? `${rel(dirname(item.file))}/**` : rel(item.file);
  return { glob, channels, label: `${item.kind} "${item.name}"` };
}

/** The innermost item whose own node (or name) holds the offset. */
function itemUnder(results: readonly ItemReachResult[], offset: number): ReachItem | undefined {
  const spans = [...new Set(results.map((r) => r.item))].map((item) => {
    const own = item.scope?.[item.scope.length - 1] ?? item.range;
    return { item, own };
  }).filter(({ item, own }) => within(own, offset) || within(item.range, offset));
  return spans.sort((a, b) => a.own.length - b.own.length)[0]?.item;
}

function within(r: { offset: number; length: number }, offset: number): boolean {
  return offset >= r.offset && offset <= r.offset + r.length;
}
