import { defineRule } from '../define';
import { stringValue, valueOf } from '../../parse/node';
import { HOOKS_REF, MANIFEST_REF, PLUGIN_COMPONENTS, TROUBLESHOOTING } from '../../knowledge/hooks-events';
import type { Edit } from '../../types';
import { forEachHandler, hooksSites } from './sites';
import { jsonStringOffset, unquotedPlaceholders } from './shell';

/** Shell-form command with `${CLAUDE_PLUGIN_ROOT}` outside quotes: an install path with a space splits. */
export default defineRule({
  id: 'hooks/unquoted-placeholder',
  kinds: ['hooks', 'settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'A shell-form hook command uses ${CLAUDE_PLUGIN_ROOT} (or another path placeholder) outside double quotes.',
  defaultSeverity: 'warning',
  fixable: true,
  fixTiers: ['safe'],
  sources: [MANIFEST_REF, PLUGIN_COMPONENTS, TROUBLESHOOTING, HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      forEachHandler(site, ({ handler }) => {
        if (stringValue(valueOf(handler, 'type')) !== 'command') return;
        if (valueOf(handler, 'args')) return; // exec form: no shell
        if (stringValue(valueOf(handler, 'shell')) === 'powershell') return; // PowerShell form rewrites placeholders
        const node = valueOf(handler, 'command');
        const cmd = stringValue(node);
        if (!node || cmd === undefined) return;
        const spans = unquotedPlaceholders(cmd);
        if (spans.length === 0) return;
        const edits: Edit[] = [];
        for (const s of spans) {
          const start = jsonStringOffset(ctx.file.text, node, s.index);
          const end = jsonStringOffset(ctx.file.text, node, s.index + s.length);
          if (start === undefined || end === undefined) { edits.length = 0; break; }
          edits.push({ offset: start, length: 0, newText: '\\"' }, { offset: end, length: 0, newText: '\\"' });
        }
        const names = [...new Set(spans.map((s) => '${' + s.name + '}'))].join(', ');
        ctx.report({
          node,
          message: `${names} is outside double quotes in this shell-form command: if the install path contains a space, the shell splits it and the hook fails to run. Wrap the placeholder in double quotes, or use exec form with "args".`,
          fixes: edits.length ? [{ title: 'Quote the placeholder', tier: 'safe', edits, isPreferred: true }] : undefined,
        });
      });
    }
  },
});
