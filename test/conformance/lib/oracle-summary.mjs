// Per-repository counts and distinct-message inventory of oracle results (for oracles.md §7.3 comparison).

const repoOf = (p) => p.split('/')[0];
const key = (f) => `${f.file}\u0000${f.path}\u0000${f.severity}\u0000${f.message}`;

/**
 * Message template: drops the parts that name a specific plugin, file, command or number,
 * so the same rule reads as one line.
 */
export function messageTemplate(m) {
  return m
    .replace(/without quotes: .*?\. If the/, 'without quotes: <command>. If the')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/(?<![A-Za-z])'[^']*'/g, "'…'")
    .replace(/(Path not found|Path contains "…" which could be a path traversal attempt): \S+/, '$1: <path>')
    .replace(/\b\d+(\.\d+)*\b/g, 'N');
}

export function summarize(results) {
  const repos = {};
  const unique = new Map();
  for (const r of results) {
    const repo = (repos[repoOf(r.target)] ??= {
      plugin: { ok: 0, fail: 0 }, marketplace: { ok: 0, fail: 0 }, 'mcp-wrapped': { ok: 0, fail: 0 },
      errors: 0, warnings: 0, uniqueErrors: 0, uniqueWarnings: 0,
    });
    repo[r.kind][r.exitCode === 0 ? 'ok' : 'fail']++;
    for (const f of r.findings) {
      repo[f.severity === 'error' ? 'errors' : 'warnings']++;
      if (!unique.has(key(f))) unique.set(key(f), f);
    }
  }
  const messages = {};
  for (const f of unique.values()) {
    repos[repoOf(f.file)][f.severity === 'error' ? 'uniqueErrors' : 'uniqueWarnings']++;
    const path = (f.path || '').replace(/^mcpServers\.[^.]+/, 'mcpServers.<server>').replace(/\[\d+\]|\.\d+(?=\.|$)/g, (m) => (m.startsWith('[') ? '[N]' : '.N'));
    const k = `${f.severity}\u0000${path} :: ${messageTemplate(f.message)}`;
    messages[k] = (messages[k] ?? 0) + 1;
  }
  const distinct = Object.entries(messages)
    .map(([k, count]) => { const [severity, template] = k.split('\u0000'); return { severity, count, template }; })
    .sort((a, b) => a.severity.localeCompare(b.severity) || b.count - a.count || a.template.localeCompare(b.template));
  const directory = {};
  for (const r of results) for (const d of r.directory ?? []) directory[d.code] = (directory[d.code] ?? 0) + 1;
  return { repos, uniqueFindings: unique.size, distinctMessages: distinct, directoryFindings: directory };
}

export function printSummary(out) {
  const s = out.summary;
  const lines = [`oracle claude ${out.oracle.version}; isolation ${out.isolation.mode}; wall ${(out.wallMs / 1000).toFixed(1)} s`];
  lines.push('repo | plugins ok/fail | marketplaces ok/fail | mcp-wrapped ok/fail | errors (unique) | warnings (unique)');
  for (const [repo, r] of Object.entries(s.repos).sort()) {
    lines.push(`${repo} | ${r.plugin.ok}/${r.plugin.fail} | ${r.marketplace.ok}/${r.marketplace.fail} | ${r['mcp-wrapped'].ok}/${r['mcp-wrapped'].fail} | ${r.errors} (${r.uniqueErrors}) | ${r.warnings} (${r.uniqueWarnings})`);
  }
  lines.push('', 'distinct messages (unique file+path+message):');
  for (const m of s.distinctMessages) lines.push(`${String(m.count).padStart(5)} ${m.severity.padEnd(7)} ${m.template}`);
  lines.push('', `directory findings: ${JSON.stringify(s.directoryFindings)}`);
  lines.push(`marketplace relative sources without plugin.json (not validated alone): ${out.manifestlessSources.length}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
