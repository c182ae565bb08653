/**
 * One truth (issue 16): an item's in-use route is its reach. For examples/ (with its .plugin-lens.json)
 * and every rule fixture, the in-use route's cells equal ValidateResult.reach for the item, and the load
 * model the other routes use (reachOnChannel with the item's load context) reproduces that reach exactly
 * when asked for the in-use channel: if routes ever computed cells another way, this fails.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig, type ResolvedConfig } from '../../server/src/core/config';
import { validateFile, type ValidateResult } from '../../server/src/core/validate';
import { detectKind } from '../../server/src/core/kinds/detect';
import { reachOnChannel } from '../../server/src/core/reach/api';
import { routesOf } from '../../server/src/core/reach/routes';
import { SURFACE_IDS } from '../../server/src/core/surfaces';
import type { Workspace } from '../../server/src/core/workspace';
import { listFixtureCases, validateCase, VIRTUAL_ROOT } from '../support/fixtures';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

function divergences(result: ValidateResult, ws: Workspace, config: ResolvedConfig, where: string): string[] {
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

describe('routes: the in-use route is the reach (one load model)', () => {
  it('on every file of examples/, with examples/.plugin-lens.json', () => {
    const ws = new InMemoryWorkspace(VIRTUAL_ROOT);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const abs = path.join(d, e.name);
        if (e.isDirectory()) { walk(abs); continue; }
        const p = `${VIRTUAL_ROOT}/${path.relative(EXAMPLES, abs).split(path.sep).join('/')}`;
        ws.set(p, fs.readFileSync(abs, 'utf8'));
        files.push(p);
      }
    };
    walk(EXAMPLES);
    const config = resolveConfig(JSON.parse(ws.readFile(`${VIRTUAL_ROOT}/.plugin-lens.json`)!));
    const problems: string[] = [];
    let items = 0;
    for (const p of files) {
      const text = ws.readFile(p)!;
      if (!detectKind(p, () => text)) continue;
      const result = validateFile({ path: p, text }, { workspace: ws, config });
      items += result.reach?.length ?? 0;
      problems.push(...divergences(result, ws, config, p));
    }
    assert.ok(items >= 15, `only ${items} reach results`);
    assert.deepEqual(problems, []);
  });

  it('on every rule fixture (findings with load effects, refused plugins, overrides)', () => {
    const problems: string[] = [];
    for (const c of listFixtureCases()) {
      problems.push(...divergences(validateCase(c), c.workspace, resolveConfig(c.spec.config), `${c.ruleId}/${c.name}`));
    }
    assert.deepEqual(problems, []);
  });
});
