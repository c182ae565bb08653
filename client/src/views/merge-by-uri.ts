/**
 * A sidebar's last whole answer with some files' items replaced by a fresh answer for those files
 * (`listItems` / `routes` with `uris` after an `itemsChanged` that names them). The whole answer is
 * sorted by uri first, so each file's items are one run; a file's fresh items take its old run's place,
 * in the server's order. No VS Code API (unit-tested in test/unit/client-merge-by-uri).
 */
export function mergeByUri<I extends { uri: string }>(last: readonly I[], uris: readonly string[], fresh: readonly I[]): I[] | undefined {
  const changed = new Set(uris);
  const freshByUri = new Map<string, I[]>();
  for (const item of fresh) {
    if (!changed.has(item.uri)) return undefined; // not an answer for these files
    const run = freshByUri.get(item.uri);
    if (run) run.push(item); else freshByUri.set(item.uri, [item]);
  }
  const out: I[] = [];
  const placed = new Set<string>();
  for (let i = 0; i < last.length;) {
    const uri = last[i].uri;
    if (!changed.has(uri)) { out.push(last[i++]); continue; }
    if (placed.has(uri)) return undefined; // a second run of one file: not the order this relies on
    while (i < last.length && last[i].uri === uri) i++;
    out.push(...(freshByUri.get(uri) ?? []));
    placed.add(uri);
  }
  // A file that had no items before: where its run goes is the server's order to say (a whole refresh).
  for (const uri of freshByUri.keys()) if (!placed.has(uri)) return undefined;
  return out;
}
