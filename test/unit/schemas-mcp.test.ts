/**
 * MCP-family schemas (issue 4): compile in the core's ajv setup, check hover/knowledge annotations and pin the
 * structural behaviour against the runtime observations in oracles.md §3.4–3.5. The corpus run is in test/corpus.
 */
import { strict as assert } from 'node:assert';
import { BASE, schemas, errorsOf, has, failures, type Schema } from '../support/mcp-schemas';

describe('MCP-family schemas', () => {
  describe('annotations', () => {
    /** Walk every subschema reachable through schema keywords (not through data such as snippets). */
    function walk(node: unknown, at: string, visit: (s: Schema, at: string, viaProperty: boolean) => void, viaProperty = false, inIf = false): void {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return;
      const s = node as Schema;
      if (!inIf) visit(s, at, viaProperty);
      for (const [k, v] of Object.entries(s)) {
        if (k === 'properties' || k === 'definitions') {
          for (const [name, sub] of Object.entries(v as Schema)) walk(sub, `${at}/${k}/${name}`, visit, k === 'properties', inIf);
        } else if (['items', 'additionalProperties', 'then', 'else', 'not'].includes(k)) {
          walk(v, `${at}/${k}`, visit, false, inIf);
        } else if (k === 'if') {
          walk(v, `${at}/if`, visit, false, true);
        } else if (['allOf', 'anyOf', 'oneOf'].includes(k)) {
          (v as unknown[]).forEach((sub, i) => walk(sub, `${at}/${k}/${i}`, visit, false, inIf));
        }
      }
    }

    for (const [name, schema] of schemas) {
      it(`${name}: draft-07, $id, default effect and severity`, () => {
        assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
        assert.equal(schema.$id, `${BASE}${name}.schema.json`);
        assert.equal(typeof schema['x-effect'], 'string');
        assert.ok(['error', 'warning', 'info'].includes(String(schema['x-severity'])));
      });

      it(`${name}: every property has title, markdownDescription with a docs link, and dated x-sources`, () => {
        let count = 0;
        walk(schema, '#', (s, at, viaProperty) => {
          for (const sev of ['x-severity', 'x-unknown-key-severity']) {
            if (sev in s) assert.ok(['error', 'warning', 'info'].includes(String(s[sev])), `${at}: bad ${sev}`);
          }
          if (Array.isArray(s.enum) && s.title) {
            assert.equal((s.markdownEnumDescriptions as unknown[] | undefined)?.length, s.enum.length, `${at}: markdownEnumDescriptions`);
          }
          if (!viaProperty || s === true as unknown) return;
          count++;
          assert.equal(typeof s.title, 'string', `${at}: title`);
          assert.match(String(s.markdownDescription), /\[docs\]\(https:\/\/[^)]+\)$/, `${at}: markdownDescription docs link`);
          const sources = s['x-sources'] as { url: string; date: string }[];
          assert.ok(Array.isArray(sources) && sources.length > 0, `${at}: x-sources`);
          for (const src of sources) {
            assert.match(src.url, /^https:\/\//, `${at}: source url`);
            assert.match(src.date, /^(\d{4}-\d{2}-\d{2}|undated)$/, `${at}: source date`);
          }
        });
        assert.ok(count > 0);
      });
    }

    it('offers snippets for each transport and for policy entries, and the snippets validate', () => {
      const resolve = (body: unknown): unknown => JSON.parse(JSON.stringify(body).replace(/\$\{\d+:([^}]*)\}/g, '$1'));
      const entry = (schemas.get('mcp-server') as { definitions: { serverEntry: Schema } }).definitions.serverEntry;
      const snippets = entry.defaultSnippets as { label: string; body: unknown }[];
      assert.deepEqual(snippets.map((s) => (s.body as { type: string }).type), ['stdio', 'http', 'sse', 'ws']);
      for (const s of snippets) assert.deepEqual(failures('mcp', { mcpServers: { x: resolve(s.body) } }), [], s.label);
      const allowed = (schemas.get('managed-mcp') as { definitions: { allowedEntry: Schema } }).definitions.allowedEntry;
      const policy = allowed.defaultSnippets as { label: string; body: unknown }[];
      assert.equal(policy.length, 3);
      for (const s of policy) assert.deepEqual(errorsOf('managed-mcp', { mcpServers: {}, allowedMcpServers: [resolve(s.body)] }), [], s.label);
    });
  });

  describe('.mcp.json server entries (oracles.md §3.2, §3.4)', () => {
    const one = (server: unknown) => failures('mcp', { mcpServers: { s: server } });

    it('accepts stdio, http, streamable-http, sse and ws entries', () => {
      assert.deepEqual(one({ command: 'npx', args: ['-y', 'pkg'], env: { A: 'b' } }), []);
      assert.deepEqual(one({ type: 'stdio', command: 'node' }), []);
      for (const type of ['http', 'streamable-http', 'sse']) {
        assert.deepEqual(one({ type, url: 'https://x/mcp', headers: { Authorization: 'Bearer ${T}' }, headersHelper: 'h', oauth: { clientId: 'c', callbackPort: 8080, scopes: 'a b', authServerMetadataUrl: 'https://a/.well-known/x' }, timeout: 600000, alwaysLoad: true }), [], type);
      }
      assert.deepEqual(one({ type: 'ws', url: 'wss://x/socket', headers: {}, timeout: 1000 }), []);
    });

    it('C01/P11: stdio without command is an error', () => assert.ok(has(one({ args: [] }), '/mcpServers/s', 'required', 'error')));
    it('C02/P12: http without url is an error', () => assert.ok(has(one({ type: 'http' }), '/mcpServers/s', 'required', 'error')));
    it('C03: unknown transport names are errors', () => {
      for (const type of ['websocket', 'streamableHttp']) assert.ok(has(one({ type, url: 'https://x' }), '/mcpServers/s/type', 'enum', 'error'), type);
    });
    it('C05: args as a string and non-string env values are errors', () => {
      const f = one({ command: 'x', args: '--a', env: { A: 1 } });
      assert.ok(has(f, '/mcpServers/s/args', 'type', 'error'));
      assert.ok(has(f, '/mcpServers/s/env/A', 'type', 'error'));
    });
    it('leaves a url without type to the semantic rule (no structural failure)', () => assert.deepEqual(one({ url: 'https://x/mcp' }), []));
    it('accepts an empty url and unknown keys (placeholder connectors; ignored keys)', () => {
      assert.deepEqual(one({ type: 'http', url: '' }), []);
      assert.deepEqual(one({ type: 'http', url: 'https://x', description: 'd', transport: 'http' }), []);
    });
    it('oauth: scopes must be one string, metadata URL must be https', () => {
      const f = one({ type: 'http', url: 'https://x', oauth: { scopes: ['a', 'b'], authServerMetadataUrl: 'http://a' } });
      assert.ok(has(f, '/mcpServers/s/oauth/scopes', 'type', 'error'));
      assert.ok(has(f, '/mcpServers/s/oauth/authServerMetadataUrl', 'pattern', 'error'));
    });
    it('warns on oauth for ws and on a timeout below 1000', () => {
      assert.deepEqual(errorsOf('mcp', { mcpServers: { s: { type: 'ws', url: 'wss://x', oauth: {}, timeout: 500 } } }), []);
      const f = one({ type: 'ws', url: 'wss://x', oauth: {}, timeout: 500 });
      assert.ok(has(f, '/mcpServers/s/oauth', 'not', 'warning'));
      assert.ok(has(f, '/mcpServers/s/timeout', 'minimum', 'warning'));
    });
    it('accepts the bare plugin map and reads a VS Code `servers` key as a server (C04)', () => {
      assert.deepEqual(failures('mcp', { github: { type: 'http', url: 'https://x' } }), []);
      assert.ok(has(failures('mcp', { servers: { x: { command: 'a' } } }), '/servers', 'required', 'error'));
    });
  });

  describe('claude_desktop_config.json', () => {
    it('accepts stdio servers and other top-level app keys', () => {
      assert.deepEqual(failures('claude-desktop-config', { mcpServers: { 'my server': { command: '/usr/bin/x', args: ['a'], env: { K: 'v' } } }, globalShortcut: 'Ctrl+Space', preferences: {}, other: 1 }), []);
    });
    it('C06: a server without command (e.g. a remote url entry) is not started', () => {
      const f = failures('claude-desktop-config', { mcpServers: { r: { type: 'http', url: 'https://x' } } });
      assert.ok(has(f, '/mcpServers/r', 'required', 'error'));
      assert.match(f[0].effect, /Claude Desktop does not start this server/);
    });
  });

  describe('managed-mcp.json', () => {
    it('accepts the documented examples, including the empty map', () => {
      assert.deepEqual(failures('managed-mcp', { mcpServers: {} }), []);
      assert.deepEqual(failures('managed-mcp', { mcpServers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' }, c: { type: 'stdio', command: '/usr/local/bin/x', args: ['--config', '/etc/x.json'] } } }), []);
    });
    it('policy entries: exactly one key; allowlist names restricted; denylist names free', () => {
      const list = (allowed: unknown[], denied: unknown[]) => errorsOf('managed-mcp', { mcpServers: {}, allowedMcpServers: allowed, deniedMcpServers: denied });
      assert.deepEqual(list([{ serverUrl: 'https://*.example.com/*' }, { serverCommand: ['npx', '-y', 'p'] }, { serverName: 'github' }], [{ serverName: 'claude.ai Slack' }]), []);
      assert.ok(list([{ serverName: 'claude.ai Slack' }], []).some((x) => x.keyword === 'pattern'));
      assert.ok(list([{ serverName: 'a', serverUrl: 'https://x' }], []).some((x) => x.keyword === 'maxProperties'));
      assert.ok(list([], [{ serverHost: 'x' }]).length > 0);
      assert.ok(list([{ serverCommand: 'npx -y p' }], []).some((x) => x.keyword === 'type'));
    });
    it('warns that policy keys belong in managed settings, not managed-mcp.json', () => {
      const f = failures('managed-mcp', { mcpServers: {}, allowManagedMcpServersOnly: true });
      assert.ok(has(f, '', 'not', 'warning'));
    });
  });

  describe('MCPB manifest.json (oracles.md §3.5)', () => {
    const good = { manifest_version: '0.3', name: 'x', version: '1.0.0', description: 'd', author: { name: 'A' }, server: { type: 'node', entry_point: 'server/index.js', mcp_config: { command: 'node', args: ['${__dirname}/server/index.js'] } } };
    it('accepts a minimal 0.3 manifest, legacy dxt_version and uv on 0.4', () => {
      assert.deepEqual(failures('mcpb-manifest', good), []);
      const { manifest_version: _v, ...rest } = good;
      assert.deepEqual(failures('mcpb-manifest', { ...rest, dxt_version: '0.1' }), []);
      assert.deepEqual(failures('mcpb-manifest', { ...good, manifest_version: '0.4', server: { type: 'uv', entry_point: 'src/server.py' } }), []);
    });
    it('reports the missing required fields', () => {
      const f = errorsOf('mcpb-manifest', { manifest_version: '0.3', name: 'x' });
      assert.deepEqual(f.filter((x) => x.keyword === 'required' && x.path === '').map((x) => x.missing).sort(), ['author', 'description', 'server', 'version']);
    });
    it('rejects server.type ruby, uv before 0.4, an unknown version and a missing version', () => {
      assert.ok(has(errorsOf('mcpb-manifest', { ...good, server: { ...good.server, type: 'ruby' } }), '/server/type', 'enum'));
      assert.ok(has(errorsOf('mcpb-manifest', { ...good, server: { type: 'uv', entry_point: 'a.py' } }), '/server/type', 'enum'));
      assert.ok(has(errorsOf('mcpb-manifest', { ...good, manifest_version: '9.9' }), '/manifest_version', 'enum'));
      const { manifest_version: _v, ...noVersion } = good;
      assert.ok(has(errorsOf('mcpb-manifest', noVersion), '', 'anyOf'));
    });
    it('rejects unknown keys (strict mcpb schema) and a missing mcp_config for node', () => {
      assert.ok(has(errorsOf('mcpb-manifest', { ...good, featured: true }), '/featured', 'additionalProperties'));
      assert.ok(has(errorsOf('mcpb-manifest', { ...good, server: { type: 'node', entry_point: 'a.js' } }), '/server', 'required'));
    });
  });
});
