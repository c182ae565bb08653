// Matches oracle findings with plugin-lens diagnostics by file + line span + severity class.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locate } from './oracle-locate.mjs';
import { messageTemplate } from './oracle-summary.mjs';

const RANK = { error: 3, warning: 2, information: 1, info: 1, hint: 0 };
const rank = (s) => RANK[String(s).toLowerCase()] ?? 0;

/** Unique oracle findings (marketplace runs repeat plugin findings), each with its line span. */
export function oracleFindings(results, corpus) {
  const seen = new Map();
  const texts = new Map();
  for (const t of results.targets) {
    for (const f of t.findings) {
      const k = `${f.file}\0${f.path}\0${f.severity}\0${f.message}`;
      if (seen.has(k)) continue;
      if (!texts.has(f.file)) {
        try { texts.set(f.file, readFileSync(join(corpus, f.file), 'utf8')); } catch { texts.set(f.file, ''); }
      }
      seen.set(k, { ...f, span: locate(f.file, texts.get(f.file), f.path) });
    }
  }
  return [...seen.values()];
}

const overlaps = (a, d) => d.range.start.line <= a.end && d.range.end.line >= a.start;

/**
 * @param oracle findings from oracleFindings()
 * @param diags plugin-lens diagnostics with `file` already corpus-relative
 * @param oracleFiles files the oracle reads (only there can a diagnostic be judged "extra")
 */
export function compareFindings(oracle, diags, oracleFiles) {
  const byFile = new Map();
  for (const d of diags) {
    if (!byFile.has(d.file)) byFile.set(d.file, []);
    byFile.get(d.file).push(d);
  }
  const matchedDiags = new Set();
  const rows = oracle.map((f) => {
    const near = (byFile.get(f.file) ?? []).filter((d) => overlaps(f.span, d));
    const same = near.filter((d) => rank(d.severity) === rank(f.severity));
    const weaker = near.filter((d) => rank(d.severity) < rank(f.severity));
    const stronger = near.filter((d) => rank(d.severity) > rank(f.severity));
    for (const d of near) matchedDiags.add(d);
    const status = same.length ? 'reproduced' : weaker.length ? 'weaker' : stronger.length ? 'stronger' : 'missed';
    const used = same.length ? same : weaker.length ? weaker : stronger;
    return { ...f, status, rules: [...new Set(used.map((d) => d.rule))] };
  });
  const extra = diags.filter((d) => !matchedDiags.has(d) && rank(d.severity) >= RANK.warning);
  return {
    rows,
    extraInOracleFiles: extra.filter((d) => oracleFiles.has(d.file)),
    extraElsewhere: extra.filter((d) => !oracleFiles.has(d.file)),
  };
}

/** Oracle message template → plugin-lens rules that reproduced it. */
export function ruleMapping(rows) {
  const map = new Map();
  for (const r of rows) {
    const k = `${r.severity} ${messageTemplate(r.message)}`;
    const e = map.get(k) ?? { severity: r.severity, template: messageTemplate(r.message), total: 0, reproduced: 0, rules: new Set() };
    e.total++;
    if (r.status === 'reproduced') e.reproduced++;
    r.rules.forEach((x) => e.rules.add(x));
    map.set(k, e);
  }
  return [...map.values()].map((e) => ({ ...e, rules: [...e.rules].sort() }));
}
