/**
 * Loads cli/lazy on first use. The build resolves this require to the separate bundle dist/cli-lazy.js
 * (scripts/build.mjs), loaded through V8's code cache when one can be kept (cli/code-cache.ts); from the
 * sources (tests) it is the TypeScript module.
 */
import * as path from 'path';
import { codeCacheDir, loadWithCodeCache } from './code-cache';
import { useShortRunTiering } from './short-run-tiering';

type Lazy = typeof import('./lazy');
let loaded: Lazy | undefined;

/** The sibling bundle's file name, defined by the build for dist/cli.js only. */
declare const PLUGIN_LENS_LAZY_BUNDLE: string | undefined;

export function lazy(): Lazy {
  if (!loaded) useShortRunTiering();
  return (loaded ??= (cachedBundle() ?? require('./lazy')) as Lazy);
}

function cachedBundle(): unknown {
  if (typeof PLUGIN_LENS_LAZY_BUNDLE !== 'string') return undefined;
  const dir = codeCacheDir();
  return dir ? loadWithCodeCache(path.join(__dirname, PLUGIN_LENS_LAZY_BUNDLE), dir, require) : undefined;
}
