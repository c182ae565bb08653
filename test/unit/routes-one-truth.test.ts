/**
 * One truth (issue 16): an item's in-use route is its reach. For examples/ (with its .plugin-lens.json)
 * and every rule fixture, the in-use route's cells equal ValidateResult.reach for the item, and the load
 * model the other routes use (reachOnChannel with the item's load context) reproduces that reach exactly
 * when asked for the in-use channel: if routes ever computed cells another way, this fails.
 */
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../server/src/core/config';
import { validateFile } from '../../server/src/core/validate';
import { detectKind } from '../../server/src/core/kinds/detect';
import { listFixtureCases, validateCase, VIRTUAL_ROOT } from '../support/fixtures';
import { divergences } from '../support/routes-consistency';
import { examplesWorkspace } from '../support/examples-workspace';


describe('routes: the in-use route is the reach (one load model)', () => {
  it('on every file of examples/, with examples/.plugin-lens.json', () => {
    const { ws, files } = examplesWorkspace();
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
