/**
 * In-process measurements (bundled by scripts/bench.mjs so it measures the shipped code):
 * (2) validation of every corpus file vs raw parsing of the same bytes, (3) incremental re-validation
 * after one-character edits of a 2,000-line SKILL.md and a 300-entry marketplace.json.
 * Prints one JSON object on stdout.
 */
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { validateFile } from '../../server/src/core/validate';
import { detectKind, MARKDOWN_KINDS } from '../../server/src/core/kinds/detect';
import { findFrontmatter } from '../../server/src/core/parse/frontmatter';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { NodeWorkspace, readWithBom } from '../../server/src/node/node-workspace';
import { scanPaths, toPosix } from '../../server/src/node/scan';

const corpus = path.resolve(process.argv[2] ?? '../shared/corpus');

function now(): number { return Number(process.hrtime.bigint()) / 1e6; }
function pct(xs: number[], p: number): number { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; }

// (2) validate vs raw parse, same bytes, warm (texts already in memory), best of 3.
const files = scanPaths([corpus]).files.map((abs) => ({ abs, posix: toPosix(abs), ...readWithBom(abs)! })).filter((f) => f.text !== undefined);
const rawParse = () => {
  for (const f of files) {
    const kind = detectKind(f.posix, () => f.text);
    try {
      if (kind && MARKDOWN_KINDS.includes(kind)) {
        const fm = findFrontmatter(f.text);
        if (fm.present) parseYaml(f.text.slice(fm.contentStart, fm.contentEnd));
      } else JSON.parse(f.text);
    } catch { /* invalid input still costs a parse */ }
  }
};
const workspace = new NodeWorkspace(toPosix(corpus));
const validateAll = () => { for (const f of files) validateFile({ path: f.posix, text: f.text, bom: f.bom }, { workspace }); };
validateAll(); rawParse(); // warm caches and JIT
const best = (fn: () => void) => { let b = Infinity; for (let i = 0; i < 3; i++) { const t = now(); fn(); b = Math.min(b, now() - t); } return b; };
const rawMs = best(rawParse);
const validateMs = best(validateAll);

// (3) incremental re-validation after a one-character edit, 200 edits each.
function incremental(filePath: string, text: string, editAt: (i: number) => number): { p50: number; p95: number; max: number } {
  const ws = new InMemoryWorkspace('/bench', {});
  ws.set(filePath, text);
  validateFile({ path: filePath, text }, { workspace: ws });
  const times: number[] = [];
  let current = text;
  for (let i = 0; i < 200; i++) {
    const at = editAt(i);
    current = current.slice(0, at) + (i % 2 ? 'a' : 'b') + current.slice(at + 1);
    ws.set(filePath, current);
    const t = now();
    validateFile({ path: filePath, text: current }, { workspace: ws });
    times.push(now() - t);
  }
  return { p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) };
}
const bodyLines = Array.from({ length: 1990 }, (_, i) => `Line ${i} of the instructions: run \`scripts/step_${i % 40}.py\` and check the output.`);
const skill = `---\nname: big-skill\ndescription: A large skill used to measure incremental re-validation. Use when benchmarking.\nallowed-tools: Read Grep\nmetadata:\n  version: "1.0"\n---\n${bodyLines.join('\n')}\n`;
const skillBodyStart = skill.indexOf('Line 0');
const skillStats = incremental('/bench/skills/big-skill/SKILL.md', skill, (i) => skillBodyStart + ((i * 7919) % (skill.length - skillBodyStart - 2)));
const entries = Array.from({ length: 300 }, (_, i) => `    { "name": "plugin-${i}", "source": "./plugins/plugin-${i}", "description": "Plugin number ${i} of the benchmark marketplace.", "version": "1.${i}.0" }`);
const market = `{\n  "name": "bench-market",\n  "owner": { "name": "Bench" },\n  "plugins": [\n${entries.join(',\n')}\n  ]\n}\n`;
const descAt = (i: number) => { const k = market.indexOf(`Plugin number ${(i * 37) % 300} `); return k + 2; };
const marketStats = incremental('/bench/.claude-plugin/marketplace.json', market, descAt);

process.stdout.write(JSON.stringify({
  files: files.length, bytes: files.reduce((n, f) => n + f.text.length, 0),
  rawParseMs: rawMs, validateMs, ratio: validateMs / rawMs,
  skill2000: skillStats, marketplace300: marketStats,
  rssMb: process.memoryUsage().rss / 1024 / 1024,
}));
