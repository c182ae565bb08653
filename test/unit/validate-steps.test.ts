/**
 * Validation in steps (the server's scan spreads one file over time slices) gives exactly the result of one
 * `validateFile` call: on every fixture case, and over the examples with every file's steps interleaved
 * round-robin (other validations run between two steps of a file in the server).
 */
import { strict as assert } from 'assert';
import * as path from 'path';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig } from '../../server/src/core/config';
import { validateFile, validateFileSteps, type ValidateInput, type ValidateResult } from '../../server/src/core/validate';
import { NodeWorkspace, readWithBom } from '../../server/src/node/node-workspace';
import { scanPaths, toPosix } from '../../server/src/node/scan';
import { listFixtureCases, stripBom, VIRTUAL_ROOT } from '../support/fixtures';

const EXAMPLES = toPosix(path.resolve(__dirname, '../../examples'));
const outcome = (r: ValidateResult) => JSON.stringify({ kind: r.kind, findings: r.findings, reach: r.reach });

function drain<T>(steps: Generator<unknown, T>): { value: T; steps: number } {
  let n = 0;
  for (;;) { const s = steps.next(); if (s.done) return { value: s.value, steps: n }; n++; }
}

describe('validation in steps', () => {
  it('equals one validateFile call on every fixture case (each on a fresh workspace)', () => {
    const cases = listFixtureCases();
    assert.ok(cases.length > 100);
    for (const c of cases) {
      const fresh = () => { const ws = new InMemoryWorkspace(VIRTUAL_ROOT); for (const [p, t] of c.raw) ws.set(p, stripBom(t)); return ws; };
      const filePath = `${VIRTUAL_ROOT}/${c.spec.file}`;
      const raw = c.raw.get(filePath)!;
      const input: ValidateInput = { path: filePath, text: stripBom(raw), bom: raw.charCodeAt(0) === 0xfeff };
      const config = resolveConfig(c.spec.config);
      const once = validateFile(input, { workspace: fresh(), config });
      const stepped = drain(validateFileSteps(input, { workspace: fresh(), config }));
      assert.equal(outcome(stepped.value), outcome(once), c.dir);
      if (once.kind && once.findings.length) assert.ok(stepped.steps > 1, `${c.dir}: validated in steps`);
    }
  });

  it('equals one-go validation over the examples when every file advances one step at a time', () => {
    const files = scanPaths([EXAMPLES]).files.map(toPosix);
    assert.ok(files.length > 10);
    const inputs = files.map((p) => { const r = readWithBom(p)!; return { path: p, text: r.text, bom: r.bom }; });
    const onceWs = new NodeWorkspace(EXAMPLES);
    const once = inputs.map((i) => outcome(validateFile(i, { workspace: onceWs })));
    const ws = new NodeWorkspace(EXAMPLES);
    const running = inputs.map((i) => validateFileSteps(i, { workspace: ws }));
    const results: Array<string | undefined> = inputs.map(() => undefined);
    for (let pending = running.length; pending > 0;) {
      running.forEach((g, i) => {
        if (results[i] !== undefined) return;
        const s = g.next();
        if (s.done) { results[i] = outcome(s.value); pending--; }
      });
    }
    assert.deepEqual(results, once);
  });
});
