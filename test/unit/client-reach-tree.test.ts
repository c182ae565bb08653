/** The Reach tree built from a pluginLens/listItems answer, and its badges and tooltips (no VS Code needed). */
import { strict as assert } from 'assert';
import type { ReachCell, ReachStatus, WorkspaceItem } from '../../server/src/protocol';
import { SURFACE_IDS } from '../../server/src/core/surfaces';
import { buildItemTree, buildSurfaceTree, detailedTooltip, flattenItems, snapshot } from '../../client/src/views/reach-model';
import { findingsText, itemTooltip, mdEscape, reachBadge } from '../../client/src/views/reach-format';

const clean = { errors: 0, warnings: 0, infos: 0, hints: 0 };

/** Reach over all ten surfaces: the given statuses for the first ones, the rest does-not-load. */
function reach(...statuses: ReachStatus[]) {
  const cells: ReachCell[] = SURFACE_IDS.map((surface, i) => ({
    surface, status: statuses[i] ?? 'does-not-load', reasons: [`reason for ${surface}`],
    sources: [{ url: 'https://code.claude.com/docs/en/plugins', date: '2026-11-25' }],
  }));
  return { cells, asOf: '2026-11-25', channel: 'plugin' };
}

function item(id: string, kind: string, name: string, extra: Partial<WorkspaceItem> = {}): WorkspaceItem {
  return { id, kind, name, uri: `file:///w/${id}`, findings: clean, ...extra };
}

// A marketplace with a plugin (nested via children), a plugin component linked by parentId, a standalone skill and an MCP config.
const ITEMS: WorkspaceItem[] = [
  item('mcp', 'mcp', '.mcp.json'),
  item('skill-z', 'skill', 'zeta', { reach: reach('loads', 'loads', 'loads', 'conditional') }),
  item('mkt', 'marketplace', 'acme-tools', {
    children: [item('plg', 'plugin', 'acme', { parentId: 'mkt', reach: reach('does-not-load', 'does-not-load', 'does-not-load', 'loads', 'loads', 'loads', 'loads', 'loads', 'does-not-load', 'disputed') })],
  }),
  item('plg-skill', 'skill', 'deploy', { parentId: 'plg', findings: { ...clean, errors: 2, warnings: 1 }, range: { start: { line: 1, character: 6 }, end: { line: 1, character: 12 } } }),
  item('skill-a', 'skill', 'alpha'),
  item('orphan', 'agent', 'lonely', { parentId: 'missing-parent' }),
];

