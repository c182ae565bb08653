import { defineRule, src } from '../define';
import { isPluginManifest, MR_DATE, MR_URL } from './helpers';
import { valueOf } from '../../parse/node';
import { effect } from '../../load/effect';

export default defineRule({
  id: 'plugin/homepage-url',
  kinds: ['plugin'],
  description: '`homepage` must parse as a URL, or the plugin fails to load.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MR_URL, MR_DATE)],
  check(ctx) {
    if (!isPluginManifest(ctx)) return;
    const node = valueOf(ctx.file.root, 'homepage');
    if (node?.type !== 'string' || typeof node.value !== 'string') return;
    // The schema reports a value without a scheme; this catches what only a URL parser rejects.
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(node.value)) return;
    let ok = true;
    try { new URL(node.value); } catch { ok = false; }
    if (!ok || /\s/.test(node.value)) {
      ctx.report({ data: { effect: effect('refused', ['claude-code']) }, node, message: `"homepage" does not parse as a URL: Claude Code refuses to load the plugin. Write a full URL such as "https://example.com/my-plugin".` });
    }
  },
});
