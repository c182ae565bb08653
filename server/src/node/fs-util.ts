/** Small file-system helpers for the Node adapters. */
import * as fs from 'fs';
import * as path from 'path';

export function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

/**
 * Writes through a temporary file in the same folder and a rename, keeping an existing file's mode
 * (`mode`: the file's mode whatever existed; a failed write leaves no temporary file behind).
 */
export function writeAtomic(abs: string, content: string | Uint8Array, mode?: number): void {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.plugin-lens-${process.pid}.tmp`);
  if (mode === undefined) {
    try { mode = fs.statSync(abs).mode; } catch { mode = undefined; }
  }
  try {
    fs.writeFileSync(tmp, content, mode === undefined ? undefined : { mode });
    fs.renameSync(tmp, abs);
  } catch (e) {
    try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    throw e;
  }
}
