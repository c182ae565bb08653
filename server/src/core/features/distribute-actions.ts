/**
 * "Distribute as …": for the item under the cursor, one refactoring per route the Routes view shows for
 * it (core/reach/routes.ts `candidateChannels`), each declaring it in `.plugin-lens.json` `distribution`.
 * A component of a plugin takes its plugin's channel, so its routes are declared for the plugin folder.
 * Pure: returns file changes; the server turns them into a WorkspaceEdit.
 */
import type { Workspace } from '../workspace';
import type { ItemReachResult } from '../reach/api';
import type { ReachItem } from '../reach/items';
import { channelInfo } from '../reach/knowledge';
import { pluginOf } from '../reach/channels';
import { candidateChannels } from '../reach/routes';
import { repackageFor } from '../reach/routes-data';
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
  for (const id of candidateChannels(item, input.results.filter((r) => r.item === item))) {
    const c = channelInfo(id);
    // A route that needs the item repackaged first (a standalone skill as a plugin) is a "what if" to
    // read in the Routes view, not a declaration for the files as they are.
    if (!c || (!target.inPlugin && repackageFor(id, item.kind))) continue;
    const change = declareDistribution(input.config.text, target.glob, c.id);
    if (change.type === 'none') continue; // already declared for this glob
    const changes: FileChange[] = change.type === 'create'
      ? [{ type: 'create', path: input.config.path, text: change.text }]
      : [{ type: 'edit', path: input.config.path, edits: change.edits }];
    out.push({ title: `Distribute ${target.label} as "${c.name}" (${c.id})`, kind: REFACTOR_KIND, changes });
  }
  return out;
}

/** The glob an item's distribution is declared for, and how to call it in the action's title. */
export function distributionTarget(item: ReachItem, ws: Workspace): { glob: string; label: string; inPlugin: boolean } {
  const rel = (p: string) => relative(ws.root, p) || '.';
  const plugin = item.kind === 'marketplace' ? undefined : pluginOf(item, ws);
  if (plugin) {
    const folder = rel(plugin.root);
    return { glob: folder === '.' ? '**' : `${folder}/**`, label: `plugin "${plugin.name}"`, inPlugin: true };
  }
  // A skill is its folder (SKILL.md and the files it reads); other items are declared by their file.
  const glob = item.kind === 'skill' ? `${rel(dirname(item.file))}/**` : rel(item.file);
  return { glob, label: `${item.kind} "${item.name}"`, inPlugin: item.kind === 'plugin' || item.kind === 'marketplace' };
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
