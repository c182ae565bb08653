/**
 * Claude Code settings files in the corpus: no false errors. Each is validated in its own repository's
 * workspace (so companion settings files and .mcp.json are read as Claude Code reads them), and every
 * finding of a settings rule must be a warning or milder unless listed here with its reason.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS } from './corpus-root';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { detectKind, resolveConfig, validateFile } from '../../server/src/core';
import { repoDeclaredPlugins } from '../../server/src/core/settings/declared';

function settingsFiles(): string[] {
  const out: string[] = [];
  for (const repo of fs.readdirSync(CORPUS)) {
    const dir = path.join(CORPUS, repo, '.claude');
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir)) if (detectKind(path.join(dir, name)) === 'settings') out.push(path.join(dir, name));
  }
  return out.sort();
}

describe('corpus: Claude Code settings files', () => {
  const files = settingsFiles();

  it('finds the corpus settings files', () => {
    assert.ok(files.length >= 3, files.join(', '));
  });

  for (const file of files) {
    it(`${path.relative(CORPUS, file)}: no errors`, () => {
      const repoRoot = path.dirname(path.dirname(file));
      const workspace = new NodeWorkspace(repoRoot);
      const text = fs.readFileSync(file, 'utf8');
      const result = validateFile({ path: file, text, bom: false }, { workspace, config: resolveConfig(undefined) });
      assert.equal(result.parsed?.kind, 'settings');
      const errors = result.findings.filter((f) => f.severity === 'error' || f.ruleId === 'file/internal-error');
      assert.deepEqual(errors.map((f) => `${f.ruleId}:${f.range.start.line + 1} ${f.message}`), []);
    });
  }

  it('records the plugins laurigates/claude-plugins enables for everyone who opens it', () => {
    const root = path.join(CORPUS, 'laurigates__claude-plugins');
    const declared = repoDeclaredPlugins(new NodeWorkspace(root), root);
    assert.equal(declared.length, 44);
    assert.ok(declared.every((d) => d.marketplace === 'laurigates-claude-plugins' && d.enabled && d.scope === 'project'));
    assert.deepEqual(declared[0].marketplaceSource, { source: 'github', repo: 'laurigates/claude-plugins' });
  });
});
