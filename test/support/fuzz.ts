/**
 * Property-based robustness of the core: random and mutated inputs for every file kind, seeded from the
 * corpus. Shared by the fast profile (npm test) and the long one (npm run fuzz).
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { applyEdits } from '../../server/src/core/fixes';
import type { FileKindId } from '../../server/src/core/types';

export const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
/** Seeds that ship with the repository, so `npm test` is the same on every machine. */
export const REPO_SEEDS = [path.resolve(__dirname, '..', 'fixtures'), path.resolve(__dirname, '..', '..', 'examples')];

/** Where a file of each kind lives (the path decides the kind). */
export const KIND_PATHS: Record<string, string> = {
  skill: '/ws/skills/demo/SKILL.md',
  agent: '/ws/p/agents/demo.md',
  command: '/ws/p/commands/demo.md',
  'output-style': '/ws/p/output-styles/demo.md',
  plugin: '/ws/p/.claude-plugin/plugin.json',
  marketplace: '/ws/.claude-plugin/marketplace.json',
  hooks: '/ws/p/hooks/hooks.json',
  lsp: '/ws/p/.lsp.json',
  mcp: '/ws/.mcp.json',
  'desktop-config': '/ws/claude_desktop_config.json',
  'managed-mcp': '/ws/managed-mcp.json',
  mcpb: '/ws/bundle/manifest.json',
  config: '/ws/.plugin-lens.json',
  settings: '/ws/.claude/settings.json',
};

const CORPUS_NAMES: Record<string, RegExp> = {
  skill: /\/SKILL\.md$/, agent: /\/agents\/[^/]+\.md$/, command: /\/commands\/[^/]+\.md$/,
  'output-style': /\/output-styles\/[^/]+\.md$/, plugin: /\.claude-plugin\/plugin\.json$/,
  marketplace: /\.claude-plugin\/marketplace\.json$/, hooks: /\/hooks\/hooks\.json$/, mcp: /\/\.mcp\.json$/,
  'desktop-config': /claude_desktop_config\.json$/,
};

const FALLBACK: Record<string, string> = {
  lsp: '{ "go": { "command": "gopls", "extensionToLanguage": { ".go": "go" } } }',
  'managed-mcp': '{ "mcpServers": { "gh": { "type": "http", "url": "https://api.example.com/mcp" } } }',
  mcpb: '{ "manifest_version": "0.3", "name": "x", "version": "1.0.0", "description": "d", "author": { "name": "a" }, "server": { "type": "node", "entry_point": "i.js", "mcp_config": { "command": "node" } } }',
  config: '{ "rules": { "skill/*": "warning" }, "targets": ["cowork"] }',
  settings: '{ "hooks": { "PreToolUse": [ { "matcher": "Bash", "hooks": [ { "type": "command", "command": "x" } ] } ] } }',
};

/** Up to `max` seed texts per kind from `roots` (plus a built-in fallback). */
export function seeds(max = 8, roots: string[] = REPO_SEEDS): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(Object.keys(KIND_PATHS).map((k) => [k, FALLBACK[k] ? [FALLBACK[k]] : []]));
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { if (e.name !== '.git' && e.name !== 'node_modules') walk(p); continue; }
      for (const [kind, re] of Object.entries(CORPUS_NAMES)) {
        if (out[kind].length < max && re.test(p)) {
          const text = fs.readFileSync(p, 'utf8');
          if (text.length < 40_000) out[kind].push(text);
        }
      }
    }
  };
  for (const root of roots) walk(root);
  return out;
}

/** Mutations of a seed text: byte flips, truncation, insertion of hostile fragments, line-ending mixes. */
export function mutatedText(seed: string): fc.Arbitrary<string> {
  const fragments = fc.constantFrom(
    '\u0000', '\uFEFF', '\r\n', '\r', '\t', '---\n', ': ', ' #', '{', '}', '[', ']', '"', "'", '\\', '${', '${CLAUDE_PLUGIN_ROOT}',
    '\uD83D\uDE00', '\uD800', 'é', '\u202E', '*a', '&a ', '!!binary ', '? ', '- ', '|\n', '>-\n', 'x'.repeat(5000),
    '['.repeat(200), '{"a":'.repeat(100), '\n'.repeat(50), 'name: ' + 'n'.repeat(300),
  );
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 20 }), ins: fc.oneof(fragments, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })) });
  return fc.tuple(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.nat()).map(([edits, truncate, cut]) => {
    let text = seed;
    for (const e of edits) {
      const at = text.length ? e.at % (text.length + 1) : 0;
      text = text.slice(0, at) + e.ins + text.slice(at + e.del);
    }
    if (truncate && text.length) text = text.slice(0, cut % text.length);
    return text;
  });
}

export interface FuzzStats { inputs: number; maxMs: number; findings: number }

/** Validates `text` as `kind` and asserts the core's contract; returns the time taken. */
export function checkOne(kind: string, text: string, boundMs: number): { ms: number; findings: number } {
  const ws = new InMemoryWorkspace('/ws');
  const filePath = KIND_PATHS[kind];
  ws.set(filePath, text);
  const start = performance.now();
  const result = validateFile({ path: filePath, text, kind: kind as FileKindId }, { workspace: ws });
  const ms = performance.now() - start;
  if (ms > boundMs) throw new Error(`${kind}: validation took ${ms.toFixed(0)} ms (bound ${boundMs} ms) on input of ${text.length} chars`);
  for (const f of result.findings) {
    if (f.offset < 0 || f.length < 0 || f.offset + f.length > text.length) throw new Error(`${kind}: ${f.ruleId} range ${f.offset}+${f.length} outside a ${text.length}-char document`);
    if (f.range.start.line > f.range.end.line || (f.range.start.line === f.range.end.line && f.range.start.character > f.range.end.character)) {
      throw new Error(`${kind}: ${f.ruleId} has an inverted range`);
    }
    if (f.ruleId === 'file/internal-error') throw new Error(`${kind}: a rule threw: ${f.message}`);
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) {
        if (e.offset < 0 || e.offset + e.length > text.length) throw new Error(`${kind}: fix of ${f.ruleId} edits outside the document`);
      }
      applyEdits(text, fix.edits); // must not throw
    }
  }
  return { ms, findings: result.findings.length };
}
