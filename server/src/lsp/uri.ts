/** file:// URI ↔ absolute POSIX path (the core's path form). Windows drives become `c:/…`. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file://')) return undefined;
  let p = decodeURIComponent(uri.slice('file://'.length).replace(/^[^/]*/, ''));
  if (/^\/[A-Za-z]:/.test(p)) p = p.slice(1);
  return p;
}

export function pathToUri(path: string): string {
  const p = /^[A-Za-z]:/.test(path) ? '/' + path : path;
  return 'file://' + p.split('/').map((seg, i) => (i === 1 && /^[A-Za-z]:$/.test(seg) ? seg[0].toLowerCase() + '%3A' : encodeURIComponent(seg))).join('/');
}
