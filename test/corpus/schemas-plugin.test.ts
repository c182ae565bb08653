/**
 * The plugin-family schemas agree with the official validator on the real-world corpus: every error-severity
 * failure on a corpus file is one `claude plugin validate` 2.1.332 also reports for that file (oracles.md §7,
 * corpus EXPECTATIONS.md).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { CORPUS } from './corpus-root';
import { KINDS, ID, schemas, makeAjv, severityOf, errs, type Kind } from '../support/plugin-schemas';

// Corpus files whose schema errors the official validator also reports (EXPECTATIONS.md §2–3, oracles.md §7.3).
// Each entry lists the instance paths where an error-severity failure is expected.
const EXPECTED_FAILURES: Record<string, { reason: string; paths: string[] }> = {
  // `repository` is an npm-style object: "repository: expected string, received object"; the plugin loads nothing.
  'theflysurfer__claude-skills-marketplace/.claude-plugin/plugin.json': { reason: 'repository object', paths: ['/repository'] },
  // `"agents": ["./agents"]` names a folder: error on agents.0, must end with .md.
  'wshobson__agents/plugins/pptx-deck-creation/.claude-plugin/plugin.json': { reason: 'agents entry is a folder', paths: ['/agents', '/agents/0'] },
  // Intentional test fixture without `owner`: "owner: Invalid input: expected object, received undefined".
  'laurigates__claude-plugins/adapters/tests/fixtures/mini-marketplace-src/.claude-plugin/marketplace.json': { reason: 'no owner (fixture)', paths: [''] },
};

function kindOf(rel: string): Kind | undefined {
  const base = path.basename(rel);
  const dir = path.basename(path.dirname(rel));
  if (base === 'plugin.json' && dir === '.claude-plugin') return 'plugin';
  if (base === 'marketplace.json' && dir === '.claude-plugin') return 'marketplace';
  if (base === 'hooks.json') return 'hooks';
  if (base === '.lsp.json') return 'lsp';
  return undefined;
}

function walk(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}


describe('corpus: plugin-family schemas', () => {
  const validators = {} as Record<Kind, ValidateFunction>;
  before(() => {
    const ajv = makeAjv();
    for (const k of KINDS) validators[k] = ajv.getSchema(ID(k)) as ValidateFunction;
  });

  it('do not flag corpus files that load fine (errors only where the official validator reports them)', () => {
    assert.ok(fs.existsSync(CORPUS), `corpus missing at ${CORPUS}`);
    const stats: Record<Kind, { files: number; invalidJson: number; clean: number; warningsOnly: number; failing: number }> = Object.fromEntries(
      KINDS.map((k) => [k, { files: 0, invalidJson: 0, clean: 0, warningsOnly: 0, failing: 0 }])) as never;
    const unexpected: string[] = [];
    const seenExpected = new Set<string>();
    for (const file of walk(CORPUS, [])) {
      const rel = path.relative(CORPUS, file).split(path.sep).join('/');
      const kind = kindOf(rel);
      if (!kind) continue;
      stats[kind].files++;
      let data: unknown;
      try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { stats[kind].invalidJson++; continue; }
      const v = validators[kind];
      if (v(data)) { stats[kind].clean++; continue; }
      const errors = errs(v).filter((e) => severityOf(e, schemas[kind]) === 'error');
      if (errors.length === 0) { stats[kind].warningsOnly++; continue; }
      stats[kind].failing++;
      const expected = EXPECTED_FAILURES[rel];
      if (!expected) { unexpected.push(...errors.map((e) => `${rel} ${e.instancePath} ${e.keyword} ${e.message}`)); continue; }
      seenExpected.add(rel);
      for (const e of errors) if (!expected.paths.includes(e.instancePath)) unexpected.push(`${rel} ${e.instancePath} ${e.keyword} ${e.message} (not in allow-list)`);
    }
    console.log(`      corpus: ${KINDS.map((k) => `${k} ${stats[k].clean} clean + ${stats[k].warningsOnly} warnings-only + ${stats[k].failing} failing of ${stats[k].files} (${stats[k].invalidJson} invalid JSON)`).join('; ')}`);
    assert.deepEqual(unexpected, []);
    // The allow-listed failures are real: the schemas catch what the official validator catches.
    assert.deepEqual([...seenExpected].sort(), Object.keys(EXPECTED_FAILURES).sort());
    assert.ok(stats.plugin.files >= 500 && stats.marketplace.files >= 10 && stats.hooks.files >= 15, 'corpus found');
  });
});
