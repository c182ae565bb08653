/** The rule registry: every rule of every kind. Docs, README table and settings enum derive from it. */
import type { Rule } from '../types';
import { FILE_RULES } from './file';
import { CONFIG_RULES } from './config';
import { SKILL_RULES } from './skill';
import { COMPONENT_RULES } from './component';
import { PLUGIN_RULES } from './plugin';
import { MARKETPLACE_RULES } from './marketplace';
import { HOOKS_RULES } from './hooks';
import { LSP_RULES } from './lsp';
import { MCP_RULES } from './mcp';
import { MCPB_RULES } from './mcpb';
import { SETTINGS_RULES } from './settings';
import { REACH_RULES } from './reach';
import { SCHEMA_RULES } from '../schema/rules';

export const RULES: readonly Rule[] = [
  ...FILE_RULES, ...CONFIG_RULES, ...SKILL_RULES, ...COMPONENT_RULES, ...PLUGIN_RULES, ...MARKETPLACE_RULES,
  ...HOOKS_RULES, ...LSP_RULES, ...MCP_RULES, ...MCPB_RULES, ...SETTINGS_RULES, ...REACH_RULES, ...SCHEMA_RULES,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export const RULE_DOCS_BASE = 'https://github.com/plugin-lens/plugin-lens/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
