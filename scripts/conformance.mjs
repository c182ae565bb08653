#!/usr/bin/env node
// npm run conformance: the differential check against the official validator (and skills-ref) on the
// real-world corpus. Installs the pinned oracles into a cache folder, runs them (cached per target),
// runs `plugin-lens check`, matches findings by file + line span + severity class, writes
// docs/conformance.md, and fails when an oracle error that the baseline reproduced is no longer
// reproduced. Usage: node scripts/conformance.mjs [--update-baseline] [--no-oracle-run]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareFindings, oracleFindings, ruleMapping } from '../test/conformance/lib/compare-findings.mjs';
import { messageTemplate } from '../test/conformance/lib/oracle-summary.mjs';
import { runSkillsRef } from '../test/conformance/skills-ref-compare.mjs';
import { renderReport } from '../test/conformance/report.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    'update-baseline': { type: 'boolean', default: false },
    'no-oracle-run': { type: 'boolean', default: false },
    corpus: { type: 'string', default: process.env.PLUGIN_LENS_CORPUS ?? join(repo, '..', 'shared', 'corpus') },
  },
});
const corpus = resolve(opt.corpus);
const cache = resolve(process.env.PLUGIN_LENS_CACHE ?? join(repo, '.cache'));
mkdirSync(cache, { recursive: true });
const t0 = Date.now();
const step = (s) => console.error(`conformance [${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}`);

step('oracle: install (cached)');
execFileSync('bash', [join(repo, 'test/conformance/setup-oracle.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
const oracleOut = join(cache, 'oracle-results.json');
if (!opt['no-oracle-run'] || !existsSync(oracleOut)) {
  step('oracle: claude plugin validate over the corpus (cached per target)');
  execFileSync(process.execPath, [join(repo, 'test/conformance/run-oracle.mjs'), '--corpus', corpus, '--out', oracleOut, '--quiet'], { stdio: 'inherit' });
}
const results = JSON.parse(readFileSync(oracleOut, 'utf8'));

step('plugin-lens check over the corpus');
if (!existsSync(join(repo, 'dist/cli.js'))) execFileSync('node', [join(repo, 'scripts/build.mjs')], { stdio: 'inherit' });
const lensRun = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'check', '.', '--format', 'json'], { cwd: corpus, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
if (lensRun.status === 2) throw new Error(`plugin-lens check failed: ${lensRun.stderr}`);
const lens = JSON.parse(lensRun.stdout);

step('compare');
const oracle = oracleFindings(results, corpus);
const oracleFiles = new Set(results.targets.flatMap((t) => [t.target, ...t.findings.map((f) => f.file)]));
const comparison = compareFindings(oracle, lens.diagnostics, oracleFiles);
const mapping = ruleMapping(comparison.rows);

step('skills-ref over the corpus skills');
const skillsRef = await runSkillsRef({ repo, cache, corpus, lens });

const disagreements = JSON.parse(readFileSync(join(repo, 'test/conformance/disagreements.json'), 'utf8'));
const messageMap = JSON.parse(readFileSync(join(repo, 'test/conformance/message-map.json'), 'utf8'));
const baselineFile = join(repo, 'test/conformance/baseline.json');
const key = (r) => `${r.file} | ${r.path} | ${messageTemplate(r.message)}`;
const reproducedErrors = comparison.rows.filter((r) => r.severity === 'error' && r.status === 'reproduced').map(key).sort();
const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : { reproducedErrors: [] };
const regressions = baseline.reproducedErrors.filter((k) => !reproducedErrors.includes(k));

const md = renderReport({
  results, lens, comparison, mapping, skillsRef, disagreements, messageMap, regressions,
  corpusName: relative(repo, corpus), seconds: (Date.now() - t0) / 1000,
});
writeFileSync(join(repo, 'docs/conformance.md'), md);
if (opt['update-baseline']) {
  writeFileSync(baselineFile, JSON.stringify({ oracle: results.oracle?.version, reproducedErrors }, null, 1) + '\n');
  step(`baseline updated: ${reproducedErrors.length} reproduced oracle errors`);
}
const errors = comparison.rows.filter((r) => r.severity === 'error');
console.log(`conformance: ${reproducedErrors.length}/${errors.length} oracle errors reproduced; ${regressions.length} regression(s) against the baseline; report in docs/conformance.md`);
if (regressions.length) {
  for (const r of regressions) console.error(`  no longer reproduced: ${r}`);
  process.exitCode = 1;
}
