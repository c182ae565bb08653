/**
 * One finding per mistake (issue 13): over every fixture, two rules that report on the very same token
 * are either merged (the specific rule `explains` the generic one) or one of the pairs below, each with
 * the reason both stay. docs/fixes.md lists the same pairs.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { listFixtureCases, validateCase } from '../support/fixtures';
import { validateFile } from '../../server/src/core/validate';
import { InMemoryWorkspace } from '../../server/src/core/workspace';

/** Pairs that still share a token, and why. Reach findings are the surface-level consequence (issue 12's load model). */
const REMAINING_PAIRS: Record<string, string> = {
  'marketplace/desktop-name + reach/channel-not-on-target': 'same: cause (reserved name) and reach effect (Desktop)',
  'plugin/bin-folder + reach/channel-not-on-target': 'same: cause (bin/ folder) and reach effect (Cowork)',
  'reach/blocked-by-content + skill/name-matches-folder': 'same: cause (folder case) and reach effect (Claude Code)',
  'marketplace/entry-manifest-mismatch + marketplace/reserved-plugin-name': 'two mistakes: the entry name differs from plugin.json, and it is reserved; fixing one leaves the other',
  'skill/name-collides-with-bundled + skill/name-matches-folder': 'two mistakes: the name shadows a built-in command, and it differs from the folder',
};

describe('one finding per mistake', () => {
  it('rules sharing a token over the fixtures are exactly the documented pairs', () => {
    const seen = new Set<string>();
    for (const c of listFixtureCases()) {
      const findings = validateCase(c).findings;
      for (const a of findings) {
        for (const b of findings) {
          if (a.ruleId < b.ruleId && a.offset === b.offset && a.length === b.length) seen.add(`${a.ruleId} + ${b.ruleId}`);
        }
      }
    }
    assert.deepEqual([...seen].sort(), Object.keys(REMAINING_PAIRS).sort());
  });

  it('docs/fixes.md lists every remaining pair', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'fixes.md'), 'utf8');
    for (const pair of Object.keys(REMAINING_PAIRS)) assert.ok(doc.includes(`\`${pair}\``), `docs/fixes.md does not list ${pair}`);
  });

  it('PreToolUSE and PDF-Helper give one finding each, keeping the other rule\'s fixes as options', () => {
    const hooksText = '{ "hooks": { "PreToolUSE": [] } }';
    const skillText = '---\nname: PDF-Helper\ndescription: Fills PDF forms.\n---\nBody\n';
    const ws = new InMemoryWorkspace('/ws', { 'p/hooks/hooks.json': hooksText, 'p/.claude-plugin/plugin.json': '{ "name": "p" }', 'skills/pdf-helper/SKILL.md': skillText });
    const hooks = validateFile({ path: '/ws/p/hooks/hooks.json', text: hooksText }, { workspace: ws }).findings;
    const onEvent = hooks.filter((f) => hooksText.slice(f.offset, f.offset + f.length) === '"PreToolUSE"');
    assert.deepEqual(onEvent.map((f) => f.ruleId), ['hooks/event-name-case']);
    assert.deepEqual(onEvent[0].fixes!.map((f) => [f.title, f.tier]), [['Rename to "PreToolUse"', 'safe'], ['Remove unknown key "PreToolUSE"', 'suggestion']]);
    const skill = validateFile({ path: '/ws/skills/pdf-helper/SKILL.md', text: skillText }, { workspace: ws }).findings;
    const onName = skill.filter((f) => skillText.slice(f.offset, f.offset + f.length) === 'PDF-Helper' && !f.ruleId.startsWith('reach/'));
    assert.deepEqual(onName.map((f) => f.ruleId), ['skill/name-format']);
  });
});
