/**
 * Fix safety over every fixture and a sample of the corpus: each offered fix changes only the bytes
 * inside its edit ranges, and after applying it, re-validation does not offer the same fix again.
 */
import { strict as assert } from 'assert';
import { listFixtureCases, validateCase, VIRTUAL_ROOT, stripBom } from '../support/fixtures';
import { applyEdits } from '../../server/src/core/fixes';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import type { Edit, Finding } from '../../server/src/core/types';
import { seeds, KIND_PATHS } from '../support/fuzz';

/** Every byte outside the (sorted, non-overlapping) edits is unchanged. */
function assertOnlyInside(before: string, after: string, edits: readonly Edit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let src = 0;
  let dst = 0;
  for (const e of sorted) {
    const keep = e.offset - src;
    assert.equal(after.slice(dst, dst + keep), before.slice(src, e.offset), `${what}: bytes before offset ${e.offset} changed`);
    dst += keep + e.newText.length;
    src = e.offset + e.length;
  }
  assert.equal(after.slice(dst), before.slice(src), `${what}: bytes after the last edit changed`);
}

function sameFix(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.offset === b.offset && a.fixes?.[0]?.title === b.fixes?.[0]?.title
    && JSON.stringify(a.fixes?.[0]?.edits) === JSON.stringify(b.fixes?.[0]?.edits);
}

function checkFixes(text: string, findings: Finding[], revalidate: (t: string) => Finding[], where: string): number {
  let checked = 0;
  for (const f of findings) {
    for (const fix of f.fixes ?? []) {
      if (fix.rename || fix.edits.length === 0) continue;
      const after = applyEdits(text, fix.edits);
      if (after.applied !== fix.edits.length) continue; // overlapping edits are refused by applyEdits, never merged
      assertOnlyInside(text, after.text, fix.edits, `${where} ${f.ruleId} "${fix.title}"`);
      const again = revalidate(after.text);
      assert.ok(!again.some((g) => sameFix(f, g)), `${where}: ${f.ruleId} offers "${fix.title}" again after it was applied`);
      checked++;
    }
  }
  return checked;
}

describe('fix safety', function () {
  this.timeout(120_000);
  it('every fixture fix edits only its ranges and is not offered again', () => {
    let checked = 0;
    for (const c of listFixtureCases()) {
      const result = validateCase(c);
      checked += checkFixes(result.parsed!.text, result.findings, (t) => validateCase(c, t).findings, `${c.ruleId}/${c.name}`);
    }
    assert.ok(checked > 50, `checked ${checked} fixes`);
  });

  it('fixes offered on corpus files do the same', () => {
    let checked = 0;
    const all = seeds(6);
    for (const [kind, texts] of Object.entries(all)) {
      for (const raw of texts) {
        const text = stripBom(raw);
        const filePath = KIND_PATHS[kind];
        const ws = new InMemoryWorkspace(VIRTUAL_ROOT);
        const run = (t: string) => { ws.set(filePath, t); return validateFile({ path: filePath, text: t }, { workspace: ws }).findings; };
        checked += checkFixes(text, run(text), run, `corpus ${kind}`);
      }
    }
    // The corpus seeds include files with fixable findings (unknown keys, unquoted placeholders …).
    assert.ok(checked > 0, `checked ${checked} corpus fixes`);
  });
});
