/**
 * Edits to `.plugin-lens.json` `distribution`: declare a channel for a glob (the "Distribute as …" code
 * action), and move the `channels` predecessor into it (the config/channels-renamed fix). Both keep every
 * value already there (a glob that already names other channels gets an array, in order) and every byte
 * outside the members they touch: the house's minimal JSON edits, applied in sequence on a re-parsed text.
 */
import { applyEdits, parseTree, type Node } from 'jsonc-parser';
import type { Edit } from '../types';
import { itemsOf, keyNodeOf, keyOf, propertiesOf, propertyOf, toValue, valueOf } from '../parse/node';
import { insertProperty, lineBreakOf, lineIndent, removeMember } from './json-edits';

/** The channel ids a `distribution` / `channels` value names (a string or an array of strings). */
export function channelIdsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((c): c is string => typeof c === 'string');
}

export type ConfigChange = { type: 'create'; text: string } | { type: 'edit'; edits: Edit[] } | { type: 'none' };

/** Declares `channel` for `glob` in `distribution`, creating the file or the key as needed. */
export function declareDistribution(text: string | undefined, glob: string, channel: string): ConfigChange {
  if (text === undefined || text.trim() === '') {
    return { type: 'create', text: `${JSON.stringify({ distribution: { [glob]: channel } }, null, 2)}\n` };
  }
  const root = parseTree(text);
  if (!root || root.type !== 'object') return { type: 'none' };
  // `distribution` wins over `channels` for a glob both name: a glob only `channels` names keeps its
  // channel, first, so the declaration (and the channel in use) stays what it was.
  const distribution = valueOf(root, 'distribution');
  const legacy = distribution && valueOf(distribution, glob) ? undefined : channelIdsOf(toValue(valueOf(valueOf(root, 'channels'), glob)));
  const channels = legacy?.length ? [...legacy, channel].filter((c, i, all) => all.indexOf(c) === i) : [channel];
  if (channels.length === 1 && legacy?.length) return { type: 'none' }; // already declared under `channels`
  const edits = addChannels(text, root, glob, channels);
  return edits?.length ? { type: 'edit', edits } : { type: 'none' };
}

/**
 * Moves every `channels` entry into `distribution`: a key rename when `distribution` is absent; else each
 * glob is added (or merged, `distribution`'s channels first, for the `overlaps`) and `channels` removed.
 */
export function migrateChannels(text: string, root: Node): { edits: Edit[]; overlaps: string[] } | undefined {
  const channelsProp = propertyOf(root, 'channels');
  const channels = channelsProp?.children?.[1];
  if (!channelsProp || !channels) return undefined;
  const distribution = valueOf(root, 'distribution');
  if (!distribution) {
    const key = keyNodeOf(channelsProp);
    return { edits: [{ offset: key.offset, length: key.length, newText: '"distribution"' }], overlaps: [] };
  }
  if (distribution.type !== 'object' || channels.type !== 'object') return undefined;
  const overlaps = propertiesOf(channels).map(keyOf).filter((glob) => propertyOf(distribution, glob));
  let next = text;
  for (const prop of propertiesOf(channels)) {
    const tree = parseTree(next)!;
    const edits = addChannels(next, tree, keyOf(prop), channelIdsOf(toValue(prop.children?.[1])), toValue(prop.children?.[1]));
    if (edits) next = apply(next, edits);
  }
  const tree = parseTree(next)!;
  next = apply(next, removeMember(next, propertyOf(tree, 'channels')!));
  return { edits: diffEdit(text, next), overlaps };
}

/**
 * Edits adding `channels` to `glob` in the root's `distribution` (created when absent). `raw` is the value
 * to write for a new glob (default: the channel, or the array). Undefined: nothing to add, or a value that
 * is neither a string nor an array (not ours to rewrite).
 */
function addChannels(text: string, root: Node, glob: string, channels: readonly string[], raw?: unknown): Edit[] | undefined {
  const fresh = raw ?? (channels.length === 1 ? channels[0] : [...channels]);
  const distribution = valueOf(root, 'distribution');
  if (!distribution) return insertProperty(text, root, 'distribution', { [glob]: fresh });
  if (distribution.type !== 'object') return undefined;
  const existing = valueOf(distribution, glob);
  if (!existing) return insertProperty(text, distribution, glob, fresh);
  const have = toValue(existing);
  const add = channels.filter((c, i) => channels.indexOf(c) === i && !channelIdsOf(have).includes(c));
  if (!add.length) return undefined;
  if (existing.type === 'string') {
    return [{ offset: existing.offset, length: existing.length, newText: `[${[have, ...add].map((c) => JSON.stringify(c)).join(', ')}]` }];
  }
  if (existing.type !== 'array') return undefined;
  return appendItems(text, existing, add);
}

/** Appends string items to an array node, on its line or one per line as the array is written. */
function appendItems(text: string, array: Node, values: readonly string[]): Edit[] {
  const items = itemsOf(array);
  const json = values.map((v) => JSON.stringify(v));
  if (!items.length) return [{ offset: array.offset + 1, length: array.length - 2, newText: json.join(', ') }];
  const last = items[items.length - 1];
  const multiline = text.slice(array.offset, last.offset).includes('\n');
  const eol = lineBreakOf(text);
  const sep = multiline ? `,${eol}${lineIndent(text, last.offset)}` : ', ';
  return [{ offset: last.offset + last.length, length: 0, newText: json.map((j) => sep + j).join('') }];
}

function apply(text: string, edits: readonly Edit[]): string {
  return applyEdits(text, edits.map((e) => ({ offset: e.offset, length: e.length, content: e.newText })));
}

/** The one edit that turns `a` into `b` (empty when equal): common prefix and suffix stay untouched. */
export function diffEdit(a: string, b: string): Edit[] {
  if (a === b) return [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  return [{ offset: start, length: endA - start, newText: b.slice(start, endB) }];
}
