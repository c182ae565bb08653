/**
 * Renderings of `plugin-lens routes`: a table readable in 120 columns, and markdown meant to be pasted
 * into a README or a wiki ("How to get <item> on each Claude app").
 */
import { SURFACE_IDS, type SurfaceId } from '../core/surfaces';
import { STATUS_LEGEND, STATUS_SYMBOL, SURFACE_SHORT, surfaceName } from '../core/reach/render';
import { DATING_NOTE, ROUTES_AS_OF, type ItemRoutes, type RouteAction, type RouteView } from '../core/reach/routes';
import { wrap } from './style';

export interface RoutesRow {
  /** Display path of the item's file. */
  file: string;
  routes: ItemRoutes;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const WIDTH = 120;
const STATUS_WORD: Record<string, string> = {
  loads: 'loads', 'does-not-load': 'does not load', conditional: 'conditional', unknown: 'unknown', disputed: 'disputed',
};

function mark(r: RouteView): string {
  return [r.inUse ? 'in use' : '', r.declared ? 'declared' : '', r.repackage ? 'repackage' : ''].filter(Boolean).join(', ');
}

/** Actions of a route, each once: the admin's first, then in the order they first appear over the surfaces. */
export function routeActions(r: RouteView): RouteAction[] {
  const seen = new Map<string, RouteAction>();
  for (const s of SURFACE_IDS) for (const a of r.surfaces[s].actions) if (!seen.has(a.id)) seen.set(a.id, a);
  const all = [...seen.values()];
  return [...all.filter((a) => a.who === 'admin'), ...all.filter((a) => a.who !== 'admin')];
}

export function routesTable(rows: readonly RoutesRow[]): string {
  const cols = SURFACE_IDS;
  const w = cols.map((s) => SURFACE_SHORT[s].length);
  const routeW = 22;
  const markW = 20;
  const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));
  const center = (s: string, n: number) => ' '.repeat(Math.floor((n - 1) / 2)) + s + ' '.repeat(n - 1 - Math.floor((n - 1) / 2));
  const lines: string[] = [`Routes (knowledge as of ${ROUTES_AS_OF})   ${STATUS_LEGEND}`, ''];
  const header = `    ${pad('ROUTE', routeW)} ${pad('', markW)} ${cols.map((s, i) => SURFACE_SHORT[s].padEnd(w[i])).join(' ')}`;
  for (const row of rows) {
    const { item, routes } = row.routes;
    const title = `${item.kind} ${item.name}`;
    const where = `${row.file}:${row.range.start.line + 1}`;
    if (title.length + where.length + 3 <= WIDTH) lines.push(`${title} — ${where}`);
    else lines.push(pad(title, WIDTH), `  ${where}`);
    lines.push(header);
    for (const r of routes) {
      const cells = cols.map((s, i) => center(STATUS_SYMBOL[r.surfaces[s].status], w[i])).join(' ');
      lines.push(`  ${r.inUse ? '▸' : ' '} ${pad(r.channel, routeW)} ${pad(mark(r), markW)} ${cells}`);
    }
    for (const r of routes.filter((x) => x.inUse || x.declared)) {
      const byWho = (who: string) => routeActions(r).filter((a) => a.who === who).map((a) => a.id);
      const parts = [
        byWho('admin').length ? `admin: ${byWho('admin').join(', ')}` : '',
        byWho('member').length ? `member: ${byWho('member').join(', ')}` : '',
        r.traps.length ? `traps: ${r.traps.map((t) => t.id).join(', ')}` : '',
      ].filter(Boolean);
      if (parts.length) lines.push(...wrap(`${r.channel} — ${parts.join(' · ')}`, WIDTH - 4).map((l, i) => `${i ? '      ' : '    '}${l}`));
    }
    lines.push('');
  }
  lines.push(...wrap(`Columns: ${cols.map((s) => `${SURFACE_SHORT[s]} = ${s}`).join(', ')}`, WIDTH));
  lines.push(...wrap(`${rows.length} items, ${rows.reduce((n, r) => n + r.routes.routes.length, 0)} routes. ▸ = the route diagnostics use; "declared" = named in .plugin-lens.json or repo/managed settings; "repackage" = the item must be repackaged first.`, WIDTH));
  lines.push('What each action and trap says, with sources: --format markdown or json.');
  return lines.map((l) => l.trimEnd()).join('\n') + '\n';
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function routesMarkdown(rows: readonly RoutesRow[]): string {
  const lines: string[] = ['# Distribution routes', '', `Knowledge as of ${ROUTES_AS_OF}. ${STATUS_LEGEND}. ${DATING_NOTE}`, ''];
  for (const row of rows) {
    const { item, routes } = row.routes;
    lines.push(`## How to get \`${esc(item.name)}\` on each Claude app`, '', `${item.kind} in \`${esc(row.file)}\` (line ${row.range.start.line + 1}).`, '');
    // At a glance: every route on one row each, as the table format shows them.
    lines.push(`| Route | ${SURFACE_IDS.map((s) => SURFACE_SHORT[s]).join(' | ')} |`, `|---|${SURFACE_IDS.map(() => ':-:').join('|')}|`);
    for (const r of routes) {
      const flags = mark(r);
      lines.push(`| \`${r.channel}\`${flags ? ` (${flags})` : ''} | ${SURFACE_IDS.map((s) => STATUS_SYMBOL[r.surfaces[s].status]).join(' | ')} |`);
    }
    lines.push('');
    for (const r of routes) {
      const flags = mark(r);
      lines.push(`### ${esc(r.channelName)} (\`${r.channel}\`)${flags ? ` — ${flags}` : r.inUse ? '' : ' — what if'}`, '');
      if (r.repackage) lines.push(`> ${esc(r.repackage)}`, '');
      const actions = routeActions(r);
      const num = new Map(actions.map((a, i) => [a.id, i + 1]));
      lines.push('| Surface | Status | Actions |', '|---|---|---|');
      for (const s of SURFACE_IDS) {
        const c = r.surfaces[s];
        const cond = c.condition && c.status === 'conditional' ? ' (only if: see below)' : '';
        lines.push(`| ${surfaceName(s as SurfaceId)} | ${STATUS_SYMBOL[c.status]} ${STATUS_WORD[c.status]}${cond} | ${c.actions.map((a) => ({ a, n: num.get(a.id)! })).sort((x, y) => x.n - y.n).map(({ a, n }) => `[${n}](#${anchor(row, r, a)})`).join(' ') || '—'} |`);
      }
      lines.push('');
      if (actions.length) {
        lines.push('What to do:', '');
        for (const a of actions) {
          lines.push(`${num.get(a.id)}. <a id="${anchor(row, r, a)}"></a>**${a.who === 'admin' ? 'Admin' : 'Member'}:** ${a.text} ${links(a.sources)} _(as of ${a.asOf})_`);
        }
        lines.push('');
      }
      const conditional = SURFACE_IDS.filter((s) => r.surfaces[s].status === 'conditional' && r.surfaces[s].condition);
      if (conditional.length) {
        lines.push('Conditions:', '');
        const groups = new Map<string, SurfaceId[]>();
        for (const s of conditional) groups.set(r.surfaces[s].condition!, [...(groups.get(r.surfaces[s].condition!) ?? []), s]);
        for (const [cond, ss] of groups) lines.push(`- ${ss.map((s) => SURFACE_SHORT[s]).join(', ')}: ${cond}. ${links(r.surfaces[ss[0]].sources)}`);
        lines.push('');
      }
      if (r.traps.length) {
        lines.push('Traps:', '');
        for (const t of r.traps) lines.push(`- **${t.title}** (${t.surfaces.map((s) => SURFACE_SHORT[s]).join(', ')}): ${t.text} ${links(t.sources)} _(as of ${t.asOf})_`);
        lines.push('');
      }
    }
  }
  return lines.join('\n');
}

function links(urls: readonly string[]): string {
  return urls.map((u) => `[${sourceLabel(u)}](${u})`).join(' · ');
}

/** A short link text: host + last path segment (`code.claude.com mcp`, `#29415`). */
function sourceLabel(url: string): string {
  const m = /^https:\/\/([^/]+)(\/[^?#]*)?/.exec(url);
  if (!m) return url;
  const host = m[1].replace(/^www\./, '');
  const parts = (m[2] ?? '').split('/').filter(Boolean);
  if (host === 'github.com' && parts[2] === 'issues') return `${parts[0]}/${parts[1]}#${parts[3]}`;
  return `${host}${parts.length ? ` ${parts[parts.length - 1]}` : ''}`;
}

function anchor(row: RoutesRow, r: RouteView, a: RouteAction): string {
  return `${row.routes.item.name}-${r.channel}-${a.id}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
