/** What the server needs from its host (Node today): injected so server.ts has no fs of its own. */
import type { Workspace } from '../core/workspace';

export interface ServerRuntime {
  /** A workspace view of a folder; `overlays` is the live map of open buffers (path → text), read through. */
  createWorkspace(root: string, overlays: Map<string, string>): Workspace;
  /** Drop what a view cached from disk about `path` (everything when absent), after a file changed. */
  forget(ws: Workspace, path?: string): void;
  /** Async read (config files); undefined when absent. */
  readFile(path: string): Promise<string | undefined>;
  /** Sync read with BOM detection, for validating unopened files during a scan. */
  readForValidation(path: string, ws: Workspace): { text: string; bom: boolean } | undefined;
  /** Known files under a folder (absolute POSIX paths), in steps of one listed folder; listings shared with `ws`. */
  findKnownFiles(root: string, ws: Workspace): Generator<void, string[]>;
  /** Drop the texts `ws` cached from disk that only one file's validation needs (kept: the JSON manifests). */
  releaseTexts(ws: Workspace): void;
  /** Yield to the event loop (between scan batches). */
  yieldNow(): Promise<void>;
  serverVersion: string;
  /** Report scan slices longer than this (ms) to the client's log: a diagnosis aid (PLUGIN_LENS_TRACE_SLICES). */
  traceSlicesOverMs?: number;
}
