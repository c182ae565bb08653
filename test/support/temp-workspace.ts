// Temporary folders with given files for CLI suites; removed after the suite.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A `make(files)` that writes each file into a fresh temp folder, and removes every folder after the suite. */
export function tempWorkspaces(prefix: string): (files?: Record<string, string>) => string {
  const made: string[] = [];
  after(() => { for (const dir of made) fs.rmSync(dir, { recursive: true, force: true }); });
  return (files = {}) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(root);
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    return root;
  };
}
