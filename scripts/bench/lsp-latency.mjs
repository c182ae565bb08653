// Benchmark part 4 and 5: didChange → diagnostics latency over stdio, and the server's RSS with every
// corpus file open. Uses a real JSON-RPC client (vscode-jsonrpc) against `node dist/server.js --stdio`.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';

/** The node flags and malloc settings the extension starts the server with (client/src/language-client.ts). */
const SERVER_PROCESS = JSON.parse(readFileSync(new URL('../../client/src/server-process.json', import.meta.url), 'utf8'));
export const SERVER_NODE_ARGS = SERVER_PROCESS.nodeArgs;
/** On top of the environment at spawn time, as vscode-languageclient merges `options.env`. */
export const serverEnv = () => ({ ...process.env, ...SERVER_PROCESS.env });

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
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: serverEnv() });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Map();
  const publishedOnce = new Set();
  let scanEnded = false;
  conn.onNotification('$/progress', (p) => { if (p.value?.kind === 'end') scanEnded = true; });
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    publishedOnce.add(p.uri);
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
      capabilities: { window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
    });
    conn.sendNotification('initialized', {});
    const files = corpusFiles(corpus);
    for (const f of files) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(f).href, languageId: f.endsWith('.md') ? 'markdown' : 'json', version: 1, text: readFileSync(f, 'utf8') } });
    }
    const skill = files.find((f) => f.endsWith('/SKILL.md'));
    const uri = pathToFileURL(skill).href;
    let text = readFileSync(skill, 'utf8');
    // Memory once the scan has ended and every opened file was validated and published (2 minutes at most).
    const uris = files.map((f) => pathToFileURL(f).href);
    const until = Date.now() + 120_000;
    while ((!scanEnded || uris.some((u) => !publishedOnce.has(u))) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
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
