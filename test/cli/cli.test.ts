/** The CLI contract, run as users run it: `node dist/cli.js …` (npm test builds first). */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tempWorkspaces } from '../support/temp-workspace';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const SURFACE_IDS = ['claude-ai-web', 'claude-desktop-chat', 'claude-mobile', 'cowork', 'claude-code-cli', 'claude-code-desktop', 'claude-code-ide', 'claude-code-cloud', 'claude-api', 'agent-sdk'];

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const workspace = tempWorkspaces('plugin-lens-cli-');

const BROKEN = {
  'skills/pdf-tools/SKILL.md': '---\nname: PDF_Tools\ndescription: Fill PDF forms. Use when asked to fill a form.\n---\nBody\n',
  'skills/broken-yaml/SKILL.md': '---\nname: broken-yaml\ndescription: [Fill PDF forms\n---\nBody\n',
  'plugin/.claude-plugin/plugin.json': '{\n  "name": "my-plugin",\n  "category": "x"\n}\n',
};
const CLEAN = { 'skills/pdf-tools/SKILL.md': '---\nname: pdf-tools\ndescription: Fill PDF forms. Use when asked to fill a form.\n---\nBody\n' };

describe('CLI: plugin-lens check', () => {
  it('follows the JSON contract and exits 1 on a broken SKILL.md', () => {
    const root = workspace(BROKEN);
    const r = run(['check', '.', '--format', 'json'], root);
    assert.equal(r.code, 1, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.tool, 'plugin-lens');
    assert.match(j.version, /^\d+\.\d+\.\d+/);
    assert.match(j.knowledgeAsOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(Object.keys(j.summary).sort(), ['errors', 'files', 'infos', 'warnings']);
    assert.equal(j.summary.files, 3);
    assert.ok(j.diagnostics.some((d: { rule: string; severity: string }) => d.rule === 'skill/yaml-syntax' && d.severity === 'error'));
    assert.ok(j.summary.errors >= 1);
    for (const d of j.diagnostics) {
      assert.deepEqual(Object.keys(d).sort(), ['explains', 'file', 'fixable', 'message', 'range', 'rule', 'severity', 'surfaces']);
      assert.ok(!d.file.includes('\\') && !path.isAbsolute(d.file), d.file);
      assert.match(d.rule, /^[a-z-]+\/[a-z0-9-]+$/);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity));
      assert.ok(d.range.start.line >= 0 && d.range.start.character >= 0);
      assert.equal(typeof d.fixable, 'boolean');
      assert.ok(Array.isArray(d.surfaces) && d.surfaces.every((s: string) => SURFACE_IDS.includes(s)));
    }
    const name = j.diagnostics.find((d: { rule: string }) => d.rule === 'skill/name-format');
    assert.deepEqual(name.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 15 } });
    assert.equal(name.file, 'skills/pdf-tools/SKILL.md');
  });

  it('exits 0 on a clean folder, 2 on usage errors and missing paths', () => {
    const root = workspace(CLEAN);
    assert.equal(run(['check'], root).code, 0);
    const usage = run(['check', '--format', 'yaml'], root);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--format/);
    assert.equal(run(['check', 'no-such-dir'], root).code, 2);
    assert.equal(run(['check', '--target', 'mars'], root).code, 2);
    assert.equal(run(['frobnicate'], root).code, 2);
  });

  it('applies --max-warnings and --quiet', () => {
    const root = workspace({ 'plugin/.claude-plugin/plugin.json': '{\n  "name": "my-plugin",\n  "category": "x"\n}\n' });
    assert.equal(run(['check', '--max-warnings', '10'], root).code, 0);
    assert.equal(run(['check', '--max-warnings', '0'], root).code, 1);
    const quiet = JSON.parse(run(['check', '--quiet', '--format', 'json'], root).out);
    assert.ok(quiet.diagnostics.every((d: { severity: string }) => d.severity === 'error'));
  });

  it('prints SARIF 2.1.0, GitHub annotations and stylish text', () => {
    const root = workspace(BROKEN);
    const sarif = JSON.parse(run(['check', '--format', 'sarif'], root).out);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'skill/name-format');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 2);
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string; helpUri: string }) => x.id === 'skill/name-format' && /docs\/rules/.test(x.helpUri)));
    const gh = run(['check', '--format', 'github'], root).out;
    assert.match(gh, /^::warning file=skills\/pdf-tools\/SKILL\.md,line=2,col=7,endLine=2,endColumn=16,title=skill\/name-format::/m);
    assert.match(gh, /^::error file=skills\/broken-yaml\/SKILL\.md,line=3,.*title=skill\/yaml-syntax::/m);
    const text = run(['check'], root).out;
    const at = text.indexOf('  2:7  warning  `name` has characters');
    assert.ok(at > text.indexOf('skills/pdf-tools/SKILL.md\n'), text);
    const entry = text.slice(at).split(/\n(?= {2}\d+:\d+ )/)[0];
    assert.match(entry, /^ {16}\S.* {2}skill\/name-format$/m, 'the rule id ends the first sentence');
    assert.match(text, /✖ \d+ problems? \(\d+ errors?/);
  });

  it('--fix-dry-run prints a diff and writes nothing; --fix writes only changed files', () => {
    const root = workspace({ ...BROKEN, 'skills/other/SKILL.md': CLEAN['skills/pdf-tools/SKILL.md'].replace('pdf-tools', 'other') });
    const skill = path.join(root, 'skills/pdf-tools/SKILL.md');
    const untouched = path.join(root, 'skills/other/SKILL.md');
    const before = fs.readFileSync(skill, 'utf8');
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(untouched, old, old);
    const dry = run(['check', '--fix-dry-run'], root);
    assert.match(dry.out, /^--- a\/skills\/pdf-tools\/SKILL\.md/m);
    assert.match(dry.out, /^\+name: pdf-tools$/m);
    assert.equal(fs.readFileSync(skill, 'utf8'), before);
    run(['check', '--fix'], root);
    assert.match(fs.readFileSync(skill, 'utf8'), /^name: pdf-tools$/m);
    assert.equal(fs.statSync(untouched).mtimeMs, old.getTime(), 'an unchanged file keeps its mtime');
    assert.deepEqual(fs.readdirSync(path.dirname(skill)).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
  });

  it('survives a symlink loop and a binary file', () => {
    const root = workspace(CLEAN);
    fs.symlinkSync(root, path.join(root, 'skills', 'loop'));
    fs.mkdirSync(path.join(root, 'skills', 'bin'));
    fs.writeFileSync(path.join(root, 'skills', 'bin', 'SKILL.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0, 1, 2, 3]));
    const r = run(['check', '--format', 'json'], root);
    assert.notEqual(r.code, 2, r.err);
    const j = JSON.parse(r.out);
    assert.ok(j.diagnostics.some((d: { rule: string; file: string }) => d.rule === 'file/binary' && d.file === 'skills/bin/SKILL.md'));
  });
  it('writes large output to a pipe completely (2,000 findings as JSON)', function () {
    this.timeout(60_000);
    const files: Record<string, string> = {};
    for (let n = 0; n < 1000; n++) files[`skills/s${n}/SKILL.md`] = `---\nname: Skill_${n}\n---\nBody\n`;
    const r = run(['check', '.', '--format', 'json'], workspace(files));
    assert.notEqual(r.code, 2, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.summary.files, 1000);
    assert.ok(j.diagnostics.length >= 2000, String(j.diagnostics.length));
  });
});

describe('CLI: rules, explain, reach', () => {
  it('lists every rule with sources (json) and a markdown table', () => {
    const rules = JSON.parse(run(['rules', '--format', 'json'], os.tmpdir()).out);
    assert.ok(rules.length > 100);
    for (const r of rules) {
      assert.match(r.id, /^[a-z-]+\/[a-z0-9-]+$/);
      assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(r.defaultSeverity));
      assert.ok(Array.isArray(r.sources));
    }
    assert.ok(rules.some((r: { id: string }) => r.id.startsWith('reach/')));
    assert.match(run(['rules', '--format', 'markdown'], os.tmpdir()).out, /^\| Rule \| Default \| Fixable \| Description \|/);
  });

  it('explains a rule and refuses an unknown one', () => {
    const e = run(['explain', 'skill/name-format'], os.tmpdir());
    assert.equal(e.code, 0);
    assert.match(e.out, /Default severity:/);
    assert.match(e.out, /https:\/\//);
    assert.equal(run(['explain', 'nope/nope'], os.tmpdir()).code, 2);
  });

  it('reach --format json carries all ten surfaces per item', () => {
    const root = workspace(CLEAN);
    const r = run(['reach', '.', '--format', 'json'], root);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.match(j.knowledgeAsOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(j.surfaces.map((s: { id: string }) => s.id), SURFACE_IDS);
    // One standalone skill, two routes: the upload and a copy into .claude/skills/.
    assert.deepEqual(j.items.map((i: { channel: string }) => i.channel), ['skill-upload', 'claude-code-project']);
    const item = j.items[0];
    assert.equal(item.kind, 'skill');
    assert.deepEqual(Object.keys(item.reach).sort(), [...SURFACE_IDS].sort());
    for (const cell of Object.values(item.reach) as Array<{ status: string; why: string; sources: string[]; asOf: string }>) {
      assert.ok(['loads', 'does-not-load', 'conditional', 'unknown', 'disputed'].includes(cell.status));
      assert.ok(cell.why.length > 0 && cell.sources.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(cell.asOf));
    }
    assert.match(run(['reach', '.'], root).out, /✓|✗/);
  });
});

describe('CLI: the home folder is one truth', () => {
  // `check` used to validate without the user's home, so a skill in ~/.claude/skills was a project skill to
  // `check` (no warning for cloud) and a personal one to `reach` (✗ cloud): the two must agree.
  it('a skill in ~/.claude/skills is personal to check, reach and routes alike', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-lens-home-'));
    try {
      fs.mkdirSync(path.join(home, '.claude', 'skills', 'notes'), { recursive: true });
      fs.writeFileSync(path.join(home, '.claude', 'skills', 'notes', 'SKILL.md'),
        '---\nname: notes\ndescription: Take notes. Use when the user asks to write notes down.\n---\n\nBody\n');
      const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: home, encoding: 'utf8', env: { ...process.env, HOME: home } });
      const check = JSON.parse(cli(['check', '.claude/skills', '--target', 'claude-code-cloud', '--format', 'json']).stdout) as { diagnostics: Array<{ rule: string; message: string }> };
      const onTarget = check.diagnostics.filter((f) => f.rule === 'reach/channel-not-on-target');
      assert.equal(onTarget.length, 1, JSON.stringify(check));
      assert.match(onTarget[0].message, /claude-code-personal/);
      const reach = JSON.parse(cli(['reach', '.claude/skills', '--format', 'json']).stdout) as { items: Array<{ channel: string; reach: Record<string, { status: string }> }> };
      assert.equal(reach.items[0].channel, 'claude-code-personal');
      assert.equal(reach.items[0].reach['claude-code-cloud'].status, 'does-not-load');
      const routes = JSON.parse(cli(['routes', '.claude/skills', '--format', 'json']).stdout) as { items: Array<{ routes: Array<{ channel: string; inUse: boolean }> }> };
      assert.equal(routes.items[0].routes.find((r) => r.inUse)?.channel, 'claude-code-personal');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
