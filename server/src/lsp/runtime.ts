/** What the server needs from its host (Node today): injected so server.ts has no fs of its own. */
import type { Workspace } from '../core/workspace';

export interface ServerRuntime {
  /** A fresh workspace view for one validation pass; `overlays` are open buffers (path → text). */
  createWorkspace(root: string, overlays: ReadonlyMap<string, string>): Workspace;
  /** Async read (config files); undefined when absent. */
  readFile(path: string): Promise<string | undefined>;
  /** Sync read with BOM detection, for validating unopened files during a scan. */
  readForValidation(path: string): { text: string; bom: boolean } | undefined;
  /** Known files under the roots (absolute POSIX paths). */
  findKnownFiles(roots: readonly string[]): string[];
  /** Yield to the event loop (between scan batches). */
  yieldNow(): Promise<void>;
  serverVersion: string;
}
