import { defineRule } from '../define';
import { keyNodeOf, keyOf, propertiesOf, propertyOf } from '../../parse/node';
import { hookEvent, MANIFEST_REF, HOOKS_REF } from '../../knowledge/hooks-events';
import { hooksSites } from './sites';
import { effect } from '../../load/effect';

/**
 * Inline `hooks` in plugin.json, settings `hooks` and frontmatter `hooks` take the event map directly;
 * pasting a whole hooks.json there (`"hooks": { "hooks": { … } }`) nests the events one level too deep.
 */
export default defineRule({
  id: 'hooks/nested-wrapper',
  kinds: ['settings', 'plugin', 'agent', 'skill', 'command'],
  description: 'A "hooks" object inside "hooks": the events are one level too deep, so Claude Code registers none of them.',
  defaultSeverity: 'warning',
  fixable: false,
  explains: ['hooks/unknown-key', 'plugin/unknown-key', 'settings/unknown-key'],
  sources: [MANIFEST_REF, HOOKS_REF],
  check(ctx) {
    for (const site of hooksSites(ctx)) {
      const inner = propertyOf(site.eventMap, 'hooks');
      const value = inner?.children?.[1];
      if (!inner || value?.type !== 'object') continue;
      const events = propertiesOf(value).map(keyOf).filter((k) => hookEvent(k));
      if (events.length === 0) continue;
      const guard = events.some((e) => hookEvent(e)?.guard);
      ctx.report({ data: { effect: effect('dropped', ['claude-code']) },
        node: keyNodeOf(inner),
        severity: guard ? 'error' : 'warning',
        message: `Here "hooks" takes the events directly (${events.join(', ')}), not a hooks.json file with its own "hooks" wrapper: Claude Code reads "hooks" as an unknown event and registers none of these hooks.`
          + (guard ? ' A PreToolUse/PermissionRequest hook may be what guards a permission.' : '') + ' Remove the inner "hooks" level.',
      });
    }
  },
});
