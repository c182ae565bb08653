import type { FileKindId } from './types';
import { MARKDOWN_KINDS } from './kinds/detect';
import { findFrontmatter } from './parse/frontmatter';

/** Limits of the validator itself: inputs past them get one clear finding instead of a parse. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Deeper bracket nesting than this is refused before parsing (recursive parsers would overflow). */
export const MAX_NESTING = 256;

/** The deepest `[`/`{` nesting outside strings (JSON and YAML flow style). Linear, no recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Jump to the closing quote: the first one after an even run of backslashes.
      for (let from = i + 1; ; from = i + 1) {
        i = text.indexOf('"', from);
        if (i < 0) return max; // unterminated: the rest is string
        let slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === 92 /* \ */ && i - 1 - slashes >= from) slashes++;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 91 || c === 123) { if (++depth > max) max = depth; }
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return max;
}

/**
 * `nestingDepth(text) > MAX_NESTING`, without the character walk for a text that holds too few `[`/`{`
 * to nest that deep (nearly every file): counting them is a native search.
 */
export function exceedsMaxNesting(text: string): boolean {
  let opens = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
      if (++opens > MAX_NESTING) return nestingDepth(text) > MAX_NESTING;
    }
  }
  return false;
}

/** The part of the file that is parsed: all of a JSON file, only the frontmatter of a Markdown file. */
export function parsedPart(text: string, kind: FileKindId): string {
  if (!MARKDOWN_KINDS.includes(kind)) return text;
  const fm = findFrontmatter(text);
  return fm.present ? text.slice(fm.contentStart, fm.contentEnd) : '';
}
