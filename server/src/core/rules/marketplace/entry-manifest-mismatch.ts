import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { valueOf } from '../../parse/node';
import { join, relative } from '../../paths';
import { readJson } from '../../index/components';
import { isObject } from '../../index/paths';

export default defineRule({
  id: 'marketplace/entry-manifest-mismatch',
  kinds: ['marketplace'],
  description: 'A relative entry\'s version or name differs from its plugin.json (plugin.json wins).',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE), src('https://code.claude.com/docs/en/plugins/loading', '2026-10-04')],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    const mroot = join(ctx.file.path, '..', '..');
    for (const e of entries(ctx)) {
      if (!e.pluginRoot) continue;
      const manifestPath = join(e.pluginRoot, '.claude-plugin', 'plugin.json');
      const manifest = readJson(ctx.workspace, manifestPath);
      if (!isObject(manifest)) continue;
      const rel = () => relative(mroot, manifestPath);
      const version = valueOf(e.node, 'version');
      if (version?.type === 'string' && typeof manifest.version === 'string' && manifest.version !== version.value) {
        ctx.report({ node: version, message: `Entry declares version "${String(version.value)}" but ${rel()} says "${manifest.version}". At install time, plugin.json wins; users see "${manifest.version}".` });
      }
      if (e.nameNode && e.name && typeof manifest.name === 'string' && manifest.name !== e.name) {
        ctx.report({ node: e.nameNode, severity: 'info', message: `Entry name "${e.name}" differs from ${rel()} name "${manifest.name}": users install "${e.name}@<marketplace>", but its skills, agents and commands are namespaced as "${manifest.name}:…".` });
      }
    }
  },
});
