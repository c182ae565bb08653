/** Routes on the whole public corpus: the in-use route is the reach, every route on all ten surfaces. */
import { strict as assert } from 'assert';
import { CORPUS } from './corpus-root';
import { NodeWorkspace } from '../../server/src/node/node-workspace';
import { findKnownFiles, validatePath } from '../../server/src/node/validate-files';
import { toPosix } from '../../server/src/node/scan';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { routesOf } from '../../server/src/core/reach/routes';
import { SURFACE_IDS } from '../../server/src/core/surfaces';
import { divergences } from '../support/routes-consistency';

describe('corpus: routes', () => {
  it('every item\'s in-use route equals its reach; every route carries all ten surfaces', function () {
    this.timeout(600_000);
    const ws = new NodeWorkspace(toPosix(CORPUS));
    const { files } = findKnownFiles([CORPUS]);
    const problems: string[] = [];
    let routes = 0;
    for (const f of files) {
      const v = validatePath(f, ws, DEFAULT_CONFIG);
      if (!v?.result.kind) continue;
      problems.push(...divergences(v.result, ws, DEFAULT_CONFIG, toPosix(f)));
      for (const item of routesOf(v.result.reach ?? [], ws, DEFAULT_CONFIG)) {
        for (const r of item.routes) {
          routes++;
          if (Object.keys(r.surfaces).join() !== SURFACE_IDS.join()) problems.push(`${item.id} ${r.channel}: surfaces`);
        }
      }
    }
    assert.ok(routes > 5000, `${routes} routes`);
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems`);
  });
});
