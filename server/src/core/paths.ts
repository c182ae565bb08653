/** POSIX path helpers for workspace paths (the core never touches the real file system). */
import { posix } from 'path';

/**
 * dirname, basename and join answer as `path.posix` does; plain paths (no empty or dot segments, no
 * trailing slash), which is nearly every path the rules ask about, take a string slice instead of
 * node's character loop and normalization (they run tens of thousands of times per corpus run).
 */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  // (`//x` is posix's one special case: its dirname is `//`.)
  if (i > 0 && i < path.length - 1 && (i > 1 || path.charCodeAt(0) !== 47)) return path.slice(0, i);
  return posix.dirname(path);
}

export function basename(path: string, suffix?: string): string {
  const i = path.lastIndexOf('/');
  if (suffix === undefined && i < path.length - 1) return i < 0 ? path : path.slice(i + 1);
  return posix.basename(path, suffix);
}

export function join(...parts: string[]): string {
  const first = parts[0];
  if (parts.length >= 2 && first.length > 1 && first.charCodeAt(0) === 47 /* / */ && !NOT_PLAIN.test(first)) {
    let out = first;
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i];
      if (part.length === 0 || part.charCodeAt(0) === 47 || NOT_PLAIN_RELATIVE.test(part)) return posix.join(...parts);
      out += '/' + part;
    }
    return out;
  }
  return posix.join(...parts);
}

export const relative = posix.relative;
export const normalize = posix.normalize;
export const extname = posix.extname;

/** A dot segment, an empty segment or a trailing slash: the prefix shortcuts below do not apply. */
const NOT_PLAIN = /\/\/|\/\.\.?(\/|$)|\/$/;
/** The same for a relative path, whose first segment may be a dot segment too. */
const NOT_PLAIN_RELATIVE = /\/\/|(^|\/)\.\.?(\/|$)|\/$/;

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
