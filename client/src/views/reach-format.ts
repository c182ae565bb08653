/**
 * Compact text for reach and problems: the tree's description badges and markdown tooltips.
 * vscode-free (unit-tested with mocha).
 */
import type { FindingCounts, ItemReach, ReachCell, ReachStatus } from '../../../server/src/protocol';
import { SURFACES } from '../../../server/src/core/surfaces';

export const STATUS_ORDER: readonly ReachStatus[] = ['loads', 'conditional', 'disputed', 'unknown', 'does-not-load'];

export const STATUS_SYMBOL: Record<ReachStatus, string> = {
  loads: '✓', 'does-not-load': '✗', conditional: '~', disputed: '!', unknown: '?',
};

export const STATUS_WORD: Record<ReachStatus, string> = {
  loads: 'loads', 'does-not-load': 'does not load', conditional: 'conditional', disputed: 'disputed', unknown: 'unknown',
};

/** Badge order: what loads, what does not, then the uncertain ones. */
const BADGE_ORDER: readonly ReachStatus[] = ['loads', 'does-not-load', 'conditional', 'disputed', 'unknown'];

export function surfaceName(id: string): string {
  return SURFACES.find((s) => s.id === id)?.name ?? id;
}

export function countStatuses(cells: readonly { status: ReachStatus }[]): Record<ReachStatus, number> {
  const counts: Record<ReachStatus, number> = { loads: 0, 'does-not-load': 0, conditional: 0, disputed: 0, unknown: 0 };
  for (const c of cells) if (c.status in counts) counts[c.status]++;
  return counts;
}

/** `✓5 ✗3 ~2` — non-zero groups only; '' when there is no reach. */
export function reachBadge(cells: readonly { status: ReachStatus }[] | undefined): string {
  if (!cells?.length) return '';
  const counts = countStatuses(cells);
  return BADGE_ORDER.filter((s) => counts[s] > 0).map((s) => `${STATUS_SYMBOL[s]}${counts[s]}`).join(' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning` — '' when clean. Hints are not counted (they are not problems). */
export function findingsText(f: FindingCounts | undefined): string {
  if (!f) return '';
  const parts: string[] = [];
  if (f.errors) parts.push(plural(f.errors, 'error'));
  if (f.warnings) parts.push(plural(f.warnings, 'warning'));
  if (f.infos) parts.push(`${f.infos} info`);
  return parts.join(', ');
}

function hostOf(url: string): string {
  try { return new URL(url).hostname; } catch { return url; }
}

/** Escape text for a markdown table cell or inline text. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** One surface row: `| ✓ | Claude Code CLI | reason; reason |` with source links. */
function cellRow(cell: ReachCell): string {
  const why = cell.reasons.length ? cell.reasons.map(mdEscape).join('; ') : '—';
  const sources = cell.sources.map((s, i) => `[${i + 1}](${s.url} "${mdEscape(s.title ?? s.url)} (${s.date})")`).join(' ');
  return `| ${STATUS_SYMBOL[cell.status]} | ${mdEscape(surfaceName(cell.surface))} | ${why}${sources ? ` ${sources}` : ''} |`;
}

/** Cells in the canonical surface order (unknown surface ids last). */
export function orderedCells(cells: readonly ReachCell[]): ReachCell[] {
  const index = (id: string) => {
    const i = SURFACES.findIndex((s) => s.id === id);
    return i < 0 ? SURFACES.length : i;
  };
  return [...cells].sort((a, b) => index(a.surface) - index(b.surface));
}

export interface TooltipInput { name: string; kind: string; path?: string; findings?: FindingCounts; reach?: ItemReach }

/** The markdown tooltip of an item: what it is, its problems, and its reach with reasons. */
export function itemTooltip(item: TooltipInput): string {
  const lines = [`**${mdEscape(item.name)}** — ${mdEscape(item.kind)}`];
  if (item.path) lines.push('', `\`${item.path.replace(/`/g, "'")}\``);
  const problems = findingsText(item.findings);
  lines.push('', problems ? `Problems: ${problems}` : 'No problems');
  if (item.reach?.cells.length) {
    const channel = item.reach.channel ? ` · channel \`${item.reach.channel}\`` : '';
    lines.push('', `Reach${channel} · knowledge as of ${item.reach.asOf}`, '', '| | Surface | Why |', '|---|---|---|');
    for (const cell of orderedCells(item.reach.cells)) lines.push(cellRow(cell));
  }
  return lines.join('\n');
}

/** Tooltip for one item on one surface (the group-by-surface view). */
export function cellTooltip(name: string, cell: ReachCell, asOf: string): string {
  const lines = [`**${mdEscape(name)}** on ${mdEscape(surfaceName(cell.surface))}: ${STATUS_SYMBOL[cell.status]} ${STATUS_WORD[cell.status]}`];
  for (const r of cell.reasons) lines.push(`- ${mdEscape(r)}`);
  if (cell.sources.length) lines.push('', cell.sources.map((s) => `[${mdEscape(s.title ?? hostOf(s.url))}](${s.url}) (${s.date})`).join(' · '));
  lines.push('', `Knowledge as of ${asOf}`);
  return lines.join('\n');
}
