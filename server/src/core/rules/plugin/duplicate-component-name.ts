import { defineRule, src } from '../define';
import { isPluginManifest, manifestScan, pluginRootOf } from './helpers';
import { valueOf } from '../../parse/node';
import { relative } from '../../paths';

export default defineRule({
  id: 'plugin/duplicate-component-name',
  kinds: ['plugin'],
  description: 'Two skills, agents or commands of one plugin get the same name, so one shadows the other.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src('https://code.claude.com/docs/en/plugins/components', '2026-10-08'), src('https://code.claude.com/docs/en/skills', '2026-08-22')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const root = pluginRootOf(ctx.file.path);
    const { components } = manifestScan(ctx);
    const groups = new Map<string, string[]>();
    for (const c of components) {
      if (c.type !== 'skill' && c.type !== 'agent' && c.type !== 'command') continue;
      // Skills and commands share the slash-command namespace; agents have their own.
      const ns = c.type === 'agent' ? 'agent' : 'slash';
      const key = `${ns}\u0000${c.name}`;
      const list = groups.get(key) ?? [];
      if (!list.includes(c.path)) list.push(c.path);
      groups.set(key, list);
    }
    const name = valueOf(ctx.file.root, 'name');
    for (const [key, paths] of groups) {
      if (paths.length < 2) continue;
      const [ns, n] = key.split('\u0000');
      ctx.report({
        node: name, range: name ? undefined : { offset: 0, length: 1 },
        message: `${ns === 'agent' ? 'Agent' : 'Skill/command'} name "${n}" is defined ${paths.length} times in this plugin (${paths.map((p) => relative(root, p)).join(', ')}): only one of them is reachable as /${typeof name?.value === 'string' ? name.value : '<plugin>'}:${n}.`,
      });
    }
  },
});
