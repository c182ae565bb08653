/**
 * The routes knowledge (routes-knowledge.json, schema in schemas/routes-knowledge.schema.json): which
 * channels an item can be distributed through, and the member / admin actions and traps of each route,
 * with sources. Source keys resolve in knowledge.json's sources first (the one list of sources), then in
 * this file's own (sources only routes cite).
 */
import data from './routes-knowledge.json';
import type { SurfaceId } from '../surfaces';
import { KNOWLEDGE, KNOWLEDGE_AS_OF, DATING_NOTE as KNOWLEDGE_DATING_NOTE, type ReachItemKind } from './knowledge';

export interface RouteSource { url: string; title: string; date: string; dateBasis: 'published' | 'copy' | 'quoted' | 'recorded'; dateNote?: string }
export interface RouteSet { channels: string[]; why: string }
export interface RepackageNote { channels: string[]; kinds: ReachItemKind[]; text: string }
export interface ActionRecord {
  id: string; who: 'member' | 'admin'; channels: string[]; kinds?: ReachItemKind[]; surfaces: SurfaceId[]; text: string; sources: string[];
}
export interface TrapRecord {
  id: string; title: string; channels: string[]; kinds?: ReachItemKind[]; when?: 'mcp-server-github'; surfaces: SurfaceId[]; text: string; sources: string[];
}
interface RoutesKnowledge {
  datingNote: string;
  sources: Record<string, RouteSource>;
  routeSets: { 'plugin-family': RouteSet; frontmatter: RouteSet; standalone: Partial<Record<ReachItemKind, string[]>> };
  repackage: RepackageNote[];
  actions: ActionRecord[];
  traps: TrapRecord[];
}

export const ROUTES_KNOWLEDGE = data as unknown as RoutesKnowledge;

/** A source by key: knowledge.json's, else this file's own. */
export function routeSource(key: string): RouteSource | undefined {
  return (KNOWLEDGE.sources[key] as RouteSource | undefined) ?? ROUTES_KNOWLEDGE.sources[key];
}

/**
 * Newest date among the sources (YYYY-MM-DD): a date that only records when an undated page was read
 * (`dateBasis: recorded`) counts only when no source has a better one; the knowledge date when none resolves.
 */
export function newestDate(keys: readonly string[]): string {
  const srcs = keys.map((k) => routeSource(k)).filter((s): s is RouteSource => !!s);
  const dated = srcs.filter((s) => s.dateBasis !== 'recorded');
  const dates = (dated.length ? dated : srcs).map((s) => s.date).sort();
  return dates[dates.length - 1] ?? KNOWLEDGE_AS_OF;
}

export const sourceUrls = (keys: readonly string[]): string[] =>
  [...new Set(keys.map((k) => routeSource(k)?.url).filter((u): u is string => !!u))];

/**
 * Newest source date the routes knowledge rests on: knowledge.json's as-of date, or a newer exact date of
 * this file's own sources (an approximate date, one with a dateNote, never raises it).
 */
export const ROUTES_AS_OF: string = [KNOWLEDGE_AS_OF, ...Object.values(ROUTES_KNOWLEDGE.sources).filter((s) => !s.dateNote).map((s) => s.date)].sort().pop()!;

/** The knowledge base's dating note, then this file's: the routes output carries both. */
export const DATING_NOTE: string = [KNOWLEDGE_DATING_NOTE, ROUTES_KNOWLEDGE.datingNote].filter(Boolean).join(' ');

export function actionsFor(channel: string, kind: ReachItemKind, surface: SurfaceId): ActionRecord[] {
  return ROUTES_KNOWLEDGE.actions.filter((a) =>
    a.channels.includes(channel) && a.surfaces.includes(surface) && (!a.kinds || a.kinds.includes(kind)));
}

export function trapsFor(channel: string, kind: ReachItemKind, holds: (when: NonNullable<TrapRecord['when']>) => boolean): TrapRecord[] {
  return ROUTES_KNOWLEDGE.traps.filter((t) =>
    t.channels.includes(channel) && (!t.kinds || t.kinds.includes(kind)) && (!t.when || holds(t.when)));
}

export function repackageFor(channel: string, kind: ReachItemKind): string | undefined {
  return ROUTES_KNOWLEDGE.repackage.find((r) => r.channels.includes(channel) && r.kinds.includes(kind))?.text;
}
