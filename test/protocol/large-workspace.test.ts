/**
 * The server on a generated 5,000-file workspace, over stdio: the initial scan streams (work-done progress
 * begin → "checking N/M files" reports → end; diagnostics of scanned files published before it ends) and
 * requests for an open document are answered while it runs. Behaviour, not wall-clock thresholds: the
 * latencies themselves are measured by `npm run bench`.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover, ProgressType, PublishDiagnosticsParams, RequestType } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './lsp-client';
import { uriOf } from './workspace';
import { REACH_PENDING } from '../../server/src/lsp/handlers';
import { PARTIAL_RESULT_ITEMS } from '../../server/src/lsp/partial-results';
import { ListItemsPartialResult, ListItemsRequest, RoutesPartialResult, RoutesRequest } from '../../server/src/protocol';
import { requestWithPartialResults, type PartialResultClient } from '../../client/src/partial-results';

const PLUGINS = 100;
const SKILLS = 25;
const AGENTS = 24;

/** marketplace → 100 plugins × (plugin.json + 25 skills + 24 agents): 5,001 files; every 5th skill has an unknown key. */
function makeLargeWorkspace(): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-large-')));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const plugins = Array.from({ length: PLUGINS }, (_, p) => `p${p}`);
  write('.claude-plugin/marketplace.json', JSON.stringify({ name: 'big', owner: { name: 'Me' }, plugins: plugins.map((name) => ({ name, source: `./plugins/${name}` })) }, null, 2));
  for (const name of plugins) {
    write(`plugins/${name}/.claude-plugin/plugin.json`, JSON.stringify({ name, version: '1.0.0', description: `Plugin ${name}` }, null, 2));
    for (let s = 0; s < SKILLS; s++) {
      write(`plugins/${name}/skills/s${s}/SKILL.md`, `---\nname: s${s}\ndescription: Skill ${s} of ${name}. Use when testing a large workspace.\n${s % 5 === 0 ? 'colour: blue\n' : ''}---\nDo step ${s}.\n`);
    }
    for (let a = 0; a < AGENTS; a++) write(`plugins/${name}/agents/a${a}.md`, `---\nname: a${a}\ndescription: Agent ${a} of ${name}\n---\nYou help.\n`);
  }
  return root;
}

interface Progress { kind: string; message?: string; at: number }

