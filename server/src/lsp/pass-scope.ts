/**
 * What a re-validation pass covers: every scanned file, or the files some edits can change (a plugin's
 * JSON edit names its plugin's files, the marketplaces and the settings: the core's indexAfterTextEdit).
 * Edits that come while a pass is pending or running add up; past MAX_TESTS of them (typing on while
 * passes keep being stopped) the pass covers everything rather than test every path against each.
 */
export type Scope = 'all' | ReadonlyArray<(path: string) => boolean>;

export function unionOf(a: Scope | undefined, b: Scope | undefined): Scope | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a === 'all' || b === 'all' || a.length + b.length > MAX_TESTS ? 'all' : [...a, ...b];
}

const MAX_TESTS = 32;

export function inScope(scope: Scope, path: string): boolean {
  return scope === 'all' || scope.some((affected) => affected(path));
}
