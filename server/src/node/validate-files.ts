/**
 * Node-side validation shared by the CLI and the language server: read a file (BOM noted), validate it
 * with the core, and scan folders for known files in batches that yield to the event loop.
 */
import * as os from 'os';
import { validateFile, type ValidateResult } from '../core/validate';
import type { ResolvedConfig } from '../core/config';
import type { Workspace } from '../core/workspace';
import { NodeWorkspace, readWithBom } from './node-workspace';
import { scanPaths, toPosix } from './scan';

/**
 * The user's home folder (POSIX): reach tells `~/.claude` (personal) from a project's `.claude` by it, so
 * every host (check, reach, routes, the server) passes the same one.
 */
export const USER_HOME = toPosix(os.homedir());

export interface ValidatedFile { abs: string; text: string; result: ValidateResult }

/** Validates one file from disk, or `override` text (an open buffer, a fixed text). Undefined when unreadable. */
export function validatePath(abs: string, workspace: Workspace, config: ResolvedConfig, override?: string): ValidatedFile | undefined {
  const read = override !== undefined ? { text: override, bom: false }
    : workspace instanceof NodeWorkspace ? workspace.readWithBom(abs) : readWithBom(abs);
  if (!read) return undefined;
  const result = validateFile({ path: toPosix(abs), text: read.text, bom: read.bom }, { workspace, config, home: USER_HOME });
  return { abs, text: read.text, result };
}

/** Known files under the roots (absolute paths), as the CLI's scan finds them. */
export function findKnownFiles(roots: readonly string[], workspace?: NodeWorkspace): { files: string[]; problems: string[] } {
  return scanPaths(roots, workspace);
}

/** Validates files in batches, yielding between batches so a server stays responsive. */
export async function validateInBatches(
  files: readonly string[],
  validate: (abs: string) => void,
  onProgress?: (done: number, total: number) => void,
  batchSize = 20,
): Promise<void> {
  for (let i = 0; i < files.length; i += batchSize) {
    for (const f of files.slice(i, i + batchSize)) validate(f);
    onProgress?.(Math.min(i + batchSize, files.length), files.length);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
