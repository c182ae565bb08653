import { defineRule, src } from '../define';
import { isPluginManifest } from './helpers';
import { valueOf } from '../../parse/node';
import { DESKTOP_NAME, PLUGIN_ID_PART, SCHEMA_REJECTED_NAME_CHARS } from '../../knowledge/plugin-names';

export default defineRule({
  id: 'plugin/name-charset',
  kinds: ['plugin'],
  description: 'The plugin name uses characters a plugin id (plugin@marketplace) or Claude Desktop does not accept.',
  defaultSeverity: 'warning',
  fixable: false,
  explains: ['plugin/name-kebab-case'],
  sources: [src(PLUGIN_ID_PART.source.url, PLUGIN_ID_PART.source.date)],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const node = valueOf(ctx.file.root, 'name');
    if (node?.type !== 'string' || typeof node.value !== 'string' || node.value === '') return;
    const name = node.value;
    if (SCHEMA_REJECTED_NAME_CHARS.test(name)) return; // the schema already fails these names
    if (!PLUGIN_ID_PART.pattern.test(name)) {
      ctx.report({ node, message: `Plugin name "${name}" uses characters outside letters, digits, ".", "_" and "-" (or does not start with a letter or digit): Claude Code cannot install it from a marketplace as "${name}@<marketplace>", and Claude Desktop drops it.` });
    } else if (name.length > DESKTOP_NAME.maxLength) {
      ctx.report({ node, message: `Plugin name is ${name.length} characters long; Claude Desktop accepts at most ${DESKTOP_NAME.maxLength} and drops the plugin.`, surfaces: ['claude-desktop-chat', 'cowork', 'claude-code-desktop'] });
    }
  },
});
