// Proves the e2e suite fails when a feature breaks: copies the sources to a temp dir, breaks features on
// purpose (string patches that must apply), builds that copy and runs the suite against it with --ext.
// Each group must fail exactly the tests listed for it, and every other test must still pass.
//   node test/e2e/mutation-check.mjs [group...]      (slow: ~1–2 min per group; not part of CI)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const groups = {
  'rule-reach-completion-tree': {
    patches: [
      // The server stops publishing one rule.
      ['server/src/lsp/diagnostics.ts', /findings\.map\(toDiagnostic\)/g, "findings.filter((x) => x.ruleId !== 'lsp/duplicate-extension').map(toDiagnostic)"],
      // Hovers lose the reach matrix (field docs stay).
      ['server/src/lsp/handlers.ts', 'const reachHoverProvider = reachHover(result);', 'const reachHoverProvider = undefined;'],
      // Completion answers nothing.
      ['server/src/lsp/handlers.ts', 'return doComplete(result.parsed, doc.offsetAt(params.position)).map(', 'return doComplete(result.parsed, doc.offsetAt(params.position)).slice(0, 0).map('],
      // listItems loses the marketplace → plugin → component links.
      ['server/src/lsp/reach-items.ts', 'if (p.item.id === p.item.parentId) delete p.item.parentId;', 'delete p.item.parentId;'],
    ],
    fail: ['reports lsp/duplicate-extension', 'turns lsp/duplicate-extension off', 'hovers skills/bad-skill/SKILL.md',
      'completes a plugin.json key', 'completes an MCP transport value', 'shows the Reach tree'],
  },
  'hover-fixall-settings': {
    patches: [
      ['server/src/lsp/handlers.ts', 'if (!h) return null;', 'if (h || !h) return null;'],
      ['server/src/core/features/code-actions.ts', 'if (wants(FIX_ALL_KIND)) {', 'if (wants(FIX_ALL_KIND) && Date.now() < 0) {'],
      ['server/src/lsp/handlers.ts', 'if (edit) await connection.workspace.applyEdit(', 'if (!edit) await connection.workspace.applyEdit('],
      // didChangeConfiguration no longer re-validates.
      ['server/src/server.ts', /settings\.clear\(\);\n\s*revalidateAll\(0\);/, ''],
    ],
    fail: ['hovers skills/bad-skill/SKILL.md', 'hovers .claude-plugin/plugin.json', 'hovers .claude-plugin/marketplace.json',
      'hovers agents/reviewer.md', 'hovers .mcp.json', 'fixes all of mcp/url-without-type', 'fixes all of hooks/event-name-case',
      'turns lsp/duplicate-extension off'],
  },
  'quick-fix': {
    patches: [
      // Quick fixes are offered but carry no edit.
      ['server/src/core/features/code-actions.ts', 'changes: fixChanges(input.path, fix), resolves: [index],', 'changes: [], resolves: [index],'],
    ],
    fail: ['applies the quick fix for skill/name-format', 'applies the quick fix for plugin/repository-object'],
  },
};

function patchedCopy(patches) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-mutant-'));
  for (const p of ['package.json', 'client', 'server', 'scripts', 'schemas', 'syntaxes', 'images']) {
    if (fs.existsSync(path.join(root, p))) fs.cpSync(path.join(root, p), path.join(dir, p), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  for (const [file, find, replace] of patches) {
    const f = path.join(dir, file);
    const text = fs.readFileSync(f, 'utf8');
    const next = text.replace(find, replace);
    if (next === text) throw new Error(`patch did not apply to ${file}: ${find}`);
    fs.writeFileSync(f, next);
  }
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

let bad = 0;
const wanted = process.argv.slice(2);
for (const [name, g] of Object.entries(groups)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const dir = patchedCopy(g.patches);
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [path.join(root, 'test/e2e/run-in-code-server.mjs'), '--ext', dir],
    { cwd: root, encoding: 'utf8', env: { ...process.env, E2E_TIMEOUT_MS: '400000' } });
  fs.rmSync(dir, { recursive: true, force: true });
  const out = run.stdout;
  const listing = out.slice(0, out.search(/^\s+\d+ passing/m));
  const failed = [...listing.matchAll(/^\s{4}\d+\) (.+)$/gm)].map(m => m[1]);
  const summary = /^e2e: .*$/m.exec(out)?.[0] ?? 'no e2e line';
  const missing = g.fail.filter(f => !failed.some(t => t.includes(f)));
  const extra = failed.filter(t => !g.fail.some(f => t.includes(f)));
  const ok = run.status !== 0 && !missing.length && !extra.length;
  if (!ok) bad++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${Math.round((Date.now() - t0) / 1000)} s, ${summary}, exit ${run.status})`);
  for (const t of failed) console.log(`       failed as intended: ${t}`);
  if (missing.length) console.log(`       expected to fail but passed: ${JSON.stringify(missing)}`);
  if (extra.length) console.log(`       failed unexpectedly: ${JSON.stringify(extra)}`);
}
console.log(`mutations: ${Object.keys(groups).filter(n => !wanted.length || wanted.includes(n)).length - bad} passed, ${bad} failed`);
process.exitCode = bad ? 1 : 0;
