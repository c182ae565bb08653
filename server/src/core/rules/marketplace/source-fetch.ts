import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { valueOf } from '../../parse/node';
import { ARCHIVE_FORBIDDEN_HOST, NPM_REFUSED } from '../../knowledge/marketplace-sources';

export default defineRule({
  id: 'marketplace/source-fetch',
  kinds: ['marketplace'],
  description: 'An object source whose fetch Claude Code refuses at install (archive host, npm package form, http registry, link mode).',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    for (const e of entries(ctx)) {
      const node = e.sourceNode;
      if (node?.type !== 'object') continue;
      const type = valueOf(node, 'source')?.value;
      const str = (k: string) => { const n = valueOf(node, k); return n?.type === 'string' && typeof n.value === 'string' ? { n, v: n.value as string } : undefined; };
      if (type === 'archive') {
        const url = str('url');
        if (url && url.v.startsWith('https://')) {
          let host = '';
          try { host = new URL(url.v).hostname; } catch { /* schema */ }
          if (host && ARCHIVE_FORBIDDEN_HOST.test(host)) ctx.report({ node: url.n, message: `Archive URL points at a loopback, link-local or cloud-metadata host (${host}): Claude Code refuses the download, so the plugin cannot be installed.` });
        }
      } else if (type === 'npm') {
        const pkg = str('package');
        const bad = pkg && NPM_REFUSED.find((r) => r.test.test(pkg.v));
        if (pkg && bad) ctx.report({ node: pkg.n, message: `npm package "${pkg.v}" is ${bad.reason}: Claude Code refuses it before fetching, so the install fails.` });
        const reg = str('registry');
        if (reg && /^http:\/\//i.test(reg.v)) ctx.report({ node: reg.n, severity: 'warning', message: `The npm registry "${reg.v}" uses http: the install fails unless it is the user's own default npm registry. Use https.` });
      } else if (type === 'command') {
        const mode = str('mode');
        if (mode?.v === 'link') ctx.report({ node: mode.n, severity: 'info', message: 'Link mode is refused on Windows: Windows users cannot install this plugin. Use "copy" if they must.' });
      }
    }
  },
});
