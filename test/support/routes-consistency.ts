/**
 * One truth for routes, shared by the unit test (examples/, every rule fixture) and the corpus test: an
 * item's in-use route is its ValidateResult.reach, and reachOnChannel (what every other route uses)
 * reproduces that reach for the in-use channel.
 */
import type { ResolvedConfig } from '../../server/src/core/config';
import type { ValidateResult } from '../../server/src/core/validate';
import type { Workspace } from '../../server/src/core/workspace';
import { reachOnChannel } from '../../server/src/core/reach/api';
import { routesOf } from '../../server/src/core/reach/routes';
import { SURFACE_IDS } from '../../server/src/core/surfaces';

export function divergences(result: ValidateResult, ws: Workspace, config: ResolvedConfig, where: string): string[] {
  const out: string[] = [];
  const reach = result.reach ?? [];
  for (const r of reach) {
    const again = reachOnChannel(r.item, r.channel, ws, r.load);
    if (JSON.stringify(again) !== JSON.stringify(r.reach)) out.push(`${where}: ${r.item.kind} ${r.item.name} on ${r.channel}: reachOnChannel differs from validation`);
  }
  for (const item of routesOf(reach, ws, config)) {
    for (const own of item.results) {
      const rt = item.routes.find((x) => x.channel === own.channel);
      if (!rt?.inUse) { out.push(`${where}: ${item.id}: no in-use route ${own.channel}`); continue; }
      for (const s of SURFACE_IDS) {
        const want = own.reach[s];
        const got = rt.surfaces[s];
        if (got.status !== want.status || got.reason !== want.why || got.condition !== want.condition || JSON.stringify(got.sources) !== JSON.stringify(want.sources)) {
          out.push(`${where}: ${item.id} ${own.channel} ${s}: route says ${got.status}, reach says ${want.status}`);
        }
      }
    }
    for (const rt of item.routes) if (rt.inUse && !item.results.some((o) => o.channel === rt.channel)) out.push(`${where}: ${item.id}: ${rt.channel} marked in use`);
  }
  return out;
}
