// Benchmark part 4 and 5: didChange → diagnostics latency over stdio, and the server's RSS with every
// corpus file open. Uses a real JSON-RPC client (vscode-jsonrpc) against `node dist/server.js --stdio`.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';

const KNOWN = /(\/SKILL\.md|\/\.claude-plugin\/(plugin|marketplace)\.json|\/hooks\/hooks\.json|\/\.mcp\.json|claude_desktop_config\.json|\/agents\/[^/]+\.md|\/commands\/[^/]+\.md)$/;

function corpusFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) { if (e.name !== '.git' && e.name !== 'node_modules') walk(p); } else if (KNOWN.test(p)) out.push(p);
    }
  };
  walk(root);
  return out;
}

function rssMb(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return NaN; }
}

export async function lspLatency({ server, corpus, edits = 60 }) {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiters.get(p.uri);
    if (w && (p.version === undefined || p.version >= w.version)) { waiters.delete(p.uri); w.resolve(); }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest(() => null);
  conn.onNotification(() => {});
  conn.listen();
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(corpus).href, workspaceFolders: [{ uri: pathToFileURL(corpus).href, name: 'corpus' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
    });
    conn.sendNotification('initialized', {});
    const files = corpusFiles(corpus);
    for (const f of files) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(f).href, languageId: f.endsWith('.md') ? 'markdown' : 'json', version: 1, text: readFileSync(f, 'utf8') } });
    }
    const skill = files.find((f) => f.endsWith('/SKILL.md'));
    const uri = pathToFileURL(skill).href;
    let text = readFileSync(skill, 'utf8');
    // Let the initial burst settle before measuring memory and latency.
    await new Promise((r) => setTimeout(r, 1500));
    const rss = rssMb(child.pid);
    const times = [];
    for (let v = 2; v < edits + 2; v++) {
      text = text.replace(/\n$/, '') + (v % 2 ? '\n' : ' \n');
      const done = new Promise((resolve) => waiters.set(uri, { version: v, resolve }));
      const t = process.hrtime.bigint();
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
      await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    const sorted = [...times].sort((a, b) => a - b);
    return { n: times.length, p50: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)], rssMb: rss, openFiles: files.length };
  } finally {
    conn.dispose();
    setTimeout(() => child.kill('SIGKILL'), 2000).unref();
  }
}
