// Bundles the dummy client and server the same way the real extension does (dist/extension.js, dist/server.js).
import * as esbuild from 'esbuild';
import path from 'node:path';
const here = import.meta.dirname;
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', absWorkingDir: here };
await esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: path.join(here, 'dist/extension.js'), external: ['vscode'] });
await esbuild.build({ ...common, entryPoints: ['src/server.ts'], outfile: path.join(here, 'dist/server.js') });
