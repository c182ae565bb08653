/** The client's file patterns agree with the server's kind detection and with the manifest. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { KIND_PATTERNS, activationEvents, documentFilters, watcherGlobs } from '../../client/src/file-kinds';
import { COMMANDS } from '../../client/src/command-ids';
import { detectKind } from '../../server/src/core/kinds/detect';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// Paths of every kind, plus look-alikes the server ignores.
const SAMPLES = [
  '/w/skills/pdf/SKILL.md', '/w/skills/pdf/skill.md', '/w/.claude/skills/x/SKILL.md',
  '/w/plugin/agents/reviewer.md', '/w/.claude/agents/a.md', '/w/plugin/commands/ns/deploy.md', '/w/commands/x.md',
  '/w/plugin/output-styles/terse.md', '/w/p/.claude-plugin/plugin.json', '/w/.claude-plugin/marketplace.json',
  '/w/p/hooks/hooks.json', '/w/p/.lsp.json', '/w/.mcp.json', '/w/cfg/claude_desktop_config.json', '/w/managed-mcp.json',
  '/w/.plugin-lens.json', '/w/.claude/settings.json', '/w/.claude/settings.local.json', '/w/bundle/manifest.json',
  '/etc/claude-code/managed-settings.json', '/etc/claude-code/managed-settings.d/10-team.json',
  '/w/README.md', '/w/docs/guide.md', '/w/package.json', '/w/p/plugin.json', '/w/hooks.json', '/w/settings.json',
];

function matchingKinds(file: string): string[] {
  return KIND_PATTERNS.filter((k) => picomatch(k.pattern, { dot: true })(file)).map((k) => k.kind);
}

describe('client file patterns', () => {
  it('send every file the server recognises to the server, tagged with the same kind', () => {
    for (const file of SAMPLES) {
      const kind = detectKind(file, () => '{"manifest_version": "0.3"}');
      const kinds = matchingKinds(file);
      if (kind) assert.ok(kinds.includes(kind), `${file}: server says ${kind}, client patterns say ${kinds.join(',') || 'none'}`);
      else assert.deepEqual(kinds, [], `${file}: not a server kind but matched by ${kinds.join(',')}`);
    }
  });

  it('select SKILL.md by the built-in skill language and as markdown, other kinds by language-less patterns', () => {
    const filters = documentFilters();
    assert.ok(filters.some((f) => f.language === 'skill' && !f.pattern));
    assert.ok(filters.some((f) => f.language === 'markdown' && f.pattern === '**/SKILL.md'));
    // .claude/agents/*.md is `chatagent` in VS Code 1.139: the agent filter must not pin a language.
    const agent = filters.find((f) => f.pattern === '**/agents/*.md');
    assert.ok(agent && agent.language === undefined);
    assert.ok(filters.every((f) => f.scheme === 'file'));
  });

  it('watch each pattern once', () => {
    const globs = watcherGlobs();
    assert.equal(new Set(globs).size, globs.length);
    assert.equal(globs.length, KIND_PATTERNS.length);
  });

  it('match the manifest activation events (no "*", no bare manifest.json)', () => {
    assert.deepEqual(pkg.activationEvents, activationEvents());
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(!pkg.activationEvents.some((e: string) => e.endsWith('/manifest.json')));
  });
});

describe('extension manifest', () => {
  it('contributes every command the client registers, and the Reach view', () => {
    const ids: string[] = Object.values(COMMANDS);
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(ids.length >= 8);
    for (const id of ids) assert.ok(contributed.includes(id), `${id} is registered but not contributed`);
    assert.ok(ids.includes('pluginLens.openRuleDocs'), 'the server\'s code actions call pluginLens.openRuleDocs');
    assert.equal(pkg.contributes.views.pluginLens[0].id, 'pluginLens.reach');
  });

  it('declares the settings with the ten surface ids and a generated rule-id enum', () => {
    const props = pkg.contributes.configuration.properties;
    for (const key of ['pluginLens.enable', 'pluginLens.targets', 'pluginLens.rules', 'pluginLens.channels', 'pluginLens.trace.server']) {
      assert.ok(props[key], `${key} missing`);
    }
    assert.equal(props['pluginLens.targets'].items.enum.length, 10);
    assert.ok(props['pluginLens.rules'].propertyNames.anyOf[0].enum.length > 0);
    assert.deepEqual(props['pluginLens.rules'].additionalProperties.enum, ['off', 'hint', 'info', 'warning', 'error']);
  });

  it('ships grammars and images that exist, and an allow-list .vscodeignore', () => {
    for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(ROOT, g.path)), g.path);
    assert.ok(fs.existsSync(path.join(ROOT, pkg.icon)));
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.equal(ignore.find((l) => l && !l.startsWith('#')), '**');
    for (const f of ['!dist/extension.js', '!dist/server.js', '!syntaxes/**']) assert.ok(ignore.includes(f), f);
  });
});
