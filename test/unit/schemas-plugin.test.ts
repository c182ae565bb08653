/**
 * The plugin-family schemas (plugin.json, marketplace.json, hooks.json, .lsp.json) compile under ajv strict mode
 * and agree with the official validator on the real-world corpus: every error-severity failure on a corpus file
 * is one `claude plugin validate` 2.1.332 also reports for that file (oracles.md §7, corpus EXPECTATIONS.md).
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const KINDS = ['plugin', 'marketplace', 'hooks', 'lsp'] as const;
type Kind = (typeof KINDS)[number];
const ID = (k: Kind): string => `https://plugin-lens.dev/schemas/${k}.schema.json`;
const KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'defaultSnippets', 'x-sources', 'x-since',
  'x-effect', 'x-severity', 'x-unknown-key-effect', 'x-unknown-key-severity'];

type Schema = Record<string, unknown>;
const schemas = Object.fromEntries(KINDS.map((k) => [k, JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${k}.schema.json`), 'utf8')) as Schema])) as Record<Kind, Schema>;

function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true });
  for (const keyword of KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'array', 'object', 'boolean', 'number'] });
  for (const k of KINDS) ajv.addSchema(schemas[k]);
  return ajv;
}

/** Severity as the core derives it: the failing subschema's annotation, else the file schema's default. */
function severityOf(e: ErrorObject, root: Schema): string {
  const s = (e.parentSchema ?? {}) as Schema;
  if (e.keyword === 'additionalProperties') return String(s['x-unknown-key-severity'] ?? s['x-severity'] ?? root['x-unknown-key-severity'] ?? 'warning');
  return String(s['x-severity'] ?? root['x-severity'] ?? 'error');
}

/** Errors the core reports: a failing `if` is represented by its `then` branch. */
const errs = (v: ValidateFunction): ErrorObject[] => (v.errors ?? []).filter((e) => e.keyword !== 'if');

// Corpus files whose schema errors the official validator also reports (EXPECTATIONS.md §2–3, oracles.md §7.3).
// Each entry lists the instance paths where an error-severity failure is expected.
const EXPECTED_FAILURES: Record<string, { reason: string; paths: string[] }> = {
  // `repository` is an npm-style object: "repository: expected string, received object"; the plugin loads nothing.
  'theflysurfer__claude-skills-marketplace/.claude-plugin/plugin.json': { reason: 'repository object', paths: ['/repository'] },
  // `"agents": ["./agents"]` names a folder: error on agents.0, must end with .md.
  'wshobson__agents/plugins/pptx-deck-creation/.claude-plugin/plugin.json': { reason: 'agents entry is a folder', paths: ['/agents', '/agents/0'] },
  // Intentional test fixture without `owner`: "owner: Invalid input: expected object, received undefined".
  'laurigates__claude-plugins/adapters/tests/fixtures/mini-marketplace-src/.claude-plugin/marketplace.json': { reason: 'no owner (fixture)', paths: [''] },
};

function kindOf(rel: string): Kind | undefined {
  const base = path.basename(rel);
  const dir = path.basename(path.dirname(rel));
  if (base === 'plugin.json' && dir === '.claude-plugin') return 'plugin';
  if (base === 'marketplace.json' && dir === '.claude-plugin') return 'marketplace';
  if (base === 'hooks.json') return 'hooks';
  if (base === '.lsp.json') return 'lsp';
  return undefined;
}

