// Compiles test/e2e/suite/*.ts into dist/e2e/suite/ (index.js + *.e2e.js). vscode and mocha stay external:
// the extension host provides vscode, mocha resolves from the repo's node_modules.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'test/e2e/suite');
const entryPoints = fs.readdirSync(src).filter(f => f === 'index.ts' || f.endsWith('.e2e.ts')).map(f => path.join(src, f));
const outdir = path.join(root, 'dist/e2e/suite');
fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({ entryPoints, outdir, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning' });
console.log(`e2e suite built: ${entryPoints.length} files -> ${path.relative(root, outdir)}`);
