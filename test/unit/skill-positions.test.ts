/** Caret tests: exact LSP ranges of SKILL.md findings across CRLF, BOM, tabs, multi-byte text and odd fences. */
import { strict as assert } from 'assert';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { resolveConfig } from '../../server/src/core/config';
import { validateFile } from '../../server/src/core/validate';
import type { Finding } from '../../server/src/core/types';

const ROOT = '/ws';

function check(text: string, opts: { path?: string; bom?: boolean; targets?: string[] } = {}): Finding[] {
  const path = `${ROOT}/${opts.path ?? 'my-skill/SKILL.md'}`;
  const ws = new InMemoryWorkspace(ROOT, { [path.slice(ROOT.length + 1)]: text });
  return validateFile({ path, text, bom: opts.bom }, { workspace: ws, config: resolveConfig(opts.targets ? { targets: opts.targets } : undefined) }).findings;
}

function one(findings: Finding[], rule: string): Finding {
  const mine = findings.filter((f) => f.ruleId === rule);
  assert.equal(mine.length, 1, `${rule}: ${JSON.stringify(findings.map((f) => [f.ruleId, f.message]))}`);
  return mine[0];
}

const range = (f: Finding) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character];

describe('skill positions', () => {
  it('CRLF: the unquoted-colon value range stops before the \\r', () => {
    const f = one(check('---\r\nname: my-skill\r\ndescription: Use when: asked\r\n---\r\nBody\r\n'), 'skill/yaml-unquoted-colon');
    assert.deepEqual(range(f), [2, 13, 2, 28]);
    const fix = f.fixes![0].edits[0];
    assert.equal(fix.newText, '"Use when: asked"');
  });

  it('CRLF: the line-ending finding sits on the first \\r of the frontmatter', () => {
    const f = one(check('---\r\nname: my-skill\r\ndescription: x\r\n---\r\n'), 'skill/crlf-line-endings');
    assert.deepEqual(range(f), [0, 3, 0, 3]);
    assert.equal(f.fixes![0].edits.length, 4);
  });

  it('BOM: the reader strips it, positions stay on the visible text, and the BOM rule fires at 0:0', () => {
    const findings = check('---\nname: My Skill\ndescription: x\n---\n', { bom: true });
    assert.deepEqual(range(one(findings, 'skill/bom')), [0, 0, 0, 0]);
    assert.deepEqual(range(one(findings, 'skill/name-format')), [1, 6, 1, 14]);
  });

  it('tabs: a tab before the value counts as one character', () => {
    const f = one(check('---\nname:\tBad_Name\ndescription: x\n---\n'), 'skill/name-format');
    assert.deepEqual(range(f), [1, 6, 1, 14]);
  });

  it('multi-byte: characters before the value shift columns by UTF-16 code units (surrogate pairs count 2)', () => {
    const text = '---\nname: my-skill\ndescription: "😀 é" # note\nmetadata: x\n---\n';
    const f = one(check(text), 'skill/metadata-shape');
    assert.deepEqual(range(f), [3, 10, 3, 11]);
    const g = one(check('---\nname: my-skill\ndescription: 😀 tag <b>\n---\n'), 'skill/description-angle-brackets');
    // "description: " is 13 units, the emoji 2, then " tag " 5: the bracket is at 20.
    assert.deepEqual(range(g), [2, 20, 2, 21]);
  });

  it('empty frontmatter `---\\n---`: name and description are missing, reported on the opening fence', () => {
    const findings = check('---\n---\nBody\n');
    assert.deepEqual(range(one(findings, 'skill/name-missing')), [0, 0, 0, 3]);
    assert.deepEqual(range(one(findings, 'skill/description-missing')), [0, 0, 0, 3]);
    assert.equal(findings.filter((f) => f.ruleId === 'skill/frontmatter-missing').length, 0);
  });

  it('unclosed frontmatter: reported on the opening fence only', () => {
    const findings = check('---\nname: my-skill\ndescription: x\n\nBody\n');
    assert.deepEqual(range(one(findings, 'skill/frontmatter-unclosed')), [0, 0, 0, 3]);
    assert.equal(findings.filter((f) => f.ruleId === 'skill/name-missing').length, 0);
  });

  it('frontmatter not at byte 0: the leading blank lines are underlined and removed by the fix', () => {
    const text = '\n\n---\nname: my-skill\ndescription: x\n---\n';
    const f = one(check(text), 'skill/frontmatter-not-at-start');
    assert.deepEqual(range(f), [0, 0, 2, 0]);
    assert.deepEqual(f.fixes![0].edits, [{ offset: 0, length: 2, newText: '' }]);
  });

  it('YAML error at the end of the frontmatter lands on the last content line, not on the fence', () => {
    const f = one(check('---\nname: my-skill\ndescription: "open\n---\n'), 'skill/yaml-syntax');
    assert.equal(f.range.start.line, 2);
    assert.equal(f.severity, 'error');
  });

  it('upload findings vanish when only Claude Code is targeted, and are errors when upload targets are explicit', () => {
    const text = '---\nname: my-skill\ndescription: x\nmodel: opus\n---\n';
    assert.equal(check(text, { targets: ['claude-code-cli'] }).filter((f) => f.ruleId === 'skill/upload-unsupported-field').length, 0);
    assert.equal(one(check(text), 'skill/upload-unsupported-field').severity, 'warning');
    const explicit = one(check(text, { targets: ['claude-ai-web'] }), 'skill/upload-unsupported-field');
    assert.equal(explicit.severity, 'error');
    assert.deepEqual(explicit.surfaces, ['claude-ai-web']);
    assert.deepEqual(range(explicit), [3, 0, 3, 5]);
  });
});
