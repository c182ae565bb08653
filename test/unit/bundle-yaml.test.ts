/**
 * The shipped bundles parse YAML with yaml's browser build (scripts/esbuild-shared.mjs): its Node build
 * reads process.env.LOG_TOKENS / LOG_STREAM for every token, a measurable share of parsing frontmatter.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

describe('bundles: yaml without per-token environment reads', () => {
  for (const bundle of ['server.js', 'cli-lazy.js']) {
    it(`dist/${bundle} bundles yaml's parser without its LOG_TOKENS / LOG_STREAM lookups`, () => {
      const text = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      assert.ok(text.includes('MULTILINE_IMPLICIT_KEY'), 'the yaml parser is bundled');
      for (const lookup of ['LOG_TOKENS', 'LOG_STREAM']) assert.ok(!text.includes(lookup), `dist/${bundle} reads process.env.${lookup}`);
    });
  }
});
