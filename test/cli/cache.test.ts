// check --cache: an unchanged repository is served from the cache; any change it could see is a miss;
// results are identical with and without the cache.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCheck } from '../../server/src/cli/check';
import { parseCheckArgs } from '../../server/src/cli/args';

const examples = path.resolve(__dirname, '../../examples');

describe('CLI: check --cache', () => {
  let dir: string;
  let location: string;
  const run = (cache: boolean, format = 'json') => {
    const opts = parseCheckArgs(['.', '--format', format, ...(cache ? ['--cache', '--cache-location', location] : [])]);
    return runCheck(opts, dir);
  };
  const strip = (o: { output: string; stderr: string; exitCode: number }) => ({ output: o.output, stderr: o.stderr, exitCode: o.exitCode });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cache-'));
    fs.cpSync(examples, dir, { recursive: true });
    location = path.join(os.tmpdir(), `pl-cache-file-${path.basename(dir)}`);
  });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); fs.rmSync(location, { force: true }); });

  it('serves an unchanged folder from the cache with the same result as a run without it', () => {
    const fresh = strip(run(false));
    const first = run(true);
    assert.ok(!first.cached, 'the first run is cold');
    assert.ok(fs.existsSync(location));
    const second = run(true);
    assert.strictEqual(second.cached, true);
    assert.deepStrictEqual(strip(second), fresh);
    assert.deepStrictEqual(strip(first), fresh);
    assert.ok(JSON.parse(fresh.output).summary.files > 5);
  });

  it('misses when a file changes, a file appears in a folder, or the options differ', () => {
    run(true);
    const skill = path.join(dir, 'skills/release-notes/SKILL.md');
    fs.writeFileSync(skill, fs.readFileSync(skill, 'utf8').replace('name: release-notes', 'name: Release_Notes'));
    const changed = run(true);
    assert.ok(!changed.cached);
    assert.deepStrictEqual(strip(changed), strip(run(false)));
    assert.match(changed.output, /skill\/name-format/);

    assert.strictEqual(run(true).cached, true);
    fs.mkdirSync(path.join(dir, 'skills/new-one'));
    fs.writeFileSync(path.join(dir, 'skills/new-one/SKILL.md'), '---\nname: New One\n---\n');
    const added = run(true);
    assert.ok(!added.cached);
    assert.deepStrictEqual(strip(added), strip(run(false)));

    assert.ok(!run(true, 'compact').cached, 'another format is another entry');
    assert.strictEqual(run(true, 'compact').cached, true);
    const kept = run(true);
    assert.strictEqual(kept.cached, true, 'the json entry is still there');
    assert.deepStrictEqual(strip(kept), strip(run(false)), 'with its whole output');
  });

  it('misses when a path a run probed and found absent appears, under either strategy', () => {
    for (const strategy of ['metadata', 'content']) {
      const runWith = () => runCheck(parseCheckArgs(['.', '--format', 'json', '--cache', '--cache-location', location, '--cache-strategy', strategy]), dir);
      const manifest = path.join(dir, 'skills/release-notes/.claude-plugin/plugin.json');
      fs.rmSync(path.dirname(manifest), { recursive: true, force: true });
      runWith();
      assert.strictEqual(runWith().cached, true, strategy);
      fs.mkdirSync(path.dirname(manifest));
      fs.writeFileSync(manifest, JSON.stringify({ name: 'Release Notes' }));
      const changed = runWith();
      assert.ok(!changed.cached, `${strategy}: the new manifest is a miss`);
      assert.deepStrictEqual(strip(changed), strip(run(false)), strategy);
    }
  });

  it('keeps an output that is not ASCII byte for byte', () => {
    fs.mkdirSync(path.join(dir, 'skills/café-→'));
    fs.writeFileSync(path.join(dir, 'skills/café-→/SKILL.md'), '---\nname: Café →\ndescription: Zürich 日本\n---\n');
    const fresh = strip(run(false));
    assert.match(fresh.output, /café-→/);
    run(true);
    const cached = run(true);
    assert.strictEqual(cached.cached, true);
    assert.deepStrictEqual(strip(cached), fresh);
  });

  it('misses when a config file appears, and survives a corrupt cache file', () => {
    run(true);
    fs.writeFileSync(path.join(dir, '.plugin-lens.json'), JSON.stringify({ rules: { 'skill/version-top-level': 'off' } }));
    const configured = run(true);
    assert.ok(!configured.cached);
    assert.deepStrictEqual(strip(configured), strip(run(false)));
    assert.doesNotMatch(configured.output, /skill\/version-top-level/);

    fs.rmSync(location);
    run(true);
    const whole = fs.readFileSync(location); // one entry: cutting its end cuts the output a hit would print
    // Headers of the right form with entries of the wrong shape, under the key this very run looks up.
    const key = /"key":"([0-9a-f]+)"/.exec(whole.toString('utf8'))![1];
    const header = (entry: object) => { const json = JSON.stringify({ entries: [{ key, ...entry }] }); return `plugin-lens-cache 3 ${Buffer.byteLength(json)}\n${json}x`; };
    const foreign = [header({}), header({ deps: null, stderr: '', exitCode: 0, bytes: 1 }), header({ deps: { strategy: 'metadata', dirs: [1], stats: [], files: [] }, stderr: '', exitCode: 0, bytes: 1 }), 'plugin-lens-cache 3 99999999999999\n'];
    for (const broken of ['{ not json', '{"format":2,"entries":[]}', whole.subarray(0, whole.length - 10), whole.subarray(0, 200), ...foreign]) {
      fs.writeFileSync(location, broken);
      const cold = run(true);
      assert.ok(!cold.cached, 'a broken, truncated or older cache file is a cold run');
      assert.deepStrictEqual(strip(cold), strip(run(false)));
      assert.strictEqual(run(true).cached, true);
    }
  });

  it('metadata (the default) sees a same-size edit whose mtime was put back; content re-hashes', () => {
    const skill = path.join(dir, 'skills/release-notes/SKILL.md');
    const before = fs.statSync(skill);
    const edit = () => {
      const text = fs.readFileSync(skill, 'utf8');
      fs.writeFileSync(skill, text.includes('name: release-notes') ? text.replace('name: release-notes', 'name: Release_Notes') : text.replace('name: Release_Notes', 'name: release-notes'));
      fs.utimesSync(skill, before.atime, before.mtime); // same size, same mtime: only ctime tells
    };
    for (const strategy of ['metadata', 'content']) {
      const runWith = () => runCheck(parseCheckArgs(['.', '--format', 'json', '--cache', '--cache-location', location, '--cache-strategy', strategy]), dir);
      runWith();
      assert.strictEqual(runWith().cached, true, strategy);
      edit();
      const changed = runWith();
      assert.ok(!changed.cached, `${strategy}: the edit is a miss`);
      assert.deepStrictEqual(strip(changed), strip(run(false)), strategy);
    }
    assert.throws(() => parseCheckArgs(['.', '--cache-strategy', 'mtime']), /--cache-strategy must be/);
  });

  it('is never used with --fix or --stdin', () => {
    const opts = parseCheckArgs(['.', '--fix-dry-run', '--cache', '--cache-location', location]);
    runCheck(opts, dir);
    assert.ok(!fs.existsSync(location));
  });
});
