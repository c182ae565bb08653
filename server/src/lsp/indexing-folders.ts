/**
 * Folders whose workspace index is being built in slices (listing, then plugins in steps). A validation
 * in such a folder waits for `done` instead of building the whole index at once; hover and completion
 * answer from the document's parse meanwhile.
 */
export class IndexingFolders {
  private readonly folders = new Map<string, { done: Promise<void>; resolve: () => void }>();

  begin(root: string): void {
    if (this.folders.has(root)) return;
    let resolve!: () => void;
    const done = new Promise<void>((r) => { resolve = r; });
    this.folders.set(root, { done, resolve });
  }

  end(root: string): void {
    this.folders.get(root)?.resolve();
    this.folders.delete(root);
  }

  endAll(): void {
    for (const root of [...this.folders.keys()]) this.end(root);
  }

  has(root: string): boolean {
    return this.folders.has(root);
  }

  /** Resolves once the folder's index is built (at once when it is not being built). */
  async waitFor(root: string): Promise<void> {
    await this.folders.get(root)?.done;
  }
}
