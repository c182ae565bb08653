import { defineRule } from '../define';
import { itemsOf, propertyOf, stringValue, valueOf } from '../../parse/node';
import type { RuleContext } from '../../types';
import { WINDOWS_SHIM_COMMANDS, WINDOWS_SOURCE } from '../../knowledge/mcp-transports';
import { serversOf } from './servers';

/** On Windows, `npx`/`uvx`… are script shims that can't be spawned directly: wrap them in `cmd /c`. */
export default defineRule({
  id: 'mcp/windows-command',
  kinds: ['mcp', 'desktop-config', 'managed-mcp', 'plugin', 'marketplace'],
  description: 'On Windows, "npx"/"uvx"-style commands need a "cmd /c" wrapper (reported only when the config targets Windows).',
  defaultSeverity: 'hint',
  fixable: true,
  fixTiers: ['safe'],
  sources: [WINDOWS_SOURCE, { url: 'https://github.com/SuperClaude-Org/SuperClaude_Framework/issues/390', date: '2026-08-22' }],
  check(ctx) {
    if (!targetsWindows(ctx)) return;
    for (const s of serversOf(ctx)) {
      const cmdNode = valueOf(s.entry, 'command');
      const cmd = stringValue(cmdNode);
      if (!cmdNode || !cmd || !WINDOWS_SHIM_COMMANDS.includes(cmd.toLowerCase())) continue;
      const argsNode = valueOf(s.entry, 'args');
      const args = itemsOf(argsNode).map((a) => stringValue(a));
      if (argsNode && (argsNode.type !== 'array' || args.some((a) => a === undefined))) continue;
      const edits = [{ offset: cmdNode.offset, length: cmdNode.length, newText: '"cmd"' }];
      if (argsNode) {
        const first = argsNode.children?.[0];
        edits.push(first
          ? { offset: first.offset, length: 0, newText: `"/c", ${JSON.stringify(cmd)}, ` }
          : { offset: argsNode.offset, length: argsNode.length, newText: `["/c", ${JSON.stringify(cmd)}]` });
      } else {
        edits.push({ offset: propertyOf(s.entry, 'command')!.offset + propertyOf(s.entry, 'command')!.length, length: 0, newText: `, "args": ["/c", ${JSON.stringify(cmd)}]` });
      }
      ctx.report({
        node: cmdNode,
        message: `On Windows "${cmd}" is a script shim that cannot be started without a shell, so server "${s.name}" fails to start. Use "command": "cmd" with "args": ["/c", "${cmd}", …].`,
        fixes: [{ title: `Wrap in cmd /c ${cmd}`, tier: 'safe', isPreferred: true, edits }],
      });
    }
  },
});

/** A Windows target: `platforms` in .plugin-lens.json, the rule option (`windows: true` or `platforms` containing "windows"), or Windows paths in this file. */
export function targetsWindows(ctx: RuleContext): boolean {
  const o = ctx.options as { windows?: unknown; platforms?: unknown };
  if (o.windows === true || ctx.config.platforms.includes('windows')) return true;
  if (Array.isArray(o.platforms)) return o.platforms.includes('windows');
  if (o.windows === false) return false;
  return /"[A-Za-z]:\\\\|%APPDATA%|%USERPROFILE%|\\\\AppData\\\\/.test(ctx.file.text);
}
