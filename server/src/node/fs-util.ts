/** Small file-system predicates for the Node adapters (never throw). */
import * as fs from 'fs';

export function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}
