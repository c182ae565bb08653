// Unit tests for the conformance harness helpers. Run: node --test test/conformance/
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareFindings } from './lib/compare-findings.mjs';
import { findTargets, makeFingerprinter, walkCorpus } from './lib/corpus-targets.mjs';
import { normalizeOracleOutput } from './lib/normalize-oracle.mjs';
import { locateJson, locateMarkdown, splitOraclePath } from './lib/oracle-locate.mjs';
import { messageTemplate } from './lib/oracle-summary.mjs';

const JSON_TEXT = '{\n  "name": "x",\n  "plugins": [\n    {"name": "a",\n     "source": "./a"}\n  ],\n  "mcpServers": {"my.srv": {\n    "url": "u"\n  }}\n}\n';

test('oracle paths split into keys and indices', () => {
  assert.deepEqual(splitOraclePath('plugins[3].source'), ['plugins', 3, 'source']);
  assert.deepEqual(splitOraclePath('agents.0'), ['agents', 0]);
  assert.deepEqual(splitOraclePath(''), []);
});

test('JSON paths map to the line span of the property', () => {
  assert.deepEqual(locateJson(JSON_TEXT, 'name'), { start: 1, end: 1, exact: true });
  assert.deepEqual(locateJson(JSON_TEXT, 'plugins[0].source'), { start: 4, end: 4, exact: true });
  assert.deepEqual(locateJson(JSON_TEXT, 'plugins.0'), { start: 3, end: 4, exact: true });
  // Server names may contain dots.
  assert.deepEqual(locateJson(JSON_TEXT, 'mcpServers.my.srv'), { start: 6, end: 8, exact: true });
});

test('missing fields are pinned to the nearest existing parent key', () => {
  assert.deepEqual(locateJson(JSON_TEXT, 'owner'), { start: 0, end: 0, exact: false });
  assert.deepEqual(locateJson(JSON_TEXT, 'mcpServers.my.srv.type'), { start: 6, end: 6, exact: false });
  const flat = '{\n  "github": {\n    "type": "http"\n  }\n}';
  assert.deepEqual(locateJson(flat, 'mcpServers.github.type'), { start: 2, end: 2, exact: true });
});

test('frontmatter findings span the frontmatter block', () => {
  assert.deepEqual(locateMarkdown('---\nname: a\ndescription: b\n---\nbody', 'frontmatter'), { start: 0, end: 3, exact: true });
  assert.deepEqual(locateMarkdown('# no frontmatter', 'frontmatter'), { start: 0, end: 0, exact: false });
});

test('message templates drop names and numbers but keep the rule text', () => {
  assert.equal(messageTemplate('Plugin name "claude-x" is reserved: it passes as one of Anthropic\'s own.'),
    'Plugin name "…" is reserved: it passes as one of Anthropic\'s own.');
  assert.equal(messageTemplate('Entry declares version "1.0.0"'), 'Entry declares version "…"');
});

function fixtureCorpus() {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-test-'));
  const put = (rel, text) => { mkdirSync(join(dir, rel, '..'), { recursive: true }); writeFileSync(join(dir, rel), text); };
  put('repo/.claude-plugin/marketplace.json', '{"name":"m","plugins":[{"name":"p","source":"./plugins/p"}]}');
  put('repo/plugins/p/.claude-plugin/plugin.json', '{\n  "name": "p",\n  "agents": ["./agents"]\n}');
  put('repo/plugins/p/.mcp.json', '{"mcpServers":{}}');
  put('repo/templates/claude_desktop_config.json', '{"mcpServers":{}}');
  put('repo/run/.mcp.json', '{"mcpServers":{}}');
  return dir;
}

