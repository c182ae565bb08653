/** examples/ as an in-memory workspace under VIRTUAL_ROOT, with its file list (suites that run over every example). */
import * as fs from 'fs';
import * as path from 'path';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { VIRTUAL_ROOT } from './fixtures';

export const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

export function examplesWorkspace(): { ws: InMemoryWorkspace; files: string[] } {
  const ws = new InMemoryWorkspace(VIRTUAL_ROOT);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) { walk(abs); continue; }
      const p = `${VIRTUAL_ROOT}/${path.relative(EXAMPLES, abs).split(path.sep).join('/')}`;
      ws.set(p, fs.readFileSync(abs, 'utf8'));
      files.push(p);
    }
  };
  walk(EXAMPLES);
  return { ws, files };
}
