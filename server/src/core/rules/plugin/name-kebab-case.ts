
import { defineRule, src } from '../define';
import { isPluginManifest } from './helpers';
import { replaceValue } from '../../edits/json-edits';
import { valueOf } from '../../parse/node';
import { renameTier } from '../../fixes';
import { KEBAB_CASE, SCHEMA_REJECTED_NAME_CHARS, toKebabCase } from '../../knowledge/plugin-names';

export default defineRule({
  id: 'plugin/name-kebab-case',
  kinds: ['plugin'],
  description: 'The plugin name is not kebab-case; the claude.ai marketplace sync rejects it.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe', 'suggestion'],
  sources: [src(KEBAB_CASE.source.url, KEBAB_CASE.source.date), src('https://code.claude.com/docs/en/plugins/manifest-reference', '2026-10-04')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const node = valueOf(ctx.file.root, 'name');
    if (node?.type !== 'string' || typeof node.value !== 'string' || node.value === '') return;
    if (KEBAB_CASE.pattern.test(node.value)) return;
    const suggestion = toKebabCase(node.value);
    const fixes = suggestion && suggestion !== node.value
      ? [{ title: `Rename to "${suggestion}"`, edits: replaceValue(node, suggestion), tier: renameTier(node.value, suggestion), isPreferred: !SCHEMA_REJECTED_NAME_CHARS.test(node.value) }]
      : [];
    ctx.report({ node, message: `Plugin name "${node.value}" is not kebab-case: claude plugin validate warns and the claude.ai marketplace sync rejects it. Components are namespaced under this name, so renaming changes their ids.`, fixes });
  },
});
