/**
 * Terminal presentation: whether to colour (a TTY, `NO_COLOR`, `FORCE_COLOR`, `--color`/`--no-color`),
 * how wide to wrap (the terminal's columns, 100 when not a TTY), and word wrapping. No dependency: the
 * handful of SGR codes needed are written here.
 */

export interface Style {
  color: boolean;
  width: number;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export interface OutputStream { isTTY?: boolean; columns?: number }

export const PIPE_WIDTH = 100;
const MIN_WIDTH = 40;

/**
 * Colour is on for a TTY unless `NO_COLOR` is set (non-empty); `FORCE_COLOR` (any value but `0`/`false`)
 * turns it on anywhere and wins over `NO_COLOR`, as in Node itself; an explicit flag wins over both.
 */
export function wantsColor(stream: OutputStream, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function makeStyle(color: boolean, width: number): Style {
  const sgr = (open: number, close: number) => (s: string) => (color && s ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    color, width: Math.max(MIN_WIDTH, width),
    red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39), green: sgr(32, 39),
    dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24),
  };
}

export function styleFor(stream: OutputStream, env: NodeJS.ProcessEnv, flag?: boolean): Style {
  const width = stream.isTTY && stream.columns ? stream.columns : PIPE_WIDTH;
  return makeStyle(wantsColor(stream, env, flag), width);
}

/** Plain style for tests and machine formats. */
export const PLAIN: Style = makeStyle(false, PIPE_WIDTH);

/** Greedy word wrap; a word longer than the width gets a line of its own rather than being cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf)\.$/i;

/**
 * Splits a message into its first sentence and the rest. A sentence ends at `.`, `!` or `?` followed by a
 * space and a capital, a quote, a backtick or a digit, outside backticks, double quotes and parentheses
 * (so `SKILL.md`, `(e.g. x)` and `"a. B"` do not split).
 */
export function splitFirstSentence(message: string): [string, string] {
  let depth = 0;
  let inTick = false;
  let inQuote = false;
  for (let i = 0; i < message.length - 2; i++) {
    const c = message[i];
    if (c === '`') inTick = !inTick;
    else if (inTick) continue;
    else if (c === '"') inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '.' || c === '!' || c === '?') && message[i + 1] === ' ' && /[A-Z0-9`"']/.test(message[i + 2])) {
      if (c === '.' && ABBREVIATIONS.test(message.slice(Math.max(0, i - 5), i + 1))) continue;
      return [message.slice(0, i + 1), message.slice(i + 2).trim()];
    }
  }
  return [message, ''];
}
