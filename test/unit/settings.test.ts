/**
 * Claude Code settings files (issue 16): the published schema's annotations, kind and scope detection,
 * schema-driven hover and completion, and the plugins a repository declares (for the reach model).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectKind, InMemoryWorkspace } from '../../server/src/core';
import { doHover } from '../../server/src/core/features/hover';
import { doComplete } from '../../server/src/core/features/complete';
import { settingsScopeOf, keyScope, keyAllowedIn } from '../../server/src/core/knowledge/settings-keys';
import { repoDeclaredPlugins, knownMarketplaceNames } from '../../server/src/core/settings/declared';
import { createAjv } from '../../server/src/core/schema/ajv';
import { caret } from './features-helpers';
import { reachOne } from './reach-helpers';

const REPO = path.resolve(__dirname, '../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', f), 'utf8')) as Record<string, unknown>;
const schema = read('claude-code-settings.schema.json') as { properties: Record<string, Record<string, unknown>> } & Record<string, unknown>;

describe('Claude Code settings', () => {
  describe('schema', () => {
    const ajv = createAjv();
    for (const f of ['hooks', 'mcp-server', 'managed-mcp', 'claude-code-settings']) ajv.addSchema(read(`${f}.schema.json`));
    const validate = ajv.getSchema('https://plugin-lens.dev/schemas/claude-code-settings.schema.json')!;

    it('is draft-07 with an $id, a default effect and rename-only unknown-key fixes', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema['x-unknown-key-fix'], 'rename');
      assert.equal(typeof schema['x-effect'], 'string');
    });

    it('documents every top-level key with a title, a docs link, a dated source and its scope', () => {
      const keys = Object.keys(schema.properties);
      assert.ok(keys.length > 150, `${keys.length} keys`);
      for (const [k, p] of Object.entries(schema.properties)) {
        assert.equal(typeof p.title, 'string', k);
        assert.match(String(p.markdownDescription), /\[docs\]\(https:\/\/code\.claude\.com\/docs\/en\/settings-reference[^)]*\)$/, k);
        for (const s of p['x-sources'] as { date: string }[]) assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/, k);
        if (k !== '$schema') assert.ok(['any', 'managed', 'user-managed', 'user-local-managed', 'global-config'].includes(String(p['x-scope'])), k);
      }
    });

    it('accepts the settings reference examples and rejects a wrong shape', () => {
      assert.ok(validate({ permissions: { allow: ['Bash(npm run *)'], ask: ['Bash(git push *)'], deny: ['Read(./.env)'], defaultMode: 'acceptEdits' } }), JSON.stringify(validate.errors));
      assert.ok(validate({ extraKnownMarketplaces: { 'team-tools': { source: { source: 'settings', name: 'team-tools', plugins: [{ name: 'code-formatter', source: { source: 'github', repo: 'acme-corp/code-formatter' } }] } } } }), JSON.stringify(validate.errors));
      assert.ok(validate({ strictKnownMarketplaces: [{ source: 'hostPattern', hostPattern: '^github\\.example\\.com$' }, { source: 'skills-dir' }] }), JSON.stringify(validate.errors));
      assert.ok(validate({ strictPluginOnlyCustomization: ['skills', 'hooks'], theme: 'custom:ocean' }), JSON.stringify(validate.errors));
      assert.ok(!validate({ extraKnownMarketplaces: [{ name: 'x', url: 'https://github.com/o/r' }] }), 'the array form is not a marketplace map');
      assert.ok(!validate({ enabledPlugins: { 'a@b': 'yes' } }));
    });
  });

  describe('files and scopes', () => {
    it('detects project, local, user and managed files (drop-ins included)', () => {
      for (const p of ['/r/.claude/settings.json', '/r/.claude/settings.local.json', '/home/u/.claude/settings.json', '/etc/claude-code/managed-settings.json', '/etc/claude-code/managed-settings.d/10-a.json']) {
        assert.equal(detectKind(p), 'settings', p);
      }
      assert.equal(detectKind('/r/.claude/settings-marketplace.json'), undefined, 'Claude Code reads no such file');
      assert.equal(settingsScopeOf('/r/.claude/settings.json'), 'project');
      assert.equal(settingsScopeOf('/r/.claude/settings.local.json'), 'local');
      assert.equal(settingsScopeOf('/Users/u/.claude/settings.json'), 'user');
      assert.equal(settingsScopeOf('C:/Users/u/.claude/settings.json'), 'user');
      assert.equal(settingsScopeOf('/Library/Application Support/ClaudeCode/managed-settings.json'), 'managed');
    });

    it('reads key scopes from the schema', () => {
      assert.equal(keyScope('strictKnownMarketplaces'), 'managed');
      assert.equal(keyScope('enabledPlugins'), 'any');
      assert.ok(!keyAllowedIn(keyScope('pluginConfigs')!, 'project'));
      assert.ok(keyAllowedIn(keyScope('pluginConfigs')!, 'user'));
    });
  });

  describe('editor features', () => {
    it('hovers a key with its settings-reference docs and scope', () => {
      const { file, offset } = caret('settings', '/r/.claude/settings.json', '{ "enabledPlu|gins": {} }');
      const md = doHover(file, offset)?.markdown ?? '';
      assert.match(md, /plugin-name@marketplace-name/);
      assert.match(md, /Any settings file/);
    });

    it('completes top-level keys and permission modes', () => {
      const top = caret('settings', '/r/.claude/settings.json', '{\n  |\n}');
      const labels = doComplete(top.file, top.offset).map((i) => i.label);
      assert.ok(labels.includes('enabledPlugins') && labels.includes('extraKnownMarketplaces') && labels.includes('permissions'));
      const mode = caret('settings', '/r/.claude/settings.json', '{ "permissions": { "defaultMode": | } }');
      assert.ok(doComplete(mode.file, mode.offset).map((i) => i.label).includes('"acceptEdits"'));
    });
  });

  describe('reach', () => {
    it('makes a managed-settings.json hook an item of the managed channel (reach audit 2026-12 §4.5)', () => {
      const hook = { hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: '/opt/guard.sh' }] }] } };
      const r = reachOne({ files: { 'etc/claude-code/managed-settings.json': JSON.stringify(hook) }, file: 'etc/claude-code/managed-settings.json' }, 'hook');
      assert.equal(r.channel, 'managed');
      assert.equal(r.reach['claude-code-cli'].status, 'loads');
    });
  });

  describe('declared plugins (repo-declared-plugin route)', () => {
    const ws = new InMemoryWorkspace('/r', {
      '.claude/settings.json': JSON.stringify({
        enabledPlugins: { 'fmt@team': true, 'old@team': true, bare: true },
        extraKnownMarketplaces: { team: { source: { source: 'github', repo: 'acme/team' } } },
      }),
      '.claude/settings.local.json': JSON.stringify({ enabledPlugins: { 'old@team': false } }),
    });

    it('lists enabledPlugins with the registering source, local overriding project', () => {
      const declared = repoDeclaredPlugins(ws);
      assert.deepEqual(declared.map((d) => [d.id, d.enabled, d.scope]), [['fmt@team', true, 'project'], ['old@team', false, 'local']]);
      assert.deepEqual(declared[0].marketplaceSource, { source: 'github', repo: 'acme/team' });
    });

    it('knows marketplaces registered in the companion file and the official one', () => {
      const names = knownMarketplaceNames(ws, '/r/.claude/settings.local.json', {});
      assert.ok(names.has('team') && names.has('claude-plugins-official'));
    });
  });
});
