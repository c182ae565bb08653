/**
 * The load stage's consistency checks, shared by the unit test (examples/ and every rule fixture) and
 * the corpus test: diagnostics and reach must tell the same story about each item.
 */
import type { ValidateResult } from '../../server/src/core/validate';
import type { Finding } from '../../server/src/core/types';
import { effectOf } from '../../server/src/core/load/effect';
import { itemsOfEffect, itemsOfFinding, scopeIndex } from '../../server/src/core/load/attach';
import { intendedSurfaces, type ItemReachResult } from '../../server/src/core/reach';
import { SURFACE_IDS } from '../../server/src/core/surfaces';

/** Message wording that states a load effect: such a finding must carry `data.effect`. */
export const EFFECT_WORDING = /silently drops|drops it at load|ignores this entry|never registers|registers none|skips the file|never loads|refuses to load|never (runs|fires)/i;

const scoped = (rs: readonly ItemReachResult[]) => rs.map((r) => ({ r, kind: r.item.kind, scope: r.item.scope ?? [r.item.range] }));

/** Problems of one validated file; empty when findings and reach agree. */
export function consistencyProblems(path: string, result: ValidateResult): string[] {
  const out: string[] = [];
  const reach = (result.reach ?? []).filter((r) => r.item.file === path);
  const at = (f: Finding) => `${path}:${f.range.start.line + 1} ${f.ruleId}`;
  const index = scopeIndex(scoped(reach));
  for (const f of result.findings) {
    const e = effectOf(f);
    // 0. A message that says what a loader does carries that fact as data.
    if (!e && !f.ruleId.startsWith('reach/') && EFFECT_WORDING.test(f.message)) out.push(`${at(f)}: the message states a load effect but data.effect is missing`);
    if (!e) continue;
    // 1. A dropped / refused finding: its item is ✗ on every surface that runs that loader (and the channel reaches).
    for (const { r } of itemsOfEffect(index, f)) {
      for (const s of SURFACE_IDS) {
        const c = r.reach[s];
        if (c.cause === 'channel' || !c.loaders?.some((l) => e.loaders.includes(l))) continue;
        const ok = e.outcome === 'degraded' ? c.status !== 'loads' : c.status === 'does-not-load' || c.status === 'disputed';
        if (!ok) out.push(`${at(f)}: ${e.outcome} by ${e.loaders.join('/')} but ${r.item.kind} "${r.item.name}" is ${c.status} on ${s} (${r.channel})`);
      }
    }
  }
  // 2. Every ✗ that content causes on a surface the item is judged on has a finding that says so.
  for (const r of reach) {
    const judged = result.targets?.explicit ? result.targets.surfaces : intendedSurfaces(r);
    for (const s of judged) {
      const c = r.reach[s];
      if (c.status !== 'does-not-load' || c.cause !== 'content' || c.basis.includes('plugin-fails')) continue;
      // A finding in another file (the settings that declare the plugin) is reported there.
      const byEffect = c.findings?.some((cf) => cf.file !== path || result.findings.some((f) => f.ruleId === cf.ruleId && f.offset === cf.offset));
      const byReachRule = result.findings.some((f) => f.ruleId === 'reach/blocked-by-content' && f.offset === r.item.range.offset
        && (f.data?.surfaces as string[] | undefined)?.includes(s));
      // A specific finding on the item's name that stands in for the reach finding (docs/fixes.md "One finding per mistake").
      const bySpecific = result.findings.some((f) => f.offset === r.item.range.offset && f.explains?.includes('reach/blocked-by-content'));
      if (!byEffect && !byReachRule && !bySpecific) out.push(`${path}: ${r.item.kind} "${r.item.name}" is ✗ on ${s} (${r.channel}) by content, but no finding says so`);
    }
  }
  // 3. No two findings on one item contradict each other about a loader.
  for (const { r } of scoped(reach)) {
    const mine = result.findings.filter((f) => itemsOfFinding(scoped(reach), f).some((x) => x.r.item === r.item));
    for (const a of mine) {
      const ea = effectOf(a);
      if (!ea || ea.outcome === 'degraded') continue;
      for (const b of mine) {
        const accepted = effectOf(b)?.accepts ?? [];
        const clash = ea.loaders.filter((l) => accepted.includes(l));
        if (clash.length) out.push(`${at(a)} says ${clash.join('/')} ${ea.outcome} "${r.item.name}", ${b.ruleId} says it accepts it`);
      }
    }
  }
  return [...new Set(out)];
}
