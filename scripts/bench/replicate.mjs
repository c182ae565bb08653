// A workspace made of `times` copies of a corpus, in a temp dir (hard links when the file system allows
// them, else copies), for the scaling series and the large-workspace server rows.
import { cpSync, mkdirSync, mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { join } from 'node:path';

export function replicate(corpus, times) {
  const root = mkdtempSync(join(os.tmpdir(), `plugin-lens-x${times}-`));
  for (let i = 0; i < times; i++) {
    const dest = join(root, `copy-${i}`);
    mkdirSync(dest);
    const linked = spawnSync('cp', ['-al', ...readdirSync(corpus).map((e) => join(corpus, e)), dest]).status === 0;
    if (!linked) cpSync(corpus, dest, { recursive: true });
  }
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
