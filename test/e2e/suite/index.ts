// Entry point with the exact @vscode/test-electron contract: `extensionTestsPath` points at the compiled
// dist/e2e/suite/index.js and the extension host calls run(). The same file runs inside code-server
// (run-in-code-server.mjs) and under test-electron (run-test-electron.mjs).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { printMetrics } from './metrics';

export function run(): Promise<void> {
  // console.log in the extension host reaches the runner: code-server forwards it to the page
  // (window.codeAutomationLog), Electron VS Code prints it on the test process's stdout.
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: Number(process.env.E2E_TEST_TIMEOUT_MS ?? 30000) });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.e2e.js')).sort();
  for (const f of files) mocha.addFile(path.resolve(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const s = runner.stats;
        const passed = s?.passes ?? 0;
        printMetrics();
        console.log(`e2e: ${passed} passed, ${failures} failed`);
        if (files.length === 0 || passed + failures === 0) reject(new Error('no e2e tests found next to ' + __dirname));
        else if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err as Error);
    }
  });
}
