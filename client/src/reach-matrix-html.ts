/**
 * The workspace reach matrix as a self-contained HTML page (items × surfaces) for a webview. With the
 * items' routes, a select switches the table between routes: by default each item's route in use (its
 * reach), else one channel for every item that has it, declared routes marked. The only script is the
 * select's (with the CSP nonce); without routes the page has none. vscode-free (unit-tested).
 */
import type { ReachResult, ReachStatus, RoutesResult } from '../../server/src/protocol';
import { STATUS_SYMBOL, STATUS_WORD, countStatuses } from './views/reach-format';
import { kindLabel } from './views/reach-model';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STATUS_CLASS: Record<ReachStatus, string> = {
  loads: 'ok', 'does-not-load': 'no', conditional: 'cond', disputed: 'disp', unknown: 'unk',
};

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 2px 6px; text-align: center; white-space: nowrap; }
th.item, td.item { text-align: left; white-space: nowrap; }
thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
th.surface { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; }
.ok { color: var(--vscode-testing-iconPassed, #3a3); } .no { opacity: .55; }
.cond { color: var(--vscode-charts-yellow, #b90); } .disp { color: var(--vscode-charts-orange, #d70); } .unk { opacity: .8; }
.kind, .meta { opacity: .7; } td[title] { cursor: help; } .declared { color: var(--vscode-testing-iconPassed, #3a3); }
label.route { display: block; margin: .5em 0; } select { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, #8884); }`;

/** The select's value for "each item's route in use". */
export const IN_USE = 'in-use';

const SWITCH_SCRIPT = `const s = document.getElementById('route');
s.addEventListener('change', () => { for (const b of document.querySelectorAll('tbody[data-route]')) b.hidden = b.dataset.route !== s.value; });`;

/** True when the matrix is its first rows only (ReachParams.limit; `total` says how many there are). */
export function matrixIsCut(result: ReachResult): result is ReachResult & { total: number } {
  return result.total !== undefined && result.total > result.items.length;
}

/** A cut matrix's note: how many items there are, and where the rest is. */
function cutNote(result: ReachResult): string {
  if (!matrixIsCut(result)) return '';
  return `<p class="meta">Showing the first ${result.items.length.toLocaleString('en-US')} of ${result.total.toLocaleString('en-US')} items, in file order, without routes. ` +
    'A file\'s matrix (an item\'s context menu in the Reach view: Show Reach Matrix) shows its items with their routes.</p>';
}

/**
 * A full HTML document; `cspSource` is the webview's `cspSource` (empty outside VS Code). `routes` adds
 * the route select, and `nonce` lets its script run (without one the page stays on the routes in use).
 */
export function reachMatrixHtml(result: ReachResult, cspSource = '', routes?: RoutesResult, nonce?: string): string {
  const withRoutes = !!routes?.items.some((i) => i.routes.length);
  const script = withRoutes && nonce ? ` script-src 'nonce-${escapeHtml(nonce)}';` : '';
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${escapeHtml(cspSource)};${script}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Plugin Lens: reach matrix</title><style>${STYLE}</style></head><body>`;
  const title = `<h2>Where each item loads</h2>`;
  const meta = `<p class="meta">Knowledge as of ${escapeHtml(result.knowledgeAsOf || 'unknown')}. ` +
    `${Object.entries(STATUS_WORD).map(([s, w]) => `<span class="${STATUS_CLASS[s as ReachStatus]}">${STATUS_SYMBOL[s as ReachStatus]}</span> ${w}`).join(' · ')}. ` +
    `Hover a cell for the reasons${withRoutes ? '; <sup>+</sup>: someone must act for it to arrive (the cell says who and what)' : ''}.</p>` +
    cutNote(result);
  if (!result.available) return `${head}${title}<p>Reach data is not available from the server yet.</p></body></html>`;
  if (!result.items.length) return `${head}${title}${meta}<p>No plugins, skills or MCP servers found in this workspace.</p></body></html>`;
  const cols = result.surfaces;
  const header = `<thead><tr><th class="item">Item</th><th class="item">Kind</th>${withRoutes ? '<th class="item">Route</th>' : ''}` +
    cols.map((s) => `<th class="surface" title="${escapeHtml(s.id)}">${escapeHtml(s.name)}</th>`).join('') + `<th>Summary</th></tr></thead>`;
  const rows = result.items.map((item) => {
    const cells = cols.map((s) => {
      const cell = item.reach.cells.find((c) => c.surface === s.id);
      if (!cell) return '<td class="unk" title="not assessed">·</td>';
      const reasons = cell.reasons.length ? cell.reasons.join('\n') : STATUS_WORD[cell.status];
      const sources = cell.sources.map((src) => `${src.url} (${src.date})`).join('\n');
      const title = `${s.name}: ${STATUS_WORD[cell.status]}\n${reasons}${sources ? `\n\nSources:\n${sources}` : ''}`;
      return `<td class="${STATUS_CLASS[cell.status]}" title="${escapeHtml(title)}">${STATUS_SYMBOL[cell.status]}</td>`;
    }).join('');
    const counts = countStatuses(item.reach.cells);
    const summary = `${counts.loads} of ${item.reach.cells.length}`;
    const route = withRoutes ? `<td class="item">${inUseRouteLabel(item, routes!)}</td>` : '';
    return `<tr><td class="item" title="${escapeHtml(item.uri)}">${escapeHtml(item.name)}</td>` +
      `<td class="item kind">${escapeHtml(kindLabel(item.kind))}</td>${route}${cells}<td>${summary}</td></tr>`;
  }).join('');
  if (!withRoutes) return `${head}${title}${meta}<table>${header}<tbody>${rows}</tbody></table></body></html>`;
  const channels = routeChannels(routes!);
  const select = `<label class="route">Route: <select id="route"><option value="${IN_USE}" selected>The route each item uses</option>` +
    channels.map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)} (${escapeHtml(c.id)})${c.declared ? ' ✓ declared' : ''}</option>`).join('') +
    `</select></label>`;
  const bodies = [`<tbody data-route="${IN_USE}">${rows}</tbody>`, ...channels.map((c) => routeBody(c.id, cols, routes!))].join('');
  const js = nonce ? `<script nonce="${escapeHtml(nonce)}">${SWITCH_SCRIPT}</script>` : '';
  return `${head}${title}${meta}${select}<table>${header}${bodies}</table>${js}</body></html>`;
}

/** The in-use route of a reach row, marked ✓ when declared (matched to its routes item by file and name). */
function inUseRouteLabel(item: ReachResult['items'][number], routes: RoutesResult): string {
  const r = routes.items.find((i) => i.uri === item.uri && i.name === item.name)?.routes.find((x) => x.inUse && (!item.reach.channel || x.channel === item.reach.channel));
  if (!r) return escapeHtml(item.reach.channel ?? '');
  return `${escapeHtml(r.channelName)}${r.declared ? ' <span class="declared">✓ declared</span>' : ''}`;
}

/** Every channel some item can take, in first-seen order, and whether any item declares it. */
export function routeChannels(routes: RoutesResult): Array<{ id: string; name: string; declared: boolean }> {
  const out = new Map<string, { id: string; name: string; declared: boolean }>();
  for (const item of routes.items) {
    for (const r of item.routes) {
      const c = out.get(r.channel) ?? { id: r.channel, name: r.channelName, declared: false };
      c.declared ||= r.declared;
      out.set(r.channel, c);
    }
  }
  return [...out.values()];
}

/** The rows of one channel: every item that has that route, its cells with reasons and actions. */
function routeBody(channel: string, cols: ReachResult['surfaces'], routes: RoutesResult): string {
  const rows = routes.items.flatMap((item) => {
    const r = item.routes.find((x) => x.channel === channel);
    if (!r) return [];
    const cells = cols.map((s) => {
      const cell = r.surfaces[s.id as keyof typeof r.surfaces];
      if (!cell) return '<td class="unk" title="not assessed">·</td>';
      const lines = [`${s.name}: ${STATUS_WORD[cell.status]}`, cell.reason];
      if (cell.condition) lines.push(`Only if: ${cell.condition}`);
      for (const a of cell.actions) lines.push(`${a.who === 'admin' ? 'Admin' : 'Each member'}: ${a.text}`);
      if (cell.sources.length) lines.push('', 'Sources:', ...cell.sources);
      const mark = cell.actions.length ? '<sup>+</sup>' : '';
      return `<td class="${STATUS_CLASS[cell.status]}" title="${escapeHtml(lines.join('\n'))}">${STATUS_SYMBOL[cell.status]}${mark}</td>`;
    }).join('');
    const all = Object.values(r.surfaces);
    const counts = countStatuses(all);
    const state = r.declared ? ' <span class="declared">✓ declared</span>' : r.inUse ? ' (in use)' : ' (what if)';
    return [`<tr><td class="item" title="${escapeHtml(item.uri)}">${escapeHtml(item.name)}</td><td class="item kind">${escapeHtml(kindLabel(item.kind))}</td>` +
      `<td class="item">${escapeHtml(r.channelName)}${state}</td>${cells}<td>${counts.loads} of ${all.length}</td></tr>`];
  }).join('');
  return `<tbody data-route="${escapeHtml(channel)}" hidden>${rows}</tbody>`;
}
