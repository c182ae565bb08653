/**
 * File references in a SKILL.md body (not a rule): relative Markdown links and `${CLAUDE_SKILL_DIR}`
 * / `${CLAUDE_PLUGIN_ROOT}` paths, with their offsets. Links inside code are examples, not references.
 */
export interface Reference {
  offset: number; length: number; target: string; base: 'skill' | 'plugin'; inCode: boolean;
  /** Inside a fenced block that shows an example document (markdown, yaml, json, text, or no language). */
  inExample: boolean;
}

const EXAMPLE_LANGS = new Set(['', 'markdown', 'md', 'mdx', 'yaml', 'yml', 'json', 'jsonc', 'text', 'txt', 'plaintext']);

/** Fenced code blocks in `text` (from `start`): sorted [start, end, language) ranges, each a run of whole lines. */
function fencedBlocks(text: string, start: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  let open: { at: number; marker: string; lang: string } | undefined;
  let m: RegExpExecArray | null;
  // A fence line holds ``` or ~~~ at most 3 characters after its start: the regex starts there, not at
  // every line of prose before it (found natively; same matches).
  let backticks = -1;
  let tildes = -1;
  for (let from = start; ; from = fence.lastIndex) {
    if (backticks < from) backticks = text.indexOf('```', from);
    if (tildes < from) tildes = text.indexOf('~~~', from);
    if (backticks < 0 && tildes < 0) break;
    const next = backticks < 0 ? tildes : tildes < 0 ? backticks : Math.min(backticks, tildes);
    fence.lastIndex = Math.max(from, next - 3);
    if (!(m = fence.exec(text))) break;
    if (!open) open = { at: m.index, marker: m[2], lang: m[0].slice(m[1].length + m[2].length).trim().split(/[\s{]/)[0].toLowerCase() };
    else if (m[2][0] === open.marker[0] && m[2].length >= open.marker.length && m[0].trim() === m[2]) {
      out.push([open.at, m.index + m[0].length, open.lang]);
      open = undefined;
    }
  }
  if (open) out.push([open.at, text.length, open.lang]);
  return out;
}

const INLINE_CODE = /(`+)[^`\n]+?\1/g;

/**
 * True when `o` (outside every fenced block) sits in an inline code span. A span never crosses a line
 * break, so scanning the one line that holds `o` finds what a scan of the whole body would.
 */
function inInlineCode(text: string, start: number, o: number): boolean {
  const lineStart = Math.max(start, text.lastIndexOf('\n', o - 1) + 1);
  const next = text.indexOf('\n', o);
  const line = text.slice(lineStart, next < 0 ? text.length : next);
  INLINE_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_CODE.exec(line))) {
    const at = lineStart + m.index;
    if (at > o) return false;
    if (o < at + m[0].length) return true;
  }
  return false;
}

/**
 * Whether an offset sits in code (a fenced block or an inline span) or in an example block: what
 * `codeRanges` tells, with the fences scanned once on first use and inline spans looked up per line.
 */
export function codeIndex(text: string, start: number): { inCode(o: number): boolean; inExample(o: number): boolean } {
  let fences: Array<[number, number, string]> | undefined;
  const blocks = () => (fences ??= fencedBlocks(text, start));
  return {
    inCode: (o) => inRanges(blocks(), o) || inInlineCode(text, start, o),
    inExample: (o) => inRanges(blocks(), o, ([, , lang]) => lang !== undefined && EXAMPLE_LANGS.has(lang)),
  };
}

/** Ranges of fenced code blocks and inline code spans in `text` (from `start`): the whole-body scan `codeIndex` answers from. */
export function codeRanges(text: string, start: number): Array<[number, number, string?]> {
  const out: Array<[number, number, string?]> = fencedBlocks(text, start);
  // Fenced blocks are sorted: walk them with one cursor (linear, not a scan per inline span).
  const blocks = out.slice();
  let k = 0;
  const inline = /(`+)[^`\n]+?\1/g;
  inline.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = inline.exec(text))) {
    while (k < blocks.length && blocks[k][1] <= m.index) k++;
    if (k < blocks.length && blocks[k][0] <= m.index) { inline.lastIndex = Math.max(inline.lastIndex, blocks[k][1]); continue; }
    out.push([m.index, m.index + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Sorted, non-overlapping [start, end) ranges → membership test by binary search. */
function inRanges(ranges: ReadonlyArray<readonly [number, number, string?]>, o: number, accept: (r: readonly [number, number, string?]) => boolean = () => true): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid];
    if (o < a) hi = mid - 1;
    else if (o >= b) lo = mid + 1;
    else return accept(ranges[mid]);
  }
  return false;
}

let memo: { text: string; start: number; refs: Reference[] } | undefined;

/** References in a skill body; memoized for the last text (several rules ask for the same file). */
export function findReferences(text: string, start: number): Reference[] {
  if (memo && memo.text === text && memo.start === start) return memo.refs;
  const refs = scanReferences(text, start);
  memo = { text, start, refs };
  return refs;
}

function scanReferences(text: string, start: number): Reference[] {
  // Code ranges only when there is a reference to place: most bodies have none, and the scan is the cost.
  const index = codeIndex(text, start);
  const out: Reference[] = [];
  const link = /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
  let m: RegExpExecArray | null;
  // Every link holds `](` on the line it starts on: the regex starts at the line of the next `](`, not
  // at every line of prose before it (found natively; same matches). A body without one is not scanned.
  for (let from = start; ; from = link.lastIndex) {
    const close = text.indexOf('](', from);
    if (close < 0) break;
    let lineStart = close;
    while (lineStart > from && text.charCodeAt(lineStart - 1) !== 10 /* \n */) lineStart--;
    link.lastIndex = lineStart;
    if (!(m = link.exec(text))) break;
    const target = m[1];
    const offset = m.index + m[0].indexOf(target);
    out.push(new LazyReference(offset, target.length, target, 'skill', m.index, index));
  }
  const env = /\$\{(CLAUDE_SKILL_DIR|CLAUDE_PLUGIN_ROOT)\}([/\\][^\s"'`)<>\]|;&,*]*)/g;
  env.lastIndex = text.indexOf('${CLAUDE_', start) < 0 ? text.length : start;
  while ((m = env.exec(text))) {
    out.push(new LazyReference(m.index, m[0].length, m[2].slice(1), m[1] === 'CLAUDE_SKILL_DIR' ? 'skill' : 'plugin', m.index, index));
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * A reference whose `inCode` / `inExample` are decided on first read: the code-span scan runs only when a
 * rule needs them (a URL or an existing file never does). A class: the getters live on one prototype.
 */
class LazyReference implements Reference {
  private code: boolean | undefined;
  private example: boolean | undefined;
  constructor(
    readonly offset: number, readonly length: number, readonly target: string, readonly base: Reference['base'],
    private readonly at: number, private readonly index: ReturnType<typeof codeIndex>,
  ) {}
  get inCode(): boolean { return (this.code ??= this.index.inCode(this.at)); }
  get inExample(): boolean { return (this.example ??= this.index.inExample(this.at)); }
}
