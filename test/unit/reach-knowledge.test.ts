/**
 * Reach knowledge base (issue 5): the data file must satisfy its schema and the invariants the reach
 * engine relies on (every item × channel has all ten surfaces once, sources resolve, B9 disputes kept).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const REPO = path.resolve(__dirname, '../..');
const KB_PATH = path.join(REPO, 'server/src/core/reach/knowledge.json');
const SCHEMA_PATH = path.join(REPO, 'schemas/reach-knowledge.schema.json');
const DOC_PATH = path.join(REPO, 'docs/reach-channels.md');

interface Verdict { status: string; why: string; condition?: string; sources: string[] }
interface Rec extends Verdict { id: string; item: string; channel: string; surface: string }
interface Rule extends Verdict { id: string; appliesTo: string; when: string; channels?: string[]; surfaces: string[] }
interface Kb {
  knowledgeAsOf: string;
  surfaces: { id: string; name: string; family: string }[];
  channels: { id: string; items: string[] }[];
  sources: Record<string, { url: string; title: string; date: string; dateBasis: string; dateNote?: string }>;
  records: Rec[];
  componentRules: Rule[];
}

const SURFACES = ['claude-ai-web', 'claude-desktop-chat', 'claude-mobile', 'cowork', 'claude-code-cli',
  'claude-code-desktop', 'claude-code-ide', 'claude-code-cloud', 'claude-api', 'agent-sdk'];

/** Every disagreement in skills-and-surfaces.md B9 still open, by the record or rule ids that encode it. */
const B9: Record<string, { records?: string[]; rules?: string[] }> = {
  '2 synced plugins in cloud sessions': {
    records: ['plugin', 'marketplace', 'skill', 'command', 'agent', 'hook', 'mcp-server', 'lsp-server', 'output-style']
      .map((k) => `${k}.claude-ai-plugin.claude-code-cloud`),
  },
  '4 plugin hooks in Cowork': { records: ['hook.claude-ai-plugin.cowork'] },
  '5 local/stdio MCP in Cowork': {
    records: ['mcp-server.desktop-config.cowork', 'mcp-server.mcpb-bundle.cowork'],
    rules: ['mcp-stdio-in-claude-ai-plugin-cowork'],
  },
  '6 skill name character set': { rules: ['skill-name-unicode-letters-disputed'] },
  '7 allowed-tools type': { rules: ['skill-allowed-tools-list-disputed'] },
  '8 angle brackets in descriptions': { rules: ['skill-description-angle-bracket-disputed'] },
  '9 Free plan and skills': { rules: ['skill-free-plan-disputed'] },
  '10 custom connectors on Free': { rules: ['mcp-connector-free-plan'] },
  // Audit 2026-12-06 §2.14: the help center's 200 characters against the 1,024 of the spec and the API.
  '11 claude.ai skill description length': { rules: ['skill-description-over-200-disputed-by-claude-ai'] },
};
// B9 #1 (org skills on claude.ai) and #3 (repo-declared plugins in cloud) were settled by newer sources in the
// 2026-12 refresh: test/unit/reach-refresh.test.ts asserts the settled cells.

const kb = JSON.parse(fs.readFileSync(KB_PATH, 'utf8')) as Kb;
const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);
const clone = (): Kb => JSON.parse(JSON.stringify(kb)) as Kb;
const isRealDate = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

