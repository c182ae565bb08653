import { strict as assert } from 'assert';
import { applyEdits } from 'jsonc-parser';
import { resolveConfig } from '../../server/src/core/config';
import { declareDistribution } from '../../server/src/core/edits/distribution-edits';
import { mergeRaw } from '../../server/src/node/load-config';
import { doComplete } from '../../server/src/core/features/complete';
import { doHover } from '../../server/src/core/features/hover';
import { KNOWLEDGE } from '../../server/src/core/reach/knowledge';
import { caret } from './features-helpers';

const apply = (text: string, change: ReturnType<typeof declareDistribution>): string => {
  if (change.type === 'create') return change.text;
  if (change.type === 'none') return text;
  return applyEdits(text, change.edits.map((e) => ({ offset: e.offset, length: e.length, content: e.newText })));
};

describe('.plugin-lens.json distribution', () => {
  it('expands an array into one entry per channel, in order, before the `channels` entries', () => {
    const config = resolveConfig({
      distribution: { 'plugins/team/**': ['claude-ai-plugin', 'plugin'] },
      channels: { 'plugins/team/**': 'managed-plugin', 'skills/**': 'org-skill' },
    });
    assert.deepEqual(config.channels.map((c) => [c.glob, c.channel]), [
      ['plugins/team/**', 'claude-ai-plugin'], ['plugins/team/**', 'plugin'], ['skills/**', 'org-skill'],
    ]);
    assert.ok(config.channels[0].match('plugins/team/skills/a/SKILL.md'));
    assert.ok(!config.channels[2].match('plugins/team/skills/a/SKILL.md'));
  });

  it('still reads `channels` alone, and ignores values that are not channel ids', () => {
    const config = resolveConfig({ channels: { 'a/**': 'org-skill', 'b/**': 3 }, distribution: { 'c/**': [1, 'plugin'] } });
    assert.deepEqual(config.channels.map((c) => [c.glob, c.channel]), [['c/**', 'plugin'], ['a/**', 'org-skill']]);
  });

  it('merges editor settings under the file: the file\'s `distribution` wins for the same glob', () => {
    const merged = mergeRaw({ channels: { 'a/**': 'plugin' } }, { distribution: { 'a/**': 'org-skill' } });
    assert.deepEqual(resolveConfig(merged).channels.map((c) => c.channel), ['org-skill']);
  });
});

describe('declareDistribution (the "Distribute as …" edit)', () => {
  it('creates the file when there is none', () => {
    const change = declareDistribution(undefined, 'skills/a/**', 'org-skill');
    assert.equal(change.type, 'create');
    assert.deepEqual(JSON.parse(apply('', change)), { distribution: { 'skills/a/**': 'org-skill' } });
  });

  it('adds the key to a file without it, byte-exact elsewhere (comments, CRLF, tabs)', () => {
    const text = '{\r\n\t// ours\r\n\t"rules": { "skill/*": "info" }\r\n}\r\n';
    const out = apply(text, declareDistribution(text, 'skills/a/**', 'org-skill'));
    assert.equal(out, '{\r\n\t// ours\r\n\t"rules": { "skill/*": "info" },\r\n\t"distribution": {"skills/a/**":"org-skill"}\r\n}\r\n');
  });

  it('adds a glob to an existing distribution, after its last member', () => {
    const text = '{\n  "distribution": {\n    "a/**": "plugin"\n  },\n  "ignore": []\n}\n';
    assert.equal(apply(text, declareDistribution(text, 'b/**', 'org-skill')), '{\n  "distribution": {\n    "a/**": "plugin",\n    "b/**": "org-skill"\n  },\n  "ignore": []\n}\n');
  });

  it('turns a single channel into an array, and appends to an array, keeping what was there', () => {
    const one = '{ "distribution": { "a/**": "plugin" }, "rules": {} }';
    assert.equal(apply(one, declareDistribution(one, 'a/**', 'claude-ai-plugin')), '{ "distribution": { "a/**": ["plugin", "claude-ai-plugin"] }, "rules": {} }');
    const many = '{\n  "distribution": {\n    "a/**": [\n      "plugin"\n    ]\n  }\n}\n';
    assert.equal(apply(many, declareDistribution(many, 'a/**', 'managed-plugin')), '{\n  "distribution": {\n    "a/**": [\n      "plugin",\n      "managed-plugin"\n    ]\n  }\n}\n');
  });

  it('keeps a glob\'s `channels` declaration first when adding it to `distribution` (which wins for that glob)', () => {
    const text = '{\n  "channels": { "skills/a/**": "org-skill" }\n}\n';
    const out = apply(text, declareDistribution(text, 'skills/a/**', 'skills-api'));
    assert.deepEqual(JSON.parse(out), { channels: { 'skills/a/**': 'org-skill' }, distribution: { 'skills/a/**': ['org-skill', 'skills-api'] } });
    assert.deepEqual(resolveConfig(JSON.parse(out)).channels.map((c) => c.channel), ['org-skill', 'skills-api']);
    assert.equal(declareDistribution(text, 'skills/a/**', 'org-skill').type, 'none', 'already declared under `channels`');
  });

  it('changes nothing when the channel is already declared, or the value is not ours to rewrite', () => {
    assert.equal(declareDistribution('{ "distribution": { "a/**": ["plugin"] } }', 'a/**', 'plugin').type, 'none');
    assert.equal(declareDistribution('{ "distribution": { "a/**": 3 } }', 'a/**', 'plugin').type, 'none');
    assert.equal(declareDistribution('{ "distribution": [] }', 'a/**', 'plugin').type, 'none');
    assert.equal(declareDistribution('[1]', 'a/**', 'plugin').type, 'none');
  });
});

describe('.plugin-lens.json distribution: completion and hover from the schema', () => {
  const at = (withCaret: string) => caret('config', '/w/.plugin-lens.json', withCaret);
  it('completes channel ids, from the knowledge base, for a glob and inside an array', () => {
    const ids = KNOWLEDGE.channels.map((c) => JSON.stringify(c.id));
    const one = doComplete(at('{ "distribution": { "a/**": | } }').file, at('{ "distribution": { "a/**": | } }').offset).map((e) => e.label);
    assert.deepEqual(ids.filter((id) => !one.includes(id)), []);
    const inArray = at('{ "distribution": { "a/**": ["plugin", |] } }');
    assert.ok(doComplete(inArray.file, inArray.offset).some((e) => e.label === '"claude-ai-plugin"'));
    const key = at('{ | }');
    assert.ok(doComplete(key.file, key.offset).some((e) => e.label === 'distribution'));
    assert.ok(!doComplete(key.file, key.offset).some((e) => e.label === 'channels'), 'the deprecated key is not offered');
  });
  it('hovers a channel id with its name and what it is, and `channels` as deprecated', () => {
    const value = at('{ "distribution": { "a/**": "org-sk|ill" } }');
    assert.match(doHover(value.file, value.offset)?.markdown ?? '', /Org-provisioned skill/);
    const legacy = at('{ "chan|nels": {} }');
    assert.match(doHover(legacy.file, legacy.offset)?.markdown ?? '', /\*\*Deprecated:\*\* Renamed to `distribution`/);
  });
});
