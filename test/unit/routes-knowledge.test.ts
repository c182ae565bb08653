/**
 * Routes knowledge (issue 16): routes-knowledge.json satisfies its schema; every action and trap cites
 * sources that resolve (its own or knowledge.json's); no source URL is defined twice across the two
 * files; every channel it names is a knowledge-base channel that carries a kind it is used for.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { ROUTES_KNOWLEDGE, routeSource, ROUTES_AS_OF, DATING_NOTE, newestDate } from '../../server/src/core/reach/routes-data';
import { KNOWLEDGE, KNOWLEDGE_AS_OF, channelInfo } from '../../server/src/core/reach/knowledge';

const REPO = path.resolve(__dirname, '../..');
const DATA = JSON.parse(fs.readFileSync(path.join(REPO, 'server/src/core/reach/routes-knowledge.json'), 'utf8')) as Record<string, unknown>;
const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/routes-knowledge.schema.json'), 'utf8')) as Record<string, unknown>;

describe('routes knowledge', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(SCHEMA);

  it('validates against schemas/routes-knowledge.schema.json', () => {
    assert.ok(validate(DATA), ajv.errorsText(validate.errors));
  });

  it('the schema rejects an action without sources, an unknown who, an unknown surface', () => {
    const bad = (edit: (d: { actions: Array<Record<string, unknown>> }) => void) => {
      const d = JSON.parse(JSON.stringify(DATA)) as { actions: Array<Record<string, unknown>> };
      edit(d);
      return validate(d);
    };
    assert.equal(bad((d) => { d.actions[0].sources = []; }), false);
    assert.equal(bad((d) => { d.actions[0].who = 'everyone'; }), false);
    assert.equal(bad((d) => { d.actions[0].surfaces = ['claude-web']; }), false);
  });

  it('every action and trap cites sources that resolve, with a URL and a date', () => {
    for (const rec of [...ROUTES_KNOWLEDGE.actions, ...ROUTES_KNOWLEDGE.traps]) {
      assert.ok(rec.sources.length > 0, rec.id);
      for (const key of rec.sources) {
        const s = routeSource(key);
        assert.ok(s, `${rec.id}: unknown source "${key}"`);
        assert.match(s.url, /^https:\/\//, `${rec.id}: ${key}`);
        assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/, `${rec.id}: ${key}`);
      }
    }
  });

  it('no source URL is defined twice across knowledge.json and routes-knowledge.json, and no key is shadowed', () => {
    const kbUrls = new Set(Object.values(KNOWLEDGE.sources).map((s) => s.url));
    const own = new Map<string, string>();
    for (const [key, s] of Object.entries(ROUTES_KNOWLEDGE.sources)) {
      assert.ok(!kbUrls.has(s.url), `${key}: ${s.url} is already a knowledge.json source: delete it from routes-knowledge.json and cite knowledge.json's key`);
      assert.ok(!own.has(s.url), `${key}: ${s.url} is also ${own.get(s.url)}`);
      assert.ok(!(key in KNOWLEDGE.sources), `${key} is also a knowledge.json source key (which wins): delete it from routes-knowledge.json`);
      own.set(s.url, key);
    }
  });

  it('every own source is cited, and a quoted or approximate date says how it was read', () => {
    const cited = new Set([...ROUTES_KNOWLEDGE.actions, ...ROUTES_KNOWLEDGE.traps].flatMap((r) => r.sources));
    for (const [key, s] of Object.entries(ROUTES_KNOWLEDGE.sources)) {
      assert.ok(cited.has(key), `${key} is never cited`);
      if (s.dateBasis === 'quoted' || s.dateBasis === 'recorded') assert.ok(s.dateNote || /mirror/i.test(s.title), `${key}: says how it was read`);
    }
  });

  it('every channel named is a knowledge-base channel; each action and trap carries a kind of its channels', () => {
    const sets = ROUTES_KNOWLEDGE.routeSets;
    const named = [...sets['plugin-family'].channels, ...sets.frontmatter.channels, ...Object.values(sets.standalone).flat(),
      ...ROUTES_KNOWLEDGE.repackage.flatMap((r) => r.channels), ...ROUTES_KNOWLEDGE.actions.flatMap((a) => a.channels),
      ...ROUTES_KNOWLEDGE.traps.flatMap((t) => t.channels)];
    for (const ch of named) assert.ok(channelInfo(ch), `unknown channel ${ch}`);
    for (const [kind, channels] of Object.entries(sets.standalone)) {
      for (const ch of channels ?? []) assert.ok(channelInfo(ch)!.items.includes(kind as never), `${ch} does not carry ${kind}`);
    }
  });

  it('ids are unique; an approximate date never raises the as-of date; the dating note is kept', () => {
    const ids = [...ROUTES_KNOWLEDGE.actions, ...ROUTES_KNOWLEDGE.traps].map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const exact = Object.values(ROUTES_KNOWLEDGE.sources).filter((s) => !s.dateNote).map((s) => s.date);
    assert.ok(ROUTES_AS_OF === KNOWLEDGE_AS_OF || exact.includes(ROUTES_AS_OF), `${ROUTES_AS_OF} is no exact source date`);
    assert.ok(DATING_NOTE.includes(ROUTES_KNOWLEDGE.datingNote));
  });

  it('the unconfirmed GitHub-conflict claim is marked unconfirmed wherever it is made', () => {
    const github = ROUTES_KNOWLEDGE.traps.filter((t) => /GitHub's own remote MCP server/.test(t.text));
    assert.ok(github.length >= 1);
    for (const t of github) assert.match(t.text, /UNCONFIRMED/);
  });

  it('an action dates by its newest real source date; a recorded date counts only when nothing better exists', () => {
    assert.equal(routeSource('claude-com-connectors-faq')?.dateBasis, 'recorded');
    assert.equal(newestDate(['cc-mcp', 'claude-com-connectors-faq']), routeSource('cc-mcp')!.date);
    assert.equal(newestDate(['claude-com-connectors-faq']), routeSource('claude-com-connectors-faq')!.date);
    assert.equal(newestDate(['cc-mcp', 'cc-changelog-2.1.282']), '2026-09-24');
  });
});
