// Runs the SAME suite (dist/e2e/suite/index.js) in desktop VS Code through @vscode/test-electron's runTests().
// Needs internet (downloads VS Code into .cache/vscode-test) and a display on Linux (xvfb-run -a …).
// It cannot work on the offline build machine: the download fails with ENOTFOUND update.code.visualstudio.com.
//   node test/e2e/run-test-electron.mjs [--ext <dir>] [--expect <json>]   env: VSCODE_VERSION (default 1.139.1)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const e2eDir = path.join(root, 'test/e2e');
const { values: a } = parseArgs({ options: { ext: { type: 'string' }, expect: { type: 'string' } } });

let runTests;
try {
  // Lives in the e2e host's own lockfile; `(cd test/e2e/host && npm ci --ignore-scripts)` is enough for it.
  ({ runTests } = createRequire(path.join(e2eDir, 'host/package.json'))('@vscode/test-electron'));
} catch {
  console.error('@vscode/test-electron is not installed: run `npm run e2e:setup` (or `cd test/e2e/host && npm ci --ignore-scripts`)');
  console.log('vscode: 0 passed, 1 failed');
  process.exitCode = 1;
}

if (runTests) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-electron-'));
  // Same settings as the code-server runs (code-server.mjs defaultSettings), kept inline so this file needs no playwright.
  const settings = {
    'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false, 'json.schemaDownload.enable': false, ...JSON.parse(process.env.E2E_SETTINGS ?? '{}'),
  };
  fs.mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify(settings, null, 2));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(e2eDir, 'workspace'), workspace, { recursive: true }); // tests apply edits; never to the repo copy
  try {
    const code = await runTests({
      version: process.env.VSCODE_VERSION ?? '1.139.1', // the VS Code inside code-server 4.139.1
      cachePath: path.join(root, '.cache/vscode-test'),
      extensionDevelopmentPath: path.resolve(a.ext ?? root),
      extensionTestsPath: path.join(root, 'dist/e2e/suite/index.js'),
      extensionTestsEnv: { E2E_EXPECT: path.resolve(a.expect ?? path.join(e2eDir, 'expected.json')),
        ...(process.env.E2E_GREP ? { E2E_GREP: process.env.E2E_GREP } : {}) },
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext')],
    });
    process.exitCode = code; // the suite itself printed "e2e: N passed, N failed"
  } catch (e) {
    console.error(`test-electron failed: ${e.message}`);
    if (/ENOTFOUND|fetch failed|EAI_AGAIN|ECONNREFUSED/.test(String(e.message) + String(e.cause ?? '')))
      console.error('VS Code could not be downloaded (no internet). Use `npm run test:e2e` (code-server) here.');
    console.log('vscode: 0 passed, 1 failed');
    process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
