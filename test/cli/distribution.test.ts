/**
 * The CLI as CI consumes it: the npm tarball installed into an empty folder (offline) and run with npx,
 * the GitHub Action's run step with its inputs substituted, and the pre-commit hook's entry run on the
 * files pre-commit would pass.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { KNOWN_FILES } from '../../server/src/cli/known-files';
import { tempWorkspaces } from '../support/temp-workspace';

const REPO = path.resolve(__dirname, '..', '..');
const tempDir = tempWorkspaces('plugin-lens-dist-');

// Only the variables a shell and npm need: nothing of the outer `npm test` run leaks into the child.
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: os.tmpdir() };
  return { ...env, ...extra };
}

function sh(cmd: string, args: string[], cwd: string, env = cleanEnv()) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const BAD_SKILL = '---\nname: PDF_Tools\ndescription: [Fill PDF forms\n---\nBody\n';
const GOOD_SKILL = '---\nname: pdf-tools\ndescription: Fill PDF forms. Use when asked to fill a form.\n---\nBody\n';

describe('distribution: npm package', function () {
  this.timeout(120_000);
  let tarball = '';
  before(() => {
    const dest = tempDir();
    // --ignore-scripts: pack the dist/cli.js `npm test` just built instead of rebuilding (prepack does that on publish).
    const r = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], REPO, cleanEnv({ npm_config_offline: 'true' }));
    assert.equal(r.code, 0, r.err);
    tarball = path.join(dest, JSON.parse(r.out)[0].filename);
  });

  it('holds the CLI bundle, the schemas and the docs, and declares no runtime dependency', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['plugin-lens'], 'dist/cli.js');
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'the bundle carries everything it needs');
    const list = sh('tar', ['-tzf', tarball], REPO).out.split('\n');
    for (const f of ['package/dist/cli.js', 'package/dist/cli-lazy.js', 'package/package.json', 'package/README.md', 'package/schemas/plugin-lens-config.schema.json']) assert.ok(list.includes(f), f);
    assert.ok(!list.some((f) => /\.map$|^package\/(server|client|test)\//.test(f)), 'no sources, tests or source maps');
    assert.ok(!list.includes('package/dist/extension.js'), 'the VS Code extension ships as a .vsix');
  });

  it('keeps the validation code out of dist/cli.js (--version and cache hits do not compile it)', () => {
    const thin = fs.readFileSync(path.join(REPO, 'dist', 'cli.js'), 'utf8');
    assert.match(thin, /require\("\.\/cli-lazy\.js"\)/);
    for (const heavy of ['parseDocument', 'validateFile', 'ajv/dist', 'reachForFile', 'runRule']) assert.ok(!thin.includes(heavy), `dist/cli.js contains ${heavy}`);
    assert.ok(thin.length < 200_000, `dist/cli.js is ${thin.length} bytes`);
  });

  it('installs offline into an empty folder and `npx plugin-lens check` works there', () => {
    const project = tempDir();
    const install = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
    assert.equal(install.code, 0, install.err);
    const env = cleanEnv({ npm_config_offline: 'true' });
    const version = sh('npx', ['--no-install', 'plugin-lens', '--version'], project, env);
    assert.equal(version.out.trim(), JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version, version.err);
    const empty = sh('npx', ['--no-install', 'plugin-lens', 'check'], project, env);
    assert.equal(empty.code, 0, empty.err);
    assert.match(empty.out, /0 files checked/);
    fs.mkdirSync(path.join(project, 'skills', 'pdf-tools'), { recursive: true });
    fs.writeFileSync(path.join(project, 'skills', 'pdf-tools', 'SKILL.md'), BAD_SKILL);
    const bad = sh('npx', ['--no-install', 'plugin-lens', 'check', '--format', 'json'], project, env);
    assert.equal(bad.code, 1, bad.err);
    const j = JSON.parse(bad.out);
    assert.equal(j.summary.files, 1, 'node_modules is not scanned');
    assert.ok(j.diagnostics.some((d: { rule: string }) => d.rule === 'skill/yaml-syntax'));
    const explain = sh('npx', ['--no-install', 'plugin-lens', 'explain', 'skill/yaml-syntax'], project, env);
    assert.match(explain.out, /^Example: reported/m, 'the rule pages are in the bundle');
  });
});

describe('distribution: GitHub Action', function () {
  this.timeout(60_000);
  const action = parseYaml(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Array<{ id?: string; shell?: string; run?: string; env?: Record<string, string> }> };
  };

  /** Runs the composite steps as the runner does: `${{ }}` expressions substituted, bash -eo pipefail. */
  function runAction(inputs: Record<string, string>, workspace: string) {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(action.inputs)) values[k] = inputs[k] ?? v.default ?? '';
    const expr = (s: string) => s.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, name: string) => {
      if (name === 'github.action_path') return REPO;
      if (name.startsWith('inputs.')) return values[name.slice(7)] ?? '';
      throw new Error(`unexpected expression ${name}`);
    });
    const outputFile = path.join(workspace, '.github-output');
    fs.writeFileSync(outputFile, '');
    let last = { code: 0 as number | null, out: '', err: '' };
    for (const step of action.runs.steps) {
      assert.equal(step.shell, 'bash');
      const env: Record<string, string> = { GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: REPO };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expr(v);
      const script = path.join(workspace, '.step.sh');
      fs.writeFileSync(script, expr(step.run ?? ''));
      last = sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], workspace, cleanEnv(env));
      if (last.code !== 0) break;
    }
    const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
    return { ...last, outputs };
  }

  it('is a composite action with a sarif output', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(action.outputs.sarif.value, /steps\.check\.outputs\.sarif/);
  });

  it('writes SARIF, prints annotations and fails on errors', () => {
    const ws = tempDir({ 'skills/pdf-tools/SKILL.md': BAD_SKILL, 'docs/skills/x/SKILL.md': BAD_SKILL });
    const r = runAction({ paths: 'skills', 'sarif-file': 'out/report.sarif' }, ws);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.outputs.sarif, 'out/report.sarif');
    assert.equal(r.outputs['exit-code'], '1');
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'out', 'report.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const uris = sarif.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.length > 0 && uris.every((u: string) => u === 'skills/pdf-tools/SKILL.md'), 'repository-relative paths, only the given paths');
    assert.match(r.out, /^::error file=skills\/pdf-tools\/SKILL\.md,line=3,.*title=skill\/yaml-syntax::/m);
  });

  it('passes the target and extra args, and can report without failing', () => {
    const ws = tempDir({ 'skills/pdf-tools/SKILL.md': GOOD_SKILL.replace('name: pdf-tools', 'name: pdf-tools\nversion: 1.0.0') });
    const lax = runAction({}, ws);
    assert.equal(lax.code, 0, lax.err);
    const strict = runAction({ target: 'claude-ai-web', args: '--max-warnings 0' }, ws);
    assert.equal(strict.code, 1, strict.err);
    assert.match(strict.out, /skill\/version-top-level/);
    const report = runAction({ target: 'claude-ai-web', 'fail-on-problems': 'false' }, ws);
    assert.equal(report.code, 0, report.err);
    assert.equal(report.outputs['exit-code'], '1');
    const usage = runAction({ target: 'mars' }, ws);
    assert.equal(usage.code, 2, 'a usage error always fails');
  });
});

