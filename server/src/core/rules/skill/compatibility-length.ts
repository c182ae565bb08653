import { defineRule } from '../define';
import { field, uploadTargets } from './support';
import { COMPATIBILITY_MAX } from '../../knowledge/skill-spec';

export default defineRule({
  id: 'skill/compatibility-length',
  kinds: ['skill'],
  description: '`compatibility`, when present, must be a non-empty string of at most 500 characters.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: COMPATIBILITY_MAX.sources,
  check(ctx) {
    const f = field(ctx.file, 'compatibility');
    if (!f) return;
    const value = f.value.type === 'string' ? String(f.value.value) : undefined;
    const problem = value === undefined ? 'is not a string' : value.trim() === '' ? 'is empty'
      : value.length > COMPATIBILITY_MAX.value ? `is ${value.length} characters long (maximum ${COMPATIBILITY_MAX.value})` : undefined;
    if (!problem) return;
    const upload = uploadTargets(ctx).length > 0;
    ctx.report({
      node: f.value.length ? f.value : f.keyNode,
      message: `\`compatibility\` ${problem}: Claude Code accepts only a string of up to ${COMPATIBILITY_MAX.value} characters (and ignores its content), and the Agent Skills spec, the claude.ai upload and the Skills API reject it.`,
      severity: upload && ctx.targets.explicit ? 'error' : 'warning',
    });
  },
});
