/** POSIX path helpers for workspace paths (the core never touches the real file system). */
import { posix } from 'path';

export const dirname = posix.dirname;
export const basename = posix.basename;
export const join = posix.join;
export const relative = posix.relative;
export const normalize = posix.normalize;
export const extname = posix.extname;

/** True when `child` is `parent` or lies inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = posix.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !posix.isAbsolute(rel));
}

/** Path segments of a workspace-relative path. */
export function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}
