/**
 * Fix tiers are data that tells the truth: every fix offered over the fixtures has a tier its rule
 * documents (fixTiers, shown in the rule docs and the catalog) or that a rule it replaces on the same
 * token documents, and a suggestion is never preferred.
 */
import { strict as assert } from 'assert';
import { listFixtureCases, validateCase } from '../support/fixtures';
import { getRule, RULES } from '../../server/src/core/rules';
import { ruleFixTiers } from '../../server/src/core/fixes';

describe('fix tiers', () => {
  it('every fixture fix has a tier its rule documents; suggestions are never preferred', () => {
    const problems = new Set<string>();
    let safe = 0;
    let suggestions = 0;
    for (const c of listFixtureCases()) {
      for (const f of validateCase(c).findings) {
        for (const fix of f.fixes ?? []) {
          // A finding that replaces a generic one on its token carries that rule's fixes too.
          const rule = getRule(f.ruleId);
          const owners = [f.ruleId, ...(rule?.explains ?? []), ...RULES.filter((r) => r.id.endsWith('/schema')).map((r) => r.id)];
          const documented = [...new Set(owners.flatMap((id) => ruleFixTiers(getRule(id) ?? { fixable: false })))];
          if (!fix.tier) problems.add(`${f.ruleId}: "${fix.title}" has no tier`);
          else if (!documented.includes(fix.tier)) problems.add(`${f.ruleId}: "${fix.title}" is ${fix.tier}, the rule documents ${documented.join(', ') || 'no fixes'}`);
          if (fix.tier === 'suggestion' && fix.isPreferred) problems.add(`${f.ruleId}: suggestion "${fix.title}" is preferred`);
          if (fix.tier === 'safe') safe++; else suggestions++;
        }
      }
    }
    assert.deepEqual([...problems], []);
    assert.ok(safe > 30 && suggestions > 10, `${safe} safe fixes, ${suggestions} suggestions`);
  });
});
