// One esbuild script for every bundle: the VS Code client (vscode external), the LSP server, the CLI.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Precompiled schema validators first: the bundles include them.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-validators.ts'], { stdio: 'inherit' });

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'server/src/node/main.ts', out: 'dist/server.js', external: [] },
  { in: 'server/src/cli.ts', out: 'dist/cli.js', external: [] },
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
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  console.log(`[build] ${entries.map((e) => e.out).join(', ')}`);
}
