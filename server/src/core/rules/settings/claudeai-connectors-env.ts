import { defineRule } from '../define';
import { keyNodeOf, keyOf, propertiesOf, valueOf } from '../../parse/node';
import { insertProperty } from '../../edits/json-edits';
import { CLAUDEAI_MCP_ENV, MCP_DOC, SETTINGS_REF } from '../../knowledge/settings-keys';
import { safeFix } from './helpers';

/**
 * The claude.ai connector opt-out. Org connectors sync into Claude Code by default (and cost context);
 * the docs give `ENABLE_CLAUDEAI_MCP_SERVERS=false` as a per-shell variable and `disableClaudeAiConnectors`
 * as the settings key. Whether the variable works from settings `env` is not documented, so the finding
 * offers the documented key; and a `true` cannot undo a settings-file `disableClaudeAiConnectors: true`.
 */
export default defineRule({
  id: 'settings/claudeai-connectors-env',
  kinds: ['settings'],
  description: 'ENABLE_CLAUDEAI_MCP_SERVERS in settings env: the documented settings-file opt-out from claude.ai connectors is disableClaudeAiConnectors.',
  defaultSeverity: 'info',
  fixable: true,
  fixTiers: ['safe'],
  sources: [
    { ...MCP_DOC, note: 'Disable claude.ai connectors: ENABLE_CLAUDEAI_MCP_SERVERS=false "for the current shell session"' },
    { ...SETTINGS_REF, note: 'disableClaudeAiConnectors (v2.1.182+): "whichever of the two turns them off, the other can\'t turn them back on"' },
  ],
  check(ctx) {
    const root = ctx.file.root;
    if (root?.type !== 'object') return;
    const prop = propertiesOf(valueOf(root, 'env')).find((p) => keyOf(p) === CLAUDEAI_MCP_ENV);
    if (!prop) return;
    const value = prop.children?.[1]?.value;
    const keySetting = valueOf(root, 'disableClaudeAiConnectors');
    if (value === 'false' && keySetting?.value !== true) {
      ctx.report({
        node: keyNodeOf(prop),
        message: `The docs describe ${CLAUDEAI_MCP_ENV}=false for one shell session; from a settings file the documented way to stop claude.ai connectors loading in Claude Code is "disableClaudeAiConnectors": true (v2.1.182+). Whether this env entry alone stops them is not documented.`,
        fixes: [safeFix('Add "disableClaudeAiConnectors": true', insertProperty(ctx.file.text, root, 'disableClaudeAiConnectors', true))],
      });
    } else if (value !== 'false' && keySetting?.value === true) {
      ctx.report({
        node: keyNodeOf(prop), severity: 'warning',
        message: `${CLAUDEAI_MCP_ENV}=${JSON.stringify(value)} cannot turn claude.ai connectors back on: disableClaudeAiConnectors is true in this file, and whichever of the two turns them off wins.`,
      });
    }
  },
});
