/**
 * Small shell-form helpers: where placeholders sit outside quotes, which plugin paths a command runs,
 * and mapping a decoded JSON string index back to its raw offset (for fixes). Nothing is executed.
 */
import type { Node } from '../../parse/node';
import { PATH_PLACEHOLDERS } from '../../knowledge/hooks-events';

export interface Span { index: number; length: number; name: string }

const PLACEHOLDER = new RegExp(`\\$\\{(${PATH_PLACEHOLDERS.join('|')})\\}|\\$(${PATH_PLACEHOLDERS.join('|')})\\b`, 'g');

/** `${CLAUDE_PLUGIN_ROOT}`-style placeholders that a POSIX shell would word-split (outside any quotes). */
export function unquotedPlaceholders(cmd: string): Span[] {
  const out: Span[] = [];
  const quoteAt = quoteStates(cmd);
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(cmd))) {
    if (quoteAt[m.index] === 'none') out.push({ index: m.index, length: m[0].length, name: m[1] ?? m[2] });
  }
  return out;
}

/** Quote state before each character: none, single or double. Backslash escapes one character outside single quotes. */
function quoteStates(cmd: string): ('none' | 'single' | 'double')[] {
  const out: ('none' | 'single' | 'double')[] = [];
  let state: 'none' | 'single' | 'double' = 'none';
  for (let i = 0; i < cmd.length; i++) {
    out[i] = state;
    const c = cmd[i];
    if (state !== 'single' && c === '\\') { out[i + 1] = state; i++; continue; }
    if (state === 'none' && c === "'") state = 'single';
    else if (state === 'single' && c === "'") state = 'none';
    else if (state === 'none' && c === '"') state = 'double';
    else if (state === 'double' && c === '"') state = 'none';
  }
  return out;
}

/** Paths under the plugin root that a command names: `${CLAUDE_PLUGIN_ROOT}/x`, `"${CLAUDE_PLUGIN_ROOT}"/x`, `"${CLAUDE_PLUGIN_ROOT}/x"`. */
export function pluginPaths(cmd: string): Span[] {
  const out: Span[] = [];
  const re = /\$\{CLAUDE_PLUGIN_ROOT\}"?(\/[^\s"'`;|&<>()$*?{}[\]]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cmd))) {
    const rel = m[1].replace(/^\/+/, '');
    if (rel && !rel.endsWith('/')) out.push({ index: m.index, length: m[0].length, name: rel });
  }
  return out;
}

/** Raw offset in the file of decoded index `i` of a JSON string node (handles escapes). */
export function jsonStringOffset(text: string, node: Node, i: number): number | undefined {
  if (text[node.offset] !== '"') return undefined;
  let raw = node.offset + 1;
  for (let decoded = 0; decoded < i; decoded++) {
    if (raw >= node.offset + node.length - 1) return undefined;
    if (text[raw] === '\\') raw += text[raw + 1] === 'u' ? 6 : 2;
    else raw += 1;
  }
  return raw;
}
