/** The Claude Code settings rules (schema rules come from the schema). Add each new rule file here. */
import type { Rule } from '../../types';
import unknownMarketplace from './unknown-marketplace';
import pluginId from './plugin-id';
import marketplaceSource from './marketplace-source';
import scopeIgnored from './scope-ignored';
import permissionRule from './permission-rule';
import mcpjsonServer from './mcpjson-server';
import envIgnored from './env-ignored';
import claudeaiConnectorsEnv from './claudeai-connectors-env';
import marketplaceNotAllowed from './marketplace-not-allowed';
import unknownPlugin from './unknown-plugin';
import hooksDisabled from './hooks-disabled';

export const SETTINGS_RULES: Rule[] = [
  unknownMarketplace, pluginId, marketplaceSource, scopeIgnored, permissionRule, mcpjsonServer, envIgnored, claudeaiConnectorsEnv,
  marketplaceNotAllowed, unknownPlugin, hooksDisabled,
];
