/** The CLI as a person meets it: help, did-you-mean, colour, wrapping, compact, paths, unknown files, stdin. */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tempWorkspaces } from '../support/temp-workspace';

const REPO = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO, 'dist', 'cli.js');

function run(args: string[], cwd: string, opts: { env?: Record<string, string>; input?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
  if (!opts.env || !('NO_COLOR' in opts.env)) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env, input: opts.input ?? '' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const workspace = tempWorkspaces('plugin-lens-cli-ux-');

const SKILL = '---\nname: PDF_Tools\ndescription: Fill PDF forms. Use when asked to fill a form.\nversion: 1.0.0\n---\nBody\n';
const FILES = {
  'skills/pdf-tools/SKILL.md': SKILL,
  'plugin/.claude-plugin/plugin.json': '{\n  "name": "my-plugin",\n  "category": "x"\n}\n',
  'README.md': '# hello\n',
};
const ESC = '\x1b[';

describe('CLI: help', () => {
  for (const cmd of ['check', 'reach', 'routes', 'rules', 'explain']) {
    it(`${cmd} --help and help ${cmd} print usage, options and examples, exit 0`, () => {
      for (const args of [[cmd, '--help'], [cmd, '-h'], ['help', cmd]]) {
        const r = run(args, os.tmpdir());
        assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
        assert.match(r.out, new RegExp(`^Usage: plugin-lens ${cmd}`, 'm'));
        assert.match(r.out, /^Options:$/m);
        assert.match(r.out, /^Examples:\n {2}plugin-lens /m);
        assert.equal(r.err, '');
        for (const line of r.out.split('\n')) assert.ok(line.length <= 100, `wider than a pipe's 100 columns: ${line}`);
      }
    });
  }

  it('--help lists every command; no command prints it and exits 2', () => {
    const r = run(['--help'], os.tmpdir());
    assert.equal(r.code, 0);
    for (const c of ['check', 'reach', 'rules', 'explain']) assert.match(r.out, new RegExp(`^ {2}${c} `, 'm'));
    for (const line of r.out.split('\n')) assert.ok(line.length <= 100, line);
    assert.equal(run([], os.tmpdir()).code, 2);
  });

  it('--help wins over the other options of the line', () => {
    const r = run(['check', '--stdin', '--format', 'yaml', '--help'], os.tmpdir());
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Usage: plugin-lens check/);
  });

  it('check --help documents every option the parser accepts', () => {
    const help = run(['check', '--help'], os.tmpdir()).out;
    for (const opt of ['--format', '--target', '--config', '--max-warnings', '--quiet', '--fix', '--fix-dry-run', '--stdin', '--stdin-filename', '--no-color']) {
      assert.match(help, new RegExp(`${opt}\\b`), opt);
    }
  });
});

describe('CLI: did you mean', () => {
  const cases: Array<[string[], RegExp]> = [
    [['chek'], /unknown command "chek"\. Did you mean "check"\?/],
    [['check', '--formt', 'json'], /unknown option "--formt" for check\. Did you mean "--format"\?/],
    [['check', '--format', 'jsno'], /--format must be text, compact, json, sarif or github \(got "jsno"\)\. Did you mean "json"\?/],
    [['check', '--target', 'claude-cod-cli'], /"claude-cod-cli" is not a surface id\. Did you mean "claude-code-cli"\?/],
    [['reach', '--target', 'cowrk'], /Did you mean "cowork"\?/],
    [['explain', 'skill/name-formt'], /unknown rule "skill\/name-formt"\. Did you mean "skill\/name-format"\?/],
    [['rules', '--format', 'markdwn'], /Did you mean "markdown"\?/],
    [['explain', 'name-format'], /unknown rule "name-format"\. Did you mean "skill\/name-format"\?/],
  ];
  for (const [args, expected] of cases) {
    it(`plugin-lens ${args.join(' ')}`, () => {
      const r = run(args, os.tmpdir());
      assert.equal(r.code, 2);
      assert.match(r.err, expected);
      assert.match(r.err, /Run "plugin-lens( \w+)? --help" for usage\./);
      assert.ok(!/To specify a positional argument/.test(r.err), 'no raw parseArgs text');
    });
  }

  it('an option far from every known one lists the options instead', () => {
    const r = run(['check', '--zzzzzzzz'], os.tmpdir());
    assert.equal(r.code, 2);
    assert.match(r.err, /Its options: --format, --target/);
  });
});

describe('CLI: colour and wrapping', () => {
  it('is plain on a pipe, coloured with FORCE_COLOR or --color, plain with NO_COLOR or --no-color', () => {
    const root = workspace(FILES);
    assert.ok(!run(['check'], root).out.includes(ESC));
    assert.ok(run(['check'], root, { env: { FORCE_COLOR: '1' } }).out.includes(`${ESC}33m`), 'warnings in yellow');
    assert.ok(run(['check', '--color'], root).out.includes(ESC));
    assert.ok(!run(['check', '--color', '--no-color'], root, { env: { FORCE_COLOR: '1' } }).out.includes(ESC));
    assert.ok(!run(['check'], root, { env: { FORCE_COLOR: '0' } }).out.includes(ESC));
    assert.ok(!run(['rules'], root, { env: { NO_COLOR: '1' } }).out.includes(ESC));
    assert.ok(run(['rules'], root, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).out.includes(ESC), 'FORCE_COLOR wins, as in Node');
    assert.ok(!run(['check', '--format', 'json', '--color'], root).out.includes(ESC), 'machine formats are never coloured');
  });

  it('wraps text to 100 columns on a pipe: first sentence with the rule id, the rest indented below', () => {
    const root = workspace(FILES);
    const r = run(['check'], root);
    const json = JSON.parse(run(['check', '--format', 'json'], root).out) as { diagnostics: Array<{ message: string; rule: string }> };
    assert.ok(json.diagnostics.some((d) => d.message.length > 100), 'the fixture has long messages');
    for (const line of r.out.split('\n')) assert.ok(line.length <= 100 || !line.trim().includes(' '), `too long: ${line}`);
    const version = json.diagnostics.find((d) => d.rule === 'skill/version-top-level')!;
    const [first, ...rest] = version.message.split(/(?<=\.) (?=[A-Z])/);
    const entry = r.out.slice(r.out.indexOf('  4:1  ')).split(/\n(?= {2}\d+:\d+ )|\n\n/)[0];
    const lines = entry.trimEnd().split('\n');
    const headEnd = lines.findIndex((l) => l.endsWith('  skill/version-top-level'));
    assert.ok(headEnd >= 0, entry);
    assert.equal(lines.slice(0, headEnd + 1).join(' ').replace(/\s+/g, ' ').replace(/^ 4:1 warning /, '').replace(/ skill\/version-top-level$/, ''), first.replace(/\s+/g, ' '));
    for (const l of lines.slice(headEnd + 1)) assert.match(l, /^ {18}\S/, 'the rest is indented under the message');
    assert.equal(lines.slice(headEnd + 1).map((l) => l.trim()).join(' '), rest.join(' '));
  });

  it('--format compact prints one line per problem', () => {
    const root = workspace(FILES);
    const json = JSON.parse(run(['check', '--format', 'json'], root).out) as { diagnostics: Array<{ file: string; rule: string; severity: string; range: { start: { line: number; character: number } } }> };
    const r = run(['check', '--format', 'compact'], root);
    assert.equal(r.code, 0);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, json.diagnostics.length);
    lines.forEach((l, i) => {
      const d = json.diagnostics[i];
      assert.ok(l.startsWith(`${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity}: `), l);
      assert.ok(l.endsWith(` [${d.rule}]`), l);
    });
  });
});

