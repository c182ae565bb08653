/** Small file-system helpers for the Node adapters. */
import * as fs from 'fs';
import * as path from 'path';

export function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

/** Writes through a temporary file in the same folder and a rename, keeping an existing file's mode. */
export function writeAtomic(abs: string, content: string): void {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.plugin-lens-${process.pid}.tmp`);
  let mode: number | undefined;
  try { mode = fs.statSync(abs).mode; } catch { mode = undefined; }
  fs.writeFileSync(tmp, content, mode === undefined ? undefined : { mode });
  fs.renameSync(tmp, abs);
}