describe('reach knowledge base', () => {
  describe('schema', () => {
    it('validates knowledge.json', () => {
      assert.ok(validate(kb), ajv.errorsText(validate.errors));
    });
    it('rejects a conditional verdict without a condition', () => {
      const bad = clone();
      const r = bad.records.find((x) => x.status === 'conditional');
      assert.ok(r);
      delete r.condition;
      assert.equal(validate(bad), false);
    });
    it('rejects a condition on a non-conditional verdict, empty sources, unknown surfaces and statuses', () => {
      const cases: ((k: Kb) => void)[] = [
        (k) => { k.records.find((x) => x.status === 'loads')!.condition = 'signed in'; },
        (k) => { k.records[0].sources = []; },
        (k) => { k.records[0].surface = 'claude-web'; },
        (k) => { k.records[0].status = 'maybe'; },
        (k) => { k.componentRules[0].sources = []; },
        (k) => { k.componentRules.find((x) => x.status === 'conditional')!.condition = undefined as unknown as string; },
        (k) => { k.sources[Object.keys(k.sources)[0]].date = '2026-13-01'; },
      ];
      for (const mutate of cases) {
        const bad = clone();
        mutate(bad);
        assert.equal(validate(JSON.parse(JSON.stringify(bad))), false, mutate.toString());
      }
    });
  });

  describe('invariants', () => {
    it('lists exactly the ten surfaces in the documented order', () => {
      assert.deepEqual(kb.surfaces.map((s) => s.id), SURFACES);
    });
    it('has unique record, rule and channel ids; record ids are item.channel.surface', () => {
      const ids = kb.records.map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length);
      for (const r of kb.records) assert.equal(r.id, `${r.item}.${r.channel}.${r.surface}`);
      const ruleIds = kb.componentRules.map((r) => r.id);
      assert.equal(new Set(ruleIds).size, ruleIds.length);
      const ch = kb.channels.map((c) => c.id);
      assert.equal(new Set(ch).size, ch.length);
    });
    it('resolves every source key, and every source has an https url and a real date not after knowledgeAsOf', () => {
      assert.ok(isRealDate(kb.knowledgeAsOf));
      for (const v of [...kb.records, ...kb.componentRules]) {
        assert.ok(v.sources.length >= 1, v.id);
        for (const k of v.sources) assert.ok(kb.sources[k], `${v.id} cites missing source ${k}`);
      }
      for (const [k, s] of Object.entries(kb.sources)) {
        assert.match(s.url, /^https:\/\/\S+$/, k);
        assert.ok(isRealDate(s.date), `${k} date ${s.date}`);
        if (s.dateBasis !== 'recorded') assert.ok(s.date <= kb.knowledgeAsOf, `${k} is dated after knowledgeAsOf`);
      }
    });
    it('dates knowledgeAsOf by the newest source date actually verified, never by a recording date', () => {
      // Audit 2026-12-06 §0: undated pages dated by when notes recorded them made the base look newer than it is.
      const verified = Object.values(kb.sources).filter((s) => s.dateBasis !== 'recorded').map((s) => s.date).sort();
      assert.equal(kb.knowledgeAsOf, verified[verified.length - 1]);
      for (const [k, s] of Object.entries(kb.sources)) {
        if (s.dateBasis !== 'published') assert.ok(s.dateNote, `${k}: a ${s.dateBasis} date needs a dateNote saying how it was obtained`);
      }
    });
    it('rejects a quoted or recorded date without a dateNote', () => {
      const bad = clone();
      const key = Object.keys(bad.sources).find((x) => bad.sources[x].dateBasis === 'quoted')!;
      delete bad.sources[key].dateNote;
      assert.equal(validate(bad), false);
    });
    it('gives every item × channel pair all ten surfaces exactly once', () => {
      const groups = new Map<string, string[]>();
      for (const r of kb.records) {
        const key = `${r.item} × ${r.channel}`;
        groups.set(key, [...(groups.get(key) ?? []), r.surface]);
      }
      assert.ok(groups.size >= 40, `only ${groups.size} item × channel pairs`);
      for (const [key, surfaces] of groups) assert.deepEqual([...surfaces].sort(), [...SURFACES].sort(), key);
    });
    it('declares each channel\'s item kinds exactly as its records use them', () => {
      const channels = new Map(kb.channels.map((c) => [c.id, c]));
      const used = new Map<string, Set<string>>();
      for (const r of kb.records) {
        assert.ok(channels.has(r.channel), `record ${r.id} uses undeclared channel`);
        used.set(r.channel, (used.get(r.channel) ?? new Set()).add(r.item));
      }
      for (const c of kb.channels) assert.deepEqual([...(used.get(c.id) ?? [])].sort(), [...c.items].sort(), c.id);
      for (const rule of kb.componentRules) {
        for (const c of rule.channels ?? []) {
          assert.ok(channels.get(c)?.items.includes(rule.appliesTo), `${rule.id}: ${rule.appliesTo} has no records in ${c}`);
        }
      }
    });
    it('cites at least two sources for every disputed verdict', () => {
      for (const v of [...kb.records, ...kb.componentRules]) {
        if (v.status === 'disputed') assert.ok(v.sources.length >= 2, `${v.id} is disputed with one source`);
      }
    });
  });

  describe('B9 disagreements stay disputed or unknown', () => {
    const recs = new Map(kb.records.map((r) => [r.id, r]));
    const rules = new Map(kb.componentRules.map((r) => [r.id, r]));
    for (const [name, where] of Object.entries(B9)) {
      it(`#${name}`, () => {
        const hits = [...(where.records ?? []).map((id) => recs.get(id) ?? assert.fail(`missing record ${id}`)),
          ...(where.rules ?? []).map((id) => rules.get(id) ?? assert.fail(`missing rule ${id}`))];
        assert.ok(hits.length > 0);
        for (const v of hits) {
          assert.ok(['disputed', 'unknown'].includes(v.status), `${v.id} is ${v.status}`);
          assert.ok(v.sources.length >= 2, `${v.id} must cite both sides`);
        }
      });
    }
  });

  describe('tables B1–B5 are representable', () => {
    const status = (id: string): string => kb.records.find((r) => r.id === id)?.status ?? 'missing';
    const SYM: Record<string, string> = { loads: '✓', 'does-not-load': '✗', conditional: '~', unknown: '?', disputed: '!' };
    // One legend symbol per surface, in SURFACES order.
    const row = (item: string, channel: string): string => SURFACES.map((s) => SYM[status(`${item}.${channel}.${s}`)] ?? 'M').join('');
    it('B1: project skills load in every Claude Code surface and the SDK, not in chat', () => {
      assert.equal(row('skill', 'claude-code-project'), '✗✗✗✗✓✓✓✓~✓');
      assert.equal(row('skill', 'claude-code-personal'), '✗✗✗✗✓✓✓✗✗✓');
      assert.equal(row('skill', 'claude-ai-plugin'), '✓✓?✓~?~!✗?');
    });
    it('B1: API uploads reach only the API', () => {
      assert.equal(row('skill', 'skills-api'), '✗✗✗✗✗✗✗✗✓✗');
    });
    it('B2: claude_desktop_config.json servers load in Desktop chat and the Code tab only', () => {
      assert.equal(status('mcp-server.desktop-config.claude-desktop-chat'), 'loads');
      assert.equal(status('mcp-server.desktop-config.claude-code-desktop'), 'loads');
      assert.equal(status('mcp-server.desktop-config.claude-code-cli'), 'does-not-load');
    });
    it('B3/B4/B5: chat greys out claude.ai plugin hooks and sub-agents but runs skills and commands', () => {
      for (const k of ['hook', 'agent']) assert.equal(status(`${k}.claude-ai-plugin.claude-ai-web`), 'does-not-load');
      for (const k of ['skill', 'command', 'plugin']) assert.equal(status(`${k}.claude-ai-plugin.claude-ai-web`), 'loads');
      assert.equal(status('mcp-server.claude-ai-connector.claude-mobile'), 'loads');
    });
    it('component rules cover bin/, stdio servers in claude.ai plugins and remote servers in the Desktop config', () => {
      const byWhen = (w: string) => kb.componentRules.filter((r) => r.when === w);
      assert.ok(byWhen('plugin-has-bin-dir').some((r) => r.surfaces.includes('cowork') && r.status === 'does-not-load'));
      assert.ok(byWhen('mcp-server-transport-stdio').some((r) => r.surfaces.includes('claude-ai-web')));
      assert.ok(byWhen('mcp-server-remote').some((r) => r.channels?.includes('desktop-config')));
      assert.ok(byWhen('skill-name-contains-reserved-word').every((r) => !r.surfaces.includes('claude-code-cli') || !r.channels?.includes('claude-code-project')));
    });
  });

  describe('docs/reach-channels.md', () => {
    it('documents every channel, surface and predicate id', () => {
      const doc = fs.readFileSync(DOC_PATH, 'utf8');
      for (const id of [...kb.channels.map((c) => c.id), ...SURFACES, ...kb.componentRules.map((r) => r.when)]) {
        assert.ok(doc.includes(`\`${id}\``), `${id} is not documented`);
      }
    });
  });
});
