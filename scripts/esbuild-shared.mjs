// esbuild settings every bundle of the product shares (scripts/build.mjs) and the benchmark's in-process
// bundle (scripts/bench.mjs) uses too, so the benchmark measures the code that ships.
import { fileURLToPath } from 'node:url';

// yaml's Node build reads process.env.LOG_TOKENS for every token and process.env.LOG_STREAM for every
// CST token (debug logging); each read goes through Node's environment interceptor (~0.25 µs), about 15%
// of parsing the corpus' frontmatter. Its browser build is the same library code without those reads.
export const yamlWithoutEnvLookups = {
  name: 'yaml-without-env-lookups',
  setup(build) {
    const browserBuild = fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url));
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: browserBuild }));
  },
};
