/** Helpers for rule files: one rule per file, `export default defineRule({...})`. */
import type { Rule, Source } from '../types';

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Source helper: `src('https://code.claude.com/docs/en/skills', '2026-08-22')`. */
export function src(url: string, date: string, note?: string): Source {
  return note ? { url, date, note } : { url, date };
}
