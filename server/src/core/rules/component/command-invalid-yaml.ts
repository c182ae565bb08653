import { defineRule } from '../define';
import { COMPONENTS, SUB_AGENTS, TROUBLESHOOTING } from '../../knowledge/component-fields';
import { checkFrontmatterYaml } from './yaml-check';

export default defineRule({
  id: 'command/invalid-yaml',
  kinds: ['command'],
  description: 'The command frontmatter is not valid YAML: an error when Claude Code cannot recover it, a warning when only its lenient reader accepts it.',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe'],
  sources: [TROUBLESHOOTING, COMPONENTS, SUB_AGENTS],
  check(ctx) {
    checkFrontmatterYaml(ctx, 'command');
  },
});
