
import { defineRule, src } from '../define';
import { isPluginManifest, MR_DATE, MR_URL } from './helpers';
import { replaceValue } from '../../edits/json-edits';
import { valueOf } from '../../parse/node';
import type { Fix } from '../../types';
import { effect } from '../../load/effect';

export default defineRule({
  id: 'plugin/repository-object',
  kinds: ['plugin'],
  description: 'An npm-style `repository` object fails the load; Claude Code wants the URL string.',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['suggestion'],
  sources: [src(MR_URL, MR_DATE, 'repository is a string; 2.1.332 fails an object (oracles.md §7.3)')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const node = valueOf(ctx.file.root, 'repository');
    if (node?.type !== 'object') return;
    const url = valueOf(node, 'url');
    const fixes: Fix[] = [];
    if (url?.type === 'string' && typeof url.value === 'string') {
      const clean = url.value.replace(/^git\+/, '').replace(/\.git$/, '');
      const edits = replaceValue(node, clean);
      // Drops the object's other keys (`type`) and rewrites the URL: a suggestion, never applied in bulk.
      fixes.push({ title: `Use the repository URL string "${clean}"`, tier: 'suggestion', edits });
    }
    ctx.report({ data: { effect: effect('refused', ['claude-code']) },
      node,
      message: '"repository" is an object (npm style), but plugin.json takes a URL string: Claude Code refuses to load the plugin, so none of its skills, commands or agents load.',
      fixes,
    });
  },
});
