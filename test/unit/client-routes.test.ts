/** The Routes tree and the matrix's route select, built from a pluginLens/routes answer (no VS Code needed). */
import { strict as assert } from 'assert';
import type { ReachResult, Route, RouteCell, RoutesItem, RoutesResult } from '../../server/src/protocol';
import { SURFACE_IDS, type SurfaceId } from '../../server/src/core/surfaces';
import { buildRoutesTree, routeMark, routesChildren } from '../../client/src/views/routes-model';
import type { NodeModel } from '../../client/src/views/reach-model';
import { reachMatrixHtml, routeChannels } from '../../client/src/reach-matrix-html';

const SRC = 'https://support.claude.com/en/articles/org-skills';
const ADD_MARKETPLACE = { id: 'add-marketplace', who: 'member' as const, text: 'Add the marketplace: /plugin marketplace add acme/tools', sources: [SRC], asOf: '2026-11-20' };

function surfaces(over: Partial<Record<SurfaceId, Partial<RouteCell>>> = {}): Record<SurfaceId, RouteCell> {
  const out = {} as Record<SurfaceId, RouteCell>;
  for (const s of SURFACE_IDS) out[s] = { status: 'does-not-load', reason: `not on ${s}`, actions: [], sources: [SRC], ...over[s] };
  return out;
}

function route(channel: string, channelName: string, extra: Partial<Route> = {}): Route {
  return { channel, channelName, declared: false, inUse: false, surfaces: surfaces(), traps: [], ...extra };
}

const RANGE = { start: { line: 1, character: 6 }, end: { line: 1, character: 9 } };
const ROUTES: RoutesResult = {
  knowledgeAsOf: '2026-11-25',
  items: [
    {
      id: 'plugin:plugins/acme#acme', kind: 'plugin', name: 'acme', uri: 'file:///w/plugins/acme/.claude-plugin/plugin.json', range: RANGE,
      routes: [
        route('plugin', 'Claude Code plugin install', {
          inUse: true,
          surfaces: surfaces({ 'claude-code-cli': { status: 'loads', reason: 'installed from the marketplace', actions: [ADD_MARKETPLACE] } }),
        }),
        route('claude-ai-plugin', 'Plugin enabled on claude.ai', {
          declared: true,
          surfaces: surfaces({ 'claude-ai-web': { status: 'loads', reason: 'enabled by the org' }, cowork: { status: 'conditional', reason: 'admin enables it', condition: 'the plan has Cowork' } }),
          traps: [{ id: 'cc-manual-marketplace', title: 'Claude Code users add the marketplace by hand', text: 'Org plugins do not sync to Claude Code.', surfaces: ['claude-code-cli'], sources: [SRC], asOf: '2026-11-20' }],
        }),
        route('managed-plugin', 'Plugin enabled by managed settings'),
      ],
    },
    { id: 'skill:skills/pdf#pdf', kind: 'skill', name: 'pdf <forms>', uri: 'file:///w/skills/pdf/SKILL.md', range: RANGE, routes: [route('skill-upload', 'claude.ai skill upload', { inUse: true })] },
    { id: 'hook:x#none', kind: 'hook', name: 'none', uri: 'file:///w/x', range: RANGE, routes: [] },
  ],
};

describe('client Routes tree', () => {
  const tree = buildRoutesTree(ROUTES);
  const [acme] = tree;

  it('lists each item with routes, opening it at its range', () => {
    assert.deepEqual(tree.map((n) => n.label), ['acme', 'pdf <forms>']);
    assert.equal(acme.open?.uri, ROUTES.items[0].uri);
    assert.deepEqual(acme.open?.range, RANGE);
    assert.match(acme.description, /plugin · 3 routes · 1 declared/);
    assert.equal(acme.contextValue, 'routesItem.plugin');
  });

  it('puts declared routes first, then the one in use, then "what if", marked', () => {
    assert.deepEqual(acme.children.map((r) => r.label), ['Plugin enabled on claude.ai', 'Claude Code plugin install', 'Plugin enabled by managed settings']);
    assert.deepEqual(acme.children.map((r) => r.description.split(' · ').slice(0, -1).join(' · ')), ['✓ declared', 'in use', 'what if']);
    assert.deepEqual(acme.children.map((r) => r.contextValue), ['route.declared', 'route.inUse', 'route.whatIf']);
    assert.equal(acme.children[0].icon, 'verified-filled');
    assert.equal(routeMark({ declared: true, inUse: true }), '✓ declared · in use');
  });

  it('shows every surface with a status icon, the reason as tooltip and the actions as children', () => {
    const inUse = acme.children[1];
    assert.equal(inUse.children.length, SURFACE_IDS.length);
    const cli = inUse.children.find((n) => n.label === 'Claude Code CLI')!;
    assert.equal(cli.icon, 'pass');
    assert.equal(cli.description, 'loads · 1 action');
    assert.match(cli.tooltip, /installed from the marketplace/);
    assert.deepEqual(cli.children.map((a) => [a.label, a.description, a.icon]), [[ADD_MARKETPLACE.text, 'member', 'person']]);
    assert.match(cli.children[0].tooltip, /support\.claude\.com.*as of 2026-11-20/);
    const web = inUse.children.find((n) => n.label !== 'Claude Code CLI')!;
    assert.equal(web.icon, 'circle-slash');
  });

  it('puts a route\'s traps above its surfaces, and shows conditions in the tooltip', () => {
    const declared = acme.children[0];
    assert.equal(declared.children[0].label, 'Claude Code users add the marketplace by hand');
    assert.equal(declared.children[0].icon, 'warning');
    const cowork = declared.children.find((n) => n.label === 'Cowork')!;
    assert.match(cowork.tooltip, /Only if: the plan has Cowork/);
  });

  it('gives every node a unique id', () => {
    const ids: string[] = [];
    const walk = (ns: typeof tree) => { for (const n of ns) { ids.push(n.id); walk(n.children); } };
    walk(tree);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(buildRoutesTree(undefined), []);
  });
});

