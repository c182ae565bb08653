#!/usr/bin/env node
// Compares oracle results (run-oracle.mjs) with `plugin-lens check --format json` output.
// Usage: node test/conformance/compare.mjs <plugin-lens.json> [--oracle FILE] [--lens-cwd DIR]
//        [--corpus DIR] [--json OUT] [--fail-on-missed-errors]
// --lens-cwd: folder plugin-lens ran in (its `file` fields are relative to it); default: the corpus.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareFindings, oracleFindings, ruleMapping } from './lib/compare-findings.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    oracle: { type: 'string', default: join(repoRoot, '.cache', 'oracle-results.json') },
    corpus: { type: 'string' },
    'lens-cwd': { type: 'string' },
    json: { type: 'string' },
    'fail-on-missed-errors': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error('usage: compare.mjs <plugin-lens.json> [--oracle FILE] [--lens-cwd DIR] [--json OUT]');
  process.exitCode = 2;
} else {
  const results = JSON.parse(readFileSync(resolve(opt.oracle), 'utf8'));
  const corpus = resolve(opt.corpus ?? results.corpus);
  const lensCwd = resolve(opt['lens-cwd'] ?? corpus);
  const lens = JSON.parse(readFileSync(resolve(positionals[0]), 'utf8'));
  const diags = (lens.diagnostics ?? []).map((d) => ({
    ...d,
    file: relative(corpus, resolve(lensCwd, d.file)).split(sep).join('/'),
  }));
  const oracle = oracleFindings(results, corpus);
  const oracleFiles = new Set(
    results.targets.flatMap((t) => [t.target, ...t.findings.map((f) => f.file)]),
  );
  const { rows, extraInOracleFiles, extraElsewhere } = compareFindings(oracle, diags, oracleFiles);
  const count = (sev, status) => rows.filter((r) => r.severity === sev && (!status || r.status === status)).length;
  const lines = [
    `oracle claude ${results.oracle.version} vs ${lens.tool ?? 'plugin-lens'} ${lens.version ?? '?'}`,
    ...['error', 'warning'].map((s) =>
      `oracle ${s}s: ${count(s)}  reproduced ${count(s, 'reproduced')}  weaker ${count(s, 'weaker')}  stronger ${count(s, 'stronger')}  missed ${count(s, 'missed')}`),
    `extra (no oracle finding on those lines): errors ${extraInOracleFiles.filter((d) => d.severity === 'error').length}, warnings ${extraInOracleFiles.filter((d) => d.severity === 'warning').length} in files the oracle reports on; errors ${extraElsewhere.filter((d) => d.severity === 'error').length}, warnings ${extraElsewhere.filter((d) => d.severity === 'warning').length} elsewhere`,
    '',
    'missed oracle errors:',
    ...rows.filter((r) => r.severity === 'error' && r.status !== 'reproduced')
      .map((r) => `  [${r.status}] ${r.file}:${r.span.start + 1} ${r.path} — ${r.message.slice(0, 120)}`),
    '',
    'rule mapping (oracle message → plugin-lens rules):',
    ...ruleMapping(rows).map((m) => `  ${m.reproduced}/${m.total} ${m.severity} ${m.template.slice(0, 100)} → ${m.rules.join(', ') || '—'}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (opt.json) writeFileSync(resolve(opt.json), `${JSON.stringify({ rows, extraInOracleFiles, extraElsewhere, mapping: ruleMapping(rows) }, null, 1)}\n`);
  if (opt['fail-on-missed-errors'] && rows.some((r) => r.severity === 'error' && r.status !== 'reproduced')) process.exitCode = 1;
}
