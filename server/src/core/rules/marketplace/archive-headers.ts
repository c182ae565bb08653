import { defineRule, src } from '../define';
import { entries, isMarketplace, MKR_DATE, MKR_URL } from './helpers';
import { keyNodeOf, propertyOf, valueOf } from '../../parse/node';

export default defineRule({
  id: 'marketplace/archive-headers',
  kinds: ['marketplace'],
  description: '`headers`/`headersHelper` on a non-archive entry (no effect), or a headersHelper archive without a sha256 pin.',
  defaultSeverity: 'warning',
  fixable: false,
  sources: [src(MKR_URL, MKR_DATE)],
  check(ctx) {
    if (!isMarketplace(ctx)) return;
    for (const e of entries(ctx)) {
      const isArchive = e.sourceNode?.type === 'object' && valueOf(e.sourceNode, 'source')?.value === 'archive';
      for (const key of ['headers', 'headersHelper']) {
        const prop = propertyOf(e.node, key);
        if (!prop) continue;
        if (!isArchive) {
          ctx.report({ node: keyNodeOf(prop), message: `Plugin "${e.name ?? ''}" sets ${key}, which only applies to "archive" sources; it has no effect on this entry.` });
        }
      }
      if (isArchive && propertyOf(e.node, 'headersHelper') && !valueOf(e.sourceNode, 'sha256')) {
        ctx.report({ node: e.sourceNode, message: `Plugin "${e.name ?? ''}" fetches its archive with a headersHelper but sets no sha256 pin: a changed download is installed unchecked. Add "sha256".` });
      }
    }
  },
});
