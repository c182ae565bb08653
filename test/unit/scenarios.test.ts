/** Runs every scenario fixture: expected findings of the rule under test, and fix round-trips. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { listFixtureCases, validateCase, fixedPath, stripBom } from '../support/fixtures';
import { applyEdits, collectFixes } from '../../server/src/core/fixes';
import { getRule } from '../../server/src/core/rules';

const cases = listFixtureCases();

describe('rule scenarios', () => {
  it('has fixtures', () => assert.ok(cases.length > 0));
  for (const c of cases) {
    describe(`${c.ruleId} / ${c.name}`, () => {
      it('names a registered rule', () => assert.ok(getRule(c.ruleId), `no rule ${c.ruleId}`));

      it(c.name.startsWith('good') ? 'reports nothing for the rule' : 'reports the expected findings', () => {
        const result = validateCase(c);
        const actual = result.findings.filter((f) => f.ruleId === c.ruleId)
          .map((f) => ({ rule: f.ruleId, line: f.range.start.line + 1, severity: f.severity, message: f.message }));
        const expected = c.name.startsWith('good') ? [] : c.spec.expect ?? [];
        if (c.name.startsWith('bad')) assert.ok(expected.length > 0, `${c.dir}: a bad case needs expectations`);
        assert.equal(actual.length, expected.length, `findings: ${JSON.stringify(actual, null, 1)}`);
        expected.forEach((e, i) => {
          assert.equal(actual[i].line, e.line, `line of finding ${i}: ${actual[i].message}`);
          if (e.severity) assert.equal(actual[i].severity, e.severity);
          if (e.message) assert.ok(actual[i].message.includes(e.message), `"${actual[i].message}" should contain "${e.message}"`);
        });
        for (const f of result.findings) {
          assert.ok(f.offset >= 0 && f.offset + f.length <= result.parsed!.text.length, `range inside the file: ${f.ruleId}`);
        }
      });

      const expectedFixed = fixedPath(c);
      if (fs.existsSync(expectedFixed)) {
        it('fixes to the expected text, and the fixed text has no fixable finding left', () => {
          const result = validateCase(c);
          const fixes = result.findings.filter((f) => f.ruleId === c.ruleId && f.fixes?.length);
          assert.ok(fixes.length > 0, 'the rule offers a fix');
          const textFix = fixes.map((f) => f.fixes![0]).filter((f) => !f.rename);
          const renames = fixes.map((f) => f.fixes![0]).filter((f) => f.rename);
          const want = stripBom(fs.readFileSync(expectedFixed, 'utf8'));
          if (renames.length) {
            assert.equal(renames[0].rename!.to.split('/').pop(), want.trim(), 'rename target');
            return;
          }
          assert.ok(textFix.length > 0);
          // The bulk (safe) fixes when the rule has any here; a rule whose fixes are all suggestions is
          // checked with its first suggestion (what the lightbulb applies), never by `--fix`.
          const safe = collectFixes(result.findings, c.ruleId).edits;
          const edits = safe.length ? safe : collectFixes(result.findings, c.ruleId, { includeSuggestions: true }).edits;
          const text = applyEdits(result.parsed!.text, edits).text;
          assert.equal(text, want);
          const again = validateCase(c, text);
          assert.deepEqual(again.findings.filter((f) => f.ruleId === c.ruleId && f.fixes?.some((x) => x.tier === 'safe')).map((f) => f.message), []);
        });
      }
    });
  }
});