describe('distribution: pre-commit hook', function () {
  this.timeout(60_000);
  const hooks = parseYaml(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string; pass_filenames?: boolean }>;
  const hook = hooks.find((h) => h.id === 'plugin-lens')!;
  const files = new RegExp(hook.files);

  /** pre-commit passes the staged files its `files` regex matches (re.search) after the entry's words. */
  function runHook(staged: string[], cwd: string) {
    const [bin, ...args] = hook.entry.split(/\s+/);
    assert.equal(bin, 'plugin-lens', 'the entry runs the package bin');
    const chosen = staged.filter((f) => files.test(f));
    return { ...sh(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...args, ...chosen], cwd), chosen };
  }

  it('is a node hook whose files pattern matches every kind Plugin Lens knows', () => {
    assert.equal(hook.language, 'node');
    assert.notEqual(hook.pass_filenames, false);
    const samples = ['skills/a/SKILL.md', 'p/.claude-plugin/plugin.json', '.claude-plugin/marketplace.json', 'p/hooks/hooks.json',
      'p/agents/a.md', 'p/commands/ns/c.md', 'p/output-styles/o.md', '.lsp.json', '.mcp.json', '.vscode/mcp.json',
      'claude_desktop_config.json', 'managed-mcp.json', 'ext/manifest.json', '.claude/settings.json', '.claude/settings.local.json', '.plugin-lens.json'];
    assert.ok(samples.length >= Object.keys(KNOWN_FILES).length + 1);
    for (const s of samples) assert.ok(files.test(s), s);
    for (const s of ['README.md', 'src/index.ts', 'package.json', 'docs/SKILL.md.bak']) assert.ok(!files.test(s), s);
  });

  it('fails on a staged broken skill, passes clean files, and ignores matched files of no known kind', () => {
    const ws = tempDir({ 'skills/pdf-tools/SKILL.md': BAD_SKILL, 'skills/ok/SKILL.md': GOOD_SKILL.replace('pdf-tools', 'ok'), 'agents/README.md': '# Agents\n', 'pkg/manifest.json': '{ "name": "x" }\n', 'README.md': '# x\n' });
    const bad = runHook(['skills/pdf-tools/SKILL.md', 'README.md', 'agents/README.md'], ws);
    assert.deepEqual(bad.chosen, ['skills/pdf-tools/SKILL.md', 'agents/README.md']);
    assert.equal(bad.code, 1, bad.err);
    assert.match(bad.out, /skills\/pdf-tools\/SKILL\.md/);
    assert.equal(bad.err, '', 'no notice for agents/README.md');
    const good = runHook(['skills/ok/SKILL.md', 'pkg/manifest.json'], ws);
    assert.equal(good.code, 0, good.out + good.err);
  });
});
