/** Where `.plugin-lens.json` is (explicit path, or upward), without reading it: the cache keys on it. */
import * as fs from 'fs';
import * as path from 'path';

export const CONFIG_FILE = '.plugin-lens.json';

export function findConfigFile(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `explicit` (resolved against cwd), else the first `.plugin-lens.json` upward from `searchFrom`, then from `cwd`. */
export function configFileFor(cwd: string, explicit?: string, searchFrom?: string): string | undefined {
  return explicit ? path.resolve(cwd, explicit) : (searchFrom && findConfigFile(searchFrom)) || findConfigFile(cwd);
}
