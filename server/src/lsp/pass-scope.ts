/**
 * What a re-validation pass covers: every scanned file, or the files some edits can change (a plugin's
 * JSON edit names its plugin's files, the marketplaces and the settings: the core's indexAfterTextEdit;
 * a Markdown file's edit its readers: indexAfterMarkdownEdit), by edited file. Typing in one file keeps two
 * tests for it (`advance`), however many keystrokes; past MAX_FILES edited files (or MAX_TESTS_PER_FILE
 * tests of one, passes stopped again and again) the pass covers everything rather than test every path
 * against each.
 */
export type Test = (path: string) => boolean;
export type Scope = 'all' | ReadonlyMap<string, readonly Test[]>;

/** The files `test` names, as an edit of `key` (the edited file's path) can change them. */
export function scopeOf(key: string, test: Test): Scope {
  return new Map([[key, [test]]]);
}

export const NOTHING: Scope = new Map();

/** Both scopes: each file's tests from either (a pass taking over a stopped one's rest, with new edits). */
export function unionOf(a: Scope | undefined, b: Scope | undefined): Scope | undefined {
  return merge(a, b, (had, tests) => [...had, ...tests.filter((t) => !had.includes(t))]);
}

/**
 * `a` followed by a newer edit `b`: a file edited in both keeps its first test (what read it before these
 * edits) and takes the newer edit's latest (what reads it now); the ones between are moot, no pass ran.
 */
export function advance(a: Scope | undefined, b: Scope | undefined): Scope | undefined {
  return merge(a, b, (had, tests) => [had[0], tests[tests.length - 1]]);
}

function merge(a: Scope | undefined, b: Scope | undefined, both: (had: readonly Test[], tests: readonly Test[]) => readonly Test[]): Scope | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a === 'all' || b === 'all') return 'all';
  const out = new Map(a);
  for (const [key, tests] of b) {
    const had = out.get(key);
    const next = had ? both(had, tests) : tests;
    if (next.length > MAX_TESTS_PER_FILE) return 'all';
    out.set(key, next);
  }
  return out.size > MAX_FILES ? 'all' : out;
}

const MAX_FILES = 32;
const MAX_TESTS_PER_FILE = 8;

export function inScope(scope: Scope, path: string): boolean {
  if (scope === 'all') return true;
  for (const tests of scope.values()) for (const test of tests) if (test(path)) return true;
  return false;
}
