/**
 * The reach knowledge base (knowledge.json, schema in schemas/reach-knowledge.schema.json), bundled
 * with the code and indexed for lookups. Updating reach facts means editing the JSON, not this file.
 */
import data from './knowledge.json';
import type { SurfaceId } from '../surfaces';

export type ReachStatus = 'loads' | 'does-not-load' | 'conditional' | 'unknown' | 'disputed';
export type ReachItemKind =
  | 'skill' | 'plugin' | 'marketplace' | 'mcp-server' | 'hook' | 'command' | 'agent' | 'output-style' | 'lsp-server';

export const ITEM_KINDS: readonly ReachItemKind[] = [
  'skill', 'plugin', 'marketplace', 'mcp-server', 'hook', 'command', 'agent', 'output-style', 'lsp-server',
];

/** `published`: the source's own date; `copy`: a dated copy of an undated page; `quoted`: the date a third party quoted it; `recorded`: only when notes recorded an undated page. */
export type DateBasis = 'published' | 'copy' | 'quoted' | 'recorded';
export interface KnowledgeSource { url: string; title: string; date: string; dateBasis: DateBasis; dateNote?: string }
export interface Verdict { status: ReachStatus; why: string; condition?: string; sources: string[] }
export interface KnowledgeRecord extends Verdict { id: string; item: ReachItemKind; channel: string; surface: SurfaceId }
export interface ComponentRule extends Verdict {
  id: string; appliesTo: ReachItemKind; when: string; channels?: string[]; surfaces: SurfaceId[];
  /** The rule refuses the whole plugin: its components (and a marketplace of only such plugins) follow it. */
  wholePlugin?: boolean;
  /** The upload (or org sync) refuses the item: Claude Code surfaces miss it only because nothing syncs. */
  refusedByUpload?: boolean;
}
export interface ChannelInfo {
  id: string; name: string; items: ReachItemKind[]; description: string; detect: string;
  /** The loader an item of the channel passes first; absent: Claude Code's own loaders. */
  loader?: 'upload' | 'desktop-config' | 'mcpb';
}
export interface SurfaceInfo { id: SurfaceId; name: string; family: string; notes: string }

interface KnowledgeBase {
  knowledgeAsOf: string;
  surfaces: SurfaceInfo[];
  channels: ChannelInfo[];
  sources: Record<string, KnowledgeSource>;
  records: KnowledgeRecord[];
  componentRules: ComponentRule[];
}

export const KNOWLEDGE = data as unknown as KnowledgeBase;
export const KNOWLEDGE_AS_OF: string = KNOWLEDGE.knowledgeAsOf;

/** How every date in reach output is obtained: printed once beside `knowledgeAsOf` in JSON outputs. */
export const DATING_NOTE = 'knowledgeAsOf is the newest source date actually verified (a release, a dated copy, a dated quote). ' +
  'A cell\'s asOf is the newest date among its sources; a page dated only by when notes recorded it never raises it. ' +
  'When that date is not the source\'s own publication date, the cell\'s dateNote says how it was obtained.';

/**
 * The as-of date of a set of sources and, when that date is not a publication date, how it was obtained.
 * Recording dates of undated pages count only when nothing better dates the cell (audit 2026-12-06 §0).
 */
export function datingOf(keys: readonly string[]): { asOf: string; dateNote?: string } {
  // The knowledge's own source lists are fixed arrays: each is dated once.
  let hit = DATING.get(keys);
  if (!hit) { hit = computeDating(keys); DATING.set(keys, hit); }
  return hit;
}
const DATING = new WeakMap<readonly string[], { asOf: string; dateNote?: string }>();

function computeDating(keys: readonly string[]): { asOf: string; dateNote?: string } {
  const srcs = keys.map((k) => KNOWLEDGE.sources[k]).filter((s) => s !== undefined);
  const dated = srcs.filter((s) => s.dateBasis !== 'recorded');
  const pool = (dated.length ? dated : srcs).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const newest = pool[pool.length - 1];
  if (!newest) return { asOf: KNOWLEDGE_AS_OF };
  if (newest.dateBasis === 'published' || !newest.dateNote) return { asOf: newest.date };
  const what = newest.dateBasis === 'recorded' ? 'approximate, only a recording date' : newest.dateBasis === 'quoted' ? 'the date the text was quoted' : 'the date of a dated copy';
  return { asOf: newest.date, dateNote: `${newest.date} is ${what} (${newest.title}): ${newest.dateNote}` };
}

// Indexed once: kind → channel → surface (every matrix cell and hint looks one up, no key strings built).
const RECORDS = new Map<string, Map<string, Map<string, KnowledgeRecord>>>();
for (const r of KNOWLEDGE.records) {
  const [item, channel, surface] = splitRecordId(r.id);
  let byChannel = RECORDS.get(item);
  if (!byChannel) RECORDS.set(item, byChannel = new Map());
  let bySurface = byChannel.get(channel);
  if (!bySurface) byChannel.set(channel, bySurface = new Map());
  bySurface.set(surface, r);
}
const CHANNELS = new Map(KNOWLEDGE.channels.map((c) => [c.id, c]));

/** `<item>.<channel>.<surface>`: item kinds and surfaces never hold a dot, so the channel is the middle. */
function splitRecordId(id: string): [string, string, string] {
  const first = id.indexOf('.');
  const last = id.lastIndexOf('.');
  return [id.slice(0, first), id.slice(first + 1, last), id.slice(last + 1)];
}

export function recordFor(item: ReachItemKind, channel: string, surface: SurfaceId): KnowledgeRecord | undefined {
  return RECORDS.get(item)?.get(channel)?.get(surface);
}

const SURFACES = new Map(KNOWLEDGE.surfaces.map((s) => [s.id, s]));
export function surfaceInfo(id: SurfaceId): SurfaceInfo | undefined {
  return SURFACES.get(id);
}

export function channelInfo(id: string): ChannelInfo | undefined {
  return CHANNELS.get(id);
}

/** True when the knowledge base has records for this kind in this channel. */
export function channelAllows(channel: string, kind: ReachItemKind): boolean {
  return CHANNELS.get(channel)?.items.includes(kind) ?? false;
}

export function sourceOf(key: string): KnowledgeSource | undefined {
  return KNOWLEDGE.sources[key];
}

/** Severity order used to combine verdicts: higher wins. */
export const STATUS_RANK: Record<ReachStatus, number> = {
  loads: 0, conditional: 1, unknown: 2, disputed: 3, 'does-not-load': 4,
};

/** Channels (for a kind) where a surface loads the item without conditions: used for "what to do" hints. */
export function channelsReaching(kind: ReachItemKind, surface: SurfaceId): string[] {
  return KNOWLEDGE.channels
    .filter((c) => c.items.includes(kind) && recordFor(kind, c.id, surface)?.status === 'loads')
    .map((c) => c.id);
}
