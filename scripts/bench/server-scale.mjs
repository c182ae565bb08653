// Benchmark: the language server on a large workspace, over stdio (vscode-jsonrpc against
// `node dist/server.js --stdio`). While the initial scan runs, one open document is hovered every 25 ms
// (latency of each); after the scan: RSS, hover p95, and re-validation of an open 2,000-line SKILL.md
// (textDocument/diagnostic round trip after a one-character didChange; pull mode, so no debounce), the
// sidebars' answers, and edits of an open plugin.json (its diagnostics; each edit re-validates the workspace).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';
import { SERVER_NODE_ARGS, serverEnv } from './lsp-latency.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** How many waits exceed the 50 ms: a maximum alone does not tell one event from many. */
const overTarget = (xs) => xs.filter((x) => x > 50).length;
export const pct = (xs, p) => { if (!xs.length) return NaN; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

function rssMb(pid) {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return NaN; }
}

/** A 2,000-line SKILL.md (the same shape as the in-process row 3a). */
export function bigSkill() {
  const body = Array.from({ length: 1990 }, (_, i) => `Line ${i} of the instructions: run \`scripts/step_${i % 40}.py\` and check the output.`);
  return `---\nname: big-skill\ndescription: A large skill used to measure incremental re-validation. Use when benchmarking.\nallowed-tools: Read Grep\nmetadata:\n  version: "1.0"\n---\n${body.join('\n')}\n`;
}

/** `text` with the character at `at` replaced by `ch`, and that edit as an incremental change event. */
export function oneCharEdit(text, at, ch) {
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = at - (before.lastIndexOf('\n') + 1);
  return { text: before + ch + text.slice(at + 1), change: { range: { start: { line, character }, end: { line, character: character + 1 } }, text: ch } };
}

/**
 * `sidebarInOnePiece`: also time the two whole answers without partial results (a client that asks so);
 * at 100,000 files each is many seconds of one block.
 */