function walk(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

describe('plugin-family schemas', () => {
  let ajv: Ajv;
  const validators = {} as Record<Kind, ValidateFunction>;

  before(() => {
    ajv = makeAjv();
    for (const k of KINDS) validators[k] = ajv.getSchema(ID(k)) as ValidateFunction;
  });

  it('compile under ajv strict mode with the annotation keywords registered', () => {
    for (const k of KINDS) assert.equal(typeof validators[k], 'function', k);
  });

  it('carry a file-level effect and severity, and title, markdownDescription and x-sources on every property', () => {
    for (const k of KINDS) {
      const s = schemas[k];
      assert.equal(s.$id, ID(k));
      assert.ok(typeof s['x-effect'] === 'string' && ['error', 'warning', 'info'].includes(String(s['x-severity'])), k);
      const missing: string[] = [];
      const visit = (node: unknown, where: string): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as Schema;
        for (const [name, prop] of Object.entries((n.properties ?? {}) as Record<string, Schema>)) {
          // Declarations that only satisfy strictRequired inside if/then/oneOf branches carry no docs.
          if (Object.keys(prop).length > 0 && !where.includes('/allOf/') && !where.includes('/oneOf/') && !where.includes('/anyOf/')) {
            if (!prop.title || !prop.markdownDescription || !Array.isArray(prop['x-sources'])) missing.push(`${k}:${where}/${name}`);
          }
        }
        for (const [key, v] of Object.entries(n)) if (key !== 'defaultSnippets' && key !== 'x-sources') visit(v, `${where}/${key}`);
      };
      visit(s, '');
      assert.deepEqual(missing, []);
    }
  });

  it('keep guard and non-guard hook definitions identical apart from effect and severity', () => {
    const defs = schemas.hooks.definitions as Record<string, unknown>;
    const strip = (v: unknown): string => JSON.stringify(v, (key, val: unknown) => (key === 'x-effect' || key === 'x-severity' || key === 'markdownDescription' || key === 'title' ? undefined : val))
      .replace(/guardH/g, 'h').replace(/guardG/g, 'g');
    assert.equal(strip(defs.guardHandler), strip(defs.handler));
    assert.equal(strip(defs.guardGroup), strip(defs.group));
  });

  it('grade a broken PreToolUse handler as an error and a broken PostToolUse handler as a warning', () => {
    const v = validators.hooks;
    const bad = { type: 'command' }; // no `command`
    assert.equal(v({ hooks: { PreToolUse: [{ hooks: [bad] }] } }), false);
    assert.deepEqual([...new Set(errs(v).map((e) => severityOf(e, schemas.hooks)))], ['error']);
    assert.equal(v({ hooks: { PostToolUse: [{ hooks: [bad] }] } }), false);
    assert.deepEqual([...new Set(errs(v).map((e) => severityOf(e, schemas.hooks)))], ['warning']);
    assert.equal(v({ hooks: { OnSave: [] } }), false);
    assert.deepEqual((v.errors ?? []).map((e) => [e.keyword, severityOf(e, schemas.hooks)]), [['additionalProperties', 'warning']]);
    assert.equal(v({ PreToolUse: [] }), false, 'event map without the "hooks" wrapper');
  });

  it('accept every marketplace source form and reject an unknown one', () => {
    const v = validators.marketplace;
    const sources = ['./plugins/a', '.', 'bare-name', { source: 'github', repo: 'o/r' }, { source: 'url', url: 'https://g.example/r.git' },
      { source: 'git-subdir', url: 'o/r', path: 'p' }, { source: 'npm', package: '@o/p' }, { source: 'archive', url: 'https://x/p.zip', sha256: 'A'.repeat(64) },
      { source: 'command', command: 'tool print-path', timeout: 60, mode: 'link' }];
    for (const source of sources) assert.ok(v({ name: 'm', owner: { name: 'o' }, plugins: [{ name: 'p', source }] }), JSON.stringify(source));
    for (const source of ['plugins/a', { source: 'gitlab' }, { source: 'github' }, { source: 'command', command: 'a    b' }]) {
      assert.equal(v({ name: 'm', owner: { name: 'o' }, plugins: [{ name: 'p', source }] }), false, JSON.stringify(source));
    }
  });

  // Broken inputs of oracles.md §3.2–3.3 with the highest severity 2.1.332 gives them ('none' = passes the schema).
  const ORACLE_CASES: [string, Kind, unknown, string][] = [
    ['P02 no name', 'plugin', { version: '1.0.0' }, 'error'],
    ['P03 name with spaces', 'plugin', { name: 'My Plugin' }, 'error'],
    ['P04 commands without ./', 'plugin', { name: 'p', commands: 'commands/' }, 'error'],
    ['P04 agents without ./', 'plugin', { name: 'p', agents: ['agents/x.md'] }, 'error'],
    ['P05 unknown top-level field', 'plugin', { name: 'p', foo: 1, categories: [] }, 'warning'],
    ['P06 version not semver', 'plugin', { name: 'p', version: 'one.two' }, 'none'],
    ['P15 author string', 'plugin', { name: 'p', author: 'Jane <j@x>' }, 'error'],
    ['strict userConfig option', 'plugin', { name: 'p', userConfig: { k: { type: 'string', title: 't', description: 'd', bogus: 1 } } }, 'error'],
    ['metadata not an object', 'plugin', { name: 'p', metadata: 'x' }, 'warning'],
    ['mcpServers bundle with another extension', 'plugin', { name: 'p', mcpServers: './server.zip' }, 'error'],
    ['P07 unknown hook event', 'hooks', { hooks: { OnSave: [] } }, 'warning'],
    ['P08 hook type script on PreToolUse', 'hooks', { hooks: { PreToolUse: [{ hooks: [{ type: 'script' }] }] } }, 'error'],
    ['P09 PostToolUse command without command', 'hooks', { hooks: { PostToolUse: [{ hooks: [{ type: 'command' }] }] } }, 'warning'],
    ['P10 no hooks wrapper', 'hooks', { PreToolUse: [] }, 'error'],
    ['P20 timeout as a string', 'hooks', { hooks: { Stop: [{ hooks: [{ type: 'command', command: 'x', timeout: '60' }] }] } }, 'warning'],
    ['mod hooks.json', 'hooks', { modules: ['./register.js'] }, 'none'],
    ['M02 source 123', 'marketplace', { name: 'm', owner: { name: 'o' }, plugins: [{ name: 'a', source: 123 }] }, 'error'],
    ['M03 source without ./', 'marketplace', { name: 'm', owner: { name: 'o' }, plugins: [{ name: 'a', source: 'plugins/alpha' }] }, 'error'],
    ['M04 no owner', 'marketplace', { name: 'm', plugins: [] }, 'error'],
    ['M05 no name', 'marketplace', { owner: { name: 'o' }, plugins: [] }, 'error'],
    ['M07 entry name with spaces', 'marketplace', { name: 'm', owner: { name: 'o' }, plugins: [{ name: 'My Plugin', source: './a' }] }, 'error'],
    ['M08 unknown fields', 'marketplace', { name: 'm', foo: 1, owner: { name: 'o' }, plugins: [{ name: 'a', source: './a', bar: 1 }] }, 'warning'],
    ['M11 plugins object', 'marketplace', { name: 'm', owner: { name: 'o' }, plugins: {} }, 'error'],
    ['empty plugins', 'marketplace', { name: 'm', owner: { name: 'o' }, plugins: [] }, 'warning'],
    ['headersHelper without strict false', 'marketplace', { name: 'm', owner: { name: 'o' }, plugins: [{ name: 'a', source: { source: 'archive', url: 'https://x/a.zip' }, headersHelper: 'h' }] }, 'error'],
    ['entry hooks as a path (passes validate, fails load)', 'marketplace', { name: 'm', owner: { name: 'o' }, plugins: [{ name: 'a', source: './a', hooks: './h.json' }] }, 'error'],
    ['lsp unknown key', 'lsp', { go: { command: 'gopls', extensionToLanguage: { '.go': 'go' }, bogus: true } }, 'error'],
    ['lsp command with spaces', 'lsp', { go: { command: 'gopls serve', extensionToLanguage: { '.go': 'go' } } }, 'error'],
  ];
  for (const [label, kind, data, expected] of ORACLE_CASES) {
    it(`grades ${label} as ${expected}`, () => {
      const v = validators[kind];
      v(data);
      const sevs = errs(v).map((e) => severityOf(e, schemas[kind]));
      const worst = sevs.includes('error') ? 'error' : sevs.includes('warning') ? 'warning' : sevs.includes('info') ? 'info' : 'none';
      assert.equal(worst, expected, JSON.stringify(errs(v).map((e) => [e.instancePath, e.keyword])));
    });
  }

  it('do not flag corpus files that load fine (errors only where the official validator reports them)', () => {
    assert.ok(fs.existsSync(CORPUS), `corpus missing at ${CORPUS}`);
    const stats: Record<Kind, { files: number; invalidJson: number; clean: number; warningsOnly: number; failing: number }> = Object.fromEntries(
      KINDS.map((k) => [k, { files: 0, invalidJson: 0, clean: 0, warningsOnly: 0, failing: 0 }])) as never;
    const unexpected: string[] = [];
    const seenExpected = new Set<string>();
    for (const file of walk(CORPUS, [])) {
      const rel = path.relative(CORPUS, file).split(path.sep).join('/');
      const kind = kindOf(rel);
      if (!kind) continue;
      stats[kind].files++;
      let data: unknown;
      try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { stats[kind].invalidJson++; continue; }
      const v = validators[kind];
      if (v(data)) { stats[kind].clean++; continue; }
      const errors = errs(v).filter((e) => severityOf(e, schemas[kind]) === 'error');
      if (errors.length === 0) { stats[kind].warningsOnly++; continue; }
      stats[kind].failing++;
      const expected = EXPECTED_FAILURES[rel];
      if (!expected) { unexpected.push(...errors.map((e) => `${rel} ${e.instancePath} ${e.keyword} ${e.message}`)); continue; }
      seenExpected.add(rel);
      for (const e of errors) if (!expected.paths.includes(e.instancePath)) unexpected.push(`${rel} ${e.instancePath} ${e.keyword} ${e.message} (not in allow-list)`);
    }
    console.log(`      corpus: ${KINDS.map((k) => `${k} ${stats[k].clean} clean + ${stats[k].warningsOnly} warnings-only + ${stats[k].failing} failing of ${stats[k].files} (${stats[k].invalidJson} invalid JSON)`).join('; ')}`);
    assert.deepEqual(unexpected, []);
    // The allow-listed failures are real: the schemas catch what the official validator catches.
    assert.deepEqual([...seenExpected].sort(), Object.keys(EXPECTED_FAILURES).sort());
    assert.ok(stats.plugin.files >= 500 && stats.marketplace.files >= 10 && stats.hooks.files >= 15, 'corpus found');
  });
});
