/** The plugin-family schemas (plugin.json, marketplace.json, hooks.json, .lsp.json) compile under ajv strict mode and grade failures as the loaders do. */
import { strict as assert } from 'node:assert';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { KINDS, ID, schemas, makeAjv, severityOf, errs, type Kind, type Schema } from '../support/plugin-schemas';

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
});