export async function serverScale({ server, root, edits = 60, hovers = 60, gcProbe, sidebarInOnePiece = true }) {
  const skillDir = join(root, 'bench-big-skill');
  mkdirSync(skillDir, { recursive: true });
  const skillPath = join(skillDir, 'SKILL.md');
  let text = bigSkill();
  writeFileSync(skillPath, text);
  const uri = pathToFileURL(skillPath).href;
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...(gcProbe ? ['--expose-gc', '-r', gcProbe] : []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnv() })
  let stderr = '';
  child.stderr.on('data', (b) => { stderr += b; if (stderr.length > 1e6) stderr = stderr.slice(-5e5); });
  const gcStats = async () => { child.kill('SIGUSR2'); await sleep(300); const all = [...stderr.matchAll(/GC_STATS=(.*)/g)]; return all.length ? JSON.parse(all[all.length - 1][1]) : undefined; };;
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const progress = { begin: 0, report: 0, end: 0 };
  let scanEnd;
  let files;
  let rssPeak = 0;
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  // The scan's work-done progress (a request's partial results go to the handler of its token).
  conn.onUnhandledProgress((p) => {
    const kind = p.value?.kind;
    if (kind in progress) progress[kind]++;
    const m = /checking \d+\/(\d+) files/.exec(p.value?.message ?? '');
    if (m) files = Number(m[1]);
    if (kind === 'end' && !scanEnd) scanEnd = now();
  });
  conn.onNotification(() => {});
  conn.listen();
  try {
    const t0 = now();
    await conn.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
      capabilities: { window: { workDoneProgress: true }, textDocument: { diagnostic: {}, hover: {} }, workspace: { configuration: true } },
    });
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skill', version: 1, text } });
    const hover = async () => { const t = now(); await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 8 } }); return now() - t; };
    const during = [];
    let answeredBeforeEnd = 0;
    while (!scanEnd && now() - t0 < 600_000) {
      during.push(await hover());
      if (!scanEnd) answeredBeforeEnd++;
      rssPeak = Math.max(rssPeak, rssMb(child.pid));
      await sleep(25);
    }
    const scanMs = (scanEnd ?? now()) - t0;
    await sleep(500);
    const rss = rssMb(child.pid);
    // V8 returns freed heap pages to the system after some idle seconds (its memory reducer).
    await sleep(10_000);
    const rssSettled = rssMb(child.pid);
    const gcScan = gcProbe ? await gcStats() : undefined;
    const after = [];
    for (let i = 0; i < hovers; i++) after.push(await hover());
    // VS Code sends a server that asks for incremental sync (ours does) each keystroke as a range and its
    // new text; a client without incremental sync sends the whole text (~156 KB here), which the server
    // decodes and parses as JSON before any validation (~1.5 ms on a slow machine). Both are measured.
    const revalidateWith = async (n, whole) => {
      const times = [];
      for (let i = 0; i < n; i++) {
        const v = ++version;
        const at = text.indexOf('Line ') + ((v * 7919) % (text.length - 200));
        const edit = oneCharEdit(text, at, v % 2 ? 'a' : 'b');
        text = edit.text;
        const t = now();
        conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [whole ? { text } : edit.change] });
        await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
        times.push(now() - t);
      }
      return times;
    };
    let version = 1;
    const revalidate = await revalidateWith(edits, false);
    const revalidateWhole = await revalidateWith(Math.ceil(edits / 2), true);
    // The sidebar's list as the VS Code tree asks for it (statuses only, as partial results), and one file's
    // whole reach (its tooltip). Meanwhile the open document is hovered every 25 ms: the answer is built and
    // sorted in time slices, then written in chunks (`partial`) or in one piece (a client without partial
    // results: a hover asked then waits for its encoding, and for the client reading it first).
    let partials = 0;
    const timed = async (method, params, partial = false) => {
      const t = now();
      let done = false;
      const waits = [];
      const token = partial ? `bench-${++partials}` : undefined;
      const chunks = [];
      const progress = token && conn.onProgress(new rpc.ProgressType(), token, (chunk) => { chunks.push(chunk); });
      const request = conn.sendRequest(method, token ? { ...params, partialResultToken: token } : params).then((r) => { done = true; return r; });
      const hovering = (async () => { while (!done) { waits.push(await hover()); await sleep(25); } })();
      const r = await request;
      const ms = now() - t;
      await hovering;
      progress?.dispose();
      const mb = (JSON.stringify(r).length + chunks.reduce((n, c) => n + JSON.stringify(c).length, 0)) / 1e6;
      return { ms, mb, chunks: chunks.length, hovers: { n: waits.length, p50: pct(waits, 50), max: Math.max(...waits), over50: overTarget(waits) } };
    };
    const listItems = await timed('pluginLens/listItems', { cells: 'status' }, true);
    const routesSummary = await timed('pluginLens/routes', { detail: 'summary' }, true);
    const listItemsWhole = sidebarInOnePiece ? await timed('pluginLens/listItems', { cells: 'status' }) : undefined;
    const routesWhole = sidebarInOnePiece ? await timed('pluginLens/routes', { detail: 'summary' }) : undefined;
    const reachOne = await timed('pluginLens/reach', { uri });
    // After an edit of a Markdown buffer the trees ask for that file's items only (itemsChanged names it).
    const someItems = await timed('pluginLens/listItems', { cells: 'status', uris: [uri] });
    const someRoutes = await timed('pluginLens/routes', { detail: 'summary', uris: [uri] });
    const manifestEdits = await editManifest(conn, firstPluginManifest(root));
    const diskChanges = await changeOnDisk(conn, child.pid, root, uri);
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    return {
      listItems, routesSummary, listItemsWhole, routesWhole, reachOne, someItems, someRoutes, manifestEdits, diskChanges,
      scanMs, progress, files, gc: gcScan, rssMb: rss, rssSettledMb: rssSettled, rssPeakMb: Math.max(rssPeak, rss),
      // The first hover waits for the folder's index (built in slices); the rest wait behind scan slices.
      first: during[0], during: { n: during.length - 1, answeredBeforeEnd, p50: pct(during.slice(1), 50), p95: pct(during.slice(1), 95), max: Math.max(...during.slice(1)), over50: overTarget(during.slice(1)) },
      hover: { p50: pct(after, 50), p95: pct(after, 95) },
      revalidate: { n: revalidate.length, p50: pct(revalidate, 50), p95: pct(revalidate, 95), max: Math.max(...revalidate) },
      revalidateWhole: { n: revalidateWhole.length, p50: pct(revalidateWhole, 50), p95: pct(revalidateWhole, 95), max: Math.max(...revalidateWhole) },
    };
  } finally {
    conn.dispose();
    setTimeout(() => child.kill('SIGKILL'), 2000).unref();
  }
}

