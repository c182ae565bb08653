/**
 * `plugin-lens routes` (issue 16) on examples/: JSON in the contract's shape, the in-use route equal to
 * what `reach` prints for the same item, a table readable in 120 columns, markdown to paste into a wiki,
 * and usage errors with a did-you-mean.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as fs from 'fs';
import { SURFACE_IDS } from '../../server/src/core/surfaces';
import { ROUTES_ARGS } from '../../scripts/gen-docs';

const REPO = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');

function run(args: string[]) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonAction { id: string; who: string; text: string; sources: string[]; asOf: string }
interface JsonRoute {
  channel: string; channelName: string; declared: boolean; inUse: boolean; repackage?: string;
  surfaces: Record<string, { status: string; reason: string; actions: JsonAction[]; sources: string[] }>;
  traps: Array<{ id: string; title: string; surfaces: string[]; sources: string[] }>;
}
interface JsonItem { id: string; kind: string; name: string; file: string; range: { start: { line: number } }; routes: JsonRoute[] }

describe('CLI: routes', function () {
  this.timeout(30000);
  let json: { knowledgeAsOf: string; datingNote: string; items: JsonItem[] };
  before(() => {
    const r = run(['routes', 'examples', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    json = JSON.parse(r.out) as typeof json;
  });
  it('json is written item by item yet reads as one JSON.stringify(…, null, 2) document, empty or not', () => {
    const r = run(['routes', 'examples', '--format', 'json']);
    assert.equal(r.out, JSON.stringify(JSON.parse(r.out), null, 2) + '\n');
    const empty = run(['routes', 'test/fixtures/config', '--format', 'json']);
    assert.equal(empty.out, JSON.stringify(JSON.parse(empty.out), null, 2) + '\n');
  });
  const item = (kind: string, name: string) => {
    const found = json.items.find((i) => i.kind === kind && i.name === name);
    assert.ok(found, `${kind} ${name}`);
    return found;
  };
  const routeOf = (i: JsonItem, channel: string) => {
    const found = i.routes.find((r) => r.channel === channel);
    assert.ok(found, `${i.id}: ${channel}`);
    return found;
  };

  it('json: the contract shape, every route on all ten surfaces, knowledge date and dating note', () => {
    assert.match(json.knowledgeAsOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(json.datingNote.length > 20);
    assert.ok(json.items.length >= 14, `${json.items.length} items`);
    for (const i of json.items) {
      assert.equal(i.id, `${i.kind}:${i.file.replace(/^examples\//, '')}#${i.name}`);
      assert.ok(i.routes.some((r) => r.inUse), `${i.id} has an in-use route`);
      for (const r of i.routes) {
        assert.deepEqual(Object.keys(r.surfaces), [...SURFACE_IDS], `${i.id} ${r.channel}`);
        for (const c of Object.values(r.surfaces)) for (const a of c.actions) assert.ok(a.sources.length && /^\d{4}-\d{2}-\d{2}$/.test(a.asOf), a.id);
      }
    }
  });

  it('a marketplace plugin, an org-uploaded skill and an org connector, with their member actions', () => {
    const market = routeOf(item('plugin', 'formatter'), 'plugin');
    assert.ok(market.inUse);
    assert.ok(market.surfaces['claude-code-cli'].actions.some((a) => a.id === 'add-marketplace-by-hand' && a.who === 'member'));
    const org = routeOf(item('skill', 'pdf-forms'), 'org-skill');
    assert.ok(org.inUse && org.declared, 'examples/.plugin-lens.json declares skills/pdf-forms/** as org-skill');
    assert.ok(org.surfaces['claude-code-cli'].actions.some((a) => a.id === 'claude-code-account-sync' && a.who === 'member'));
    const connector = routeOf(item('mcp-server', 'crm'), 'claude-ai-connector');
    assert.ok(connector.inUse && connector.declared);
    assert.ok(connector.surfaces.cowork.actions.some((a) => a.id === 'member-connect-connector'));
    assert.ok(connector.traps.some((t) => t.id === 'members-cannot-add-connectors'));
    assert.ok(routeOf(item('mcp-server', 'github'), 'claude-ai-connector').traps.some((t) => t.id === 'system-github-connector-vs-github-mcp'));
  });

  it('the in-use route of every item is what `reach` prints for it', () => {
    const r = run(['reach', 'examples', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const reach = JSON.parse(r.out) as { items: Array<{ kind: string; name: string; file: string; channel: string; reach: Record<string, { status: string; sources: string[] }> }> };
    assert.ok(reach.items.length >= 15);
    for (const ri of reach.items) {
      const i = json.items.find((x) => x.kind === ri.kind && x.name === ri.name && x.file === ri.file);
      assert.ok(i, `${ri.kind} ${ri.name} in routes`);
      const rt = routeOf(i, ri.channel);
      assert.ok(rt.inUse, `${i.id} ${ri.channel} in use`);
      for (const s of SURFACE_IDS) {
        assert.equal(rt.surfaces[s].status, ri.reach[s].status, `${i.id} ${ri.channel} ${s}`);
        assert.deepEqual(rt.surfaces[s].sources, ri.reach[s].sources, `${i.id} ${ri.channel} ${s}`);
      }
    }
  });

  it('table: readable in 120 columns, the in-use route marked, declared routes named', () => {
    const r = run(['routes', 'examples']);
    assert.equal(r.code, 0, r.err);
    for (const line of r.out.split('\n')) assert.ok([...line].length <= 120, `wider than 120: ${line}`);
    assert.match(r.out, /^ {2}▸ org-skill +in use, declared /m);
    assert.match(r.out, /^ {2}▸ claude-ai-connector +in use, declared /m);
    assert.match(r.out, /member: .*member-connect-connector/);
  });

  it('markdown: "How to get <item> on each Claude app", surface tables, member actions, traps with links', () => {
    const r = run(['routes', 'examples/skills/pdf-forms', '--format', 'markdown']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^## How to get `pdf-forms` on each Claude app$/m);
    assert.match(r.out, /^### Org-provisioned skill \(`org-skill`\) — in use, declared$/m);
    assert.match(r.out, /^\| Cowork \| . /m);
    assert.match(r.out, /\*\*Admin:\*\* An Owner uploads the skill/);
    assert.match(r.out, /\*\*Member:\*\* Sign in to Claude Code with the claude\.ai account/);
    assert.match(r.out, /^Traps:$/m);
    assert.match(r.out, /\]\(https:\/\/support\.claude\.com\/en\/articles\/13119606\)/);
  });

  it('a mistyped format or option gets a did-you-mean; --help prints usage and examples', () => {
    const bad = run(['routes', '--format', 'jsno']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /Did you mean "json"\?/);
    const opt = run(['routes', '--formt', 'json']);
    assert.equal(opt.code, 2);
    assert.match(opt.err, /Did you mean "--format"\?/);
    const help = run(['routes', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: plugin-lens routes/m);
    assert.match(help.out, /plugin-lens routes skills\/pdf-forms --format markdown/);
    assert.match(run(['--help']).out, /^ {2}routes +Show every way/m);
  });

  it('README.md and docs/routes.md show the command whose output `npm run gen` puts under it', () => {
    for (const doc of ['README.md', 'docs/routes.md']) {
      const text = fs.readFileSync(path.join(REPO, doc), 'utf8');
      assert.ok(text.includes(`cd examples && node ../dist/cli.js routes ${ROUTES_ARGS.join(' ')}\n\`\`\`\n\n<!-- routes-table:start -->`), doc);
    }
  });

  it('--declared keeps only the routes in use or declared', () => {
    const r = run(['routes', 'examples', '--declared', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const items = (JSON.parse(r.out) as typeof json).items;
    assert.equal(items.length, json.items.length);
    for (const i of items) assert.ok(i.routes.length >= 1 && i.routes.every((x) => x.inUse || x.declared), i.id);
    assert.ok(items.reduce((n, i) => n + i.routes.length, 0) < json.items.reduce((n, i) => n + i.routes.length, 0));
  });
});
