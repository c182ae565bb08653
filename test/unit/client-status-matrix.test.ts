/** Status bar text and the reach matrix HTML (no VS Code needed). */
import { strict as assert } from 'assert';
import type { ReachResult, StatusResult } from '../../server/src/protocol';
import { formatStatus } from '../../client/src/status-format';
import { escapeHtml, reachMatrixHtml } from '../../client/src/reach-matrix-html';

const status = (over: Partial<StatusResult> = {}): StatusResult => ({
  state: 'ready', findings: { errors: 0, warnings: 0, infos: 0, hints: 0 }, files: 12, knowledgeAsOf: '2026-11-25',
  serverVersion: '0.1.0', ruleCount: 120, configProblems: [], ...over,
});

describe('client status bar', () => {
  it('spins while the client starts and flags a stopped server', () => {
    assert.match(formatStatus('starting', undefined).text, /loading~spin/);
    const stopped = formatStatus('stopped', status());
    assert.equal(stopped.background, 'error');
    assert.match(stopped.text, /circle-slash/);
  });

  it('shows problem counts, and the as-of date and file count in the tooltip', () => {
    const v = formatStatus('running', status({ findings: { errors: 2, warnings: 3, infos: 1, hints: 0 } }));
    assert.equal(v.text, '$(telescope) Plugin Lens $(error) 2 $(warning) 3');
    assert.match(v.tooltip, /12 files checked · 2 errors, 3 warnings, 1 info/);
    assert.match(v.tooltip, /reach knowledge as of 2026-11-25/);
    assert.equal(formatStatus('running', status()).text, '$(check) Plugin Lens');
  });

  it('reports scanning, disabled and configuration problems', () => {
    assert.match(formatStatus('running', status({ state: 'scanning' })).text, /sync~spin/);
    assert.match(formatStatus('running', status({ state: 'disabled' })).tooltip, /pluginLens\.enable is false/);
    const bad = formatStatus('running', status({ configProblems: ['targets: "web" is not a surface id'] }));
    assert.equal(bad.background, 'warning');
    assert.match(bad.tooltip, /targets: "web" is not a surface id/);
  });
});

describe('client reach matrix HTML', () => {
  const result: ReachResult = {
    available: true, knowledgeAsOf: '2026-11-25',
    surfaces: [{ id: 'cowork', name: 'Cowork' }, { id: 'claude-code-cli', name: 'Claude Code CLI' }],
    items: [{
      id: 'x', name: '<pdf & co>', kind: 'skill', uri: 'file:///w/skills/pdf/SKILL.md',
      reach: { asOf: '2026-11-25', cells: [{ surface: 'cowork', status: 'does-not-load', reasons: ['needs "upload"'], sources: [{ url: 'https://support.claude.com/x', date: '2026-11-20' }] }] },
    }],
  };

  it('renders items × surfaces with symbols, reasons in titles, and escapes everything', () => {
    const html = reachMatrixHtml(result, 'vscode-resource:');
    assert.match(html, /&lt;pdf &amp; co&gt;/);
    assert.doesNotMatch(html, /<pdf/);
    assert.match(html, /<td class="no" title="Cowork: does not load\nneeds &quot;upload&quot;\n\nSources:\nhttps:\/\/support\.claude\.com\/x \(2026-11-20\)">✗<\/td>/);
    assert.match(html, /<td class="unk" title="not assessed">·<\/td>/, 'a surface without a cell');
    assert.match(html, /Knowledge as of 2026-11-25/);
    assert.match(html, /default-src 'none'/);
    assert.doesNotMatch(html, /<script/);
  });

  it('explains an unavailable engine and an empty workspace', () => {
    assert.match(reachMatrixHtml({ ...result, available: false, items: [] }), /not available/);
    assert.match(reachMatrixHtml({ ...result, items: [] }), /No plugins, skills or MCP servers/);
    assert.equal(escapeHtml(`'"`), '&#39;&quot;');
  });

  it('says when the workspace matrix was cut to its first rows, and not otherwise', () => {
    assert.match(reachMatrixHtml({ ...result, total: 41_250 }), /Showing the first 1 of 41,250 items, in file order, without routes\./);
    assert.doesNotMatch(reachMatrixHtml({ ...result, total: 1 }), /Showing the first/, 'the whole matrix fits');
    assert.doesNotMatch(reachMatrixHtml(result), /Showing the first/, 'no limit asked');
  });
});
