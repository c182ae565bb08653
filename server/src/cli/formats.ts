/** Output formats of `plugin-lens check`: text (eslint stylish-like), json (the stable contract), sarif, github. */
import type { Finding } from '../core/types';
import { getRule, ruleDocsUrl } from '../core/rules';
import { KNOWLEDGE_AS_OF } from '../core/version';
import { TOOL_VERSION } from './version';

export interface FileReport { file: string; abs: string; text: string; findings: Finding[] }
export interface Summary { files: number; errors: number; warnings: number; infos: number }

export function formatReport(format: string, reports: FileReport[], summary: Summary): string {
  switch (format) {
    case 'json': return JSON.stringify(toJson(reports, summary), null, 2) + '\n';
    case 'sarif': return JSON.stringify(toSarif(reports), null, 2) + '\n';
    case 'github': return toGithub(reports);
    default: return toText(reports, summary);
  }
}

export function toJson(reports: FileReport[], summary: Summary) {
  return {
    tool: 'plugin-lens', version: TOOL_VERSION, knowledgeAsOf: KNOWLEDGE_AS_OF, summary,
    diagnostics: reports.flatMap((r) => r.findings.map((f) => ({
      file: r.file, rule: f.ruleId, severity: f.severity, message: f.message, range: f.range,
      fixable: Boolean(f.fixes?.length), surfaces: f.surfaces ?? [],
    }))),
  };
}

function toText(reports: FileReport[], s: Summary): string {
  let out = '';
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out += `\n${r.file}\n`;
    const rows = r.findings.map((f) => [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, f.message, f.ruleId]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, id] of rows) out += `  ${pos.padEnd(w0)}  ${sev.padEnd(w1)}  ${msg}  ${id}\n`;
  }
  const problems = s.errors + s.warnings + s.infos;
  const fixable = reports.reduce((n, r) => n + r.findings.filter((f) => f.fixes?.length).length, 0);
  if (problems === 0) return out + `\n${s.files} file${s.files === 1 ? '' : 's'} checked, no problems.\n`;
  out += `\n${s.errors > 0 ? '✖' : '⚠'} ${problems} problem${problems === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info) in ${s.files} file${s.files === 1 ? '' : 's'}\n`;
  if (fixable) out += `  ${fixable} can be fixed with \`plugin-lens check --fix\`.\n`;
  return out;
}

function toSarif(reports: FileReport[]) {
  const ids = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'plugin-lens', version: TOOL_VERSION, informationUri: 'https://github.com/plugin-lens/plugin-lens',
          rules: ids.map((id) => ({ id, shortDescription: { text: getRule(id)?.description ?? id }, helpUri: ruleDocsUrl(id) })),
        },
      },
      results: reports.flatMap((r) => r.findings.map((f) => ({
        ruleId: f.ruleId,
        level: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'note',
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.file },
            region: {
              startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1,
            },
          },
        }],
      }))),
    }],
  };
}

function toGithub(reports: FileReport[]): string {
  let out = '';
  for (const r of reports) {
    for (const f of r.findings) {
      const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${prop(r.file)}`, `line=${f.range.start.line + 1}`, `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`, `endColumn=${f.range.end.character + 1}`, `title=${prop(f.ruleId)}`,
      ].join(',');
      out += `::${level} ${props}::${data(f.message)}\n`;
    }
  }
  return out;
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
