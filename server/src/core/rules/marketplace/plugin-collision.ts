import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { join } from '../../paths';
import { readJson } from '../../index/components';
import { isObject } from '../../index/paths';

export default defineRule({
  id: 'marketplace/plugin-collision',
  kinds: ['marketplace'],
  description: 'Two entries install the same folder, or plugins whose manifests share a name (their components collide).',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE), src('https://code.claude.com/docs/en/plugins/manifest-reference', '2026-10-04')],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    const byRoot = new Map<string, number>();
    const byName = new Map<string, number>();
    for (const e of entries(ctx)) {
      if (!e.pluginRoot || !e.sourceNode) continue;
      const r = byRoot.get(e.pluginRoot);
      // Entries that pick different skills/commands from one folder (strict:false) are distinct plugins.
      const picks = ['skills', 'commands', 'agents'].some((k) => e.value[k] !== undefined);
      if (r !== undefined && !picks) {
        ctx.report({ node: e.sourceNode, message: `plugins[${e.index}] installs the same folder as plugins[${r}]: both plugins provide identical components under different ids, so every skill and command appears twice.` });
        continue;
      }
      if (r !== undefined) continue;
      byRoot.set(e.pluginRoot, e.index);
      const m = readJson(ctx.workspace, join(e.pluginRoot, '.claude-plugin', 'plugin.json'));
      const name = isObject(m) && typeof m.name === 'string' ? m.name : e.name;
      if (!name) continue;
      const n = byName.get(name);
      if (n !== undefined && name !== e.name) {
        ctx.report({ node: e.sourceNode, message: `plugins[${e.index}] and plugins[${n}] both load as plugin "${name}" (their plugin.json names): enabled together, their components share the "${name}:" namespace and shadow each other.` });
      }
      if (n === undefined) byName.set(name, e.index);
    }
  },
});
