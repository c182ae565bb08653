// Maps an oracle finding (file + JSON path / field as the oracle words it) to a 0-based line span,
// so it can be matched against plugin-lens diagnostics, which carry ranges, not paths.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** Offsets of line starts, for offset → 0-based line. */
function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
}

/** "plugins[0].source" / "agents.0" / "hooks.PreToolUse" → segments (numbers for indices). */
export function splitOraclePath(path) {
  if (!path) return [];
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Deepest node matching the path. Object keys may themselves hold dots (MCP server names),
 * so a missing key is retried joined with the following segments.
 */
function walk(root, segments) {
  let node = root;
  let i = 0;
  while (i < segments.length) {
    let next;
    let used = 1;
    if (node.type === 'array' && typeof segments[i] === 'number') {
      next = node.children?.[segments[i]];
    } else if (node.type === 'object') {
      for (let j = segments.length; j > i && !next; j--) {
        const key = segments.slice(i, j).join('.');
        next = findNodeAtLocation(node, [key]);
        if (next) used = j - i;
      }
    }
    if (!next) return { node, complete: false };
    node = next;
    i += used;
  }
  return { node, complete: true };
}

/**
 * Line span of a JSON finding. An existing node spans from its key to the end of its value;
 * a missing one (e.g. "owner … received undefined") is pinned to the line of its nearest
 * existing parent's key, since a span over the whole parent would match anything in it.
 */
export function locateJson(text, path) {
  const toLine = lineIndex(text);
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return { start: 0, end: 0, exact: false };
  const segments = splitOraclePath(path);
  let found = walk(root, segments);
  // A .mcp.json without the mcpServers wrapper is read as a flat map (oracles.md §3.4 C04).
  if (!found.complete && segments[0] === 'mcpServers' && !findNodeAtLocation(root, ['mcpServers'])) {
    found = walk(root, segments.slice(1));
  }
  const { node, complete } = found;
  const holder = node.parent?.type === 'property' ? node.parent : node;
  const start = toLine(holder.offset);
  if (!complete) return { start, end: start, exact: false };
  return { start, end: toLine(holder.offset + holder.length), exact: true };
}

/** Line span of a Markdown finding: the frontmatter block, or the first line. */
export function locateMarkdown(text, path) {
  const lines = text.split(/\r?\n/);
  if (path === 'frontmatter' && lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    return { start: 0, end: close > 0 ? close : 0, exact: close > 0 };
  }
  return { start: 0, end: 0, exact: false };
}

export function locate(file, text, path) {
  if (/\.json$/i.test(file)) return locateJson(text, path);
  return locateMarkdown(text, path);
}