describe('CLI: paths, unknown files, stdin', () => {
  it('prints paths as given: an absolute argument stays absolute, a relative one relative', () => {
    const root = workspace(FILES);
    const abs = JSON.parse(run(['check', path.join(root, 'skills'), '--format', 'json'], os.tmpdir()).out);
    assert.equal(abs.diagnostics[0].file, path.join(root, 'skills', 'pdf-tools', 'SKILL.md').split(path.sep).join('/'));
    assert.match(run(['check', path.join(root, 'skills')], os.tmpdir()).out, new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/skills/pdf-tools/SKILL\\.md$`, 'm'));
    const reach = JSON.parse(run(['reach', path.join(root, 'skills'), '--format', 'json'], os.tmpdir()).out);
    assert.equal(reach.items[0].file, path.join(root, 'skills', 'pdf-tools', 'SKILL.md').split(path.sep).join('/'));
    const rel = JSON.parse(run(['check', './skills/', '--format', 'json'], root).out);
    assert.equal(rel.diagnostics[0].file, 'skills/pdf-tools/SKILL.md');
    const sarif = JSON.parse(run(['check', path.join(root, 'skills'), '--format', 'sarif'], os.tmpdir()).out);
    assert.match(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\//);
  });

  it('names a file of an unknown kind and the kinds it knows; exit 2 when nothing was checked', () => {
    const root = workspace(FILES);
    const r = run(['check', 'README.md'], root);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /README\.md: not a file Plugin Lens knows, so it was not checked\./);
    for (const kind of ['SKILL.md', '.claude-plugin/plugin.json', 'hooks/hooks.json', '.mcp.json']) assert.ok(r.err.includes(kind), kind);
    const mixed = run(['check', 'README.md', 'skills/pdf-tools/SKILL.md', '--format', 'json'], root);
    assert.equal(JSON.parse(mixed.out).summary.files, 1);
    assert.match(mixed.err, /README\.md: not a file/);
    const silent = run(['check', 'README.md', '--no-warn-unknown'], root);
    assert.equal(silent.code, 0);
    assert.equal(silent.err, '');
  });

  it('says so when a folder holds no file it knows', () => {
    const r = run(['check'], workspace({ 'notes.txt': 'x' }));
    assert.equal(r.code, 0);
    assert.match(r.err, /\.: no file Plugin Lens knows in this folder/);
  });

  it('--stdin --stdin-filename checks the text as that file, reading nothing from disk for it', () => {
    const root = workspace({ 'skills/pdf-tools/SKILL.md': '---\nname: pdf-tools\ndescription: Fill PDF forms. Use when asked.\n---\nBody\n' });
    const r = run(['check', '--stdin', '--stdin-filename', 'skills/pdf-tools/SKILL.md', '--format', 'json'], root, { input: SKILL });
    const j = JSON.parse(r.out);
    assert.equal(j.summary.files, 1);
    assert.ok(j.diagnostics.some((d: { rule: string; file: string }) => d.rule === 'skill/name-format' && d.file === 'skills/pdf-tools/SKILL.md'), r.out);
    const dry = run(['check', '--stdin', '--stdin-filename', 'skills/pdf-tools/SKILL.md', '--fix-dry-run'], root, { input: SKILL });
    assert.match(dry.out, /^\+name: pdf-tools$/m);
    assert.match(fs.readFileSync(path.join(root, 'skills/pdf-tools/SKILL.md'), 'utf8'), /^name: pdf-tools$/m);
    assert.equal(run(['check', '--stdin'], root, { input: SKILL }).code, 2);
    assert.equal(run(['check', '--stdin', '--stdin-filename', 'x/SKILL.md', '--fix'], root, { input: SKILL }).code, 2);
    const unknown = run(['check', '--stdin', '--stdin-filename', 'notes.md'], root, { input: 'x' });
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /notes\.md: not a file Plugin Lens knows/);
  });
});

describe('CLI: rules and explain', () => {
  it('rules is a wrapped text table by default, with json and markdown on request', () => {
    const r = run(['rules'], os.tmpdir());
    assert.equal(r.code, 0);
    assert.match(r.out, /^RULE +DEFAULT +FIX +DESCRIPTION$/m);
    assert.match(r.out, /^skill\/name-format +info +safe\+ +`name` must be/m);
    for (const l of r.out.split('\n')) assert.ok(l.length <= 100, l);
    const count = JSON.parse(run(['rules', '--format', 'json'], os.tmpdir()).out).length;
    assert.match(r.out, new RegExp(`^${count} rules\\.`, 'm'));
    assert.match(run(['rules', '--format', 'markdown'], os.tmpdir()).out, /^\| Rule \| Default \| Fixable \| Description \|/);
  });

  it('explain prints the docs page prose, examples from the fixtures, sources with dates', () => {
    const page = fs.readFileSync(path.join(REPO, 'docs', 'rules', 'skill', 'name-format.md'), 'utf8');
    const prose = page.split('write the rule\'s prose below -->')[1].trim().split('\n')[0];
    const r = run(['explain', 'skill/name-format'], os.tmpdir());
    assert.equal(r.code, 0, r.err);
    const flat = r.out.replace(/\s+/g, ' ');
    assert.ok(flat.includes(prose.slice(0, 60)), 'the hand-written explanation');
    assert.match(r.out, /^Default severity: info$/m);
    assert.match(r.out, /^Example: reported .*line 2\)$/m);
    assert.match(r.out, /^ {2}> 2 \| name: /m);
    assert.match(r.out, /^After the fix:$/m);
    assert.match(r.out, /^Example: not reported/m);
    assert.match(r.out, /^ {2}https:\/\/agentskills\.io\/specification \(copy of \d{4}-\d{2}-\d{2}\)$/m);
  });
});

describe('CLI: a reader that closes the pipe early', () => {
  it('`rules --format json | head -c 100` ends quietly: no EPIPE stack trace', () => {
    // The shell closes the pipe after 100 bytes; the CLI must not crash on the write that follows.
    const r = spawnSync('sh', ['-c', `node "${CLI}" rules --format json | head -c 100 >/dev/null; echo "status=$?"`], { encoding: 'utf8' });
    assert.equal(r.stderr, '', r.stderr);
    assert.match(r.stdout, /status=0/);
  });
});
