/** Diagnostics and reach tell one story: the load-stage consistency checks over examples/ and every rule fixture. */
import { strict as assert } from 'node:assert';
import { listFixtureCases, validateCase, VIRTUAL_ROOT } from '../support/fixtures';
import { consistencyProblems } from '../support/load-consistency';
import { examplesWorkspace } from '../support/examples-workspace';
import { validateFile } from '../../server/src/core/validate';
import { detectKind } from '../../server/src/core/kinds/detect';

describe('load stage: diagnostics and reach agree', () => {
  it('on every file of examples/', () => {
    const { ws, files } = examplesWorkspace();
    const problems: string[] = [];
    let checked = 0;
    for (const p of files) {
      const text = ws.readFile(p)!;
      if (!detectKind(p, () => text)) continue;
      checked++;
      problems.push(...consistencyProblems(p, validateFile({ path: p, text }, { workspace: ws })));
    }
    assert.ok(checked >= 10, `checked ${checked} files`);
    assert.deepEqual(problems, []);
  });

  it('examples/README.md: only release-notes has findings, and both skill folders load in Claude Code by the copy route', () => {
    const { ws, files } = examplesWorkspace();
    const found: string[] = [];
    for (const p of files) {
      const text = ws.readFile(p)!;
      if (!detectKind(p, () => text)) continue;
      const r = validateFile({ path: p, text }, { workspace: ws });
      found.push(...r.findings.map((f) => `${p.split('/').slice(-2).join('/')} ${f.ruleId}`));
      for (const route of r.reach ?? []) {
        if (route.channel === 'claude-code-project') assert.equal(route.reach['claude-code-cli'].status, 'loads', p);
        if (route.item.kind === 'hook') assert.match(route.item.name, /^PostToolUse · Write\|Edit · /);
      }
    }
    assert.deepEqual(found.sort(), ['release-notes/SKILL.md skill/upload-unsupported-field', 'release-notes/SKILL.md skill/version-top-level']);
  });

  it('on every rule fixture', () => {
    const problems: string[] = [];
    let withEffect = 0;
    for (const c of listFixtureCases()) {
      const result = validateCase(c);
      withEffect += result.findings.filter((f) => f.data?.effect).length;
      problems.push(...consistencyProblems(`${VIRTUAL_ROOT}/${c.spec.file}`, result).map((p) => `${c.ruleId}/${c.name}: ${p}`));
    }
    assert.ok(withEffect > 20, `only ${withEffect} fixture findings carry a load effect`);
    assert.deepEqual(problems, []);
  });
});
