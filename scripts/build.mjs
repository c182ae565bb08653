// One esbuild script for every bundle: the VS Code client (vscode external), the LSP server, the CLI.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync, chmodSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { collectRulePages } from './rule-pages.mjs';
import { yamlWithoutEnvLookups } from './esbuild-shared.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Precompiled schema validators first: the bundles include them.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-validators.ts'], { stdio: 'inherit' });

// The server and the CLI never start processes or open sockets. vscode-languageserver/node still
// references child_process (global module lookup) and net (socket transports) that we never use:
// they are replaced by stubs that throw, so the bundles import neither (test/unit/security.test.ts).
const FORBIDDEN = /^(node:)?(child_process|net|http|https|http2|dgram|tls)$/;
const noProcessesOrSockets = {
  name: 'no-processes-or-sockets',
  setup(build) {
    build.onResolve({ filter: FORBIDDEN }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'forbidden' }));
    build.onLoad({ filter: /.*/, namespace: 'forbidden' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get(_t, key) { if (key === '__esModule') return false; throw new Error('Plugin Lens does not use ${args.path} (tried ' + String(key) + ')'); } });`,
      loader: 'js',
    }));
  },
};

// cli.js's `require('./lazy')` (server/src/cli/lazy-load.ts) is the sibling bundle, not inlined.
const LAZY_CLI = resolve('server/src/cli/lazy');
const lazyCliBundle = {
  name: 'lazy-cli-bundle',
  setup(build) {
    build.onResolve({ filter: /\/lazy$/ }, (args) => (resolve(args.resolveDir, args.path) === LAZY_CLI ? { path: './cli-lazy.js', external: true } : undefined));
  },
};

// Large JSON (schemas, knowledge) is bundled as JSON.parse of a string: a cold process parses the whole
// bundle, and V8 scans a string literal far faster than it parses the same data as an object literal
// (JSON.parse then builds it in one native pass). Small files and package.json keep esbuild's loader
// (named imports are tree-shaken: the bundles take only its version).
const JSON_AS_STRING_MIN = 8 * 1024;
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < JSON_AS_STRING_MIN || args.path.endsWith('package.json')) return undefined;
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

/**
 * esbuild escapes non-ASCII characters in code but keeps the comments it preserves verbatim: one "→" in a
 * comment made V8 hold the whole bundle's source as two-byte text (8.6 MB instead of 4.3 MB of every
 * process's memory). Escaped as \uXXXX, which means the same character in a string, template, regex or
 * identifier and is plain text in a comment. (Minified builds keep no comments: already ASCII.)
 */
async function asciiOnly(file) {
  const text = await readFile(file, 'utf8');
  if (!/[\u0080-\uffff]/.test(text)) return;
  await writeFile(file, text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'], plugins: [] },
  { in: 'server/src/node/main.ts', out: 'dist/server.js', external: [], plugins: [noProcessesOrSockets] },
  // The CLI is two bundles: cli.js (arguments, help, version, cache hits) loads cli-lazy.js (validation,
  // rules, explain, reach) only when a command needs it, so `--version` and a cached `check` never compile
  // the validation code. cli-lazy.js carries the rule pages (docs prose and examples) for `explain`.
  { in: 'server/src/cli.ts', out: 'dist/cli.js', external: [], plugins: [noProcessesOrSockets, lazyCliBundle], define: { PLUGIN_LENS_LAZY_BUNDLE: JSON.stringify('cli-lazy.js') } },
  { in: 'server/src/cli/lazy.ts', out: 'dist/cli-lazy.js', external: [], plugins: [noProcessesOrSockets], define: { PLUGIN_LENS_RULE_PAGES: JSON.stringify(collectRulePages('.')) } },
].filter((e) => existsSync(e.in));

const contexts = await Promise.all(entries.map((e) => esbuild.context({
  entryPoints: [e.in],
  outfile: e.out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD build uses dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  external: e.external,
  plugins: [...e.plugins, jsonAsString, yamlWithoutEnvLookups],
  // Watch mode rebuilds on a schema edit without regenerating the validators: there they are fingerprinted.
  define: { ...(e.define ?? {}), ...(watch ? {} : { PLUGIN_LENS_VALIDATORS_CURRENT: 'true' }) },
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
})));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[build] watching…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries) await asciiOnly(e.out);
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  console.log(`[build] ${entries.map((e) => e.out).join(', ')}`);
}