/** An item as a `detail: 'summary'` answer carries it: its routes' headers only (test/protocol/routes pins the server to this). */
function summarizeItem(item: RoutesItem): RoutesItem {
  return { ...item, routes: item.routes.map((r) => ({ channel: r.channel, channelName: r.channelName, declared: r.declared, inUse: r.inUse, surfaces: {} as Route['surfaces'], traps: [] })) };
}

describe('client Routes tree from a summary answer (detail: summary)', () => {
  const whole = buildRoutesTree(ROUTES);
  const summary = buildRoutesTree({ ...ROUTES, detail: 'summary', items: ROUTES.items.map(summarizeItem) });

  it('has the same items (labels, descriptions, tooltips) whose children come from their file when expanded', () => {
    const look = (n: NodeModel) => [n.id, n.label, n.description, n.tooltip, n.icon, n.contextValue, n.open];
    assert.deepEqual(summary.map(look), whole.map(look));
    assert.ok(summary.every((n) => n.children.length === 0));
    assert.deepEqual(summary.map((n) => n.childrenFrom), ROUTES.items.filter((i) => i.routes.length).map((i) => ({ itemId: i.id, uri: i.uri })));
    assert.ok(whole.every((n) => n.childrenFrom === undefined && n.children.length), 'a whole answer has its children already');
  });

  it('builds an expanded item\'s routes, surfaces, actions and traps exactly as the whole answer has them', () => {
    summary.forEach((n, k) => assert.deepEqual(routesChildren(n, { ...ROUTES, items: [ROUTES.items[2], ROUTES.items[k]] }), whole[k].children, n.id));
    assert.equal(routesChildren(summary[0], { ...ROUTES, items: [ROUTES.items[1]] }), undefined, 'the file no longer has the item');
    assert.equal(routesChildren(summary[0], undefined), undefined, 'the request failed');
  });
});

describe('client reach matrix: route select', () => {
  const reach: ReachResult = {
    available: true, knowledgeAsOf: '2026-11-25',
    surfaces: [{ id: 'claude-ai-web', name: 'claude.ai' }, { id: 'claude-code-cli', name: 'Claude Code CLI' }],
    items: [{
      id: 'plugin:/w/plugins/acme', name: 'acme', kind: 'plugin', uri: ROUTES.items[0].uri,
      reach: { asOf: '2026-11-25', channel: 'plugin', cells: [{ surface: 'claude-code-cli', status: 'loads', reasons: ['installed'], sources: [] }] },
    }],
  };

  it('lists every channel once, the declared ones marked, with the in-use route as default', () => {
    assert.deepEqual(routeChannels(ROUTES).map((c) => [c.id, c.declared]), [['plugin', false], ['claude-ai-plugin', true], ['managed-plugin', false], ['skill-upload', false]]);
    const html = reachMatrixHtml(reach, 'vscode-resource:', ROUTES, 'n0nce');
    assert.match(html, /<option value="in-use" selected>/);
    assert.match(html, /<option value="claude-ai-plugin">Plugin enabled on claude\.ai \(claude-ai-plugin\) ✓ declared<\/option>/);
    assert.match(html, /<option value="managed-plugin">Plugin enabled by managed settings \(managed-plugin\)<\/option>/);
    assert.match(html, /<tbody data-route="in-use"><tr>/);
    assert.match(html, /<tbody data-route="claude-ai-plugin" hidden>/);
  });

  it('renders each route\'s cells with reasons and actions, and escapes everything', () => {
    const html = reachMatrixHtml(reach, '', ROUTES, 'n0nce');
    const body = /<tbody data-route="plugin" hidden>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
    assert.match(body, /title="Claude Code CLI: loads\ninstalled from the marketplace\nEach member: Add the marketplace: \/plugin marketplace add acme\/tools/);
    assert.match(body, /✓<sup>\+<\/sup>/);
    assert.match(html, /pdf &lt;forms&gt;/);
    assert.doesNotMatch(html, /pdf <forms>/);
    const declared = /<tbody data-route="claude-ai-plugin" hidden>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
    assert.match(declared, /✓ declared/);
  });

  it('runs only its own script (nonce in the CSP), and none without routes', () => {
    const html = reachMatrixHtml(reach, '', ROUTES, 'n0nce');
    assert.match(html, /script-src 'nonce-n0nce'/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="n0nce">/);
    const plain = reachMatrixHtml(reach, '');
    assert.doesNotMatch(plain, /<script|<select|script-src/);
  });
});
