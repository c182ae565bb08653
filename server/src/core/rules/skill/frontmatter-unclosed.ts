import { defineRule, src } from '../define';
import { uploadTargets } from './support';
import { effect } from '../../load/effect';

export default defineRule({
  id: 'skill/frontmatter-unclosed',
  kinds: ['skill'],
  description: 'The frontmatter opens with `---` but never closes, so the whole file is read as body with no metadata.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [
    src('https://code.claude.com/docs/en/skills#frontmatter-reference', '2026-08-22'),
    src('https://agentskills.io/specification', '2026-08-09'),
  ],
  check(ctx) {
    const fm = ctx.file.frontmatter;
    if (!fm?.present || !fm.unclosed) return;
    const upload = uploadTargets(ctx).length > 0;
    ctx.report({ data: { effect: effect('degraded', ['claude-code'], { loss: 'no frontmatter metadata: the whole file is body' }) },
      range: fm.open,
      message: 'The frontmatter has no closing `---` line: Claude Code reports "No frontmatter block found" and loads the whole file as the skill body with no name or description, ' +
        'so Claude never invokes it on its own; the claude.ai upload and the Skills API refuse it. Add a `---` line after the last field.',
      severity: upload && ctx.targets.explicit ? 'error' : 'warning',
    });
  },
});
