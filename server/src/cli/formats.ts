/** Output formats of `plugin-lens check`: text and compact (text-format.ts), json (the stable contract), sarif, github. */
import { pathToFileURL } from 'url';
import * as path from 'path';
import type { Finding } from '../core/types';
import { bulkFix } from '../core/fixes';
import { getRule, ruleDocsUrl } from '../core/rules';
import { DATING_NOTE, KNOWLEDGE_AS_OF } from '../core/version';
import { TOOL_VERSION } from './version';
import { PLAIN, type Style } from './style';
import { toCompact, toText } from './text-format';

export interface FileReport { file: string; abs: string; text: string; findings: Finding[] }
export interface Summary { files: number; errors: number; warnings: number; infos: number }

export function formatReport(format: string, reports: FileReport[], summary: Summary, style: Style = PLAIN): string {
  switch (format) {
    case 'compact': return toCompact(reports, style);
    case 'json': return JSON.stringify(toJson(reports, summary), null, 2) + '\n';
    case 'sarif': return JSON.stringify(toSarif(reports), null, 2) + '\n';
    case 'github': return toGithub(reports);
    default: return toText(reports, summary, style);
  }
}

export function toJson(reports: FileReport[], summary: Summary) {
  return {
    tool: 'plugin-lens', version: TOOL_VERSION, knowledgeAsOf: KNOWLEDGE_AS_OF, datingNote: DATING_NOTE, summary,
    diagnostics: reports.flatMap((r) => r.findings.map((f) => ({
      file: r.file, rule: f.ruleId, severity: f.severity, message: f.message, range: f.range,
      fixable: bulkFix(f) !== undefined, surfaces: f.surfaces ?? [],
      explains: f.explains ?? [],
    }))),
  };
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
            artifactLocation: { uri: path.isAbsolute(r.file) ? pathToFileURL(r.file).href : encodeURI(r.file) },
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
