/** The MCP-family schemas on the real corpus, with an explicit allow-list of expected failures. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { CORPUS } from './corpus-root';
import { failures, type FILES } from '../support/mcp-schemas';

describe('corpus: MCP-family schemas', () => {
  describe('real-world corpus (../shared/corpus)', () => {
    type Kind = '.mcp.json' | 'claude_desktop_config.json' | 'managed-mcp.json' | 'MCPB manifest.json';
    const SCHEMA_OF: Record<Kind, (typeof FILES)[number]> = {
      '.mcp.json': 'mcp', 'claude_desktop_config.json': 'claude-desktop-config', 'managed-mcp.json': 'managed-mcp', 'MCPB manifest.json': 'mcpb-manifest',
    };
    // Files expected to fail with errors, and why. Everything else must have no error-severity failure.
    const EXPECTED_FAILURES: Record<string, string> = {
      // EXPECTATIONS.md §5 item 3 and oracles.md §3.4 ("real" row): 3 servers with only a `url` (no `type`, no `command`).
      // Claude Desktop doesn't connect remote servers from this file; claude 2.1.332 (wrapped) reports "url but no type".
      'secondsky__claude-skills/plugins/cloudflare-mcp-server/skills/cloudflare-mcp-server/templates/claude_desktop_config.json':
        'Desktop config with remote url-only servers: not started by Claude Desktop',
    };

    function kindOf(file: string, data: unknown): Kind | undefined {
      const base = path.basename(file);
      if (base === '.mcp.json') return '.mcp.json';
      if (base === 'claude_desktop_config.json') return 'claude_desktop_config.json';
      if (base === 'managed-mcp.json') return 'managed-mcp.json';
      if (base === 'manifest.json' && data && typeof data === 'object' && ('manifest_version' in data || 'dxt_version' in data)) return 'MCPB manifest.json';
      return undefined;
    }
    function* walkFiles(dir: string): Generator<string> {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, d.name);
        if (d.isDirectory()) yield* walkFiles(p);
        else if (d.isFile() && /^(\.mcp|claude_desktop_config|managed-mcp|manifest)\.json$/.test(d.name)) yield p;
      }
    }

    it('has no error on files the runtime accepts, and fails exactly the allow-listed files', () => {
      const stats = new Map<Kind, { files: number; clean: number; expected: number; warnings: number }>();
      for (const k of Object.keys(SCHEMA_OF) as Kind[]) stats.set(k, { files: 0, clean: 0, expected: 0, warnings: 0 });
      const unexpected: string[] = [];
      const seenExpected = new Set<string>();
      for (const abs of walkFiles(CORPUS)) {
        const rel = path.relative(CORPUS, abs).split(path.sep).join('/');
        const parseErrors: ParseError[] = [];
        const data: unknown = parseJsonc(fs.readFileSync(abs, 'utf8'), parseErrors, { allowTrailingComma: false });
        const kind = kindOf(abs, data);
        if (!kind) continue;
        const st = stats.get(kind)!;
        st.files++;
        assert.equal(parseErrors.length, 0, `${rel} does not parse`);
        const f = failures(SCHEMA_OF[kind], data);
        const errs = f.filter((x) => x.severity === 'error');
        st.warnings += f.length - errs.length;
        if (rel in EXPECTED_FAILURES) {
          seenExpected.add(rel);
          if (errs.length > 0) st.expected++;
          else unexpected.push(`${rel}: expected to fail (${EXPECTED_FAILURES[rel]}) but passed`);
        } else if (errs.length > 0) {
          unexpected.push(`${rel}: ${errs.map((e) => `${e.path} ${e.keyword}`).join('; ')}`);
        } else st.clean++;
      }
      for (const [k, s] of stats) console.log(`      ${k}: ${s.clean}/${s.files} clean, ${s.expected} expected failure(s), ${s.warnings} warning(s)`);
      assert.deepEqual(unexpected, []);
      assert.deepEqual([...seenExpected].sort(), Object.keys(EXPECTED_FAILURES).sort(), 'every allow-listed file exists');
      // Counts from oracles.md §7.1 / EXPECTATIONS.md §6 (10 bare + 31 wrapped .mcp.json files).
      assert.equal(stats.get('.mcp.json')!.files, 41);
      assert.equal(stats.get('claude_desktop_config.json')!.files, 1);
    });
  });
});
