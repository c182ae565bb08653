/** Renderings of an item's reach: markdown for hovers and the sidebar, and the LSP protocol shape. */
import { SURFACE_IDS, type SurfaceId } from '../surfaces';
import { KNOWLEDGE, KNOWLEDGE_AS_OF, channelInfo, type ReachStatus } from './knowledge';
import type { ItemReachResult } from './api';

export const STATUS_SYMBOL: Record<ReachStatus, string> = {
  loads: '✓', 'does-not-load': '✗', conditional: '~', unknown: '?', disputed: '!',
};

export const STATUS_LEGEND = '✓ loads · ✗ does not load · ~ conditional · ? unknown · ! disputed';

/** Short column labels, in SURFACE_IDS order. */
export const SURFACE_SHORT: Record<SurfaceId, string> = {
  'claude-ai-web': 'Web', 'claude-desktop-chat': 'Desktop', 'claude-mobile': 'Mobile', cowork: 'Cowork',
  'claude-code-cli': 'CLI', 'claude-code-desktop': 'Code tab', 'claude-code-ide': 'IDE', 'claude-code-cloud': 'Cloud',
  'claude-api': 'API', 'agent-sdk': 'SDK',
};

const SURFACE_NAME = new Map(KNOWLEDGE.surfaces.map((s) => [s.id, s.name]));
export const surfaceName = (id: SurfaceId): string => SURFACE_NAME.get(id) ?? id;

/** Markdown: one-row matrix, reasons grouped by identical verdict, source links, as-of date. */
export function renderReachMarkdown(r: ItemReachResult): string {
  const ch = channelInfo(r.channel);
  const lines: string[] = [];
  lines.push(`**Reach** of ${r.item.kind} \`${escapeMd(r.item.name)}\` — channel \`${r.channel}\`${ch ? ` (${escapeMd(ch.name)})` : ''}${r.channelVia.startsWith('override:') ? ', set in configuration' : ''}`);
  const eff = Object.entries(r.item.effective ?? {});
  if (eff.length) lines.push('', `Loaded as: ${eff.map(([k, v]) => `${k} \`${(v.length > 80 ? `${v.slice(0, 79)}…` : v).replace(/[`\r\n]/g, ' ')}\``).join(' · ')}`);
  lines.push('');
  lines.push(`| ${SURFACE_IDS.map((s) => SURFACE_SHORT[s]).join(' | ')} |`);
  lines.push(`|${SURFACE_IDS.map(() => ':-:').join('|')}|`);
  lines.push(`| ${SURFACE_IDS.map((s) => STATUS_SYMBOL[r.reach[s].status]).join(' | ')} |`);
  lines.push('');
  const groups = new Map<string, SurfaceId[]>();
  for (const s of SURFACE_IDS) {
    const c = r.reach[s];
    const key = `${c.status}\u0000${c.why}\u0000${c.condition ?? ''}\u0000${c.sources.join(' ')}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const surfaces of groups.values()) {
    const c = r.reach[surfaces[0]];
    const names = surfaces.map((id) => `${surfaceName(id)} (\`${id}\`)`).join(', ');
    const cond = c.condition && c.status === 'conditional' ? ` *Only if:* ${escapeMd(c.condition)}.` : '';
    const links = c.sources.map((u, i) => `[${i + 1}](${u})`).join(' ');
    lines.push(`- ${STATUS_SYMBOL[c.status]} ${names}: ${escapeMd(c.why)}${cond}${links ? ` ${links}` : ''} _(as of ${c.asOf}${dateLabel(c.dateNote)})_`);
  }
  lines.push('');
  lines.push(`_${STATUS_LEGEND}. Knowledge as of ${KNOWLEDGE_AS_OF}._`);
  return lines.join('\n');
}

/** ", quoted" / ", dated copy" / ", recording date only" after an as-of date that is not a publication date. */
function dateLabel(note: string | undefined): string {
  if (!note) return '';
  return note.includes('only a recording date') ? ', recording date only' : note.includes(' quoted ') ? ', date of a quote' : ', date of a dated copy';
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]|<>])/g, '\\$1');
}

/** The `ItemReach` shape of server/src/protocol.ts (kept structural so the core doesn't import it). */
export interface ProtocolItemReach {
  cells: Array<{ surface: string; status: ReachStatus; reasons: string[]; sources: Array<{ url: string; date: string; title?: string; dateNote?: string }>; asOf?: string; dateNote?: string }>;
  channel?: string;
  asOf: string;
  detail?: 'status';
}

let sourcesByUrl: Map<string, (typeof KNOWLEDGE.sources)[string]> | undefined;

export function toProtocolReach(r: ItemReachResult): ProtocolItemReach {
  const byUrl = sourcesByUrl ??= new Map(Object.values(KNOWLEDGE.sources).map((s) => [s.url, s]));
  return {
    channel: r.channel,
    asOf: KNOWLEDGE_AS_OF,
    cells: SURFACE_IDS.map((surface) => {
      const c = r.reach[surface];
      return {
        surface, status: c.status,
        reasons: c.condition ? [c.why, `Only if: ${c.condition}`] : [c.why],
        sources: c.sources.map((url) => {
          const s = byUrl.get(url);
          return s ? { url, date: s.date, title: s.title, ...(s.dateNote ? { dateNote: s.dateNote } : {}) } : { url, date: c.asOf };
        }),
        asOf: c.asOf, ...(c.dateNote ? { dateNote: c.dateNote } : {}),
      };
    }),
  };
}

/**
 * The same reach with surface and status only (a sidebar list's `cells: 'status'`; see protocol
 * ItemReach.detail). Items with the same channel and statuses share one frozen answer: a list of 25,000
 * items otherwise allocates ~30 objects each for cells that differ only in a few statuses (GC pauses of
 * ~100 ms while the server sends it).
 */
export function toProtocolStatuses(r: ItemReachResult): ProtocolItemReach {
  let key = r.channel;
  for (const surface of SURFACE_IDS) key += ` ${r.reach[surface].status}`;
  let shared = STATUS_ANSWERS.get(key);
  if (!shared) {
    if (STATUS_ANSWERS.size >= MAX_STATUS_ANSWERS) STATUS_ANSWERS.clear();
    const cells: ProtocolItemReach['cells'] = SURFACE_IDS.map((surface) => ({ surface, status: r.reach[surface].status, reasons: EMPTY, sources: EMPTY }));
    for (const cell of cells) Object.freeze(cell);
    shared = Object.freeze({ channel: r.channel, asOf: KNOWLEDGE_AS_OF, detail: 'status' as const, cells: Object.freeze(cells) as ProtocolItemReach['cells'] });
    STATUS_ANSWERS.set(key, shared);
  }
  return shared;
}

const EMPTY = Object.freeze([]) as never[];
const STATUS_ANSWERS = new Map<string, ProtocolItemReach>();
/** Distinct (channel, statuses) pairs are a few hundred in practice; the bound only guards memory. */
const MAX_STATUS_ANSWERS = 10_000;