test('targets: plugins by plugin.json, marketplaces, and only standalone MCP configs', () => {
  const dir = fixtureCorpus();
  try {
    const targets = findTargets(dir, walkCorpus(dir)).map((t) => `${t.kind} ${t.target}`).sort();
    assert.deepEqual(targets, [
      'marketplace repo/.claude-plugin/marketplace.json',
      'mcp-wrapped repo/run/.mcp.json',
      'mcp-wrapped repo/templates/claude_desktop_config.json',
      'plugin repo/plugins/p/.claude-plugin/plugin.json',
    ]);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('fingerprints change when a file under the folder changes, not elsewhere', () => {
  const dir = fixtureCorpus();
  try {
    const before = makeFingerprinter(dir, walkCorpus(dir)).folder('repo/plugins/p');
    writeFileSync(join(dir, 'repo/run/.mcp.json'), '{}');
    assert.equal(makeFingerprinter(dir, walkCorpus(dir)).folder('repo/plugins/p'), before);
    writeFileSync(join(dir, 'repo/plugins/p/.mcp.json'), '{}');
    assert.notEqual(makeFingerprinter(dir, walkCorpus(dir)).folder('repo/plugins/p'), before);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('marketplace findings about an entry are moved to that plugin.json', () => {
  const dir = fixtureCorpus();
  try {
    const raw = {
      success: false,
      manifest: {
        file: join(dir, 'repo/.claude-plugin/marketplace.json'), type: 'marketplace',
        errors: [{ path: 'plugins[0] plugin.json → agents.0', message: 'Invalid string: must end with ".md"' }],
        warnings: [{ path: 'owner', message: 'x' }],
      },
      contents: [],
      directory: { findings: [{ code: 'ICON_MISSING', severity: 'warning', file: '.claude-plugin/plugin.json', field: 'icon' }] },
    };
    const n = normalizeOracleOutput(raw, { corpus: dir, target: 'repo/.claude-plugin/marketplace.json', kind: 'marketplace', root: 'repo' });
    assert.deepEqual(n.findings[0], {
      file: 'repo/plugins/p/.claude-plugin/plugin.json', path: 'agents.0', severity: 'error',
      message: 'Invalid string: must end with ".md"',
      reportedIn: 'repo/.claude-plugin/marketplace.json', rawPath: 'plugins[0] plugin.json → agents.0',
    });
    assert.equal(n.findings[1].file, 'repo/.claude-plugin/marketplace.json');
    assert.equal(n.directory[0].file, 'repo/.claude-plugin/plugin.json');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('wrapped MCP findings map back to the original file; wrapper files are dropped', () => {
  const raw = {
    manifest: { file: '/tmp/w/.claude-plugin/plugin.json', errors: [], warnings: [{ path: 'x', message: 'w' }] },
    contents: [{ file: '/tmp/w/.mcp.json', errors: [{ path: 'mcpServers.a.command', message: 'm' }], warnings: [] }],
  };
  const n = normalizeOracleOutput(raw, {
    corpus: '/c', target: 'r/claude_desktop_config.json', kind: 'mcp-wrapped', root: 'r',
    fileMap: new Map([['/tmp/w/.mcp.json', 'r/claude_desktop_config.json']]),
  });
  assert.deepEqual(n.findings, [{ file: 'r/claude_desktop_config.json', path: 'mcpServers.a.command', severity: 'error', message: 'm' }]);
  assert.equal(n.dropped.length, 1);
});

const diag = (file, line, severity, rule = 'r') => ({ file, rule, severity, range: { start: { line, character: 0 }, end: { line, character: 3 } } });

test('comparison classifies reproduced, weaker, missed and extra', () => {
  const oracle = [
    { file: 'a.json', path: 'name', severity: 'error', message: 'm1', span: { start: 1, end: 1 } },
    { file: 'a.json', path: 'owner', severity: 'error', message: 'm2', span: { start: 0, end: 0 } },
    { file: 'b.json', path: 'x', severity: 'error', message: 'm3', span: { start: 4, end: 6 } },
    { file: 'b.json', path: 'y', severity: 'warning', message: 'm4', span: { start: 9, end: 9 } },
  ];
  const diags = [diag('a.json', 1, 'error', 'name-reserved'), diag('b.json', 5, 'warning'), diag('b.json', 20, 'error'), diag('c.md', 0, 'error')];
  const { rows, extraInOracleFiles, extraElsewhere } = compareFindings(oracle, diags, new Set(['a.json', 'b.json']));
  assert.deepEqual(rows.map((r) => r.status), ['reproduced', 'missed', 'weaker', 'missed']);
  assert.deepEqual(rows[0].rules, ['name-reserved']);
  assert.deepEqual(extraInOracleFiles.map((d) => `${d.file}:${d.range.start.line}`), ['b.json:20']);
  assert.deepEqual(extraElsewhere.map((d) => d.file), ['c.md']);
});
