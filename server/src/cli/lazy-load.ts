/**
 * Loads cli/lazy on first use. The build resolves this require to the separate bundle dist/cli-lazy.js
 * (scripts/build.mjs); from the sources (tests) it is the TypeScript module.
 */
type Lazy = typeof import('./lazy');
let loaded: Lazy | undefined;

export function lazy(): Lazy {
  return (loaded ??= require('./lazy') as Lazy);
}
