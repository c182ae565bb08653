/**
 * The workspace reach matrix as a self-contained HTML page (items × surfaces) for a webview.
 * No scripts: the CSP allows only inline styles. vscode-free (unit-tested).
 */
import type { ReachResult, ReachStatus } from '../../server/src/protocol';
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
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 2px 6px; text-align: center; }
th.item, td.item { text-align: left; white-space: nowrap; }
thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
th.surface { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; }
.ok { color: var(--vscode-testing-iconPassed, #3a3); } .no { opacity: .55; }
.cond { color: var(--vscode-charts-yellow, #b90); } .disp { color: var(--vscode-charts-orange, #d70); } .unk { opacity: .8; }
.kind, .meta { opacity: .7; } td[title] { cursor: help; }`;

/** A full HTML document; `cspSource` is the webview's `cspSource` (empty outside VS Code). */
export function reachMatrixHtml(result: ReachResult, cspSource = ''): string {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${escapeHtml(cspSource)};">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Plugin Lens: reach matrix</title><style>${STYLE}</style></head><body>`;
  const title = `<h2>Where each item loads</h2>`;
  const meta = `<p class="meta">Knowledge as of ${escapeHtml(result.knowledgeAsOf || 'unknown')}. ` +
    `${Object.entries(STATUS_WORD).map(([s, w]) => `<span class="${STATUS_CLASS[s as ReachStatus]}">${STATUS_SYMBOL[s as ReachStatus]}</span> ${w}`).join(' · ')}. ` +
    `Hover a cell for the reasons.</p>`;
  if (!result.available) return `${head}${title}<p>Reach data is not available from the server yet.</p></body></html>`;
  if (!result.items.length) return `${head}${title}${meta}<p>No plugins, skills or MCP servers found in this workspace.</p></body></html>`;
  const cols = result.surfaces;
  const header = `<thead><tr><th class="item">Item</th><th class="item">Kind</th>` +
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
    return `<tr><td class="item" title="${escapeHtml(item.uri)}">${escapeHtml(item.name)}</td>` +
      `<td class="item kind">${escapeHtml(kindLabel(item.kind))}</td>${cells}<td>${summary}</td></tr>`;
  }).join('');
  return `${head}${title}${meta}<table>${header}<tbody>${rows}</tbody></table></body></html>`;
}
