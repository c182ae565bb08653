/** POSIX path helpers for workspace paths (the core never touches the real file system). */
import { posix } from 'path';

export const dirname = posix.dirname;
export const basename = posix.basename;
export const join = posix.join;
export const relative = posix.relative;
export const normalize = posix.normalize;
export const extname = posix.extname;

/** A dot segment, an empty segment or a trailing slash: the prefix shortcuts below do not apply. */
const NOT_PLAIN = /\/\/|\/\.\.?(\/|$)|\/$/;

/** True when `child` is `parent` or lies inside it. */
export function isInside(parent: string, child: string): boolean {
  // Plain absolute paths (no dot or empty segments): a prefix test answers "inside" without resolving.
  if (parent.startsWith('/') && child.startsWith('/') && !NOT_PLAIN.test(parent) && !NOT_PLAIN.test(child)) {
    if (child === parent) return true;
    // As the relative test reads it, a first folder named `..x` counts as outside (kept: same answers).
    if (child.startsWith(parent) && child.charCodeAt(parent.length) === 47 /* / */) return !child.startsWith('..', parent.length + 1);
  }
  const rel = posix.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !posix.isAbsolute(rel));
}

/** Path segments of a workspace-relative path. */
export function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * `relative(root, path)` without resolving both paths when `path` is a plain absolute path under an
 * absolute `root` (the common case: every validated file): the rest of the path after the root.
 */
export function relativeTo(root: string, path: string): string {
  if (root.startsWith('/') && !NOT_PLAIN.test(root) && path.startsWith(root) && path.charCodeAt(root.length) === 47 /* / */) {
    if (!NOT_PLAIN.test(path)) return path.slice(root.length + 1);
  }
  return posix.relative(root, path);
}
