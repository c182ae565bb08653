import { defineRule, src } from '../define';
import { entries, isMarketplace, marketplaceRoot, MKR_DATE, MKR_URL, pluginRootSetting } from './helpers';
import { nodeAtPointer } from '../../parse/node';
import { isInside, join, normalize } from '../../paths';

/** Top-level things that make a folder a plugin (what a command source's output must hold, too). */
const PLUGIN_CONTENT = ['.claude-plugin', 'skills', 'commands', 'agents', 'hooks', '.mcp.json', '.lsp.json', 'output-styles', 'SKILL.md', 'monitors', 'themes', 'workflows'];

export default defineRule({
  id: 'marketplace/source-path',
  kinds: ['marketplace'],
  description: 'A relative plugin source that is malformed, escapes the marketplace, does not exist or holds no plugin.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    const root = marketplaceRoot(ctx.file.path);
    const pr = pluginRootSetting(ctx);
    const prNode = nodeAtPointer(ctx.file.root, '/metadata/pluginRoot');
    if (typeof pr === 'string' && prNode) {
      const abs = normalize(join(root, pr));
      if (!isInside(root, abs) || pr.startsWith('/')) ctx.report({ node: prNode, message: `metadata.pluginRoot "${pr}" must be a relative path inside the marketplace: bare-name sources cannot resolve.` });
    }
    for (const e of entries(ctx)) {
      const s = e.value.source;
      const node = e.sourceNode;
      if (typeof s !== 'string' || !node) continue;
      if (s !== '.' && !s.startsWith('./')) {
        if (s.includes('/') || s.includes('\\')) continue; // schema: must start with "./"
        if (typeof pr !== 'string') {
          ctx.report({ node, message: `Bare source name "${s}" needs metadata.pluginRoot (Claude Code 2.1.239+); without it claude plugin validate fails ("must start with ./") and the plugin cannot be installed. Write "./${s}" or set metadata.pluginRoot.` });
          continue;
        }
      }
      if (s.split('/').includes('..')) {
        ctx.report({ node, message: `Path contains "..": ${s}. claude plugin validate fails it; plugin source paths resolve from the marketplace root (the folder containing .claude-plugin/), not from marketplace.json.` });
        continue;
      }
      if (s.slice(2).includes('\\')) {
        ctx.report({ node, message: `"${s}" contains a backslash after "./": Claude Code refuses this entry on macOS and Linux. Use forward slashes.` });
        continue;
      }
      const dir = e.pluginRoot;
      if (!dir) continue;
      if (!ctx.workspace.isDirectory(dir)) {
        const what = ctx.workspace.exists(dir) ? 'is a file, not a plugin folder' : 'does not exist';
        ctx.report({ node, message: `Plugin source "${s}" ${what} (resolved from the marketplace root): installing "${e.name ?? 'this plugin'}" fails. claude plugin validate does not check this.` });
        continue;
      }
      const listing = ctx.workspace.listDirectory(dir) ?? [];
      const hasContent = listing.some((x) => PLUGIN_CONTENT.includes(x.name));
      const entryComponents = ['skills', 'commands', 'agents', 'hooks', 'mcpServers', 'lspServers', 'outputStyles'].some((k) => e.value[k] !== undefined);
      if (!hasContent && !entryComponents) {
        ctx.report({ node, message: `Plugin source "${s}" holds no plugin: no .claude-plugin/plugin.json and no skills/, commands/, agents/, hooks/ or .mcp.json at its top level, so the installed plugin provides nothing.` });
      }
    }
  },
});
