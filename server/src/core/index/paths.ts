/** Manifest path values: how the runtime resolves them against the plugin root. */
import { isInside, join, normalize } from '../paths';

export interface ResolvedPath {
  /** The value as written. */
  value: string;
  /** Absolute workspace path (normalized). */
  abs: string;
  /** Starts with `./` (or is `.` where allowed). */
  dotSlash: boolean;
  /** Has a `..` segment (validate fails it even when it stays inside). */
  hasDotDot: boolean;
  /** Resolves inside the plugin root. */
  inside: boolean;
}

export function resolvePluginPath(root: string, value: string): ResolvedPath {
  const abs = normalize(join(root, value));
  return {
    value,
    abs: abs.length > 1 ? abs.replace(/\/$/, '') : abs,
    dotSlash: value.startsWith('./') || value === '.',
    hasDotDot: value.split(/[/\\]/).includes('..'),
    inside: isInside(root, abs),
  };
}

/** String values of a path-or-array field (objects and other shapes are skipped). */
export function pathValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Read `a.b` from a plain object. */
export function getKey(obj: Record<string, unknown> | undefined, key: string): unknown {
  let cur: unknown = obj;
  for (const part of key.split('.')) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
