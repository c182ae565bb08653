/** Registry invariants: ids, sources, docs, fixtures, generated files in sync, core purity. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/core/rules';
import { generate } from '../../scripts/gen-docs';
import { listFixtureCases, fixedPath } from '../support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const cases = listFixtureCases();

describe('rule registry', () => {
  it('has unique ids of the form <kind>/<kebab-name>', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9-]*\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every rule a one-line description and dated sources', () => {
    for (const r of RULES) {
      assert.ok(r.description.length > 10 && !r.description.includes('\n'), r.id);
      for (const s of r.sources) {
        assert.match(s.url, /^https:\/\//, `${r.id} source url`);
        assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/, `${r.id} source date`);
      }
      // Only Plugin Lens's own pipeline and configuration rules may go without an external source.
      if (!/^(file|config)\//.test(r.id)) assert.ok(r.sources.length > 0, `${r.id} needs a source`);
    }
  });

  it('keeps generated docs, README table and settings enum in sync (npm run gen)', () => {
    const stale: string[] = [];
    for (const [file, content] of generate()) {
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) stale.push(path.relative(ROOT, file));
    }
    assert.deepEqual(stale, [], 'run `npm run gen`');
  });

  it('has bad and good fixtures for every rule the pipeline can report', () => {
    const missing: string[] = [];
    for (const r of RULES) {
      if (r.kinds.length === 0 || r.tags?.includes('pipeline')) continue; // tested in pipeline.test.ts
      const mine = cases.filter((c) => c.ruleId === r.id);
      if (!mine.some((c) => c.name.startsWith('bad')) || !mine.some((c) => c.name.startsWith('good'))) missing.push(r.id);
    }
    assert.deepEqual(missing, []);
  });

  it('marks a rule fixable exactly when a fixture shows its fix', () => {
    for (const r of RULES) {
      const hasFixed = cases.some((c) => c.ruleId === r.id && fs.existsSync(fixedPath(c)));
      if (r.kinds.length === 0 || r.tags?.includes('pipeline')) continue;
      assert.equal(hasFixed, r.fixable, `${r.id}: fixable=${r.fixable} but fixed fixture ${hasFixed ? 'exists' : 'missing'}`);
    }
  });
});

describe('core purity', () => {
  it('imports no vscode, fs, net, http(s), child_process or dgram in server/src/core', () => {
    const bad: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name)) {
          const text = fs.readFileSync(p, 'utf8');
          const re = /(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?(vscode|vscode-languageserver(?:\/node)?|fs|fs\/promises|net|http|https|http2|child_process|dgram|worker_threads|tls)['"]/g;
          let m: RegExpExecArray | null;
          while ((m = re.exec(text))) bad.push(`${path.relative(ROOT, p)}: ${m[1]}`);
        }
      }
    };
    walk(path.join(ROOT, 'server', 'src', 'core'));
    assert.deepEqual(bad, []);
  });
});
