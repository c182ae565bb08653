// Runs the mocha suite (dist/e2e/suite/index.js, @vscode/test-electron run() contract) inside code-server's
// Node extension host, driven by headless chromium. Exit code = the suite's (window.codeAutomationExit).
//   node test/e2e/run-in-code-server.mjs [--ext <dir>] [--tests <index.js>] [--workspace <dir>] [--expect <json>]
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { root, e2eDir, startCodeServer, launchChromium, copyWorkspace, elapsed } from './code-server.mjs';

const { values: a } = parseArgs({ options: {
  ext: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' }, expect: { type: 'string' },
} });
const ext = path.resolve(a.ext ?? root);
const tests = path.resolve(a.tests ?? path.join(root, 'dist/e2e/suite/index.js'));
const workspace = path.resolve(a.workspace ?? path.join(e2eDir, 'workspace'));
const expect = path.resolve(a.expect ?? path.join(e2eDir, 'expected.json'));
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 180000);
// Workbench chatter that is not test output.
const noise = /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection|Extension Host)[^\]]*\]|^Creating a socket|^Resolv|^Updating additional|open-vsx\.org|vsda|^%c/;

const t0 = Date.now();
let code = 1, cs, browser;
try {
  cs = await startCodeServer({ env: { E2E_EXPECT: expect } });
  console.log(`[${elapsed(t0)}] code-server up at ${cs.authority}`);
  const folder = copyWorkspace(workspace, cs.tmp);
  browser = await launchChromium(cs.tmp);
  const page = await browser.newPage();
  let onExit; const exited = new Promise(r => { onExit = r; });
  const lines = [];
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const s = format(...args);
    if (!noise.test(s)) { console.log(s); lines.push(s); }
  });
  await page.exposeFunction('codeAutomationExit', c => onExit(c));
  await page.goto(cs.url({ folder, extensionDevelopmentPath: ext, extensionTestsPath: tests }));
  console.log(`[${elapsed(t0)}] workbench loading; the suite runs in the extension host`);
  let timer;
  code = await Promise.race([exited, new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no codeAutomationExit after ${timeoutMs} ms`)), timeoutMs);
  })]);
  clearTimeout(timer);
  if (!lines.some(l => /^e2e: \d+ passed, \d+ failed/.test(l))) {
    console.log('e2e: 0 passed, 1 failed'); // the suite never reported (load error, activation crash …)
    if (code === 0) code = 1;
  }
  console.log(`[${elapsed(t0)}] extension host exited with code ${code}`);
} catch (e) {
  console.error(`E2E ERROR: ${e.message}\n--- code-server log (tail) ---\n${cs?.log.slice(-4000) ?? ''}`);
  console.log('e2e: 0 passed, 1 failed');
  code = 1;
} finally {
  await browser?.close().catch(() => {});
  await cs?.stop();
}
process.exitCode = code;
setTimeout(() => process.exit(), 5000).unref(); // only if a stray handle keeps the loop alive