/** The first `.claude-plugin/plugin.json` under `root` (sorted walk). */
function firstPluginManifest(root) {
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (entries.some((e) => e.name === '.claude-plugin' && e.isDirectory()) && readdirSync(join(dir, '.claude-plugin')).includes('plugin.json')) return join(dir, '.claude-plugin', 'plugin.json');
    for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) { const hit = walk(join(dir, e.name)); if (hit) return hit; }
    return undefined;
  };
  return walk(root);
}

/**
 * A plugin.json opened and edited 5 times, 1.5 s apart (typing pauses): the time from didChange to its
 * diagnostics (pull). Each edit also starts a re-validation of the workspace (in slices) meanwhile.
 */
async function editManifest(conn, path) {
  if (!path) return undefined;
  const uri = pathToFileURL(path).href;
  let text = readFileSync(path, 'utf8');
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
  await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const times = [];
  for (let v = 2; v < 7; v++) {
    text = text.replace('{', '{ ');
    const t = now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    times.push(now() - t);
    await sleep(1500);
  }
  return { n: times.length, p50: pct(times, 50), max: Math.max(...times) };
}

/** The server's CPU time so far (ms), from /proc. */
function cpuMs(pid) {
  try { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; } catch { return NaN; }
}

/** Server CPU from now until it is quiet (three 500 ms windows under 20 ms of CPU each; a pass starts 600 ms after a change). */
async function cpuUntilQuiet(pid) {
  const start = cpuMs(pid);
  await sleep(1000);
  let last = cpuMs(pid);
  for (let calm = 0; calm < 3;) { await sleep(500); const c = cpuMs(pid); calm = c - last < 20 ? calm + 1 : 0; last = c; }
  return last - start;
}

/**
 * What a file changed on disk costs the server (workspace/didChangeWatchedFiles, as an editor's watcher
 * sends it): the open 2,000-line SKILL.md saved, then an unopened SKILL.md and an unopened plugin.json
 * rewritten (as new files: the workspace's files may be hard links to the corpus).
 */
async function changeOnDisk(conn, pid, root, openUri) {
  const skills = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (skills.length >= 1) return;
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) walk(join(dir, e.name));
      else if (e.name === 'SKILL.md' && dir.includes('/skills/')) skills.push(join(dir, e.name));
    }
  };
  walk(root);
  // Not the manifest editManifest opened (an open file's disk change is its buffer's save).
  const manifest = readdirSync(root).includes('copy-1') ? firstPluginManifest(join(root, 'copy-1')) : undefined;
  if (!skills.length || !manifest) return undefined;
  const changed = async (path, uri) => {
    if (path) { const text = readFileSync(path, 'utf8'); rmSync(path); writeFileSync(path, path.endsWith('.json') ? text.replace('{', '{ ') : `${text}\nMore.\n`); }
    await cpuUntilQuiet(pid);
    conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri ?? pathToFileURL(path).href, type: 2 }] });
    return cpuUntilQuiet(pid);
  };
  return { savedOpen: await changed(undefined, openUri), skill: await changed(skills[0]), manifest: await changed(manifest) };
}
