import { defineRule } from '../define';
import { COMPONENTS, SUB_AGENTS, TROUBLESHOOTING } from '../../knowledge/component-fields';
import { checkMissingFrontmatter } from './missing-frontmatter';

export default defineRule({
  id: 'agent/missing-frontmatter',
  kinds: ['agent'],
  description: 'The agent file has no --- frontmatter block (or it is never closed), so it loads without its metadata.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [TROUBLESHOOTING, COMPONENTS, SUB_AGENTS],
  check(ctx) {
    checkMissingFrontmatter(ctx, 'agent');
  },
});
