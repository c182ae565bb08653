import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { propertiesOf, keyOf, valueOf, keyNodeOf } from '../../parse/node';

export default defineRule({
  id: 'marketplace/renames',
  kinds: ['marketplace'],
  description: 'A `renames` chain that does not end at a listed plugin or null, or loops.',
  defaultSeverity: 'error',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE), src('https://code.claude.com/docs/en/plugin-marketplaces', '2026-08-22')],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    const renames = valueOf(ctx.file.root, 'renames');
    if (renames?.type !== 'object') return;
    const listed = new Set(entries(ctx).map((e) => e.name).filter((n): n is string => !!n));
    const map = new Map<string, string | null>();
    for (const p of propertiesOf(renames)) {
      const v = p.children?.[1];
      if (v?.type === 'string' && typeof v.value === 'string') map.set(keyOf(p), v.value);
      else if (v?.type === 'null') map.set(keyOf(p), null);
    }
    for (const p of propertiesOf(renames)) {
      const old = keyOf(p);
      if (!map.has(old)) continue;
      let reason: string | undefined;
      const seen = new Set([old]);
      let cur = map.get(old);
      while (reason === undefined) {
        if (cur === null || cur === undefined) break;
        if (listed.has(cur)) break;
        if (seen.has(cur)) { reason = `cycle through "${cur}"`; break; }
        if (!map.has(cur)) { reason = `"${cur}" is neither a plugin in plugins[] nor a key in renames`; break; }
        seen.add(cur);
        cur = map.get(cur);
      }
      if (listed.has(old) && reason === undefined) reason = undefined;
      if (reason) {
        ctx.report({ node: keyNodeOf(p), message: `renames.${old}: chain does not resolve (${reason}) — target must be a name in plugins[], a key in renames, or null. claude plugin validate fails the marketplace.` });
      }
    }
  },
});
