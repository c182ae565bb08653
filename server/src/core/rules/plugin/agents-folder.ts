import { defineRule, src } from '../define';
import { isPluginManifest, MR_DATE, MR_URL } from './helpers';
import { itemsOf, stringValue, valueOf, type Node } from '../../parse/node';
import { join, normalize } from '../../paths';
import type { Fix } from '../../types';
import { effect } from '../../load/effect';

/**
 * `"agents": ["./agents"]` (a folder) fails the manifest: `agents` takes .md files. The fix lists the
 * folder's .md files instead (what the author meant), keeping the other entries.
 */
export default defineRule({
  id: 'plugin/agents-folder',
  kinds: ['plugin'],
  description: 'An `agents` entry names a folder; plugin.json takes agent .md files, so the plugin fails to load.',
  defaultSeverity: 'error',
  fixable: true,
  fixTiers: ['safe'],
  sources: [src(MR_URL, MR_DATE, 'agents: string|array of .md file paths; 2.1.332: "Invalid string: must end with .md"')],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const agents = valueOf(ctx.file.root, 'agents');
    const entries: Node[] = agents?.type === 'array' ? itemsOf(agents) : agents?.type === 'string' ? [agents] : [];
    const pluginRoot = ctx.file.path.replace(/\/\.claude-plugin\/plugin\.json$/, '');
    for (const entry of entries) {
      const value = stringValue(entry);
      if (value === undefined || value.endsWith('.md')) continue;
      const folder = normalize(join(pluginRoot, value));
      if (!ctx.workspace.isDirectory(folder)) continue;
      const files = (ctx.workspace.listDirectory(folder) ?? [])
        .filter((e) => !e.isDirectory && e.name.endsWith('.md') && !/^readme\.md$/i.test(e.name))
        .map((e) => `${value.replace(/\/$/, '')}/${e.name}`)
        .sort();
      const fixes: Fix[] = [];
      if (files.length) {
        const replacement = files.map((f) => JSON.stringify(f)).join(', ');
        // A string value becomes an array; an array entry is replaced in place by the file entries.
        const newText = agents?.type === 'string' ? `[${replacement}]` : replacement;
        fixes.push({ title: `List the ${files.length} .md file(s) of ${value}`, edits: [{ offset: entry.offset, length: entry.length, newText }], tier: 'safe', isPreferred: true });
      }
      ctx.report({ data: { effect: effect('refused', ['claude-code']) },
        node: entry,
        message: `"${value}" is a folder, but plugin.json's \`agents\` takes .md files: Claude Code refuses to load the plugin ("must end with .md"), so none of its skills, commands or agents load. List the agent files${files.length ? ` (${files.length} in this folder)` : ''}, or drop the key to use the default agents/ folder.`,
        fixes,
      });
    }
  },
});
