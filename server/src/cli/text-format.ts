/**
 * The human formats of `plugin-lens check`. `text`: per file, each problem's first sentence on its line
 * with the rule id, the rest of the message indented below, all wrapped to the terminal. `compact`: one
 * line per problem, `file:line:col: severity: message [rule-id]`, for editors and grep.
 */
import type { Finding } from '../core/types';
import { bulkFix } from '../core/fixes';
import { splitFirstSentence, wrap, type Style } from './style';
import type { FileReport, Summary } from './formats';
import { maxOf } from '../core/arrays';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function severityStyle(style: Style, severity: Finding['severity']): (s: string) => string {
  return severity === 'error' ? style.red : severity === 'warning' ? style.yellow : severity === 'info' ? style.blue : style.dim;
}

export function toText(reports: FileReport[], s: Summary, style: Style): string {
  let out = '';
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out += `\n${style.underline(r.file)}\n`;
    const pos = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const w0 = maxOf(r.findings.map((f) => pos(f).length));
    const w1 = maxOf(r.findings.map((f) => f.severity.length));
    const indent = 2 + w0 + 2 + w1 + 2;
    const textWidth = Math.max(30, style.width - indent);
    const pad = ' '.repeat(indent);
    for (const f of r.findings) {
      const [head, rest] = splitFirstSentence(f.message);
      const headLines = wrap(head, textWidth);
      const last = headLines.length - 1;
      const idFits = headLines[last].length + 2 + f.ruleId.length <= textWidth;
      const lines = headLines.map((l, i) => (i === last && idFits ? `${l}  ${style.dim(f.ruleId)}` : l));
      if (!idFits) lines.push(style.dim(f.ruleId));
      for (const l of rest ? wrap(rest, textWidth - 2) : []) lines.push(`  ${l}`);
      const sev = severityStyle(style, f.severity)(f.severity.padEnd(w1));
      out += `  ${style.dim(pos(f).padEnd(w0))}  ${sev}  ${lines[0]}\n`;
      for (const l of lines.slice(1)) out += `${pad}${l}\n`;
    }
  }
  const problems = s.errors + s.warnings + s.infos;
  const fixable = reports.reduce((n, r) => n + r.findings.filter((f) => bulkFix(f) !== undefined).length, 0);
  if (problems === 0) return out + `\n${style.green('✔')} ${plural(s.files, 'file')} checked, no problems.\n`;
  const mark = s.errors > 0 ? style.red(style.bold('✖')) : style.yellow(style.bold('⚠'));
  const line = `${problems} problem${problems === 1 ? '' : 's'} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info) in ${plural(s.files, 'file')}`;
  out += `\n${mark} ${style.bold(line)}\n`;
  if (fixable) out += `  ${fixable} can be fixed with \`plugin-lens check --fix\`.\n`;
  return out;
}

export function toCompact(reports: FileReport[], style: Style): string {
  let out = '';
  for (const r of reports) {
    for (const f of r.findings) {
      const sev = severityStyle(style, f.severity)(f.severity);
      out += `${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${sev}: ${f.message.replace(/\s*\n\s*/g, ' ')} [${f.ruleId}]\n`;
    }
  }
  return out;
}
