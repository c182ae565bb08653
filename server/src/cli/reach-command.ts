/**
 * `plugin-lens reach [paths...] [--format table|json|markdown] [--target <id,...>] [--config <file>]`:
 * every item under the paths with its channel and, for all ten surfaces, whether it loads there.
 */
import * as path from 'path';
import { parseCommand, parseTargets } from './args';
import { singleFolder } from './check';
import { loadConfig } from '../node/load-config';
import { walkValidatedFiles, type ItemRange } from './validated-items';
import { SURFACES, SURFACE_IDS, type SurfaceId } from '../core/surfaces';
import { DATING_NOTE, KNOWLEDGE, KNOWLEDGE_AS_OF, reachForTargets, type ItemReachResult } from '../core/reach';
import { STATUS_LEGEND, STATUS_SYMBOL, SURFACE_SHORT } from '../core/reach/render';

export interface ReachOutcome { output: string; stderr: string; exitCode: number }

interface Row { file: string; result: ItemReachResult; range: ItemRange }

export function runReachCommand(argv: string[], cwd: string): ReachOutcome {
  const { values, positionals } = parseCommand('reach', argv);
  const format = String(values.format);
  const targets = parseTargets(values.target as string[] | undefined, 'reach');
  const inputs = positionals.length ? positionals : ['.'];
  const loaded = loadConfig(cwd, values.config as string | undefined, targets, undefined, singleFolder(inputs.map((p) => path.resolve(cwd, p))));
  const rows: Row[] = [];
  const { stderr, scanned } = walkValidatedFiles(inputs, cwd, loaded, ({ results, place }) => {
    for (const result of results) rows.push({ ...place(result.item), result });
  });
  if (scanned === 0 && stderr) return { output: '', stderr, exitCode: 2 };
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.offset - b.range.offset));
  const output = format === 'json' ? toJson(rows) : format === 'markdown' ? toMarkdown(rows, targets) : toTable(rows, targets);
  return { output, stderr, exitCode: 0 };
}

const whyOf = (c: ItemReachResult['reach'][SurfaceId]) =>
  c.condition && c.status === 'conditional' ? `${c.why} Only if: ${c.condition}.` : c.why;

function toJson(rows: Row[]): string {
  const surfaceNames = new Map(KNOWLEDGE.surfaces.map((s) => [s.id, s.name]));
  const out = {
    knowledgeAsOf: KNOWLEDGE_AS_OF,
    datingNote: DATING_NOTE,
    surfaces: SURFACES.map((s) => ({ id: s.id, name: surfaceNames.get(s.id) ?? s.name })),
    items: rows.map((r) => ({
      kind: r.result.item.kind,
      name: r.result.item.name,
      file: r.file,
      range: r.range,
      channel: r.result.channel,
      reach: Object.fromEntries(SURFACE_IDS.map((s) => {
        const c = r.result.reach[s];
        return [s, { status: c.status, why: whyOf(c), sources: c.sources, asOf: c.asOf, ...(c.dateNote ? { dateNote: c.dateNote } : {}) }];
      })),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function columns(targets: readonly SurfaceId[] | undefined): SurfaceId[] {
  return targets?.length ? SURFACE_IDS.filter((s) => targets.includes(s)) : [...SURFACE_IDS];
}

function summary(rows: Row[], targets: readonly SurfaceId[] | undefined): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.result.item.kind, (counts.get(r.result.item.kind) ?? 0) + 1);
  const blocked = rows.filter((r) => reachForTargets(r.result, targets).length > 0).length;
  const what = targets?.length ? `the targets (${targets.join(', ')})` : 'the surfaces their channel is meant for';
  return `${rows.length} items (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}); ` +
    `${blocked} do not load on some of ${what}.`;
}

function toTable(rows: Row[], targets: readonly SurfaceId[] | undefined): string {
  const cols = columns(targets);
  const w = cols.map((s) => Math.max(SURFACE_SHORT[s].length, 1));
  const kindW = 12;
  const nameW = Math.min(40, Math.max(4, ...rows.map((r) => r.result.item.name.length)));
  const chW = Math.min(20, Math.max(7, ...rows.map((r) => r.result.channel.length)));
  const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));
  const center = (s: string, n: number) => ' '.repeat(Math.floor((n - 1) / 2)) + s + ' '.repeat(n - 1 - Math.floor((n - 1) / 2));
  const lines: string[] = [];
  lines.push(`Reach (knowledge as of ${KNOWLEDGE_AS_OF})   ${STATUS_LEGEND}`);
  lines.push('');
  const header = `  ${pad('KIND', kindW)} ${pad('NAME', nameW)} ${pad('CHANNEL', chW)} ${cols.map((s, i) => SURFACE_SHORT[s].padEnd(w[i])).join(' ')}`;
  let lastFile = '';
  for (const r of rows) {
    if (r.file !== lastFile) {
      lines.push(`${r.file}`);
      if (lastFile === '') lines.push(header);
      lastFile = r.file;
    }
    const cells = cols.map((s, i) => center(STATUS_SYMBOL[r.result.reach[s].status], w[i])).join(' ');
    lines.push(`  ${pad(r.result.item.kind, kindW)} ${pad(r.result.item.name, nameW)} ${pad(r.result.channel, chW)} ${cells}`);
  }
  lines.push('');
  lines.push(`Columns: ${cols.map((s) => `${SURFACE_SHORT[s]} = ${s}`).join(', ')}`);
  lines.push(summary(rows, targets));
  lines.push('Reasons and sources: --format json or markdown, or hover the item in the editor.');
  return lines.join('\n') + '\n';
}

function toMarkdown(rows: Row[], targets: readonly SurfaceId[] | undefined): string {
  const cols = columns(targets);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines: string[] = [];
  lines.push(`# Reach`, '', `Knowledge as of ${KNOWLEDGE_AS_OF}. ${STATUS_LEGEND}.`, '');
  lines.push(`| Item | Kind | Channel | ${cols.map((s) => SURFACE_SHORT[s]).join(' | ')} |`);
  lines.push(`|---|---|---|${cols.map(() => ':-:').join('|')}|`);
  for (const r of rows) {
    lines.push(`| \`${esc(r.result.item.name)}\` (${esc(r.file)}:${r.range.start.line + 1}) | ${r.result.item.kind} | ${r.result.channel} | ${cols.map((s) => STATUS_SYMBOL[r.result.reach[s].status]).join(' | ')} |`);
  }
  lines.push('', summary(rows, targets), '');
  const blocked = rows.map((r) => ({ r, cells: reachForTargets(r.result, targets) })).filter((x) => x.cells.length);
  if (blocked.length) {
    lines.push('## Not loaded where intended', '');
    for (const { r, cells } of blocked) {
      const why = [...new Set(cells.map((c) => c.cell.why))].join(' ');
      const srcs = [...new Set(cells.flatMap((c) => c.cell.sources))].map((u, i) => `[${i + 1}](${u})`).join(' ');
      lines.push(`- \`${esc(r.result.item.name)}\` (${r.result.item.kind}, ${esc(r.file)}): ✗ ${cells.map((c) => SURFACE_SHORT[c.surface]).join(', ')} — ${why} ${srcs}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
