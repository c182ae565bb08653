/** Fast robustness profile (part of npm test): the core never throws, never hangs, keeps ranges in bounds. */
import fc from 'fast-check';
import { seeds, mutatedText, checkOne, KIND_PATHS } from '../support/fuzz';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
// A hang bound, not a speed test: a shared 2-core machine under load took 3.2 s for one 3,000-entry
// marketplace that takes ~0.3 s idle, so only a runaway (minutes) should fail this.
const BOUND_MS = 15_000;
const SEEDS = seeds(4);

describe('robustness (fast-check, fast profile)', function () {
  this.timeout(120_000);
  for (const kind of Object.keys(KIND_PATHS)) {
    it(`${kind}: mutated corpus seeds and random text never break the core`, () => {
      const seedTexts = SEEDS[kind].length ? SEEDS[kind] : ['{}'];
      const input = fc.oneof(
        fc.constantFrom(...seedTexts).chain((s) => mutatedText(s)),
        fc.string({ maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => (kind.match(/skill|agent|command|style/) ? `---\n${s}\n---\nbody` : s)),
        fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      );
      fc.assert(fc.property(input, (text) => { checkOne(kind, text, BOUND_MS); }), { numRuns: RUNS, seed: 20261125 });
    });
  }
  it('deep nesting and huge strings stay bounded', () => {
    checkOne('plugin', '['.repeat(20000), BOUND_MS);
    checkOne('mcp', '{"mcpServers":' + '{"a":'.repeat(5000), BOUND_MS);
    checkOne('skill', `---\nname: ${'a'.repeat(200_000)}\n---\n`, BOUND_MS);
    checkOne('skill', `---\n${'- '.repeat(10000)}x\n---\n`, BOUND_MS);
    checkOne('marketplace', `{"plugins":[${'{"name":"x","source":"./x"},'.repeat(3000)}{}]}`, BOUND_MS);
  });
});