describe('protocol: initial scan of a 5,000-file workspace', function () {
  this.timeout(180_000);
  let root: string;
  let c: TestClient;
  const progress: Progress[] = [];
  const published = new Map<string, number>();
  const sends = new Map<string, number>();
  const hovers: Array<{ at: number; hover: Hover | null }> = [];

  before(async () => {
    root = makeLargeWorkspace();
    c = await startClient(uriOf(root, ''), { window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } });
    let seq = 0;
    // The scan's work-done progress (partial results go to the handlers of their tokens instead).
    c.conn.onUnhandledProgress((p) => { const v = p.value as { kind: string; message?: string }; progress.push({ kind: v.kind, message: v.message, at: seq++ }); });
    c.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      c.pushed.set(p.uri, p);
      sends.set(p.uri, (sends.get(p.uri) ?? 0) + 1);
      if (p.diagnostics.length && !published.has(p.uri)) published.set(p.uri, seq++);
    });
    const rel = 'plugins/p0/skills/s1/SKILL.md';
    const uri = uriOf(root, rel);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skill', version: 1, text: fs.readFileSync(path.join(root, rel), 'utf8') } });
    // Hover the open skill's name until the scan has ended (every answer stamped in the same sequence).
    while (!progress.some((p) => p.kind === 'end')) {
      const hover = await c.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 7 } });
      hovers.push({ at: seq++, hover });
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  after(async () => {
    if (c && c.proc.exitCode === null) await c.stop().catch(() => c.proc.kill());
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports work-done progress: begin, "checking N/M files" reports, end', () => {
    const kinds = progress.map((p) => p.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.filter((k) => k === 'end').length, 1);
    const reports = progress.filter((p) => p.kind === 'report' && /^checking \d+\/\d+ files$/.test(p.message ?? ''));
    assert.ok(reports.length >= 2, `progress reports: ${JSON.stringify(progress.slice(0, 5))}`);
    const total = Number(/\/(\d+) files/.exec(reports[0].message!)![1]);
    assert.equal(total, 1 + PLUGINS * (1 + SKILLS + AGENTS));
    const done = reports.map((r) => Number(/checking (\d+)/.exec(r.message!)![1]));
    assert.deepEqual(done, [...done].sort((a, b) => a - b), 'counts only grow');
    assert.ok(done.some((n) => n > 0 && n < total), 'a report in the middle of the scan');
  });

  it('answers hovers on the open document while the scan runs: field docs at once, the reach once the index is built', () => {
    const end = progress.find((p) => p.kind === 'end')!.at;
    const during = hovers.filter((h) => h.at < end);
    assert.ok(during.length >= 2, `hovers answered before the scan ended: ${during.length} of ${hovers.length}`);
    const md = (h: { hover: Hover | null }) => (h.hover?.contents as { value?: string } | undefined)?.value ?? '';
    // Before the folder's index exists (the scan lists the workspace first) a hover does not wait for it:
    // the document's parse answers with the field docs and says the reach is still coming.
    const reachAt = hovers.findIndex((h) => md(h).includes('**Reach** of skill `s1`'));
    assert.ok(reachAt >= 0, 'the reach hover of the skill once the index is built');
    for (const h of hovers.slice(0, reachAt)) {
      assert.ok(md(h).includes(REACH_PENDING), `an early hover says the reach is pending: ${md(h).slice(0, 200)}`);
      assert.match(md(h), /name/i, 'and still documents the field');
    }
    for (const h of hovers.slice(reachAt)) assert.ok(md(h).includes('**Reach** of skill `s1`') && !md(h).includes(REACH_PENDING), 'never pending again');
  });

  it('answers the first hover from the parse while the listing runs (no wait for the index)', async () => {
    const fresh = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-first-hover-')));
    fs.cpSync(root, fresh, { recursive: true });
    const d = await startClient(uriOf(fresh, ''), { window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } });
    try {
      let ended = false;
      d.conn.onNotification('$/progress', (p: { value: { kind: string } }) => { if (p.value.kind === 'end') ended = true; });
      const rel = 'plugins/p0/skills/s1/SKILL.md';
      const uri = uriOf(fresh, rel);
      await d.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skill', version: 1, text: fs.readFileSync(path.join(fresh, rel), 'utf8') } });
      const first = await d.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 7 } });
      const value = (first?.contents as { value?: string } | undefined)?.value ?? '';
      assert.ok(!ended, 'answered before the scan ended');
      assert.ok(value.includes(REACH_PENDING) || value.includes('**Reach** of skill `s1`'), value.slice(0, 200));
    } finally {
      await d.stop().catch(() => d.proc.kill());
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('answers no hover for an ignored file while the scan runs, as after it (no parse-only answer)', async () => {
    const fresh = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-ignored-hover-')));
    fs.cpSync(root, fresh, { recursive: true });
    fs.writeFileSync(path.join(fresh, '.plugin-lens.json'), JSON.stringify({ ignore: ['plugins/p0/**'] }));
    const d = await startClient(uriOf(fresh, ''), { window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } });
    try {
      let ended = false;
      d.conn.onNotification('$/progress', (p: { value: { kind: string } }) => { if (p.value.kind === 'end') ended = true; });
      const open = async (rel: string) => {
        const uri = uriOf(fresh, rel);
        await d.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skill', version: 1, text: fs.readFileSync(path.join(fresh, rel), 'utf8') } });
        return uri;
      };
      const ignored = await open('plugins/p0/skills/s1/SKILL.md');
      const checked = await open('plugins/p1/skills/s1/SKILL.md');
      const hover = (uri: string) => d.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 7 } });
      const during = await hover(ignored);
      const other = await hover(checked);
      assert.ok(!ended, 'asked before the scan ended');
      assert.equal(during, null);
      assert.ok(other, 'a file that is not ignored is answered meanwhile');
      await d.waitFor(() => ended || undefined, 'the end of the scan', 60_000);
      assert.equal(await hover(ignored), null, 'and no hover after the scan either');
    } finally {
      await d.stop().catch(() => d.proc.kill());
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('publishes diagnostics of scanned files while the scan runs, and all of them by its end', async () => {
    const end = progress.find((p) => p.kind === 'end')!.at;
    const broken = Array.from({ length: PLUGINS }, (_, p) => Array.from({ length: SKILLS / 5 }, (_, k) => uriOf(root, `plugins/p${p}/skills/s${k * 5}/SKILL.md`))).flat();
    assert.ok([...published.values()].some((at) => at < end), 'some diagnostics before the end of the scan');
    await c.waitFor(() => broken.every((u) => published.has(u)), 'diagnostics of every broken skill', 30_000);
    const unknownField = (uri: string) => (c.pushed.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'skill/unknown-field').length;
    assert.equal(unknownField(broken[0]), 1);
    assert.equal(unknownField(uriOf(root, 'plugins/p3/skills/s1/SKILL.md')), 0);
  });

  it('sends the diagnostics of each scanned file once: the end of the scan does not publish them all again', async () => {
    await c.waitFor(() => sends.size >= 1 + PLUGINS * (1 + SKILLS + AGENTS) || undefined, 'a publish for every scanned file', 30_000);
    await c.conn.sendRequest('pluginLens/status', {});
    await new Promise((r) => setTimeout(r, 500)); // the end-of-scan refresh has run by now
    const open = uriOf(root, 'plugins/p0/skills/s1/SKILL.md'); // open documents are re-validated and published
    const twice = [...sends].filter(([uri, n]) => uri !== open && n !== 1);
    assert.deepEqual(twice.slice(0, 3), [], `${twice.length} files published more than once`);
  });

  it('lists every item afterwards (scanned files kept their items without their parse trees)', async () => {
    const { items } = await c.conn.sendRequest<{ items: Array<{ kind: string; uri: string; range?: { start: { line: number } } }> }>('pluginLens/listItems', {});
    const skills = items.filter((i) => i.kind === 'skill');
    assert.equal(skills.length, PLUGINS * SKILLS);
    const s7 = skills.find((i) => i.uri === uriOf(root, 'plugins/p9/skills/s7/SKILL.md'));
    assert.equal(s7?.range?.start.line, 1, 'the name range comes from the line table');
  });

  for (const [method, params] of [['pluginLens/listItems', { cells: 'status' }], ['pluginLens/routes', { detail: 'summary' }]] as const) {
    it(`answers a hover sent right after a whole-workspace ${method} first (the answer is built in time slices)`, async () => {
      await c.waitFor(() => progress.some((p) => p.kind === 'end') || undefined, 'the end of the scan', 60_000);
      const uri = uriOf(root, 'plugins/p0/skills/s1/SKILL.md');
      const order: string[] = [];
      const whole = c.conn.sendRequest(method, params).then(() => { order.push(method); });
      const hover = c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 7 } }).then(() => { order.push('hover'); });
      await Promise.all([whole, hover]);
      assert.deepEqual(order, ['hover', method]);
    });
  }

  it('streams the whole list and routes as partial results: chunks in order, an empty response, the one answer\'s items', async () => {
    await c.waitFor(() => progress.some((p) => p.kind === 'end') || undefined, 'the end of the scan', 60_000);
    await streamsLikeOneAnswer(ListItemsRequest, ListItemsPartialResult, { cells: 'status' });
    await streamsLikeOneAnswer(RoutesRequest, RoutesPartialResult, { detail: 'summary' });
  });

  async function streamsLikeOneAnswer<P extends object, I, R extends { items: I[] }>(type: RequestType<P, R, void>, partial: ProgressType<I[]>, params: P): Promise<void> {
    const client: PartialResultClient = c.conn;
    const whole = await client.sendRequest(type, params);
    assert.ok(whole.items.length > 3 * PARTIAL_RESULT_ITEMS, `${type.method}: ${whole.items.length} items`);
    const chunks: I[][] = [];
    const token = `test-${type.method}`;
    const sub = c.conn.onProgress(partial, token, (chunk) => { chunks.push(chunk); });
    const response = await client.sendRequest(type, { ...params, partialResultToken: token });
    sub.dispose();
    assert.deepEqual(response.items, [], 'the items came as partial results');
    assert.equal(chunks.length, Math.ceil(whole.items.length / PARTIAL_RESULT_ITEMS));
    assert.ok(chunks.every((chunk) => chunk.length <= PARTIAL_RESULT_ITEMS));
    assert.deepEqual(chunks.flat(), whole.items, `${type.method}: the same items in the same order`);
    // The client's helper: the chunks and the response as one answer, equal to the answer in one piece.
    assert.deepEqual(await requestWithPartialResults(c.conn, type, partial, params), whole);
  }

  it('answers a hover sent while a whole list goes out as partial results before the list ends', async () => {
    await c.waitFor(() => progress.some((p) => p.kind === 'end') || undefined, 'the end of the scan', 60_000);
    const uri = uriOf(root, 'plugins/p0/skills/s1/SKILL.md');
    const order: string[] = [];
    let chunks = 0;
    const sub = c.conn.onProgress(ListItemsPartialResult, 'hover-meanwhile', () => {
      // After the first chunk: the answer is built and sorted, what is left is sending it.
      if (chunks++ === 0) void c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 7 } }).then(() => { order.push(`hover after ${chunks} chunks`); });
    });
    await c.conn.sendRequest(ListItemsRequest, { cells: 'status', partialResultToken: 'hover-meanwhile' });
    order.push(`list after ${chunks} chunks`);
    sub.dispose();
    assert.equal(order.length, 2, order.join(', '));
    assert.match(order[0], /^hover after \d+ chunks$/, order.join(', '));
    assert.ok(Number(/\d+/.exec(order[0])![0]) < chunks, `the hover is answered between chunks (${order.join(', ')})`);
  });
});
