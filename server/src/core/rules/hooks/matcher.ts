/** How Claude Code reads a matcher string [hooks reference "Matcher patterns"]. */
import { EXACT_MATCHER, NARROW_EXACT_MATCHER, type HookEvent } from '../../knowledge/hooks-events';

export type MatcherReading =
  | { kind: 'all' }
  | { kind: 'exact'; names: string[] }
  | { kind: 'regex'; source: string; error?: string };

export function readMatcher(value: string, event: HookEvent | undefined): MatcherReading {
  if (value === '' || value === '*') return { kind: 'all' };
  const narrow = event?.narrowExact === true;
  if ((narrow ? NARROW_EXACT_MATCHER : EXACT_MATCHER).test(value)) {
    const names = value.split(narrow ? /\|/ : /[|,]/).map((s) => s.trim()).filter(Boolean);
    return { kind: 'exact', names };
  }
  try {
    new RegExp(value);
    return { kind: 'regex', source: value };
  } catch (err) {
    return { kind: 'regex', source: value, error: (err as Error).message.replace(/^Invalid regular expression: /, '') };
  }
}
