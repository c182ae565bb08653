/**
 * The `--fix` properties (issue 13), checked on a copy of a folder:
 * - the report of `check --fix` equals a fresh `check` of the result;
 * - a second `--fix` changes no byte (idempotent);
 * - no non-empty value the author wrote is lost: every word of every JSON value and of every Markdown
 *   line (frontmatter keys aside: keys may be renamed) is still there, or was renamed to a close word
 *   (a did-you-mean rename of a value keeps it);
 * - on no surface do fewer items of a file load (reach ✓ per file, item kind and surface).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTree, type Node } from 'jsonc-parser';
import { runCheck } from '../../server/src/cli/check';
import { runReachCommand } from '../../server/src/cli/reach-command';
import type { CheckOptions } from '../../server/src/cli/args';
import { suggest } from '../../server/src/core/suggest';
import { transportAlias } from '../../server/src/core/knowledge/mcp-transports';

const SKIP = new Set(['node_modules', '.git']);

export interface FixPropertyResult { changedFiles: number; problems: string[] }

/** Copies `src` to a temp folder, runs `--fix` there and checks every property; the copy is removed. */
export function checkFixProperties(src: string, opts: { ignoreReach?: boolean } = {}): FixPropertyResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-fixprop-'));
  const dir = path.join(tmp, path.basename(src));
  try {
    fs.cpSync(src, dir, { recursive: true, filter: (p) => !SKIP.has(path.basename(p)), verbatimSymlinks: true });
    const before = snapshot(dir);
    const reachBefore = loadCounts(dir);
    const fixed = check(dir, true);
    const after = snapshot(dir);
    const problems: string[] = [];
    const fresh = check(dir, false);
    if (fixed !== fresh) problems.push(`the --fix report differs from a fresh check:\n--fix:  ${fixed}\nfresh:  ${fresh}`);
    check(dir, true);
    const again = snapshot(dir);
    for (const [file, text] of after) if (again.get(file) !== text) problems.push(`${file}: a second --fix changed it again (not idempotent)`);
    let changedFiles = 0;
    for (const [file, text] of before) {
      const now = after.get(file);
      if (now === undefined) { problems.push(`${file}: --fix removed the file`); continue; }
      if (now === text) continue;
      changedFiles++;
      for (const lost of lostWords(file, text, now)) problems.push(`${file}: --fix lost the author's "${lost}"`);
    }
    const reachAfter = loadCounts(dir);
    for (const [key, n] of opts.ignoreReach ? [] : reachBefore) {
      const m = reachAfter.get(key) ?? 0;
      if (m < n) problems.push(`${key}: ${n} item(s) loaded before --fix, ${m} after`);
    }
    return { changedFiles, problems };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function check(dir: string, fix: boolean): string {
  const opts: CheckOptions = { paths: [dir], format: 'json', quiet: false, fix, fixDryRun: false, stdin: false, warnUnknown: false };
  const out = runCheck(opts, dir);
  const json = JSON.parse(out.output) as { diagnostics: unknown[]; summary: unknown };
  return JSON.stringify({ diagnostics: json.diagnostics, summary: json.summary });
}

/** Count of items that load (✓), per `file kind surface`. */
function loadCounts(dir: string): Map<string, number> {
  const out = runReachCommand(['--format', 'json', dir], dir);
  const counts = new Map<string, number>();
  if (!out.output) return counts;
  const json = JSON.parse(out.output) as { items: Array<{ kind: string; file: string; reach: Record<string, { status: string }> }> };
  for (const item of json.items) {
    for (const [surface, cell] of Object.entries(item.reach)) {
      if (cell.status !== 'loads') continue;
      const key = `${item.file} ${item.kind} ${surface}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile() && /\.(json|md|markdown)$/i.test(e.name)) out.set(path.relative(dir, abs), fs.readFileSync(abs, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** Words of the original values that are gone after the fix and were not renamed to a close new word. */
export function lostWords(file: string, before: string, after: string): string[] {
  const was = wordCounts(valueText(file, before));
  const now = wordCounts(valueText(file, after));
  const added = [...now].filter(([w, n]) => n > (was.get(w) ?? 0)).map(([w]) => w);
  const lost: string[] = [];
  for (const [w, n] of was) {
    if ((now.get(w) ?? 0) >= n) continue;
    if (suggest(w, added)) continue; // a did-you-mean rename of a value keeps it
    const alias = transportAlias(w); // `streamableHttp` → `http`: the documented name of the same transport
    if (alias && added.includes(alias === 'streamable-http' ? 'http' : alias)) continue;
    lost.push(w);
  }
  return lost;
}

function valueText(file: string, text: string): string {
  if (/\.json$/i.test(file)) {
    const root = parseTree(text);
    if (!root) return text; // invalid JSON: compare all of it
    const values: string[] = [];
    const walk = (n: Node) => {
      if (n.type === 'property') { if (n.children?.[1]) walk(n.children[1]); return; }
      // VS Code's `${env:X}` names the same variable as `${X}`: the prefix is syntax, not the author's value.
      if (n.type === 'string') values.push(String(n.value).replace(/\$\{env:/g, '${'));
      if (n.type === 'number' || n.type === 'boolean') values.push(String(n.value));
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    return values.join('\n');
  }
  // Markdown: frontmatter keys may be renamed (did you mean), values and the body must stay.
  const lines = text.split(/\r?\n/);
  const fence = lines.findIndex((l) => l.trim() === '---');
  const close = fence >= 0 ? lines.findIndex((l, i) => i > fence && l.trim() === '---') : -1;
  return lines.map((l, i) => (i > fence && i < close ? l.replace(/^\s*(?:-\s+)?[\w-]+\s*:/, '') : l)).join('\n');
}

function wordCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}
