/** Walks a skill folder through the workspace (not a rule), with the package_skill.py exclusions. */
import type { Workspace } from '../../workspace';
import { join } from '../../paths';
import { PACKAGE_EXCLUDES } from '../../knowledge/skill-spec';

export interface FolderScan { files: string[]; truncated: boolean }

const LIMIT = 5000;

export function scanSkillFolder(workspace: Workspace, dir: string): FolderScan {
  const files: string[] = [];
  const ex = PACKAGE_EXCLUDES.value;
  const walk = (d: string, depth: number): boolean => {
    for (const e of workspace.listDirectory(d) ?? []) {
      if (files.length >= LIMIT) return false;
      const p = join(d, e.name);
      if (e.isDirectory) {
        if (ex.dirs.includes(e.name) || (depth === 0 && ex.rootDirs.includes(e.name))) continue;
        if (depth < 12 && !walk(p, depth + 1)) return false;
      } else if (!ex.files.test(e.name)) {
        files.push(p);
      }
    }
    return true;
  };
  const complete = walk(dir, 0);
  return { files, truncated: !complete };
}
