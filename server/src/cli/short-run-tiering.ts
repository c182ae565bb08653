/**
 * V8 tiers a function up to optimized code once it has run a budget of bytecode tuned for long-lived
 * processes (--interrupt-budget, 67,584 in node 20). A CLI run lasts about a second and runs thousands of
 * distinct functions a few hundred times each: with the default, TurboFan compiles ~700 of them on a
 * background thread, ~0.5 s of CPU that a 2-core machine pays in wall time (corpus `check`: 1.75 s user for
 * 1.13 s wall; `--no-concurrent-recompilation` makes it 1.79 s wall). Four and a half times the budget
 * optimizes what stays hot and leaves the rest to the interpreter and Sparkplug: 1.02 s wall, 1.22 s user
 * (2026-12-07, 5 runs each; the bench prints both, scripts/bench.mjs row 1). Set before the validation
 * bundle is loaded; the language server (long-lived) keeps V8's default. `PLUGIN_LENS_TIERING=default`
 * keeps the default here too.
 */
import { setFlagsFromString } from 'v8';

const SHORT_RUN_INTERRUPT_BUDGET = 300_000;

/** Called once, by lazy-load.ts before it loads the bundle (setting it again would change nothing). */
export function useShortRunTiering(env: NodeJS.ProcessEnv = process.env): void {
  if (env.PLUGIN_LENS_TIERING !== 'default') setFlagsFromString(`--interrupt-budget=${SHORT_RUN_INTERRUPT_BUDGET}`);
}