describe('client Reach tree: grouped by item', () => {
  const tree = buildItemTree(ITEMS);

  it('puts marketplaces first, then skills by name, then MCP configs; orphans become roots', () => {
    assert.deepEqual(tree.map((n) => n.label), ['acme-tools', 'alpha', 'zeta', 'lonely', '.mcp.json']);
  });

  it('nests marketplace → plugin → component whether the server used children or parentId', () => {
    const [mkt] = tree;
    assert.equal(mkt.children.length, 1);
    assert.equal(mkt.children[0].label, 'acme');
    assert.deepEqual(mkt.children[0].children.map((n) => n.label), ['deploy']);
    assert.equal(flattenItems(ITEMS).length, ITEMS.length + 1, 'each item once');
  });

  it('shows reach as a compact badge, else problems, else the kind', () => {
    const [mkt, alpha, zeta, , mcp] = tree;
    assert.equal(zeta.description, '✓3 ✗6 ~1');
    assert.equal(mkt.children[0].description, '✓5 ✗4 !1');
    assert.equal(mkt.children[0].children[0].description, '2 errors, 1 warning');
    assert.equal(alpha.description, 'skill');
    assert.equal(mcp.description, 'MCP config');
  });

  it('opens the item at its range and colours items with errors', () => {
    const deploy = tree[0].children[0].children[0];
    assert.deepEqual(deploy.open, { uri: 'file:///w/plg-skill', range: { start: { line: 1, character: 6 }, end: { line: 1, character: 12 } } });
    assert.equal(deploy.iconColor, 'list.errorForeground');
    assert.equal(deploy.contextValue, 'item.skill');
    assert.equal(tree[0].expanded, true);
  });

  it('gives every node a unique id', () => {
    const ids: string[] = [];
    const walk = (ns: typeof tree) => ns.forEach((n) => { ids.push(n.id); walk(n.children); });
    walk(tree);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('still shows items whose parent links form a cycle, each once', () => {
    const cyc = snapshot(buildItemTree([item('a', 'plugin', 'a', { parentId: 'b' }), item('b', 'plugin', 'b', { parentId: 'a' })]));
    assert.deepEqual(cyc, [{ label: 'a', description: 'plugin', children: [{ label: 'b', description: 'plugin', children: [] }] }]);
  });
});

describe('client Reach tree: grouped by surface', () => {
  const tree = buildSurfaceTree(ITEMS);

  it('has one root per surface in the canonical order', () => {
    assert.equal(tree.length, 10);
    assert.equal(tree[3].label, 'Cowork');
    assert.equal(tree[0].id, 'surface:claude-ai-web');
  });

  it('answers "what loads on Cowork?" — loads first, conditional next, the rest under "Does not load"', () => {
    const cowork = tree[3];
    assert.deepEqual(cowork.children.map((n) => n.label), ['acme', 'zeta']);
    assert.match(cowork.children[0].description, /^loads · plugin in acme-tools$/);
    assert.match(cowork.children[1].description, /^conditional/);
    assert.equal(cowork.description, '✓1 ~1');
    const web = tree[0];
    assert.deepEqual(web.children.map((n) => n.label), ['zeta', 'Does not load']);
    assert.deepEqual(web.children[1].children.map((n) => n.label), ['acme']);
  });

  it('limits roots to the given surfaces and keeps ids unique per surface', () => {
    const two = buildSurfaceTree(ITEMS, ['cowork', 'agent-sdk']);
    assert.deepEqual(two.map((n) => n.label), ['Cowork', 'Claude Agent SDK']);
    assert.notEqual(two[0].children[0].id, two[1].children[0]?.id);
  });

  it('shows a placeholder when no item has reach yet, nothing when there are no items', () => {
    assert.deepEqual(snapshot(buildSurfaceTree([item('s', 'skill', 's')])).map((n) => n.label), ['No reach data yet']);
    assert.deepEqual(buildSurfaceTree([]), []);
  });
});

describe('client reach formatting', () => {
  it('badges only non-zero groups, in ✓ ✗ ~ ! ? order', () => {
    assert.equal(reachBadge(undefined), '');
    assert.equal(reachBadge([{ status: 'unknown' }, { status: 'loads' }, { status: 'disputed' }]), '✓1 !1 ?1');
  });

  it('counts problems in words, ignoring hints', () => {
    assert.equal(findingsText({ errors: 1, warnings: 2, infos: 0, hints: 5 }), '1 error, 2 warnings');
    assert.equal(findingsText(clean), '');
  });

  it('writes a tooltip with a surface table, reasons, sources and the as-of date, escaping markdown', () => {
    const md = itemTooltip({ name: 'a|b', kind: 'skill', findings: clean, reach: reach('loads') });
    assert.match(md, /\*\*a\\\|b\*\*/);
    assert.match(md, /knowledge as of 2026-11-25/);
    assert.match(md, /\| ✓ \| claude\.ai \(web\) \| reason for claude-ai-web \[1\]\(https:\/\/code\.claude\.com/);
    assert.equal(md.split('\n').filter((l) => l.startsWith('| ✗')).length, 9);
    assert.equal(mdEscape('x\n[y]'), 'x \\[y\\]');
  });
});

describe('client Reach tree: items that came with statuses only (listItems cells: status)', () => {
  const full = reach('loads', 'conditional');
  const statusOnly = { ...full, detail: 'status' as const, cells: full.cells.map((c) => ({ surface: c.surface, status: c.status, reasons: [], sources: [] })) };
  const items = [item('s', 'skill', 'sigma', { reach: statusOnly }), item('t', 'skill', 'tau', { reach: full })];

  it('shows the same badges as with whole cells, and marks the nodes whose tooltip needs the whole cells', () => {
    const [sigma, tau] = buildItemTree(items);
    assert.equal(sigma.description, buildItemTree([item('s', 'skill', 'sigma', { reach: full })])[0].description);
    assert.equal(sigma.detail?.item.id, 's');
    assert.equal(tau.detail, undefined, 'an item with whole cells has its tooltip already');
    assert.doesNotMatch(sigma.tooltip, /reason for/);
  });

  it('renders the resolved tooltip exactly as the whole item would have it (item and surface grouping)', () => {
    const [sigma] = buildItemTree(items);
    const [whole] = buildItemTree([item('s', 'skill', 'sigma', { reach: full })]);
    assert.equal(detailedTooltip(sigma, full), whole.tooltip);
    const bySurface = buildSurfaceTree(items)[0].children.find((n) => n.label === 'sigma')!;
    const wholeBySurface = buildSurfaceTree([item('s', 'skill', 'sigma', { reach: full })])[0].children.find((n) => n.label === 'sigma')!;
    assert.equal(bySurface.detail?.surface, SURFACE_IDS[0]);
    assert.equal(detailedTooltip(bySurface, full), wholeBySurface.tooltip);
    assert.equal(detailedTooltip(sigma, undefined), undefined, 'no whole cells: the status tooltip stays');
  });
});
