/**
 * The hooks rules. They run on every file kind that can hold hooks (hooks.json, settings, inline plugin.json
 * `hooks`, agent/skill/command frontmatter) through `hooksSites`, so other kinds need not call them. The
 * helpers are exported for rules that want to walk a hooks object themselves.
 */
import type { Rule } from '../../types';
import missingWrapper from './missing-wrapper';
import nestedWrapper from './nested-wrapper';
import eventNameCase from './event-name-case';
import matcherIgnored from './matcher-ignored';
import matcherInvalidRegex from './matcher-invalid-regex';
import matcherNeverMatches from './matcher-never-matches';
import pluginMcpMatcher from './plugin-mcp-matcher';
import ifIgnored from './if-ignored';
import timeout from './timeout';
import userConfigInShell from './user-config-in-shell';
import unquotedPlaceholder from './unquoted-placeholder';
import missingScript from './missing-script';
import execCommandSpaces from './exec-command-spaces';
import onceIgnored from './once-ignored';

export { hooksSites, forEachHandler, forEachGroup, effectSeverity, type HooksSite, type HooksOrigin } from './sites';
export { readMatcher, type MatcherReading } from './matcher';
export { unquotedPlaceholders, pluginPaths } from './shell';

export const HOOKS_RULES: Rule[] = [
  missingWrapper, nestedWrapper, eventNameCase, matcherIgnored, matcherInvalidRegex, matcherNeverMatches, pluginMcpMatcher,
  ifIgnored, timeout, userConfigInShell, unquotedPlaceholder, missingScript, execCommandSpaces, onceIgnored,
];
