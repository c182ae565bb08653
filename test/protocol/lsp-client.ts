/**
 * A real JSON-RPC client for dist/server.js over stdio (vscode-jsonrpc), with the requests the server
 * sends back (configuration, registration, progress) answered like an editor would.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const REPO = path.resolve(__dirname, '../..');
export const SERVER_JS = path.join(REPO, 'dist/server.js');

export interface TestClient {
  proc: ChildProcess;
  conn: MessageConnection;
  pushed: Map<string, PublishDiagnosticsParams>;
  settings: Record<string, unknown>;
  stderr: string[];
  notifications: Array<{ method: string; params: unknown }>;
  /** workspace/diagnostic/refresh requests received (the server asks after a re-validation pass). */
  refreshes: number;
  waitFor<T>(fn: () => T | undefined, what: string, timeoutMs?: number): Promise<T>;
  stop(): Promise<number | null>;
}

export function ensureBuilt(): void {
  if (!fs.existsSync(SERVER_JS)) {
    require('child_process').execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
  }
}

export async function startClient(rootUri: string, capabilities: ClientCapabilities, settings: Record<string, unknown> = {}): Promise<TestClient> {
  ensureBuilt();
  const proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  proc.stderr!.on('data', (b: Buffer) => stderr.push(b.toString()));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const pushed = new Map<string, PublishDiagnosticsParams>();
  const notifications: TestClient['notifications'] = [];
  const client: TestClient = {
    proc, conn, pushed, settings, stderr, notifications, refreshes: 0,
    async waitFor(fn, what, timeoutMs = 10000) {
      const start = Date.now();
      for (;;) {
        const v = fn();
        if (v !== undefined && v !== false) return v as never;
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => {
        if (proc.exitCode !== null) resolve(proc.exitCode);
        else proc.once('exit', (code) => resolve(code));
      });
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
      conn.dispose();
      if (code === 'timeout') { proc.kill('SIGKILL'); throw new Error('server did not exit after shutdown/exit'); }
      return code;
    },
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: unknown) => { const d = p as PublishDiagnosticsParams; pushed.set(d.uri, d); });
  conn.onNotification((method, params) => { notifications.push({ method, params }); });
  conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map(() => client.settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => { client.refreshes++; return null; });
  conn.onRequest('workspace/applyEdit', () => ({ applied: true }));
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri, capabilities,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
  });
  await conn.sendNotification('initialized', {});
  return client;
}

export function rulesOf(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => String(d.code)).sort();
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyTextEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
