/**
 * The file-system view injected into the core, so cross-file rules behave the same in the CLI, the
 * server and tests. Paths are absolute POSIX-style strings. Implementations must never throw.
 */
export interface DirEntry { name: string; isDirectory: boolean }

export interface Workspace {
  /** Workspace root (where `.plugin-lens.json` lives). */
  readonly root: string;
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  listDirectory(path: string): DirEntry[] | undefined;
  /** Size in bytes, when the implementation can tell without reading the file. */
  fileSize?(path: string): number | undefined;
}

/** An in-memory workspace for tests and for the server's open documents. */
export class InMemoryWorkspace implements Workspace {
  private readonly files = new Map<string, string>();
  constructor(readonly root: string, files: Record<string, string> = {}) {
    for (const [p, text] of Object.entries(files)) this.files.set(join(root, p), text);
  }
  set(path: string, text: string): void { this.files.set(path, text); }
  readFile(path: string): string | undefined { return this.files.get(path); }
  fileSize(path: string): number | undefined {
    const text = this.files.get(path);
    return text === undefined ? undefined : new TextEncoder().encode(text).length;
  }
  exists(path: string): boolean { return this.files.has(path) || this.isDirectory(path); }
  isDirectory(path: string): boolean {
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return true;
    return false;
  }
  listDirectory(path: string): DirEntry[] | undefined {
    if (!this.isDirectory(path)) return undefined;
    const prefix = path.endsWith('/') ? path : path + '/';
    const seen = new Map<string, boolean>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      seen.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0 || seen.get(rest) === true);
    }
    return [...seen].map(([name, isDirectory]) => ({ name, isDirectory }));
  }
}

function join(root: string, rel: string): string {
  return rel.startsWith('/') ? rel : `${root.replace(/\/$/, '')}/${rel}`;
}
